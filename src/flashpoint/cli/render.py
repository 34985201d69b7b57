"""Writing event records to a terminal or a stream: table, JSON lines, CSV.

Every format carries the event record's fields under the event record's names (README) (``EVENT_FIELDS``);
``explain`` adds how each actor was resolved and which pattern fired.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import TextIO

from rich import box
from rich.console import Console
from rich.markup import escape
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


def _actor(actor, wide: bool) -> str:
    if actor is None:
        return "-"
    return f"{actor.code} {actor.name or ''}".strip() if wide else actor.code


def _date(e: Event) -> str:
    """The event date as the table shows it: the day, or the month or year it is known to."""
    if e.event_date is None:
        return "-"
    if e.date_precision == "year":
        return f"{e.event_date.year} (year)"
    if e.date_precision == "month":
        return e.event_date.strftime("%Y-%m") + " (month)"
    return e.event_date.isoformat()


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
        wide = console.width >= 120      # a narrow terminal keeps who, what, whom, when
        table = Table(show_lines=self.explain, header_style="bold", box=box.HEAVY_HEAD if wide else box.SIMPLE_HEAD,
                      pad_edge=wide)
        columns = ["date", "source", "code", "target", "modality"] + (["gold.", "quad", "plover"] if wide else [])
        for col in columns:
            table.add_column(col, no_wrap=True)
        table.add_column("sentence", overflow="fold", ratio=1, min_width=30)
        for e in self._rows:
            sentence = e.sentence.replace("\n", " ")
            if not self.explain and len(sentence) > 160:
                sentence = sentence[:157] + "..."
            sentence = escape(sentence)   # news text is not Rich markup: "[AP]" stays "[AP]"
            if self.explain:
                x = explanation(e)
                sentence += escape(f"\nrule {x['rule']}, trigger {x['trigger']!r}; source {x['source_text']!r} "
                                   f"({x['source_how']}); target {x['target_text']!r} ({x['target_how']})")
            row = [
                _date(e),
                escape(_actor(e.source, wide)),
                e.cameo_code,
                escape(_actor(e.target, wide)),
                e.modality.value,
            ]
            if wide:
                row += [f"{e.goldstein:+.1f}", str(int(e.quad_class)), e.plover_type or "-"]
            table.add_row(*row, sentence)
        console.print(table)
        console.print(f"{len(self._rows)} events")
