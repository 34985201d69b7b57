"""Score coded events against ACLED-typed snippets (CASE 2021 event typing) and against negatives.

CASE 2021 event typing (``dev.tsv``: tab-separated ``id``, ``EventSnippet``, ``SubType``) labels short
news snippets with ACLED sub-event types plus five types outside ACLED's taxonomy. The table
``flashpoint/data/acled_cameo.tsv`` maps each type to CAMEO 1.1b3 roots and says how it is
scored (its header explains the choices for the unseen types):

    * positive: right when one voting event has a mapped root;
    * negative (disasters): right when no voting event is material conflict (roots 14-20);
    * excluded: not scored, predictions still tallied.

Voting events are the asserted ones (``asserted_only=True``) or all coded events.

The same material-conflict test scores text that should yield no political violence at all
(BBC sport, technology and entertainment articles): :func:`score_negatives` counts asserted
QuadClass 4 events per article and topic and keeps the worst examples with their rule.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from flashpoint.errors import ConfigError, InputError
from flashpoint.types import Event, Modality, QuadClass

log = logging.getLogger(__name__)

#: Label of a snippet for which no voting event was coded, in the confusion summary.
NO_EVENT = "none"

#: CAMEO roots of material conflict (conventional QuadClass 4).
CONFLICT_ROOTS: frozenset[str] = frozenset(f"{r:02d}" for r in range(14, 21))

KINDS = ("positive", "negative", "excluded")


@dataclass(frozen=True, slots=True)
class TypeMapping:
    """One row of the ACLED -> CAMEO table; ``roots`` are two-digit CAMEO roots."""

    acled_type: str
    kind: str
    roots: frozenset[str]
    codes: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Snippet:
    """One CASE 2021 event-typing row: ``row_id`` is its ``id`` column, ``subtype`` its gold type."""

    row_id: str
    text: str
    subtype: str


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Accuracy of one gold type.

    ``top_root`` is the CAMEO root found in most of the type's snippets (``none`` when no
    snippet had a voting event), ``top_root_count`` the number of those snippets, and
    ``no_event`` the number of snippets with no voting event at all.
    """

    acled_type: str
    kind: str
    hits: int
    total: int
    top_root: str
    top_root_count: int
    no_event: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.hits / self.total if self.total and self.kind != "excluded" else None


@dataclass(frozen=True, slots=True)
class CaseScore:
    """Per-type and overall accuracy (overall over positive and negative types only)."""

    asserted_only: bool
    types: tuple[TypeScore, ...]
    unmapped: tuple[str, ...] = ()

    def _ratio(self, kinds: tuple[str, ...]) -> tuple[int, int]:
        rows = [t for t in self.types if t.kind in kinds]
        return sum(t.hits for t in rows), sum(t.total for t in rows)

    @property
    def accuracy(self) -> float | None:
        hits, total = self._ratio(("positive", "negative"))
        return hits / total if total else None

    @property
    def positive_accuracy(self) -> float | None:
        hits, total = self._ratio(("positive",))
        return hits / total if total else None

    @property
    def negative_accuracy(self) -> float | None:
        hits, total = self._ratio(("negative",))
        return hits / total if total else None

    def as_dict(self) -> dict:
        return {
            "asserted_only": self.asserted_only,
            "accuracy": self.accuracy,
            "positive_accuracy": self.positive_accuracy,
            "negative_accuracy": self.negative_accuracy,
            "unmapped": list(self.unmapped),
            "types": [{"type": t.acled_type, "kind": t.kind, "hits": t.hits, "total": t.total,
                       "accuracy": t.accuracy, "top_root": t.top_root, "top_root_count": t.top_root_count,
                       "no_event": t.no_event}
                      for t in self.types],
        }


def load_table(path: str | Path | None = None) -> dict[str, TypeMapping]:
    """Read the ACLED -> CAMEO table (the packaged one when ``path`` is None).

    Raises:
        ConfigError: [FP620] the table cannot be read or a row is malformed.
    """
    try:
        if path is None:
            text = resources.files("flashpoint.data").joinpath("acled_cameo.tsv").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"[FP620] cannot read ACLED table {path}: {exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table: dict[str, TypeMapping] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        kind = (row.get("kind") or "").strip()
        roots = frozenset(r.strip().zfill(2) for r in (row.get("roots") or "").split(",") if r.strip())
        if kind not in KINDS or (kind == "positive") != bool(roots):
            raise ConfigError(f"[FP620] bad ACLED table row for {row.get('acled_type')!r}: "
                              f"kind {kind!r}, roots {sorted(roots)}")
        codes = tuple(c.strip() for c in (row.get("codes") or "").split(",") if c.strip())
        table[row["acled_type"].strip()] = TypeMapping(row["acled_type"].strip(), kind, roots, codes,
                                                       (row.get("note") or "").strip())
    return table


