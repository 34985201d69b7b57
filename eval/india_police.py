"""IndiaPoliceEvents: precision and recall of police ARREST, KILL and FORCE, and daily counts.

Codes every sentence of ``events/india-police-events/sents.jsonl`` on its own (dated by its
document, text repaired as ingest would: mojibake, whitespace) and scores the labels that
:mod:`flashpoint.evaluate.police` predicts, twice: with police-sourced events only (source
sector COP) and with events of any source. The corpus actor dictionary (bare police nouns ->
INDCOP, ``flashpoint.evaluate.police.CORPUS_ACTORS``) is loaded unless ``--packaged-only``. Usage::

    python eval/india_police.py [--limit N] [--misses K] [--json] [--raw] [--packaged-only] [--data DIR]
                                [--model NAME]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rich.table import Table

from _common import DEFAULT_DATA, code_with_progress, pct, print_json, require, run, stdout
from flashpoint.clean.normalize import normalize_text
from flashpoint.evaluate.police import (
    LABELS,
    POLICE_SECTOR,
    Criteria,
    PoliceScore,
    load_sentences,
    predict_labels,
    score_police,
    write_corpus_actors,
)
from flashpoint.types import Modality
from flashpoint.pipeline import Pipeline

VARIANTS = {"police": Criteria(police_only=True), "any_source": Criteria(police_only=False)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--misses", type=int, default=0, help="print up to K missed sentences per label")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--raw", action="store_true", help="code the text as given, without repair")
    parser.add_argument("--packaged-only", action="store_true", help="do not load the corpus actor dictionary")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)

    folder = require(Path(args.data) / "events" / "india-police-events")
    sentences = load_sentences(folder / "sents.jsonl", folder / "metadata_min.jsonl")
    if args.limit is not None:
        sentences = sentences[: args.limit]
    repair = None if args.raw else normalize_text
    articles = [s.article(repair) for s in sentences]
    with tempfile.TemporaryDirectory() as tmp:
        actors = [] if args.packaged_only else [write_corpus_actors(Path(tmp) / "india_actors.tsv")]
        pipeline = Pipeline(model=args.model, actor_files=actors)
    events = code_with_progress(pipeline, articles, "IndiaPoliceEvents")
    texts = [a.text for a in articles]
    scores = {name: score_police(sentences, events, crit, texts) for name, crit in VARIANTS.items()}

    if args.json:
        print_json({"corpus_actors": not args.packaged_only, **{name: s.as_dict() for name, s in scores.items()}})
        return 0
    dictionaries = "packaged only" if args.packaged_only else "packaged + corpus (police -> INDCOP)"
    stdout.print(f"actor dictionaries: {dictionaries}")
    for name, score in scores.items():
        stdout.print(_label_table(name, score))
    stdout.print(_daily_table(scores))
    stdout.print(_miss_table(sentences, events, texts))
    if args.misses:
        stdout.print(_miss_examples(sentences, events, texts, args.misses))
    return 0


def _miss_reason(events) -> str:
    """Why a gold sentence was missed by the police variant, coarsely."""
    asserted = [e for e in events if e.modality is Modality.ASSERTED]
    if not events:
        return "no event"
    if not asserted:
        return "only non-asserted events"
    if not any(e.source is not None and POLICE_SECTOR in e.source.sectors for e in asserted):
        return "no police-sourced event"
    return "police event, other code"


def _miss_table(sentences, events, texts) -> Table:
    reasons = ("no event", "only non-asserted events", "no police-sourced event", "police event, other code")
    table = Table(title="Missed gold sentences (police variant) by reason")
    table.add_column("label")
    for reason in reasons:
        table.add_column(reason, justify="right")
    for label in LABELS:
        counts = dict.fromkeys(reasons, 0)
        for sentence, coded, text in zip(sentences, events, texts):
            if label in sentence.labels and label not in predict_labels(text, coded):
                counts[_miss_reason(coded)] += 1
        table.add_row(label, *(str(counts[r]) for r in reasons))
    return table


def _miss_examples(sentences, events, texts, k: int) -> Table:
    table = Table(title=f"Missed gold sentences (police variant), up to {k} per label", show_lines=True)
    for col in ("label", "id", "reason", "coded (code/source/modality/rule)", "sentence"):
        table.add_column(col, overflow="fold")
    for label in LABELS:
        shown = 0
        for sentence, coded, text in zip(sentences, events, texts):
            if shown >= k:
                break
            if label in sentence.labels and label not in predict_labels(text, coded):
                shown += 1
                codes = ", ".join(f"{e.cameo_code}/{e.source.code if e.source else '-'}/{e.modality.value}/{e.rule}"
                                  for e in coded) or "-"
                table.add_row(label, sentence.key, _miss_reason(coded), codes, text[:200])
    return table


def _label_table(name: str, score: PoliceScore) -> Table:
    table = Table(title=f"IndiaPoliceEvents, {score.sentences} sentences, events: {name} (asserted)")
    for col in ("label", "gold", "predicted", "TP", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for label in LABELS:
        s = score.label(label)
        table.add_row(label, str(s.true_pos + s.false_neg), str(s.true_pos + s.false_pos), str(s.true_pos),
                      pct(s.precision), pct(s.recall), pct(s.f1))
    return table


def _daily_table(scores: dict[str, PoliceScore]) -> Table:
    table = Table(title="ARREST sentences per day (document date)")
    table.add_column("date")
    table.add_column("gold", justify="right")
    for name in scores:
        table.add_column(f"predicted ({name})", justify="right")
    first = next(iter(scores.values()))
    others = [{d: p for d, _, p in s.daily} for s in scores.values()]
    for day, gold, _ in first.daily:
        table.add_row(day.isoformat(), str(gold), *(str(o.get(day, 0)) for o in others))
    table.add_row("Pearson r", "", *(f"{s.daily_correlation:.2f}" if s.daily_correlation is not None else "n/a"
                                     for s in scores.values()))
    return table


if __name__ == "__main__":
    raise SystemExit(run(main))
