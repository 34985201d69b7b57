"""Report formatting: JSON numbers and tables mirror the score objects without recomputing."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from flashpoint.evaluate.metrics import Ratio, confusions, ratio, top_confusions
from flashpoint.evaluate.plover import PloverScore
from flashpoint.evaluate.report import confusion_table, plover_json, plover_rows, score_table


def _score(type_hits: int) -> PloverScore:
    return PloverScore(
        records=5, no_event=1, event_type=Ratio(type_hits, 5), source_country=Ratio(2, 4),
        target_country=Ratio(0, 0), source_sector=Ratio(1, 2), target_sector=Ratio(0, 1),
        triple=Ratio(1, 5), confusion=confusions([("AGREE", "AGREE"), ("AGREE", "REJECT"), ("ACCUSE", "NONE")]),
        outcomes=(),
    )


@pytest.mark.parametrize("flags, expected", [([True, None, False, True], (2, 3)), ([None], (0, 0)), ([], (0, 0))])
def test_eval_ratio_skips_unscored(flags, expected):
    r = ratio(flags)
    assert (r.hits, r.total) == expected
    assert r.value == (expected[0] / expected[1] if expected[1] else None)


@pytest.mark.parametrize("hits", [0, 3])
def test_eval_report_json_mirrors_score(hits):
    out = json.loads(json.dumps(plover_json(_score(hits))))
    assert out["event_type_plover_0_8"] == {"hits": hits, "total": 5, "value": hits / 5}
    assert out["target_country"]["value"] is None
    assert {"gold": "ACCUSE", "predicted": "NONE", "count": 1} in out["confusion"]


@pytest.mark.parametrize("n", [1, 10])
def test_eval_report_top_confusions_skip_diagonal(n):
    rows = top_confusions(_score(1).confusion, n)
    assert all(g != p for g, p, _ in rows) and len(rows) == min(n, 2)


@pytest.mark.parametrize("hits", [4])
def test_eval_report_tables_render(hits):
    console = Console(width=120, record=True)
    console.print(score_table("t", plover_rows(_score(hits))))
    console.print(confusion_table("c", _score(hits).confusion))
    text = console.export_text()
    assert "80.0% (4/5)" in text and "n/a" in text and "REJECT" in text