def load_snippets(path: str | Path) -> list[Snippet]:
    """Read the CASE 2021 event-typing ``dev.tsv`` (header ``id``, ``EventSnippet``, ``SubType``).

    Raises:
        InputError: [FP600] the file cannot be read; [FP621] it lacks the three columns.
    """
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as exc:
        raise InputError(f"[FP600] cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return [Snippet(r["id"].strip(), r["EventSnippet"].strip(), r["SubType"].strip()) for r in rows]
    except (KeyError, AttributeError) as exc:
        raise InputError(f"[FP621] {path} is not a CASE 2021 event-typing file (columns id, EventSnippet, SubType)") from exc


def voting_events(events: Iterable[Event], asserted_only: bool = True) -> list[Event]:
    """The events that count: asserted ones only, or all of them."""
    return [e for e in events if not asserted_only or e.modality is Modality.ASSERTED]


def is_material_conflict(event: Event) -> bool:
    """True for CAMEO roots 14-20 (conventional QuadClass 4)."""
    return event.cameo_root in CONFLICT_ROOTS


def snippet_correct(mapping: TypeMapping, events: Iterable[Event], asserted_only: bool = True) -> bool | None:
    """Whether the events coded from one snippet fit its gold type; None for excluded types."""
    voting = voting_events(events, asserted_only)
    if mapping.kind == "positive":
        return any(e.cameo_root in mapping.roots for e in voting)
    if mapping.kind == "negative":
        return not any(is_material_conflict(e) for e in voting)
    return None


def score_case(snippets: Sequence[Snippet], events: Sequence[Sequence[Event]],
               table: dict[str, TypeMapping] | None = None, asserted_only: bool = True) -> CaseScore:
    """Score each snippet's events against its gold type.

    Snippets whose type the table lacks are skipped and listed in ``unmapped``.

    Raises:
        ValueError: ``events`` is not aligned with ``snippets``.
    """
    if len(events) != len(snippets):
        raise ValueError("events and snippets differ in length")
    table = load_table() if table is None else table
    hits: Counter = Counter()
    totals: Counter = Counter()
    roots: dict[str, Counter] = {}
    empty: Counter = Counter()
    unmapped: set[str] = set()
    for snippet, coded in zip(snippets, events):
        mapping = table.get(snippet.subtype)
        if mapping is None:
            unmapped.add(snippet.subtype)
            continue
        totals[snippet.subtype] += 1
        hits[snippet.subtype] += bool(snippet_correct(mapping, coded, asserted_only))
        found = {e.cameo_root for e in voting_events(coded, asserted_only)}
        roots.setdefault(snippet.subtype, Counter()).update(found)
        empty[snippet.subtype] += not found
    types = []
    for name in sorted(totals):
        top, count = min(roots[name].items(), key=lambda kv: (-kv[1], kv[0]), default=(NO_EVENT, empty[name]))
        types.append(TypeScore(name, table[name].kind, hits[name], totals[name], top, count, empty[name]))
    return CaseScore(asserted_only, tuple(types), tuple(sorted(unmapped)))


@dataclass(frozen=True, slots=True)
class TopicScore:
    """Asserted material-conflict events in one topic's articles."""

    topic: str
    articles: int
    events: int
    articles_with_conflict: int

    @property
    def per_article(self) -> float:
        return self.events / self.articles if self.articles else 0.0


@dataclass(frozen=True, slots=True)
class NegativeScore:
    """Per-topic counts, the rules that fired most and the worst examples (lowest Goldstein)."""

    topics: tuple[TopicScore, ...]
    rules: tuple[tuple[str, int], ...]
    worst: tuple[tuple[str, Event], ...]        # (article name, event)

    @property
    def per_article(self) -> float:
        articles = sum(t.articles for t in self.topics)
        return sum(t.events for t in self.topics) / articles if articles else 0.0

    def as_dict(self) -> dict:
        return {
            "per_article": self.per_article,
            "topics": [{"topic": t.topic, "articles": t.articles, "events": t.events,
                        "per_article": t.per_article, "articles_with_conflict": t.articles_with_conflict}
                       for t in self.topics],
            "rules": [{"rule": r, "events": n} for r, n in self.rules],
            "worst": [{"article": name, "cameo_code": e.cameo_code, "rule": e.rule, "trigger": e.trigger,
                       "source": e.source.code if e.source else None,
                       "target": e.target.code if e.target else None, "sentence": e.sentence}
                      for name, e in self.worst],
        }


def score_negatives(names: Sequence[str], topics: Sequence[str], events: Sequence[Sequence[Event]],
                    worst: int = 15) -> NegativeScore:
    """Count asserted QuadClass 4 events in articles that should have none.

    Args:
        names: an article name each (e.g. ``"sport/001.txt"``).
        topics: the topic of each article.
        events: the events coded from each article.
        worst: how many examples to keep, lowest Goldstein weight first, one per sentence,
            CAMEO code and rule.

    Raises:
        ValueError: the three sequences differ in length.
    """
    if not len(names) == len(topics) == len(events):
        raise ValueError("names, topics and events differ in length")
    per_topic: dict[str, list[int]] = {}
    rules: Counter = Counter()
    examples: list[tuple[str, Event]] = []
    for name, topic, coded in zip(names, topics, events):
        conflict = [e for e in voting_events(coded) if e.quad_class == QuadClass.MATERIAL_CONFLICT]
        per_topic.setdefault(topic, []).append(len(conflict))
        rules.update(e.rule for e in conflict)
        examples.extend((name, e) for e in conflict)
    scores = tuple(TopicScore(t, len(c), sum(c), sum(1 for n in c if n)) for t, c in sorted(per_topic.items()))
    examples.sort(key=lambda ne: (ne[1].goldstein, ne[0], ne[1].span_start, ne[1].cameo_code))
    kept: list[tuple[str, Event]] = []
    seen: set[tuple[str, int, str, str]] = set()
    for name, event in examples:     # one example per (sentence, code, rule), whatever the dyad
        key = (name, event.span_start, event.cameo_code, event.rule)
        if key not in seen and len(kept) < worst:
            seen.add(key)
            kept.append((name, event))
    top_rules = tuple(sorted(rules.items(), key=lambda kv: (-kv[1], kv[0])))
    return NegativeScore(scores, top_rules, tuple(kept))
