"""Acts told without their doer: agentless passives and the detentions read as the authorities'.

An act needs a named doer except where the sentence is an agentless passive whose subject is
the act's target ("five men were arrested"), and an arrest or detention with no named doer is
the authorities' act by definition (CAMEO 173): :func:`unnamed_authority` finds such a
telling (and :func:`unnamed_jailer` an active one whose subject names no actor: "we have
arrested five men", "the magistrate remanded them"; an official or an official's "we", with a
person held), :func:`plainly_detention` says whether it tells detention and nothing else, and
:func:`passive_target` whether the targets found are the passive's own subject. All take spaCy
tokens (``tok`` is the token whose clause carries the act) and pattern ``Match``es. Such an
arrest is coded with no source even when it names no detainee either ("the arrested workers
were released"): it still tells that the authorities arrested someone, which is what counts of
arrests (IndiaPoliceEvents' ARREST question among them) ask.

Property and weapons are told without their doer too: "shops were looted", "vehicles were
torched", "two rifles were seized" (:func:`unclaimed_property_code`). CAMEO codes the act (171
seize or damage property, 1711 confiscate, which covers raids and lootings, 1712 destroy) with
no source, and with the owner as target where the sentence names one ("the minister's house").
Weapons found by police, troops or intelligence are taken out of their holders' hands (1711);
found by anyone else they are no event (:func:`found_by_force`). Weapons found with no finder
named are the authorities' find (1711, no source) where the sentence tells a search or names
the forces ("the pistols were discovered during a search", "police said a cache of rifles was
found"), and no one's act otherwise ("two grenades were found in the river").
"""

from __future__ import annotations

from flashpoint.coding.argument_words import participle_noun, passive_participle
from flashpoint.coding.unclaimed import ACCIDENT_WORDS, ATTACK_WORDS
from flashpoint.coding.verbs import HOLDING_VERBS, STORE_NOUNS, copular_passive, copular_passive_subjects


def agentless_passive(tok) -> bool:
    """A passive without a ``by`` agent: "they were detained", "the men detained in Pune"
    (a reduced relative), or a passive whose subject the parser attached elsewhere
    ("workers trying to enforce the bandh were arrested"), or a participle read as the
    complement of "be" ("the protesters were lathi-charged", :func:`~flashpoint.coding.verbs.copular_passive`)."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return passive_participle(tok) or copular_passive(tok) or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


#: Verbs and pattern ids that say detention and nothing else; "charged with", "captured" and
#: "held" need a named detainee before an unnamed authority is read into them.
DETENTION_LEMMAS = frozenset({"arrest", "detain", "imprison", "jail", "apprehend", "nab", "remand", "intern",
                              "incarcerate"})
DETENTION_RULE_WORDS = ("arrest", "custody", "jail", "bars", "book.", "police.station")
#: Detention verbs with a second sense that needs a named doer: in South Asian English one
#: "apprehends" a danger as often as a suspect.
FEARING_SENSES = frozenset({"apprehend"})


def plainly_detention(match, doc) -> bool:
    """True for an arrest noun, a detention verb or a custody/arrest/jail phrase."""
    if match.pattern.pos == "N":
        return True
    return doc[match.trigger].lemma_.lower() in DETENTION_LEMMAS or any(
        w in match.pattern.id for w in DETENTION_RULE_WORDS)


def unnamed_authority(match, tok) -> bool:
    """An arrest or detention told without its doer: an agentless passive verb, a detention
    participle on the detainees ("the arrested workers"), or an event noun that is not a
    modifier of another noun ("arrests were made", "the arrest of X"; not "arrest warrants",
    which is coded through its own verb)."""
    if match.pattern.pos == "N":
        return tok.doc[match.trigger].dep_ not in ("compound", "amod", "nmod", "poss")
    return agentless_passive(tok) or (tok.lemma_.lower() in DETENTION_LEMMAS and detained_modifier(tok))


def detained_modifier(tok) -> bool:
    """A past participle that describes people as detained: "the arrested workers were
    released", "those detained were freed"."""
    return tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and (
        not any(c.dep_ == "agent" for c in tok.children))


