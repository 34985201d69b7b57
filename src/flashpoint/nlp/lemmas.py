"""Repair of one kind of lemma error of spaCy's small English pipeline.

The rule lemmatizer strips "-ed", "-ing" and "-es" from verbs whose base form ends in "e" and
keeps the wrong stem when the stem is a word too: "hoped" -> "hop", "staged" -> "stag",
"waged" -> "wag", "fined" -> "fin", "raped" -> "rap". The coder looks verbs up by lemma, so
such an act or governing word was missed ("Kigali hoped ...", "the army waged war").
"""

from __future__ import annotations

from collections.abc import Iterable

VERB_POS = frozenset({"VERB", "AUX"})
SUFFIXES = ("ed", "ing", "es")


def repair_lemmas(doc, verbs: frozenset[str]) -> int:
    """Give verbs the base form ``stem + "e"`` where the tagger's lemma lost its final "e".

    A verb token whose lemma ``L`` is such that ``L + "e"`` is in ``verbs`` and whose word is
    ``L`` plus "ed", "ing" or "es" ("hoped", "hoping", "hopes"; not "hopped") gets the lemma
    ``L + "e"``. ``doc`` is changed in place.

    Args:
        doc: a parsed spaCy ``Doc``.
        verbs: lower-case verb lemmas the caller knows (the coder's trigger and governing words).

    Returns:
        The number of tokens changed.
    """
    changed = 0
    for tok in doc:
        if tok.pos_ not in VERB_POS:
            continue
        lemma = tok.lemma_.lower()
        word = tok.lower_
        if lemma + "e" in verbs and lemma not in verbs and any(word == lemma + s for s in SUFFIXES):
            tok.lemma_ = lemma + "e"
            changed += 1
    return changed


def known_verbs(*groups: Iterable[str]) -> frozenset[str]:
    """The union of lemma groups, lower-cased."""
    return frozenset(w.lower() for g in groups for w in g)
