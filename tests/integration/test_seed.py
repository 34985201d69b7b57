"""The reference article: a scraped, twice-translated report on the January 2022 NATO-Russia
talks, published on Wednesday 12 January 2022. What an analyst reading it would code."""

from datetime import date

import pytest

from flashpoint.ingest import read_inputs
from flashpoint.types import Article, Modality

pytestmark = pytest.mark.model

PUBLISHED = date(2022, 1, 12)


@pytest.fixture(scope="module")
def seed_run(seed_path, nlp):
    from flashpoint.pipeline import Pipeline

    (article,) = [a for a in read_inputs([str(seed_path)], published=PUBLISHED) if isinstance(a, Article)]
    pipeline = Pipeline(nlp=nlp)
    doc = next(pipeline.parse([article.text]))
    mentions = pipeline.resolver.resolve(doc, article.published)
    return article, pipeline.code_parsed(article, doc), mentions


def _country(code):
    return None if code is None else ("NATO" if code == "IGOWSTNAT" else code[:3])


def _asserted(events, root):
    return [e for e in events if e.cameo_root == root and e.modality is Modality.ASSERTED]


def _dyads(events):
    return {(_country(e.source.code if e.source else None), _country(e.target.code if e.target else None))
            for e in events}


@pytest.mark.parametrize(
    "root,dyads",
    [
        ("04", {("USA", "RUS"), ("NATO", "RUS")}),   # the talks
        ("12", {("USA", "RUS"), ("NATO", "RUS")}),   # rejecting Russia's demands
        ("10", {("RUS", "NATO")}),                   # demanding NATO withdraw
        ("15", {("RUS", "UKR")}),                    # the troop build-up at Ukraine's border
    ],
)
def test_seed_codes_what_an_analyst_would(seed_run, root, dyads):
    _, events, _ = seed_run
    found = _dyads(_asserted(events, root))
    missing = dyads - found
    assert not missing, f"root {root}: missing {missing}; coded {found}"


def test_seed_fears_and_questions_are_not_asserted_violence(seed_run):
    article, events, _ = seed_run
    violent = [e for e in _asserted(events, "18") + _asserted(events, "19") + _asserted(events, "20")
               if "invade" in e.sentence or "invasion" in e.sentence]
    assert violent == []


def test_seed_crimea_annexation_keeps_its_2014_date(seed_run):
    _, events, _ = seed_run
    annex = [e for e in events if e.trigger == "annexed"]
    assert annex, "the 2014 annexation is not coded"
    assert all(e.event_date == date(2014, 1, 1) and e.date_precision == "year" for e in annex)


def test_seed_georgia_is_the_country(seed_run):
    article, _, mentions = seed_run
    georgia = [m for m in mentions if m.text == "Georgia"]
    assert georgia and all(m.actor.country_iso3 == "GEO" for m in georgia)


def test_seed_weekday_dates(seed_run):
    _, events, _ = seed_run
    geneva = [e for e in events if "Geneva" in e.sentence and e.cameo_root == "04" and e.modality is Modality.ASSERTED]
    assert geneva and {e.event_date for e in geneva} == {date(2022, 1, 10)}
    vienna = [e for e in events if "Vienna on Friday" in e.sentence and e.modality is Modality.FUTURE]
    assert vienna and all(e.event_date == date(2022, 1, 14) for e in vienna)


def test_seed_events_point_at_their_sentence(seed_run):
    article, events, _ = seed_run
    assert events
    for e in events:
        assert article.text[e.span_start:e.span_end] == e.sentence
        for s_index, start, end in e.evidence:
            assert 0 <= start < end <= len(article.text)


def test_seed_meetings_are_placed_where_they_met(seed_run):
    _, events, _ = seed_run
    places = {(e.cameo_root, e.modality, e.location.name if e.location else None)
              for e in events if e.cameo_root == "04"}
    assert ("04", Modality.ASSERTED, "Geneva") in places
    assert ("04", Modality.FUTURE, "Vienna") in places
    assert ("04", Modality.ASSERTED, "Brussels") in places
    located = [e.location for e in events if e.location and e.location.latitude is not None]
    assert all(e.geonameid for e in located)
