"""Quality gate: score fixed samples of the gold corpora and hold each score to its floor.

The samples in ``samples/`` name sentences, rows and files of ``../shared/data`` and give their
expected labels; the text is read from there at test time. Each sample records the SHA-256 of
its source files, and the gate fails when a source file differs from the one the sample was
drawn from. Floors (and the ``*_max`` ceilings) live in ``baseline.json``; see README.md here:
lowering a floor is a deliberate change, made in the same change that explains it.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from conftest import shared_path
from flashpoint.clean.normalize import normalize_text
from flashpoint.evaluate.acled import load_snippets, score_case, score_negatives
from flashpoint.evaluate.police import (
    Criteria,
    LabelledSentence,
    code_articles,
    load_sentences,
    score_police,
    write_corpus_actors,
)
from flashpoint.types import Article

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLDEN = Path(__file__).parent
SAMPLES = GOLDEN / "samples"
BASELINE = GOLDEN / "baseline.json"

#: Every metric the gate holds, by the sample that measures it.
GATE_KEYS: dict[str, tuple[str, ...]] = {
    "india": ("india_arrest_precision", "india_arrest_recall", "india_kill_precision", "india_kill_recall",
              "india_force_precision", "india_force_recall", "india_arrest_any_source_recall"),
    "case": ("case_root_accuracy", "case_positive_accuracy", "case_negative_accuracy"),
    "bbc": ("bbc_conflict_per_article_max",),
    "plover": ("plover_event_type", "plover_source_country", "plover_target_country", "plover_triple"),
    "petrarch_unit": ("petrarch_unit_actor_dyad",),
    "petrarch_gsr": ("petrarch_gsr_country_recall",),
    "glocon": ("glocon_protest_recall", "glocon_protest_precision"),
}


def _sample(name: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """A sample file's recorded hashes (relative path -> hex) and its rows."""
    hashes: dict[str, str] = {}
    lines: list[str] = []
    for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# sha256 "):
            _, _, rel, digest = line.split()
            hashes[rel] = digest
        elif line and not line.startswith("#"):
            lines.append(line)
    return hashes, list(csv.DictReader(lines, delimiter="\t"))


def _source(rel: str, expected: str, sample: str) -> Path:
    """The reference file ``rel`` (skips when absent); fails when its hash is not ``expected``."""
    path = shared_path(*rel.split("/"))
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != expected:
        pytest.fail(f"../shared/data/{rel} changed since samples/{sample} was drawn "
                    f"(sha256 {actual[:12]}..., recorded {expected[:12]}...): redraw the sample with "
                    f"`python eval/golden_samples.py samples` and review baseline.json")
    return path


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture(scope="module")
def india_metrics(nlp, tmp_path_factory) -> dict[str, float | None]:
    from flashpoint.pipeline import Pipeline

    actors = write_corpus_actors(tmp_path_factory.mktemp("india") / "india_actors.tsv")
    pipeline = Pipeline(nlp=nlp, actor_files=[actors])
    hashes, rows = _sample("india_police.tsv")
    paths = {Path(rel).name: _source(rel, digest, "india_police.tsv") for rel, digest in hashes.items()}
    dated = {s.key: s for s in load_sentences(paths["sents.jsonl"], paths["metadata_min.jsonl"])}
    sentences = []
    for row in rows:
        found = dated[f"{row['doc_id']}:{row['sent_id']}"]
        labels = frozenset(x for x in (row["labels"] or "").split(",") if x)
        sentences.append(LabelledSentence(found.doc_id, found.sent_id, found.text, labels, found.published))
    articles = [s.article(normalize_text) for s in sentences]
    events = code_articles(pipeline, articles)
    texts = [a.text for a in articles]
    police = score_police(sentences, events, Criteria(police_only=True), texts)
    anysrc = score_police(sentences, events, Criteria(police_only=False), texts)
    out: dict[str, float | None] = {}
    for label in ("ARREST", "KILL", "FORCE"):
        out[f"india_{label.lower()}_precision"] = police.label(label).precision
        out[f"india_{label.lower()}_recall"] = police.label(label).recall
    out["india_arrest_any_source_recall"] = anysrc.label("ARREST").recall
    return out


