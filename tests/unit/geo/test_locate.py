"""The geo stage: gazetteer look-ups and the place chosen for an event."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.geo.locate import Gazetteer, _City
from flashpoint.types import Article, Location


def _gazetteer() -> Gazetteer:
    cities = {
        "paris": [_City("Paris", "FRA", 48.85, 2.35, 1, 2_100_000), _City("Paris", "USA", 33.66, -95.55, 2, 25_000)],
        "tripoli": [_City("Tripoli", "LBY", 32.9, 13.2, 3, 1_150_000), _City("Tripoli", "LBN", 34.4, 35.8, 4, 530_000)],
    }
    states = {"texas": Location("Texas", "USA", None, None, 5)}
    countries = {"FRA": Location("France", "FRA", None, None, 6), "USA": Location("United States", "USA", None, None, 7)}
    return Gazetteer(cities, states, countries)


@pytest.mark.parametrize(("name", "near", "prefer", "country", "expected"), [
    ("Paris", (), (), None, ("Paris", "FRA")),               # the most populous namesake
    ("Paris", ("USA",), (), None, ("Paris", "USA")),         # a place beside it settles it
    ("Paris", (), ("USA",), None, ("Paris", "FRA")),         # an actor's country does not, 84 times smaller
    ("Tripoli", (), ("LBN",), None, ("Tripoli", "LBN")),     # ... but does for a comparable namesake
    ("PARIS", (), (), "USA", ("Paris", "USA")),              # resolved to a country already
    ("Texas", (), (), None, ("Texas", "USA")),
    ("France", (), (), None, ("France", "FRA")),
    ("Atlantis", (), (), None, None),
])
def test_gazetteer_place(name, near, prefer, country, expected):
    loc = _gazetteer().place(name, near, prefer, country)
    assert (loc.name, loc.country_iso3) == expected if expected else loc is None


def test_gazetteer_country_has_no_coordinates():
    loc = _gazetteer().country("FRA")
    assert loc.geonameid == 6 and loc.latitude is None
    assert _gazetteer().country(None) is None and _gazetteer().country("XXX") is None


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _places(pipeline, text):
    events = pipeline.code_article(Article(article_id="g", text=text, published=date(2021, 6, 1)))
    return {(e.cameo_code, e.location.name if e.location else None, e.location.country_iso3 if e.location else None,
             e.location is not None and e.location.latitude is not None) for e in events}


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "place", "country", "coordinates"), [
    # a locative phrase on the act or on the clause that carries it
    ("Kenyan students clashed with riot police in Mombasa on Tuesday.", "145", "Mombasa", "KEN", True),
    ("Chilean and Peruvian diplomats held talks in Geneva on Monday.", "040", "Geneva", "CHE", True),
    # ... or on the act's object, not on another clause of the sentence
    ("Peru met Chile in Lima, and Bolivia will discuss the dispute in Montevideo on Friday.",
     "040", "Montevideo", "URY", True),
    # a city named as what was attacked
    ("Syrian insurgents shelled Homs overnight.", "194", "Homs", "SYR", True),
    # no place named: fighting happens where its target is, at country precision
    ("Ethiopian troops attacked Eritrea.", "190", "Eritrea", "ERI", False),
    # a statement is not placed by the country it is about
    ("Ghana condemned Togo on Monday.", "111", None, None, False),
])
def test_event_place(pipeline, text, code, place, country, coordinates):
    found = _places(pipeline, text)
    assert (code, place, country, coordinates) in found, found


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "place"), [
    # through another locative phrase, with the GeoNames name folded to ASCII
    ("Iraqi prisoners rioted at a jail in Samarra on Friday.", "145", "Samarra"),
    # a capital beside the act that is neither its source nor its target
    ("Somali militants blew up a bridge leading into Mogadishu.", "1712", "Mogadishu"),
])
def test_event_place_through_phrases_and_capitals(pipeline, text, code, place):
    found = _places(pipeline, text)
    assert any(c.startswith(code) and p == place for c, p, _, _ in found), found
