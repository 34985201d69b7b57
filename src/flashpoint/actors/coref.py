"""Within-article coreference: later surnames, pronouns and descriptions -> earlier actors.

The article is read left to right. ``ArticleMemory`` keeps every person named so far (with or
without a code: an unaffiliated person still blocks a pronoun from jumping to someone else) and
every country or organisation mentioned. Resolution rules, chosen for machine-translated news
where a "he" may refer to a woman:

- he/she/him/her/his/hers: the most recent person subject earlier in the same sentence; else
  the most recent person who was the subject of a sentence's main verb in the previous three
  sentences; failing that the most recent person subject, then the most recent person. Gender
  is ignored. With no person at all, the speaker of a reported "he" clause ("X said he...")
  when X is a name from a user dictionary (which does not tell people from places) and the
  parser does not label it a place or people.
- it/its: the most recent country, government or organisation that was a subject, object or
  possessor in the current or previous sentence. "it" is resolved only as a subject or object
  that is not a dummy (``expletive_it``): "Syria says it is willing to", "It said that".
- they/them/their: the most recent group of actors sharing a plural head ("US and NATO
  officials", "the Russians") within the current and previous two sentences.
- a later surname ("Sherman", "Mr Putin"), whatever entity label spaCy gave it: the person
  named earlier with that surname.
- "the NATO leader", "the Russian diplomat": the most recent person of that country or group.
- "the two sides", "both sides": the two distinct actors of the last sentence naming two.
- we/us/our inside quotation marks, double or single: the speaker of the speech verb that
  reports the quote, found after it as often as before ('"We will withdraw," the minister
  said'), also when the quote runs over several sentences, see ``quoted_speaker``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flashpoint.actors.quotes import Quote, quote_at, quotes
from flashpoint.coding.attribution import ATTRIBUTION_VERBS, speaker, trailing_attribution
from flashpoint.types import Actor

_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_NEUTER = frozenset({"it", "its"})
_PLURAL = frozenset({"they", "them", "their", "theirs"})
PRONOUNS = _PERSONAL | _NEUTER | _PLURAL
#: Entity labels of names that stand for places and peoples, never for one person.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
#: Dependencies of an actor that "it"/"its" may refer back to (not a place after "in").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos", "conj", "attr", "ROOT"})


@dataclass(slots=True)
class _Seen:
    token: int
    sent: int
    actor: Actor | None
    person: bool
    root_subject: bool
    subject: bool
    anchor: int
    plural: bool
    argument: bool
    name: str = ""
    kind: str = ""


def _reporting_subject(tok):
    """The subject of the speech verb whose reported clause ``tok`` is the subject of, if any."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


