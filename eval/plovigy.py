"""Upper-case Reuters leads (1979-94) against PETRARCH2's machine coding (silver, not gold).

Codes each lead of ``events/plovigy-petrarch2-silver/plovigy_testfile_0105.jsonl`` as one article
dated by its Reuters story id (``REUT-YYMMDD-...``) and compares flashpoint's events (any
modality) with the one event PETRARCH2 coded (``meta.coding``: source code, target code, CAMEO
code). Per category (the record's ``label``) it reports the share of leads where flashpoint codes
an event of the same CAMEO root, an event with the same (source country, target country, root),
and no event at all. Section-divider lines are skipped. PETRARCH2's codes are a machine's, so
agreement is a check on behaviour, not accuracy. Usage::

    python eval/plovigy.py [--limit N] [--misses K] [--json] [--data DIR] [--model NAME]
"""

from __future__ import annotations

import argparse
import ast
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rich.table import Table

from _common import DEFAULT_DATA, code_with_progress, make_pipeline, pct, print_json, require, run, stdout
from flashpoint.actors.dictionary import split_code
from flashpoint.types import Actor, Article, Event

#: The corpus file inside the data folder.
CORPUS = Path("events") / "plovigy-petrarch2-silver" / "plovigy_testfile_0105.jsonl"
#: Penn Treebank bracket tokens left in the text, and what they stand for.
BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}


@dataclass(frozen=True, slots=True)
class Lead:
    """One coded lead: category, text, date, PETRARCH2's (source, target, CAMEO code)."""

    record_id: str
    label: str
    text: str
    published: date | None
    source: str
    target: str
    code: str


def load_leads(path: Path) -> list[Lead]:
    """Read the JSONL file; skips section dividers and records without a coding."""
    leads = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        meta = row.get("meta") or {}
        if meta.get("class") == "section divider" or not meta.get("coding"):
            continue
        coding = [str(c) for c in ast.literal_eval(meta["coding"].replace("u'", "'"))]
        if len(coding) < 3:
            continue
        text = row["text"]
        for tag, char in BRACKETS.items():
            text = text.replace(tag, char)
        leads.append(Lead(meta.get("textid", f"line {line_no}"), row.get("label", ""), text,
                          _story_date(meta.get("textid", "")), coding[0], coding[1], coding[2]))
    return leads


def _story_date(textid: str) -> date | None:
    """``...REUT-910407-0017_1`` -> 1991-04-07 (years 79-99 are 19xx), else None."""
    _, _, rest = textid.partition("REUT-")
    stamp = rest[:6]
    if len(stamp) != 6 or not stamp.isdigit():
        return None
    try:
        return date(1900 + int(stamp[:2]), int(stamp[2:4]), int(stamp[4:6]))
    except ValueError:
        return None


def party(code: str) -> str:
    """The country of a PETRARCH actor code, else its first type block ("IGO"), else ""."""
    if not code or code.startswith("---"):
        return ""
    country, blocks = split_code(code)
    return country or (blocks[0] if blocks else code[:3])


def actor_party(actor: Actor | None) -> str:
    """``party`` of a flashpoint actor."""
    if actor is None:
        return ""
    return actor.country_iso3 or party(actor.code)


def root_match(lead: Lead, events: list[Event]) -> bool:
    return any(e.cameo_root == lead.code[:2] for e in events)


def triple_match(lead: Lead, events: list[Event]) -> bool:
    want = (party(lead.source), party(lead.target), lead.code[:2])
    return any((actor_party(e.source), actor_party(e.target), e.cameo_root) == want for e in events)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N leads")
    parser.add_argument("--misses", type=int, default=0, help="print up to K leads with no root match")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)

    leads = load_leads(require(Path(args.data) / CORPUS))
    if args.limit is not None:
        leads = leads[: args.limit]
    articles = [Article(article_id=f"plovigy:{i}", text=lead.text, published=lead.published)
                for i, lead in enumerate(leads)]
    coded = code_with_progress(make_pipeline(args.model), articles, "Reuters leads")

    rows = _score(leads, coded)
    if args.json:
        print_json(rows)
        return 0
    table = Table(title=f"Upper-case Reuters leads against PETRARCH2 (silver): {len(leads)} leads")
    for col in ("category", "n", "same root", "same dyad + root", "no event"):
        table.add_column(col, justify="left" if col == "category" else "right")
    for label, row in rows.items():
        table.add_row(label, str(row["n"]), pct(row["root"]), pct(row["triple"]), pct(row["no_event"]))
    stdout.print(table)
    if args.misses:
        stdout.print(_misses(leads, coded, args.misses))
    return 0


def _score(leads: list[Lead], coded: list[list[Event]]) -> dict[str, dict[str, float | int]]:
    """Per label and "all": n, and the shares of root matches, triple matches and no event."""
    groups: dict[str, list[tuple[Lead, list[Event]]]] = {}
    for lead, events in zip(leads, coded):
        groups.setdefault(lead.label, []).append((lead, events))
    groups["all"] = list(zip(leads, coded))
    out = {}
    for label, pairs in groups.items():
        n = len(pairs)
        out[label] = {"n": n,
                      "root": sum(root_match(lead, ev) for lead, ev in pairs) / n if n else 0.0,
                      "triple": sum(triple_match(lead, ev) for lead, ev in pairs) / n if n else 0.0,
                      "no_event": sum(not ev for _, ev in pairs) / n if n else 0.0}
    return out


def _misses(leads: list[Lead], coded: list[list[Event]], k: int) -> Table:
    out = Table(title=f"Leads with no event of PETRARCH2's root (up to {k})", show_lines=True)
    for col in ("PETRARCH2", "flashpoint (code src>tgt/modality)", "lead"):
        out.add_column(col, overflow="fold")
    for lead, events in [(lead, ev) for lead, ev in zip(leads, coded) if not root_match(lead, ev)][:k]:
        mine = ", ".join(f"{e.cameo_code} {e.dyad_key}/{e.modality.value}" for e in events) or "-"
        out.add_row(f"{lead.code} {lead.source}>{lead.target}", mine, lead.text[:200])
    return out


if __name__ == "__main__":
    raise SystemExit(run(main))
