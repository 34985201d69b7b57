"""Unclaimed attacks: a bombing, an explosion or a clash that killed or wounded people, with no doer.

"A roadside bomb near Tikrit killed two soldiers", "a landmine explosion wounded four
children", "clashes near Aleppo killed 30 people": the act is violent and its victims are
named, but nobody claims it. CAMEO coders code such an attack with the unidentified forces
(``UAF``) of the country where it happened as its source, or with no source when the place is
not known. Only an explosive-attack or fighting noun in the subject slot qualifies: "a gas
explosion" or "the storm killed" is not an attack.

Deaths that an accident caused are no attack either: "a ferry capsized, killing 20", "30 people
were killed after a fuel truck overturned" (:func:`accidental`).

Shapes: :func:`explosive_subject` takes the spaCy token of the violent verb; :func:`host_forces`
returns a list with at most one :class:`~flashpoint.types.ActorMention`; :func:`accidental`
takes a spaCy sentence span.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.types import Actor, ActorMention

#: Nouns that name an attack with explosives (lemmas).
EXPLOSIVE_NOUNS = frozenset({
    "bomb", "bombing", "blast", "explosion", "landmine", "mine", "ied", "grenade", "shell", "mortar",
    "rocket", "missile",
})
#: Nouns that name fighting or an attack of any kind (lemmas): "clashes in Taiz killed 15 people".
FIGHTING_NOUNS = frozenset({
    "clash", "fighting", "fight", "attack", "offensive", "airstrike", "air-strike", "shelling", "gunfire", "ambush",
    "violence", "riot", "crossfire", "bombardment", "firefight", "skirmish",
})
#: Modifiers that make a "device" an explosive one ("an improvised explosive device").
EXPLOSIVE_DEVICE_MODIFIERS = frozenset({"explosive", "incendiary", "ied"})
#: Words that tell an accident or a disaster that killed people (lemmas, and the words as written,
#: for present-tense verbs the parser takes for nouns: "a fuel truck overturns").
ACCIDENT_WORDS = frozenset({
    "capsize", "capsizes", "capsized", "sink", "sinks", "sank", "sunk", "collapse", "collapses", "collapsed",
    "crash", "crashes", "crashed", "derail", "derails", "derailed", "overturn", "overturns", "overturned",
    "plunge", "plunges", "plunged", "veer", "veers", "veered", "collide", "collides", "collided", "collision",
    "stampede", "shipwreck", "accident", "blaze",
})
#: Words that tell an attack or a war: with one of them in the sentence, deaths are not put down
#: to an accident ("five were killed after the truce collapsed"). Victims (soldiers, police) are
#: not among them: "two soldiers died when their truck overturned" is an accident.
ATTACK_WORDS = frozenset({
    "attack", "attacker", "bomb", "bombing", "bomber", "gunman", "gunmen", "militant", "rebel", "insurgent",
    "terrorist", "shoot", "shooting", "gunfire", "shell", "shelling", "airstrike", "strike", "raid",
    "ambush", "clash", "missile", "rocket", "mortar", "grenade", "sniper", "suicide", "assailant",
    "sabotage", "arson", "shot", "war", "ceasefire", "truce", "fighting", "violence", "riot", "unrest", "coup",
})
#: Sectors of a doer who can attack (CAMEO types): armed and contentious groups and governments.
ATTACKING_SECTORS = frozenset({"COP", "MIL", "REB", "INS", "OPP", "SEP", "UAF", "RAD", "SPY", "GOV", "CRM"})

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
    """The explosive-attack or fighting noun that is the subject of ``verb`` ("a roadside
    bombing killed", "clashes killed", "an improvised explosive device killed"), or None. "Mine" counts only as a compound of another attack noun ("minefield explosion"
    and "landmine" do; "a mine collapse" does not); accident modifiers rule a noun out."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        lemma = child.lemma_.lower()
        mods = {c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod")}
        around = {t.lemma_.lower() for t in child.subtree}   # "an explosion at a fireworks factory"
        if lemma in FIGHTING_NOUNS or (lemma == "device" and mods & EXPLOSIVE_DEVICE_MODIFIERS):
            if not around & ACCIDENT_MODIFIERS:
                return child
            continue
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


def accidental(sent, sources) -> bool:
    """True when deaths told in ``sent`` (a spaCy sentence span) are an accident's, not an attack's:
    the sentence names an accident or disaster (:data:`ACCIDENT_WORDS`) and no attack or armed
    party (:data:`ATTACK_WORDS`), and no source (``ActorMention`` list) is an armed group, a
    government or a country: "a boat with migrants sank, killing 15" is no attack by migrants."""
    if any(set(m.actor.sectors) & ATTACKING_SECTORS or m.actor.code == m.actor.country_iso3 for m in sources):
        return False
    words = {w for t in sent for w in (t.lemma_.lower(), t.lower_)}
    return bool(words & ACCIDENT_WORDS) and not words & ATTACK_WORDS
