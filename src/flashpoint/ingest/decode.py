"""Decoding input bytes as text, and telling text from binary."""

from __future__ import annotations

import codecs

_MAX_ODD_SHARE = 0.01   # control characters allowed in a legacy-encoded text file


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    odd = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0)
    return odd / len(text) <= _MAX_ODD_SHARE


def decode_text(data: bytes) -> str | None:
    """Decode a file's bytes as text.

    UTF-16 when a UTF-16 byte-order mark says so; else UTF-8 (with or without a
    byte-order mark); then, for legacy files, cp1252 and finally Latin-1. Each decoding
    is accepted only when at most 1% of the characters are control characters.

    Args:
        data: the raw bytes.

    Returns:
        The text, or None for binary data (a NUL byte in a file without a UTF-16
        byte-order mark, or bytes that decode only to control-character noise).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return text if _looks_like_text(text) else None
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return text if _looks_like_text(text) else None
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    return None
