"""CAMEO event tables: names, Goldstein weights, QuadClass and PLOVER types.

The tables are packaged data files, read once per process:

- ``data/cameo_events.tsv``: every CAMEO 1.1b3 event code (311 codes: the 20 roots and their
  2-4 digit children) with its name and Goldstein weight from GDELT 2.0's lookup table.
- ``data/cameo_plover.tsv``: CAMEO code -> PLOVER 0.8 event type, mode and context, from the
  PLOVER project's CAMEO->PLOVER conversion table (CC BY-SA 4.0).

``data/SOURCES.md`` gives origin, version and licence of each. Codes are strings with their
leading zeros ("0211"); an int or a code not in the table raises ``UnknownCodeError`` [FP301].
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources

from flashpoint.errors import UnknownCodeError
from flashpoint.types import QuadClass

log = logging.getLogger(__name__)

_PACKAGE = "flashpoint.data"
EVENTS_FILE = "cameo_events.tsv"
PLOVER_FILE = "cameo_plover.tsv"

#: Conventional QuadClass of each CAMEO root (ICEWS/Phoenix convention).
_ROOT_QUAD: dict[str, QuadClass] = {
    **{f"{r:02d}": QuadClass.VERBAL_COOPERATION for r in range(1, 6)},
    **{f"{r:02d}": QuadClass.MATERIAL_COOPERATION for r in range(6, 9)},
    **{f"{r:02d}": QuadClass.VERBAL_CONFLICT for r in range(9, 14)},
    **{f"{r:02d}": QuadClass.MATERIAL_CONFLICT for r in range(14, 21)},
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO event table.

    ``goldstein`` is in [-10.0, +10.0]; ``plover_type``, ``plover_mode`` and ``plover_context``
    are the PLOVER map's own row for this code (None where the map has none; no fallback here).
    """

    code: str
    name: str
    goldstein: float
    plover_type: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None

    @property
    def root(self) -> str:
        """The two-digit CAMEO root code ("19" for "193")."""
        return self.code[:2]


def _rows(filename: str) -> list[list[str]]:
    """Data rows of a packaged TSV: comments, blank lines and the header row skipped."""
    text = resources.files(_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@cache
def _table() -> dict[str, CameoCode]:
    """Load both packaged tables once; keys are CAMEO codes in table order."""
    plover: dict[str, tuple[str | None, str | None, str | None]] = {}
    for row in _rows(PLOVER_FILE):
        code, ptype, mode, context = (row + ["-"] * 4)[:4]
        plover[code.strip()] = (_dash(ptype), _dash(mode), _dash(context))
    table: dict[str, CameoCode] = {}
    for code, weight, name in _rows(EVENTS_FILE):
        code = code.strip()
        ptype, mode, context = plover.get(code, (None, None, None))
        table[code] = CameoCode(code, name.strip(), float(weight), ptype, mode, context)
    log.debug("loaded %d CAMEO event codes", len(table))
    return table


def lookup(code: str) -> CameoCode:
    """The table row of a CAMEO code.

    Args:
        code: 2-4 digit CAMEO event code as a string with leading zeros ("0211").

    Raises:
        UnknownCodeError: [FP301] the code is not a CAMEO 1.1b3 event code.
    """
    row = _table().get(code) if isinstance(code, str) else None
    if row is None:
        raise UnknownCodeError(f"[FP301] unknown CAMEO event code {code!r} (codes are strings such as '0211')")
    return row


def is_cameo_code(code: str) -> bool:
    """True when ``code`` (a string) is one of the packaged CAMEO event codes."""
    return isinstance(code, str) and code in _table()


def all_codes() -> tuple[str, ...]:
    """Every CAMEO event code, roots included, in table order (root, 3-digit, 4-digit)."""
    return tuple(_table())


def event_name(code: str) -> str:
    """Short English name of a CAMEO code ("Express intent to meet or negotiate" for "036").

    Raises:
        UnknownCodeError: [FP301] unknown code.
    """
    return lookup(code).name


def goldstein(code: str) -> float:
    """Goldstein conflict-cooperation weight of a CAMEO code (GDELT 2.0's table).

    Returns:
        Weight in [-10.0, +10.0]; negative is conflictual.

    Raises:
        UnknownCodeError: [FP301] unknown code.
    """
    return lookup(code).goldstein


def quad_class(code: str) -> QuadClass:
    """Conventional QuadClass of a CAMEO code, from its root.

    Roots 01-05 -> 1 verbal cooperation, 06-08 -> 2 material cooperation, 09-13 -> 3 verbal
    conflict, 14-20 -> 4 material conflict (ICEWS/Phoenix; GDELT's own export differs on 09, 14).

    Raises:
        UnknownCodeError: [FP301] unknown code.
    """
    return _ROOT_QUAD[lookup(code).root]


def plover_type(code: str) -> str | None:
    """PLOVER 0.8 event type of a CAMEO code ("CONSULT" for "042").

    A code without its own row in the CAMEO->PLOVER map takes its 3-digit parent's type, then
    its root's. None where none of them has one (all of roots 01 and 02, which PLOVER drops).

    Raises:
        UnknownCodeError: [FP301] unknown code.
    """
    row = lookup(code)
    table = _table()
    for prefix in (code, code[:3], code[:2]):
        found = table.get(prefix)
        if found is not None and found.plover_type is not None:
            return found.plover_type
    return row.plover_type
