"""``flashpoint eval plover|petrarch FILE``: score flashpoint on gold event data.

Prints Rich tables to stdout, or the numbers as JSON with ``--json``. A file that cannot be
read, an unusable ``--actors`` dictionary or ``--model`` exits with code 2 and one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from flashpoint.cli.common import EXIT_USAGE, stderr_console
from flashpoint.errors import FlashpointError
from flashpoint.types import Article, Event

eval_app = typer.Typer(help="Score flashpoint on gold event data.", no_args_is_help=True)

_FILE = typer.Argument(..., metavar="FILE", help="Gold file.")
_ACTORS = typer.Option([], "--actors", help="Extra actor dictionary (TSV or PETRARCH .actors/.agents); repeatable.")
_JSON = typer.Option(False, "--json", help="Print the numbers as JSON instead of tables.")
_MODEL = typer.Option(None, "--model", help="Installed spaCy pipeline to parse with.")


def _fail(message: str) -> None:
    typer.echo(f"flashpoint: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


class _Counting:
    """Wraps a coder and advances a progress task after each article."""

    def __init__(self, coder, progress: Progress, task):
        self._coder, self._progress, self._task = coder, progress, task

    def code_article(self, article: Article) -> list[Event]:
        events = self._coder.code_article(article)
        self._progress.advance(self._task)
        return events


def _run(load, score, path: str, actors: list[str], model: str | None):
    from flashpoint.pipeline import Pipeline

    for actor_file in actors:
        if not Path(actor_file).is_file():
            _fail(f"--actors: no such file {actor_file}")
    try:
        records = load(path)
        pipeline = Pipeline(model=model, actor_files=tuple(actors))
    except FlashpointError as exc:
        _fail(str(exc))
    progress = Progress(
        TextColumn("coding gold records"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr_console, transient=True, disable=not stderr_console.is_terminal,
    )
    with progress:
        task = progress.add_task("eval", total=len(records))
        return score(records, _Counting(pipeline, progress, task))


def _print(title: str, rows, confusion, as_json: dict | None) -> None:
    from flashpoint.evaluate.report import confusion_table, score_table

    if as_json is not None:
        typer.echo(json.dumps(as_json, indent=2))
        return
    console = Console()
    console.print(score_table(title, rows))
    console.print(confusion_table("top confusions (gold -> predicted)", confusion))


@eval_app.command("plover")
def plover_cli(
    file: str = _FILE,
    actors: list[str] = _ACTORS,
    json_out: bool = _JSON,
    model: str | None = _MODEL,
) -> None:
    """Score on PLOVER gold records (JSONL, PLOVER 0.5b1 types mapped to 0.8)."""
    from flashpoint.evaluate.plover import load_plover, score_plover
    from flashpoint.evaluate.report import plover_json, plover_rows

    result = _run(load_plover, score_plover, file, actors, model)
    _print(f"PLOVER gold: {Path(file).name}", plover_rows(result), result.confusion,
           plover_json(result) if json_out else None)


@eval_app.command("petrarch")
def petrarch_cli(
    file: str = _FILE,
    actors: list[str] = _ACTORS,
    json_out: bool = _JSON,
    model: str | None = _MODEL,
) -> None:
    """Score on PETRARCH validation records (XML, read leniently)."""
    from flashpoint.evaluate.petrarch import load_petrarch, score_petrarch
    from flashpoint.evaluate.report import petrarch_json, petrarch_rows

    result = _run(load_petrarch, score_petrarch, file, actors, model)
    _print(f"PETRARCH validation: {Path(file).name}", petrarch_rows(result), result.confusion,
           petrarch_json(result) if json_out else None)
