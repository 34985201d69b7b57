"""Word lists, dependency sets and small token tests shared by the argument finder
(``arguments.py``, ``target_slots.py``, ``act_places.py``).

Codes are CAMEO 1.1b3 event codes (strings, leading zeros kept); lemmas are those of the
spaCy English pipeline, lower case.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.modality import PERMISSION_HEADS, modality_of
from flashpoint.types import Actor, ActorMention, Modality

SUBJECT_DEPS = ("nsubj", "csubj")

#: Auxiliaries of a reported clause whose subject a headline leaves out: "X says will resume
#: talks", "X says won't attend" (the speaker is the doer).
HEADLINE_MODALS = frozenset({"will", "wo", "would", "'ll", "shall", "can", "ca", "could", "must"})

#: Verbs whose present participle before a noun tells what its people are doing ("protesting
#: farmers", "striking miners"); other participles only describe ("retreating troops").
CONTENTIOUS_PARTICIPLES = frozenset({"protest", "demonstrate", "strike", "riot", "march", "rally", "picket"})

#: CAMEO 086 "allow international involvement" and its sub-codes: access to a place.
ACCESS_ROOT = "086"

NP_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "appos", "npadvmod")

NP_PREPS = ("by", "of", "from", "with", "between", "for")

#: Prepositions whose object says where an act happened, not whom it was done to.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "within", "throughout"})

#: Dependencies through which a verb without its own subject shares the subject above it.
CONTROL_DEPS = ("xcomp", "conj", "pcomp", "advcl", "prep", "acomp")

#: Statement roots (appeal, intent, demand, disapprove, reject, threaten): acts about another
#: act, whose content is not coded on its own and whose target may sit in the stated clause.
STATEMENT_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})

#: Rejections and refusals (CAMEO 12).
REJECT_ROOT = "12"

#: Appeal and demand roots: their target is whoever is asked to act, the stated act's doer.
ADDRESSEE_ROOTS = frozenset({"02", "10"})

#: Codes whose act is mutual: "A and B met" is A->B and B->A.
SYMMETRIC_CODES = frozenset({"040", "041", "044", "046", "050", "057", "060", "061", "062", "063", "064", "0871"})

#: Codes whose act is mutual only when the actors are coordinated subjects with no target:
#: "A and B agreed to meet" is each one's intent toward the other.
MUTUAL_CODES = frozenset({"030", "036", "037", "081", "0831"})

#: Make an empathetic comment; with no one named, its target is where the mourned event was.
EMPATHY_CODE = "018"

MOURNED_PREPS = frozenset({"for", "over", "at", "about", "after", "following"})

#: Reflexive pronouns: as an object, the subject itself ("attacked themselves").
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "themself"})

#: Codes (prefixes) of an attack that a collective can turn on itself ("Iraq had attacked
#: itself"); not a kidnapping, a beating, a blockade or an occupation ("cut itself off").
SELF_ATTACK_CODES = ("180", "183", "190", "193", "194", "195", "196", "20")

#: Verbs (lemmas) of harm to one's own body: with a reflexive object, suicide or self-harm.
SELF_HARM_VERBS = frozenset({"kill", "shoot", "wound", "stab", "hang", "injure", "hurt", "harm", "poison",
                             "burn", "immolate", "drown", "starve", "behead", "slit"})

#: Verbs and nouns of permission: their object (or "to" party) does the permitted act.
PERMIT_VERBS = PERMISSION_HEADS

#: Verbs that make their object do the infinitive ("the stoning forced the police to open
#: fire"): the object acts, not the subject that forced it.
FORCING_VERBS = frozenset({"force", "compel", "oblige", "prompt", "provoke", "drive", "goad", "pressure",
                           "pressurise", "pressurize", "coerce"})
#: Tags of a relative pronoun ("the policemen [who] opened fire").
RELATIVE_TAGS = frozenset({"WP", "WDT"})

PERMISSION_NOUNS = frozenset({"permission", "authorization", "authorisation", "consent", "clearance", "licence",
                              "license", "mandate", "approval", "go-ahead"})

#: Target slot of verbs of receiving: the "from" phrase is the source, the subject the target.
GIVER_SLOT = "giver"

CLAUSE_TARGET_PREPS = ("to", "with", "against", "on", "at", "into", "toward", "towards", "from")

#: Roots whose target, when none is named, is the country where the act happened.
PLACE_TARGET_ROOTS = frozenset({"08", "14", "16", "17", "18", "19", "20"})

#: Nouns of an undertaking owed to someone: the "to" phrase names whom ("its pledge to Kyiv").
PLEDGE_NOUNS = frozenset({"commitment", "pledge", "promise", "obligation", "undertaking", "guarantee", "assurance"})

#: Nouns that measure an act out in time or number: "ten days of exercises", "a series of raids".
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "hour", "round", "series", "wave", "spate", "string"})

PLACE_PREPS = frozenset({"in", "at", "into", "inside", "across", "throughout"})

#: Nouns of a phrase that names an ally, not a target, with the prepositions before and after
#: them: "in support of", "on behalf of", "in solidarity with", "in coordination with".
ALLY_PHRASES = {"support": ("in", "of"), "behalf": ("on", "of"), "solidarity": ("in", "with"),
                "cooperation": ("in", "with"), "coordination": ("in", "with"), "alliance": ("in", "with"),
                "partnership": ("in", "with"), "league": ("in", "with"), "concert": ("in", "with"),
                "tandem": ("in", "with"), "conjunction": ("in", "with"), "favour": ("in", "of"),
                "favor": ("in", "of"), "defence": ("in", "of"), "defense": ("in", "of"), "aid": ("in", "of")}

#: Prepositions of a topic, not a party: "met over the Iraq crisis", "talked about Iran".
TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})
#: Prepositions whose object is a circumstance of an act, not its part: "pressed ahead despite
#: the fighting", "resigned amid protests" (the fighting and the protests are no one's here).
CIRCUMSTANCE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})
#: Nouns that a country names as a topic when it is their compound: "the Iraq war", "the Kosovo
#: crisis", "the Cyprus question"; such a country is no party to an act told around them.
TOPIC_NAME_HEADS = frozenset({"war", "conflict", "crisis", "issue", "question", "problem", "dispute", "situation",
                              "file", "policy", "debate", "inquiry", "dossier"})

#: "claimed responsibility for the bombing": the claimant owns the act (not "denied" it).
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})

CLAIM_VERB = "claim"

OWNING_CLAIM_VERBS = frozenset({"claim", "take", "accept", "admit", "assume", "bear", "acknowledge"})

#: How a place named as the target of an act on an area (``governors.AREA_CODES``) was
#: resolved: a capital or city there is the place, its country, not its government.
PLACE_HOWS = frozenset({"metonym", "capital", "city", "place"})

BORDER_LEMMAS = frozenset({"border", "frontier", "borderland"})

#: A statement's addressee that is the speaker's own people ("its citizens"): a possessive
#: pronoun on one of these nouns.
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

_OWN_PEOPLE = frozenset({"citizen", "population", "people", "national", "resident", "public", "populace",
                         "citizenry", "expatriate", "traveller", "traveler", "voter", "supporter"})


def passive_participle(tok) -> bool:
    """A reduced passive relative: "soldiers [killed] in the attack"."""
    return participle_noun(tok) is not None


def participle_noun(tok):
    """The noun a reduced passive relative ``tok`` modifies (its target), or None. Covers the
    parse that makes the participle the main verb and the real one its conjunct: "the men
    [jailed] for the protest were freed by the army" read as "men jailed ... (and) were freed"."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in _OWN_CLAUSE_DEPS for c in tok.children):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")]
    finite = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i
              and any(a.dep_ == "auxpass" and a.i < c.i for a in c.children)
              and not any(a.dep_ in ("nsubj", "nsubjpass", "cc") for a in c.children)]
    return subj[0] if subj and finite else None


