"""WikiTimes Current Events scoring on hand-made summaries and events."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate.wikitimes import Summary, half_of, load_summaries, score_wikitimes
from flashpoint.types import Actor, Event, Modality, QuadClass

FRANCE = Actor("FRAGOV", country_iso3="FRA", sectors=("GOV",))
CHAD = Actor("TCDMIL", country_iso3="TCD", sectors=("MIL",))
COUNTRIES = {"France": "FRA", "Chad": "TCD", "Peru": "PER"}


def make_event(code: str, quad: QuadClass, source: Actor | None = None, target: Actor | None = None,
               modality: Modality = Modality.ASSERTED) -> Event:
    return Event(
        event_id=code, article_id="x", sentence_index=0, evidence=((0, 0, 1),), event_date=None,
        date_precision="unknown", source=source, target=target, cameo_code=code, plover_type=None,
        quad_class=quad, goldstein=0.0, modality=modality, sentence="s", trigger="t", span_start=0,
        span_end=1, rule=f"fake:{code}",
    )


def record(key: str, category: str, text: str = "Something happens.", entities=()) -> dict:
    return {"id": key, "date": "2015-09-03", "description": text, "category": {"id": "1", "name": category},
            "belongsToStory": None, "entity": [{"name": n, "wikiURL": ""} for n in entities]}


def write(path, rows) -> str:
    path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return path


def test_load_reads_records_and_trims_the_link_residue(tmp_path):
    rows = [record("10", "Sports", "A club wins the cup. , ", ["France"]), record("11", "Politics")]
    summaries = load_summaries(write(tmp_path / "w.json", rows))
    assert summaries[0] == Summary("10", date(2015, 9, 3), "A club wins the cup.", "Sports", ("France",))
    assert summaries[0].article().published == date(2015, 9, 3)
    assert [half_of(s) for s in summaries] == ["even", "odd"]


@pytest.mark.parametrize("content, message", [
    ('[{"id": "1",\n "date": }]', r"w\.json:2: not JSON"),
    ('{"id": "1"}', "not a JSON list"),
    (json.dumps([record("1", "Sports"), {"id": "7", "date": "2015-09-31"}]), r"record 2 \(id 7\)"),
    (json.dumps([record("1", "Sports", text="  ")]), r"record 1 \(id 1\).*empty"),
])
def test_load_names_the_line_or_record_of_bad_input(tmp_path, content, message):
    path = tmp_path / "w.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_summaries(path)


def test_load_of_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="FP600"):
        load_summaries(tmp_path / "absent.json")


def test_score_counts_each_measure_once_per_summary(tmp_path):
    rows = [
        record("1", "War_Conflict", entities=["France", "Chad", "Mali Air Force"]),
        record("2", "War_Conflict", entities=["Peru"]),
        record("3", "International_Relation", entities=["France"]),
        record("4", "Sports"),
        record("5", "Disaster_Accident"),
    ]
    summaries = load_summaries(write(tmp_path / "w.json", rows))
    events = [
        [make_event("190", QuadClass.MATERIAL_CONFLICT, FRANCE, CHAD), make_event("193", QuadClass.MATERIAL_CONFLICT)],
        [make_event("141", QuadClass.VERBAL_CONFLICT, modality=Modality.FUTURE)],
        [make_event("036", QuadClass.VERBAL_COOPERATION, FRANCE, modality=Modality.HYPOTHETICAL)],
        [make_event("182", QuadClass.MATERIAL_CONFLICT, modality=Modality.NEGATED)],
        [make_event("190", QuadClass.MATERIAL_CONFLICT)],
    ]
    score = score_wikitimes(summaries, events, COUNTRIES.get)
    assert (score.conflict_asserted.hits, score.conflict_any.hits, score.conflict_any.total) == (1, 2, 2)
    assert (score.relations_asserted.hits, score.relations_any.hits) == (0, 1)
    assert (score.false_alarms.hits, score.false_alarms.total) == (1, 2)   # the negated assault is no alarm
    assert (score.actor_recall.hits, score.actor_recall.total) == (3, 4)   # FRA, TCD, FRA found; PER not
    war = next(c for c in score.categories if c.category == "War_Conflict")
    assert (war.summaries, war.asserted, war.material_conflict, war.mean_events) == (2, 1, 1, 1.5)
    assert score.categories[0].category == "War_Conflict"
    assert score.as_dict()["quiet_false_alarms"]["rate"] == 0.5
    with pytest.raises(ValueError):
        score_wikitimes(summaries, events[:2], COUNTRIES.get)
