"""``flashpoint eval`` wiring with a stand-in pipeline: JSON output, tables, one-line errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from flashpoint.cli.main import app
from flashpoint.types import Actor, Event, Modality, QuadClass

GOLD = [
    {"id": "g1", "date": "2010-10-10", "event": "DEMAND", "text": "Freedonia demanded answers from Sylvania.",
     "source": [{"code": "FRD", "sector": "GOV"}], "target": [{"code": "SYL"}]},
    {"id": "g2", "date": "2010-10-10", "event": "AGREE", "text": "Nobody agreed on anything.",
     "source": [{"code": "SYL"}], "target": ""},
]


class StandInPipeline:
    """Codes a REQUEST from FRDGOV to SYL when the text says "demanded", nothing otherwise."""

    def __init__(self, model=None, actor_files=()):
        pass

    def code_article(self, article):
        if "demanded" not in article.text:
            return []
        return [Event(
            event_id="e", article_id=article.article_id, sentence_index=0, evidence=((0, 0, 1),),
            event_date=article.published, date_precision="day", source=Actor("FRDGOV", country_iso3="FRD"),
            target=Actor("SYL", country_iso3="SYL"), cameo_code="100", plover_type="REQUEST",
            quad_class=QuadClass.VERBAL_CONFLICT, goldstein=-5.0, modality=Modality.ASSERTED,
            sentence=article.text, trigger="demanded", span_start=0, span_end=len(article.text), rule="stand-in",
        )]


@pytest.fixture
def stand_in(monkeypatch):
    import flashpoint.pipeline

    monkeypatch.setattr(flashpoint.pipeline, "Pipeline", StandInPipeline)


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("key, expected", [("event_type_plover_0_8", 1), ("records_with_no_event_coded", 1)])
def test_eval_cli_plover_json(stand_in, gold_file, key, expected):
    result = CliRunner().invoke(app, ["eval", "plover", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    value = json.loads(result.stdout)[key]
    assert (value["hits"] if isinstance(value, dict) else value) == expected


@pytest.mark.parametrize("fragment", ["50.0% (1/2)"])
def test_eval_cli_plover_table(stand_in, gold_file, fragment):
    result = CliRunner().invoke(app, ["eval", "plover", str(gold_file)], terminal_width=160)
    assert result.exit_code == 0 and fragment in result.stdout


@pytest.mark.parametrize("command, args", [
    ("plover", ["missing.jsonl"]),
    ("petrarch", ["missing.xml"]),
    ("plover", ["GOLD", "--actors", "no-such.actors.txt"]),
])
def test_eval_cli_errors_one_line(stand_in, gold_file, command, args):
    args = [str(gold_file) if a == "GOLD" else a for a in args]
    result = CliRunner().invoke(app, ["eval", command, *args])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