#: Subjects that arrest or remand for the authorities though the dictionary names no actor:
#: the first person of an official's statement and officials named by their office (lemmas).
JAILER_PRONOUNS = frozenset({"we", "i"})
JAILER_NOUNS = frozenset({
    "magistrate", "court", "judge", "officer", "official", "superintendent", "inspector", "sub-inspector",
    "constable", "investigator", "detective", "authority", "administration", "sheriff", "marshal", "tribunal",
    "commissioner", "sp", "dsp", "ssp", "sho", "cid", "squad", "team", "cop", "policeman", "prosecutor", "police",
    "force", "personnel", "jawan", "agency", "department", "bureau", "unit", "cell", "bench", "government",
})
#: Detention verbs only a court or the police do (lemmas): any subject of theirs is one.
JUDICIAL_LEMMAS = frozenset({"remand"})
#: Relative pronouns whose antecedent is the subject ("the magistrate, who remanded them").
RELATIVES = frozenset({"who", "which", "that"})
#: Objects that are people (lemmas), besides names, numbers, pronouns and nouns the dictionary names.
PERSON_NOUNS = frozenset({
    "person", "people", "man", "woman", "men", "women", "youth", "boy", "girl", "suspect", "accused", "culprit",
    "activist", "worker", "student", "leader", "member", "supporter", "protester", "villager", "resident",
    "journalist", "official", "officer", "driver", "trader", "militant", "criminal", "smuggler", "miscreant",
    "offender", "rioter", "individual", "persons", "volunteer", "sevak", "other",
})
PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def unnamed_jailer(match, tok, finder) -> bool:
    """An arrest or detention verb in the active voice whose subject names no actor but is an
    official (:data:`JAILER_NOUNS`: "the magistrate, who remanded them", "the inspector
    arrested two youths"; anyone who remands anyone, :data:`JUDICIAL_LEMMAS`) or an official's "we"
    ("we have arrested five persons"), and whose object is a person: whoever so arrests acts
    for the authorities, as with an agentless passive. "The policy arrested the slide",
    "bystanders detained the attacker" and "kidnappers detained the journalist" are no arrest
    by the authorities. A bare participle with a subject and no object or auxiliary is a
    reduced passive the parser read as the main verb ("the others arrested ... included X")."""
    if match.pattern.pos != "V" or tok.i != match.trigger or not plainly_detention(match, tok.doc):
        return False
    if tok.lemma_.lower() in FEARING_SENSES:
        return False   # "they apprehended a threat to his life": feared it
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects or any(finder.actors(s) for s in subjects):
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "dobj") for c in tok.children):
        return True   # "the others arrested while proceeding ... included X": a reduced passive misread
    if tok.lemma_.lower() in JUDICIAL_LEMMAS:
        return True   # only people are remanded, whoever the parser makes the object
    if not all(_official(s) for s in subjects):
        return False
    return any(_person(t, finder) for o in tok.children if o.dep_ == "dobj" for t in (o, *o.conjuncts))


def _official(subject) -> bool:
    """An official's "we", or an official named by office, with the antecedent of a relative."""
    if subject.lower_ in RELATIVES and subject.head.dep_ == "relcl":
        subject = subject.head.head   # "the magistrate, who remanded them"
    return subject.lower_ in JAILER_PRONOUNS or any(
        s.lemma_.lower() in JAILER_NOUNS for s in (subject, *subject.conjuncts))


def _person(obj, finder) -> bool:
    """People as an object: a person noun, a plural ("booked the hawkers"), a name, a pronoun,
    a number ("arrested 12", "as many as 63 rioters") or an actor the dictionary names; not a
    singular thing ("arrested the slide")."""
    if obj.lower_ in PERSON_PRONOUNS or obj.pos_ in ("PROPN", "NUM") or obj.tag_ in ("NNS", "NNPS") or (
            finder.actors(obj)):
        return True
    return any(t.lemma_.lower() in PERSON_NOUNS for t in obj.subtree)


