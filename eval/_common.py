"""Code shared by the corpus evaluation scripts in this folder: where the reference data
lives, and coding a list of articles with a progress bar on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from flashpoint.evaluate.police import code_articles
from flashpoint.types import Article, Event

#: ``../shared/data`` next to the repository, where the reference corpora are kept.
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

stdout = Console(width=160)
stderr = Console(stderr=True)


def make_pipeline(model: str | None = None):
    """The full pipeline (loads the spaCy model once)."""
    from flashpoint.pipeline import Pipeline

    return Pipeline(model=model)


def code_with_progress(pipeline, articles: Sequence[Article], label: str) -> list[list[Event]]:
    """Code ``articles`` in batches; a progress bar on stderr shows how far it got."""
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True) as progress:
        bar = progress.add_task(label, total=len(articles))
        return code_articles(pipeline, articles, lambda n: progress.update(bar, completed=n))


def pct(value: float | None) -> str:
    """A ratio as a percentage with one decimal, or ``n/a``."""
    return "n/a" if value is None else f"{value:.1%}"


def print_json(data) -> None:
    """Write ``data`` to stdout as indented JSON."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def require(path: Path) -> Path:
    """``path`` itself, or exit with code 2 and one line when it does not exist."""
    if not path.exists():
        stderr.print(f"reference data not found: {path}")
        raise SystemExit(2)
    return path


def run(main) -> int:
    """Call ``main()``; a deliberate flashpoint error becomes one line on stderr and exit code 2."""
    from flashpoint.errors import FlashpointError

    try:
        return main()
    except FlashpointError as exc:
        stderr.print(str(exc), markup=False, highlight=False)
        return 2
