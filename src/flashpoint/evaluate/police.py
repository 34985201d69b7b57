"""Score coded events against IndiaPoliceEvents sentence labels (police ARREST, KILL, FORCE).

IndiaPoliceEvents (Halterman et al., Findings of ACL 2021) labels 12,942 sentences of 774 Times
of India articles (1-15 March 2002) with answers to yes/no questions such as "did police arrest
someone?". Files: ``sents.jsonl`` (one object per line: ``doc_id`` int, ``sent_id`` int,
``sent_text`` str, ``sent_labels`` list of KILL, ARREST, FAIL, FORCE, ANY_ACTION) and
``metadata_min.jsonl`` (``doc_id``, ``date`` ``YYYY-MM-DD``, ``url``).

Each sentence is coded on its own, as an article published on its document's date. A sentence
is predicted positive for a label when one of its coded events (asserted only, by default)
satisfies that label's rule (CAMEO 1.1b3 codes):

    * ARREST: a CAMEO 173 event (arrest, detain or charge with legal action).
    * KILL: a root 18, 19 or 20 event in a sentence that says someone died (:data:`DEATH_CUES`).
    * FORCE: a CAMEO 175 event (violent repression) or a root 18 or 19 event.

With ``police_only`` (the default) the event's source actor must carry the COP sector (an
arrest, CAMEO 173, with no named doer counts too: arrests are the authorities' acts); without
it any source, or none, will do. MIL sources do not count as police: the gold questions ask about
police, and in the 2002 Gujarat reports the army is named apart from the police.

The corpus is lower-case and its police are rarely named with their country ("police said"),
so the packaged dictionary finds few of them. :data:`CORPUS_ACTORS` is the corpus-level actor
dictionary an analyst would load for a single-country corpus (bare police nouns -> INDCOP);
:func:`write_corpus_actors` writes it in flashpoint's user TSV format for ``Pipeline(actor_files=...)``.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.types import Article, Event, Modality

log = logging.getLogger(__name__)

#: Labels scored here, in report order.
LABELS: tuple[str, ...] = ("ARREST", "KILL", "FORCE")

#: Actor sector that marks a police source (CAMEO 1.1b3 type code).
POLICE_SECTOR = "COP"

#: Words that say someone died; KILL needs one of them in the sentence.
DEATH_CUES = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|dead|died|dies|death(?:s)?|deceased|lynch(?:ed|ing)?|"
    r"murder(?:s|ed)?|bod(?:y|ies)|corpses?|succumb(?:s|ed)?|fatal(?:ly)?|slain|"
    r"charred|burnt alive|burned alive|toll)\b",
    re.IGNORECASE,
)


#: Corpus-level actor dictionary for IndiaPoliceEvents: (phrase, CAMEO actor code).
CORPUS_ACTORS: tuple[tuple[str, str], ...] = (
    ("police", "INDCOP"),
    ("policeman", "INDCOP"),
    ("policemen", "INDCOP"),
    ("cop", "INDCOP"),
    ("cops", "INDCOP"),
    ("constable", "INDCOP"),
    ("constables", "INDCOP"),
    ("crime branch", "INDCOP"),
    ("rapid action force", "INDCOP"),
    ("state reserve police", "INDCOP"),
)


def write_corpus_actors(path: str | Path) -> Path:
    """Write :data:`CORPUS_ACTORS` as a user actor TSV (``name<TAB>code``) and return its path."""
    path = Path(path)
    lines = ["# IndiaPoliceEvents corpus dictionary: police nouns without a country -> INDCOP."]
    lines += [f"{phrase}\t{code}" for phrase, code in CORPUS_ACTORS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One IndiaPoliceEvents sentence: ``labels`` is a subset of the corpus labels."""

    doc_id: int
    sent_id: int
    text: str
    labels: frozenset[str]
    published: date | None = None

    @property
    def key(self) -> str:
        """``"<doc_id>:<sent_id>"``, the article id the sentence is coded under."""
        return f"{self.doc_id}:{self.sent_id}"

    def article(self, repair: Callable[[str], str] | None = None) -> Article:
        """The sentence as an article dated by its document; ``repair`` mends its text first."""
        text = repair(self.text) if repair else self.text
        return Article(article_id=self.key, text=text.strip(), published=self.published)