def own_object(tok, target, finder) -> bool:
    """True when ``target`` is the direct object of ``tok`` (not a place a fallback found)."""
    return any(target in finder.actors(c) for c in tok.children if c.dep_ == "dobj")


def passive_target(tok, targets, finder) -> bool:
    """True when ``targets`` are the subject of an agentless passive ``tok``."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive_participle(tok):
        subj = [participle_noun(tok)]
    elif detained_modifier(tok):
        subj = [tok.head]   # "the detained journalist"
    elif copular_passive(tok):
        subj = copular_passive_subjects(tok)   # "the protesters were lathi-charged"
    return bool(subj) and all(m in finder.actors(subj[0]) for m in targets)


#: Codes of acts against property that may be told without their doer; "145" is looting.
PROPERTY_CODES = frozenset({"171", "1711", "1712", "145"})
#: Acts against property whose verb says the harm was meant (lemmas): told without a doer they
#: are still someone's act. "set" is arson ("set ablaze", "set on fire"). Weapons taken or
#: found (:data:`TAKING_LEMMAS`) are taken out of someone's hands too.
MEANT_LEMMAS = frozenset({
    "loot", "plunder", "pillage", "torch", "set", "firebomb", "vandalize", "vandalise", "ransack", "sabotage",
    "smash", "wreck", "raze", "blow", "seize", "confiscate", "impound", "recover",
    "find", "discover", "uncover", "unearth",
})
#: Acts whose verb tells only the outcome ("destroyed", "damaged", "burnt"): a storm, a fire or a
#: crash does as much, so they count only beside a word of violence (:data:`VIOLENCE_WORDS`).
OUTCOME_LEMMAS = frozenset({"destroy", "damage", "demolish", "burn", "bulldoze", "gut"})
#: Lootings (lemmas): told without a doer, a confiscation (CAMEO 1711 "raids and lootings");
#: a crowd that loots riots (145).
LOOTING_LEMMAS = frozenset({"loot", "plunder", "pillage"})
CONFISCATE = "1711"
#: Verbs that take or find property rather than harm it: only weapons (:data:`WEAPON_NOUNS`)
#: qualify.
TAKING_LEMMAS = frozenset({"seize", "confiscate", "impound", "recover", "find", "discover", "uncover", "unearth"})
#: Property that news tells of being looted, burnt or wrecked (lemmas).
PROPERTY_NOUNS = frozenset({
    "shop", "store", "shopfront", "storefront", "business", "market", "stall", "kiosk", "supermarket", "mall",
    "warehouse", "factory", "bank", "house", "home", "dwelling", "hut", "building", "property", "office",
    "headquarters", "premise", "premises", "church", "mosque", "temple", "shrine", "synagogue", "school",
    "hospital", "clinic", "station", "vehicle", "car", "bus", "truck", "lorry", "van", "motorcycle", "motorbike",
    "tanker", "train", "tractor", "village", "farm", "crop", "granary", "embassy", "consulate", "statue",
    "monument", "restaurant", "hotel", "pharmacy", "outlet", "residence", "tower", "mast", "bridge", "pipeline",
    "courthouse", "booth", "camp", "tent", "rig", "ambulance", "jeep",
})
#: Weapons, ammunition and their stores (lemmas).
WEAPON_NOUNS = frozenset({
    "weapon", "arm", "gun", "firearm", "rifle", "pistol", "revolver", "carbine", "musket", "shotgun", "handgun",
    "kalashnikov", "ammunition", "ammo", "explosive", "grenade", "bullet", "round", "cartridge", "ied", "bomb",
    "detonator", "cache", "stockpile", "arsenal", "launcher", "missile", "rocket", "mortar", "shell",
    "landmine", "mine", "projectile",
})
#: Words of violence that make a bare "destroyed" or "damaged" someone's act.
VIOLENCE_WORDS = ATTACK_WORDS | frozenset({
    "mob", "rioter", "protester", "protest", "arsonist", "vandal", "miscreant", "loot", "looter", "looting",
    "gang", "mayhem", "rampage", "clash", "torch", "militia", "extremist",
})
#: Words of a disaster or an accident (lemmas): what they destroy is nobody's act. They count
#: only where they tell how the property came to harm (:func:`_disaster_words`).
DISASTER_WORDS = ACCIDENT_WORDS | frozenset({
    "wildfire", "bushfire", "fire", "flame", "short-circuit", "cyclone", "hailstorm", "rain",
    "wind", "drought", "heatwave",
})
#: Disaster words whose verb is the work of people: police "fired", troops "stormed" a building.
PEOPLES_VERBS = frozenset({"fire", "storm", "wind"})
#: Subjects (lemmas) whose collapse or eruption is no accident: "talks collapsed", "violence
#: erupted", "protests erupted", "the government collapsed".
AFFAIRS = frozenset({
    "talk", "negotiation", "dialogue", "deal", "agreement", "accord", "process", "ceasefire", "truce", "government",
    "coalition", "regime", "economy", "market", "currency", "price", "demonstration", "tension", "anger", "row",
    "dispute", "crisis", "battle", "fight", "gunfight",
})
#: Dependencies of clauses inside a phrase that tell something else: "during a raid [in which
#: troops came under fire]".
OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj"})
#: Words that make "fire" arson, not a blaze: "set fire to", "set ablaze", "set on fire".
ARSON_WORDS = frozenset({"set", "arson", "arsonist", "torch", "firebomb", "ablaze", "alight"})
#: Sectors of the forces whose finding of weapons takes them (CAMEO types).
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
#: Verbs of finding (lemmas), coded 1711 for weapons only when forces find them.
FINDING_LEMMAS = frozenset({"find", "discover", "uncover", "unearth", "detect", "locate"})
#: Words (lemmas) that make weapons found with no finder named the forces' find when the
#: find's own phrases or its subject's name them: a search or raid ("found during a search"),
#: or the armed men or suspects the weapons are taken from ("found at a militants' hideout").
SEARCH_WORDS = frozenset({
    "search", "raid", "operation", "sweep", "crackdown", "combing", "patrol", "checkpoint", "arrest",
    "hideout", "suspect", "militant", "terrorist", "insurgent", "rebel", "jihadist", "extremist",
})
#: Forces (lemmas) that, as the speaker of the find, make it theirs: "police said the rifles were found".
FORCE_WORDS = frozenset({
    "police", "policeman", "army", "troop", "soldier", "force", "military", "security", "commando",
    "paramilitary", "gendarme", "gendarmerie", "squad", "cop",
})


def unclaimed_property_code(match, tok, code: str) -> str | None:
    """The CAMEO code of an act against property or weapons told with no doer, or None.

    ``tok`` carries the act (coded ``code`` by ``match``). Qualifies: an agentless passive
    (or reduced relative: "vehicles torched in the riots") whose subject is property
    (:data:`PROPERTY_NOUNS`) or, for acts of taking, weapons (:data:`WEAPON_NOUNS`); a verb of
    outcome only beside a word of violence; never when a disaster or an accident is how the
    harm came ("destroyed in a fire", "damaged when the storm hit"; :func:`_disaster_words`).
    A looting told so is a confiscation (1711); the rest keep ``code``.
    """
    lemma = tok.doc[match.trigger].lemma_.lower()
    if code not in PROPERTY_CODES or lemma not in MEANT_LEMMAS | OUTCOME_LEMMAS or not agentless_passive(tok):
        return None   # "the banks were nationalised" is policy, not force against property
    if code == "145" and lemma not in LOOTING_LEMMAS:
        return None
    nouns = WEAPON_NOUNS if lemma in TAKING_LEMMAS else PROPERTY_NOUNS
    if not any(_held(s).lemma_.lower() in nouns for subj in _passive_subjects(tok) for s in (subj, *subj.conjuncts)):
        return None
    words = {t.lemma_.lower() for t in tok.sent}
    disaster = _disaster_words(tok)
    if words & ARSON_WORDS:
        disaster -= {"fire", "flame", "blaze"}
    if disaster:
        return None
    if lemma in OUTCOME_LEMMAS and not words & VIOLENCE_WORDS:
        return None
    return CONFISCATE if lemma in LOOTING_LEMMAS else code


def found_by_force(match, tok, sources) -> bool:
    """False for weapons found (:data:`FINDING_LEMMAS`) by anyone but police, troops or
    intelligence (``sources`` are ``ActorMention``s): "fishermen found a rocket" is no
    confiscation, "police found a cache of rifles" is, and so is "a cache of rifles was found"
    (an agentless passive: the authorities' find). True for every other act."""
    if tok.doc[match.trigger].lemma_.lower() not in FINDING_LEMMAS:
        return True
    if not sources:
        return agentless_passive(tok) and _forces_find(tok)
    return all(set(m.actor.sectors) & FORCE_SECTORS for m in sources)


def _forces_find(tok) -> bool:
    """True when a find told with no finder is the forces' (see :data:`SEARCH_WORDS`): a search
    word in the find's own phrases or its subject's, or forces (:data:`FORCE_WORDS`) as the
    speaker who tells it. A place named by the forces ("found near the police station") and an
    official's report ("officials said a bomb was found") do not make it theirs."""
    told = [t for c in tok.children if c.dep_ in ("prep", "advcl", "npadvmod", "nsubjpass", "nsubj")
            for t in c.subtree]
    if {t.lemma_.lower() for t in told} & SEARCH_WORDS:
        return True
    speech = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
    return speech is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in FORCE_WORDS for c in speech.children)