@dataclass(slots=True)
class ArticleMemory:
    """What has been said so far in one article (token order).

    ``sent_ids`` gives each token's 0-based sentence number (``for_doc`` fills it).
    """

    sent_ids: list[int] = field(default_factory=list)
    seen: list[_Seen] = field(default_factory=list)
    surnames: dict[str, tuple[Actor | None, str]] = field(default_factory=dict)

    @classmethod
    def for_doc(cls, doc) -> "ArticleMemory":
        """An empty memory for ``doc`` (a doc without sentence boundaries is one sentence)."""
        ids: list[int] = []
        if doc.has_annotation("SENT_START"):
            for n, sent in enumerate(doc.sents):
                ids.extend([n] * len(sent))
        else:
            ids = [0] * len(doc)
        return cls(sent_ids=ids)

    def note(self, tok, actor: Actor | None, person: bool, anchor_tok, name: str = "", kind: str = "") -> None:
        """Record an actor (or an unaffiliated person) met at token ``tok``; ``kind`` is the
        dictionary entry's kind when a dictionary name was met."""
        head = anchor_tok
        subject = head.dep_ in ("nsubj", "nsubjpass")
        root_subject = subject and head.head.dep_ == "ROOT"
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL
        argument = head.dep_ in _ARGUMENT_DEPS
        self.seen.append(_Seen(tok.i, self.sent_ids[tok.i], actor, person, root_subject, subject,
                               anchor_tok.i, plural, argument, name, kind))

    def remember_person(self, full_name: str, actor: Actor | None) -> None:
        """Make a person findable by full name and surname (lower-cased)."""
        words = [w for w in full_name.replace(".", " ").split() if w]
        if not words:
            return
        self.surnames[full_name.lower()] = (actor, full_name)
        if len(words) > 1:
            self.surnames[words[-1].lower()] = (actor, full_name)

    def person_by_surname(self, text: str) -> tuple[Actor | None, str] | None:
        return self.surnames.get(text.lower())

    def personal_pronoun(self, tok) -> _Seen | None:
        """Antecedent of he/she/his... at ``tok`` (see module rules)."""
        here = self.sent_ids[tok.i]
        cands = [s for s in self.seen if s.person and s.token < tok.i and here - s.sent <= 3]
        same = [s for s in cands if s.sent == here and s.subject]
        if same:
            return max(same, key=lambda s: s.token)
        if tok.dep_ == "poss":
            # "ordered Navalny held, and his team called...": a possessive takes the nearest
            # person of its own sentence, whatever that person's role
            near = [s for s in cands if s.sent == here]
            if near:
                return max(near, key=lambda s: s.token)
        for test in (lambda s: s.root_subject, lambda s: s.subject, lambda s: True):
            picked = [s for s in cands if test(s)]
            if picked:
                return max(picked, key=lambda s: s.token)
        reporter = _reporting_subject(tok)
        if reporter is not None and reporter.pos_ == "PROPN" and reporter.ent_type_ not in _PLACE_LABELS:
            # "Frodo said he...", with no person named before: a user dictionary does not say
            # which of its names are people, and the speaker of a "he" clause is the best guess
            said = [s for s in self.seen if s.kind == "user" and s.actor is not None and s.anchor == reporter.i]
            if said:
                return said[-1]
        return None

    def neuter_pronoun(self, tok) -> _Seen | None:
        reporter = _reporting_subject(tok)
        if reporter is not None:
            # "The Biden administration has said it is willing...": the one who says
            said = [s for s in self.seen if s.actor is not None and s.anchor == reporter.i
                    and (not s.person or tok.doc[s.anchor].pos_ == "NOUN")]   # "Biden's administration"
            if said:
                return said[-1]
        here = self.sent_ids[tok.i]
        cands = [s for s in self.seen if not s.person and s.actor is not None and not s.plural
                 and s.argument and s.token < tok.i and here - s.sent <= 1]
        return max(cands, key=lambda s: s.token) if cands else None

    def plural_group(self, tok) -> list[_Seen]:
        here = self.sent_ids[tok.i]
        cands = [s for s in self.seen if s.actor is not None and s.token < tok.i and here - s.sent <= 2]
        by_anchor: dict[int, list[_Seen]] = {}
        for s in cands:
            by_anchor.setdefault(s.anchor, []).append(s)
        for anchor in sorted(by_anchor, reverse=True):
            group = by_anchor[anchor]
            if len(group) > 1 or group[0].plural:
                return group
        return []

    def described_person(self, country: str | None, code: str) -> _Seen | None:
        """Most recent coded person whose code starts with ``code`` or whose country matches."""
        for s in reversed(self.seen):
            if s.person and s.actor is not None and (
                    s.actor.code.startswith(code) or (country and s.actor.country_iso3 == country)):
                return s
        return None

    def last_dyad(self, tok) -> list[Actor]:
        """The two distinct country/organisation actors of the latest sentence naming two."""
        by_sent: dict[int, list[Actor]] = {}
        for s in self.seen:
            if s.actor is not None and s.token < tok.i:
                by_sent.setdefault(s.sent, []).append(s.actor)
        for sent in sorted(by_sent, reverse=True):
            distinct: dict[str, Actor] = {}
            for a in by_sent[sent]:
                key = a.country_iso3 or a.code
                distinct.setdefault(key, a)
            if len(distinct) >= 2:
                return list(distinct.values())[-2:]
        return []

    def has_code(self, prefix: str) -> bool:
        return any(s.actor is not None and s.actor.code.startswith(prefix) for s in self.seen)


def pronoun_kind(tok) -> str | None:
    """"personal", "neuter" or "plural" for a pronoun token that can stand for an actor."""
    low = tok.lower_
    if tok.pos_ not in ("PRON", "DET") and tok.tag_ not in ("PRP", "PRP$"):
        return None
    if low in _PERSONAL:
        return "personal"
    if low in _PLURAL:
        return "plural"
    if low == "its":
        return "neuter"
    if low == "it" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and not expletive_it(tok):
        return "neuter"
    return None


#: Verbs whose subject "it" is a dummy ("it seems", "it emerged that", "it takes").
_DUMMY_VERBS = frozenset({"seem", "appear", "emerge", "transpire", "happen", "turn", "take", "matter",
                          "follow", "mean", "occur", "rain", "snow", "remain", "cost", "go", "come"})
#: Predicates that take an actor as subject: "it is willing to", "it was ready", "it is likely to".
_ACTOR_PREDICATES = frozenset({
    "willing", "unwilling", "ready", "prepared", "determined", "committed", "eager", "keen", "reluctant",
    "able", "unable", "open", "opposed", "confident", "concerned", "worried", "aware", "unaware", "free",
    "entitled", "obliged", "bound", "due", "set", "poised", "likely", "unlikely", "certain", "sure",
    "responsible", "interested", "intent", "anxious", "satisfied", "dissatisfied", "disappointed",
    "angry", "happy", "glad", "pleased", "proud", "afraid", "serious", "wary", "capable", "member"})
#: Passive reporting verbs of "it was reported that", "it is believed to".
_REPORTING = frozenset({"say", "report", "believe", "expect", "think", "understand", "fear", "know",
                        "announce", "claim", "estimate", "hope", "feel", "consider", "decide", "agree"})


