"""Unclaimed attacks: a bombing, an explosion or a clash that killed or wounded people, with no doer.

"A roadside bomb near Tikrit killed two soldiers", "a landmine explosion wounded four
children", "clashes near Aleppo killed 30 people": the act is violent and its victims are
named, but nobody claims it. CAMEO coders code such an attack with the unidentified forces
(``UAF``) of the country where it happened as its source, or with no source when the place is
not known. Only an explosive-attack or fighting noun in the subject slot qualifies: "a gas
explosion" or "the storm killed" is not an attack.

Deaths that an accident caused are no attack either: "a ferry capsized, killing 20", "30 people
were killed after a fuel truck overturned" (:func:`accidental`). Only deaths and injuries can be
an accident's, and only the accident told in their own clause counts.

A bomb that went off is a bombing whether or not its victims are named: "a roadside bomb
exploded near a police patrol", "an IED detonated in the market, killing two people"
(:func:`detonated_bomb`). Only nouns that name a bomb planted as a weapon (the 183x patterns:
roadside and car bombs, improvised explosive devices) qualify; a gas cylinder or a boiler that
exploded is none.

Shapes: :func:`explosive_subject` takes the spaCy token of the violent verb; :func:`host_forces`
returns a list with at most one :class:`~flashpoint.types.ActorMention`; :func:`accidental`
takes the spaCy token of the act's trigger.
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
    "violence", "riot", "crossfire", "bombardment", "firefight", "skirmish", "firing", "encounter", "shootout",
    "shoot-out", "gunfight", "gunbattle",
})
#: Fighting nouns whose "with" party is the side that did the harm: in South Asian English an
#: "encounter" is a shootout with the police or troops ("militants were killed in an encounter
#: with the police": the police killed them).
ENCOUNTER_NOUNS = frozenset({"encounter", "shootout", "shoot-out", "gunfight", "gunbattle", "firefight"})
#: Fighting nouns whose "with" party did the harm to those hurt in it, as an encounter's
#: does: "two villagers were killed in a clash with the police" (the police killed them).
WITH_PARTY_NOUNS = ENCOUNTER_NOUNS | {"clash", "skirmish"}
#: Encounter nouns that tell a criminal shooting as often as an armed clash ("killed in a
#: gunfight outside a bar"): an attack only when their "with" party is named or an armed party
#: is among the dead or wounded (:func:`armed_encounter`).
SHOOTOUT_NOUNS = ENCOUNTER_NOUNS - {"firefight"}
#: Sectors of an armed party (CAMEO types): police, troops, rebels, insurgents, militants.
ARMED_SECTORS = frozenset({"COP", "MIL", "REB", "INS", "SEP", "UAF", "RAD", "SPY"})
#: Modifiers that make a "strike" an attack from the air, not a walk-out ("a drone strike").
AIR_STRIKE_MODIFIERS = frozenset({"air", "aerial", "drone", "missile", "rocket", "helicopter", "jet"})
#: Modifiers of an attack that is no violence by anyone (lemmas): "a heart attack", "a shark attack".
NON_POLITICAL_MODIFIERS = frozenset({
    "heart", "cardiac", "shark", "panic", "anxiety", "asthma", "asthmatic", "epileptic", "dog", "animal",
    "bear", "crocodile", "lion", "tiger", "leopard", "elephant", "wolf", "snake", "bee", "hippo",
})
#: Fighting nouns that tell crime as often as conflict: they count only beside a word of politics
#: or arms in the sentence (:data:`POLITICAL_CONTEXT_WORDS`); "violence in Chicago" is crime.
AMBIGUOUS_FIGHTING_NOUNS = frozenset({"violence"})
POLITICAL_CONTEXT_WORDS = frozenset({
    "sectarian", "ethnic", "political", "election", "electoral", "communal", "tribal", "religious",
    "militant", "insurgent", "insurgency", "jihadist", "separatist", "rebel", "militia", "army", "troop",
    "soldier", "force", "war", "conflict", "fighting", "clash", "attack", "protest", "protester", "unrest",
    "crackdown", "coup", "terrorist", "terrorism", "extremist",
})
#: Modifiers that make a "device" an explosive one ("an improvised explosive device").
EXPLOSIVE_DEVICE_MODIFIERS = frozenset({"explosive", "incendiary", "ied"})
#: Words that tell an accident or a disaster that killed people (lemmas; the parser lemmatises
#: a present-tense verb it takes for a noun too: "a train derails" -> "derail").
ACCIDENT_WORDS = frozenset({
    "capsize", "sink", "collapse", "crash", "derail", "overturn", "plunge", "veer", "collide", "collision",
    "stampede", "shipwreck", "accident", "blaze", "erupt", "eruption", "volcano", "earthquake", "quake",
    "flood", "flooding", "storm", "cyclone", "hurricane", "typhoon", "tornado", "landslide", "mudslide",
    "avalanche", "tsunami", "lightning", "cylinder", "boiler", "leak",
})
#: Acts an accident can cause (trigger lemmas): deaths and injuries. Beating, stabbing,
#: kidnapping or a massacre is deliberate whatever else happened.
ACCIDENTAL_ACTS = frozenset({"kill", "die", "wound", "injure", "hurt", "killing", "death", "injury"})
#: Harms that tell no attack without a doer or a word of attack in the sentence: people are
#: injured in accidents, storms and crowds far more often than in attacks.
UNCERTAIN_HARM = frozenset({"injure", "hurt"})
#: The only code an accident's deaths can be read as: the generic killing of an attack.
ACCIDENTAL_CODE = "190"
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
#: Disorder nouns whose casualties are the riot's own story, not an attack by anyone.
CROWD_HARM_NOUNS = frozenset({"riot", "unrest", "stampede", "melee", "scuffle"})
#: Subordinators of a clause that tells what caused the harm ("when a bomb exploded").
CAUSE_MARKS = frozenset({"when", "as", "after"})
#: Verbs that tell a bomb went off (lemmas): "exploded", "detonated", "went off", "blew up",
#: "ripped through"; "go" and "blow" need their particle.
DETONATION_VERBS = frozenset({"explode", "detonate", "go", "blow", "rip", "tear"})
#: Verbs of the harm a bomb did: a bombing only when no victim is an actor, else the verb codes
#: the act with its victims (:func:`explosive_subject`): "an IED killed two people".
HARM_VERBS = frozenset({"kill", "wound", "injure", "hit", "strike"})
DETONATION_PARTICLES = {"go": "off", "blow": "up"}
#: CAMEO codes of bombings (183 and its car and roadside bombs; 1831 suicide bombings need a bomber).
BOMBING_CODES = frozenset({"183", "1832", "1833"})
#: Prepositions that place the attack ("near the town of Samarra", "in Kabul").
HOST_PREPS = frozenset({"in", "near", "at", "outside", "on"})
UNIDENTIFIED = "UAF"
#: How a mention must have been resolved to name the host country of an attack: as a place.
HOST_HOWS = frozenset({"country", "metonym", "capital", "city", "place"})


def explosive_subject(verb):
    """The explosive-attack or fighting noun that is the subject of ``verb`` ("a roadside
    bombing killed", "clashes killed", "an improvised explosive device killed"), or the cause of
    a passive one ("were killed in a roadside bombing"), or None. "Mine" counts only as a compound of another attack noun ("minefield explosion"
    and "landmine" do; "a mine collapse" does not); accident modifiers and non-political ones
    ("a heart attack") rule a noun out, and "violence" counts only in a sentence of politics or arms."""
    for child in _causes(verb):
        lemma = child.lemma_.lower()
        mods = {c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod")}
        around = {t.lemma_.lower() for t in child.subtree}   # "an explosion at a fireworks factory"
        if lemma in FIGHTING_NOUNS or child.lower_ in FIGHTING_NOUNS or (lemma == "device" and mods & EXPLOSIVE_DEVICE_MODIFIERS) or (
                lemma == "strike" and mods & AIR_STRIKE_MODIFIERS):
            if mods & NON_POLITICAL_MODIFIERS or (lemma in AMBIGUOUS_FIGHTING_NOUNS and not (
                    {t.lemma_.lower() for t in verb.sent} & POLITICAL_CONTEXT_WORDS)):
                continue   # "a heart attack killed", "violence in Chicago killed": no one's attack
            if not around & ACCIDENT_MODIFIERS:
                return child
            continue
        if lemma not in EXPLOSIVE_NOUNS or lemma == "mine" or around & ACCIDENT_MODIFIERS:
            continue
        if lemma in ("explosion", "blast") and not mods & ATTACK_MODIFIERS:
            continue   # a bare explosion may be an accident: only an attack word makes it one
        return child
    return None


def _causes(verb):
    """Words that may name what did ``verb``'s harm: its subject ("a bombing killed"), for a
    passive its "in"/"by" object ("were wounded in a grenade attack", "killed by a blast", or
    one on a participle coordinated with it: "two were killed and five injured in a clash"), the
    subject of a "when" clause on it ("were killed when a bomb exploded"), and for a bare -ing
    clause the subject of the clause it hangs on ("a bomb exploded, wounding six")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    own_subject = False
    children = list(verb.children)
    if passive and not any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") for c in children):
        # "two were killed and 20 injured in a clash": the participles share the cause
        children += [p for c in children if c.dep_ == "conj" and c.tag_ == "VBN"
                     for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")]
    for child in children:
        if child.dep_ == "nsubj":
            own_subject = True
            yield child
        elif passive and child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.lemma_.lower() in CROWD_HARM_NOUNS:
                    continue   # "injured in the riots": the riot (145) tells it, not a UAF attack
                yield pobj
                # "killed in police firing" parsed as "police" with the participle "firing"
                yield from (c for c in pobj.children if c.dep_ == "acl" and c.lower_ in FIGHTING_NOUNS)
        elif child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS
                                                for m in child.children):
            # "two were killed when a roadside bomb exploded"
            yield from (c for c in child.children if c.dep_ == "nsubj")
    if not own_subject and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        # "a bomb exploded in the market, wounding six": the bomb wounded them
        yield from (c for c in verb.head.children if c.dep_ == "nsubj")


def armed_encounter(noun, doers, targets) -> bool:
    """False for a shootout noun (:data:`SHOOTOUT_NOUNS`) that names no doer of its own
    (``doers``, its "with" party) and whose victims (``targets``, ``ActorMention``s) are no
    armed party: "three men were killed in a gunfight outside a bar" is crime, "two militants
    were killed in an encounter" is an armed clash. True for every other attack noun."""
    if noun.lemma_.lower() not in SHOOTOUT_NOUNS and noun.lower_ not in SHOOTOUT_NOUNS:
        return True
    return bool(doers) or any(set(m.actor.sectors) & ARMED_SECTORS for m in targets)


def riot_casualties(verb) -> bool:
    """True for deaths or injuries told as happening in a riot or unrest ("five were injured
    in the riots", "died during the unrest"): the riot's own story (145), no one's attack."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CROWD_HARM_NOUNS for o in c.children) for c in verb.children)


def host_forces(noun, finder) -> list[ActorMention]:
    """The unidentified forces of the country where the attack ``noun`` took place, found
    in its place phrase ("near the town of Samarra" -> IRQUAF) or in a place before it ("the
    Kabul bombing" -> AFGUAF); [] when no country is named."""
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i:
            for m in finder.by_anchor.get(c.i, ()):
                iso = m.actor.country_iso3
                if iso and m.how in HOST_HOWS:
                    return [replace(m, actor=Actor(f"{iso}{UNIDENTIFIED}", None, iso, (UNIDENTIFIED,)), how="place")]
    stack = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in HOST_PREPS]
    seen = 0
    while stack and seen < 12:
        prep = stack.pop(0)
        seen += 1
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for m in finder.actors(pobj):
                iso = m.actor.country_iso3
                if iso and m.how in HOST_HOWS:   # a place, not "between the army and rebels"
                    actor = Actor(f"{iso}{UNIDENTIFIED}", None, iso, (UNIDENTIFIED,))
                    return [replace(m, actor=actor, how="place")]
            stack.extend(c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "near"))
    return []