@pytest.fixture(scope="module")
def case_metrics(pipeline) -> dict[str, float | None]:
    hashes, rows = _sample("case2021.tsv")
    (rel, digest), = hashes.items()
    by_id = {s.row_id: s for s in load_snippets(_source(rel, digest, "case2021.tsv"))}
    snippets = [by_id[row["id"]] for row in rows]
    assert all(s.subtype == row["subtype"] for s, row in zip(snippets, rows)), "sample types differ from dev.tsv"
    events = code_articles(pipeline, [Article(article_id=f"case:{s.row_id}", text=s.text) for s in snippets])
    score = score_case(snippets, events)
    return {"case_root_accuracy": score.accuracy, "case_positive_accuracy": score.positive_accuracy,
            "case_negative_accuracy": score.negative_accuracy}


@pytest.fixture(scope="module")
def bbc_metrics(pipeline) -> dict[str, float | None]:
    _, rows = _sample("bbc_negatives.tsv")
    articles = []
    for row in rows:
        path = _source(f"news/bbc-fulltext/{row['file']}", row["sha256"], "bbc_negatives.tsv")
        raw = path.read_text(encoding="utf-8")
        headline, _, body = raw.strip().partition("\n")
        articles.append(Article(article_id=f"bbc:{row['file']}", text=f"{headline.strip()}\n\n{body.strip()}"))
    events = code_articles(pipeline, articles)
    names = [row["file"] for row in rows]
    score = score_negatives(names, [n.split("/")[0] for n in names], events)
    return {"bbc_conflict_per_article_max": score.per_article}


def _whole_set(sample: str) -> list[Path]:
    """The files of a gold set scored whole (the gold file first), each checked against its hash."""
    hashes, _ = _sample(sample)
    return [_source(rel, digest, sample) for rel, digest in hashes.items()]


@pytest.fixture(scope="module")
def plover_metrics(pipeline) -> dict[str, float]:
    from flashpoint.evaluate.plover import key_metrics, load_plover, score_plover

    gold, = _whole_set("plover_dev.tsv")
    return key_metrics(score_plover(load_plover(gold), pipeline))


@pytest.fixture(scope="module")
def petrarch_unit_metrics(nlp) -> dict[str, float]:
    from flashpoint.evaluate.petrarch import key_metrics, load_petrarch, score_petrarch
    from flashpoint.pipeline import Pipeline

    gold, *dictionaries = _whole_set("petrarch_unit.tsv")
    unit = Pipeline(nlp=nlp, actor_files=dictionaries)
    return key_metrics(score_petrarch(load_petrarch(gold), unit), "petrarch_unit")


@pytest.fixture(scope="module")
def petrarch_gsr_metrics(pipeline) -> dict[str, float]:
    from flashpoint.evaluate.petrarch import key_metrics, load_petrarch, score_petrarch

    gold, = _whole_set("petrarch_gsr.tsv")
    return key_metrics(score_petrarch(load_petrarch(gold), pipeline), "petrarch_gsr")


@pytest.fixture(scope="module")
def glocon_metrics(pipeline) -> dict[str, float]:
    from flashpoint.evaluate.glocon import is_protest, key_metrics, load_labelled, score_detection

    hashes, rows = _sample("glocon.tsv")
    (rel, digest), = hashes.items()
    wanted = {row["id"]: int(row["label"]) for row in rows}
    records = [r for r in load_labelled(_source(rel, digest, "glocon.tsv"), "sentence") if r.key in wanted]
    assert [r.label for r in records] == [wanted[r.key] for r in records], "sample labels differ from the gold file"
    articles = [Article(article_id=r.key, text=normalize_text(r.text).strip()) for r in records]
    return key_metrics(score_detection(records, code_articles(pipeline, articles), is_protest))


@pytest.mark.parametrize(("sample", "key"), [(s, k) for s, keys in GATE_KEYS.items() for k in keys])
def test_gate_score_within_baseline(request, sample: str, key: str) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert key in baseline, f"baseline.json has no bound for {key}: run `python eval/golden_samples.py measure --write`"
    bound = baseline[key]
    if not key.endswith("_max") and bound <= 0:
        pytest.skip(f"{key}: floor is 0.0, nothing to guard until the coder scores above 0.02")
    value = request.getfixturevalue(f"{sample}_metrics")[key]
    if key.endswith("_max"):
        assert value is not None and value <= bound, f"{key} = {value} rose above its ceiling {bound}"
    else:
        assert value is not None, f"{key}: nothing was predicted, floor is {bound}"
        assert value >= bound, f"{key} = {value:.4f} fell below its floor {bound}"
