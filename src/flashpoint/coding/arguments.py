"""Finding the source and target actors of a coded act in the dependency parse.

An argument is a token (a subject, an object, the object of a preposition); its actors are
the ``ActorMention``s anchored at it or at its coordinated tokens ("US and NATO officials").
When the head itself names no actor, the actors named inside its noun phrase count
("rejecting key Russian security demands" -> Russia; "a demand by Moscow" -> Russia).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from flashpoint.coding.attribution import ATTRIBUTION_VERBS, speakers
from flashpoint.coding.conventions import (
    DOCUMENT_NOUNS, MEMBERSHIP_WORDS, OWN_GOVERNMENT_ROOTS, RAISING_PASSIVES, STATIVE_PASSIVES, is_region,
    own_government,
)
from flashpoint.coding.governors import AREA_CODES, ORDER
from flashpoint.coding.modality import PERMISSION_HEADS, modality_of
from flashpoint.coding.purpose import purpose_targets
from flashpoint.coding.unclaimed import ENCOUNTER_NOUNS
from flashpoint.coding.verbs import (Match, copular_passive, copular_passive_subjects, raised_objects,
                                     shared_passive_subjects)
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


def _open_list(tok) -> bool:
    """A coordinator with no conjunct under ``tok``: a list the parser broke off ("A, B, and")."""
    return any(c.dep_ == "cc" for c in tok.children) and not any(c.dep_ == "conj" for c in tok.children)


def _asserted(verb) -> bool:
    return modality_of(verb) is Modality.ASSERTED


def _light(verb) -> bool:
    return verb.lemma_.lower() in LIGHT_VERBS


def self_directed(m: ActorMention) -> bool:
    """A target that is its own source by a reflexive object ("Iraq had attacked itself")."""
    return m.how == "reflexive"


def mutual(code: str) -> bool:
    """Whether an act of this code between coordinated parties is mutual (talks, agreements)."""
    return code in SYMMETRIC_CODES or code in MUTUAL_CODES


class ArgumentFinder:
    """Source and target actors for pattern matches in one parsed article.

    Args:
        doc: the parsed article.
        mentions: its actor mentions (token offsets index ``doc``).
    """

    def __init__(self, doc, mentions):
        self.doc = doc
        self.by_anchor: dict[int, list[ActorMention]] = defaultdict(list)
        for m in mentions:
            self.by_anchor[m.anchor].append(m)
        for anchor, found in self.by_anchor.items():
            # "the Afghan Taliban": AFGREBTAL already says what the demonym's AFG says
            self.by_anchor[anchor] = [m for m in found if not any(
                o.actor.code != m.actor.code and o.actor.code.startswith(m.actor.code) for o in found)]
        self._border: list[ActorMention] | None = None
        #: token indices of the other coded acts in the sentence being coded
        self.event_tokens: set[int] = set()

    # -- actors of one argument token -------------------------------------------------
    def actors(self, tok, inside: bool = True, conj: bool = True) -> list[ActorMention]:
        """Actors for argument token ``tok`` and (with ``conj``) its conjuncts, in text order."""
        out: list[ActorMention] = []
        members = [tok, *tok.conjuncts] if conj else [tok]
        if conj:
            members += [c for c in self._name_conjuncts(tok) if c not in members]
        if len(members) > 1 or (conj and _open_list(tok)):
            # "Haiti, the tiny Jamaica, and Canada": a list member parsed as an apposition
            members += [c for t in members for c in t.children if c.dep_ == "appos" and c.i in self.by_anchor]
        for t in sorted(members, key=lambda t: t.i):
            found = list(self.by_anchor.get(t.i, ()))
            if t.lower_ in REFLEXIVES:
                found = self._reflexive(t) or found   # bound by its clause's subject, not by coreference
            if not found and inside:
                found = self._inside(t)
            if inside and all(role_only(m) for m in found):
                found = self._affiliation(t) or found   # "workers affiliated with the Serbian union"
            out.extend(m for m in found if m not in out)
        return out

    def _reflexive(self, tok) -> list[ActorMention]:
        """The subject's actors for a reflexive object ("Iraq had attacked itself"), marked
        ``how="reflexive"`` so that the act may have the same actor on both sides."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return []
        return [replace(m, start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok),
                        anchor=tok.i, text=tok.text, how="reflexive", detail=f"= {m.text}")
                for m in self.subject(verb) if not role_only(m)]

    def _name_conjuncts(self, tok) -> list:
        """Conjuncts hung on a word inside the name anchored at ``tok`` rather than on ``tok``:
        "[Barack] Obama and Vladimir Putin" parsed with "Barack" as the head of the name."""
        out = []
        for m in self.by_anchor.get(tok.i, ()):
            for t in self.doc[m.start:m.end]:
                if t.i != tok.i:
                    out += [c for c in t.conjuncts if not m.start <= c.i < m.end and c not in out]
        return out

    def _inside(self, tok, depth: int = 0, preps: bool = True) -> list[ActorMention]:
        """Actors named inside the noun phrase of ``tok``: its modifiers, then its by/of/
        from/with phrases, following an of-chain ("resumption of ties with Osgiliath")."""
        if tok.lemma_.lower() in PLEDGE_NOUNS:
            pledged = self._pobj_actors(tok, "to")   # "his commitment to the Zambian people"
            if pledged:
                return pledged
        found: list[ActorMention] = []
        stack = [c for c in tok.children if c.dep_ in NP_MODIFIER_DEPS]
        while stack:
            child = stack.pop()
            found.extend(m for m in self.by_anchor.get(child.i, ()) if m not in found)
            stack.extend(c for c in child.children if c.dep_ in NP_MODIFIER_DEPS + ("conj",))
        if found or not preps:
            return sorted(found, key=lambda m: m.start)
        for child in tok.children:
            such_as = child.lower_ == "as" and any(c.lower_ == "such" for c in child.children)
            if child.dep_ in ("prep", "agent") and (child.lower_ in NP_PREPS or such_as):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        direct = self.actors(pobj, inside=False)
                        if not direct and depth < 2 and child.lower_ == "of":
                            direct = self._inside(pobj, depth + 1)
                        found.extend(direct)
        return found

    def _affiliation(self, tok) -> list[ActorMention]:
        """Actors a group is said to belong to: "workers affiliated with the Serbian union",
        "troops loyal to the junta"."""
        found: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in ("acl", "amod") and child.lemma_.lower() in MEMBERSHIP_WORDS:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                found.extend(self.actors(pobj))
        return found

    # -- subjects ------------------------------------------------------------------------
    def subject(self, verb) -> list[ActorMention]:
        """Actors of the subject of ``verb`` (the agent of a passive), climbing through
        control, coordination and participial attachment when it has none of its own."""
        if verb.dep_ != "acl" and participle_noun(verb) is not None and not any(
                c.dep_ == "agent" for c in verb.children):
            return []   # "civilians imprisoned for... were released": the civilians are its target
        if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
                c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
            return []   # "players have retired or are injured": the shared subject suffered it
        if copular_passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
            return []   # "the protesters were lathi-charged": the protesters suffered it
        tok = verb
        for _ in range(5):
            for child in tok.children:
                if child.dep_ in SUBJECT_DEPS:
                    found = self.actors(child)
                    if child.i not in self.by_anchor:
                        found = [m for m in found if m.how != "place"]   # "the Kabul bombing" did nothing
                    if not found or _open_list(child):
                        # "old foes India and Pakistan", "Haiti, Jamaica, and Canada" may parse
                        # as two subjects: the second one names the (other) actors itself
                        found += [m for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i != child.i
                                  for m in self.actors(c, inside=False) if m not in found]
                    return found
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.actors(pobj) or self._instrument_doers(pobj)
            for child in tok.children:
                if child.dep_ == "prep" and child.i < tok.i and child.i in self.by_anchor and not any(
                        c.dep_ in ("nsubjpass", "csubjpass") for c in tok.children):
                    # a name the tagger took for a preposition ("[Barack] Obama and ... signed")
                    return self.actors(child)
            if any(c.dep_ in ("nsubjpass", "csubjpass") for c in tok.children):
                if tok.lemma_.lower() in STATIVE_PASSIVES | RAISING_PASSIVES and any(
                        c.dep_ == "xcomp" or c.lower_ == "to" for c in tok.children) and (
                        tok is not verb or tok.lemma_.lower() in STATIVE_PASSIVES):
                    # "Vietnam is committed to opening its market": Vietnam commits itself;
                    # "Iran is said to be building...": Iran builds (not the passive verb's own)
                    return [m for c in tok.children if c.dep_ == "nsubjpass" for m in self.actors(c)]
                return []
            if tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and (
                    tok.lemma_.lower() in CONTENTIOUS_PARTICIPLES):
                return self.actors(tok.head)   # "protesting farmers": the farmers protest
            if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                if tok.dep_ == "acl" and tok.tag_ == "VBN":
                    return []  # "soldiers killed in the attack": the soldiers are the target
                found = self.actors(tok.head)
                if found or tok.tag_ != "VBG" or tok.head.dep_ != "dobj" or (
                        tok.head.lemma_.lower() not in DOCUMENT_NOUNS):
                    return found
                tok = tok.head.head   # "issued a statement demanding...": the issuer demands
                continue
            if tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBZ", "VBP"):
                return []   # a finite adverbial clause has a subject of its own, even if misparsed
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ATTRIBUTION_VERBS and any(
                    c.dep_ == "aux" and c.lower_ in HEADLINE_MODALS for c in tok.children):
                return speakers(tok.head, self)   # headline "Pakistan says will resume talks": the speaker
            permitted = self._permitted(tok)
            if permitted is not None:
                return permitted
            if tok.dep_ in CONTROL_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
                tok = tok.head
                continue
            return []
        return []

    def _instrument_doers(self, noun) -> list[ActorMention]:
        """The agent of a participle on a thing: "shot down by a missile [believed to be] fired
        by rebels", "killed by a bomb planted by militants", "targets held by the rebels"."""
        todo = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        todo += [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in RAISING_PASSIVES]
        for verb in todo:
            for c in verb.children:
                if c.dep_ == "agent":
                    return [m for p in c.children if p.dep_ == "pobj" for m in self.actors(p)]
                if c.dep_ == "xcomp" and c.tag_ == "VBN":
                    todo.append(c)   # "believed to be fired by"
        return []

    def _permitted(self, tok) -> list[ActorMention] | None:
        """The actors allowed to do the infinitive ``tok``: "allowed Hamas to [open] an office",
        "gave permission to Russia to [help]" (the permitted party acts, not the one who allows);
        None when ``tok`` is no such infinitive."""
        if tok.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None
        head = tok.head
        if head.lemma_.lower() in PERMIT_VERBS:
            return [m for c in head.children if c.dep_ == "dobj" for m in self.actors(c)] or None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in head.children):
            return [m for c in head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj" for m in self.actors(p)] or None
        return None

    # -- whole argument structure --------------------------------------------------------
    def arguments(self, match: Match, act_tok, code: str | None = None, content: Match | None = None):
        """(sources, targets, light_verb) for a match; no sources and no targets for a hostile
        act its doer turned on itself other than an attack ("killed themselves", "sanctioned
        itself").

        Args:
            match: the pattern match.
            act_tok: the token whose clause carries the act (the governor for governed acts).
            code: the CAMEO code being coded (the pattern's when None).
            content: for a statement act, the match of the act it states ("promised to
                continue aid to Mozambique"), whose target is used when the statement has none.

        A yielding, protest, sanction, coercive or violent act (roots 08, 14, 16-20) with no
        target takes the country where it happened ("rioted at a jail in Israel"), a military
        posture (15) the country whose border it is at; a protest with still no target (or
        only a region) is made to the protesters' own government (``conventions.py``). An act
        in an errand clause with no target takes the errand's destination ("sent observers to
        Bosnia to investigate"); a refusal (12) with no target answers whoever pressed for the
        act ("refused to resign despite pressure from the opposition").
        """
        code = code or match.pattern.code
        trig = self.doc[match.trigger]
        pattern = match.pattern
        light = None
        if pattern.pos == "N":
            sources, light = self._noun_sources(trig, pattern)
            if trig.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and trig.head.pos_ in ("VERB", "AUX") and (
                    trig.dep_ != "dobj" or _light(trig.head)):
                light = trig.head   # "held talks", "talks failed"; not "prevent clashes"
        else:
            sources = []
        if act_tok.i != trig.i:
            sources = self.subject(act_tok)
            targets = self._governed_targets(act_tok, trig, pattern, match)
            if light is not None and light.i != act_tok.i:
                light = None   # "said a withdrawal was not on the table": the saying carries it
        elif GIVER_SLOT in pattern.targets:
            # "rebels received arms from Iran": Iran supplies, the rebels are supplied
            holders = [trig, *(self.doc[i] for i in match.consumed)]
            sources = [m for h in holders for m in self._pobj_actors(h, "from")]
            codes = {m.actor.code for m in sources}
            targets = [m for m in self.subject(trig) if m.actor.code not in codes]
            return sources, targets, light
        else:
            if pattern.pos == "V":
                sources = self.subject(trig)
            targets = self.targets(trig, pattern, match, frozenset(m.actor.code for m in sources))
            if pattern.pos == "N" and "between" in pattern.targets:
                between = self._between(trig)
                if between and (mutual(code) or not sources):
                    sources, targets = between   # "talks between A, B and C"
                elif between:
                    targets = [m for g in between for m in g]   # "Egypt's mediation between A and B"
        if any(not role_only(m) for m in sources):
            sources = [m for m in sources if not role_only(m)]   # "its troop build-up": Russia's
        codes = {m.actor.code for m in sources}
        # "Iraq attacked itself" is done to Iraq; "blew themselves up", "defended itself",
        # "committed itself to" are idioms of the act, not a party to it
        hostile = int(code[:2]) >= 14
        self_harm = trig.lemma_.lower() in SELF_HARM_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in trig.children)
        if hostile and self_harm:
            return [], [], light   # "two protesters killed themselves", whoever they are
        if any(self_directed(t) and hostile and t.anchor not in match.consumed for t in targets) and not (
                code.startswith(SELF_ATTACK_CODES) and trig.lemma_.lower() not in SELF_HARM_VERBS):
            # "two soldiers killed themselves", "Russia sanctioned itself": nobody else is acted on
            return [], [], light
        targets = [t for t in targets if (t.actor.code not in codes or len(codes) > 1 or self_directed(t))
                   and not (self_directed(t) and (t.anchor in match.consumed or not hostile))]
        if not targets and content is not None:
            ctrig = self.doc[content.trigger]
            doers = [m for m in self.subject(ctrig) if m.actor.code not in codes]
            if code[:2] in ADDRESSEE_ROOTS and doers:
                targets = doers   # "demanded that Israel ease restrictions on Palestinians": Israel
            else:
                targets = self.targets(ctrig, content.pattern, content, frozenset(codes)) or doers
        if not targets and code[:2] == REJECT_ROOT:
            # "declined to resign despite pressure from the anti-graft commission": a refusal
            # answers whoever pressed for the act (CAMEO 123: those requesting are the target)
            refused = [act_tok, *(c for c in act_tok.children if c.dep_ in ("xcomp", "ccomp"))]
            targets = [m for t in refused for m in self._pobj_actors(t, "despite") if m.actor.code not in codes]
        if not targets and (code[:2] in STATEMENT_ROOTS or pattern.pos == "V"):
            # "promised to continue military aid to Mozambique", "threatened to deliver
            # blows to the United States": the target sits in the stated or consumed clause
            clauses = [self.doc[i] for i in match.consumed if self.doc[i].dep_ in ("xcomp", "ccomp", "acl")]
            if code[:2] in STATEMENT_ROOTS:
                clauses += [c for c in act_tok.children if c.dep_ in ("xcomp", "ccomp") and c.i not in match.consumed]
            for clause in clauses:
                targets = [m for m in self.clause_targets(clause) if m.actor.code not in codes]
                if targets:
                    break
        if not targets and code.startswith(EMPATHY_CODE):
            targets = self.mourned_place(trig, match)
        if not targets and code.startswith("15"):
            targets = self.border_country(trig, {s.actor.country_iso3 for s in sources})
        if not targets and code[:2] in PLACE_TARGET_ROOTS:
            targets = self.place_country(trig, match, {s.actor.code for s in sources})
        if not targets and pattern.pos == "V" and act_tok.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in act_tok.children):
            # "sent observers to Bosnia to investigate": the errand's destination
            targets = [m for m in self._pobj_actors(act_tok.head, "to") if m.actor.code not in codes]
        if (not targets or all(role_only(t) for t in targets)) and pattern.pos == "V" and code[:2] != "01":
            # last resort: the nearest named actor in the rest of the act's own clause
            # ("threatened to launch an offensive in its war with Iraq")
            targets = self.clause_actor(act_tok, codes, meeting=code[:2] == "04") or targets
        if code[:2] in OWN_GOVERNMENT_ROOTS and all(is_region(t) for t in targets):
            # a stated purpose names whom ("struck to demand the minister's resignation"); else
            # "blocked the Europe bridge": not Europe's doing, but the protesters' government's
            targets = purpose_targets(act_tok, self, codes) or own_government(sources)
        return sources, targets, light

    def mourned_place(self, trig, match: Match) -> list[ActorMention]:
        """For sympathy with no one named, the country where the mourned event happened:
        "expressed sorrow for the shootings in Texas" -> USA, "for the victims of the attack
        in Nice" -> FRA (the victims' country, even the speaker's own)."""
        holders = [trig, *(self.doc[i] for i in match.consumed)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in MOURNED_PREPS:
                    continue
                todo = [c for c in prep.children if c.dep_ == "pobj"]
                for _ in range(3):   # "the victims of the attack in Nice"
                    if not todo:
                        break
                    noun = todo.pop(0)
                    found = self.place_country(noun, Match(match.pattern, noun.i, ()), set())
                    if found:
                        return found
                    todo += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"]
        return []

    def clause_actor(self, verb, exclude, meeting: bool = False) -> list[ActorMention]:
        """The named actor nearest to ``verb`` in its own clause, outside its subject and
        nested clauses; countries and organisations only (not role-only groups). A place after
        "in", "at" or "near" is where the act happened, never its target; for a meeting
        (``meeting``, roots 04) neither is a country named there ("a summit in Switzerland")."""
        skip: set[int] = set()
        for i in self.event_tokens:
            if i != verb.i:   # "condemned the attack on Ukraine": Ukraine is the attack's target
                skip.update(t.i for t in self.doc[i].subtree)
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "ccomp", "advcl", "parataxis", "relcl",
                              "conj", "mark", "punct"):
                skip.update(t.i for t in child.subtree)
        for tok in verb.subtree:
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                continue
            if self._ally_phrase(tok) or (meeting and tok.head.lower_ in TOPIC_PREPS):
                # "in support of the government": an ally; "met over the Iraq crisis": a topic
                skip.update(t.i for t in tok.subtree)
            elif tok.head.lower_ in TOPIC_PREPS:
                # "clashed over the Iraq crisis" names no party; "clashed over X's efforts" does
                skip.update(c.i for c in tok.children if c.dep_ in ("compound", "amod"))
        best: list[ActorMention] = []
        best_distance = None
        for tok in verb.subtree:
            if tok.i in skip or tok.i == verb.i:
                continue
            where = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
            for m in self.by_anchor.get(tok.i, ()):
                if role_only(m) or m.actor.code in exclude or is_region(m) or (where and (meeting or m.how == "place")):
                    continue   # "its Gulf war with Iraq", "held talks in Moscow": where, not whom
                if m.actor.country_iso3 in {x[:3] for x in exclude}:
                    continue
                distance = abs(tok.i - verb.i)
                if best_distance is None or distance < best_distance:
                    best, best_distance = [m], distance
        return best

    def clause_targets(self, verb) -> list[ActorMention]:
        """Likely targets inside a clause: its subject when it differs from the main one
        ("demanded that Israel ease..."), its object, then its to/with/against/on/at/into
        phrases, each looked into as a noun phrase."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
                found = self.actors(child)
                if found:
                    return found
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                found = self.actors(child)
                if found:
                    return found
        for word in CLAUSE_TARGET_PREPS:
            found = self._pobj_actors(verb, word)
            if found:
                return found
        for child in verb.children:
            if child.dep_ == "dobj":
                for word in CLAUSE_TARGET_PREPS:
                    found = self._pobj_actors(child, word)
                    if found:
                        return found
        return []

    def place_country(self, trig, match: Match, exclude: set) -> list[ActorMention]:
        """The country named as the place of the act ("in Israel", "in Kabul"), as a
        country-only actor, unless that country is itself the source (``exclude`` holds the
        source codes: a government's curfew in its own country targets the country). For an
        act on an area, a participle on its object names the place too ("shortened the curfew
        imposed in Sudan")."""
        holders = [trig, *(self.doc[i] for i in match.consumed)]
        if match.pattern.code.startswith(AREA_CODES):
            holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        # an object that is no actor names the place on itself: "fired shells at targets in
        # Jericho", unless its own participle names whose it is ("targets held by the rebels")
        for o in self._objects(holders):
            if not self.actors(o, inside=False):
                owners = self._instrument_doers(o)
                if owners:
                    return owners
                holders.append(o)
        for holder in holders:
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = self.actors(pobj)
                    for m in found:
                        iso = m.actor.country_iso3
                        if iso and iso not in exclude and (m.actor.code == iso or m.how in ("metonym", "capital", "city", "place")):
                            return [replace(m, actor=Actor(iso, m.actor.name if m.actor.code == iso else None, iso), how="place")]
        return []

    @staticmethod
    def _objects(holders) -> list:
        """Direct objects of ``holders`` and objects of their "at"/"on"/"against" phrases."""
        out = []
        for h in holders:
            for c in h.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("at", "on", "against"):
                    out.extend(p for p in c.children if p.dep_ == "pobj")
        return out

    def cause_doers(self, noun) -> list[ActorMention]:
        """Actors named on an attack noun itself: its modifiers and possessor ("an [Israeli]
        air strike", "[police] firing", "the [army]'s shelling") or its "by" phrase, or the
        "with" party of an encounter (``unclaimed.ENCOUNTER_NOUNS``); [] when it names none.
        A place before the noun names where it happened, not who did it ("the Kabul
        bombing")."""
        if noun.dep_ == "acl":   # "[police] firing" parsed as a participle on "police"
            return [m for m in self.actors(noun.head) if m.how not in PLACE_HOWS]
        found = [m for c in noun.children if c.dep_ in NP_MODIFIER_DEPS and c.i < noun.i for m in self.actors(c)
                 if m.how not in PLACE_HOWS]   # "the Kabul bombing" names where, not who
        found.extend(self.by_anchor.get(noun.i, ()))
        for child in noun.children:
            if not found and child.dep_ in ("prep", "agent") and child.lower_ == "by":
                found.extend(m for p in child.children if p.dep_ == "pobj" for m in self.actors(p))
        if not found and noun.lemma_.lower() in ENCOUNTER_NOUNS:
            # "killed in an encounter with the police": the other side of the shootout did it
            found = [m for m in self._pobj_actors(noun, "with") if m.how not in PLACE_HOWS]
        return found

    def _noun_sources(self, noun, pattern):
        found: list[ActorMention] = []
        violent = pattern.code[:2] in ("18", "19", "20")
        if noun.dep_ == "acl" and noun.head.i == noun.i - 1:
            # "died in [police] firing" parsed as "police" with the participle "firing"
            found = [m for m in self.actors(noun.head) if m.how not in PLACE_HOWS]
            if found:
                return found, None
        for child in noun.children:
            if child.dep_ in NP_MODIFIER_DEPS and child.i < noun.i:
                # "the Kabul bombing" is where it happened; "Moscow's demands" are Moscow's
                found.extend(m for m in self.actors(child)
                             if not (violent and child.dep_ == "compound" and m.how in PLACE_HOWS))
        found.extend(self.by_anchor.get(noun.i, ()))
        if found:
            return found, None
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and (child.lower_ == "by" or (
                    child.lower_ == "of" and "of" not in pattern.targets)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.actors(pobj, inside=False) or self._inside(pobj, preps=False))
        if found:
            return found, None
        # the light verb that governs the noun: "Russia launched an attack", "refused to back
        # down on demands"; not any verb: "Russia condemned the attack" is not Russia's attack
        tok = noun
        for _ in range(4):
            if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in LIGHT_VERBS | OWNING_PREP_VERBS:
                # "an attack was launched by Russia", "firing was resorted to by the police"
                return self.subject(tok.head), tok.head if _light(tok.head) else None
            if tok.dep_ in ("dobj", "attr", "oprd", "npadvmod"):
                if _light(tok.head):
                    return self.subject(tok.head), tok.head
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() == CLAIM_VERB and _asserted(tok.head):
                    return self.subject(tok.head), None   # "the Taliban claimed the attack"
                return [], None
            if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ in ("prep", "agent"):
                of = tok.head.lower_ == "of"
                claimed = self._claimant(tok.head.head, tok.head.lower_)
                if claimed is not None:
                    return claimed, None
                tok = tok.head.head
                if tok.pos_ in ("VERB", "AUX", "ADJ"):
                    owner = tok.lemma_.lower() in OWNING_PREP_VERBS
                    return (self.subject(tok), None) if owner else ([], None)
                if of and tok.lemma_.lower() in SPAN_NOUNS:
                    continue   # "launched ten days of war games": the games are the act
            break   # "put a positive spin on the talks": the talks are not theirs
        return [], None

    def _claimant(self, holder, prep: str):
        """Who claims an act as their own, for an act noun in a ``prep`` phrase on ``holder``:
        the subject of "claimed responsibility for [the bombing]", "took credit for [the
        attack]" (the phrase on the noun or on the verb); None unless the claim is asserted."""
        if prep != "for":
            return None
        if holder.lemma_.lower() in RESPONSIBILITY_NOUNS and holder.dep_ == "dobj":
            verb = holder.head
        elif any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in holder.children):
            verb = holder
        else:
            return None
        if verb.lemma_.lower() not in OWNING_CLAIM_VERBS or not _asserted(verb):
            return None
        return self.subject(verb) or None

    def _ally_phrase(self, pobj) -> bool:
        """True when ``pobj`` is the noun of a phrase naming an ally ("in support of X", "on
        behalf of X", "in coordination with X"; :data:`ALLY_PHRASES`), not an actor itself
        ("appealed to the Arab League")."""
        words = ALLY_PHRASES.get(pobj.lemma_.lower())
        if words is None or pobj.pos_ == "PROPN" or pobj.i in self.by_anchor or pobj.head.lower_ != words[0]:
            return False
        return any(c.dep_ == "prep" and c.lower_ == words[1] for c in pobj.children)

    def _pobj_actors(self, tok, word: str) -> list[ActorMention]:
        """Actors of the objects of ``tok``'s ``word`` phrases; an ally named "in support of",
        "on behalf of" or "in cooperation with" is no target."""
        out: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == word:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not self._ally_phrase(pobj):
                        out.extend(self.actors(pobj))
        return out

    def targets(self, trig, pattern, match: Match, exclude: frozenset = frozenset()) -> list[ActorMention]:
        """Target actors from the pattern's slots, in slot order: the first slot that yields
        an actor whose code is not in ``exclude`` (the source's own codes)."""
        holders = [trig, *(self.doc[i] for i in match.consumed)]
        fallback: list[ActorMention] = []   # role-only actors ("a delegation"), if nothing better
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children)
        for slot in pattern.targets:
            found: list[ActorMention] = []
            if slot == "dobj":
                if passive_participle(trig):
                    found.extend(self.actors(participle_noun(trig)))
                for subj in shared_passive_subjects(trig) + copular_passive_subjects(trig):
                    # "... and were released by the army"; "the protesters were lathi-charged"
                    found.extend(self.actors(subj))
                for child in trig.children:
                    if child.dep_ == "dobj" and pattern.code.startswith("01") and child.lemma_.lower() in _OWN_PEOPLE \
                            and any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in child.children):
                        # "warned their citizens about X": told to one's own people, about X
                        # (the parser often hangs "about X" on the people)
                        found.extend(m for w in pattern.targets if w not in ("dobj", "dative")
                                     for m in self._pobj_actors(child, w))
                        continue
                    if child.dep_ == "dobj" or (passive and child.dep_ == "nsubjpass"):
                        found.extend(self.actors(child))
                for raised in raised_objects(trig):   # "allowed [the inspectors] to visit"
                    found.extend(self.actors(raised))
                    if pattern.code.startswith(ACCESS_ROOT) and not found:
                        # "allowed the aid convoy to enter Gaza": access is granted to a place
                        found.extend(self._destination(raised.head))
            elif slot == "dative":
                for child in trig.children:
                    if child.dep_ == "dative":
                        found.extend(self.actors(child) or self._pobj_actors(child, child.lower_))
                found.extend(self._pobj_actors(trig, "to"))
            elif slot == "ccomp-subj":
                for child in trig.children:
                    if child.dep_ in ("ccomp", "acl", "xcomp", "advcl"):
                        for sub in child.children:
                            if sub.dep_ in ("nsubj", "nsubjpass"):
                                found.extend(self.actors(sub))
            elif slot == "xcomp-obj":
                for child in trig.children:
                    if child.dep_ == "xcomp":
                        for sub in child.children:
                            if sub.dep_ == "dobj":
                                found.extend(self.actors(sub))
            elif slot != "between":
                for holder in holders:
                    found.extend(self._pobj_actors(holder, slot))
            if pattern.code.startswith(AREA_CODES):
                found = [_as_area(m) for m in found]
            found = [m for m in found if m.actor.code not in exclude or (
                self_directed(m) and int(pattern.code[:2]) >= 14 and m.anchor not in match.consumed)]
            named = [m for m in found if not role_only(m)]
            if named:
                return named
            fallback = fallback or found
        return fallback

    def _destination(self, verb) -> list[ActorMention]:
        """Actors of the place a verb of entering or reaching goes to: its object ("enter
        Gaza") or its "into"/"to"/"in" phrase ("deploy in Darfur")."""
        found = [m for c in verb.children if c.dep_ == "dobj" for m in self.actors(c)]
        for prep in ("into", "to", "in"):
            found = found or self._pobj_actors(verb, prep)
        return found

    def _governed_targets(self, gov, trig, pattern, match: Match) -> list[ActorMention]:
        """Targets of a governed act: the governor's object ("urged NATO to withdraw"), the
        embedded clause's subject ("demanded that NATO withdraw"), else the act's own. An
        order's object executes it ("ordered the police to detain the leaders"): the act's
        own targets come first there."""
        if gov.lemma_.lower() in ORDER and pattern.code[:2] in ("16", "17"):
            own = self.targets(trig, pattern, Match(pattern, trig.i, ()))
            if own:
                return own
        for child in gov.children:
            if child.dep_ in ("dobj", "dative"):
                found = self.actors(child)
                if found:
                    return found
        doers = {m.actor.code for m in self.subject(gov)}
        for child in trig.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                # "warned that it would attack Ukraine": the governor's own doer is no target
                found = [m for m in self.actors(child) if m.actor.code not in doers]
                if found:
                    return found
        # then the act's own slots, and those of its consumed object ("ruled out lifting the
        # sanctions on Iran")
        return self.targets(trig, pattern, Match(pattern, trig.i, ())) or self.targets(trig, pattern, match)

    def _between(self, noun):
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                groups = [self.actors(t, conj=False) for t in sorted([pobj, *pobj.conjuncts], key=lambda t: t.i)]
                groups = [g for g in groups if g]
                if len(groups) >= 2:
                    return [m for g in groups[:-1] for m in g], groups[-1]
        return None

    def border_country(self, trig, exclude: set) -> list[ActorMention]:
        """The country whose border an act happens at: named in the clause ("at the border
        with Ukraine", "Ukraine's border"), else the one border country the article names
        (countries in ``exclude``, the source's own, left out)."""
        local = [m for m in self._border_mentions(t for t in trig.subtree) if m.actor.country_iso3 not in exclude]
        if local:
            return local
        if self._border is None:
            self._border = self._border_mentions(self.doc)
        found = [m for m in self._border if m.actor.country_iso3 not in exclude]
        return found[:1] if len({m.actor.country_iso3 for m in found}) == 1 else []

    def _border_mentions(self, tokens) -> list[ActorMention]:
        out: list[ActorMention] = []
        for tok in tokens:
            if tok.lemma_.lower() not in BORDER_LEMMAS:
                continue
            for child in tok.children:
                if child.dep_ in ("poss", "amod", "compound", "nmod"):
                    out.extend(m for m in self.by_anchor.get(child.i, ()) if m.actor.country_iso3)
            for word in ("with", "of"):
                out.extend(m for m in self._pobj_actors(tok, word) if m.actor.country_iso3)
        return out
