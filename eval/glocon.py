"""GLOCON gold sample: protest detection per sentence and per document.

Codes every labelled sentence of ``events/glocon-gold-sample/sentence/Sabinet.json`` on its
own, and every document of ``document/Sabinet_R.json`` whole, and scores the ``protest``
(CAMEO root 14) and ``contentious`` (protest, or non-state violence) predictions of
:mod:`flashpoint.evaluate.glocon` against the labels. ``--half dev|test`` keeps one half of
the documents (split by url hash) so rules written against one half can be checked on the
other. Usage::

    python eval/glocon.py [--half dev|test] [--level sentence|document|both] [--misses K]
                          [--json] [--data DIR] [--model NAME]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from _common import DEFAULT_DATA, code_with_progress, make_pipeline, pct, print_json, require, run, stdout
from flashpoint.clean.normalize import normalize_text
from flashpoint.evaluate.glocon import HALVES, PREDICTIONS, load_labelled, score_detection
from flashpoint.types import Article

FILES = {"sentence": ("sentence/Sabinet.json", "sentence"), "document": ("document/Sabinet_R.json", "text")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default=None, help="score one half of the documents only")
    parser.add_argument("--level", choices=("sentence", "document", "both"), default="both")
    parser.add_argument("--misses", type=int, default=0, help="print up to K misses and K false alarms per level")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)

    folder = require(Path(args.data) / "events" / "glocon-gold-sample")
    pipeline = make_pipeline(args.model)
    levels = ("sentence", "document") if args.level == "both" else (args.level,)
    results = {}
    for level in levels:
        name, field = FILES[level]
        records = load_labelled(folder / name, field, args.half)
        articles = [Article(article_id=r.key, text=normalize_text(r.text).strip(), published=None) for r in records]
        events = code_with_progress(pipeline, articles, f"GLOCON {level}s")
        scores = {p: score_detection(records, events, fn) for p, fn in PREDICTIONS.items()}
        results[level] = (records, events, scores)

    if args.json:
        print_json({"half": args.half or "all",
                    **{lvl: {p: s.as_dict() for p, s in res[2].items()} for lvl, res in results.items()}})
        return 0
    table = Table(title=f"GLOCON protest detection ({args.half or 'all'} documents)")
    for col in ("level", "prediction", "gold", "predicted", "TP", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col in ("level", "prediction") else "right")
    for level, (records, _, scores) in results.items():
        for pred, s in scores.items():
            table.add_row(f"{level} ({len(records)})", pred, str(s.true_pos + s.false_neg),
                          str(s.true_pos + s.false_pos), str(s.true_pos), pct(s.precision), pct(s.recall), pct(s.f1))
    stdout.print(table)
    if args.misses:
        for level, (records, events, _) in results.items():
            stdout.print(_examples(level, records, events, args.misses))
    return 0


def _examples(level, records, events, k: int) -> Table:
    predicate = PREDICTIONS["protest"]
    table = Table(title=f"{level}s: up to {k} missed protests and {k} false alarms", show_lines=True)
    for col in ("kind", "id", "coded (code/source/target/modality/rule)", "text"):
        table.add_column(col, overflow="fold")
    shown = {"missed": 0, "false alarm": 0}
    for record, coded in zip(records, events):
        predicted = any(predicate(e) for e in coded)
        kind = "missed" if record.label and not predicted else "false alarm" if predicted and not record.label else None
        if kind is None or shown[kind] >= k:
            continue
        shown[kind] += 1
        codes = ", ".join(f"{e.cameo_code}/{e.source.code if e.source else '-'}/{e.target.code if e.target else '-'}"
                          f"/{e.modality.value}/{e.rule}" for e in coded) or "-"
        table.add_row(kind, record.key, codes, record.text[:240])
    return table


if __name__ == "__main__":
    raise SystemExit(run(main))
