"""The packaged people table: every row loads, and a person's code follows the office held on
the article's date (before, during and after a change of office; ``<nationality>ELI`` between
and after offices)."""

from __future__ import annotations

import logging
from datetime import date
from importlib import resources

import pytest

from flashpoint.actors.dictionary import phrase_key
from flashpoint.actors.resolve import ActorResolver
from flashpoint.actors.tables import load_dictionary


def _people_rows() -> list[list[str]]:
    text = resources.files("flashpoint.data").joinpath("actors").joinpath("people.tsv").read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary()


@pytest.fixture(scope="module")
def resolver(dictionary) -> ActorResolver:
    return ActorResolver(dictionary)


def test_people_every_row_loads(caplog):
    with caplog.at_level(logging.WARNING, logger="flashpoint"):
        load_dictionary()
    assert "people.tsv" not in caplog.text


def test_people_rows_are_well_formed_and_unique():
    rows = _people_rows()
    keys = [(r[0], r[1], r[2]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate (name, code, from) rows"
    for r in rows:
        assert len(r) == 6, r
        start = date.fromisoformat(r[2]) if r[2] else None
        end = date.fromisoformat(r[3]) if r[3] else None
        assert start or end, r
        assert not (start and end) or start < end, r


# (phrase in the text, article date, expected code): the same person on both sides of a change
DATED = [
    ("Abdullah Gul", date(2005, 3, 1), "TURGOV"),         # foreign minister, later president
    ("Abdullah Gul", date(2012, 3, 1), "TURGOV"),
    ("Abdullah Gul", date(2016, 3, 1), "TURELI"),
    ("Frank-Walter Steinmeier", date(2011, 5, 1), "DEUELI"),  # between two terms as foreign minister
    ("Frank-Walter Steinmeier", date(2018, 5, 1), "DEUGOV"),  # president
    ("Benny Gantz", date(2013, 5, 1), "ISRMIL"),          # chief of staff, then defence minister
    ("Benny Gantz", date(2017, 5, 1), "ISRELI"),
    ("Benny Gantz", date(2021, 5, 1), "ISRGOV"),
    ("Mustafa al-Kadhimi", date(2018, 5, 1), "IRQSPY"),   # intelligence chief, then prime minister
    ("Mustafa al-Kadhimi", date(2021, 5, 1), "IRQGOV"),
    ("Mustafa al-Kadhimi", date(2023, 5, 1), "IRQELI"),
    ("Joseph Aoun", date(2020, 5, 1), "LBNMIL"),          # army commander, then president
    ("Joseph Aoun", date(2025, 5, 1), "LBNGOV"),
    ("Jean-Claude Juncker", date(2010, 5, 1), "LUXGOV"),  # national leader, then Commission president
    ("Jean-Claude Juncker", date(2016, 5, 1), "IGOEUREEC"),
    ("Mahamat Deby", date(2022, 5, 1), "TCDMIL"),         # junta head, then elected president
    ("Mahamat Deby", date(2025, 5, 1), "TCDGOV"),
    ("Hassan Sheikh Mohamud", date(2019, 5, 1), "SOMELI"),  # out of office between two terms
    ("Hassan Sheikh Mohamud", date(2023, 5, 1), "SOMGOV"),
    ("Julia Gillard", date(2012, 5, 1), "AUSGOV"),
    ("Julia Gillard", date(2014, 5, 1), "AUSELI"),
]


@pytest.mark.parametrize("phrase,when,expected", DATED)
def test_people_code_by_date(dictionary, phrase, when, expected):
    entry = dictionary.names[phrase_key(phrase)]
    assert entry.kind == "person"
    assert entry.code_at(when) == expected


# (sentence, article date, anchor token, expected codes at the anchor)
SENTENCES = [
    ("Ahmet Davutoglu flew to Baghdad for talks on Sunday.", date(2012, 9, 2), "Davutoglu", {"TURGOV"}),
    ("Ahmet Davutoglu flew to Baghdad for talks on Sunday.", date(2019, 9, 1), "Davutoglu", {"TURELI"}),
    ("Taro Aso criticised the budget in a speech.", date(2010, 11, 7), "Aso", {"JPNELI"}),
    ("Taro Aso criticised the budget in a speech.", date(2015, 11, 8), "Aso", {"JPNGOV"}),
    ("Gabi Ashkenazi inspected troops near the border.", date(2009, 6, 14), "Ashkenazi", {"ISRMIL"}),
    ("Gabi Ashkenazi spoke with his Emirati counterpart.", date(2020, 8, 16), "Ashkenazi", {"ISRGOV"}),
    ("Mohamed ElBaradei urged Iran to allow inspections.", date(2006, 2, 5), "ElBaradei", {"IGOUNOIAE"}),
    ("Mohamed ElBaradei called for fresh elections.", date(2012, 2, 5), "ElBaradei", {"EGYELI"}),
    ("Sameh Shoukry met the envoy in Cairo.", date(2018, 4, 3), "Shoukry", {"EGYGOV"}),
    ("Sameh Shoukry met the envoy in Cairo.", date(2025, 4, 6), "Shoukry", {"EGYELI"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text,when,anchor,expected", SENTENCES)
def test_people_code_in_text(nlp, resolver, text, when, anchor, expected):
    doc = nlp(text)
    codes = {m.actor.code for m in resolver.resolve(doc, when) if doc[m.anchor].text == anchor}
    assert codes == expected
