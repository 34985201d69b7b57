"""Small building blocks shared by the scorers: ratios, confusion counts, actor-code keys.

Actor codes are CAMEO actor codes in 3-letter blocks: a country (ISO 3166-1 alpha-3, or a
legacy CAMEO country code) or a non-state prefix (IGO, NGO, IMG, MNC), then role blocks
("USAGOV", "IGOWSTNAT"). Gold sets written by PETRARCH use ``---`` for "country unknown"
("---REB"); flashpoint writes the role alone ("REB").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from flashpoint.types import Article, Event

#: Country codes that differ from ISO 3166-1 alpha-3: CAMEO's own (ROM, TMP in the CAMEO
#: country list) and older ones met in gold sets (ITL, JAP, VTN in the PLOVER gold records).
LEGACY_COUNTRIES: dict[str, str] = {
    "ITL": "ITA",   # Italy
    "JAP": "JPN",   # Japan
    "VTN": "VNM",   # Vietnam
    "ROM": "ROU",   # Romania
    "TMP": "TLS",   # Timor-Leste
}

#: First blocks that name a kind of non-state actor rather than a country (CAMEO 1.1b3).
NON_STATE_PREFIXES: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "MNC"})

#: PETRARCH's placeholder for an unknown country.
UNKNOWN_COUNTRY = "---"


class EventCoder(Protocol):
    """Anything that codes one article, e.g. :class:`flashpoint.pipeline.Pipeline`."""

    def code_article(self, article: Article) -> list[Event]: ...


@dataclass(frozen=True, slots=True)
class Ratio:
    """``hits`` out of ``total``; ``value`` is None when ``total`` is 0."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        if not self.total:
            return "n/a"
        return f"{self.value:.1%} ({self.hits}/{self.total})"

    def as_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "value": self.value}


def ratio(flags: Iterable[bool | None]) -> Ratio:
    """Count True among the non-None flags (None means "not scored")."""
    scored = [f for f in flags if f is not None]
    return Ratio(sum(1 for f in scored if f), len(scored))


def confusions(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str, int], ...]:
    """``(gold, predicted, count)`` for every pair, most frequent first, ties by name."""
    counts = Counter(pairs)
    return tuple(sorted(((g, p, n) for (g, p), n in counts.items()), key=lambda t: (-t[2], t[0], t[1])))


def top_confusions(table: Sequence[tuple[str, str, int]], n: int = 10) -> tuple[tuple[str, str, int], ...]:
    """The ``n`` most frequent pairs whose gold and predicted labels differ."""
    return tuple(row for row in table if row[0] != row[1])[:n]


def normalise_country(code: str | None) -> str | None:
    """Upper-case a country block and map legacy CAMEO codes to ISO-3 (``"ITL"`` -> ``"ITA"``)."""
    if not code:
        return None
    code = code.strip().upper()
    return LEGACY_COUNTRIES.get(code, code) or None


def strip_unknown(code: str | None) -> str:
    """An actor code with PETRARCH's ``---`` unknown-country prefix removed; ``""`` for None."""
    code = (code or "").strip().upper()
    while code.startswith(UNKNOWN_COUNTRY):
        code = code[len(UNKNOWN_COUNTRY):]
    return code


def blocks(code: str | None) -> tuple[str, ...]:
    """Split an actor code into 3-letter blocks: ``"USAGOVMIL"`` -> ``("USA", "GOV", "MIL")``."""
    code = (code or "").upper()
    return tuple(code[i:i + 3] for i in range(0, len(code), 3))


def country_key(code: str | None) -> str:
    """The country-level part of an actor code, for lenient dyad comparison.

    The first block (legacy codes mapped to ISO-3), or the first two blocks for non-state
    prefixes (``"IGOUNOMIL"`` -> ``"IGOUNO"``); ``---`` is dropped first, so ``"---REB"``
    gives ``"REB"``. ``""`` for no actor.
    """
    parts = blocks(strip_unknown(code))
    if not parts:
        return ""
    if parts[0] in NON_STATE_PREFIXES:
        return "".join(parts[:2])
    return normalise_country(parts[0]) or ""
