"""Armed attacks coded by the weapon they name: CAMEO 193 small arms and light weapons, 194
artillery, tanks, rockets and warships (over 193), 195 aircraft and drones (over both).

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


def _codes(pipeline, text: str) -> set[str]:
    return {c for _, c, _ in _triples(pipeline, text)}


WEAPONS = [
    # (sentence, CAMEO code that must be coded)
    # what is fired or launched
    ("Insurgents fired rockets at the Malian garrison.", "194"),
    ("The Yemeni army fired anti-aircraft batteries at Saudi jets.", "194"),
    ("Sudanese protesters launched missiles at the presidential palace.", "194"),
    ("Hamas fired a salvo of rockets at Israel.", "194"),
    ("Chadian troops fired mortars at the rebel camp.", "193"),
    ("Malian rebels fired anti-tank missiles at the convoy.", "193"),
    ("Nigerian soldiers fired grenades at the insurgents.", "193"),
    # the instrument
    ("Russian forces attacked Ukrainian positions with tanks.", "194"),
    ("Armenian troops pounded Azerbaijani villages with artillery.", "194"),
    ("Gunmen attacked the Kenyan police post with machine guns.", "193"),
    ("Eritrean troops attacked Ethiopian positions with rifles and artillery.", "194"),
    ("Syrian forces attacked the town from the air.", "195"),
    ("Israeli forces attacked the camp with heavy weapons.", "194"),
    ("Rebels attacked the Malian base using rocket launchers.", "194"),
    ("Two Malian soldiers were killed by small arms fire.", "193"),
    # the platform that fired
    ("Israeli tanks fired on Gaza.", "194"),
    ("Turkish warships fired on the Syrian coast.", "194"),
    ("Israeli helicopter gunships attacked Hamas positions.", "195"),
    ("Russian aircraft carried out air strikes on Syrian rebels.", "195"),
    # attack nouns and the weapon nouns that kill
    ("A Taliban rocket attack killed three Afghan soldiers.", "194"),
    ("Israeli tank fire killed two Palestinians.", "194"),
    ("Mortar fire from Syrian troops hit a Turkish village.", "193"),
    ("Somali militants carried out a mortar attack on the Kenyan base.", "193"),
    # air strikes stay aerial; generic firing keeps small arms
    ("Nigerian warplanes bombed the insurgents' camp.", "195"),
    ("A US drone strike killed five Taliban fighters.", "195"),
    ("Indian troops opened fire on Pakistani soldiers.", "193"),
    ("Indian troops fired on Pakistani soldiers.", "193"),
    # shelling is artillery fire even when mortars are named
    ("Sudanese troops shelled the rebel town with mortars.", "194"),
    # property destroyed by a weapon of war is an attack of the weapon's class
    ("The cargo plane was blown up over Somalia by a missile fired by militants.", "194"),
    ("Ethiopian troops destroyed the rebel depot with artillery.", "194"),
    ("Turkish jets destroyed a Kurdish militia headquarters.", "195"),
]


@pytest.mark.parametrize(("text", "code"), WEAPONS)
def test_weapons_decide_the_code(pipeline, text, code):
    assert code in _codes(pipeline, text), _triples(pipeline, text)


NOT_WEAPONS = [
    # (sentence, code that must not be coded): the object is the target, not the weapon
    ("Malian rebels attacked a Malian army tank.", "194"),
    ("Syrian rebels shot down a Syrian helicopter.", "195"),
    ("Kenyan police used water cannon against the protesters.", "194"),
    # what is destroyed is no weapon: the bare destruction stays 1712
    ("Malian rebels destroyed two army tanks.", "194"),
    ("Malian rebels destroyed two army tanks.", "195"),
]


def test_weapons_destroyed_property_stays_1712(pipeline):
    assert "1712" in _codes(pipeline, "Malian rebels destroyed two army tanks.")


@pytest.mark.parametrize(("text", "code"), NOT_WEAPONS)
def test_weapons_target_is_no_weapon(pipeline, text, code):
    assert code not in _codes(pipeline, text), _triples(pipeline, text)