#: Dependents that a reduced relative participle cannot have: an object, a complement clause, an
#: auxiliary or a coordinator ("men jailed ... and were freed" is a real coordination).
_OWN_CLAUSE_DEPS = frozenset({"dobj", "dative", "attr", "ccomp", "xcomp", "aux", "auxpass", "cc", "nsubjpass"})

#: Verbs that carry an event noun for its doer: "launched an attack", "held talks",
#: "imposed sanctions", "backed down on its demands".
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "mount", "stage", "hold", "impose", "order", "announce", "begin",
    "start", "continue", "resume", "step", "escalate", "intensify", "increase", "expand", "make",
    "give", "provide", "offer", "extend", "sign", "reach", "have", "take", "pay", "lodge", "file",
    "issue", "express", "deliver", "deploy", "renew", "reiterate", "repeat", "press", "insist",
    "maintain", "pursue", "back", "stand", "stick", "keep", "declare", "initiate", "undertake",
    "wage", "perform", "execute", "commit", "organize", "organise", "lead", "join",
    "restore", "establish", "strengthen", "boost", "open", "host", "attend", "complete", "finalize",
    "finalise", "conclude", "broker", "mediate", "voice", "raise", "send", "dispatch", "plan",
    "prepare", "seek", "propose", "demand", "call", "accept", "agree", "approve", "ratify",
    "tighten", "lift", "ease", "end", "halt", "suspend", "withdraw", "drop", "abandon", "cancel",
    "postpone", "break", "cut", "sever", "go", "come", "ramp", "bolster", "unveil", "slap", "adopt",
})

#: Verbs whose prepositional object is the subject's own act: "backed down on its demands",
#: "pressed ahead with the offensive", "went ahead with the deployment".
OWNING_PREP_VERBS = frozenset({"back", "insist", "press", "push", "stick", "stand", "go",
                               "proceed", "continue", "persist", "follow", "carry",
                               # "resorted to firing", "engaged in talks", "embarked on a campaign"
                               "resort", "engage", "embark", "participate", "return"})


