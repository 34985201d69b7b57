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
    ("Paris", ("USA",), (), "FRA", ("Paris", "USA")),        # ... beside "Texas" even when resolved to France
    ("Tripoli", (), (), "LBN", ("Tripoli", "LBN")),          # the resolved country beats population
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
    ("Chilean and Peruvian diplomats held talks in Geneva on Monday.", "046", "Geneva", "CHE", True),
    # ... or on the act's object, not on another clause of the sentence
    ("Peru met Chile in Lima, and Bolivia will discuss the dispute in Montevideo on Friday.",
     "040", "Montevideo", "URY", True),
    # a city named as what was attacked
    ("Syrian insurgents shelled Homs overnight.", "194", "Homs", "SYR", True),
    # no place named: fighting happens where its target is, at country precision
    ("Ethiopian troops attacked Eritrea.", "190", "Eritrea", "ERI", False),
    ("Thousands of Kenyan students marched through Mombasa on Friday.", "141", "Mombasa", "KEN", True),
    # a visit happens in the country visited
    ("The Chilean president will visit Peru next week.", "042", "Peru", "PER", False),
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
    # where it was said, where someone was born or trained, is not where it happened
    ("Saudi jets bombed Yemen on Sunday, a spokesman in Riyadh said.", "195", "Yemen"),
    ("Ethiopian troops who had been trained in Nairobi attacked Eritrea.", "190", "Eritrea"),
    ("Nigerian troops killed a rebel commander born in Maiduguri.", "190", None),
    # a visit to a capital named as the host is placed there
    ("A Kurdish envoy is heading a delegation touring Washington, Paris and London.", "042", "London"),
    # a phrase on a word far down another phrase is not the act's
    ("The YPG blamed Moscow, in another hint at the dynamics of the rivalry in northern Syria.", "112", None),
    # the doers and the other party are where they act
    ("Police in Multan arrested three suspected militants.", "173", "Multan"),
    ("Ukrainian troops clashed with separatists in Luhansk.", "190", "Luhansk"),
    ("Egyptian police arrested dozens of supporters in Alexandria.", "173", "Alexandria"),
    # a namesake and its region: the city, not the region; a country modifying a noun is no place
    ("Protesters clashed with police in Birmingham, Alabama.", "145", "Birmingham"),
    ("Egyptian protesters rallied outside the US embassy in Cairo.", "141", "Cairo"),
    # what a meeting discussed happened elsewhere
    ("Kenyan and Ugandan ministers discussed the attack that took place in Paris.", "040", None),
    # an event noun's own clause
    ("Kenyan and Ugandan ministers attended a meeting that took place in Kampala.", "040", "Kampala"),
    # a nationality is no place
    ("British police arrested two Nigerian men on Monday.", "173", None),
    # a statement about an act somewhere is not made there
    ("Ghana condemned the attack in Lome.", "111", None),
    # each of two acts with the same word keeps its own place
    ("Police attacked protesters in Nairobi, and soldiers attacked rebels in Mombasa.", "190", "Mombasa"),
    ("Police attacked protesters in Nairobi, and soldiers attacked rebels in Mombasa.", "18", "Nairobi"),
])
def test_event_place_only_from_the_act(pipeline, text, code, place):
    found = _places(pipeline, text)
    assert any(c.startswith(code) and p == place for c, p, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "how"), [
    # a phrase on the act, on its clause or on the event noun a taking-part verb takes
    ("Chilean and Peruvian diplomats held talks in Geneva on Monday.", "046", "act"),
    ("The Kenyan president will attend a summit in Addis Ababa.", "042", "act"),
    ("Kenyan and Ugandan ministers attended a meeting that took place in Kampala.", "040", "act"),
    # a phrase on a doer, or on the object or other party
    ("The US commander in Iraq held talks with the Lebanese president.", "046", "doer"),
    ("Police in Multan arrested three suspected militants.", "173", "doer"),
    ("NATO ambassadors will meet Russian envoys in Brussels on Wednesday.", "040", "party"),
    ("Ukrainian troops clashed with separatists in Luhansk.", "190", "party"),
    ("Kenyan and Ugandan ministers discussed the dispute in Montevideo.", "040", "thing"),
    # the act's object, a place named as a side of the act, the target's country
    ("Syrian insurgents shelled Homs overnight.", "194", "object"),
    ("A Kurdish envoy is heading a delegation touring Washington, Paris and London.", "042", "named"),
    ("Ethiopian troops attacked Eritrea.", "190", "target"),
])
def test_event_place_says_how_it_was_found(pipeline, text, code, how):
    events = pipeline.code_article(Article(article_id="g", text=text, published=date(2021, 6, 1)))
    found = {(e.cameo_code, e.location_how) for e in events if e.location is not None}
    assert (code, how) in found, found
