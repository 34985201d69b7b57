"""Acts told by another actor, and acts that were only tried.

"Iran alleged that Israeli agents had killed the scientist" states Iran's accusation (CAMEO
112) against the alleged doer; an allegation is not coded as the act. A claim, by contrast,
is reported speech: "Hamas claimed that its fighters had attacked an army post" codes the
attack. Failing to reach an agreement is a rejection (127); failing at any other act is that
act, negated. The sentences are written for these tests.
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
             e.target.country_iso3 if e.target else None, e.modality.value) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Iran alleged that Israeli agents had killed the scientist.", ("IRN", "112", "ISR", "asserted")),
        # a claim of one's own act is the act, told by its doer
        ("The Ukrainian army claimed it had killed 200 Russian soldiers.", ("UKR", "190", "RUS", "asserted")),
        ("Kenya failed to reach an agreement with Somalia.", ("KEN", "127", "SOM", "asserted")),
        ("Putin failed to meet Biden in Geneva.", ("RUS", "040", "USA", "negated")),
    ],
)
def test_reported_and_failed_acts(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # the more constrained hostage patterns, not an arrest
        "Hamas gunmen held 30 people hostage in a kibbutz.",
        # rescues are not arrests
        "The Italian coast guard picked up 50 people off the coast of Libya.",
        # an industrial accident is no attack
        "An explosion at a fireworks factory in Ghana killed 10 people.",
    ],
)
def test_no_arrest_or_attack_read_into_ordinary_news(pipeline, text):
    codes = {code for _, code, _, _ in _coded(pipeline, text)}
    assert not any(code.startswith(("173", "19")) for code in codes), codes
