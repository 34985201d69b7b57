"""Normalisation: mojibake repair, NFC, whitespace, paragraph layout."""

from __future__ import annotations

import unicodedata

import pytest

from flashpoint.clean.normalize import join_paragraphs, normalize_text, repair_mojibake, split_blocks


def _mangle(text: str) -> str:
    """UTF-8 bytes wrongly decoded as cp1252 (bytes cp1252 leaves undefined read as Latin-1,
    as browsers do), the usual scraper accident."""
    chars = []
    for byte in text.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


@pytest.mark.parametrize(
    "clean",
    ["Putin’s demands", "“serious and direct exchange”", "café in Zürich", "Bağdat – Ankara",
     "Košice and Łódź", "cost €5 — or more…"],
)
def test_normalize_repairs_mojibake(clean):
    mangled = _mangle(clean)
    assert mangled != clean
    assert repair_mojibake(mangled) == clean


@pytest.mark.parametrize(
    "text", ["café", "Âme sœur", "CÂMARA DOS DEPUTADOS", "naïve façade", "voilà…", "Zürich’s"]
)
def test_normalize_leaves_real_text_alone(text):
    assert repair_mojibake(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the order,\u00e2\u20ac\ufffd he said", "the order,\u201d he said"),
        ("police\u00c2 said on monday", "police said on monday"),
    ],
)
def test_normalize_mends_lossy_mojibake(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Troops\tmassed \u00a0 near\nthe border ", "Troops massed near the border"),
        ("Cafe\u0301", "Café"),
        ("zero\u200bwidth", "zerowidth"),
        ("bell\x07char", "bell char"),
    ],
)
def test_normalize_text(raw, expected):
    out = normalize_text(raw)
    assert out == expected
    assert unicodedata.is_normalized("NFC", out)


def test_normalize_split_and_join_paragraphs():
    raw = "Head\r\n\r\n\r\nFirst line\nsecond line\n  \n\nLast"
    blocks = split_blocks(raw)
    assert blocks == [["Head"], ["First line", "second line"], ["Last"]]
    assert join_paragraphs([" ".join(b) for b in blocks] + [""]) == "Head\n\nFirst line second line\n\nLast"
