"""Page furniture: lines a scraper keeps that are not part of the article.

Each line of a scraped page is classified on its own, by class of line rather than by the
exact strings of one site: stray counters ("0", "12 comments", "1.2K views", "3 min read"),
share and social prompts, comment-form text, "Related"/"Read more" teasers, cookie,
newsletter and subscription prompts, copyright lines and advertising markers. Wire-credit
lines ("(Reporting by X; Editing by Y)", "With AFP") are recognised separately, because
they are kept as the article's credit rather than thrown away.
"""

from __future__ import annotations

import re
from enum import Enum


class LineKind(str, Enum):
    """What a line of a scraped page is."""

    TEXT = "text"
    COUNTER = "counter"
    SOCIAL = "social"
    COMMENT_FORM = "comment_form"
    RELATED = "related"
    PROMPT = "prompt"          # cookies, newsletters, subscriptions, advertising
    COPYRIGHT = "copyright"


_NUMBER = r"\d[\d.,]*\s*[kKmM]?\+?"
_COUNT_NOUNS = (
    r"comments?|views?|shares?|likes?|replies|reply|responses?|reads?|reactions?|votes?"
    r"|followers?|retweets?|hits?|visits?|times"
)
_COUNTER = re.compile(
    rf"^(?:{_NUMBER}"
    rf"|{_NUMBER}\s+(?:{_COUNT_NOUNS})"
    rf"|(?:{_COUNT_NOUNS})\s*[:(]?\s*{_NUMBER}\)?"
    rf"|{_NUMBER}\s*(?:min(?:ute)?s?|hours?|hrs?)\.?\s+read"
    rf"|reading time:?\s*{_NUMBER}\s*(?:min(?:ute)?s?)?"
    r"|no comments(?: yet)?"
    r")$",
    re.IGNORECASE,
)

_SOCIAL_WORDS = frozenset(
    "share shares sharing tweet pin it whatsapp facebook twitter x linkedin email e-mail mail "
    "print telegram reddit pinterest messenger viber vk copy link url sms flipboard tumblr "
    "google+ this on via the article story page to click opens in new window tab save "
    "bookmark send".split()
)
# At least one of these must appear for a line to be a share prompt ("this", "on" alone are not).
_SOCIAL_ANCHORS = frozenset(
    "share shares sharing tweet pin whatsapp facebook twitter linkedin email e-mail telegram "
    "reddit pinterest messenger viber vk flipboard tumblr google+ bookmark".split()
)

# Headings that open a comment section: everything after them is furniture.
_COMMENT_HEADING = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment"
    r"|join the (?:conversation|discussion)|have your say|comments are closed"
    r"|\d+ (?:thoughts|responses|replies) (?:on|to)\b.*)\W*$",
    re.IGNORECASE,
)
_COMMENT_FORM = re.compile(
    r"^(?:please enter your (?:comment|name|email)"
    r"|you have entered an incorrect email"
    r"|save my name,? email,? and website"
    r"|your email address will not be published"
    r"|required fields are marked"
    r"|(?:post|submit) comment"
    r"|log ?in to (?:comment|reply)"
    r"|you must be logged in to post a comment"
    r"|this site uses akismet"
    r"|notify me of (?:follow-up comments|new posts)"
    r"|(?:name|email|website|comments?|reply|cancel reply)\s*\*?:?\s*$"
    r")",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:related(?: articles?| stories| posts?| news| content| coverage| topics)?"
    r"|read (?:more|also|next)|also read|see also|more on this(?: story)?|recommended(?: for you)?"
    r"|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now)?"
    r"|more from [\w .'-]{1,40}|more stories|latest news|top stories|watch|listen)"
    r"(?:\s*[:>»|\-–—]\s*.*|\W*)$",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies"
    r"|cookie (?:policy|settings|preferences|consent)"
    r"|subscribe (?:to|now|today|for|here)|sign up (?:for|to)\b.*\bnewsletter|newsletter sign-?up"
    r"|get (?:our|the) newsletter|(?:daily|weekly|free) newsletter|unsubscribe at any time"
    r"|^subscribe\W*$|^newsletter\W*$|^sign up\W*$|^log ?in\W*$|^register\W*$"
    r"|^advertisement\W*$|^advertising\W*$|^sponsored(?: content)?\W*$|^ad\W*$"
    r"|^skip to (?:main )?content\W*$|^click here to\b|^follow us on\b|^download (?:our|the) app\b)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE
)

