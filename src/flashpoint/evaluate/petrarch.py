"""Score flashpoint on PETRARCH validation records (TABARI/PETRARCH validation XML).

A record is ``<Sentence date="YYYYMMDD" id="..." ...>`` followed by zero or more
``<EventCoding sourcecode="" targetcode="" eventcode=""/>``, a ``<Text>`` and an optional
``<Parse>``, up to ``</Sentence>``. ``<EventCoding noevents="True"/>`` (or an ``error=``
attribute, a record PETRARCH discards) marks a record with no gold event. Files of this
family are not always well-formed XML (a self-closed ``<Sentence .../>`` followed by
``</Sentence>``), so records are split with regular expressions rather than an XML parser;
comments are removed first and entities in the text unescaped.

Actor comparison:
    * strict: the codes are equal after removing PETRARCH's ``---`` unknown-country prefix
      ("---REB" equals "REB"; "RUS" does not equal "RUSGOV").
    * country-level: :func:`~flashpoint.evaluate.metrics.country_key` of both are equal
      ("RUS" matches "RUSGOV"; "IGOUNOMIL" matches "IGOUNO").

Event comparison uses the CAMEO root (first two digits); exact match uses the full code.
Gold events whose ``eventcode`` is not a CAMEO 1.1b3 code (the unit-test suite's own verbs)
are left out of the recall, actor-only and confusion scores and counted in ``non_cameo``.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.evaluate.metrics import EventCoder, Ratio, confusions, country_key, ratio, strip_unknown
from flashpoint.types import Article, Event, Modality

log = logging.getLogger(__name__)

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>")
_END = re.compile(r"</Sentence\s*>|</Sentences\s*>")
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"")

NO_EVENT = "none"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event: actor codes as written in the file, CAMEO code as a string."""

    source: str
    target: str
    code: str


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One validation record; ``events`` is empty for a no-event record."""

    record_id: str
    text: str
    published: date | None
    category: str = ""
    events: tuple[GoldEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class PetrarchScore:
    """Scores over a PETRARCH validation set.

    Recall ratios count gold events with a CAMEO code; a gold event is found when one coded
    event has the same dyad (strict or country-level) and the same CAMEO root. ``*_asserted``
    variants only look at asserted events. ``exact_match`` counts records whose set of
    ``(source, target, cameo_code)`` (strict actors, any modality) equals the gold set.
    ``confusion`` rows are ``(gold root, predicted root, count)``.
    """

    records: int
    gold_events: int
    non_cameo: int
    recall_strict: Ratio
    recall_strict_asserted: Ratio
    recall_country: Ratio
    recall_country_asserted: Ratio
    actor_only_strict: Ratio
    actor_only_country: Ratio
    exact_match: Ratio
    exact_match_asserted: Ratio
    no_event_coded_nothing: Ratio
    no_event_coded_nothing_asserted: Ratio
    confusion: tuple[tuple[str, str, int], ...]


def _attrs(text: str) -> dict[str, str]:
    return {k.lower(): v.strip() for k, v in _ATTR.findall(text)}


def _date(value: str) -> date | None:
    try:
        return datetime.strptime(value, "%Y%m%d").date() if len(value) == 8 else None
    except ValueError:
        return None


def parse_petrarch(markup: str) -> list[PetrarchRecord]:
    """Split validation XML into records; records without a ``<Text>`` are skipped."""
    markup = _COMMENT.sub("", markup)
    starts = list(_SENTENCE.finditer(markup))
    records = []
    for i, start in enumerate(starts):
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(markup)
        end = _END.search(markup, start.end(), limit)
        body = markup[start.end(): end.start() if end else limit]
        attrs = _attrs(start.group(1))
        text_match = _TEXT.search(body)
        if not text_match:
            log.info("record %s has no <Text>; skipped", attrs.get("id", "?"))
            continue
        events = []
        for coding in _CODING.finditer(body):
            c = _attrs(coding.group(1))
            if "eventcode" in c and "noevents" not in c and "error" not in c:
                events.append(GoldEvent(c.get("sourcecode", ""), c.get("targetcode", ""), c["eventcode"]))
        records.append(PetrarchRecord(
            record_id=attrs.get("id", f"record-{i}"),
            text=" ".join(html.unescape(text_match.group(1)).split()),
            published=_date(attrs.get("date", "")),
            category=attrs.get("category", ""),
            events=tuple(events),
        ))
    return records


def load_petrarch(path: str | Path) -> list[PetrarchRecord]:
    """Read a validation XML file leniently (see the module docstring).

    Raises:
        InputError: [FP600] the file cannot be read; [FP602] it holds no ``<Sentence>`` record.
    """
    try:
        markup = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"[FP600] cannot read {path}: {exc}") from exc
    records = parse_petrarch(markup)
    if not records:
        raise InputError(f"[FP602] no <Sentence> records with <Text> in {path}")
    return records


def _default_is_cameo() -> Callable[[str], bool]:
    try:
        from flashpoint.coding.tables import is_cameo_code
    except ImportError:  # pragma: no cover - the tables ship with the package
        return lambda code: bool(re.fullmatch(r"(0[1-9]|1[0-9]|20)\d{1,2}", code))
    return is_cameo_code


def _strict(code: str | None) -> str:
    return strip_unknown(code)


def _found(gold: GoldEvent, events: Sequence[Event], key: Callable[[str | None], str], asserted: bool) -> bool:
    return any(
        key(e.source.code if e.source else None) == key(gold.source)
        and key(e.target.code if e.target else None) == key(gold.target)
        and e.cameo_root == gold.code[:2]
        and (not asserted or e.modality is Modality.ASSERTED)
        for e in events
    )


def _same_dyad(gold: GoldEvent, event: Event, key: Callable[[str | None], str]) -> bool:
    return (key(event.source.code if event.source else None) == key(gold.source)
            and key(event.target.code if event.target else None) == key(gold.target))


def _predicted_root(gold: GoldEvent, events: Sequence[Event]) -> str:
    root = gold.code[:2]
    ranked = (
        [e for e in events if _same_dyad(gold, e, country_key) and e.cameo_root == root]
        or [e for e in events if e.cameo_root == root]
        or [e for e in events if _same_dyad(gold, e, country_key)]
        or list(events[:1])
    )
    return ranked[0].cameo_root if ranked else NO_EVENT


def _code_set(events: Iterable[Event]) -> set[tuple[str, str, str]]:
    return {(_strict(e.source.code if e.source else None), _strict(e.target.code if e.target else None),
             e.cameo_code) for e in events}


def score_petrarch(
    records: Iterable[PetrarchRecord],
    coder: EventCoder,
    is_cameo: Callable[[str], bool] | None = None,
) -> PetrarchScore:
    """Code each record's text with ``coder`` (dated by its ``date``) and score it.

    Args:
        records: gold records (see :func:`load_petrarch`).
        coder: anything with ``code_article(Article) -> list[Event]``.
        is_cameo: predicate for CAMEO event codes; defaults to the packaged CAMEO table.

    Returns:
        The scores; see :class:`PetrarchScore` and the module docstring.
    """
    is_cameo = is_cameo or _default_is_cameo()
    recall: dict[str, list[bool]] = {k: [] for k in ("s", "sa", "c", "ca")}
    actor_strict: list[bool] = []
    actor_country: list[bool] = []
    exact: list[bool] = []
    exact_asserted: list[bool] = []
    nothing: list[bool] = []
    nothing_asserted: list[bool] = []
    pairs: list[tuple[str, str]] = []
    n_records = n_gold = n_non_cameo = 0
    for record in records:
        n_records += 1
        events = list(coder.code_article(
            Article(article_id=record.record_id, text=record.text, published=record.published)))
        asserted = [e for e in events if e.modality is Modality.ASSERTED]
        gold_set = {(_strict(g.source), _strict(g.target), g.code) for g in record.events}
        exact.append(_code_set(events) == gold_set)
        exact_asserted.append(_code_set(asserted) == gold_set)
        if not record.events:
            nothing.append(not events)
            nothing_asserted.append(not asserted)
        for gold in record.events:
            n_gold += 1
            if not is_cameo(gold.code):
                n_non_cameo += 1
                continue
            recall["s"].append(_found(gold, events, _strict, False))
            recall["sa"].append(_found(gold, events, _strict, True))
            recall["c"].append(_found(gold, events, country_key, False))
            recall["ca"].append(_found(gold, events, country_key, True))
            actor_strict.append(any(_same_dyad(gold, e, _strict) for e in events))
            actor_country.append(any(_same_dyad(gold, e, country_key) for e in events))
            pairs.append((gold.code[:2], _predicted_root(gold, events)))
    return PetrarchScore(
        records=n_records,
        gold_events=n_gold,
        non_cameo=n_non_cameo,
        recall_strict=ratio(recall["s"]),
        recall_strict_asserted=ratio(recall["sa"]),
        recall_country=ratio(recall["c"]),
        recall_country_asserted=ratio(recall["ca"]),
        actor_only_strict=ratio(actor_strict),
        actor_only_country=ratio(actor_country),
        exact_match=ratio(exact),
        exact_match_asserted=ratio(exact_asserted),
        no_event_coded_nothing=ratio(nothing),
        no_event_coded_nothing_asserted=ratio(nothing_asserted),
        confusion=confusions(pairs),
    )


def key_metrics(score: PetrarchScore, prefix: str) -> dict[str, float]:
    """The scores the quality gate holds to a floor: ``<prefix>_*`` key -> value in [0, 1]
    (``_actor_dyad``: actor-only dyads, strict; ``_country_recall``: gold (dyad, root) found
    at country level in any modality)."""
    return {f"{prefix}_actor_dyad": score.actor_only_strict.value or 0.0,
            f"{prefix}_country_recall": score.recall_country.value or 0.0}
