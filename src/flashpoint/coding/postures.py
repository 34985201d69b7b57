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
#: Patterns of repelling an attack or a force (190): fighting when a state or an armed force
#: does it, not when a politician "pushes back" attacks of words.
REPELLING = frozenset({"repel.forces.v", "push.back.forces.v", "push.back.forces.advmod.v", "drive.out.forces.v",
                       "rout.forces.v", "dislodge.forces.v"})
#: Armed actor types that hold bases: the police open stations and headquarters, not bases.
BASE_SECTORS = ARMED_SECTORS - {"COP"}
#: People in need (lemmas) for whom a camp is relief: "a camp for earthquake victims".
PEOPLE_IN_NEED = frozenset({"victim", "displaced", "refugee", "evacuee", "survivor", "homeless", "migrant",
                            "flood", "earthquake", "quake", "idp"})
#: Bare mobilisation patterns: the force mobilises itself, so an object ("mobilised efforts",
#: "mobilised resources") or a purpose of relief makes it no mobilisation for a fight.
SELF_MOBILISING = frozenset({"mobilize.armed.v", "mobilise.armed.v"})
#: Purposes (lemmas) of a relief effort: "troops mobilised to help flood victims".
RELIEF_LEMMAS = frozenset({
    "help", "rescue", "evacuate", "assist", "aid", "save", "search", "relieve", "support", "distribute",
    "deliver", "clear", "vaccinate", "treat", "feed", "shelter", "fight", "contain", "battle", "house",
})


def unarmed_posture(match, trig, sources) -> bool:
    """True when ``match`` (a pattern ``Match`` at token ``trig``) repels an attack
    (:data:`REPELLING`) and every source is a named actor that is no armed force, or is an
    :data:`ARMED_ONLY` posture and some source (``ActorMention``) is no armed force, or there is none: "the company
    set up a base in Dublin" and "voters mobilised" are no show of force; "the army set up two
    new bases" is. A bare mobilisation with an object or a relief purpose is none either:
    "troops mobilised efforts to help people trapped by the floods"."""
    if match.pattern.id in REPELLING:
        # "Biden pushed back the Republican attacks": a politician repels words, not troops
        return bool(sources) and all(m.actor.sectors and not set(m.actor.sectors) & ARMED_SECTORS for m in sources)
    if match.pattern.id not in ARMED_ONLY:
        return False
    if match.pattern.id in SELF_MOBILISING and any(c.dep_ == "dobj" for c in trig.children):
        return True
    if _relief(trig):
        return True
    if match.pattern.id not in SELF_MOBILISING and not _named_base(trig):
        return True   # "set up camp in the forest", "a basis for cooperation"
    return not sources or not all(set(m.actor.sectors) & BASE_SECTORS if match.pattern.id not in SELF_MOBILISING
                                  else set(m.actor.sectors) & ARMED_SECTORS for m in sources)


def _relief(trig) -> bool:
    """A posture for relief: a purpose clause of help ("mobilised to help flood victims") or a
    "for" phrase of people in need ("set up a camp for earthquake victims")."""
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in RELIEF_LEMMAS for c in trig.children):
        return True
    objects = [o for c in trig.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(t.lemma_.lower() in PEOPLE_IN_NEED for t in p.subtree)
               for holder in (trig, *objects) for p in holder.children)


def _named_base(trig) -> bool:
    """The base object is a base: written "bases" where the lemmatizer says "basis", and with a
    determiner, number or modifier ("set up camp" is to camp)."""
    for obj in (c for c in trig.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() == "basis" and obj.lower_ != "bases":
            return False
        if not any(c.dep_ in ("det", "nummod", "amod", "compound", "poss") for c in obj.children):
            return False
    return True
