"""Clashes between state forces and protesters: the forces' violent repression (CAMEO 175) and
the protesters' riot (145), two events instead of a fight (190); two armed sides still fight.

The sentences are written for these tests.
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


def _triples(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2020, 5, 4)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
            for e in events}


CLASHES = [
    # (sentence, events that must be coded)
    ("Kenyan police clashed with protesters in Nairobi.",
     {("KENCOP", "175", "KENOPP"), ("KENOPP", "145", "KENCOP")}),
    ("Egyptian security forces clashed with rioters in Cairo.",
     {("EGYCOP", "175", "EGYOPP"), ("EGYOPP", "145", "EGYCOP")}),
    ("Indian troops clashed with demonstrators in Srinagar.", {("INDMIL", "175", "INDOPP"), ("INDOPP", "145", "INDMIL")}),
    ("Kenyan protesters clashed with police in Nairobi.", {("KENCOP", "175", "KENOPP"), ("KENOPP", "145", "KENCOP")}),
    ("Police and protesters clashed in Nairobi.", {("KENCOP", "175", "KENOPP"), ("KENOPP", "145", "KENCOP")}),
    ("Clashes between Bangladeshi police and students left five dead.",
     {("BGDCOP", "175", "EDU"), ("EDU", "145", "BGDCOP")}),
]


CROWD_CLASHES = [
    # (sentence, events that must be coded): crowds clashing among themselves, or fighting law
    # enforcement, riot (145), they do not wage war (190)
    ("Rioters clashed near the harbour in Liverpool on Friday.", {("GBROPP", "145", None)}),
    ("Rioters fought with law enforcement officers outside the courthouse.", {("OPP", "145", "COP")}),
]


@pytest.mark.parametrize(("text", "expected"), CROWD_CLASHES)
def test_clashes_crowds_riot(pipeline, text, expected):
    triples = _triples(pipeline, text)
    assert expected <= triples, triples
    assert "190" not in {c for _, c, _ in triples}


@pytest.mark.parametrize(("text", "expected"), CLASHES)
def test_clashes_clashes_with_protesters_are_repression_and_riot(pipeline, text, expected):
    triples = _triples(pipeline, text)
    assert expected <= triples, triples
    assert "190" not in {c for _, c, _ in triples}


ARMED_CLASHES = [
    # (sentence, source, target): two armed sides fight (190)
    ("Gunmen clashed with Nigerian soldiers.", "UAF", "NGAMIL"),
    ("Sudanese rebels clashed with Sudanese troops in Darfur.", "SDNREB", "SDNMIL"),
    ("Syrian troops clashed with opposition fighters near Idlib.", "SYRMIL", "SYROPP"),
]


@pytest.mark.parametrize(("text", "source", "target"), ARMED_CLASHES)
def test_clashes_armed_clashes_stay_fighting(pipeline, text, source, target):
    triples = _triples(pipeline, text)
    assert (source, "190", target) in triples, triples
    assert not {c for _, c, _ in triples} & {"175", "145"}, triples
