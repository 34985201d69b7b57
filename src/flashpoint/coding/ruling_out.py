"""Acts ruled out, and acts kept open by declining to rule them out.

Used by ``modality.py`` (realis) and ``governors.py`` (whose refusal or threat it is); token
arguments are spaCy tokens. "Ruled out sanctions" and "a strike is out of the question" deny
the act (a refusal when cooperative, see ``governors._ruled_out``); "did not rule out an attack",
"cannot exclude a strike" and "refused to rule out military action" keep it open: possible,
or the speaker's own threat when the speaker would be the one to act (``governors._kept_open``).
"""

from __future__ import annotations

from flashpoint.coding.ability import is_negated as _is_negated

#: Dependencies of a clause's subject, active or passive: the act that a copular clause rules
#: out is one ("[lifting sanctions] is out of the question", "[a withdrawal] is off the table").
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Predicate nouns that rule their subject out only when negated ("is not an option").
NEGATED_OUT_NOUNS = frozenset({"option", "table"})


def _prep_path(tok, *words):
    """The object at the end of a chain of prepositions under ``tok``: ("out", "of") finds
    "question" in "is out of the question"; None when the chain is absent."""
    for word in words:
        tok = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == word), None)
        if tok is None:
            return None
    return next((c for c in tok.children if c.dep_ == "pobj"), None)


#: Nouns through which "rule out" reaches the act: "ruled out any possibility of talks".
RULED_OUT_NOUNS = frozenset({"possibility", "prospect", "idea", "option", "chance", "notion", "question"})


def ruled_out_object(tok):
    """The dependent of "rule out" through which ``tok`` is ruled out, or None: a gerund the
    parser hangs on the verb ("ruled out resigning"), an event noun ("ruled out the release
    of the prisoners"), or either after "the possibility of" ("ruled out any possibility of
    talks")."""
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RULED_OUT_NOUNS:
        holder = tok.head.head
    elif (tok.dep_ in ("advcl", "dobj", "pcomp") and tok.tag_ == "VBG") or (tok.dep_ == "dobj" and tok.pos_ == "NOUN"):
        holder = tok
    else:
        return None
    head = holder.head
    if holder.dep_ not in ("dobj", "advcl", "pcomp") or head.lemma_.lower() != "rule":
        return None
    return holder if any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children) else None


def rules_out(copula) -> bool:
    """True when a copular clause rules its subject out: "... is out of the question", "...
    was off the table", "... is not on the table", "... is a non-starter", "... is not an
    option" (the subject act is refused by whoever says so); False when the first three are
    negated ("is not off the table")."""
    if copula.lemma_.lower() != "be" or not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in copula.children):
        return False
    negated = _is_negated(copula)   # "is not out of the question" keeps it open
    question = _prep_path(copula, "out", "of")
    if question is not None and question.lemma_.lower() == "question":
        return not negated
    off = _prep_path(copula, "off")
    if off is not None and off.lemma_.lower() == "table":
        return not negated
    words = {c.lower_ for c in copula.children}
    if "nonstarter" in words or "non-starter" in words or {"non", "starter"} <= words:
        return not negated
    if not negated:
        return False
    on = _prep_path(copula, "on")
    if on is not None and on.lemma_.lower() == "table":
        return True
    return any(c.dep_ == "attr" and c.lemma_.lower() in NEGATED_OUT_NOUNS for c in copula.children)


def not_ruled_out(act) -> bool:
    """True when ``act`` is what a negated "rule out" or "exclude" keeps open: "an attack
    cannot be ruled out", "did not rule out an attack", "Israel does not exclude a strike", "refused to rule out a strike"."""
    return act.dep_ in ("nsubjpass", "dobj") and kept_open(act.head)


#: Governors by which a speaker declines to rule an act out: "refused to rule out an attack".
DECLINING_HEADS = frozenset({"refuse", "decline"})


def _rule_out_verb(verb) -> bool:
    """True for "rule out" (with its particle) and "exclude"."""
    lemma = verb.lemma_.lower()
    return lemma == "exclude" or (lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                          for c in verb.children))


def declined_ruling_out(verb) -> bool:
    """True when ``verb`` is a "rule out" or "exclude" that someone refused or declined to do
    ("refused to rule out an attack", "declined to exclude sanctions"): as good as negated."""
    return (_rule_out_verb(verb) and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECLINING_HEADS
            and not _is_negated(verb.head))


def kept_open(verb) -> bool:
    """True when ``verb`` is a "rule out" or "exclude" that keeps its object open: negated
    ("did not rule out", "cannot exclude", "would not rule out") or declined
    (:func:`declined_ruling_out`)."""
    return _rule_out_verb(verb) and (_is_negated(verb) or declined_ruling_out(verb))
