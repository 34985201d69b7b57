"""EventStore: schema, idempotent writes, drops, clear errors on unusable files."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import duckdb
import pytest

from flashpoint.errors import StoreError
from flashpoint.store import schema
from flashpoint.store.duckdb import EventStore
from flashpoint.types import (
    ARTICLE_FIELDS,
    EVENT_FIELDS,
    Actor,
    Article,
    Drop,
    DropReason,
    Event,
    Modality,
    QuadClass,
)

TEXT = "Ministers from Norland and Sudland met in Harbour City.\n\nThey agreed to talk again."


def _article(article_id: str = "art-1", text: str = TEXT) -> Article:
    return Article(article_id=article_id, text=text, title="Ministers meet", published=date(2021, 3, 4))


def _event(article_id: str, event_id: str, code: str = "036", sentence_index: int = 0) -> Event:
    return Event(
        event_id=event_id,
        article_id=article_id,
        sentence_index=sentence_index,
        evidence=((sentence_index, 0, 55), (1, 57, 83)),
        event_date=date(2021, 3, 4),
        date_precision="day",
        source=Actor("NORGOV", "Norland", "NOR", ("GOV",)),
        target=Actor("SUD", "Sudland", None),
        cameo_code=code,
        plover_type="CONSULT",
        quad_class=QuadClass.VERBAL_COOPERATION,
        goldstein=4.0,
        modality=Modality.ASSERTED,
        sentence=TEXT[:55],
        trigger="met",
        span_start=0,
        span_end=55,
        rule="test.rule",
    )


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "events.duckdb") as opened:
        yield opened


@pytest.mark.parametrize("table, expected", [("events", EVENT_FIELDS), ("articles", ARTICLE_FIELDS + ("ingested_at",))])
def test_store_columns_follow_the_event_record(store, table, expected):
    rows = store.connection.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    assert tuple(r[0] for r in rows) == expected == schema.column_names(table)


@pytest.mark.parametrize("n_events", [0, 1, 3])
def test_store_same_article_twice_adds_nothing(store, n_events):
    article = _article()
    events = [_event(article.article_id, f"ev{i}") for i in range(n_events)]
    assert store.add(article, events) == (1, n_events)
    before = store.counts()
    assert store.add(article, events) == (0, 0)
    assert store.counts() == before == {"articles": 1, "events": n_events, "drops": 0}


@pytest.mark.parametrize("ids, expected_new", [(["a", "a", "b"], 2), (["x"], 1)])
def test_store_duplicate_event_ids_in_one_call_kept_once(store, ids, expected_new):
    article = _article()
    assert store.add(article, [_event(article.article_id, i) for i in ids]) == (1, expected_new)


@pytest.mark.parametrize("column, expected", [
    ("cameo_code", "036"),
    ("cameo_root", "03"),
    ("event_date", date(2021, 3, 4)),
    ("evidence", [[0, 0, 55], [1, 57, 83]]),
    ("target_country", None),
    ("story_id", "art-1"),
    ("quad_class", 1),
])
def test_store_event_values_round_trip(store, column, expected):
    article = _article()
    store.add(article, [_event(article.article_id, "ev0")])
    value = store.connection.execute(f'SELECT "{column}" FROM events').fetchone()[0]
    assert value == expected


@pytest.mark.parametrize("detail", ["no such file", ""])
def test_store_drops_recorded_once_per_item(store, detail):
    drop = Drop("missing.txt", "ingest", DropReason.MISSING, detail)
    store.add_drop(drop)
    store.add_drop(drop)
    rows = store.connection.execute("SELECT item_id, stage, reason, detail FROM drops").fetchall()
    assert rows == [("missing.txt", "ingest", "missing", detail)]


@pytest.mark.parametrize("bad_id", [None])
def test_store_failed_article_leaves_earlier_rows_intact(store, bad_id):
    good = _article("good")
    store.add(good, [_event("good", "g1")])
    broken = _article(bad_id)  # article_id NULL violates the primary key
    with pytest.raises(StoreError, match=r"^\[FP503\]"):
        store.add(broken, [_event("x", "e-x")])
    assert store.counts() == {"articles": 1, "events": 1, "drops": 0}
    assert store.add(_article("next"), [_event("next", "n1")]) == (1, 1)


@pytest.mark.parametrize("content", [b"this is not a database\n" * 10, b"\x00\x01garbage" * 100])
def test_store_corrupt_file_raises_one_line(tmp_path, content):
    path = tmp_path / "not.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        EventStore(path)
    message = str(info.value)
    assert message.startswith(f"[FP501] cannot open database {path}")
    assert "\n" not in message


@pytest.mark.parametrize("table", ["events"])
def test_store_foreign_schema_rejected(tmp_path, table):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"CREATE TABLE {table} (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match=r"^\[FP502\]"):
        EventStore(path)


@pytest.mark.parametrize("holder", ["import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); time.sleep(30)"])
def test_store_locked_file_raises_one_line(tmp_path, holder):
    path = tmp_path / "locked.duckdb"
    EventStore(path).close()
    proc = subprocess.Popen([sys.executable, "-c", holder, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match=r"^\[FP501\] cannot open database") as info:
            EventStore(path)
        assert "\n" not in str(info.value)
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("second_ids", [["e-other-date"]])
def test_store_stored_article_keeps_its_events_when_coded_again(store, second_ids):
    # a second coding of the same article (say with another default date) gives new event ids
    store.add(_article(), [_event("art-1", "e-1")])
    assert store.add(_article(), [_event("art-1", i) for i in second_ids]) == (0, 0)
