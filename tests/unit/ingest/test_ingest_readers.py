"""read_inputs: every reader, every drop reason, ids and dates, directories and stdin."""

from __future__ import annotations

import hashlib
import io
import socket
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO, shared_path

from flashpoint.ingest import read_inputs
from flashpoint.types import Article, Drop, DropReason

DATA = REPO / "tests" / "data" / "ingest"


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Drop)]


def _sha16(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@pytest.fixture
def good_txt(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text("Envoys meet in Geneva\n\nThe envoys met in Geneva on Monday.\n", encoding="utf-8")
    return path


def _unix_socket(path: Path) -> Path:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.close()
    return path


@pytest.mark.parametrize(
    ("make_bad", "reason", "stage"),
    [
        (lambda d: d / "missing.txt", DropReason.MISSING, "ingest.text.v1"),
        (lambda d: _unix_socket(d / "sock.txt"), DropReason.MISSING, "ingest.text.v1"),
        (lambda d: (d / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") and d / "blob.bin",
         DropReason.BINARY, "ingest.text.v1"),
        (lambda d: (d / "noise.txt").write_bytes(bytes(range(1, 32)) * 8) and d / "noise.txt",
         DropReason.BINARY, "ingest.text.v1"),
        (lambda d: (d / "empty.txt").write_bytes(b"") is not None and d / "empty.txt",
         DropReason.EMPTY, "ingest.text.v1"),
        (lambda d: (d / "blank.txt").write_text(" \n\n \t\n") and d / "blank.txt",
         DropReason.EMPTY, "ingest.text.v1"),
        (lambda d: (d / "furniture.txt").write_text("0\n\n8\n\nShare\n\nLEAVE A REPLY\n") and d / "furniture.txt",
         DropReason.EMPTY, "ingest.text.v1"),
        (lambda d: DATA / "no_text_column.csv", DropReason.MALFORMED, "ingest.csv.v1"),
        (lambda d: (d / "page.html").write_text("<html></html>") and d / "page.html",
         DropReason.UNSUPPORTED, "ingest.text.v1"),
        (lambda d: (d / "none.jsonl").write_text("\n\n") and d / "none.jsonl",
         DropReason.EMPTY, "ingest.jsonl.v1"),
    ],
)
def test_ingest_bad_input_is_dropped_and_others_come_through(tmp_path, good_txt, make_bad, reason, stage):
    bad = make_bad(tmp_path)
    articles, drops = _split(read_inputs([str(good_txt), str(bad), str(good_txt)]))
    assert [a.source_path for a in articles] == [str(good_txt), str(good_txt)]
    assert len(drops) == 1
    assert drops[0].reason is reason
    assert drops[0].stage == stage
    assert drops[0].item_id == str(bad)
    assert drops[0].message().startswith(f"{bad}: {reason.value}")


def test_ingest_jsonl_bad_lines_dropped_good_lines_kept():
    path = str(DATA / "records.jsonl")
    articles, drops = _split(read_inputs([path], published=date(2000, 1, 1)))
    assert [(d.item_id, d.reason) for d in drops] == [
        (f"{path}:2", DropReason.MALFORMED),
        (f"{path}:3", DropReason.MALFORMED),
    ]
    assert "not valid JSON" in drops[0].detail and "no text" in drops[1].detail
    assert len(articles) == 3


def test_ingest_jsonl_ids_titles_and_dates():
    path = str(DATA / "records.jsonl")
    articles, _ = _split(read_inputs([path], published=date(2000, 1, 1)))
    by_text = {a.text.split("\n\n")[-1]: a for a in articles}
    with_id = by_text["The foreign ministers met in Oslo on Monday."]
    assert with_id.article_id == "r1"
    assert with_id.title == "Ministers meet in Oslo"
    assert with_id.text == "Ministers meet in Oslo\n\nThe foreign ministers met in Oslo on Monday."
    assert with_id.url == "https://example.org/r1"
    assert with_id.published == date(2023, 5, 2)
    with_url = by_text["Police arrested ten protesters outside the parliament."]
    assert with_url.article_id == _sha16("https://example.org/r4")
    assert with_url.published == date(2023, 5, 5)   # 23:30 at UTC-5 is the next day in UTC
    text_only = by_text["The envoy left the talks early."]
    assert text_only.article_id == _sha16("The envoy left the talks early.")
    assert text_only.published == date(2023, 5, 4)  # "4 May 2023", read by dateparser
    assert all(a.source_path == path for a in articles)


@pytest.mark.parametrize(
    ("record", "default", "expected"),
    [
        ('{"text": "Talks ended.", "published": "2021-03-04"}', date(2000, 1, 1), date(2021, 3, 4)),
        ('{"text": "Talks ended.", "date": "2021-03-04T10:00:00Z"}', date(2000, 1, 1), date(2021, 3, 4)),
        ('{"text": "Talks ended."}', date(2000, 1, 1), date(2000, 1, 1)),
        ('{"text": "Talks ended.", "published": "not a date"}', date(2000, 1, 1), date(2000, 1, 1)),
        ('{"text": "Talks ended.", "published": "yesterday"}', None, None),
        ('{"text": "Talks ended."}', None, None),
    ],
)
def test_ingest_record_date_wins_over_default(record, default, expected):
    articles, _ = _split(read_inputs(["-"], published=default, stdin=io.BytesIO(record.encode())))
    assert articles[0].published == expected


@pytest.mark.parametrize(
    ("record", "default", "said"),
    [
        ('{"text": "Talks ended.", "published": "not a date"}', date(2000, 1, 1), "using 2000-01-01"),
        ('{"text": "Talks ended.", "date": "yesterday"}', None, "leaving the article undated"),
    ],
)
def test_ingest_unreadable_record_date_is_reported(caplog, record, default, said):
    with caplog.at_level("WARNING", logger="flashpoint.ingest.dates"):
        _split(read_inputs(["-"], published=default, stdin=io.BytesIO(record.encode())))
    lines = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(lines) == 1 and "unreadable date" in lines[0] and said in lines[0] and "\n" not in lines[0]


def test_ingest_csv_unreadable_date_is_reported(tmp_path, caplog):
    path = tmp_path / "a.csv"
    path.write_text("date,text\nsometime,The army shelled positions.\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="flashpoint.ingest.dates"):
        articles, _ = _split(read_inputs([str(path)], published=date(2001, 2, 3)))
    assert articles[0].published == date(2001, 2, 3)
    assert any(f"{path}:2: unreadable date 'sometime'" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Talks end", "The talks ended on Friday.", "Talks end\n\nThe talks ended on Friday."),
        ("Talks end", "Talks end\n\nThe talks ended on Friday.", "Talks end\n\nThe talks ended on Friday."),
    ],
)
def test_ingest_jsonl_title_becomes_first_paragraph(title, text, expected):
    line = '{"title": %r, "text": %r}' % (title, text)
    line = line.replace("'", '"').replace("\n", "\\n")
    articles, _ = _split(read_inputs(["-"], stdin=io.BytesIO(line.encode())))
    assert articles[0].text == expected and articles[0].title == title


def test_ingest_text_page_cleaned():
    path = str(DATA / "scraped_page.txt")
    (article,) = list(read_inputs([path], published=date(2024, 3, 5)))
    assert article.title == "Border guards detain smugglers after clash on mountain road"
    assert article.credit == "(Reporting by Jane Doe; Editing by John Roe)"
    assert article.published == date(2024, 3, 5)
    assert article.language == "en"
    for furniture in ("comments", "views", "min read", "Share", "Pin it", "Also read", "Copyright", "cookies"):
        assert furniture not in article.text
    assert article.text.count("\n\n") == 3
    assert article.article_id == _sha16(Path(path).read_text(encoding="utf-8"))


def test_ingest_csv_rows():
    path = str(DATA / "articles.csv")
    articles, drops = _split(read_inputs([path], published=date(2000, 1, 1)))
    assert [a.published for a in articles] == [date(2019, 4, 10), date(2000, 1, 1)]
    assert [a.source for a in articles] == ["desk", "desk"]
    assert articles[0].text == "The army shelled positions near the river. Two villages were evacuated."
    assert [(d.item_id, d.reason) for d in drops] == [(f"{path}:4", DropReason.EMPTY)]


@pytest.mark.shared
def test_ingest_csv_guardian_corpus():
    folder = shared_path("news", "guardian-sdf")
    (csv_path,) = sorted(folder.glob("*.csv"))
    articles, drops = _split(read_inputs([str(csv_path)]))
    assert drops == []
    assert len(articles) == 249
    assert all(a.published is not None and 2017 <= a.published.year <= 2019 for a in articles)
    assert len({a.article_id for a in articles}) == 249
    assert all(a.text and a.language == "en" for a in articles)


def test_ingest_directory_walk_sorted_recursive_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/2.txt", "a.txt", "b/1.txt", ".secret.txt", ".hidden/x.txt"):
        (tmp_path / rel).write_text(f"The story in {rel} was told on Monday.", encoding="utf-8")
    articles, drops = _split(read_inputs([str(tmp_path)]))
    assert drops == []
    assert [Path(a.source_path).relative_to(tmp_path).as_posix() for a in articles] == ["a.txt", "b/1.txt", "b/2.txt"]


def test_ingest_directory_symlink_loop_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text("The envoys met on Monday.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    articles, drops = _split(read_inputs([str(tmp_path)]))
    assert drops == [] and [Path(a.source_path).name for a in articles] == ["a.txt"]


@pytest.mark.parametrize(
    ("data", "n_articles", "first_text"),
    [
        (b'{"id": "s1", "text": "Troops left the town."}\n{"id": "s2", "text": "Talks resumed."}\n', 2,
         "Troops left the town."),
        (b"\n  \n{\"text\": \"Troops left the town.\"}", 1, "Troops left the town."),
        (b"Troops leave town\n\nTroops left the town on Sunday.\n", 1,
         "Troops leave town\n\nTroops left the town on Sunday."),
    ],
)
def test_ingest_stdin(data, n_articles, first_text):
    articles, drops = _split(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert drops == [] and len(articles) == n_articles
    assert articles[0].text == first_text
    assert all(a.source_path == "-" for a in articles)


def test_ingest_stdin_empty_is_dropped():
    _, drops = _split(read_inputs(["-"], stdin=io.BytesIO(b"")))
    assert [(d.item_id, d.reason) for d in drops] == [("-", DropReason.EMPTY)]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café talks in Zürich ended.".encode("latin-1"), "Café talks in Zürich ended."),
        ("“Talks” ended – again.".encode("cp1252"), "“Talks” ended – again."),
        ("\ufeffTalks ended.".encode("utf-8"), "Talks ended."),
        ("Talks ended in Kyiv.".encode("utf-16"), "Talks ended in Kyiv."),
        ("Putin’s envoy left.".encode("utf-8").decode("cp1252").encode("utf-8"), "Putin’s envoy left."),
    ],
)
def test_ingest_text_encodings(tmp_path, data, expected):
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    (article,) = list(read_inputs([str(path)]))
    assert article.text == expected


def test_ingest_never_raises_on_reader_error(tmp_path, monkeypatch):
    from flashpoint.ingest import read as read_module

    def broken(source_path, text, published):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setitem(read_module.READERS, ".jsonl", ("jsonl", broken))
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "a"}\n')
    (drop,) = list(read_inputs([str(path)]))
    assert drop.reason is DropReason.ERROR and "RuntimeError: boom" in drop.detail
