"""Cleaning: page furniture, normalisation (NFC, mojibake, whitespace), language guess."""

from flashpoint.clean.language import guess_language
from flashpoint.clean.normalize import normalize_text, repair_mojibake
from flashpoint.clean.page import CleanedPage, clean_page

__all__ = ["CleanedPage", "clean_page", "guess_language", "normalize_text", "repair_mojibake"]
