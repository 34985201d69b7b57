"""``flashpoint ingest`` end to end: files in, DuckDB rows out, counts conserved, reruns idempotent."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from typer.testing import CliRunner

from flashpoint.cli.main import app
from flashpoint.types import Actor, Article, Event, Modality, QuadClass

NEWS = (
    "Border talks collapse\n\n"
    "Russia accused Ukraine on Monday of shelling villages near the border. "
    "The Ukrainian government rejected the claim and said it had not fired a single shot.\n\n"
    "Later, the French president met the German chancellor in Paris to discuss the crisis.\n"
)


def _count(db, table: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


class FakePipeline:
    """Stands in for Pipeline: one event per " met " in the text; "CRASH" raises."""

    def __init__(self, model=None, actor_files=()):
        self.model = model

    def code_article(self, article: Article) -> list[Event]:
        if "CRASH" in article.text:
            raise ValueError("cannot code this")
        n = article.text.count(" met ")
        return [
            Event(
                event_id=f"{article.article_id}:{i}", article_id=article.article_id, sentence_index=i,
                evidence=((i, 0, 1),), event_date=article.published, date_precision="day",
                source=Actor("FRAGOV", country_iso3="FRA"), target=Actor("DEUGOV", country_iso3="DEU"),
                cameo_code="040", plover_type="CONSULT", quad_class=QuadClass.VERBAL_COOPERATION,
                goldstein=1.0, modality=Modality.ASSERTED, sentence="", trigger="met",
                span_start=0, span_end=1, rule="fake",
            )
            for i in range(n)
        ]

    def run(self, articles, batch=16):
        for article in articles:
            yield article, self.code_article(article)


@pytest.fixture
def fake_pipeline(monkeypatch):
    import flashpoint.pipeline

    monkeypatch.setattr(flashpoint.pipeline, "Pipeline", FakePipeline)


@pytest.mark.parametrize("texts, missing, expected_exit, expected_events", [
    (["A met B.\nC met D.\n", "nothing here\n"], False, 0, 2),
    (["A met B.\n"], True, 1, 1),
    (["CRASH\n"], False, 3, 0),
])
def test_ingest_cli_counts_and_exit_codes(tmp_path, fake_pipeline, texts, missing, expected_exit, expected_events):
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    if missing:
        paths.append(str(tmp_path / "absent.txt"))
    db = tmp_path / "out.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", *paths, "--db", str(db), "--published", "2021-06-01"])
    assert first.exit_code == expected_exit, first.output
    assert _count(db, "events") == expected_events
    assert _count(db, "drops") == int(missing) + sum("CRASH" in t for t in texts)
    second = runner.invoke(app, ["ingest", *paths, "--db", str(db), "--published", "2021-06-01"])
    assert second.exit_code == expected_exit
    assert ", 0 new, 0 events stored" in second.stdout
    assert _count(db, "events") == expected_events


@pytest.mark.parametrize("args, fragment", [
    (["--published", "yesterday-ish"], "--published"),
    (["--actors", "no-such-dictionary.txt"], "--actors"),
])
def test_ingest_cli_bad_flag_one_line(tmp_path, fake_pipeline, args, fragment):
    doc = tmp_path / "doc.txt"
    doc.write_text("A met B.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(doc), "--db", str(tmp_path / "x.duckdb"), *args])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and fragment in result.stderr


@pytest.mark.parametrize("content", [b"definitely not duckdb\n" * 20])
def test_ingest_cli_corrupt_db_one_line(tmp_path, fake_pipeline, content):
    doc = tmp_path / "doc.txt"
    doc.write_text("A met B.\n", encoding="utf-8")
    db = tmp_path / "broken.duckdb"
    db.write_bytes(content)
    result = CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "[FP501]" in result.stderr and "Traceback" not in result.output


@pytest.mark.model
@pytest.mark.parametrize("text", [NEWS])
def test_ingest_db_events_in_equal_events_stored(tmp_path, nlp, text):
    from flashpoint.ingest import read_inputs
    from flashpoint.pipeline import Pipeline

    doc = tmp_path / "news.txt"
    doc.write_text(text, encoding="utf-8")
    articles = [a for a in read_inputs([str(doc)], published=date(2022, 1, 12)) if isinstance(a, Article)]
    coded = {e.event_id for _, events in Pipeline(nlp=nlp).run(articles) for e in events}
    assert coded, "the coder found no event in the test text"

    db = tmp_path / "news.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(doc), "--db", str(db), "--published", "2022-01-12"])
    assert first.exit_code == 0, first.output
    assert (_count(db, "articles"), _count(db, "events")) == (1, len(coded))
    second = runner.invoke(app, ["ingest", str(doc), "--db", str(db), "--published", "2022-01-12"])
    assert second.exit_code == 0
    assert (_count(db, "articles"), _count(db, "events")) == (1, len(coded))
