"""Score flashpoint on PLOVER gold records (the PLOVER GSR JSONL format).

Each gold record is one JSON object per line with ``id``, ``date`` (``YYYY-MM-DD``), ``text``,
``event`` (a PLOVER 0.5b1 event type) and ``source`` / ``target``: lists of
``{"code", "sector", "actorText"}`` where ``code`` is an ISO-3 country (a few legacy CAMEO
codes such as ITL, JAP) or IGO/NGO/IMG, and ``sector`` a CAMEO role code, sometimes with a
lower-case suffix ("CVLkur"), "***" or missing. A target that is not a list means "no target".

Scoring rules:
    * Gold 0.5b1 types are mapped to PLOVER 0.8 first (:data:`TYPE_MAP`).
    * Each text is coded as one article whose published date is the record's ``date``.
    * The predicted event of a record is the first *asserted* event whose PLOVER type equals
      the gold type; when there is none, the first event coded (any modality, any type).
    * A side (source or target) counts as right when one of its gold countries is the
      predicted actor's country; IGO/NGO/IMG in the gold country slot compare with the first
      block of the coded actor code. Records with no gold actor on a side are not scored on it.
    * Country+sector is scored on a side when a gold actor there has a sector: right when one
      such actor's country matches and its sector (first 3 letters, upper-cased) is one of the
      coded actor's role blocks.
    * The triple (source country, type, target country) is right when every scored part is.
    * Records with an ``eventLoc`` name are scored on place: right when some coded event's
      location name is that name or a word of it ("Rafah" for "town of Rafah").
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flashpoint.actors.places import fold
from flashpoint.errors import InputError
from flashpoint.evaluate.metrics import (
    NON_STATE_PREFIXES,
    EventCoder,
    Ratio,
    blocks,
    confusions,
    normalise_country,
    ratio,
)
from flashpoint.types import Actor, Article, Event, Modality

log = logging.getLogger(__name__)

#: PLOVER 0.5b1 event types renamed or merged in PLOVER 0.8; other types are unchanged.
TYPE_MAP: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

NO_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One gold actor: ``country`` is ISO-3 or a non-state prefix; ``sector`` a role code or None."""

    country: str
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One gold record; ``plover_type`` is already PLOVER 0.8."""

    record_id: str
    text: str
    published: date | None
    plover_type: str
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()
    place: str | None = None       # the gold event location's name ("town of Rafah"), if given


@dataclass(frozen=True, slots=True)
class PloverOutcome:
    """How one record was coded; a ``*_ok`` of None means that part was not scored."""

    record_id: str
    gold_type: str
    predicted_type: str            # NO_EVENT when nothing was coded
    n_events: int
    type_ok: bool
    source_ok: bool | None
    target_ok: bool | None
    source_sector_ok: bool | None
    target_sector_ok: bool | None
    triple_ok: bool
    place_ok: bool | None = None   # some coded event is placed at the gold place (None: no gold place)


@dataclass(frozen=True, slots=True)
class PloverScore:
    """Scores over a PLOVER gold set; ``confusion`` rows are ``(gold, predicted, count)``."""

    records: int
    no_event: int
    event_type: Ratio
    source_country: Ratio
    target_country: Ratio
    source_sector: Ratio
    target_sector: Ratio
    triple: Ratio
    confusion: tuple[tuple[str, str, int], ...]
    outcomes: tuple[PloverOutcome, ...]
    place: Ratio = Ratio(0, 0)     # records whose gold place a coded event has


def _gold_actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    actors = []
    for item in value:
        if not isinstance(item, dict) or not item.get("code"):
            continue
        sector = (item.get("sector") or "").strip()[:3].upper()
        actors.append(GoldActor(normalise_country(item["code"]), sector if sector.isalpha() else None))
    return tuple(actors)


def _gold_place(value: object) -> str | None:
    name = value.get("name") if isinstance(value, dict) else None
    return str(name).strip() or None if name else None


def _place_ok(gold: str | None, events: Sequence[Event]) -> bool | None:
    """Whether a coded event's place name is the gold place, or a word of it ("Rafah" in "town
    of Rafah"), compared folded and lower-cased; None when the record names no place."""
    if gold is None:
        return None
    want = fold(gold).lower()
    names = {fold(e.location.name).lower() for e in events if e.location is not None}
    return any(n == want or f" {n} " in f" {want} " for n in names)