# News agencies and wire phrases that may stand alone in a credit line ("With AFP").
_AGENCY = (
    r"(?:the )?(?:Associated Press|Reuters|Agence France-Presse|Bloomberg|Xinhua|Interfax|TASS"
    r"|Anadolu(?: Agency)?|Kyodo|Yonhap|Press Association|Press Trust of India|agencies"
    r"|news agencies|wire services|wires|staff and agencies|(?-i:[A-Z]{2,5}))"
)
_CREDIT = re.compile(
    r"^[•*·\-–—\s]*(?:"
    r"this (?:article|story|report) (?:was|is|has been) (?:based|compiled|written)\b.*"
    r"|\((?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.*\)\W*"
    rf"|with (?:additional )?(?:reporting (?:from|by) )?{_AGENCY}(?:,? (?:and )?{_AGENCY}){{0,3}}\W*"
    r"|.{1,80}\bcontributed to this (?:report|article|story)\W*"
    r")$",
    re.IGNORECASE,
)
_DASH_CREDIT = re.compile(rf"^[—–-]\s*{_AGENCY}(?:,? (?:and )?{_AGENCY}){{0,3}}\W*$")

# "Additional reporting by Sam Poe in Kyiv" without brackets: only names and these words,
# so that a body sentence such as "Reporting by the BBC showed that ..." stays text.
_BARE_CREDIT = re.compile(
    r"^(?:additional )?(?:reporting|writing|editing) by\b", re.IGNORECASE
)
_BARE_CREDIT_WORDS = frozenset(
    "additional reporting writing editing by and in from with of for the staff".split()
)

_MAX_FURNITURE_CHARS = 200
_MAX_CREDIT_CHARS = 300


def _is_social(line: str) -> bool:
    words = [w for w in re.split(r"[\s|/·•,:;()\[\]]+", line.lower()) if w]
    return bool(words) and all(w in _SOCIAL_WORDS for w in words) and any(
        w in _SOCIAL_ANCHORS for w in words
    )


def classify_line(line: str) -> LineKind:
    """Classify one stripped line of a scraped page.

    Lines longer than 200 characters are always ``TEXT``, except for copyright and
    prompt lines (which scrapers often glue into one long footer line).

    Args:
        line: one line, already stripped of surrounding whitespace.

    Returns:
        The line's kind; ``LineKind.TEXT`` means it is (possibly) article text.
    """
    if not line:
        return LineKind.COUNTER
    if _COPYRIGHT.search(line):
        return LineKind.COPYRIGHT
    if len(line) > _MAX_FURNITURE_CHARS:
        return LineKind.PROMPT if _PROMPT.search(line) and len(line) < 400 else LineKind.TEXT
    if _COUNTER.match(line):
        return LineKind.COUNTER
    if _COMMENT_HEADING.match(line) or _COMMENT_FORM.match(line):
        return LineKind.COMMENT_FORM
    if _is_social(line):
        return LineKind.SOCIAL
    if _RELATED.match(line):
        return LineKind.RELATED
    if _PROMPT.search(line):
        return LineKind.PROMPT
    return LineKind.TEXT


def is_comment_heading(line: str) -> bool:
    """True for a heading that opens a comment section ("LEAVE A REPLY", "Comments")."""
    return bool(_COMMENT_HEADING.match(line)) and len(line) <= _MAX_FURNITURE_CHARS


def is_credit_line(line: str) -> bool:
    """True for a wire-credit line.

    Recognised forms: "This article was based in part on reports from ...",
    "(Reporting by X; Editing by Y)", "Additional reporting by ...", "With AFP",
    "With reporting from Reuters and AP", "X contributed to this report",
    "— Associated Press"; an optional leading bullet or dash is allowed.
    """
    if len(line) > _MAX_CREDIT_CHARS:
        return False
    if _CREDIT.match(line) or _DASH_CREDIT.match(line):
        return True
    if _BARE_CREDIT.match(line):
        words = re.findall(r"[^\W\d_][\w'.-]*", line)
        return all(w[0].isupper() or w.lower() in _BARE_CREDIT_WORDS for w in words)
    return False
