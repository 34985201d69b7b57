"""Cleaning of scraped text pages: headline, body paragraphs, credit, furniture removed."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from flashpoint.clean.furniture import LineKind, classify_line, is_comment_heading, is_credit_line
from flashpoint.clean.normalize import join_paragraphs, normalize_text, split_blocks

logger = logging.getLogger(__name__)

_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 30
_SENTENCE_FINAL = re.compile(r"[.!;:,]['\"’”)\]]*$")
_LONG_QUESTION_WORDS = 12
_PARAGRAPH_END = re.compile(r"[.!?]['\"’”)\]]*$")
_MAX_WRAPPED_LINE = 120
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from as per via vs over into".split()
)


@dataclass(frozen=True, slots=True)
class CleanedPage:
    """The result of cleaning one page.

    ``text`` is ``title`` (when one was found) and the body paragraphs joined by
    ``"\\n\\n"``; it is ``""`` when nothing but furniture was left. ``credit`` is the
    wire-credit line(s), joined by a space, or None. ``removed`` counts the lines
    dropped as furniture (credit lines not included).
    """

    text: str
    title: str | None
    paragraphs: tuple[str, ...]
    credit: str | None
    removed: int


def _is_title_case(words: list[str]) -> bool:
    """Every content word capitalised ("Talks Fail as Russia Refuses to Back Down")."""
    content = [w.strip("\"'“”‘’()[],:;.!?") for w in words]
    content = [w for w in content if w and w[0].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def looks_like_headline(line: str) -> bool:
    """True for a short line without sentence-final punctuation.

    At most 200 characters and 30 words; it may not end in ``. ! ; : ,``, except for a
    full stop after a Title Case line (some sites end headlines with one). A question
    mark is allowed on short lines (up to 12 words), as headlines are sometimes questions.
    """
    if not line or len(line) > _MAX_HEADLINE_CHARS:
        return False
    words = line.split()
    if len(words) > _MAX_HEADLINE_WORDS or not any(c.isalpha() for c in line):
        return False
    if _SENTENCE_FINAL.search(line) and not (
        line.rstrip("'\"’”)").endswith(".") and _is_title_case(words)
    ):
        return False
    if line.rstrip("'\"’”)").endswith("?") and len(words) > _LONG_QUESTION_WORDS:
        return False
    return True


def _units(block: list[str]) -> list[list[str]]:
    """Split a block into paragraphs: one per line when the lines are whole paragraphs
    (a line over 120 characters, or most lines ending a sentence), else one for the block
    (hard-wrapped prose)."""
    if len(block) == 1:
        return [block]
    ends = sum(1 for line in block[:-1] if _PARAGRAPH_END.search(line)) / (len(block) - 1)
    if max(len(line) for line in block) > _MAX_WRAPPED_LINE or ends >= 0.5:
        return [[line] for line in block]
    return [block]


def _keep_blocks(blocks: list[list[str]]) -> tuple[list[list[str]], list[str], int]:
    """Drop furniture lines, cut a trailing comment section, set credit lines aside."""
    kept: list[list[str]] = []
    credits: list[str] = []
    removed = 0
    for b, block in enumerate(blocks):
        lines: list[str] = []
        for i, line in enumerate(block):
            if kept and is_comment_heading(line):
                rest = sum(len(x) for x in block[i:]) + sum(len(x) for bl in blocks[b + 1:] for x in bl)
                removed += len(block) - i + sum(len(bl) for bl in blocks[b + 1:])
                logger.debug("comment section cut at %r (%d chars)", line, rest)
                if lines:
                    kept.append(lines)
                return kept, credits, removed
            if is_credit_line(line):
                credits.append(normalize_text(line).lstrip("•*·-–— ").strip())
                continue
            if classify_line(line) is not LineKind.TEXT:
                removed += 1
                continue
            lines.append(line)
        if lines:
            kept.append(lines)
    return kept, credits, removed


def clean_page(raw: str, *, find_headline: bool = True, remove_furniture: bool = True) -> CleanedPage:
    """Clean one scraped page (plain text, paragraphs separated by blank lines).

    Steps: split into blocks at blank lines; drop page-furniture lines by class (see
    ``flashpoint.clean.furniture``); cut everything from a comment-section heading on
    (once some text was kept); set wire-credit lines aside as the credit; normalise each
    paragraph (mojibake repair, NFC, whitespace collapsed); take the first paragraph as
    the headline when it is a short line without sentence-final punctuation and body
    paragraphs follow. A block whose lines are whole paragraphs (one paragraph per line,
    no blank lines between) is split into them; a hard-wrapped block is one paragraph,
    unless its first line is a shorter headline-like line. Short subheadings inside the
    body stay as their own paragraphs.

    Args:
        raw: the page text as read (any line endings).
        find_headline: look for a headline; False when the caller already has a title.
        remove_furniture: drop furniture and set credit lines aside; False keeps every
            line (for one-line records, where a lone "Share" or "0" is the record itself).

    Returns:
        The cleaned page; ``text`` is ``""`` when no article text was left.
    """
    blocks = split_blocks(raw)
    kept, credits, removed = _keep_blocks(blocks) if remove_furniture else (blocks, [], 0)
    kept = [unit for block in kept for unit in _units(block)]
    title = None
    if find_headline and kept:
        first = kept[0]
        first_line = normalize_text(first[0])
        # Within one block, a headline stands out from hard-wrapped prose by being shorter.
        split_ok = len(kept) > 1 if len(first) == 1 else (
            len(first[0]) < 0.75 * max(len(line) for line in first[1:])
        )
        if split_ok and looks_like_headline(first_line):
            title = first_line
            kept = ([first[1:]] if len(first) > 1 else []) + kept[1:]
    paragraphs = [normalize_text(" ".join(block)) for block in kept]
    paragraphs = [p for p in paragraphs if p]
    if title is not None and not paragraphs:
        paragraphs, title = [title], None
    body = tuple(paragraphs)
    text = join_paragraphs(([title] if title else []) + paragraphs)
    credit = " ".join(credits) if credits else None
    return CleanedPage(text=text, title=title, paragraphs=body, credit=credit, removed=removed)
