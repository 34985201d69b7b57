"""Build the fixed CI samples in ``tests/golden/samples/`` and measure their floors.

The samples hold ids and expected labels only, never text, plus the SHA-256 of each source file,
so the gate in ``tests/golden/test_gate.py`` reads the text from the reference data at test time
and notices when a source file changed. Usage::

    python eval/golden_samples.py samples            # (re)write the sample files
    python eval/golden_samples.py measure            # score the samples, print the metrics
    python eval/golden_samples.py measure --write    # ... and tighten the bounds in baseline.json
    python eval/golden_samples.py measure --write --allow-regression   # ... also loosen them

Floors are the measured value rounded down after subtracting 0.02; ceilings (keys ending in
``_max``) the value rounded up after adding 0.02. ``--write`` only tightens a bound unless
``--allow-regression`` is given. Keys written by others are kept.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import tempfile
from collections import defaultdict
from pathlib import Path

import bbc_negatives
from _common import DEFAULT_DATA, code_with_progress, make_pipeline, require, run, stdout
from flashpoint.clean.normalize import normalize_text
from flashpoint.evaluate.acled import Snippet, load_snippets, score_case, score_negatives
from flashpoint.evaluate.glocon import is_protest, load_labelled, score_detection
from flashpoint.evaluate.glocon import key_metrics as glocon_key_metrics
from flashpoint.evaluate.petrarch import key_metrics as petrarch_key_metrics
from flashpoint.evaluate.petrarch import load_petrarch, score_petrarch
from flashpoint.evaluate.plover import key_metrics as plover_key_metrics
from flashpoint.evaluate.plover import load_plover, score_plover
from flashpoint.evaluate.police import Criteria, load_sentences, score_police, write_corpus_actors
from flashpoint.pipeline import Pipeline
from flashpoint.types import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "golden" / "samples"
BASELINE = REPO / "tests" / "golden" / "baseline.json"

INDIA = ("events", "india-police-events")
CASE = ("events", "case2021-task2", "dev.tsv")
BBC = ("news", "bbc-fulltext")
SCORED = ("ARREST", "KILL", "FORCE")
INDIA_SIZE = 150        # sentences with a scored label, and as many without
CASE_PER_TYPE = 5       # first rows of each gold type, in file order
BBC_TOPICS = {"sport": 14, "tech": 13, "entertainment": 13}
GLOCON = ("events", "glocon-gold-sample", "sentence", "Sabinet.json")
GLOCON_SIZE = 120       # protest sentences, and as many without
#: Small gold sets scored whole: sample file -> (gold file, dictionaries loaded with it).
WHOLE_SETS = {
    "plover_dev.tsv": (("events", "plover-gsr", "dev.jsonl"), ()),
    "petrarch_unit.tsv": (("events", "petrarch-validation", "PETR.UnitTest.records.xml"),
                          (("events", "petrarch-dictionaries", "PETR.Validate.actors.txt"),
                           ("events", "petrarch-dictionaries", "PETR.Validate.agents.txt"))),
    "petrarch_gsr.tsv": (("events", "petrarch-validation", "PETR2_GSR_validation.xml"), ()),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _every(items: list, n: int) -> list:
    """``n`` items spread evenly over ``items`` (all of them when there are fewer)."""
    if len(items) <= n:
        return list(items)
    return [items[(i * len(items)) // n] for i in range(n)]


def write_samples(data: Path) -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    folder = require(data.joinpath(*INDIA))
    sentences = load_sentences(folder / "sents.jsonl")
    positive = [s for s in sentences if s.labels & set(SCORED)]
    negative = [s for s in sentences if not s.labels & set(SCORED)]
    chosen = sorted(_every(positive, INDIA_SIZE) + _every(negative, INDIA_SIZE), key=lambda s: (s.doc_id, s.sent_id))
    with (SAMPLES / "india_police.tsv").open("w", encoding="utf-8") as out:
        out.write("# IndiaPoliceEvents sentences: ids and gold labels only.\n")
        for name in ("sents.jsonl", "metadata_min.jsonl"):
            out.write(f"# sha256 {'/'.join(INDIA)}/{name} {sha256(folder / name)}\n")
        out.write("doc_id\tsent_id\tlabels\n")
        for s in chosen:
            out.write(f"{s.doc_id}\t{s.sent_id}\t{','.join(sorted(s.labels))}\n")

    path = require(data.joinpath(*CASE))
    by_type: dict[str, list[Snippet]] = defaultdict(list)
    for snippet in load_snippets(path):
        by_type[snippet.subtype].append(snippet)
    with (SAMPLES / "case2021.tsv").open("w", encoding="utf-8") as out:
        out.write("# CASE 2021 event typing dev rows: ids and gold ACLED types only.\n")
        out.write(f"# sha256 {'/'.join(CASE)} {sha256(path)}\n")
        out.write("id\tsubtype\n")
        for subtype in sorted(by_type):
            for snippet in by_type[subtype][:CASE_PER_TYPE]:
                out.write(f"{snippet.row_id}\t{subtype}\n")

    folder = require(data.joinpath(*BBC))
    with (SAMPLES / "bbc_negatives.tsv").open("w", encoding="utf-8") as out:
        out.write("# BBC sport, tech and entertainment articles expected to code no material conflict.\n")
        out.write("file\tsha256\n")
        for topic, n in BBC_TOPICS.items():
            for f in _every(sorted((folder / topic).glob("*.txt")), n):
                out.write(f"{topic}/{f.name}\t{sha256(f)}\n")
    path = require(data.joinpath(*GLOCON))
    records = load_labelled(path, "sentence")
    chosen = _every([r for r in records if r.label], GLOCON_SIZE) + _every([r for r in records if not r.label], GLOCON_SIZE)
    with (SAMPLES / "glocon.tsv").open("w", encoding="utf-8") as out:
        out.write("# GLOCON gold sentences: ids and protest labels only.\n")
        out.write(f"# sha256 {'/'.join(GLOCON)} {sha256(path)}\n")
        out.write("id\tlabel\n")
        for r in sorted(chosen, key=lambda r: r.key):
            out.write(f"{r.key}\t{r.label}\n")
    for name, (gold, dictionaries) in WHOLE_SETS.items():
        with (SAMPLES / name).open("w", encoding="utf-8") as out:
            out.write("# A small gold set scored whole: the hashes of its files, no records.\n")
            for parts in (gold, *dictionaries):
                out.write(f"# sha256 {'/'.join(parts)} {sha256(require(data.joinpath(*parts)))}\n")
            out.write("scope\nall\n")
    stdout.print(f"wrote samples to {SAMPLES.relative_to(REPO)}")


def _rows(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def measure(data: Path) -> dict[str, float]:
    """Score the samples with the evaluation functions; metric key -> value."""
    pipeline = make_pipeline()
    folder = data.joinpath(*INDIA)
    wanted = {(int(r["doc_id"]), int(r["sent_id"])) for r in _rows(SAMPLES / "india_police.tsv")}
    sentences = [s for s in load_sentences(folder / "sents.jsonl", folder / "metadata_min.jsonl")
                 if (s.doc_id, s.sent_id) in wanted]
    articles = [s.article(normalize_text) for s in sentences]
    with tempfile.TemporaryDirectory() as tmp:
        india = Pipeline(nlp=pipeline.nlp, actor_files=[write_corpus_actors(Path(tmp) / "india_actors.tsv")])
    events = code_with_progress(india, articles, "india sample")
    texts = [a.text for a in articles]
    police = score_police(sentences, events, Criteria(police_only=True), texts)
    anysrc = score_police(sentences, events, Criteria(police_only=False), texts)
    metrics: dict[str, float] = {}
    for label in SCORED:
        s = police.label(label)
        metrics[f"india_{label.lower()}_precision"] = s.precision or 0.0
        metrics[f"india_{label.lower()}_recall"] = s.recall or 0.0
    metrics["india_arrest_any_source_recall"] = anysrc.label("ARREST").recall or 0.0

    ids = {r["id"] for r in _rows(SAMPLES / "case2021.tsv")}
    snippets = [s for s in load_snippets(data.joinpath(*CASE)) if s.row_id in ids]
    articles = [Article(article_id=f"case:{s.row_id}", text=s.text) for s in snippets]
    events = code_with_progress(pipeline, articles, "case sample")
    case = score_case(snippets, events)
    metrics["case_root_accuracy"] = case.accuracy or 0.0
    metrics["case_positive_accuracy"] = case.positive_accuracy or 0.0
    metrics["case_negative_accuracy"] = case.negative_accuracy or 0.0

    names = [r["file"] for r in _rows(SAMPLES / "bbc_negatives.tsv")]
    articles = [bbc_negatives.bbc_article(data.joinpath(*BBC), n) for n in names]
    events = code_with_progress(pipeline, articles, "bbc sample")
    bbc = score_negatives(names, [n.split("/")[0] for n in names], events)
    metrics["bbc_conflict_per_article_max"] = bbc.per_article

    wanted = {r["id"]: int(r["label"]) for r in _rows(SAMPLES / "glocon.tsv")}
    records = [r for r in load_labelled(data.joinpath(*GLOCON), "sentence") if r.key in wanted]
    articles = [Article(article_id=r.key, text=normalize_text(r.text).strip()) for r in records]
    events = code_with_progress(pipeline, articles, "glocon sample")
    metrics.update(glocon_key_metrics(score_detection(records, events, is_protest)))

    gold, _ = WHOLE_SETS["plover_dev.tsv"]
    plover = score_plover(load_plover(data.joinpath(*gold)), pipeline)
    metrics.update(plover_key_metrics(plover))
    gold, dictionaries = WHOLE_SETS["petrarch_unit.tsv"]
    unit = Pipeline(nlp=pipeline.nlp, actor_files=[data.joinpath(*d) for d in dictionaries])
    unit_metrics = petrarch_key_metrics(score_petrarch(load_petrarch(data.joinpath(*gold)), unit), "petrarch_unit")
    metrics["petrarch_unit_actor_dyad"] = unit_metrics["petrarch_unit_actor_dyad"]   # its gold uses its own verbs
    gold, _ = WHOLE_SETS["petrarch_gsr.tsv"]
    metrics.update(petrarch_key_metrics(score_petrarch(load_petrarch(data.joinpath(*gold)), pipeline), "petrarch_gsr"))
    return metrics



def bound(key: str, value: float) -> float:
    """The floor (or, for ``*_max`` keys, the ceiling) recorded for a measured value."""
    if key.endswith("_max"):
        return math.ceil(round((value + 0.02) * 100, 6)) / 100
    return max(0.0, math.floor(round((value - 0.02) * 100, 6)) / 100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("samples", "measure"))
    parser.add_argument("--write", action="store_true", help="with measure: write floors to baseline.json")
    parser.add_argument("--allow-regression", action="store_true",
                        help="with --write: also lower floors (raise ceilings); a deliberate change")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if args.command == "samples":
        write_samples(data)
        return 0
    metrics = measure(data)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    for key, value in metrics.items():
        stdout.print(f"{key:34s} measured {value:.4f}  bound {bound(key, value):.2f}  (was {baseline.get(key)})")
    if args.write:
        for key, value in metrics.items():
            new, old = bound(key, value), baseline.get(key)
            looser = old is not None and (new > old if key.endswith("_max") else new < old)
            if looser and not args.allow_regression:
                stdout.print(f"kept {key} at {old}: the new bound {new} is looser (--allow-regression to accept)")
                continue
            baseline[key] = new
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        stdout.print(f"wrote {BASELINE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run(main))
