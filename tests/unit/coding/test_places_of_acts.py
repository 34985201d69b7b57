"""A capital after "in", "at" or "near" says where an act happened, not who took part.

"Talks in Moscow" are not talks with the Russian government, and the Moscow of "held talks in
Moscow" is not one of "the two sides" that a later sentence speaks of. A capital that acts
("Moscow rejected the plan") is still its government. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _coded(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2021, 6, 1)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
            for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # talks are negotiation (046); each side travelled to the place of the talks (042)
        ("Armenia and Azerbaijan held talks in Moscow.",
         {("ARM", "046", "AZE"), ("AZE", "046", "ARM"), ("ARM", "042", "RUS"), ("AZE", "042", "RUS")}),
        ("Serbian and Kosovar negotiators held talks at Brussels on Monday.",
         {("SRBGOV", "046", "KSVGOV"), ("KSVGOV", "046", "SRBGOV"),
          ("SRBGOV", "042", "BEL"), ("KSVGOV", "042", "BEL")}),
    ],
)
def test_capitals_as_places_are_not_partners(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a country named as where a meeting happens is no partner of it, but the country visited
        ("The Kenyan president is scheduled to attend a summit in Ethiopia.", {("KENGOV", "042", "ETH")}),
        # raising passives: the passive subject is the doer of the complement
        ("Russian troops are set to withdraw from Belarus.", {("RUSMIL", "0874", "BLR")}),
        ("The US presented evidence against Russia.", {("USA", "112", "RUS")}),
    ],
)
def test_meeting_places_raising_passives_and_evidence(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


def test_capital_that_acts_is_its_government(pipeline):
    assert {s for s, _, _ in _coded(pipeline, "Moscow rejected the proposal on Monday.")} == {"RUSGOV"}


def test_collective_reference_skips_the_place_of_the_talks(pipeline):
    coded = _coded(pipeline, "Armenia and Azerbaijan held talks in Moscow. The two sides agreed to exchange prisoners.")
    assert {s for s, code, _ in coded if code.startswith("035")} == {"ARM", "AZE"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nepalese peacekeeping troops arrived in Lebanon on Tuesday.", ("NPL", "074", "LBN")),
        ("The first UN peacekeepers arrived in Mali on Monday.", ("IGOUNO", "074", "MLI")),
        # other troops arriving are a visit, not peacekeeping
        ("Russian troops arrived in Belarus on Monday.", ("RUS", "042", "BLR")),
    ],
)
def test_peacekeepers_arriving_keep_the_peace(pipeline, text, expected):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2021, 6, 1)))
    prefix, code, target = expected
    assert any(e.source and e.source.code.startswith(prefix) and e.cameo_code == code
               and e.target and e.target.code == target for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        # an investigation with no investigator named is the state's where it is opened
        ("A British tourist has been put under investigation in Greece for his role in a brawl.",
         {("GRC", "090", "GBR")}),
        ("Two French journalists were investigated in Morocco last week.", {("MAR", "090", "FRAMED")}),
        # a named investigator keeps the act; the target's own country names no other state
        ("Two French journalists were investigated by Moroccan police in Rabat.", {("MARCOP", "090", "FRAMED")}),
        ("A British tourist has been put under investigation in Britain.", {(None, "090", "GBR")}),
    ],
)
def test_unnamed_investigators_are_the_place_state(pipeline, text, expected):
    assert _coded(pipeline, text) == expected
