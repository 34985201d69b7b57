"""Helpers shared by the CLI commands: the ``--published`` option, drop reporting, exit
codes, and the group class that turns usage errors into one line.

Exit codes: 0 all inputs coded; 1 some inputs dropped; 2 usage error
(a bad flag, or a ``typer.BadParameter`` raised by an option callback); 3 no input could
be coded.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date
from typing import Any

import typer
from rich.console import Console
from typer._click.exceptions import ClickException, NoArgsIsHelpError  # Typer vendors click
from typer.core import TyperGroup

from flashpoint.ingest.dates import parse_iso_date
from flashpoint.types import Drop

#: Rich console on stderr for progress and notes; stdout stays reserved for data.
stderr_console = Console(stderr=True)

EXIT_OK = 0
EXIT_SOME_DROPPED = 1
EXIT_USAGE = 2
EXIT_NOTHING_CODED = 3


class OneLineErrorGroup(TyperGroup):
    """Typer group that reports usage errors as one line on stderr, then exits 2.

    ``flashpoint: error: Invalid value for '--format': 'xml' is not one of table, jsonl``
    instead of a usage block; help pages and exit codes are otherwise Typer's own.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except NoArgsIsHelpError:
            return super().main(*args, standalone_mode=True, **kwargs)  # prints the help
        except ClickException as exc:
            typer.echo(f"flashpoint: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("flashpoint: aborted", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


def parse_published(value: str | None) -> date | None:
    """Parse the ``--published`` option.

    Args:
        value: an ISO date (``2022-01-12``) or ISO datetime (``2022-01-12T09:30:00Z``;
            an offset is converted to UTC before the day is taken), or None.

    Returns:
        The UTC calendar day, or None when ``value`` is None or blank.

    Raises:
        typer.BadParameter: the value is not an ISO date or datetime; Typer prints one
            line and exits with code 2.
    """
    if value is None or not value.strip():
        return None
    parsed = parse_iso_date(value)
    if parsed is None:
        raise typer.BadParameter(
            f"{value!r} is not an ISO date (YYYY-MM-DD) or UTC datetime", param_hint="--published"
        )
    return parsed


def report_drops(drops: Iterable[Drop]) -> int:
    """Write one line per drop to stderr, ``flashpoint: <item>: <reason>: <detail>``.

    Returns:
        The number of drops written.
    """
    n = 0
    for drop in drops:
        typer.echo(f"flashpoint: {drop.message()}", err=True)
        n += 1
    return n


def exit_code(n_coded: int, n_dropped: int) -> int:
    """The process exit code for a run that coded ``n_coded`` inputs and dropped ``n_dropped``.

    Returns:
        0 when every input was coded, 1 when some inputs were dropped and some coded,
        3 when nothing could be coded (all dropped, or no input at all).
    """
    if n_coded == 0:
        return EXIT_NOTHING_CODED
    if n_dropped == 0:
        return EXIT_OK
    return EXIT_SOME_DROPPED
