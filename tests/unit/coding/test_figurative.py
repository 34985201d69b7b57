"""Words of conflict used for software, trade, play and office: no material conflict.

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


def _coded(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2005, 3, 1)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
            for e in events}


@pytest.mark.parametrize(
    "text",
    [
        # an attack aimed at software, trade or a problem
        "A drive by Yahoo Europe to target spam websites was halted.",
        "The Canadian government will attack the problem of obesity in schools.",
        "The German champion struck a fine backhand to take the second set.",
        # a contest of votes, courts or trade
        "Television helped both camps in the French election battle.",
        "The Chinese government lost its copyright battle with Google.",
        "Japan and South Korea waged a price war over steel exports.",
        # a successor taking a post, a firm closing itself, a build-up of no armed force
        "The Argentine took over at Real Madrid in June.",
        "Dmitry Medvedev took over from Vladimir Putin in 2008.",
        "The Russian state news agency is to shut down.",
        "India has built up its trade surplus with Nepal.",
        # a campaign for votes, damage to no property, a presence in parliament or a market
        "Launching his campaign to win farmers' votes, the Canadian minister toured Alberta.",
        "The Kenyan minister's feud with his deputy is damaging the way the country is governed.",
        "Kenya's ruling party increased its Commons presence by ten seats.",
        "The Kenyan government increased its online presence.",
        "Russia launched a disinformation campaign against Ukraine.",
        # firefighters and boxers are no armed men; a politician repels words
        "Fire fighters clashed with protesters in Athens.",
        "Prize fighters fought in Las Vegas on Saturday.",
        # a police or army team attacks in a match; only harm by forces escapes the sport discard
        "The Kenyan police attacked from the first whistle and beat Gor Mahia 2-0 in the league match.",
        "The American president pushed back the Republican attacks on his record.",
        # an unarmed doer striving for a goal, with no opponent, fights no one
        "The Kenyan runner battled bravely to finish fourth in the marathon.",
        "A Canadian pilot is fighting for his job after posting photos online.",
        # taking a likeness or an occasion: no capture
        "The photograph of the stranded convoy captured the plight of the Afghan soldiers.",
        "The Turkish president seized the opportunity to court Kurdish voters.",
        "The documentary captured the mood of the Lebanese army recruits.",
        # a participle that describes where someone stands or whom they are among: no act
        "The Lebanese prime minister is increasingly isolated within his own cabinet.",
        "Isolated in the region, Belarus has turned to Beijing.",
        "Surrounded by wary villagers, the Afghan envoy said little.",
        "Hungary's prime minister is a leader surrounded by loyal businessmen.",
    ],
)
def test_figurative_conflict_is_no_material_conflict(pipeline, text):
    assert not [c for _, c, _ in _coded(pipeline, text) if c[:2] in ("15", "17", "18", "19", "20")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an attack "as" something calls the target that: criticism (111)
        ("Irish bishops attacked the new schoolbook as heresy.", ("IRL", "111", None)),
        # literal attacks, seizures, closures and build-ups stay what they are
        ("Gunmen attacked a market in Kabul.", ("AFGUAF", "190", "AFG")),
        ("Russian troops attacked the town as part of an offensive.", ("RUSMIL", "190", None)),
        ("Rebels took over the town of Bunia.", ("CODREB", "192", "COD")),
        ("Ethiopia built up its forces near the border.", ("ETH", "154", None)),
        ("Ethiopia increased its military presence near the border.", ("ETH", "154", None)),
        ("Nigerian rioters damaged shops in Kano.", ("NGAOPP", "145", "NGA")),
        ("The US launched a bombing campaign against Islamic State.", ("USA", "190", "IMGMOSISI")),
        ("The Nigerian army launched a campaign in the north.", ("NGAMIL", "190", None)),
        ("Ethiopia launched a campaign in Tigray.", ("ETH", "190", None)),
        ("China increased its permanent presence near the Spratly Islands.", ("CHN", "154", None)),
        ("The Israeli strike damaged the electricity industry.", ("ISR", "171", None)),
        # an air strike carried out is a strike of force, not of labour
        ("Turkish jets carried out air strikes on Kurdish positions in Iraq.", ("TURMIL", "195", "IRQ")),
        ("Iran carried out retaliatory strikes on Israel.", ("IRN", "190", "ISR")),
        # an "as" phrase of a step or a purpose keeps an armed attack an attack
        ("Russian troops attacked the Ukrainian base as a first step in the offensive.", ("RUSMIL", "190", "UKR")),
        ("Turkish jets struck Kurdish positions in Iraq as a signal to Damascus.", ("TURMIL", "195", "IRQ")),
        # the websites of a named actor make a cyber attack; a coup at dawn is no succession
        ("Russian hackers attacked Ukrainian government websites.", ("RUS", "190", "UKR")),
        ("The Thai army took over at dawn.", ("THAMIL", "192", None)),
        ("The battle between Israeli troops and Hamas fighters raged in Rafah.", ("ISRMIL", "190", "PSEREBHMS")),
        # armed doers striving for a goal, or a goal fought for against someone, are fights
        ("Syrian troops battled to retake the city.", ("SYRMIL", "190", None)),
        ("Hamas fought with Israeli troops to keep the crossing.", ("PSEREBHMS", "190", "ISRMIL")),
        # a siege or an isolation done by someone named is still an act
        ("Iraqi troops surrounded the city of Mosul.", ("IRQMIL", "191", "IRQ")),
        ("The town, surrounded by Syrian government troops, ran out of food.", ("SYRMIL", "191", None)),
        ("Most of them live in villages encircled by the Syrian regime.", ("SYRGOV", "191", None)),
        ("Turkey claims to have encircled the Syrian town of Afrin.", ("TUR", "191", "SYR")),
    ],
)
def test_figurative_leaves_literal_and_verbal_attacks(pipeline, text, expected):
    assert expected in _coded(pipeline, text)
