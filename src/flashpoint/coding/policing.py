"""Police work that is no armed attack, and crowd control told without its doer.

CAMEO 1.1b3 puts raids, with lootings, under 1711 (confiscate property) in its usage notes,
and keeps the use of conventional military force (190) for acts of war by organised armed
groups. A police raid on a hideout is a search, not an assault: :func:`police_work` recodes
a raid whose doers are all police (sector COP) as 1711 and drops a police "operation",
which says only that the police acted ("the police launched an operation against kar
sevaks"). Raids by troops, militias or rebels stay 190.

Crowd control is the state's act by definition (CAMEO 175, violent repression): "the mob
was lathicharged", "tear gas shells were lobbed to disperse the crowd", "five rounds were
fired in the air", "firing was resorted to". Told without a doer, or by a bare "they" or
"we" that names no one ("they lobbed teargas shells to disperse the mob"), its doer is the unnamed
police of the place where it happened (:func:`unnamed_police`), as an arrest told without a
doer is the authorities' (``agentless.py``): ``[ISO3]COP`` when a place is named on the act,
its clause or the crowd, else a bare role-only ``COP``, as flashpoint codes unnamed police
elsewhere. Firing counts as crowd control only in the air, to disperse a crowd, or as a
resort: "shots were fired at the convoy" names no police, and what is dispersed must be a
crowd ("warning shots were fired to disperse fishing boats" is none). Firing that is crowd
control is 175 however it is told (:func:`dispersal_code`); firing that killed or wounded
people stays a use of force (19x), as the codebook's note on 175 says. Police or troops who
attack, storm or charge a protest itself ("riot police attacked the nurses' march") or clear it
("police cleared the protesters from the square") repress it too (:func:`protest_attack_code`).

A death in custody is the custodian's killing by physical assault (CAMEO 1823, whose
codebook example is a prisoner tortured to death in police custody) when the death's own
clause says the dead person was beaten or tortured, and does not deny it: "a youth died in
police custody after being beaten" (:func:`custody_death`); a harm told without a doer "in
police custody" is the custodian's too: "he was beaten to death in police custody"
(:func:`custodian`). A death in custody with no word of violence is no one's act.

"Booked" people are charged in South Asian English, but "booked 200 workers on flights" is
travel: a bare booking is legal action only as :func:`legal_booking` says.

Shapes: :func:`police_work`, :func:`unnamed_police` and :func:`dispersal_code` take the CAMEO
code planned, the pattern ``Match`` and spaCy tokens; :func:`unnamed_police` and :func:`custodian` return
lists of ``ActorMention`` (the former at most one), :func:`custody_death` a pair of lists.
"""

from __future__ import annotations

from flashpoint.coding.agentless import WEAPON_NOUNS, agentless_passive
from flashpoint.coding.protests import crowd
from flashpoint.coding.unclaimed import HOST_HOWS, host_forces
from flashpoint.coding.verbs import copular_passive_subjects
from flashpoint.types import Actor, ActorMention

POLICE = "COP"
#: CAMEO 1711 (confiscate property), where the codebook's usage notes put raids.
RAID_CODE = "1711"
GENERIC_FORCE = "190"
RAID_WORDS = frozenset({"raid"})
#: Nouns of an undertaking that tells no force by the police on its own.
OPERATION_WORDS = frozenset({"operation", "drive", "campaign"})
REPRESSION = "175"
#: Words in a crowd-control pattern's id: tear gas, batons and lathis, dispersal, clearing, shots in the air.
CROWD_CONTROL_RULE_WORDS = ("teargas", "lathi", "baton", "disperse", "in.air", "water.cannon", "clear.")
#: Firing patterns (193) that are crowd control with a purpose or a resort.
FIRING_RULES = frozenset({"firing.n", "fire.shots.v", "shoot.rounds.v", "open.fire.lv", "fire.on.v"})
DISPERSING = frozenset({"disperse", "control", "quell", "scatter", "contain", "clear"})
RESORTING = frozenset({"resort"})
#: Nouns of a crowd (lemmas) that crowd control may be aimed at.
CROWD_NOUNS = frozenset({
    "crowd", "mob", "protester", "protestor", "demonstrator", "rioter", "agitator", "gathering", "procession",
    "marcher", "rally", "protest", "demonstration", "march", "people", "youth", "student", "worker", "villager",
    "supporter", "activist", "throng", "assembly", "picketer", "squatter",
})
#: Passive subjects that are the means of crowd control, not its target ("tear gas was fired").
CROWD_CONTROL_MEANS = frozenset({"gas", "teargas", "cannon", "charge", "lathicharge", "lathi", "baton",
                                 "firing", "shot", "canister", "pellet", "volley"})