def accidental(act, code: str, sources) -> bool:
    """True when the deaths or injuries told by ``act`` (the spaCy token of the act's trigger,
    coded ``code``) are an accident's, not an attack's: the act is a killing or wounding
    (:data:`ACCIDENTAL_ACTS`, coded :data:`ACCIDENTAL_CODE`), an accident word
    (:data:`ACCIDENT_WORDS`) stands in the act's own clause or in a word that governs it, the
    sentence names no attack or armed party (:data:`ATTACK_WORDS`), and no source
    (``ActorMention`` list) is an armed group, a government or a country: "a boat with migrants
    sank, killing 15" is no attack by migrants; "villagers abducted two engineers after the dam
    collapsed" is a kidnapping all the same. An injury with no doer (:data:`UNCERTAIN_HARM`) is
    no attack unless the sentence has a word of attack."""
    if code != ACCIDENTAL_CODE or act.lemma_.lower() not in ACCIDENTAL_ACTS:
        return False
    if any(set(m.actor.sectors) & ATTACKING_SECTORS or m.actor.code == m.actor.country_iso3 for m in sources):
        return False
    if {t.lemma_.lower() for t in act.sent} & ATTACK_WORDS:
        return False
    if not sources and act.lemma_.lower() in UNCERTAIN_HARM:
        return True   # "several people were injured after the volcano erupted"
    return bool(_clause_lemmas(act) & ACCIDENT_WORDS)


