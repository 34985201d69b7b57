"""Attribution: the speech verb that reports a clause, and the noun phrase that speaks.

A reported act normally hangs below its speech verb: in "Japan will send aid to Haiti, the
foreign ministry said" spaCy makes "send" the ``ccomp`` of "said", and "ministry" its
``nsubj``. In long news sentences the small English model often gets a trailing attribution
wrong; ``trailing_attribution`` finds the speech verb and ``speaker`` its speaker in these
shapes (token indices as in the parse):

- comma-joined conjunct: "Japan will send [...] to refugees fleeing the war in Haiti, the
  World Food Program (WFP) said on Monday" parses "said" as a ``conj`` of "send" with no
  subject of its own, and strands "Program" as an ``appos`` (or ``conj``, ``npadvmod``) of
  "Haiti". The speech verb is a conjunct of the clause with no coordinating word between
  them and no subject or content clause of its own; the speaker is the stranded noun phrase
  right before it, after a comma (a bracketed acronym after it is skipped);
- inverted subject: "[...] to Haiti, reports Interfax news agency" when the parser makes
  the noun phrase after the verb its object;
- paratactic attribution: "we will withdraw, the minister said, and ..." with "said" a
  ``parataxis`` child of the reported clause;
- "according to X", a phrase on the reported clause: X speaks.

A real coordination is no attribution: "Russia will attack and Ukraine said it would resist"
joins two clauses with "and", and its "said" reports a clause of its own. The speaker is
always the noun phrase the speech verb is about, never the reported clause's subject: a
subjectless conjunct "said" would otherwise take the first clause's subject ("Russia will
attack Ukraine, the US said" is the US reporting a Russian attack, not Russia's threat).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Verbs that attribute a reported clause to a speaker (a narrower list than the
#: modality-transparent ``modality.SPEECH_HEADS``: no verbs of perception or knowledge).
ATTRIBUTION_VERBS = frozenset({
    "say", "tell", "announce", "report", "add", "state", "claim", "confirm", "declare", "note",
    "insist", "explain", "write", "tweet", "stress", "reiterate", "acknowledge", "admit", "allege",
    "contend", "assert",
})
#: Speech verbs whose speaker a news sentence may put after them ("..., reports Interfax");
#: other verbs' objects are what they act on ("..., maintain its naval base").
INVERTED_VERBS = frozenset({"say", "report", "add", "write", "tweet"})
#: Nouns of rules and decisions: "according to the plan" tells how, not who speaks.
RULE_NOUNS = frozenset({"decision", "plan", "law", "constitution", "agreement", "deal", "timetable", "schedule",
                        "rule", "resolution", "treaty", "accord", "order", "decree", "programme", "program",
                        "proposal", "framework", "roadmap", "policy", "procedure", "protocol"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Dependencies a speech verb's own content or subject may have; with one, it reports that instead.
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
#: Dependencies by which the parser strands a trailing attribution's subject on the clause before it.
STRANDED_DEPS = frozenset({"appos", "conj", "npadvmod", "dobj", "pobj", "attr", "dep", "nmod"})
#: Dependencies of a noun phrase the parser put after an inverted speech verb ("reports Interfax").
INVERTED_DEPS = frozenset({"dobj", "npadvmod", "attr", "dep", "oprd"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speech verb (or "according") that reports a clause, and its speaker's head token
    (None when the speaker is not found in the sentence)."""

    verb: object
    speaker: object = None


def _has_subject(verb) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _joined_by_word(clause, verb) -> bool:
    """True when a coordinating word ("and", "but") sits between ``clause`` and its conjunct ``verb``."""
    return any(c.dep_ == "cc" and c.i < verb.i for c in clause.children) or any(
        t.dep_ == "cc" and t.head.i == clause.i for t in clause.doc[clause.i + 1:verb.i])


def _before_brackets(doc, i: int) -> int:
    """Index of the last token before ``i`` outside a bracketed aside ("Program (WFP) said")."""
    j = i - 1
    if j >= 0 and doc[j].text in (")", "]"):
        while j >= 0 and doc[j].text not in ("(", "["):
            j -= 1
        j -= 1
    return j


def _phrase_head(tok):
    """The head of the noun phrase that ends at ``tok`` (climbing compounds and modifiers)."""
    while tok.dep_ in ("compound", "amod", "nummod", "poss", "det", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def stranded_subject(verb):
    """The noun phrase right before a subjectless ``verb`` that the parser attached elsewhere,
    and that is the verb's subject ("..., the World Food Program (WFP) said"), or None. The
    phrase must start after a comma, a semicolon or "and" and end right before the verb."""
    doc = verb.doc
    j = _before_brackets(doc, verb.i)
    if j < verb.sent.start:
        return None
    head = _phrase_head(doc[j])
    if head.pos_ not in NOMINAL or head.dep_ not in STRANDED_DEPS or head.head.i > head.i:
        return None
    opener = _opener(head)
    if opener is None or opener.text not in (",", "and", ";"):
        return None
    return head


def _opener(head):
    """The token right before the noun phrase headed by ``head``, or None at the sentence start."""
    start = min(t.i for t in head.subtree if t.i <= head.i)
    return head.doc[start - 1] if start > head.sent.start else None


def speaker(verb):
    """Head token of the noun phrase that speaks by ``verb``, when the parse does not give it as
    the verb's own subject: the stranded phrase before a subjectless verb, a proper name after
    a verb of saying (:data:`INVERTED_VERBS`: "reports Interfax"), the object of "according
    to" unless it is a rule or decision (:data:`RULE_NOUNS`); None otherwise (then the
    verb's subject, as the argument finder reads it, is the speaker)."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is not None and source.lemma_.lower() in RULE_NOUNS:
            return None   # "according to the cabinet decision" says how, not who said so
        return source
    if _has_subject(verb):
        return None
    stranded = stranded_subject(verb)
    if stranded is not None:
        return stranded
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in INVERTED_DEPS and c.pos_ == "PROPN"]
    if after and verb.lemma_.lower() in INVERTED_VERBS and verb.dep_ in ("conj", "parataxis") and not any(
            c.dep_ in CONTENT_DEPS for c in verb.children):
        return after[0]   # "reports Interfax"; not "..., maintain its naval base"
    return None


def trailing_attribution(clause) -> Attribution | None:
    """The attribution hung on reported ``clause`` (a verb) in one of the shapes the module
    names, with its speaker; None when the clause has none."""
    for child in clause.children:
        if child.i < clause.i:
            continue
        lemma = child.lemma_.lower()
        if lemma in ATTRIBUTION_VERBS and child.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in CONTENT_DEPS for c in child.children):
            if child.dep_ == "conj" and not _has_subject(child) and not _joined_by_word(clause, child):
                found = speaker(child)
                if found is not None and (found.i > child.i or _opener(found).text != "and"):
                    return Attribution(child, found)   # "..., the ministry said", not "and the ministry said"
            elif child.dep_ == "parataxis" and _has_subject(child):
                return Attribution(child, None)
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            found = speaker(child)
            if found is not None:
                return Attribution(child, found)
    return None


def speakers(verb, finder) -> list:
    """Actor mentions of the speaker of speech ``verb``: the phrase ``speaker`` finds, else the
    verb's subject as ``finder`` (an ``arguments.ArgumentFinder``) reads it."""
    tok = speaker(verb)
    if tok is not None:
        return finder.actors(tok)
    return finder.subject(verb)