#: Words that tell people killed or hurt: firing that did so is no mere crowd control.
HARM_WORDS = frozenset({"kill", "die", "dead", "death", "wound", "injure", "injury", "casualty", "hurt",
                        "bleed", "martyr"})
#: Pronouns that may stand for the police who did the crowd control ("we", "they").
DOER_PRONOUNS = frozenset({"they", "we"})
#: Pattern ids of a death in custody (``data/cameo_verbs.tsv``).
CUSTODY_DEATHS = frozenset({"die.in.custody"})
CUSTODY_NOUNS = frozenset({"custody", "lockup", "lock-up"})
#: Words that say the dead person was assaulted (lemmas).
ASSAULT_WORDS = frozenset({"beat", "beating", "torture", "assault", "thrash", "thrashing", "batter", "bruise",
                           "third-degree", "lathicharge", "manhandle"})
#: Verbs that deny a beating ("denied he was beaten").
DENIAL_VERBS = frozenset({"deny", "refute", "reject", "dismiss", "rule"})
#: The pattern of a bare booking ("600 volunteers were booked"), which is legal action only
#: when told so (:func:`legal_booking`).
BARE_BOOKING = "book.person.v"
#: Words of a travel booking (lemmas): "booked 200 workers on flights".
TRAVEL_WORDS = frozenset({"flight", "hotel", "ticket", "seat", "room", "trip", "tour", "berth", "passage",
                          "holiday", "vacation", "cruise", "train", "bus", "plane", "airline", "journey", "stay",
                          "accommodation", "table", "venue", "slot", "appointment"})
#: Words of a legal booking (lemmas and lower-case forms): "booked under the act", "in a case".
LEGAL_WORDS = frozenset({"under", "case", "charge", "fir", "section", "offence", "offense", "crime", "act",
                         "law", "ipc", "complaint", "accuse"})
#: Sectors of a doer whose booking of people is legal action.
BOOKING_SECTORS = frozenset({"COP", "JUD", "GOV"})
#: How a mention names a place, not a custodian ("in police custody in Bihar").
PLACE_HOWS = HOST_HOWS


def police_work(code: str, match, doc, sources) -> str | None:
    """The code a police act takes instead of ``code``: :data:`RAID_CODE` for a raid, "" for
    an operation (not coded); None when the act is no police raid or operation."""
    if code != GENERIC_FORCE or not sources or not all(POLICE in m.actor.sectors for m in sources):
        return None
    words = {doc[match.trigger].lemma_.lower(), *(doc[i].lemma_.lower() for i in match.consumed)}
    if words & RAID_WORDS:
        return RAID_CODE
    if words & OPERATION_WORDS:
        return ""
    return None


def unnamed_police(code: str, match, act_tok, finder) -> list[ActorMention]:
    """The unnamed police of the place where crowd control told without a doer happened:
    ``[ISO3]COP`` for the country of a place named on the act, on its clause or on the crowd
    (the place walk of ``unclaimed.host_forces``), or a bare role-only ``COP`` when no place is
    named, as flashpoint codes unnamed police elsewhere; [] for any other act, or when what was
    dispersed or hit is no crowd ("warning shots were fired to disperse fishing boats")."""
    if not _crowd_control(code, match, act_tok) or not _doerless(match, act_tok):
        return []
    if not _on_a_crowd(match, act_tok, finder):
        return []
    if match.pattern.pos == "V" and _pronoun_doer(act_tok) and not (
            _dispersing(match, act_tok) or _crowd_objects(match, act_tok)):
        return []   # "they threw teargas shells back": a bare pronoun needs a crowd to be police
    iso = _host_country(match, act_tok, finder)
    actor = Actor(f"{iso or ''}{POLICE}", None, iso, (POLICE,))
    return [ActorMention(act_tok.i, act_tok.i + 1, act_tok.idx, act_tok.idx + len(act_tok), act_tok.i,
                         act_tok.text, actor, "role", "unnamed: crowd control")]