def _clause_lemmas(act) -> set[str]:
    """Lemmas of ``act``'s clause (its subtree, less the clauses coordinated with it) and of
    the words that govern it ("a ferry capsized, killing 20")."""
    lemmas = {t.lemma_.lower() for t in act.ancestors}
    stack = [act]
    while stack:
        tok = stack.pop()
        lemmas.add(tok.lemma_.lower())
        # "villagers killed a guard and the dam collapsed": another clause's accident
        stack.extend(c for c in tok.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return lemmas


def detonated_bomb(match, noun, finder):
    """The verb that tells bomb noun ``noun`` (matched by a :data:`BOMBING_CODES` noun
    ``match``) went off, or None: the verb it is the subject of ("a roadside bomb exploded",
    "a car bomb went off", "an IED killed two people" when no victim is an actor that
    ``finder`` names) or a participle on it ("an IED, planted by rebels, detonated" as the
    parser often reads it). A passive verb ("detonated by the bomb squad") is none."""
    if match.pattern.pos != "N" or match.pattern.code not in BOMBING_CODES:
        return None
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        particle = DETONATION_PARTICLES.get(lemma)
        if any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in verb.children):
            continue   # "the device was detonated by the bomb squad"
        if lemma in DETONATION_VERBS and (particle is None or any(
                c.dep_ == "prt" and c.lower_ == particle for c in verb.children)):
            return verb
        if lemma in HARM_VERBS and not any(finder.actors(o) for o in verb.children if o.dep_ == "dobj"):
            return verb
    return None
