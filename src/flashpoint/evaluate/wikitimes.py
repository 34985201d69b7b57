"""Weak-label scoring of coded events on Wikipedia Current Events summaries (WikiTimes CEP).

The corpus (Tran and Alrifai, WWW 2014 companion) is one JSON list of dated one-sentence
summaries from Wikipedia's Current Events portal. Each record has ``id`` (a numeric string),
``date`` (``YYYY-MM-DD``), ``description`` (the summary), ``category`` (``{"id", "name"}``, e.g.
``War_Conflict``), ``belongsToStory`` (an object or null) and ``entity`` (a list of
``{"name", "wikiURL"}``, the Wikipedia articles the summary links to).

Each summary is coded on its own, as an article dated by its ``date``. There are no gold events,
only the category and the linked entities, so the measures are weak labels:

    * per category: the share of summaries with any asserted event, with an asserted
      material-conflict event (QuadClass 4), and the mean number of events per summary;
    * conflict recall: ``War_Conflict`` summaries with an event of CAMEO roots 14-20, asserted
      and in any modality;
    * relations recall: ``International_Relation`` summaries with any event, asserted and in any
      modality;
    * false alarms: summaries of the categories in :data:`QUIET_CATEGORIES` (disasters, sport,
      culture, technology, business, health) with an asserted QuadClass 4 event;
    * actor recall: of the countries among each summary's linked entities (an entity whose
      whole name is a country, looked up by an injected ``country_of``), the share that is the
      country of the source or target of some event coded from that summary.

Summaries are split into two halves by the parity of their numeric ``id`` (:func:`half_of`), so
that rules can be written against one half and checked on the other.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.types import Article, Event, Modality, QuadClass

HALVES: tuple[str, ...] = ("even", "odd")
CONFLICT_CATEGORY = "War_Conflict"
RELATIONS_CATEGORY = "International_Relation"
#: Categories whose summaries should carry no asserted material conflict.
QUIET_CATEGORIES: tuple[str, ...] = ("Disaster_Accident", "Sports", "Entertainment_Culture",
                                     "Technology_Internet", "Business_Finance", "Health_Medical_Pharma")
#: CAMEO roots of conflict: protest, force posture, reduced relations, coercion, violence.
CONFLICT_ROOTS: frozenset[str] = frozenset({"14", "15", "16", "17", "18", "19", "20"})


@dataclass(frozen=True, slots=True)
class Summary:
    """One Current Events summary: ``entities`` are the names of the linked Wikipedia articles."""

    key: str
    day: date
    text: str
    category: str
    entities: tuple[str, ...] = ()

    def article(self) -> Article:
        """The summary as an article of its own, published on its day."""
        return Article(article_id=f"wikitimes:{self.key}", text=self.text, published=self.day)


def load_summaries(path: str | Path) -> list[Summary]:
    """Read the WikiTimes JSON list, in file order; the description's trailing ", " residue
    (left by the corpus' extraction of source links) is removed.

    Raises:
        InputError: [FP600] the file cannot be read; [FP630] it is not JSON (the message names
            the line) or not a list; [FP631] a record lacks a field or has a bad date (the
            message names the record by position and id).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"[FP600] cannot read {path}: {exc.strerror or exc}") from exc
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"[FP630] {path}:{exc.lineno}: not JSON: {exc.msg}") from exc
    if not isinstance(rows, list):
        raise InputError(f"[FP630] {path}: not a JSON list of summaries")
    return [_summary(path, n, row) for n, row in enumerate(rows, 1)]


def _summary(path: Path, n: int, row) -> Summary:
    try:
        entities = tuple(str(e["name"]) for e in row.get("entity") or ())
        description = str(row["description"]).strip().rstrip(", ").strip()
        if not description:
            raise ValueError("empty description")
        return Summary(str(row["id"]), date.fromisoformat(row["date"]), description,
                       str(row["category"]["name"]), entities)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        key = row.get("id") if isinstance(row, dict) else None
        raise InputError(f"[FP631] {path}: record {n} (id {key}): not a summary: "
                         f"{type(exc).__name__}: {exc}") from exc


def half_of(summary: Summary) -> str:
    """``"even"`` or ``"odd"``, by the parity of the numeric id (non-numeric ids are "even")."""
    return HALVES[int(summary.key) % 2] if summary.key.isdigit() else HALVES[0]


def country_lookup(dictionary) -> Callable[[str], str | None]:
    """Entity name -> ISO-3 when the whole name is a country name of ``dictionary``.

    ``dictionary`` is an ``ActorDictionary``; only entries of kind "country" count, so a city,
    a person or "President of the United States" gives None.
    """
    from flashpoint.actors.dictionary import phrase_key

    def country_of(name: str) -> str | None:
        key = phrase_key(name)
        if key and key[0] == "the" and len(key) > 1:
            key = key[1:]
        entry = dictionary.names.get(key)
        return entry.nationality if entry is not None and entry.kind == "country" else None

    return country_of


