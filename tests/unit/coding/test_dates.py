from datetime import date

import pytest

from flashpoint.coding.dates import resolve

PUB = date(2022, 1, 12)  # a Wednesday


@pytest.mark.parametrize(
    "expr,past,future,expected,precision",
    [
        ("Monday", True, False, date(2022, 1, 10), "day"),
        ("on Friday", False, True, date(2022, 1, 14), "day"),
        ("Wednesday", True, False, date(2022, 1, 12), "day"),
        ("yesterday", True, False, date(2022, 1, 11), "day"),
        ("last week", True, False, date(2022, 1, 5), "day"),
        ("2014", True, False, date(2014, 1, 1), "year"),
        ("in January 2014", True, False, date(2014, 1, 1), "month"),
        ("12 March 2019", True, False, date(2019, 3, 12), "day"),
        ("March 3", True, False, date(2021, 3, 3), "day"),
        ("last month", True, False, date(2021, 12, 1), "month"),
        ("two days earlier", True, False, date(2022, 1, 10), "day"),
        ("3 weeks ago", True, False, date(2021, 12, 22), "day"),
        # months and years ago: that month, that year
        ("three months ago", True, False, date(2021, 10, 1), "month"),
        ("three years ago", True, False, date(2019, 1, 1), "year"),
        # a month of the year before: "in May last year"
        ("May last year", True, False, date(2021, 5, 1), "month"),
        ("October last year", True, False, date(2021, 10, 1), "month"),
        ("4 June last year", True, False, date(2021, 6, 4), "day"),
    ],
)
def test_dates_resolve_relative_to_published(expr, past, future, expected, precision):
    got = resolve(expr, PUB, past, future)
    assert got is not None
    assert (got.value, got.precision) == (expected, precision)


@pytest.mark.parametrize("expr", ["more than two years", "for years", "weeks"])
def test_dates_durations_are_not_dates(expr):
    assert resolve(expr, PUB, True, False) is None


@pytest.mark.model
def test_dates_an_argument_noun_keeps_its_date_from_its_event_noun(nlp):
    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    text = "Israel marked on Tuesday the anniversary of the Hamas attack on the border villages."
    events = Pipeline(nlp=nlp).code_article(Article(article_id="t", text=text, published=date(2024, 5, 1)))
    attacks = [e for e in events if e.cameo_code.startswith("19")]
    assert attacks and all(e.event_date != date(2024, 4, 30) for e in attacks), [(e.cameo_code, e.event_date) for e in events]
