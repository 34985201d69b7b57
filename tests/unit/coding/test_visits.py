"""Visits, hostings and third-place meetings read off where a meeting took place (CAMEO 042,
043, 044), and talks coded as negotiation (046).

The sentences are written for these tests. Hand-built events check the ordering and merging
rules without a model; the parsed sentences check the whole pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.coding import tables
from flashpoint.coding.visits import VisitLinker
from flashpoint.types import Actor, Article, Event, Location, Modality


class _FakeGazetteer:
    def country(self, iso3):
        return Location({"CHE": "Switzerland", "JPN": "Japan"}.get(iso3, iso3), iso3)


GENEVA = Location("Geneva", "CHE", 46.2, 6.14, 2660646)
TOKYO = Location("Tokyo", "JPN", 35.69, 139.69, 1850147)


def _event(source, code, target, sentence=0, trigger_start=10, location=GENEVA, how="act",
           modality=Modality.ASSERTED) -> Event:
    actor = {"IRNGOV": Actor("IRNGOV", None, "IRN", ("GOV",)), "IRQGOV": Actor("IRQGOV", None, "IRQ", ("GOV",)),
             "USAGOV": Actor("USAGOV", None, "USA", ("GOV",)), "JPNGOV": Actor("JPNGOV", None, "JPN", ("GOV",)),
             "JPN": Actor("JPN", "Japan", "JPN"), "IGOUNO": Actor("IGOUNO", "United Nations", None, ("IGO", "UNO"))}
    return Event(
        event_id=f"{source}{code}{target}{sentence}", article_id="a", sentence_index=sentence,
        evidence=((sentence, sentence * 100, sentence * 100 + 50),), event_date=date(2021, 3, 1),
        date_precision="day", source=actor.get(source), target=actor.get(target), cameo_code=code,
        plover_type=tables.plover_type(code), quad_class=tables.quad_class(code), goldstein=tables.goldstein(code),
        modality=modality, sentence="s", trigger="met", span_start=sentence * 100, span_end=sentence * 100 + 50,
        rule="cameo:meet.v", location=location, trigger_start=trigger_start, location_how=how)


def _key(actor):
    return None if actor is None else actor.country_iso3 or actor.code


def _facts(events):
    return [(_key(e.source), e.cameo_code, _key(e.target)) for e in events]


LINKED = [
    # (events in, events out): hand-built meetings and what the visit step makes of them
    # nobody's home ground: a third-place meeting, each side travelled, added right after the pair
    ([("IRNGOV", "040", "IRQGOV"), ("IRQGOV", "040", "IRNGOV"), ("USAGOV", "190", "IRQGOV", 1)],
     [("IRN", "044", "IRQ"), ("IRQ", "044", "IRN"), ("IRN", "042", "CHE"), ("IRQ", "042", "CHE"),
      ("USA", "190", "IRQ")]),
    # a place found on a doer ("the US commander in Iraq") is not the meeting's
    ([("IRNGOV", "040", "IRQGOV", 0, 10, GENEVA, "doer"), ("IRQGOV", "040", "IRNGOV", 0, 10, GENEVA, "doer")],
     [("IRN", "040", "IRQ"), ("IRQ", "040", "IRN")]),
    # an IGO may be at home anywhere: the meeting is the IGO's with the state, no visit
    ([("IGOUNO", "040", "IRNGOV"), ("IRNGOV", "040", "IGOUNO")],
     [("IGOUNO", "040", "IRN"), ("IRN", "040", "IGOUNO")]),
    # a visit told already in the sentence before is not told twice
    ([("USAGOV", "042", "JPN", 0, 4, TOKYO, "target"), ("USAGOV", "040", "JPNGOV", 1, 10, TOKYO),
      ("JPNGOV", "040", "USAGOV", 1, 10, TOKYO)],
     [("USA", "042", "JPN"), ("USA", "040", "JPN"), ("JPN", "040", "USA"), ("JPN", "043", "USA")]),
    # a meeting that did not happen is no visit
    ([("IRNGOV", "040", "IRQGOV", 0, 10, GENEVA, "act", Modality.NEGATED)], [("IRN", "040", "IRQ")]),
]


@pytest.mark.parametrize(("given", "expected"), LINKED)
def test_visits_linked_to_meetings(given, expected):
    events = VisitLinker(_FakeGazetteer()).link([_event(*row) for row in given])
    assert _facts(events) == expected


def test_visits_merge_evidence_into_the_visit_told_before():
    given = [_event("USAGOV", "042", "JPN", 0, 4, TOKYO, "target"), _event("USAGOV", "040", "JPNGOV", 1, 10, TOKYO)]
    visit = VisitLinker(_FakeGazetteer()).link(given)[0]
    assert [s for s, _, _ in visit.evidence] == [0, 1]


def test_visits_new_visit_names_the_country_and_keeps_the_meeting_modality():
    given = [_event("IRNGOV", "040", "IRQGOV", modality=Modality.FUTURE)]
    visit = [e for e in VisitLinker(_FakeGazetteer()).link(given) if e.cameo_code == "042"][0]
    assert (visit.target.code, visit.target.name, visit.modality, visit.rule) == (
        "CHE", "Switzerland", Modality.FUTURE, "cameo:meet.v+visit")
    assert visit.location == GENEVA and visit.event_id != given[0].event_id


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _coded(pipeline, text):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    return {(_key(e.source), e.cameo_code, _key(e.target), e.modality.value) for e in events}


PARSED = [
    # (sentence, events that must be coded, events that must not)
    ("The foreign ministers of Iran and Iraq met in Geneva.",
     {("IRN", "044", "IRQ", "asserted"), ("IRQ", "044", "IRN", "asserted"),
      ("IRN", "042", "CHE", "asserted"), ("IRQ", "042", "CHE", "asserted")},
     {("IRN", "040", "IRQ", "asserted")}),
    ("Obama will visit Japan.", {("USA", "042", "JPN", "future")}, set()),
    # talks stay negotiation at the host's place; the visitor visited, the host hosted
    ("The French president held talks with Chinese leaders in Beijing.",
     {("FRA", "046", "CHN", "asserted"), ("CHN", "046", "FRA", "asserted"),
      ("FRA", "042", "CHN", "asserted"), ("CHN", "043", "FRA", "asserted")},
     {("FRA", "044", "CHN", "asserted"), ("CHN", "042", "CHN", "asserted")}),
    # a summit abroad with no one else named is a visit to the country it is in
    ("Merkel attended a summit in Brussels.", {("DEU", "042", "BEL", "asserted")}, {("DEU", "044", None, "asserted")}),
    ("The Kenyan president will attend a summit in Addis Ababa.", {("KEN", "042", "ETH", "future")}, set()),
    # a domestic meeting adds nothing
    ("Kenyan opposition leaders met government ministers in Nairobi.", {("KEN", "040", "KEN", "asserted")},
     {("KEN", "042", "KEN", "asserted"), ("KEN", "043", "KEN", "asserted")}),
    # a meeting with an organisation, at its seat or a venue it chose, is the meeting alone
    ("The UN envoy met Syrian officials in Geneva.", {("IGOUNO", "040", "SYR", "asserted")},
     {("IGOUNO", "042", "CHE", "asserted"), ("IGOUNO", "044", "SYR", "asserted"), ("SYR", "042", "CHE", "asserted")}),
    ("NATO ambassadors will meet Russian envoys in Brussels on Wednesday.",
     {("IGOWSTNAT", "040", "RUS", "future")}, {("RUS", "042", "BEL", "future")}),
    # the meeting's place hung on the other party; what was discussed is not where they met
    ("The Iranian foreign minister will meet Iraqi envoys in Geneva on Wednesday.",
     {("IRN", "044", "IRQ", "future"), ("IRQ", "042", "CHE", "future")}, set()),
    # refugees, migrants and other private people arriving make no visit and have no host
    ("Thousands of Syrian refugees arrived in Germany from Hungary.", set(),
     {("SYR", "042", "DEU", "asserted"), ("DEU", "043", "SYR", "asserted")}),
    ("The Iranian foreign minister arrived in Moscow.", {("IRN", "042", "RUS", "asserted")}, set()),
    # peacekeepers deployed keep the peace, with no target named
    ("The deployment of NATO peacekeeping troops in Kosovo began on Monday.", {("IGOWSTNAT", "074", None, "asserted")},
     set()),
    ("Kenya discussed the crisis in Somalia with Ethiopia.", set(),
     {("KEN", "042", "SOM", "asserted"), ("ETH", "042", "SOM", "asserted"), ("KEN", "044", "ETH", "asserted")}),
    # where a doer is posted is not where the talks were held
    ("The US commander in Iraq held talks with the Lebanese president.", {("USA", "046", "LBN", "asserted")},
     {("USA", "042", "IRQ", "asserted"), ("LBN", "042", "IRQ", "asserted")}),
    # modality carries over: a possible meeting is a possible visit
    ("The Kenyan and Ugandan presidents may meet in Kampala.",
     {("KEN", "042", "UGA", "hypothetical"), ("UGA", "043", "KEN", "hypothetical")}, set()),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "present", "absent"), PARSED)
def test_visits_from_parsed_meetings(pipeline, text, present, absent):
    coded = _coded(pipeline, text)
    assert present <= coded, coded
    assert not absent & coded, coded