def is_asserted(event: Event) -> bool:
    return event.modality is Modality.ASSERTED


def is_conflict(event: Event) -> bool:
    """CAMEO roots 14-20, any modality."""
    return event.cameo_code[:2] in CONFLICT_ROOTS


def is_material_conflict(event: Event) -> bool:
    """An asserted QuadClass 4 event."""
    return is_asserted(event) and event.quad_class is QuadClass.MATERIAL_CONFLICT


@dataclass(frozen=True, slots=True)
class Share:
    """``hits`` of ``total``; ``rate`` is None when ``total`` is 0."""

    hits: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "rate": self.rate}


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """Per-category counts: summaries, those with any asserted event, with asserted QuadClass 4."""

    category: str
    summaries: int
    asserted: int
    material_conflict: int
    events: int

    @property
    def mean_events(self) -> float | None:
        return self.events / self.summaries if self.summaries else None

    def as_dict(self) -> dict:
        n = self.summaries
        return {"summaries": n, "asserted": self.asserted, "material_conflict": self.material_conflict,
                "asserted_share": self.asserted / n if n else None,
                "material_conflict_share": self.material_conflict / n if n else None,
                "events": self.events, "mean_events": self.mean_events}


@dataclass(frozen=True, slots=True)
class WikiScore:
    """Every weak-label measure of one run (module docstring); categories largest first."""

    categories: tuple[CategoryScore, ...]
    conflict_asserted: Share
    conflict_any: Share
    relations_asserted: Share
    relations_any: Share
    false_alarms: Share
    actor_recall: Share

    def as_dict(self) -> dict:
        return {
            "categories": {c.category: c.as_dict() for c in self.categories},
            "war_conflict_recall_asserted": self.conflict_asserted.as_dict(),
            "war_conflict_recall_any": self.conflict_any.as_dict(),
            "international_relation_recall_asserted": self.relations_asserted.as_dict(),
            "international_relation_recall_any": self.relations_any.as_dict(),
            "quiet_false_alarms": self.false_alarms.as_dict(),
            "actor_recall": self.actor_recall.as_dict(),
        }


def named_countries(summary: Summary, country_of: Callable[[str], str | None]) -> set[str]:
    """ISO-3 codes of the linked entities that are countries."""
    return {c for c in map(country_of, summary.entities) if c}


def coded_countries(events: Sequence[Event]) -> set[str]:
    """ISO-3 codes of the sources and targets of ``events``, any modality."""
    return {a.country_iso3 for e in events for a in (e.source, e.target) if a is not None and a.country_iso3}


def score_wikitimes(summaries: Sequence[Summary], events: Sequence[Sequence[Event]],
                    country_of: Callable[[str], str | None]) -> WikiScore:
    """Score the events coded from each summary (aligned lists) by the weak labels.

    Raises:
        ValueError: ``summaries`` and ``events`` differ in length.
    """
    if len(summaries) != len(events):
        raise ValueError(f"{len(summaries)} summaries but {len(events)} event lists")
    per: dict[str, Counter] = {}
    named = found = 0
    for summary, coded in zip(summaries, events):
        c = per.setdefault(summary.category, Counter())
        c["n"] += 1
        c["events"] += len(coded)
        c["asserted"] += any(map(is_asserted, coded))
        c["q4"] += any(map(is_material_conflict, coded))
        c["conflict_asserted"] += any(is_conflict(e) and is_asserted(e) for e in coded)
        c["conflict_any"] += any(map(is_conflict, coded))
        c["any"] += bool(coded)
        countries = named_countries(summary, country_of)
        named += len(countries)
        found += len(countries & coded_countries(coded))
    categories = tuple(CategoryScore(name, c["n"], c["asserted"], c["q4"], c["events"])
                       for name, c in sorted(per.items(), key=lambda kv: (-kv[1]["n"], kv[0])))
    war, rel = per.get(CONFLICT_CATEGORY, Counter()), per.get(RELATIONS_CATEGORY, Counter())
    quiet = [per[q] for q in QUIET_CATEGORIES if q in per]
    return WikiScore(
        categories=categories,
        conflict_asserted=Share(war["conflict_asserted"], war["n"]),
        conflict_any=Share(war["conflict_any"], war["n"]),
        relations_asserted=Share(rel["asserted"], rel["n"]),
        relations_any=Share(rel["any"], rel["n"]),
        false_alarms=Share(sum(c["q4"] for c in quiet), sum(c["n"] for c in quiet)),
        actor_recall=Share(found, named),
    )
