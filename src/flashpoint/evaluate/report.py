"""Presentation of evaluation scores: Rich tables for people, plain dicts for ``--json``.

Scoring lives in :mod:`flashpoint.evaluate.plover` and :mod:`flashpoint.evaluate.petrarch`;
nothing here computes a score.
"""

from __future__ import annotations

from rich.table import Table

from flashpoint.evaluate.metrics import Ratio, top_confusions
from flashpoint.evaluate.petrarch import PetrarchScore
from flashpoint.evaluate.plover import PloverScore

#: Number of off-diagonal confusion rows shown.
TOP_CONFUSIONS = 10


def plover_rows(score: PloverScore) -> list[tuple[str, Ratio | int]]:
    """``(label, value)`` rows of a PLOVER score, in display order."""
    return [
        ("records", score.records),
        ("records with no event coded", score.no_event),
        ("event type (PLOVER 0.8)", score.event_type),
        ("source country", score.source_country),
        ("target country", score.target_country),
        ("source country+sector", score.source_sector),
        ("target country+sector", score.target_sector),
        ("(source, type, target) triple", score.triple),
        ("event place (records naming one)", score.place),
    ]


def petrarch_rows(score: PetrarchScore) -> list[tuple[str, Ratio | int]]:
    """``(label, value)`` rows of a PETRARCH score, in display order."""
    return [
        ("records", score.records),
        ("gold events", score.gold_events),
        ("gold events without a CAMEO code (not scored)", score.non_cameo),
        ("recall (dyad, root) strict actors, any modality", score.recall_strict),
        ("recall (dyad, root) strict actors, asserted only", score.recall_strict_asserted),
        ("recall (dyad, root) country-level, any modality", score.recall_country),
        ("recall (dyad, root) country-level, asserted only", score.recall_country_asserted),
        ("actor-only dyad, strict", score.actor_only_strict),
        ("actor-only dyad, country-level", score.actor_only_country),
        ("exact match per record, any modality", score.exact_match),
        ("exact match per record, asserted only", score.exact_match_asserted),
        ("no-event records coded as nothing", score.no_event_coded_nothing),
        ("no-event records with no asserted event", score.no_event_coded_nothing_asserted),
    ]


def _json_value(value: Ratio | int):
    return value.as_dict() if isinstance(value, Ratio) else value


def _key(label: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in label.lower())
    return "_".join(part for part in cleaned.split("_") if part)


def _confusion_json(rows: tuple[tuple[str, str, int], ...]) -> list[dict]:
    return [{"gold": g, "predicted": p, "count": n} for g, p, n in rows]


def plover_json(score: PloverScore) -> dict:
    """The PLOVER numbers as a JSON-ready dict (ratios as ``{hits, total, value}``)."""
    out = {_key(label): _json_value(value) for label, value in plover_rows(score)}
    out["confusion"] = _confusion_json(score.confusion)
    return out


def petrarch_json(score: PetrarchScore) -> dict:
    """The PETRARCH numbers as a JSON-ready dict (ratios as ``{hits, total, value}``)."""
    out = {_key(label): _json_value(value) for label, value in petrarch_rows(score)}
    out["confusion"] = _confusion_json(score.confusion)
    return out


def score_table(title: str, rows: list[tuple[str, Ratio | int]]) -> Table:
    """A two-column table: measure, value (ratios as ``61.5% (99/161)``)."""
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for label, value in rows:
        table.add_row(label, str(value))
    return table


def confusion_table(title: str, rows: tuple[tuple[str, str, int], ...], n: int = TOP_CONFUSIONS) -> Table:
    """The ``n`` most frequent gold -> predicted confusions."""
    table = Table(title=title)
    table.add_column("gold")
    table.add_column("predicted")
    table.add_column("count", justify="right")
    for gold, predicted, count in top_confusions(rows, n):
        table.add_row(gold, predicted, str(count))
    return table
