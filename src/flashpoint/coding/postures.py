"""Force postures told in words that are military only when an armed force uses them.

"Set up a new base", "established its headquarters in the town" and "fighters mobilised" are a
show of force (CAMEO 150) or a mobilisation (154) when troops, police, rebels or militants do
them, and business or politics when a firm ("set up a base in Dublin"), a charity ("set up a
camp for the displaced") or a party ("activists mobilised for the vote") does. The patterns
listed in :data:`ARMED_ONLY` are coded only when every source actor is an armed one
(:data:`ARMED_SECTORS`, CAMEO actor types). The patterns that name the force or the military
kind of the base ("mobilised troops", "set up a military base") need no such check.
"""

from __future__ import annotations

#: Pattern ids (``data/cameo_verbs.tsv``) that code a posture only for armed sources.
ARMED_ONLY = frozenset({
    "set.up.base.armed.v", "establish.base.armed.v", "build.base.armed.v", "open.base.armed.v",
    "mobilize.armed.v", "mobilise.armed.v",
})
#: Armed actor types (CAMEO): police, military, rebels, insurgents, separatists, unidentified
#: armed forces, intelligence.
ARMED_SECTORS = frozenset({"COP", "MIL", "REB", "INS", "SEP", "UAF", "SPY"})
#: Bare mobilisation patterns: the force mobilises itself, so an object ("mobilised efforts",
#: "mobilised resources") or a purpose of relief makes it no mobilisation for a fight.
SELF_MOBILISING = frozenset({"mobilize.armed.v", "mobilise.armed.v"})
#: Purposes (lemmas) of a relief effort: "troops mobilised to help flood victims".
RELIEF_LEMMAS = frozenset({
    "help", "rescue", "evacuate", "assist", "aid", "save", "search", "relieve", "support", "distribute",
    "deliver", "clear", "vaccinate", "treat", "feed", "shelter", "fight", "contain", "battle",
})


def unarmed_posture(match, trig, sources) -> bool:
    """True when ``match`` (a pattern ``Match`` at token ``trig``) is an :data:`ARMED_ONLY`
    posture and some source (``ActorMention``) is no armed force, or there is none: "the company
    set up a base in Dublin" and "voters mobilised" are no show of force; "the army set up two
    new bases" is. A bare mobilisation with an object or a relief purpose is none either:
    "troops mobilised efforts to help people trapped by the floods"."""
    if match.pattern.id not in ARMED_ONLY:
        return False
    if match.pattern.id in SELF_MOBILISING and any(
            c.dep_ == "dobj" or (c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in RELIEF_LEMMAS)
            for c in trig.children):
        return True
    return not sources or not all(set(m.actor.sectors) & ARMED_SECTORS for m in sources)
