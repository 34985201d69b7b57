"""`flashpoint articles` and the CLI helpers it shares with the other commands."""

from __future__ import annotations

import json
from datetime import date

import pytest
import typer
from conftest import REPO
from typer.testing import CliRunner

from flashpoint.cli.common import exit_code, parse_published, report_drops
from flashpoint.cli.main import app
from flashpoint.types import ARTICLE_FIELDS, Drop, DropReason

DATA = REPO / "tests" / "data" / "ingest"
EXAMPLES = REPO / "src" / "flashpoint" / "examples"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text("Envoys meet in Geneva\n\nThe envoys met in Geneva on Monday.\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("n_coded", "n_dropped", "expected"),
    [(3, 0, 0), (0, 0, 3), (2, 1, 1), (0, 2, 3)],
)
def test_cli_exit_code(n_coded, n_dropped, expected):
    assert exit_code(n_coded, n_dropped) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), ("2022-01-12", date(2022, 1, 12)),
     ("2022-01-12T23:30:00-05:00", date(2022, 1, 13)), ("2022-01-12T10:00:00Z", date(2022, 1, 12))],
)
def test_cli_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2022-13-45", "12/01/2022", "tomorrow"])
def test_cli_parse_published_rejects(value):
    with pytest.raises(typer.BadParameter):
        parse_published(value)


def test_cli_report_drops(capsys):
    drops = [Drop("a.txt", "ingest.text.v1", DropReason.MISSING, "no such file or directory"),
             Drop("b.jsonl:3", "ingest.jsonl.v1", DropReason.MALFORMED)]
    assert report_drops(drops) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "flashpoint: a.txt: missing: no such file or directory",
        "flashpoint: b.jsonl:3: malformed",
    ]


def test_articles_jsonl_records(runner, good):
    result = runner.invoke(app, ["articles", good, "--format", "jsonl", "--published", "2022-01-12"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert tuple(record) == ARTICLE_FIELDS
    assert record["published"] == "2022-01-12"
    assert record["title"] == "Envoys meet in Geneva"
    assert record["story_id"] == record["article_id"]
    assert record["text"] == "Envoys meet in Geneva\n\nThe envoys met in Geneva on Monday."


def test_articles_table(runner, good):
    result = runner.invoke(app, ["articles", good])
    assert result.exit_code == 0, result.output
    assert "Envoys meet in Geneva" in result.stdout
    assert "article_id" in result.stdout


@pytest.mark.parametrize(
    ("extra", "expected_code", "n_drop_lines"),
    [
        ([], 0, 0),
        (["missing.txt"], 1, 1),
        ([str(DATA / "records.jsonl")], 1, 2),
    ],
)
def test_articles_exit_codes_with_good_input(runner, good, extra, expected_code, n_drop_lines):
    result = runner.invoke(app, ["articles", good, *extra, "--format", "jsonl"])
    assert result.exit_code == expected_code
    drop_lines = [line for line in result.stderr.splitlines() if line.startswith("flashpoint: ")]
    assert len(drop_lines) == n_drop_lines


@pytest.mark.parametrize("inputs", [["missing.txt"], ["missing.txt", str(DATA / "no_text_column.csv")]])
def test_articles_exit_3_when_nothing_read(runner, inputs):
    result = runner.invoke(app, ["articles", *inputs])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == len(inputs)
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--format", "xml"], "--format"),
        (["--published", "2022-13-45"], "--published"),
        (["--published", "soon"], "--published"),
        (["--bogus"], "--bogus"),
    ],
)
def test_articles_usage_errors_exit_2_with_one_line(runner, good, args, needle):
    result = runner.invoke(app, ["articles", good, *args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("flashpoint: error:")
    assert result.stdout == ""


def test_articles_stdin(runner):
    data = '{"id": "s1", "text": "Troops left the town.", "published": "2021-06-01"}\n'
    result = runner.invoke(app, ["articles", "-", "--format", "jsonl"], input=data)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["article_id"], record["source_path"], record["published"]) == ("s1", "-", "2021-06-01")


def test_articles_demo_examples(runner):
    result = runner.invoke(app, ["articles", str(EXAMPLES), "--format", "jsonl", "--published", "2022-01-10"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 3
    for record in records:
        words = len(record["text"].split())
        assert 150 <= words <= 400, (record["article_id"], words)
        assert record["published"] and record["language"] == "en" and record["title"]
    scraped = [r for r in records if r["source_path"].endswith(".txt")]
    assert scraped and all(r["credit"] for r in scraped)
    assert all("LEAVE A REPLY" not in r["text"] and "Share" not in r["text"] for r in scraped)


@pytest.mark.parametrize(("args", "expected_code"), [(["articles", "--help"], 0), ([], 2)])
def test_cli_help_pages_still_shown(runner, args, expected_code):
    result = runner.invoke(app, args)
    assert result.exit_code == expected_code
    assert "Usage" in result.output
