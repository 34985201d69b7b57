"""Reading PETRARCH/TABARI ``.actors`` and ``.agents`` dictionaries.

``.actors`` (as in the Phoenix and PETRARCH validation dictionaries)::

    VLADIMIR_PUTIN_  # comment
    +PUTIN_                      alias of the entry above
        [RUSGOV 991231-080507]   code valid on a date range (inclusive, YYMMDD or YYYYMMDD)
        [RUSGOV >080508]         valid from a date on;  [X <950601] valid before a date
        [RUSELI]                 undated default
        [USA/CAN]                several actors at once: one mention per code
    RUSSIA [RUS]                 entry and code on one line

Consecutive entries without codes share the next code block; a blank line ends such a group.
``<!-- ... -->`` blocks and ``#`` comments are ignored. ``[---]`` marks a phrase that is not an
actor. Six-digit years below 40 are 20xx, the others 19xx. A dated range listed earlier wins
over a later one that also covers the date.

``.agents``::

    !PERSON! = MAN, MEN, WOMAN, WOMEN     substitution macro
    FOREIGN_MINISTER [~GOVFRM]            type code appended to the country: RUS + GOVFRM
    HUMAN_RIGHTS_BODY [NGO~]              code placed before the country: NGO + RUS
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural; ``{}`` = none

A line that cannot be read is logged (warning with file name and line number) and skipped.
"""

from __future__ import annotations

import itertools
import logging
import re
from datetime import date, timedelta
from pathlib import Path

from flashpoint.actors.dictionary import ActorDictionary, CodeRange, Entry, Role

log = logging.getLogger(__name__)

_BLOCK = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^\s*([A-Za-z0-9~/+#-]+)\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*$")
_MACRO = re.compile(r"^\s*(![A-Z0-9_]+!)\s*=\s*(.+)$")
_PERSONISH = ("er", "or", "ist", "man", "men", "woman", "person", "ian", "ent", "ant", "general",
              "minister", "official", "chief", "leader", "head", "envoy", "diplomat", "secretary")


def parse_yymmdd(text: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD`` -> date; six-digit years < 40 are 20xx.

    Raises:
        ValueError: not a valid date.
    """
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 40 else 1900 + yy
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code_block(block: str) -> CodeRange:
    """One ``[...]`` body -> CodeRange (the end of an ``A-B`` range is inclusive in the file).

    Raises:
        ValueError: the block has no code or an unreadable date.
    """
    m = _CODE.match(block)
    if not m:
        raise ValueError(f"unreadable code block [{block}]")
    code = m.group(1).upper()
    if code in ("---", "+++", "###"):
        code = ""
    elif not all(part.replace("~", "").isalnum() and not part[0].isdigit() for part in code.split("/")):
        raise ValueError(f"unreadable code block [{block}]")
    if m.group(2) == "<":
        return CodeRange(code, None, parse_yymmdd(m.group(3)))
    if m.group(2) == ">":
        return CodeRange(code, parse_yymmdd(m.group(3)), None)
    if m.group(4):
        return CodeRange(code, parse_yymmdd(m.group(4)), parse_yymmdd(m.group(5)) + timedelta(days=1))
    return CodeRange(code)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _phrase(text: str) -> str:
    return text.strip().strip("_").replace("_", " ").strip()


def load_actors(d: ActorDictionary, path: Path) -> int:
    """Add a PETRARCH/TABARI ``.actors`` file to ``d``; returns the number of entries loaded."""
    label = path.name
    count = 0
    phrases: list[str] = []
    ranges: list[CodeRange] = []
    first_line = 0

    def flush() -> None:
        nonlocal count
        if phrases and ranges:
            name = phrases[0] if len(phrases[0]) <= 5 else phrases[0].title()
            entry = Entry(name, "user", tuple(ranges), f"{label}:{first_line}")
            for p in phrases:
                d.add_name(p, entry, acronyms=False)
            count += 1
        elif phrases:
            log.warning("%s:%d: actor entry %r has no code; skipped", label, first_line, phrases[0])

    in_comment = False
    text = path.read_text(encoding="utf-8", errors="replace")
    for line_no, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if in_comment:
            in_comment = "-->" not in stripped
            continue
        if stripped.startswith("<"):
            in_comment = "-->" not in stripped
            continue
        line = _strip_comment(raw)
        if not line.strip():
            if not stripped and phrases and not ranges:
                flush()
                phrases = []
            continue
        try:
            blocks = [parse_code_block(b) for b in _BLOCK.findall(line)]
            head = _BLOCK.sub(" ", line)
            if "[" in head or "]" in head:
                raise ValueError("unbalanced brackets")
        except ValueError as exc:
            log.warning("%s:%d: malformed actor line skipped (%s)", label, line_no, exc)
            continue
        if line[0].isspace() and not head.strip():
            if not phrases:
                log.warning("%s:%d: code line without an entry; skipped", label, line_no)
            ranges.extend(blocks)
        elif head.lstrip().startswith("+"):
            if not phrases:
                log.warning("%s:%d: alias without an entry; skipped", label, line_no)
                continue
            phrases.append(_phrase(head.lstrip()[1:]))
            ranges.extend(blocks)
        elif phrases and not ranges:
            phrases.append(_phrase(head))  # code-less entries share the next code block
            ranges.extend(blocks)
        else:
            flush()
            phrases, ranges, first_line = [_phrase(head)], list(blocks), line_no
    flush()
    return count


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    parts = re.split(r"(![A-Z0-9_]+!)", phrase)
    options = [macros.get(p, [p]) if p.startswith("!") else [p] for p in parts]
    return ["".join(c) for c in itertools.product(*options)]


def load_agents(d: ActorDictionary, path: Path) -> int:
    """Add a PETRARCH/TABARI ``.agents`` file to ``d``; returns the number of agent lines loaded."""
    label = path.name
    macros: dict[str, list[str]] = {}
    count = 0
    text = path.read_text(encoding="utf-8", errors="replace")
    for line_no, raw in enumerate(text.splitlines(), 1):
        if raw.lstrip().startswith("<"):
            continue
        line = _strip_comment(raw)
        if not line.strip():
            continue
        m = _MACRO.match(line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        blocks = _BLOCK.findall(line)
        head = re.sub(r"\{[^}]*\}", " ", _BLOCK.sub(" ", line))
        plurals = re.findall(r"\{([^}]*)\}", line)
        code = blocks[0].strip().upper() if blocks else ""
        if len(blocks) != 1 or "~" not in code or not head.strip() or not code.replace("~", "").isalnum():
            log.warning("%s:%d: malformed agent line skipped", label, line_no)
            continue
        prefix = code.endswith("~")
        role_code = code.strip("~")
        for phrase in _expand(head.strip(), macros) + [p for p in plurals if p.strip()]:
            words = _phrase(phrase)
            person = words.lower().endswith(_PERSONISH)
            d.add_role(words, Role(role_code, person, f"{label}:{line_no}", prefix, not prefix))
        count += 1
    return count
