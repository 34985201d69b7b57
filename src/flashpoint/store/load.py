"""Code a stream of articles and load the results into an :class:`EventStore`.

This is the loop behind ``flashpoint ingest``; the CLI only parses flags and prints. One bad
article never stops the batch: an exception while coding or storing it becomes a
:class:`~flashpoint.types.Drop` with reason ``ERROR`` and the loop goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from flashpoint.errors import StoreError
from flashpoint.types import Article, Drop, DropReason, Event

log = logging.getLogger(__name__)

#: Articles handed to ``Pipeline.run`` at a time; a failure re-codes only this many one by one.
CHUNK = 16


class ArticleCoder(Protocol):
    """What the loop needs from :class:`flashpoint.pipeline.Pipeline`."""

    def run(self, articles: Iterable[Article], batch: int = ...) -> Iterator[tuple[Article, list[Event]]]: ...

    def code_article(self, article: Article) -> list[Event]: ...


class StoreLike(Protocol):
    """What the loop needs from the store (see :class:`flashpoint.store.duckdb.EventStore`)."""

    def add(self, article: Article, events: Iterable[Event]) -> tuple[int, int]: ...

    def add_drop(self, drop: Drop) -> None: ...


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """Counts of one ingest run.

    ``articles_read`` counts articles that reached the coder; ``articles_coded`` those coded
    and stored without error (new or already present); ``drops`` every input that was not
    coded, in the order met (reader drops and coding/storing errors).
    """

    articles_read: int
    articles_coded: int
    new_articles: int
    events_coded: int
    new_events: int
    drops: tuple[Drop, ...]

    def line(self) -> str:
        """One human line: ``12 articles read, 10 new, 31 events stored, 2 dropped``."""
        return (
            f"{self.articles_read} article{'s' if self.articles_read != 1 else ''} read, {self.new_articles} new, "
            f"{self.new_events} events stored, {len(self.drops)} dropped"
        )


def _item_id(article: Article) -> str:
    return article.source_path or article.url or article.article_id


def _error_drop(article: Article, stage: str, exc: BaseException) -> Drop:
    text = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
    return Drop(_item_id(article), stage, DropReason.ERROR, detail)


def code_safely(
    coder: ArticleCoder, articles: Iterable[Article], chunk: int = CHUNK
) -> Iterator[tuple[Article, list[Event] | None, BaseException | None]]:
    """Code articles with ``coder.run``; isolate failures to the article that caused them.

    Articles go to ``coder.run`` ``chunk`` at a time. When the run fails inside a chunk, the
    articles of that chunk not yet yielded are coded one by one with ``coder.code_article``;
    one that fails again is yielded with its exception.

    Yields:
        ``(article, events, None)`` on success, ``(article, None, exception)`` on failure, in
        input order.
    """
    batch: list[Article] = []

    def flush() -> Iterator[tuple[Article, list[Event] | None, BaseException | None]]:
        done = 0
        try:
            for article, events in coder.run(batch, batch=len(batch)):
                yield article, list(events), None
                done += 1
        except Exception as exc:  # noqa: BLE001 - isolated and reported per article below
            log.warning("batch coding failed (%s); coding %d articles one by one",
                        type(exc).__name__, len(batch) - done)
            for article in batch[done:]:
                try:
                    yield article, list(coder.code_article(article)), None
                except Exception as one_exc:  # noqa: BLE001 - becomes a Drop
                    yield article, None, one_exc

    for article in articles:
        batch.append(article)
        if len(batch) >= chunk:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def load(
    items: Iterable[Article | Drop],
    coder: ArticleCoder,
    store: StoreLike,
    progress: Callable[[int], None] | None = None,
    chunk: int = CHUNK,
) -> LoadSummary:
    """Code articles and store articles, events and drops.

    Args:
        items: reader output: articles to code and drops to record.
        coder: a :class:`flashpoint.pipeline.Pipeline` or anything with ``run`` and
            ``code_article``.
        store: an :class:`~flashpoint.store.duckdb.EventStore` (or a fake with ``add`` and
            ``add_drop``).
        progress: called with 1 after each article is handled.
        chunk: articles per ``coder.run`` call.

    Returns:
        The run's counts and drops. Drops with reason ``ERROR`` use stage ``"coding"`` for
        a coder exception and ``"store"`` for a database error.

    Raises:
        StoreError: a drop itself cannot be recorded (the database is unusable).
    """
    drops: list[Drop] = []

    def articles_only() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Drop):
                store.add_drop(item)
                drops.append(item)
            else:
                yield item

    read = coded = new_articles = events_coded = new_events = 0
    for article, events, exc in code_safely(coder, articles_only(), chunk):
        read += 1
        if exc is not None:
            drop = _error_drop(article, "coding", exc)
        else:
            try:
                added_article, added_events = store.add(article, events)
            except StoreError as store_exc:
                drop = _error_drop(article, "store", store_exc)
            else:
                drop = None
                coded += 1
                new_articles += added_article
                new_events += added_events
                events_coded += len(events)
        if drop is not None:
            log.warning("dropped %s", drop.message())
            store.add_drop(drop)
            drops.append(drop)
        if progress is not None:
            progress(1)
    return LoadSummary(read, coded, new_articles, events_coded, new_events, tuple(drops))
