"""The ingest loop: coding with failure isolation, counts, drops, idempotence (fake coder)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

from flashpoint.store.duckdb import EventStore
from flashpoint.store.load import code_safely, load
from flashpoint.types import Actor, Article, Drop, DropReason, Event, Modality, QuadClass


def _event(article: Article, n: int) -> Event:
    return Event(
        event_id=f"{article.article_id}-{n}",
        article_id=article.article_id,
        sentence_index=n,
        evidence=((n, 0, 1),),
        event_date=article.published,
        date_precision="day",
        source=Actor("ABC"),
        target=Actor("DEF"),
        cameo_code="042",
        plover_type="CONSULT",
        quad_class=QuadClass.VERBAL_COOPERATION,
        goldstein=1.9,
        modality=Modality.ASSERTED,
        sentence="x",
        trigger="visit",
        span_start=0,
        span_end=1,
        rule="fake",
    )


class FakeCoder:
    """Codes one event per word "visit" in the text; raises on texts containing "BOOM"."""

    def __init__(self):
        self.single_calls = 0

    def code_article(self, article: Article) -> list[Event]:
        self.single_calls += 1
        if "BOOM" in article.text:
            raise RuntimeError("coder exploded")
        return [_event(article, i) for i in range(article.text.count("visit"))]

    def run(self, articles: Iterable[Article], batch: int = 16):
        for article in articles:
            if "BOOM" in article.text:
                raise RuntimeError("coder exploded")
            yield article, [_event(article, i) for i in range(article.text.count("visit"))]


def _articles(texts: list[str]) -> list[Article]:
    return [Article(f"id{i}", t, source_path=f"doc{i}.txt", published=date(2020, 5, 1)) for i, t in enumerate(texts)]


@pytest.mark.parametrize("texts, chunk, failed", [
    (["visit", "BOOM", "visit visit", "nothing"], 2, [1]),
    (["BOOM", "BOOM visit", "visit"], 16, [0, 1]),
    (["visit", "visit"], 1, []),
])
def test_load_isolates_failing_articles(texts, chunk, failed):
    coder = FakeCoder()
    results = list(code_safely(coder, _articles(texts), chunk=chunk))
    assert [a.article_id for a, _, _ in results] == [f"id{i}" for i in range(len(texts))]
    assert [i for i, (_, events, exc) in enumerate(results) if exc is not None] == failed
    ok = [(a, ev) for a, ev, exc in results if exc is None]
    assert all(len(ev) == a.text.count("visit") for a, ev in ok)


@pytest.mark.parametrize("texts", [["visit here", "BOOM", "visit and visit"], ["no events"]])
def test_load_counts_conserved_and_rerun_adds_nothing(tmp_path, texts):
    reader_drop = Drop("gone.txt", "ingest", DropReason.MISSING, "no such file")
    items = [reader_drop, *_articles(texts)]
    expected_events = sum(t.count("visit") for t in texts if "BOOM" not in t)
    n_bad = sum("BOOM" in t for t in texts)
    with EventStore(tmp_path / "db.duckdb") as store:
        first = load(items, FakeCoder(), store, chunk=2)
        assert first.articles_read == len(texts)
        assert first.articles_coded == len(texts) - n_bad
        assert first.new_events == first.events_coded == expected_events
        assert store.counts()["events"] == expected_events
        assert [d.reason for d in first.drops] == [DropReason.MISSING] + [DropReason.ERROR] * n_bad
        second = load(items, FakeCoder(), store, chunk=2)
        assert (second.new_articles, second.new_events) == (0, 0)
        assert store.counts() == {
            "articles": len(texts) - n_bad, "events": expected_events, "drops": 1 + n_bad,
        }


@pytest.mark.parametrize("text", ["BOOM in the middle"])
def test_load_error_drop_names_the_input(tmp_path, text):
    with EventStore(":memory:") as store:
        summary = load(_articles([text]), FakeCoder(), store)
    (drop,) = summary.drops
    assert (drop.item_id, drop.stage, drop.reason) == ("doc0.txt", "coding", DropReason.ERROR)
    assert "RuntimeError: coder exploded" in drop.detail
