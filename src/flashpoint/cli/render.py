"""Writing event records to a terminal or a stream: table, JSON lines, CSV.

Every format carries the event record's fields under the event record's names (README) (``EVENT_FIELDS``);
``explain`` adds how each actor was resolved and which pattern fired.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import TextIO

from rich.console import Console
from rich.table import Table

from flashpoint.types import EVENT_FIELDS, Event

FORMATS = ("table", "jsonl", "csv")


def explanation(event: Event) -> dict:
    """Why an event was coded: the actor text, how it was resolved, the rule and trigger."""
    return {
        "rule": event.rule,
        "trigger": event.trigger,
        "source_text": event.source_text,
        "source_how": event.source_how,
        "target_text": event.target_text,
        "target_how": event.target_how,
    }


class EventWriter:
    """Streams events in one format; call ``write`` per event and ``close`` at the end."""

    def __init__(self, fmt: str, explain: bool = False, out: TextIO | None = None):
        self.fmt = fmt
        self.explain = explain
        self.out = out or sys.stdout
        self._rows: list[Event] = []
        self._csv = None
        if fmt == "csv":
            fields = list(EVENT_FIELDS) + (["explain"] if explain else [])
            self._csv = csv.DictWriter(self.out, fieldnames=fields, lineterminator="\n")
            self._csv.writeheader()

    def write(self, event: Event) -> None:
        record = event.to_record()
        if self.fmt == "jsonl":
            if self.explain:
                record["explain"] = explanation(event)
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            record["evidence"] = json.dumps(record["evidence"])
            if self.explain:
                record["explain"] = json.dumps(explanation(event), ensure_ascii=False)
            self._csv.writerow(record)
        else:
            self._rows.append(event)

    def close(self) -> None:
        if self.fmt != "table":
            self.out.flush()
            return
        width = None if self.out.isatty() else 160  # a pipe or file gets a readable width
        console = Console(file=self.out, soft_wrap=False, width=width)
        table = Table(show_lines=self.explain, header_style="bold")
        for col in ("date", "source", "code", "target", "modality", "gold.", "quad", "plover"):
            table.add_column(col, no_wrap=True)
        table.add_column("sentence", overflow="fold", ratio=1)
        for e in self._rows:
            sentence = e.sentence.replace("\n", " ")
            if self.explain:
                x = explanation(e)
                sentence += (f"\n[dim]rule {x['rule']}, trigger {x['trigger']!r}; source {x['source_text']!r} "
                             f"({x['source_how']}); target {x['target_text']!r} ({x['target_how']})[/dim]")
            elif len(sentence) > 90:
                sentence = sentence[:87] + "..."
            table.add_row(
                e.event_date.isoformat() if e.event_date else "-",
                f"{e.source.code} {e.source.name or ''}".strip() if e.source else "-",
                e.cameo_code,
                f"{e.target.code} {e.target.name or ''}".strip() if e.target else "-",
                e.modality.value,
                f"{e.goldstein:+.1f}",
                str(int(e.quad_class)),
                e.plover_type or "-",
                sentence,
            )
        console.print(table)
        console.print(f"{len(self._rows)} events")
