"""Publication dates of input records, as UTC calendar days."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timezone

logger = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")


def parse_iso_date(value: str) -> date | None:
    """Parse an ISO 8601 date or datetime into a UTC day.

    Args:
        value: ``YYYY-MM-DD`` or an ISO datetime (``2022-01-12T09:30:00Z``,
            ``2022-01-12 23:30:00-05:00``). A datetime with an offset is converted to UTC
            before the day is taken; a naive datetime is taken as UTC already.

    Returns:
        The day, or None when the value is not ISO 8601.
    """
    text = value.strip()
    if not text:
        return None
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.date()


def parse_record_date(value: object) -> date | None:
    """Parse a record's own date field, leniently.

    ISO 8601 first (see ``parse_iso_date``); then ``dateparser`` for other written
    forms ("12 January 2022", "Jan 12, 2022 10:00 GMT"), converted to UTC; ambiguous
    numeric forms ("03/04/2022") follow dateparser's default order (month first).
    Values without a four-digit year (1800-2199) are refused, so "yesterday" and
    "12 January" give None: a record's date must not depend on when it is read.

    Args:
        value: a string, a ``date``/``datetime``, or anything else (ignored).

    Returns:
        The UTC day, or None when there is no usable date.
    """
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    iso = parse_iso_date(value)
    if iso is not None:
        return iso
    if not _YEAR.search(value):
        return None  # refuses "yesterday", and "12 January", which dateparser reads as 2012
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    try:
        parsed = dateparser.parse(
            value.strip(),
            settings={
                "TO_TIMEZONE": "UTC",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["year"],
            },
        )
    except Exception as exc:  # dateparser raises assorted errors on odd input
        logger.debug("dateparser failed on %r: %s", value, exc)
        return None
    return parsed.date() if parsed is not None else None


def warn_unreadable_date(item_id: str, value: object, fallback: date | None) -> None:
    """Log one warning line for a record whose own date cannot be read.

    Args:
        item_id: ``"<file>:<line>"`` of the record.
        value: the unreadable date value as found.
        fallback: the date used instead (the ``--published`` default), or None.
    """
    instead = f"using {fallback.isoformat()}" if fallback else "leaving the article undated"
    logger.warning("%s: unreadable date %r (no four-digit year or unknown form); %s", item_id, value, instead)

