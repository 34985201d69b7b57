"""Acts that an actor claims another committed: the claim is coded, the act is not.

"Russia claimed that Ukrainian forces shelled Donetsk" states Russia's accusation (CAMEO 112)
against the alleged doer; the shelling is told by Russia, not by the reporter, and is not
coded on its own, nor is an act coordinated with it. A claim about one's own act is no
accusation. The sentences are written for these tests.
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
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    return {(e.source.country_iso3 if e.source else None, e.cameo_code,
             e.target.country_iso3 if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia claimed that Ukrainian forces shelled Donetsk.", {("RUS", "112", "UKR")}),
        ("Kenya charged that Somali militants had attacked its border posts.", {("KEN", "112", "SOM")}),
        ("Iran alleged that Israeli agents had killed the scientist.", {("IRN", "112", "ISR")}),
        # the coordinated act is part of the claim too
        ("Iraq claimed that Syrian rebels had attacked Mosul and seized the airport.", {("IRQ", "112", "SYR")}),
    ],
)
def test_claimed_acts_are_accusations(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


def test_claim_about_own_act_is_no_accusation(pipeline):
    assert not any(code.startswith("112") for _, code, _ in _coded(
        pipeline, "Russia claimed that its troops had withdrawn from the border."))
