"""The command line shows the library's warnings as one stderr line each, never a traceback."""

from __future__ import annotations

import logging
import sys

from flashpoint.cli.main import _OneLine


def _record(msg: str, exc: bool = False) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise ValueError("boom")
        except ValueError:
            exc_info = sys.exc_info()
    return logging.LogRecord("flashpoint.x", logging.WARNING, __file__, 1, msg, None, exc_info)


def test_cli_warning_is_one_line():
    assert _OneLine().format(_record("a.jsonl:3: unreadable date 'x'")) == \
        "flashpoint: warning: a.jsonl:3: unreadable date 'x'"


def test_cli_warning_drops_tracebacks_and_extra_lines():
    line = _OneLine().format(_record("coding failed on sentence 2\nmore", exc=True))
    assert line == "flashpoint: warning: coding failed on sentence 2"