def dispersal_code(code: str, match, act_tok, finder) -> str:
    """:data:`REPRESSION` (175) for firing that is crowd control ("rounds were fired to
    disperse the mob", "firing was resorted to") on a crowd, when the sentence tells no one
    killed or hurt by it; ``code`` otherwise (firing that killed stays 19x, CAMEO's note on 175)."""
    if match.pattern.id not in FIRING_RULES or not code.startswith("19"):
        return code
    if not _crowd_control(code, match, act_tok) or not _on_a_crowd(match, act_tok, finder):
        return code
    if {t.lemma_.lower() for t in act_tok.sent} & HARM_WORDS:
        return code
    return REPRESSION


#: Verbs of an assault that, done by the forces of order to a protest, is repression.
ASSAULT_VERBS = frozenset({"attack", "assault", "beat", "storm", "charge", "raid"})
#: Nouns of a protest held (lemmas): what the forces of order attack when they repress one.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "procession", "sit", "vigil", "gathering"})
FORCES_SECTORS = frozenset({POLICE, "MIL"})


def protest_attack_code(code: str, act_tok, sources) -> str:
    """:data:`REPRESSION` (175) for an assault (roots 18-19) by police or troops whose object
    is a protest itself: "riot police attacked the nurses' march", "troops stormed
    the sit-in"; ``code`` otherwise (shooting or attacking people stays 18x/19x)."""
    if code[:2] not in ("18", "19") or not sources or act_tok.lemma_.lower() not in ASSAULT_VERBS:
        return code
    if not all(set(m.actor.sectors) & FORCES_SECTORS for m in sources):
        return code
    objects = [c for c in act_tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:   # "attacked and injured a demonstration": the object of the conjunct
        objects = [o for c in act_tok.children if c.dep_ == "conj" for o in c.children if o.dep_ == "dobj"]
    return REPRESSION if any(o.lemma_.lower() in PROTEST_NOUNS or (o.lower_ == "in" and any(
        c.lower_ == "sit" for c in o.children)) for o in objects) else code


def _crowd_control(code: str, match, act_tok) -> bool:
    rule = match.pattern.id
    if code == REPRESSION and any(w in rule for w in CROWD_CONTROL_RULE_WORDS):
        return True
    if rule not in FIRING_RULES or not code.startswith("19"):
        return False
    trig = act_tok.doc[match.trigger]
    near = [trig, act_tok, trig.head, *trig.children, *act_tok.children]
    if any(t.lemma_.lower() in RESORTING for t in near):
        return True   # "firing was resorted to"
    return bool(_dispersing(match, act_tok))   # "rounds were fired to disperse the mob"


def _dispersing(match, act_tok) -> list:
    """Purpose clauses of dispersal on the act ("[to disperse] the mob")."""
    trig = act_tok.doc[match.trigger]
    return [c for t in dict.fromkeys((trig, act_tok, trig.head)) for c in t.children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DISPERSING]


def _crowd_objects(match, act_tok) -> list:
    """What crowd control was aimed at: the objects of a dispersal clause, else the act's
    "at"/"on" objects, else its passive subjects that are no weapon ("the mob was lathicharged",
    not "tear gas was fired")."""
    trig = act_tok.doc[match.trigger]
    dispersed = [o for c in _dispersing(match, act_tok) for o in c.children if o.dep_ in ("dobj", "nsubjpass")]
    if dispersed or _dispersing(match, act_tok):
        return dispersed
    aimed = [o for p in trig.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "upon")
             for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    if aimed:
        return aimed
    subjects = [c for c in trig.children if c.dep_ == "nsubjpass"] + copular_passive_subjects(trig)
    return [s for s in subjects if s.lemma_.lower() not in WEAPON_NOUNS | CROWD_CONTROL_MEANS]


def _on_a_crowd(match, act_tok, finder) -> bool:
    """True when crowd control was aimed at a crowd (a crowd noun, or protesters, civilians
    or students as the dictionary names them), or at nothing named."""
    objects = _crowd_objects(match, act_tok)
    if not objects and not _dispersing(match, act_tok):
        return True   # "five rounds were fired in the air", "firing was resorted to"
    return any(o.lemma_.lower() in CROWD_NOUNS or any(crowd(m) for m in finder.actors(o))
               for obj in objects for o in (obj, *obj.conjuncts))


def _doerless(match, act_tok) -> bool:
    """An agentless passive, an event noun that names no doer and hangs on one, or an act
    whose subject is a bare personal pronoun the dictionary could not name ("they lobbed
    teargas shells to disperse the mob", told of the police a sentence before)."""
    if match.pattern.pos == "V":
        return agentless_passive(act_tok) or _pronoun_doer(act_tok)
    head = act_tok.doc[match.trigger].head
    return act_tok.doc[match.trigger].dep_ in ("nsubjpass", "nsubj") and agentless_passive(head)


def _pronoun_doer(verb) -> bool:
    """True when the subject of ``verb`` (or of the verb it is coordinated with or the
    complement of: "we had to open fire") is one of :data:`DOER_PRONOUNS`; the caller has
    found no actor for it."""
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return all(c.dep_ == "nsubj" and c.lower_ in DOER_PRONOUNS for c in subjects)
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _host_country(match, act_tok, finder) -> str | None:
    """The country of a place named on the act, its clause head, the dispersal clause or the
    crowd, by ``unclaimed.host_forces``' place walk ("to disperse the crowd in Srinagar")."""
    trig = act_tok.doc[match.trigger]
    dispersing = _dispersing(match, act_tok)
    holders = [act_tok, trig, act_tok.head, *dispersing, *_crowd_objects(match, act_tok)]
    for holder in dict.fromkeys(holders):
        for m in host_forces(holder, finder):
            return m.actor.country_iso3
    return None


def legal_booking(match, tok, sources) -> bool:
    """False for a bare booking of people (:data:`BARE_BOOKING`) that is no legal action: one
    told with a word of travel ("booked 200 workers on flights to Qatar"), or an active one by
    someone other than police, courts or government with no word of law ("the company booked
    200 workers"). An agentless passive ("600 volunteers were booked") or a word of law
    ("booked in a case") keeps it; True for every other pattern."""
    if match.pattern.id != BARE_BOOKING:
        return True
    words = {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}
    if words & TRAVEL_WORDS:
        return False
    if words & LEGAL_WORDS or agentless_passive(tok):
        return True
    return bool(sources) and all(set(m.actor.sectors) & BOOKING_SECTORS for m in sources)


def custodian(tok, finder) -> list[ActorMention]:
    """Actors holding someone "in [police] custody" or "in the custody of [X]" on ``tok`` or
    the clause it hangs on ("died in police custody after being beaten"); [] when none."""
    for holder in (tok, tok.head, tok.head.head):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in CUSTODY_NOUNS:
                    continue
                # "police custody" may be anchored at its head noun; "the custody of the police"
                found = [m for m in finder.actors(noun, inside=False) if m.how not in PLACE_HOWS]
                found += [m for c in noun.children if c.dep_ in ("compound", "amod", "poss") and c.i < noun.i
                          for m in finder.actors(c) if m.how not in PLACE_HOWS and m not in found]
                found += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" for m in finder.actors(o)]
                if found:
                    return found
        if holder.head.i == holder.i:
            break
    return []


def custody_death(match, tok, finder) -> tuple[list[ActorMention], list[ActorMention]]:
    """(custodians, dead) for a death in custody (``match`` of a :data:`CUSTODY_DEATHS`
    pattern, checked by the caller) told with a word of assault in the death's own clause
    (:func:`assault_told`); ([], []) otherwise (see module doc)."""
    if not assault_told(tok):
        return [], []
    keepers = custodian(tok, finder)
    if not keepers:
        return [], []
    dead = [m for c in tok.children if c.dep_ == "nsubj" for m in finder.actors(c)]
    return keepers, dead


def assault_told(tok) -> bool:
    """True when the clause of the death ``tok`` says the dead person was assaulted: a word of
    :data:`ASSAULT_WORDS` in its modifiers or adverbial clauses ("died in custody after being
    beaten"), not in its subject ("the suspect, injured in a crash, died") nor denied or
    negated ("denied he was beaten", "was not beaten")."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "conj"):
            continue
        for t in child.subtree:
            if (t.lemma_.lower() in ASSAULT_WORDS or t.lower_ in ASSAULT_WORDS) and not _denied(t, tok):
                return True
    return False


def _denied(word, top) -> bool:
    """True when ``word`` is negated or sits under a verb of denial below ``top``."""
    for t in (word, *word.ancestors):
        if t.i == top.i:
            return False
        if any(c.dep_ == "neg" for c in t.children) or t.lemma_.lower() in DENIAL_VERBS:
            return True
    return False
