"""The ``flashpoint`` command line: a thin Typer layer over plain functions.

Exit codes: 0 all inputs coded; 1 some inputs dropped; 2 usage error;
3 no input could be coded.
"""

from __future__ import annotations

import logging
import signal
import sys

import typer

from flashpoint.cli.articles import articles_cli
from flashpoint.cli.code import code_cli
from flashpoint.cli.common import OneLineErrorGroup
from flashpoint.cli.evaluate import eval_app
from flashpoint.cli.ingest import ingest_cli

app = typer.Typer(
    cls=OneLineErrorGroup,
    add_completion=False,
    no_args_is_help=True,
    help="Turn news into political event data (CAMEO, with PLOVER alongside).",
    pretty_exceptions_enable=False,
)
app.command("code")(code_cli)
app.command("articles")(articles_cli)
app.command("ingest")(ingest_cli)
app.add_typer(eval_app, name="eval")



class _OneLine(logging.Formatter):
    """``flashpoint: warning: <message>``; tracebacks stay out of the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return f"flashpoint: {record.levelname.lower()}: {record.getMessage()}".splitlines()[0]


def _log_to_stderr() -> None:
    """Show the library's warnings and errors as one stderr line each."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_OneLine())
    logger = logging.getLogger("flashpoint")
    if any(isinstance(h.formatter, _OneLine) for h in logger.handlers):
        return   # already set up in this process
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)


def main() -> None:
    """Console entry point: run the app; "flashpoint code ... | head" ends quietly, like any
    Unix filter."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _log_to_stderr()
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
