"""`flashpoint code`: code news files into CAMEO events and print them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

import typer

from flashpoint.cli.common import exit_code, parse_published, report_drops
from flashpoint.cli.render import FORMATS, EventWriter
from flashpoint.errors import FlashpointError

log = logging.getLogger(__name__)


def _check_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


def code_cli(
    paths: list[str] = typer.Argument(..., help="Files, directories (walked recursively) or '-' for stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Default published date (YYYY-MM-DD) for inputs without one."),
    fmt: str = typer.Option("table", "--format", callback=_check_format, help="table, jsonl or csv."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor dictionary (flashpoint TSV, PETRARCH .actors or .agents); repeatable."),
    model: Optional[str] = typer.Option(None, "--model", help="Name of an installed spaCy pipeline."),
    explain: bool = typer.Option(False, "--explain", help="Show why each event was coded."),
) -> None:
    """Code news articles into CAMEO events, one row per event, on standard output."""
    from flashpoint.ingest import read_inputs
    from flashpoint.pipeline import Pipeline
    from flashpoint.store.load import code_safely
    from flashpoint.types import Drop, DropReason

    default_date = parse_published(published)
    for path in actors:
        if not path.is_file():
            raise typer.BadParameter(f"actor dictionary {str(path)!r} does not exist", param_hint="--actors")
    try:
        pipeline = Pipeline(model=model, actor_files=actors)
    except FlashpointError as exc:
        typer.echo(f"flashpoint: {exc}", err=True)
        raise typer.Exit(2)
    writer = EventWriter(fmt, explain=explain)
    drops: list[Drop] = []

    def articles():
        for item in read_inputs(paths, published=default_date):
            if isinstance(item, Drop):
                drops.append(item)
                report_drops([item])
            else:
                yield item

    coded = 0
    for article, events, exc in code_safely(pipeline, articles()):
        if exc is not None:   # one bad document never stops the batch
            log.debug("coding failed", exc_info=exc)
            drop = Drop(article.source_path or article.article_id, "coding", DropReason.ERROR,
                        f"{type(exc).__name__}: {exc}")
            drops.append(drop)
            report_drops([drop])
            continue
        coded += 1
        for event in events:
            writer.write(event)
    writer.close()
    raise typer.Exit(exit_code(coded, len(drops)))
