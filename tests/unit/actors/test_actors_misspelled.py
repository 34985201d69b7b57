"""Country names misspelled by one letter are read as the country; ordinary words, people's
names and words one changed letter away are not. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors.dictionary import ActorDictionary, CodeRange, Entry
from flashpoint.actors.misspelled import _index, candidates
from flashpoint.actors.resolve import ActorResolver

WHEN = date(2022, 1, 12)


def _index_of(*words: str):
    """The misspelling index of a dictionary holding only these country names."""
    d = ActorDictionary()
    for w in words:
        d.add_name(w.title(), Entry(w.title(), "country", (CodeRange(w[:3].upper()),), "test", w[:3].upper()),
                   cased=True)
    return _index(d)


EDITS = [
    # (token, expected country names): one letter dropped, added or swapped
    ("ethopia", {"ethiopia"}),
    ("quatar", {"qatar"}),
    ("isreal", {"israel"}),
    ("pakistn", {"pakistan"}),
    # a changed letter, a changed first letter or an added final "s" is not read as a country
    ("roland", set()),
    ("greene", set()),
    ("frances", set()),
    ("canadas", set()),
    ("etiopiah", set()),
]


@pytest.mark.parametrize(("word", "expected"), EDITS)
def test_actors_misspelled_one_edit_candidates(word, expected):
    names, dropped = _index_of("ethiopia", "qatar", "israel", "pakistan", "poland", "greece", "france", "canada")
    assert candidates(word, names, dropped) == expected


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_files()


RESOLVED = [
    # (sentence, token, expected codes at that token)
    ("Ethopia agreed to reopen its border on Monday.", "Ethopia", {"ETH"}),
    ("The talks with Isreal failed.", "Isreal", {"ISR"}),
    ("Quatar's emir arrived in Riyadh.", "emir", {"QATGOV"}),
    # people's names and ordinary words stay what they are
    ("Roland Frances visited the factory on Monday.", "Roland", set()),
    ("Roland Frances visited the factory on Monday.", "Frances", set()),
    ("The minister called the plan irrational.", "irrational", set()),
    # a people or language one letter off a country's name is that people, not the country
    ("Syriac Christians in Iraq marched on Sunday.", "Christians", {"IRQCHR"}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "token", "expected"), RESOLVED)
def test_actors_misspelled_country_resolved(nlp, resolver, text, token, expected):
    doc = nlp(text)
    mentions = resolver.resolve(doc, WHEN)
    assert {m.actor.code for m in mentions if doc[m.anchor].text == token} == expected