def role_only(m: ActorMention) -> bool:
    """A group with no known country or organisation ("protesters", "a delegation")."""
    return m.actor.country_iso3 is None and m.how == "role"


def _as_area(m: ActorMention) -> ActorMention:
    """A place named as the target of an act on an area, as its country alone."""
    iso = m.actor.country_iso3
    if not iso or m.how not in PLACE_HOWS or m.actor.code == iso:
        return m
    return replace(m, actor=Actor(iso, None, iso), how="place")


def stray_titles(verb, subject) -> list:
    """Nouns before ``subject`` hung loose on ``verb`` and closed by a comma: the title of an
    apposition the parser broke off ("Qatar's emir, Sheikh Hamad ... launched" parsed with
    "emir" as a bare dependent of "launched"), which names the subject's office."""
    doc = verb.doc
    return [c for c in verb.children if c.dep_ == "dep" and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")
            and c.right_edge.i + 1 < subject.i and doc[c.right_edge.i + 1].text == ","]


def _open_list(tok) -> bool:
    """A coordinator with no conjunct under ``tok``: a list the parser broke off ("A, B, and")."""
    return any(c.dep_ == "cc" for c in tok.children) and not any(c.dep_ == "conj" for c in tok.children)


def _asserted(verb) -> bool:
    return modality_of(verb) is Modality.ASSERTED


#: Parts of speech of a predicate put on a verb's object ("called the strike illegal", "called
#: the vote a sham"); a verb's clause complement is a VERB or AUX.
PREDICATE_POS = frozenset({"ADJ", "NOUN", "PROPN"})
#: Verbs that name what their object is (lemmas): a trailing adjective is their predicate.
NAMING_VERBS = frozenset({"call", "declare", "brand", "label", "term", "deem", "pronounce"})


def _light(verb) -> bool:
    """A light verb does the act its object names ("called a strike", "launched an attack");
    one that puts a predicate on its object judges the act instead (:func:`judging`)."""
    return verb.lemma_.lower() in LIGHT_VERBS and not judging(verb)


def judging(verb) -> bool:
    """True for a verb that puts a predicate on its object: "called the strike illegal",
    "declared the vote a sham", and for a verb of naming (:data:`NAMING_VERBS`) "called the
    strike by miners illegal" with the adjective read as a modifier after the noun it ends
    (the parser's frequent reading)."""
    if any(c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in PREDICATE_POS) for c in verb.children):
        return True
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    words = [t for t in verb.subtree if not t.is_punct]
    last = words[-1] if words else verb
    return last.i > verb.i and last.dep_ == "amod" and last.pos_ == "ADJ" and last.i > last.head.i


def self_directed(m: ActorMention) -> bool:
    """A target that is its own source by a reflexive object ("Iraq had attacked itself")."""
    return m.how == "reflexive"


#: Verbs and nouns of a two-way handover: "A and B swapped prisoners" is each one's release to
#: the other, and "A exchanged prisoners with B" is B's release to A as well (CAMEO 0841).
EXCHANGE_WORDS = frozenset({"exchange", "swap", "trade"})


def exchanged(trig, code: str, sources) -> bool:
    """Whether ``trig`` is a two-way exchange of persons or property (codes 084x) between
    parties named as coordinated sources or as source and target."""
    return code.startswith("084") and trig.lemma_.lower() in EXCHANGE_WORDS and bool(sources)


def mutual(code: str) -> bool:
    """Whether an act of this code between coordinated parties is mutual (talks, agreements)."""
    return code in SYMMETRIC_CODES or code in MUTUAL_CODES


def _topic_name(noun) -> bool:
    """True for a war, crisis or question named by one country inside a phrase ("an inquiry
    into the Iraq war", "the legality of the Iraq war"): the country is the topic. A war as
    subject or named by its two sides ("the Israel-Hamas war killed thousands") keeps them."""
    if noun.lemma_.lower() not in TOPIC_NAME_HEADS or noun.dep_ != "pobj":
        return False
    names = [c for c in noun.children if c.dep_ == "compound"]
    return len(names) == 1 and not names[0].conjuncts and not any(
        t.text in ("-", "–") for t in noun.doc[noun.left_edge.i:noun.i])


def _active_chain(verb, top) -> bool:
    """True when ``verb`` is ``top`` or reaches it through active verbs only: the subject of
    "the policemen who opened fire, killing three" did the killing, but not the passive of
    "a minister who toured the area despite being stoned"."""
    tok = verb
    while tok.i != top.i:
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _told_relative(pronoun, clause) -> bool:
    """True when a relative clause (``clause``, with relative ``pronoun``) tells what its noun
    did: "who" or "which" (not "that": "firms that flout the rules") and a verb that is not a
    plain present, which tells a habit or a rule ("teachers who strike will lose pay", "the
    US, who sell them cheaply"); "the policemen who opened fire", "police who fired on
    protesters" tell acts."""
    if pronoun.lower_ not in ("who", "which"):
        return False
    return not (clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children))
