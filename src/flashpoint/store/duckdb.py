"""An embedded DuckDB store for coded articles, events and drops.

One file, no server. Tables and column types are defined in :mod:`flashpoint.store.schema`.
Writes are idempotent: ``article_id`` and ``event_id`` are primary keys and inserts skip rows
that are already there, so ingesting the same input twice adds nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb

from flashpoint.errors import StoreError
from flashpoint.store import schema
from flashpoint.types import Article, Drop, Event

log = logging.getLogger(__name__)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


class EventStore:
    """A DuckDB database holding the ``articles``, ``events`` and ``drops`` tables.

    Use it as a context manager; the connection closes on exit. The tables are created when
    missing. ``path`` may be ``":memory:"`` for a throwaway store.

    Args:
        path: database file; created when absent (its folder must exist).

    Raises:
        StoreError: [FP501] the file is not a DuckDB database, is locked by another process,
            or cannot be created; [FP502] it holds tables whose columns differ from the schema.
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self._con = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise StoreError(f"[FP501] cannot open database {self.path}: {_first_line(exc)}") from exc
        try:
            for statement in schema.create_statements():
                self._con.execute(statement)
            self._check_columns()
        except StoreError:
            self._con.close()
            raise
        except duckdb.Error as exc:
            self._con.close()
            raise StoreError(f"[FP501] cannot open database {self.path}: {_first_line(exc)}") from exc

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection, for read queries."""
        return self._con

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        self._con.close()

    def _check_columns(self) -> None:
        for table in schema.TABLES:
            found = tuple(
                row[0]
                for row in self._con.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            )
            if found != schema.column_names(table):
                raise StoreError(
                    f"[FP502] database {self.path} has a '{table}' table with other columns than "
                    "this version of flashpoint writes; use a new --db file"
                )

    def add(self, article: Article, events: Iterable[Event]) -> tuple[int, int]:
        """Store one article and its events in one transaction.

        Rows already present (same ``article_id`` / ``event_id``) are left as they are, and the
        events of an article that is already stored are not added again, so calling this twice
        adds nothing the second time, whatever dates the second coding gave. On failure the
        transaction is rolled back and what was stored before stays intact.

        Args:
            article: the cleaned article.
            events: its coded events; duplicates of one ``event_id`` keep the first.

        Returns:
            ``(new_articles, new_events)``: rows actually added, ``new_articles`` in {0, 1}.

        Raises:
            StoreError: [FP503] the rows could not be written.
        """
        con = self._con
        try:
            seen: set[str] = set()
            rows = []
            for event in events:
                if event.event_id in seen:
                    continue
                seen.add(event.event_id)
                rows.append(self._event_row(event))
            con.begin()
            added = con.execute(
                schema.insert_statement("articles") + " RETURNING article_id",
                self._article_row(article),
            ).fetchall()
            new_events = 0
            if rows and added:
                # an article stored before keeps the events it was stored with: re-ingesting
                # it (even with another --published default) adds nothing
                count = "SELECT count(*) FROM events WHERE article_id = ?"
                before = con.execute(count, [article.article_id]).fetchone()[0]
                con.executemany(schema.insert_statement("events"), rows)
                new_events = con.execute(count, [article.article_id]).fetchone()[0] - before
            con.commit()
        except (duckdb.Error, ValueError, TypeError) as exc:
            try:
                con.rollback()
            except duckdb.Error:
                pass
            raise StoreError(f"[FP503] cannot store article {article.article_id}: {_first_line(exc)}") from exc
        log.debug("stored article %s: %d new events", article.article_id, new_events)
        return len(added), new_events

    def add_drop(self, drop: Drop) -> None:
        """Record an input that could not be coded; a repeat only updates ``recorded_at``.

        Raises:
            StoreError: [FP503] the row could not be written.
        """
        row = [drop.item_id, drop.stage, drop.reason.value, drop.detail or "", _utc_now()]
        try:
            self._con.execute(
                schema.insert_statement(
                    "drops",
                    "(" + ", ".join(schema.DROP_KEY) + ") DO UPDATE SET recorded_at = excluded.recorded_at",
                ),
                row,
            )
        except duckdb.Error as exc:
            raise StoreError(f"[FP503] cannot record drop of {drop.item_id}: {_first_line(exc)}") from exc

    def counts(self) -> dict[str, int]:
        """Row counts per table: ``{"articles": n, "events": n, "drops": n}``."""
        return {
            table: self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in schema.TABLES
        }

    @staticmethod
    def _article_row(article: Article) -> list:
        row = [getattr(article, name) for name in schema.column_names("articles")[:-1]]
        row[schema.column_names("articles").index("published")] = _as_date(article.published)
        return row + [_utc_now()]

    @staticmethod
    def _event_row(event: Event) -> list:
        record = event.to_record()
        record["event_date"] = _as_date(record["event_date"])
        return [record[name] for name in schema.column_names("events")]
