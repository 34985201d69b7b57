"""Text normalisation: Unicode NFC, mojibake repair, whitespace and paragraph layout."""

from __future__ import annotations

import re
import unicodedata

# Characters that cp1252 maps the bytes 0x80-0x9F to; with Latin-1 0xA0-0xBF they are what
# a UTF-8 continuation byte turns into when UTF-8 is wrongly decoded as cp1252.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONTINUATION = "[\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "]"
# A UTF-8 lead byte (0xC2-0xF4 read as Latin-1 "Â".."ô") followed by as many continuations
# as that lead byte announces.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df]" + _CONTINUATION
    + "|[\u00e0-\u00ef]" + _CONTINUATION + "{2}"
    + "|[\u00f0-\u00f4]" + _CONTINUATION + "{3}"
)

# Leftovers of mojibake that lost a byte on the way. "â€" + U+FFFD is a curly right double
# quote whose last byte (0x9D, undefined in cp1252) was replaced; "Â" before a plain space is
# a no-break space (C2 A0) whose second byte became a space. Upper-case "Â" after a capital
# letter is left alone, as it may be real (Portuguese, French capitals).
_LOST_RIGHT_QUOTE = re.compile("\u00e2\u20ac\ufffd")
_LOST_NBSP = re.compile("(?<![A-Z\u00c0-\u00de])\u00c2(?= )")

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\u0000-\u0008\u000e-\u001f\u007f]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _sloppy_cp1252_bytes(chunk: str) -> bytes:
    """Encode as cp1252, with the five bytes cp1252 leaves undefined kept as Latin-1."""
    out = bytearray()
    for char in chunk:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            out.append(ord(char))  # only U+0080-U+00BF reach here (see _CONTINUATION)
    return bytes(out)


def _repair_one(match: re.Match[str]) -> str:
    chunk = match.group(0)
    try:
        return _sloppy_cp1252_bytes(chunk).decode("utf-8")
    except (UnicodeError, ValueError):
        return chunk


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252 or Latin-1 ("â€™" -> "’", "Ã©" -> "é").

    Only sequences that form one valid UTF-8 character once re-encoded are changed, so
    ordinary accented text ("café", "Â" alone) passes through untouched. Two lossy
    leftovers are also mended: "â€" followed by U+FFFD becomes "”" (the commonest
    character whose last byte is lost that way, a guess), and "Â" before a space (a
    no-break space that lost its second byte) is removed unless a capital precedes it.

    Args:
        text: any string.

    Returns:
        The string with each repairable sequence replaced by the character it encoded.
    """
    if not text or not _MOJIBAKE.search(text):
        if "\u00e2\u20ac\ufffd" not in text and "\u00c2 " not in text:
            return text
    text = _MOJIBAKE.sub(_repair_one, text)
    text = _LOST_RIGHT_QUOTE.sub("\u201d", text)
    return _LOST_NBSP.sub("", text)


def normalize_text(text: str) -> str:
    """Normalise one paragraph: mojibake repair, NFC, no control or zero-width characters,
    runs of spaces and line breaks collapsed into one space, ends stripped."""
    text = repair_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = text.replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def split_blocks(text: str) -> list[list[str]]:
    """Split raw text into blocks (paragraphs) separated by blank lines.

    Returns:
        One list of stripped, non-empty lines per block, in input order. Line endings
        ``\\r\\n`` and ``\\r`` count as ``\\n``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for raw in _PARAGRAPH_BREAK.split(text):
        lines = [line.strip() for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
    return blocks


def join_paragraphs(paragraphs: list[str]) -> str:
    """Join paragraphs with exactly one blank line (``"\\n\\n"``), skipping empty ones."""
    return "\n\n".join(p for p in paragraphs if p)
