"""Dates of input records, as UTC days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from flashpoint.ingest.dates import parse_iso_date, parse_record_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-12", date(2022, 1, 12)),
        ("2022-01-12T09:30:00Z", date(2022, 1, 12)),
        ("2022-01-12T23:30:00-05:00", date(2022, 1, 13)),
        ("2022-01-12T01:00:00+03:00", date(2022, 1, 11)),
        ("2022-01-12 10:00:00", date(2022, 1, 12)),
        (" 2022-01-12 ", date(2022, 1, 12)),
        ("2022-13-45", None),
        ("12 January 2022", None),
        ("", None),
    ],
)
def test_dates_iso(value, expected):
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-12", date(2022, 1, 12)),
        ("12 January 2022", date(2022, 1, 12)),
        ("Jan 12, 2022", date(2022, 1, 12)),
        ("Wed, 12 Jan 2022 23:30:00 -0500", date(2022, 1, 13)),
        (datetime(2022, 1, 12, 23, 30, tzinfo=timezone(timedelta(hours=-5))), date(2022, 1, 13)),
        (date(2022, 1, 12), date(2022, 1, 12)),
        ("yesterday", None),
        ("12 January", None),
        ("not a date", None),
        (None, None),
        (20220112, None),
    ],
)
def test_dates_record(value, expected):
    assert parse_record_date(value) == expected
