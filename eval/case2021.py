"""CASE 2021 event typing (dev set): ACLED sub-event types scored through the ACLED -> CAMEO root table.

Codes each snippet of ``events/case2021-task2/dev.tsv`` as one undated article and scores it
with :func:`flashpoint.evaluate.acled.score_case`, once with asserted events only and once with
events of any modality. Prints per-type accuracy, the overall accuracy and, per gold type, the
CAMEO root predicted most often. Usage::

    python eval/case2021.py [--limit N] [--misses K] [--json] [--data DIR] [--model NAME]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from _common import DEFAULT_DATA, code_with_progress, make_pipeline, pct, print_json, require, run, stdout
from flashpoint.evaluate.acled import CaseScore, load_snippets, load_table, score_case, snippet_correct
from flashpoint.types import Article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N snippets")
    parser.add_argument("--misses", type=int, default=0, help="print up to K missed snippets per type")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)

    snippets = load_snippets(require(Path(args.data) / "events" / "case2021-task2" / "dev.tsv"))
    if args.limit is not None:
        snippets = snippets[: args.limit]
    table = load_table()
    articles = [Article(article_id=f"case:{s.row_id}", text=s.text) for s in snippets]
    events = code_with_progress(make_pipeline(args.model), articles, "CASE 2021 dev")
    asserted = score_case(snippets, events, table, asserted_only=True)
    anymod = score_case(snippets, events, table, asserted_only=False)

    if args.json:
        print_json({"asserted": asserted.as_dict(), "any_modality": anymod.as_dict()})
        return 0
    stdout.print(_type_table(asserted, anymod))
    for name, score in (("asserted", asserted), ("any modality", anymod)):
        stdout.print(f"{name}: overall {pct(score.accuracy)}, positive types {pct(score.positive_accuracy)}, "
                     f"disasters (negatives) {pct(score.negative_accuracy)}")
    if args.misses:
        stdout.print(_misses_table(snippets, events, table, args.misses))
    if asserted.unmapped:
        stdout.print(f"types missing from the table (not scored): {', '.join(asserted.unmapped)}")
    return 0


def _type_table(asserted: CaseScore, anymod: CaseScore) -> Table:
    table = Table(title=f"CASE 2021 event typing, dev set: {sum(t.total for t in asserted.types)} snippets")
    for col in ("gold type", "kind", "n", "acc. asserted", "acc. any", "no event", "top root (asserted)"):
        table.add_column(col, justify="right" if col in ("n", "acc. asserted", "acc. any", "no event") else "left")
    other = {t.acled_type: t for t in anymod.types}
    for t in sorted(asserted.types, key=lambda t: (t.kind, t.acled_type)):
        table.add_row(t.acled_type, t.kind, str(t.total), pct(t.accuracy), pct(other[t.acled_type].accuracy),
                      str(t.no_event), f"{t.top_root} ({t.top_root_count})")
    return table


def _misses_table(snippets, events, table, k: int) -> Table:
    out = Table(title=f"Missed snippets (asserted), up to {k} per type", show_lines=True)
    for col in ("id", "gold type", "coded (code/modality/rule)", "snippet"):
        out.add_column(col, overflow="fold")
    shown: dict[str, int] = {}
    for snippet, coded in zip(snippets, events):
        mapping = table.get(snippet.subtype)
        if mapping is None or snippet_correct(mapping, coded) is not False or shown.get(snippet.subtype, 0) >= k:
            continue
        shown[snippet.subtype] = shown.get(snippet.subtype, 0) + 1
        codes = ", ".join(f"{e.cameo_code}/{e.modality.value}/{e.rule}" for e in coded) or "-"
        out.add_row(snippet.row_id, snippet.subtype, codes, snippet.text[:160])
    return out


if __name__ == "__main__":
    raise SystemExit(run(main))
