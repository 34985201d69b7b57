"""Repair of verb lemmas that lost their final "e"."""

from __future__ import annotations

import pytest

from flashpoint.nlp.lemmas import known_verbs, repair_lemmas

pytestmark = pytest.mark.model

VERBS = known_verbs(["hope", "stage", "wage", "fine", "visit"])


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Kenya hoped that talks would resume.", "hoped", "hope"),
    ("Kenya is hoping for talks.", "hoping", "hope"),
    ("Students staged a sit-in.", "staged", "stage"),
    ("The army waged war on the rebels.", "waged", "wage"),
    ("The court fined the company.", "fined", "fine"),
    # a doubled consonant is the short verb's own form; known lemmas stay as they are
    ("The rabbit hopped away.", "hopped", "hop"),
    ("Kenya visited Uganda.", "visited", "visit"),
])
def test_repair_lemmas(nlp, text, word, lemma):
    doc = nlp(text)
    repair_lemmas(doc, VERBS)
    assert next(t for t in doc if t.text == word).lemma_ == lemma


def test_repair_lemmas_leaves_unknown_verbs(nlp):
    doc = nlp("Kenya hoped that talks would resume.")
    assert repair_lemmas(doc, known_verbs(["stage"])) == 0
