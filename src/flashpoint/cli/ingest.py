"""``flashpoint ingest``: code inputs and store articles, events and drops in DuckDB.

Exit codes: 0 all inputs coded; 1 some inputs dropped; 2 usage error (bad flag,
unusable ``--db``, ``--model`` or ``--actors``); 3 no input could be coded.
"""

from __future__ import annotations

import logging
from pathlib import Path
import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from flashpoint.cli.common import (
    EXIT_NOTHING_CODED,
    EXIT_USAGE,
    exit_code,
    parse_published,
    report_drops,
    stderr_console,
)
from flashpoint.errors import FlashpointError

log = logging.getLogger(__name__)


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"flashpoint: {message}", err=True)
    raise typer.Exit(code)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("coding"),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=stderr_console,
        transient=True,
        disable=not stderr_console.is_terminal,
    )


def ingest_cli(
    paths: list[str] = typer.Argument(..., help="Files, directories (walked recursively) or '-' for stdin."),
    db: str = typer.Option("flashpoint.duckdb", "--db", help="DuckDB database file (created when absent)."),
    published: str | None = typer.Option(
        None, "--published", help="Default published date (YYYY-MM-DD) for inputs that carry none."
    ),
    actors: list[str] = typer.Option(
        [], "--actors", help="Extra actor dictionary (flashpoint TSV or PETRARCH .actors/.agents); repeatable."
    ),
    model: str | None = typer.Option(None, "--model", help="Installed spaCy pipeline to parse with."),
) -> None:
    """Code inputs and store articles, events and drops in a DuckDB file (re-ingesting adds nothing)."""
    from flashpoint.ingest import read_inputs
    from flashpoint.pipeline import Pipeline
    from flashpoint.store.duckdb import EventStore
    from flashpoint.store.load import load

    try:
        when = parse_published(published)
    except typer.BadParameter as exc:
        _fail(f"invalid value for --published: {exc.message}")
    for path in actors:
        if not Path(path).is_file():
            _fail(f"--actors: no such file {path}")
    try:
        store = EventStore(db)
    except FlashpointError as exc:
        _fail(str(exc))

    with store:
        try:
            pipeline = Pipeline(model=model, actor_files=tuple(actors))
        except FlashpointError as exc:
            _fail(str(exc))
        with _progress() as progress:
            task = progress.add_task("ingest", total=None)
            try:
                summary = load(
                    read_inputs(paths, published=when),
                    pipeline,
                    store,
                    progress=lambda n: progress.advance(task, n),
                )
            except FlashpointError as exc:
                _fail(str(exc), EXIT_NOTHING_CODED)
        counts = store.counts()
    report_drops(summary.drops)
    typer.echo(f"{summary.line()} ({counts['events']} events in {db})")
    raise typer.Exit(exit_code(summary.articles_coded, len(summary.drops)))
