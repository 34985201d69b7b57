"""``read_inputs``: paths, directories and standard input to articles, never raising on data."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from flashpoint.ingest.csv_file import read_csv
from flashpoint.ingest.decode import decode_text
from flashpoint.ingest.jsonl import read_jsonl
from flashpoint.ingest.text import read_text
from flashpoint.types import Article, Drop, DropReason

logger = logging.getLogger(__name__)

Reader = Callable[[str, str, "date | None"], Iterator["Article | Drop"]]

#: File-name suffix -> (kind, reader). Any other suffix is read as plain text.
READERS: dict[str, tuple[str, Reader]] = {
    ".jsonl": ("jsonl", read_jsonl),
    ".ndjson": ("jsonl", read_jsonl),
    ".csv": ("csv", read_csv),
}
#: Suffixes of kinds no reader handles yet (markup or containers that are not plain text).
UNSUPPORTED: dict[str, str] = {
    ".html": "HTML", ".htm": "HTML", ".xml": "XML", ".rss": "RSS", ".atom": "Atom",
    ".warc": "WARC", ".arc": "ARC", ".gz": "gzip", ".zip": "zip", ".pdf": "PDF",
    ".docx": "Word", ".xlsx": "Excel", ".parquet": "Parquet",
}
STDIN = "-"


def _kind(path: str) -> tuple[str, Reader]:
    return READERS.get(Path(path).suffix.lower(), ("text", read_text))


def _stage(kind: str) -> str:
    return f"ingest.{kind}.v1"


def _walk(directory: str, seen: set[str] | None = None) -> Iterator[str]:
    """Files under a directory, recursively, in sorted order; hidden entries skipped;
    a directory reached twice through symbolic links is walked once."""
    seen = set() if seen is None else seen
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        logger.debug("cannot list %s: %s", directory, exc)
        yield directory  # reported as unreadable by the caller
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(path, seen)
        else:
            yield path


def _read_file(path: str, published: date | None) -> Iterator[Article | Drop]:
    kind, reader = _kind(path)
    stage = _stage(kind)
    suffix = Path(path).suffix.lower()
    if suffix in UNSUPPORTED:
        yield Drop(path, stage, DropReason.UNSUPPORTED, f"{UNSUPPORTED[suffix]} input is not supported")
        return
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        yield Drop(path, stage, DropReason.MISSING, "no such file or directory")
        return
    except OSError as exc:
        yield Drop(path, stage, DropReason.MISSING, f"cannot read ({exc.strerror or exc})")
        return
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        yield Drop(path, stage, DropReason.MISSING, "not a regular file")
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        yield Drop(path, stage, DropReason.MISSING, f"cannot read ({exc.strerror or exc})")
        return
    yield from _read_bytes(path, data, reader, stage, published)


def _read_bytes(
    name: str, data: bytes, reader: Reader, stage: str, published: date | None
) -> Iterator[Article | Drop]:
    if not data.strip():
        yield Drop(name, stage, DropReason.EMPTY, "empty file")
        return
    text = decode_text(data)
    if text is None:
        yield Drop(name, stage, DropReason.BINARY, "binary data, not text")
        return
    try:
        yield from reader(name, text, published)
    except Exception as exc:  # one bad document must not end the run
        logger.warning("unexpected %s while reading %s", type(exc).__name__, name, exc_info=True)
        yield Drop(name, stage, DropReason.ERROR, f"{type(exc).__name__}: {exc}")


def _read_stdin(stream: BinaryIO, published: date | None) -> Iterator[Article | Drop]:
    data = stream.read()
    head = data.lstrip()[:1]
    kind, reader = ("jsonl", read_jsonl) if head == b"{" else ("text", read_text)
    yield from _read_bytes(STDIN, data, reader, _stage(kind), published)


def read_inputs(
    paths: Sequence[str], published: date | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Article | Drop]:
    """Read every input named by ``paths``, in order.

    Each path is a file (``.jsonl``/``.ndjson`` JSON Lines, ``.csv`` with a header row,
    anything else plain text), a directory (walked recursively in sorted order; entries
    whose name starts with "." are skipped), or ``"-"`` for standard input (JSON Lines
    when its first non-blank character is "{", else plain text).

    Args:
        paths: the inputs, as the user gave them; ``Article.source_path`` keeps them.
        published: the default publication date (UTC day) for records without one.
        stdin: the byte stream ``"-"`` reads; defaults to ``sys.stdin.buffer``.

    Yields:
        ``Article`` s and ``Drop`` s, in input order. Drop reasons: ``MISSING`` (no such
        path, or unreadable), ``BINARY`` (NUL bytes or not decodable), ``EMPTY`` (empty
        file or nothing left after cleaning), ``MALFORMED`` (bad JSON line, record without
        text, CSV without a text column), ``UNSUPPORTED`` (HTML, WARC and other kinds no
        reader handles yet), ``ERROR`` (an unexpected exception on one document). The
        function never raises on bad data.
    """
    for given in paths:
        if given == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, published)
        elif os.path.isdir(given):
            for path in _walk(given):
                if os.path.isdir(path):
                    yield Drop(path, _stage("text"), DropReason.MISSING, "directory cannot be listed")
                else:
                    yield from _read_file(path, published)
        else:
            yield from _read_file(given, published)