def expletive_it(tok) -> bool:
    """Whether an "it" subject or object is a dummy rather than an actor.

    Dummy: the object of "make it clear that"; the subject of a raising or weather verb
    ("it seems", "it emerged that"); of a passive reporting verb ("it was reported that"); of
    "be" unless the predicate is one that takes an actor ("Syria says it is willing to withdraw"
    and "it is a member of" refer; "it is clear that", "it was a mistake" do not). Any other
    subject "it" refers ("It said that the talks had failed").
    """
    head = tok.head
    later = [c for c in head.children if c.i > tok.i]
    if tok.dep_ == "dobj":
        return head.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in later)
    if head.pos_ not in ("VERB", "AUX"):
        return True
    lemma = head.lemma_.lower()
    if lemma == "go" and head.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in later):
        return False   # "it is going to withdraw": the future of an actor's act
    if lemma in _DUMMY_VERBS:
        return True
    if tok.dep_ == "nsubjpass":
        return lemma in _REPORTING or any(c.dep_ in ("ccomp", "csubj") for c in later)
    if lemma in ("be", "become"):
        preds = [c for c in later if c.dep_ in ("acomp", "attr", "oprd")]
        if not preds or any(c.dep_ == "ccomp" for c in later):
            return True
        pred = preds[0]
        return pred.lemma_.lower() not in _ACTOR_PREDICATES or any(
            c.dep_ in ("ccomp", "relcl") for c in pred.children)
    return False


def resolve_pronoun(memory: ArticleMemory, tok) -> list[tuple[Actor | None, str]]:
    """Antecedents of a pronoun token as ``(actor, detail)``; a personal pronoun is noted in ``memory``.

    An antecedent person without a code is returned with actor None (it still takes the
    pronoun, so the pronoun does not fall to someone else).
    """
    kind = pronoun_kind(tok)
    if kind == "personal":
        s = memory.personal_pronoun(tok)
        if s is None:
            return []
        memory.note(tok, s.actor, True, tok, s.name)
        return [(s.actor, f"'{tok.text}' = {s.name}")]
    if kind == "neuter":
        s = memory.neuter_pronoun(tok)
        return [(s.actor, f"'{tok.text}' = {s.name}")] if s is not None else []
    if kind == "plural":
        return [(s.actor, f"'{tok.text}' = {s.name}") for s in memory.plural_group(tok)]
    return []


def resolve_group_noun(memory: ArticleMemory, tok) -> list[tuple[Actor, str]]:
    """"the alliance"/"the allies" (once NATO was named) and "the two sides"/"both sides"."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if lemma in ("alliance", "ally") and any(c.dep_ == "det" for c in kids) and not any(
            c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in kids):
        if memory.has_code("IGOWSTNAT"):
            actor = Actor("IGOWSTNAT", "NATO", None, ("IGO", "WST", "NAT"))
            memory.note(tok, actor, False, tok, "NATO")
            return [(actor, f"'{tok.text}' = NATO (named earlier)")]
    elif lemma == "side" and tok.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in kids):
        return [(a, f"'{tok.text}' = {a.name}") for a in memory.last_dyad(tok)]
    return []


#: First-person plural words that stand for the speaker of a quote: the institutional voice of
#: a government, army or group. A quoted "I" is left alone: it tells of a person's own views and
#: feelings ("I don't regret", "I want to talk about") far more often than of an act.
FIRST_PERSON = frozenset({"we", "us", "our", "ours"})


def _same_paragraph(a, b) -> bool:
    """True when no line break stands between tokens ``a`` and ``b`` of one doc."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


def quoted_speaker(tok, found: list[Quote] | None = None):
    """Head token of the speaker a quoted first-person word stands for, or None: the subject of
    the speech verb outside the quotes whose reported clause holds it ('"We will withdraw,"
    the minister said' and 'The minister said: "We will withdraw"'), or the speaker of a
    trailing attribution the parser hung below the quote (``attribution``); failing both, the
    speaker of the whole quote, in single or double marks and across sentences ('"We will
    not give in. We will strike back," the minister said', ``quotes.quotes``).

    Args:
        tok: a token of a parsed ``Doc``.
        found: the doc's quotes as ``quotes.quotes`` gives them (computed when None).
    """
    if tok.lower_ not in FIRST_PERSON:
        return None
    found = quotes(tok.doc) if found is None else found
    quote = quote_at(found, tok.i)
    if quote is None:
        return None
    t = tok
    for _ in range(12):
        verb = None
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in ATTRIBUTION_VERBS:
            verb = t.head
        elif t.pos_ in ("VERB", "AUX"):
            trailing = trailing_attribution(t)
            verb = trailing.verb if trailing is not None else None
        if verb is not None and quote_at(found, verb.i) is None and _same_paragraph(tok, verb):
            who = speaker(verb)
            if who is None:
                who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return who if who is not None and who.lower_ not in FIRST_PERSON else None
        if t.head.i == t.i:
            break
        t = t.head
    if quote.speaker is None:
        return None
    who = tok.doc[quote.speaker]
    return who if who.lower_ not in FIRST_PERSON else None
