"""Cleaning of scraped pages: the seed, headline detection, comment sections, credits."""

from __future__ import annotations

import pytest

from flashpoint.clean.page import clean_page, looks_like_headline


@pytest.fixture
def seed_raw(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture
def seed_page(seed_raw):
    return clean_page(seed_raw)


def _raw_paragraphs(raw: str) -> list[str]:
    """The seed's non-empty lines (each of its paragraphs is one line)."""
    return [line.strip() for line in raw.splitlines() if line.strip()]


def test_clean_seed_drops_stray_counters(seed_raw, seed_page):
    assert [p for p in _raw_paragraphs(seed_raw) if p.isdigit()], "the seed has stray counters"
    lines = [line.strip() for line in seed_page.text.split("\n")]
    assert not [line for line in lines if line.isdigit()]


@pytest.mark.parametrize("furniture", ["LEAVE A REPLY", "Please enter", "your name here"])
def test_clean_seed_drops_comment_form(seed_page, furniture):
    assert furniture not in seed_page.text


def test_clean_seed_headline_is_title_and_first_paragraph(seed_raw, seed_page):
    raw = _raw_paragraphs(seed_raw)
    assert seed_page.title == raw[0]
    assert seed_page.text.split("\n\n")[0] == seed_page.title
    first_body = next(p for p in raw[1:] if not p.isdigit())
    assert seed_page.paragraphs[0] == first_body


def test_clean_seed_credit_found_and_removed(seed_raw, seed_page):
    (credit_line,) = [p for p in _raw_paragraphs(seed_raw) if p.startswith("•")]
    assert seed_page.credit == credit_line.lstrip("• ")
    assert seed_page.credit not in seed_page.text


def test_clean_seed_keeps_subheading_as_paragraph(seed_page):
    assert "Four hour session" in seed_page.paragraphs


def test_clean_seed_paragraph_layout(seed_raw, seed_page):
    assert "\n\n\n" not in seed_page.text
    assert all(p and "\n" not in p and p == p.strip() for p in seed_page.text.split("\n\n"))
    raw = _raw_paragraphs(seed_raw)
    last_body = raw[raw.index(next(p for p in raw if p.startswith("•"))) - 1]
    assert seed_page.paragraphs[-1] == last_body
    assert seed_page.removed >= 4


@pytest.mark.parametrize(
    ("raw", "title", "first_body"),
    [
        ("Troops cross the river\n\nTroops crossed the river at dawn.", "Troops cross the river",
         "Troops crossed the river at dawn."),
        ("Troops crossed the river at dawn.\n\nThey met no resistance.", None,
         "Troops crossed the river at dawn."),
        ("Is the truce holding?\n\nFighting resumed on Monday.", "Is the truce holding?",
         "Fighting resumed on Monday."),
        ("Troops cross the river\nTroops crossed the river at dawn on Monday, officials said, and "
         "the defence ministry confirmed the crossing.", "Troops cross the river",
         "Troops crossed the river at dawn on Monday, officials said, and the defence ministry "
         "confirmed the crossing."),
        ("The minister said on Monday that the talks had\nfailed and that the delegation would\n"
         "return home.", None, "The minister said on Monday that the talks had failed and that "
         "the delegation would return home."),
        ("Only a headline", None, "Only a headline"),
        ("Troops cross the river\nTroops crossed the river.\nNobody was hurt.\nTalks follow\n"
         "Envoys will meet on Friday.", "Troops cross the river", "Troops crossed the river."),
    ],
)
def test_clean_headline_detection(raw, title, first_body):
    page = clean_page(raw)
    assert page.title == title
    assert page.paragraphs[0] == first_body


def test_clean_one_paragraph_per_line_without_blank_lines():
    page = clean_page("Troops cross the river\nTroops crossed the river.\nNobody was hurt.\n"
                      "Talks follow\nEnvoys will meet on Friday.")
    assert page.paragraphs == ("Troops crossed the river.", "Nobody was hurt.", "Talks follow",
                               "Envoys will meet on Friday.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Four hour session", True),
        ("Ministers meet in Oslo: what we know", True),
        ("The ministers met in Oslo.", False),
        ("Talks Fail as Russia Refuses to Back Down.", True),
        ("Obama Says Museum Will Tell of ‘Suffering and Delight.’", True),
        ("Russian President Vladimir Putin met Chinese leaders.", False),
        ("Why did the talks in Vienna collapse after four days of bargaining over sanctions?", False),
        ("2022", False),
        ("x" * 201, False),
    ],
)
def test_clean_looks_like_headline(line, expected):
    assert looks_like_headline(line) is expected


def test_clean_cuts_comment_section_at_end():
    raw = (
        "Envoys meet in Geneva\n\nThe envoys met on Monday.\n\nLeave a comment\n\n"
        "Great article, thanks for writing it.\n\nI disagree with the second paragraph."
    )
    page = clean_page(raw)
    assert page.paragraphs == ("The envoys met on Monday.",)
    assert page.removed == 3


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("(Reporting by Jane Doe; Editing by John Roe)", "(Reporting by Jane Doe; Editing by John Roe)"),
        ("Additional reporting by Sam Poe in Kyiv", "Additional reporting by Sam Poe in Kyiv"),
        ("With AFP", "With AFP"),
        ("— Associated Press", "Associated Press"),
        ("• This story was compiled from wire services.", "This story was compiled from wire services."),
    ],
)
def test_clean_credit_leaves_text(credit_line, credit):
    page = clean_page(f"Envoys meet in Geneva\n\nThe envoys met on Monday.\n\n{credit_line}")
    assert page.credit == credit
    assert page.text == "Envoys meet in Geneva\n\nThe envoys met on Monday."


def test_clean_page_of_furniture_only_is_empty():
    page = clean_page("0\n\n8\n\nShare\nTweet\n\nLEAVE A REPLY\n\nPlease enter your comment!")
    assert page.text == "" and page.title is None


def test_clean_keep_furniture_when_asked():
    page = clean_page("Share", remove_furniture=False)
    assert page.text == "Share"