def parse_plover_line(line: str) -> PloverRecord:
    """Parse one JSONL line into a :class:`PloverRecord`.

    Raises:
        InputError: [FP601] the line is not a JSON object with ``id``, ``text`` and ``event``.
    """
    try:
        obj = json.loads(line)
        raw_type = str(obj["event"]).strip().upper()
        text = str(obj["text"])
        record_id = str(obj["id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"[FP601] not a PLOVER gold record: {type(exc).__name__}: {exc}") from exc
    try:
        published = date.fromisoformat(str(obj.get("date", ""))[:10])
    except ValueError:
        published = None
    return PloverRecord(
        record_id=record_id,
        text=text,
        published=published,
        plover_type=TYPE_MAP.get(raw_type, raw_type),
        sources=_gold_actors(obj.get("source")),
        targets=_gold_actors(obj.get("target")),
        place=_gold_place(obj.get("eventLoc")),
    )


def load_plover(path: str | Path) -> list[PloverRecord]:
    """Read a PLOVER gold JSONL file (blank lines skipped).

    Raises:
        InputError: [FP600] the file cannot be read; [FP601] a line is not a gold record
            (the message names the line).
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"[FP600] cannot read {path}: {exc}") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(parse_plover_line(line))
        except InputError as exc:
            raise InputError(f"{exc} ({path}:{number})") from exc
    return records


def choose_event(events: Sequence[Event], plover_type: str) -> Event | None:
    """The first asserted event of ``plover_type``, else the first event, else None."""
    for event in events:
        if event.modality is Modality.ASSERTED and event.plover_type == plover_type:
            return event
    return events[0] if events else None


def _side_ok(gold: tuple[GoldActor, ...], coded: Actor | None) -> bool | None:
    if not gold:
        return None
    return coded is not None and any(_country_ok(g, coded) for g in gold)


def _country_ok(gold: GoldActor, coded: Actor) -> bool:
    if gold.country in NON_STATE_PREFIXES:
        return coded.code.upper().startswith(gold.country)
    country = normalise_country(coded.country_iso3) or normalise_country(coded.code[:3])
    return country == gold.country


def _sector_ok(gold: tuple[GoldActor, ...], coded: Actor | None) -> bool | None:
    with_sector = [g for g in gold if g.sector]
    if not with_sector:
        return None
    if coded is None:
        return False
    roles = set(coded.sectors) | set(blocks(coded.code)[1:])
    return any(_country_ok(g, coded) and g.sector in roles for g in with_sector)


def score_record(record: PloverRecord, events: Sequence[Event]) -> PloverOutcome:
    """Score the events coded for one gold record."""
    chosen = choose_event(events, record.plover_type)
    source = chosen.source if chosen else None
    target = chosen.target if chosen else None
    predicted = (chosen.plover_type or f"CAMEO {chosen.cameo_root}") if chosen else NO_EVENT
    type_ok = predicted == record.plover_type
    source_ok = _side_ok(record.sources, source)
    target_ok = _side_ok(record.targets, target)
    return PloverOutcome(
        record_id=record.record_id,
        gold_type=record.plover_type,
        predicted_type=predicted,
        n_events=len(events),
        type_ok=type_ok,
        source_ok=source_ok,
        target_ok=target_ok,
        source_sector_ok=_sector_ok(record.sources, source),
        target_sector_ok=_sector_ok(record.targets, target),
        triple_ok=type_ok and source_ok is not False and target_ok is not False,
        place_ok=_place_ok(record.place, events),
    )


def summarise(outcomes: Iterable[PloverOutcome]) -> PloverScore:
    """Aggregate per-record outcomes into a :class:`PloverScore`."""
    outcomes = tuple(outcomes)
    return PloverScore(
        records=len(outcomes),
        no_event=sum(1 for o in outcomes if o.n_events == 0),
        event_type=ratio(o.type_ok for o in outcomes),
        source_country=ratio(o.source_ok for o in outcomes),
        target_country=ratio(o.target_ok for o in outcomes),
        source_sector=ratio(o.source_sector_ok for o in outcomes),
        target_sector=ratio(o.target_sector_ok for o in outcomes),
        triple=ratio(o.triple_ok for o in outcomes),
        place=ratio(o.place_ok for o in outcomes),
        confusion=confusions((o.gold_type, o.predicted_type) for o in outcomes),
        outcomes=outcomes,
    )


def score_plover(records: Iterable[PloverRecord], coder: EventCoder) -> PloverScore:
    """Code every gold record's text with ``coder`` and score the result.

    Args:
        records: gold records (see :func:`load_plover`).
        coder: anything with ``code_article(Article) -> list[Event]``.

    Returns:
        The scores; see the module docstring for the rules.
    """
    outcomes = []
    for record in records:
        article = Article(article_id=record.record_id, text=record.text, published=record.published)
        outcomes.append(score_record(record, coder.code_article(article)))
    return summarise(outcomes)


def key_metrics(score: PloverScore) -> dict[str, float]:
    """The scores the quality gate holds to a floor: ``plover_*`` key -> value in [0, 1]."""
    return {"plover_event_type": score.event_type.value or 0.0,
            "plover_source_country": score.source_country.value or 0.0,
            "plover_target_country": score.target_country.value or 0.0,
            "plover_triple": score.triple.value or 0.0}