def _disaster_words(tok) -> set[str]:
    """Disaster and accident words (:data:`DISASTER_WORDS`) that tell how the act of passive
    ``tok`` came about: in its own phrases ("destroyed in a fire", "damaged by the flood",
    "burnt during the storm") or as the verb or subject of a clause on it ("when the storm
    hit", "after the dam collapsed"). Verbs of people's doing ("as police fired rubber
    bullets", "stormed") and the collapse or eruption of talks and violence ("after talks
    collapsed", "as violence erupted") are no disaster; nor is what another clause in a phrase
    tells ("during a raid in which troops came under fire")."""
    words: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("prep", "agent"):
            words |= {t.lemma_.lower() for t in _phrase(child) if _disastrous(t)}
        elif child.dep_ == "advcl":
            told = [child] + [t for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "prep", "agent")
                              for t in _phrase(c)]
            words |= {t.lemma_.lower() for t in told if _disastrous(t)}
    return words


def _disastrous(tok) -> bool:
    """A disaster word used of a disaster: a noun ("the fire", "floods"), or a verb of an
    accident whose subject is no affair or violence of people ("the bridge collapsed")."""
    lemma = tok.lemma_.lower()
    if lemma not in DISASTER_WORDS:
        return False
    if tok.pos_ not in ("VERB", "AUX"):
        return True
    if lemma in PEOPLES_VERBS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in VIOLENCE_WORDS | AFFAIRS
                   for c in tok.children)


def _phrase(tok) -> list:
    """The tokens of the phrase headed by ``tok``, less the clauses inside it."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in OTHER_CLAUSE_DEPS)
    return out


def _passive_subjects(tok) -> list:
    """The subject of passive ``tok``: its own, the noun of a reduced relative, or a head's."""
    noun = participle_noun(tok)
    if noun is not None:
        return [noun]
    own = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if own:
        return own
    if tok.dep_ == "conj":   # "shops were looted and torched"
        return [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return []


def _held(noun, depth: int = 0):
    """What a quantity or store of things holds: "dozens of [shops]", "rounds of [ammunition]",
    "crates holding a batch of [bombs]" (a holding clause, :data:`~flashpoint.coding.verbs.HOLDING_VERBS`)."""
    if noun.lemma_.lower() in WEAPON_NOUNS or noun.lemma_.lower() in PROPERTY_NOUNS or depth > 1:
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _held(obj, depth + 1)
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in HOLDING_VERBS and (
                noun.lemma_.lower() in STORE_NOUNS):
            for obj in child.children:
                if obj.dep_ == "dobj":
                    return _held(obj, depth + 1)
    return noun
