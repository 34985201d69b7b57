"""GLOCON protest-detection scoring on hand-made records and events."""

from __future__ import annotations

import json

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate.glocon import (
    Detection, half_of, is_contentious, is_protest, load_labelled, score_detection,
)
from flashpoint.types import Actor, Event, Modality, QuadClass

POLICE = Actor("ZAFCOP", country_iso3="ZAF", sectors=("COP",))
REBELS = Actor("REB", sectors=("REB",))


def make_event(code: str, source: Actor | None, modality: Modality = Modality.ASSERTED) -> Event:
    return Event(
        event_id=code, article_id="x", sentence_index=0, evidence=((0, 0, 1),), event_date=None,
        date_precision="unknown", source=source, target=None, cameo_code=code, plover_type=None,
        quad_class=QuadClass.MATERIAL_CONFLICT, goldstein=-5.0, modality=modality, sentence="s",
        trigger="t", span_start=0, span_end=1, rule=f"fake:{code}",
    )


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_keeps_labels_0_and_1_and_splits_by_url(tmp_path):
    rows = [{"id": str(i), "url": f"doc{i}.txt", "sentence": f"s{i}", "label": i % 3} for i in range(40)]
    path = write(tmp_path / "s.json", rows)
    everything = load_labelled(path, "sentence")
    assert {r.label for r in everything} == {0, 1}
    assert len(everything) == len([r for r in rows if r["label"] != 2])
    dev, test = load_labelled(path, "sentence", "dev"), load_labelled(path, "sentence", "test")
    assert dev and test and len(dev) + len(test) == len(everything)
    assert all(half_of(r.url) == "dev" for r in dev)


def test_load_names_the_file_and_line_of_a_bad_record(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"id": 1, "url": "u", "sentence": "s", "label": 0}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"s\.json:2"):
        load_labelled(path, "sentence")
    with pytest.raises(InputError, match="no such file"):
        load_labelled(tmp_path / "absent.json", "sentence")


@pytest.mark.parametrize("event, protest, contentious", [
    (make_event("141", None, Modality.FUTURE), True, True),      # "the party will march"
    (make_event("141", None, Modality.HYPOTHETICAL), True, True),
    (make_event("143", None, Modality.NEGATED), False, False),    # "the union did not strike"
    (make_event("193", POLICE), False, False),                    # police firing is state violence
    (make_event("190", REBELS), False, True),
    (make_event("190", None), False, True),                       # an unclaimed attack
    (make_event("190", REBELS, Modality.HYPOTHETICAL), False, False),
    (make_event("042", REBELS), False, False),
])
def test_predictions(event, protest, contentious):
    assert is_protest(event) is protest
    assert is_contentious(event) is contentious


def test_score_counts_each_record_once(tmp_path):
    rows = [{"id": str(i), "url": "u", "sentence": "s", "label": lab} for i, lab in enumerate([1, 1, 0, 0])]
    records = load_labelled(write(tmp_path / "s.json", rows), "sentence")
    events = [[make_event("141", None), make_event("145", None)], [], [make_event("141", None)], []]
    score = score_detection(records, events, is_protest)
    assert (score.true_pos, score.false_neg, score.false_pos, score.true_neg) == (1, 1, 1, 1)
    assert score.precision == 0.5 and score.recall == 0.5
    with pytest.raises(ValueError):
        score_detection(records, events[:2], is_protest)


@pytest.mark.parametrize("counts, f1", [
    ((1, 1, 1, 1), 0.5),
    ((0, 2, 3, 1), 0.0),      # predictions and gold, none of them right
    ((0, 0, 3, 1), None),     # nothing predicted: precision undefined
    ((0, 2, 0, 1), None),     # nothing gold: recall undefined
    ((4, 0, 0, 0), 1.0),
])
def test_f1_is_zero_when_defined_and_nothing_is_right(counts, f1):
    assert Detection(*counts).f1 == f1
