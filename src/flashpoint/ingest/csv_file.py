"""Reader for CSV files with a header row and one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from datetime import date

from flashpoint.ingest.dates import parse_record_date, warn_unreadable_date
from flashpoint.ingest.records import build_article
from flashpoint.types import Article, Drop, DropReason

STAGE = "ingest.csv.v1"

#: Article texts can be far longer than the csv module's default 128 KiB field limit.
FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def _column(header: dict[str, str], *names: str) -> str | None:
    for name in names:
        if name in header:
            return header[name]
    return None


def read_csv(source_path: str, text: str, published: date | None = None) -> Iterator[Article | Drop]:
    """Read a CSV file with a header row, one article per row.

    Columns (matched case-insensitively): ``text`` (required), ``id``, ``title``, ``url``,
    ``date`` or ``published``, ``source``. Other columns, including an unnamed index
    column, are ignored. A row's own date wins over the ``published`` default.

    Args:
        source_path: the path as given.
        text: the decoded file content.
        published: the default publication date, or None.

    Yields:
        One ``Article`` per good row; ``Drop`` s with item id ``"<path>:<line>"``
        (the 1-based line where the row ends) for rows without text
        (``DropReason.MALFORMED``) or with nothing left after cleaning
        (``DropReason.EMPTY``); a single file-level ``DropReason.MALFORMED`` drop when
        there is no ``text`` column or the CSV cannot be parsed from some line on.
    """
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        names = next(reader)
    except StopIteration:
        yield Drop(source_path, STAGE, DropReason.EMPTY, "empty file")
        return
    except csv.Error as exc:
        yield Drop(source_path, STAGE, DropReason.MALFORMED, f"not a readable CSV header ({exc})")
        return
    header = {name.strip().lower(): name for name in names if name.strip()}
    index = {name: i for i, name in enumerate(names)}
    text_col = _column(header, "text")
    if text_col is None:
        yield Drop(source_path, STAGE, DropReason.MALFORMED, "no 'text' column in the header")
        return
    cols = {
        "id": _column(header, "id"),
        "title": _column(header, "title"),
        "url": _column(header, "url"),
        "date": _column(header, "date", "published"),
        "source": _column(header, "source"),
    }

    def cell(row: list[str], col: str | None) -> str | None:
        if col is None or index[col] >= len(row):
            return None
        return row[index[col]]

    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            item_id = f"{source_path}:{reader.line_num}"
            yield Drop(item_id, STAGE, DropReason.MALFORMED, f"CSV stops parsing here ({exc})")
            return
        if not any(field.strip() for field in row):
            continue
        item_id = f"{source_path}:{reader.line_num}"
        own_date = cell(row, cols["date"])
        day = parse_record_date(own_date)
        if day is None and own_date:
            warn_unreadable_date(item_id, own_date, published)
        yield build_article(
            item_id=item_id,
            stage=STAGE,
            text=cell(row, text_col),
            source_path=source_path,
            record_id=cell(row, cols["id"]),
            title=cell(row, cols["title"]),
            url=cell(row, cols["url"]),
            source=cell(row, cols["source"]),
            published=day or published,
        )
