"""Wikipedia Current Events (WikiTimes, September 2015): weak-label event coding by category.

Codes each of the 428 one-sentence summaries of
``news/wikitimes-cep-2015-09/wikitimes_CEP_2015-09.json`` as its own article dated by its day,
and reports per category the share of summaries with an asserted event and with an asserted
material-conflict event (QuadClass 4), and events per summary; then the weak-label measures of
:mod:`flashpoint.evaluate.wikitimes`: War_Conflict recall (CAMEO roots 14-20),
International_Relation recall (any event), false alarms (asserted QuadClass 4) in the quiet
categories, and recall of the countries among the linked entities as coded sources or targets.
``--half even|odd`` keeps the summaries of one id parity, so rules written against one half can
be checked on the other. Usage::

    python eval/wikitimes.py [--half even|odd] [--limit N] [--misses K] [--json] [--data DIR]
                             [--model NAME]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from _common import DEFAULT_DATA, code_with_progress, make_pipeline, pct, print_json, require, run, stdout
from flashpoint.evaluate.wikitimes import (
    CONFLICT_CATEGORY,
    HALVES,
    QUIET_CATEGORIES,
    RELATIONS_CATEGORY,
    WikiScore,
    coded_countries,
    country_lookup,
    half_of,
    is_conflict,
    is_material_conflict,
    load_summaries,
    named_countries,
    score_wikitimes,
)

FILE = Path("news") / "wikitimes-cep-2015-09" / "wikitimes_CEP_2015-09.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default=None, help="score the summaries of one id parity only")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N summaries")
    parser.add_argument("--misses", type=int, default=0, help="print up to K examples of each kind of miss")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)

    summaries = load_summaries(require(Path(args.data) / FILE))
    if args.half is not None:
        summaries = [s for s in summaries if half_of(s) == args.half]
    summaries = summaries[: args.limit]
    pipeline = make_pipeline(args.model)
    events = code_with_progress(pipeline, [s.article() for s in summaries], "WikiTimes")
    country_of = country_lookup(pipeline.resolver.dictionary)
    score = score_wikitimes(summaries, events, country_of)

    if args.json:
        print_json({"half": args.half or "all", "summaries": len(summaries), **score.as_dict()})
        return 0
    stdout.print(_category_table(score, args.half))
    stdout.print(_measure_table(score))
    if args.misses:
        stdout.print(_examples(summaries, events, country_of, args.misses))
    return 0


def _category_table(score: WikiScore, half: str | None) -> Table:
    table = Table(title=f"WikiTimes CEP 2015-09 ({half or 'all'} ids): coded events per category")
    for col in ("category", "summaries", "any asserted", "asserted QuadClass 4", "events per summary"):
        table.add_column(col, justify="left" if col == "category" else "right")
    for c in score.categories:
        table.add_row(c.category, str(c.summaries), pct(c.asserted / c.summaries),
                      pct(c.material_conflict / c.summaries), f"{c.mean_events:.2f}")
    return table


def _measure_table(score: WikiScore) -> Table:
    table = Table(title="Weak-label measures")
    for col in ("measure", "hits", "of", "rate"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    rows = (
        ("War_Conflict recall, roots 14-20 asserted", score.conflict_asserted),
        ("War_Conflict recall, roots 14-20 any modality", score.conflict_any),
        ("International_Relation recall, any asserted event", score.relations_asserted),
        ("International_Relation recall, any event", score.relations_any),
        ("quiet categories: asserted QuadClass 4 (false alarms)", score.false_alarms),
        ("countries among entities coded as source or target", score.actor_recall),
    )
    for name, share in rows:
        table.add_row(name, str(share.hits), str(share.total), pct(share.rate))
    return table


def _examples(summaries, events, country_of, k: int) -> Table:
    table = Table(title=f"Up to {k} examples of each kind of miss", show_lines=True)
    for col in ("kind", "id", "coded (code/source/target/modality/rule)", "summary"):
        table.add_column(col, overflow="fold")
    shown: dict[str, int] = {}
    for summary, coded in zip(summaries, events):
        missing = named_countries(summary, country_of) - coded_countries(coded)
        kinds = [
            ("conflict missed", summary.category == CONFLICT_CATEGORY and not any(map(is_conflict, coded))),
            ("relation missed", summary.category == RELATIONS_CATEGORY and not coded),
            ("false alarm", summary.category in QUIET_CATEGORIES and any(map(is_material_conflict, coded))),
            (f"countries missed: {' '.join(sorted(missing))}", bool(missing)),
        ]
        for kind, hit in kinds:
            group = kind.split(":")[0]
            if not hit or shown.get(group, 0) >= k:
                continue
            shown[group] = shown.get(group, 0) + 1
            codes = ", ".join(f"{e.cameo_code}/{e.source.code if e.source else '-'}/"
                              f"{e.target.code if e.target else '-'}/{e.modality.value}/{e.rule}" for e in coded)
            table.add_row(kind, summary.key, codes or "-", summary.text[:240])
    return table


if __name__ == "__main__":
    raise SystemExit(run(main))