@dataclass(frozen=True, slots=True)
class Criteria:
    """Which events may vote: ``police_only`` needs a COP source; ``asserted_only`` asserted."""

    police_only: bool = True
    asserted_only: bool = True


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Sentence-level counts for one label; ratios are None when their denominator is 0."""

    label: str
    true_pos: int
    false_pos: int
    false_neg: int

    @property
    def precision(self) -> float | None:
        n = self.true_pos + self.false_pos
        return self.true_pos / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.true_pos + self.false_neg
        return self.true_pos / n if n else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"label": self.label, "tp": self.true_pos, "fp": self.false_pos, "fn": self.false_neg,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class PoliceScore:
    """Scores of one run: per label, and gold vs predicted ARREST sentences per day."""

    criteria: Criteria
    sentences: int
    labels: tuple[LabelScore, ...]
    daily: tuple[tuple[date, int, int], ...] = field(default=())   # (day, gold, predicted)

    def label(self, name: str) -> LabelScore:
        """The score of label ``name``; raises KeyError when it was not scored."""
        for score in self.labels:
            if score.label == name:
                return score
        raise KeyError(name)

    @property
    def daily_correlation(self) -> float | None:
        """Pearson r of gold vs predicted ARREST sentences per day; None under 2 days or no spread."""
        gold = [g for _, g, _ in self.daily]
        pred = [p for _, _, p in self.daily]
        if len(gold) < 2 or len(set(gold)) < 2 or len(set(pred)) < 2:
            return None
        return statistics.correlation(gold, pred)

    def as_dict(self) -> dict:
        return {
            "police_only": self.criteria.police_only,
            "asserted_only": self.criteria.asserted_only,
            "sentences": self.sentences,
            "labels": {s.label: s.as_dict() for s in self.labels},
            "daily_arrest_correlation": self.daily_correlation,
            "daily_arrest": [{"date": d.isoformat(), "gold": g, "predicted": p} for d, g, p in self.daily],
        }


def load_sentences(sents_path: str | Path, metadata_path: str | Path | None = None) -> list[LabelledSentence]:
    """Read ``sents.jsonl`` (and, when given, the document dates from ``metadata_min.jsonl``).

    Raises:
        InputError: [FP600] a file cannot be read; [FP610] a line is not a record.
    """
    dates: dict[int, date] = {}
    if metadata_path is not None:
        for number, row in _read_jsonl(metadata_path):
            try:
                dates[int(row["doc_id"])] = date.fromisoformat(row["date"])
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"[FP610] {metadata_path}:{number}: not a metadata record: {exc}") from exc
    out: list[LabelledSentence] = []
    for number, row in _read_jsonl(sents_path):
        try:
            doc_id = int(row["doc_id"])
            out.append(LabelledSentence(doc_id, int(row["sent_id"]), str(row["sent_text"]),
                                        frozenset(row.get("sent_labels") or ()), dates.get(doc_id)))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"[FP610] {sents_path}:{number}: not a sentence record: {exc}") from exc
    return out


def _read_jsonl(path: str | Path) -> Iterable[tuple[int, dict]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"[FP600] cannot read {path}: {exc.strerror or exc}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"[FP610] {path}:{number}: not JSON: {exc.msg}") from exc


def code_articles(coder, articles: Sequence[Article], on_done: Callable[[int], None] | None = None,
                  batch: int = 64) -> list[list[Event]]:
    """Code ``articles`` with anything that has ``run`` (batched) or ``code_article``.

    Returns one event list per article, in input order; ``on_done(n)`` is called after each
    article with the number coded so far (for progress bars).
    """
    out: list[list[Event]] = []
    if hasattr(coder, "run"):
        stream = (events for _, events in coder.run(articles, batch=batch))
    else:
        stream = (coder.code_article(a) for a in articles)
    for events in stream:
        out.append(list(events))
        if on_done is not None:
            on_done(len(out))
    return out


def _police_source(event: Event) -> bool:
    """A police source, or an arrest with no named doer ("five men were arrested"): arrest
    and detention (CAMEO 173) are acts of the authorities by definition."""
    if event.source is None:
        return event.cameo_code.startswith("173")
    return POLICE_SECTOR in event.source.sectors


def _voting(events: Iterable[Event], criteria: Criteria) -> list[Event]:
    keep = []
    for event in events:
        if criteria.asserted_only and event.modality is not Modality.ASSERTED:
            continue
        if criteria.police_only and not _police_source(event):
            continue
        keep.append(event)
    return keep


def predict_labels(text: str, events: Iterable[Event], criteria: Criteria = Criteria()) -> frozenset[str]:
    """The labels (a subset of :data:`LABELS`) that ``events`` coded from ``text`` predict."""
    voting = _voting(events, criteria)
    codes = [e.cameo_code for e in voting]
    labels = set()
    if any(c.startswith("173") for c in codes):
        labels.add("ARREST")
    if any(c[:2] in ("18", "19", "20") for c in codes) and DEATH_CUES.search(text):
        labels.add("KILL")
    if any(c.startswith("175") or c[:2] in ("18", "19") for c in codes):
        labels.add("FORCE")
    return frozenset(labels)


def score_police(sentences: Sequence[LabelledSentence], events: Sequence[Sequence[Event]],
                 criteria: Criteria = Criteria(), texts: Sequence[str] | None = None) -> PoliceScore:
    """Score predicted labels against gold, sentence by sentence.

    Args:
        sentences: the gold sentences.
        events: the events coded from each sentence, aligned with ``sentences``.
        criteria: which events vote.
        texts: the text each sentence was coded from (after any repair), for the death cues;
            defaults to the gold text.

    Raises:
        ValueError: ``events`` (or ``texts``) is not aligned with ``sentences``.
    """
    if len(events) != len(sentences) or (texts is not None and len(texts) != len(sentences)):
        raise ValueError("events and sentences differ in length")
    counts = {label: Counter() for label in LABELS}
    gold_day: Counter = Counter()
    pred_day: Counter = Counter()
    for i, (sentence, coded) in enumerate(zip(sentences, events)):
        predicted = predict_labels(texts[i] if texts is not None else sentence.text, coded, criteria)
        for label in LABELS:
            gold, pred = label in sentence.labels, label in predicted
            if gold and pred:
                counts[label]["tp"] += 1
            elif pred:
                counts[label]["fp"] += 1
            elif gold:
                counts[label]["fn"] += 1
        if sentence.published is not None:
            gold_day[sentence.published] += "ARREST" in sentence.labels
            pred_day[sentence.published] += "ARREST" in predicted
    scores = tuple(LabelScore(label, c["tp"], c["fp"], c["fn"]) for label, c in counts.items())
    days = sorted(set(gold_day) | set(pred_day))
    daily = tuple((d, gold_day[d], pred_day[d]) for d in days)
    return PoliceScore(criteria, len(sentences), scores, daily)
