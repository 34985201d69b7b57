"""DuckDB table layout for articles, events and drops (the one place that defines it).

The ``events`` columns are exactly the event record (README, "What it does"), in
the order of :data:`flashpoint.types.EVENT_FIELDS`, under the same names. The ``articles``
columns are :data:`flashpoint.types.ARTICLE_FIELDS` plus ``ingested_at``. ``drops`` keeps
every input that could not be coded (:class:`flashpoint.types.Drop`) with the time it was
last seen.

Type choices:
    * CAMEO event and actor codes are VARCHAR, never integers ("036" keeps its zero).
    * ``event_date`` and ``published`` are DATE (read back as ``YYYY-MM-DD``).
    * ``evidence`` is ``INTEGER[][]``: one ``[sentence_index, span_start, span_end]`` triple per
      sentence that states the event; spans are half-open character offsets into the
      article's ``text``.
    * ``ingested_at`` and ``recorded_at`` are TIMESTAMP holding UTC wall time (no zone).
"""

from __future__ import annotations

#: ``(column, DuckDB type)`` of the ``events`` table, in EVENT_FIELDS order.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR NOT NULL"),
    ("sentence_index", "INTEGER"),
    ("evidence", "INTEGER[][]"),
    ("event_date", "DATE"),
    ("date_precision", "VARCHAR"),
    ("source_code", "VARCHAR"),
    ("target_code", "VARCHAR"),
    ("source_name", "VARCHAR"),
    ("target_name", "VARCHAR"),
    ("source_country", "VARCHAR"),
    ("target_country", "VARCHAR"),
    ("cameo_code", "VARCHAR NOT NULL"),
    ("cameo_root", "VARCHAR"),
    ("plover_type", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("modality", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("latitude", "DOUBLE"),
    ("longitude", "DOUBLE"),
    ("geonameid", "BIGINT"),
    ("sentence", "VARCHAR"),
    ("trigger", "VARCHAR"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("rule", "VARCHAR"),
    ("story_id", "VARCHAR"),
    ("num_articles", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("num_mentions", "INTEGER"),
)

#: ``(column, DuckDB type)`` of the ``articles`` table: ARTICLE_FIELDS, then ``ingested_at``.
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR PRIMARY KEY"),
    ("source_path", "VARCHAR"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("published", "DATE"),
    ("credit", "VARCHAR"),
    ("language", "VARCHAR"),
    ("story_id", "VARCHAR"),
    ("text", "VARCHAR NOT NULL"),
    ("ingested_at", "TIMESTAMP NOT NULL"),
)

#: ``(column, DuckDB type)`` of the ``drops`` table. One row per distinct
#: ``(item_id, stage, reason, detail)``; ``recorded_at`` is the last time it was seen.
DROP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("item_id", "VARCHAR NOT NULL"),
    ("stage", "VARCHAR NOT NULL"),
    ("reason", "VARCHAR NOT NULL"),
    ("detail", "VARCHAR NOT NULL"),
    ("recorded_at", "TIMESTAMP NOT NULL"),
)

DROP_KEY: tuple[str, ...] = ("item_id", "stage", "reason", "detail")

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": ARTICLE_COLUMNS,
    "events": EVENT_COLUMNS,
    "drops": DROP_COLUMNS,
}

def column_names(table: str) -> tuple[str, ...]:
    """Column names of ``table`` ("articles", "events" or "drops"), in table order."""
    return tuple(name for name, _ in TABLES[table])


def create_statements() -> list[str]:
    """``CREATE TABLE IF NOT EXISTS`` statements for every table, in dependency order."""
    statements = []
    for table, columns in TABLES.items():
        body = ", ".join(f'"{name}" {kind}' for name, kind in columns)
        if table == "drops":
            body += ", PRIMARY KEY (" + ", ".join(DROP_KEY) + ")"
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    return statements


def insert_statement(table: str, on_conflict: str = "DO NOTHING") -> str:
    """Parameterised ``INSERT`` for every column of ``table`` with the given conflict clause."""
    names = column_names(table)
    cols = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT {on_conflict}"
