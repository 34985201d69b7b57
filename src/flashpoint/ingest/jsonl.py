"""Reader for JSON Lines: one article per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from flashpoint.ingest.dates import parse_record_date, warn_unreadable_date
from flashpoint.ingest.records import build_article
from flashpoint.types import Article, Drop, DropReason


STAGE = "ingest.jsonl.v1"


def read_jsonl(source_path: str, text: str, published: date | None = None) -> Iterator[Article | Drop]:
    """Read JSON Lines, one article object per line.

    Fields: ``text`` (required), ``id`` (becomes ``article_id``), ``title``, ``url``,
    ``source``, ``published`` (or ``date``: an ISO date or datetime, converted to a UTC
    day; other written forms via dateparser). A record's own date wins over the
    ``published`` default; an unreadable date falls back to the default. Blank lines are
    skipped. One bad line never stops the others.

    Args:
        source_path: the path as given (``"-"`` for standard input).
        text: the decoded file content.
        published: the default publication date, or None.

    Yields:
        One ``Article`` per good line; a ``Drop`` with item id ``"<path>:<line>"``
        (1-based) and ``DropReason.MALFORMED`` for a line that is not a JSON object or
        has no string ``text``, ``DropReason.EMPTY`` for one whose text is empty after
        cleaning, and one ``DropReason.EMPTY`` drop for a file without any record.
    """
    n_records = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        n_records += 1
        item_id = f"{source_path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Drop(item_id, STAGE, DropReason.MALFORMED, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Drop(item_id, STAGE, DropReason.MALFORMED, "not a JSON object")
            continue
        own_date = record.get("published", record.get("date"))
        day = parse_record_date(own_date)
        if day is None and own_date not in (None, ""):
            warn_unreadable_date(item_id, own_date, published)
        yield build_article(
            item_id=item_id,
            stage=STAGE,
            text=record.get("text"),
            source_path=source_path,
            record_id=record.get("id"),
            title=record.get("title"),
            url=record.get("url"),
            source=record.get("source"),
            published=day or published,
        )
    if n_records == 0:
        yield Drop(source_path, STAGE, DropReason.EMPTY, "no records")
