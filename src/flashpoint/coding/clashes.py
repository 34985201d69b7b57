"""Clashes between state forces and protesters: repression one way, a riot the other.

CAMEO 1.1b3 keeps repression apart from military engagement: police or troops breaking up
a crowd use "tactics of violent repression" (175), and a demonstration that turns violent is
a riot (145). "Police clashed with protesters", "security forces clash with rioters" and
"clashes between troops and demonstrators" are therefore two events: the forces' 175 against
the protesters and the protesters' 145 against the forces, not a fight (190). A clash
between two armed sides ("gunmen clashed with soldiers", "rebels clashed with troops") stays
a 190, as does one where any party is neither. A clash of crowds alone ("rioters clashed
in the old town", "rival protesters clashed") is their riot (145), the other crowd, if any, its
target.

Shape: :func:`repression_pairs` takes the trigger token, the planned CAMEO code and the source
and target ``ActorMention``s and returns ``[(source, target, code), ...]``, or ``[]`` when
the act is no such clash.
"""

from __future__ import annotations

from flashpoint.coding.protests import crowd

REPRESSION = "175"
RIOT = "145"
#: Codes a clash is planned with: a fight (190), or a crowd's clash with police (145).
CLASH_CODES = frozenset({"190", "145"})
#: Verbs and nouns (lemmas) of a violent encounter between two sides.
CLASH_LEMMAS = frozenset({"clash", "skirmish", "scuffle", "brawl", "tussle", "fight", "fighting", "battle"})
#: Sectors of the state's forces of order.
FORCES_SECTORS = frozenset({"COP", "MIL"})
#: Sectors that make a party armed, whatever else it is.
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "RAD", "MIL", "COP", "SPY"})
#: Head nouns that name armed men even when the dictionary files them with the opposition
#: ("opposition fighters", "opposition militias").
ARMED_NOUNS = frozenset({"fighter", "militant", "gunman", "rebel", "insurgent", "guerrilla", "guerilla", "militia",
                         "militiaman", "combatant", "jihadist", "force", "army", "soldier", "troop"})


def repression_pairs(trig, code: str, sources, targets) -> list:
    """The two sides of a clash between state forces and a crowd (see module doc): each
    force against each crowd with 175, each crowd against each force with 145; crowds alone
    riot (145), each against the other crowds or against no one."""
    if code not in CLASH_CODES or trig.lemma_.lower() not in CLASH_LEMMAS:
        return []
    # a place found as a fallback target ("clashed in Nairobi") is where, not a party
    parties = list({m.actor.code: m for m in (*sources, *targets) if m.how != "place"}.values())
    forces = [m for m in parties if _forces(m)]
    crowds = [m for m in parties if _crowd(m, trig.doc)]
    if crowds and len(crowds) == len(parties):
        if any(c.dep_ == "dobj" for c in trig.children):
            return []   # "volunteers committed to fighting poverty": a cause fought, no clash
        # "rioters clashed along the peace line", "rival protesters clashed": the crowds riot
        return [(c, o, RIOT) for c in crowds for o in ([m for m in crowds if m is not c] or [None])]
    if not forces or not crowds or len(forces) + len(crowds) != len(parties):
        return []
    return ([(f, c, REPRESSION) for f in forces for c in crowds]
            + [(c, f, RIOT) for c in crowds for f in forces])


def _forces(m) -> bool:
    """Police, troops or security forces of a state (not rebels or militias)."""
    sectors = set(m.actor.sectors)
    return bool(sectors & FORCES_SECTORS) and not sectors & (ARMED_SECTORS - FORCES_SECTORS)


def _crowd(m, doc) -> bool:
    """Protesters, rioters or civilians, not armed men who happen to oppose the government."""
    if not crowd(m):
        return False
    tok = doc[m.anchor]
    for _ in range(4):   # "opposition fighters": the phrase's head, past its modifiers
        if tok.lemma_.lower() in ARMED_NOUNS:
            return False
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i == tok.i:
            break
        tok = tok.head
    return True
