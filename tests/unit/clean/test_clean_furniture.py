"""Page furniture is recognised by class of line, and article text is left alone."""

from __future__ import annotations

import pytest

from flashpoint.clean.furniture import LineKind, classify_line, is_comment_heading, is_credit_line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("0", LineKind.COUNTER),
        ("8", LineKind.COUNTER),
        ("12 comments", LineKind.COUNTER),
        ("1.2K views", LineKind.COUNTER),
        ("3 min read", LineKind.COUNTER),
        ("Comments (4)", LineKind.COUNTER),
        ("5 minute read", LineKind.COUNTER),
        ("Share", LineKind.SOCIAL),
        ("Tweet", LineKind.SOCIAL),
        ("Pin it", LineKind.SOCIAL),
        ("WhatsApp", LineKind.SOCIAL),
        ("Facebook Twitter WhatsApp Email", LineKind.SOCIAL),
        ("Share on Facebook", LineKind.SOCIAL),
        ("Click to share on Twitter (Opens in new window)", LineKind.SOCIAL),
        ("Share this article", LineKind.SOCIAL),
        ("LEAVE A REPLY", LineKind.COMMENT_FORM),
        ("Please enter your comment!", LineKind.COMMENT_FORM),
        ("Please enter your name here", LineKind.COMMENT_FORM),
        ("You have entered an incorrect email address!", LineKind.COMMENT_FORM),
        ("Save my name, email, and website in this browser for the next time I comment.",
         LineKind.COMMENT_FORM),
        ("Your email address will not be published.", LineKind.COMMENT_FORM),
        ("Related", LineKind.RELATED),
        ("Related articles", LineKind.RELATED),
        ("Read more: Ministers agree on budget", LineKind.RELATED),
        ("Also read: Ministry announces new border posts", LineKind.RELATED),
        ("READ MORE", LineKind.RELATED),
        ("We use cookies to improve your experience.", LineKind.PROMPT),
        ("Subscribe to our newsletter", LineKind.PROMPT),
        ("Sign up for our free daily newsletter", LineKind.PROMPT),
        ("Advertisement", LineKind.PROMPT),
        ("Copyright © 2024 Example News. All rights reserved.", LineKind.COPYRIGHT),
        ("© 2022 Example Media Group", LineKind.COPYRIGHT),
    ],
)
def test_furniture_line_classes(line, kind):
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Four hour session",
        "Share prices fell sharply in Moscow after the talks.",
        "The minister said the 12 comments were taken out of context.",
        "Read the full statement below, the spokesman said.",
        "Facebook removed the accounts on Tuesday.",
        "Russia will share intelligence with its allies, the ministry said.",
        "More than 100,000 troops were massed near the border.",
        "Related talks will take place in Vienna on Friday.",
        "Subscribers to the service lost access on Monday.",
        "Comments by the envoy angered Kyiv.",
    ],
)
def test_furniture_keeps_article_text(line):
    assert classify_line(line) is LineKind.TEXT
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• This article was based in part on reports from news agencies.", True),
        ("(Reporting by Jane Doe; Editing by John Roe)", True),
        ("Additional reporting by Sam Poe", True),
        ("With AFP", True),
        ("With Reuters and AP", True),
        ("— Associated Press", True),
        ("- Reuters", True),
        ("Staff writer Ann Lee contributed to this report.", True),
        ("With Russia refusing to budge, the talks ended.", False),
        ("With us", False),
        ("- the talks ended", False),
        ("Reporting by the BBC showed that the army had withdrawn.", False),
        ("Editing by Will Roe; additional reporting by Ann Lee in Kyiv and Omar Said in Cairo", True),
    ],
)
def test_furniture_credit_lines(line, expected):
    assert is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("LEAVE A REPLY", True), ("Leave a comment", True), ("Join the conversation", True),
     ("Discussion", False), ("Comments", False), ("The conversation went on", False)],
)
def test_furniture_comment_headings(line, expected):
    assert is_comment_heading(line) is expected
