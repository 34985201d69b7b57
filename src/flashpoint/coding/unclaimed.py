"""Unclaimed attacks: a bombing or an explosion that killed or wounded people, with no doer.

"A roadside bomb near Tikrit killed two soldiers", "a landmine explosion wounded four
children": the act is violent and its victims are named, but nobody claims it. CAMEO coders
code such an attack with the unidentified forces (``UAF``) of the country where it happened as
its source, or with no source when the place is not known. Only an explosive-attack noun in the
subject slot qualifies: "a gas explosion" or "the storm killed" is not an attack.

Shapes: :func:`explosive_subject` takes the spaCy token of the violent verb; :func:`host_forces`
returns a list with at most one :class:`~flashpoint.types.ActorMention`.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.types import Actor, ActorMention

#: Nouns that name an attack with explosives (lemmas).
EXPLOSIVE_NOUNS = frozenset({
    "bomb", "bombing", "blast", "explosion", "landmine", "mine", "ied", "grenade", "shell", "mortar",
    "rocket", "missile",
})
#: Modifiers that make an explosion an accident or a weapon of no one in particular.
ACCIDENT_MODIFIERS = frozenset({"gas", "boiler", "mine", "coal", "factory", "chemical", "dust", "pipeline",
                                "firework", "fireworks", "cylinder", "tanker", "volcanic", "accidental",
                                "plant", "refinery", "warehouse", "depot", "kitchen", "restaurant", "fuel",
                                "transformer", "reactor", "industrial", "port"})
#: Words that make a bare "explosion" or "blast" an attack ("a car bomb blast", "a suicide blast").
ATTACK_MODIFIERS = frozenset({"bomb", "car", "roadside", "suicide", "ied", "terrorist", "militant", "grenade",
                              "truck", "motorcycle", "landmine", "minefield", "rocket", "mortar", "shell"})
#: Prepositions that place the attack ("near the town of Samarra", "in Kabul").
HOST_PREPS = frozenset({"in", "near", "at", "outside", "on"})
UNIDENTIFIED = "UAF"


def explosive_subject(verb):
    """The explosive-attack noun that is the subject of ``verb`` ("a roadside bombing killed"),
    or None. "Mine" counts only as a compound of another attack noun ("minefield explosion"
    and "landmine" do; "a mine collapse" does not); accident modifiers rule a noun out."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        lemma = child.lemma_.lower()
        mods = {c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod")}
        around = {t.lemma_.lower() for t in child.subtree}   # "an explosion at a fireworks factory"
        if lemma not in EXPLOSIVE_NOUNS or lemma == "mine" or around & ACCIDENT_MODIFIERS:
            continue
        if lemma in ("explosion", "blast") and not mods & ATTACK_MODIFIERS:
            continue   # a bare explosion may be an accident: only an attack word makes it one
        return child
    return None


def host_forces(noun, finder) -> list[ActorMention]:
    """The unidentified forces of the country where the attack ``noun`` took place, found
    in its place phrase ("near the town of Samarra" -> IRQUAF); [] when no country is named."""
    stack = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in HOST_PREPS]
    seen = 0
    while stack and seen < 12:
        prep = stack.pop(0)
        seen += 1
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for m in finder.actors(pobj):
                iso = m.actor.country_iso3
                if iso:
                    actor = Actor(f"{iso}{UNIDENTIFIED}", None, iso, (UNIDENTIFIED,))
                    return [replace(m, actor=actor, how="place")]
            stack.extend(c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "near"))
    return []
