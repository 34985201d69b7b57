"""`flashpoint articles`: print the cleaned articles that ingest makes of the inputs."""

from __future__ import annotations

import json
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from flashpoint.cli.common import exit_code, parse_published, report_drops
from flashpoint.types import ARTICLE_FIELDS, Article, Drop

FORMATS = ("table", "jsonl")
_TABLE_TEXT_CHARS = 120
_PIPE_WIDTH = 160


def article_record(article: Article) -> dict:
    """The article as a flat record with ``ARTICLE_FIELDS`` in order.

    ``published`` is an ISO date string; ``story_id`` falls back to the article id
    until stories are clustered; unknown values are None.
    """
    record = {}
    for name in ARTICLE_FIELDS:
        value = getattr(article, name)
        if name == "published" and value is not None:
            value = value.isoformat()
        if name == "story_id" and value is None:
            value = article.article_id
        record[name] = value
    return record


def _check_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


def _check_published(value: Optional[str]) -> Optional[str]:
    parse_published(value)  # raises typer.BadParameter on a bad date
    return value


def _print_table(articles: list[Article]) -> None:
    """A Rich table on stdout; columns empty in every row are left out, text is truncated."""
    records = [article_record(a) for a in articles]
    names = [n for n in ARTICLE_FIELDS if any(r[n] is not None for r in records)]
    if all(r["story_id"] == r["article_id"] for r in records):
        names.remove("story_id")
    table = Table(show_lines=True, expand=True)
    for name in names:
        if name == "text":
            table.add_column(name, ratio=3, overflow="fold")
        elif name in ("title", "credit", "source_path", "url"):
            table.add_column(name, ratio=1, overflow="fold")
        else:
            table.add_column(name, no_wrap=True)
    for record in records:
        row = []
        for name in names:
            value = record[name]
            text = "" if value is None else " ".join(str(value).split())
            if name == "text" and len(text) > _TABLE_TEXT_CHARS:
                text = text[: _TABLE_TEXT_CHARS - 1] + "…"
            row.append(escape(text))
        table.add_row(*row)
    console = Console()
    if not console.is_terminal:  # piped or redirected: no screen width to respect
        console = Console(width=_PIPE_WIDTH)
    console.print(table)


def articles_cli(
    paths: list[str] = typer.Argument(..., help="Files, directories (walked recursively) or '-' for stdin."),
    fmt: str = typer.Option("table", "--format", callback=_check_format, help="table or jsonl."),
    published: Optional[str] = typer.Option(
        None, "--published", callback=_check_published,
        help="Default published date (YYYY-MM-DD or UTC datetime) for inputs without one.",
    ),
) -> None:
    """Print the cleaned articles (article_id, source_path, url, title, published, credit,
    language, story_id, text); inputs that cannot be read are named on stderr."""
    from flashpoint.ingest import read_inputs

    default_date = parse_published(published)
    articles: list[Article] = []   # kept for the table only; jsonl streams
    n_read = n_dropped = 0
    for item in read_inputs(paths, published=default_date):
        if isinstance(item, Drop):
            n_dropped += report_drops([item])
            continue
        n_read += 1
        if fmt == "jsonl":
            typer.echo(json.dumps(article_record(item), ensure_ascii=False))
        else:
            articles.append(item)
    if articles:
        _print_table(articles)
    raise typer.Exit(exit_code(n_read, n_dropped))
