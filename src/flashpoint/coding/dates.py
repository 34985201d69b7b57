"""Event dates: when the coded act happened, resolved against the published date.

Date expressions in the trigger's clause (spaCy DATE entities and bare weekday names) are read
relative to the article's published date: weekday names backward ("met on Monday") unless
the act is in the future ("will discuss on Friday": forward); "yesterday", "last week", "two
days earlier", "in 2014", "in January 2014", "on 12 January". Without an expression of its own,
a reported or accompanying act takes the date of the clause above it ("said on Tuesday that
Russia had threatened"), an event noun the date of the clause it sits in ("fled in 1956 after a
clampdown on protests"), else the event date is the published date. Precision is ``day``, ``month``, ``year`` or ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from flashpoint.types import Modality

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-9]{2})\b")
_DAY = re.compile(r"\b([0-3]?[0-9])(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+"
                  r"(?:ago|earlier|before)\b")
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved event date; ``value`` is None only when nothing is known."""

    value: date | None
    precision: str
    text: str | None = None       # the date expression used, if any


def _clause_tokens(trigger):
    """Tokens of the trigger's own clause: its subtree without nested clauses."""
    out = []
    stack = [trigger]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in ("ccomp", "relcl", "advcl", "acl", "csubj", "parataxis") and child.pos_ in ("VERB", "AUX"):
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue
            stack.append(child)
    return out


def _is_past(trigger) -> bool:
    toks = [trigger, *trigger.children]
    if trigger.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "conj") and trigger.tag_ in ("VB", "VBG"):
        toks.extend([trigger.head, *trigger.head.children])
    return any(t.tag_ in ("VBD", "VBN") for t in toks)


def resolve(expr: str, published: date, past: bool, future: bool) -> EventDate | None:
    """Resolve one date expression against ``published``; None when it is not understood."""
    low = expr.lower().strip()
    if "today" in low or "tonight" in low or low in ("this week",):
        return EventDate(published, "day", expr)
    if "yesterday" in low:
        return EventDate(published - timedelta(days=1), "day", expr)
    if "tomorrow" in low:
        return EventDate(published + timedelta(days=1), "day", expr)
    ago = _AGO.search(low)
    if ago:
        n = _NUMBERS.get(ago.group(1), None) or (int(ago.group(1)) if ago.group(1).isdigit() else None)
        if n is not None and ago.group(2) in ("day", "week"):
            days = n * {"day": 1, "week": 7}[ago.group(2)]
            return EventDate(published - timedelta(days=days), "day", expr)
        if n is not None and ago.group(2) == "month":
            months = published.year * 12 + published.month - 1 - n   # "three months ago": that month
            return EventDate(date(months // 12, months % 12 + 1, 1), "month", expr)
        if n is not None:
            return EventDate(date(published.year - n, 1, 1), "year", expr)   # "three years ago": that year
    if low.startswith("last week") or low == "the past week":
        return EventDate(published - timedelta(days=7), "day", expr)
    if low.startswith("next week"):
        return EventDate(published + timedelta(days=7), "day", expr)
    if low in ("last month",):
        m = published.replace(day=1) - timedelta(days=1)
        return EventDate(m.replace(day=1), "month", expr)
    if low in ("last year",):
        return EventDate(date(published.year - 1, 1, 1), "year", expr)
    for i, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", low):
            delta = (published.weekday() - i) % 7
            if future:
                ahead = (i - published.weekday()) % 7
                return EventDate(published + timedelta(days=ahead), "day", expr)
            return EventDate(published - timedelta(days=delta), "day", expr)
    year_m = _YEAR.search(low)
    month = next((i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m}\b", low)), None)
    last_year = re.search(r"\blast year\b", low)
    if month and (month != 5 or year_m or last_year or _DAY.search(low.replace("may", ""))):
        year = int(year_m.group(1)) if year_m else published.year
        if not year_m and last_year:
            year -= 1   # "in May last year"
        elif not year_m and date(year, month, 1) > published and not future:
            year -= 1
        day_m = _DAY.search(_YEAR.sub("", low))
        if day_m and 1 <= int(day_m.group(1)) <= 31:
            try:
                return EventDate(date(year, month, int(day_m.group(1))), "day", expr)
            except ValueError:
                pass
        return EventDate(date(year, month, 1), "month", expr)
    if year_m and not re.search(r"\b(years?|decades?)\b", low):
        return EventDate(date(int(year_m.group(1)), 1, 1), "year", expr)
    return None


def event_date(trigger, published: date | None, modality: Modality) -> EventDate:
    """The event date of the act carried by ``trigger`` (a spaCy token)."""
    if published is None:
        return EventDate(None, "unknown")
    past = _is_past(trigger)
    future = modality is Modality.FUTURE
    doc = trigger.doc
    clause = {t.i for t in _clause_tokens(trigger)}
    # a clause introduced by "when" dates itself from the noun it modifies ("his 2014 gains, when...")
    if trigger.dep_ in ("relcl", "advcl", "acl") and any(c.lower_ == "when" for c in trigger.children):
        clause |= {t.i for t in trigger.head.subtree if t.i < trigger.i} | {trigger.head.i}
    found = _in_tokens(doc, clause, published, past, future)
    if found is not None:
        return found
    # no date of its own: a reported or accompanying act takes the date of the clause above it
    # ("said on Tuesday that Russia had threatened", "detained 3,000 on Saturday as protesters rallied")
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or tok.head.i == tok.i:
            break
        tok = tok.head
        found = _in_tokens(doc, {t.i for t in _clause_tokens(tok)}, published, _is_past(tok), future)
        if found is not None:
            return found
    verb = _governing_verb(trigger)
    if verb is not None:
        # an event noun is dated by the clause it sits in: "forced into hiding in 1956 after
        # a clampdown on student protests" tells protests of 1956, not of the published day;
        # only the verb's own time phrases count, not a date on another noun ("a 2016 coup")
        found = _adverbial_date(verb, published, _is_past(verb), future)
        if found is not None:
            return found
    return EventDate(published, "day")


def _adverbial_date(verb, published: date, past: bool, future: bool) -> EventDate | None:
    """A date expression that modifies ``verb`` itself, bare ("last week") or through
    prepositions only ("in 1956", "since April 2011"); None when there is none."""
    doc = verb.doc
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        tok = ent.root
        for _ in range(4):
            if tok.head.i == verb.i:
                found = resolve(ent.text, published, past, future)
                if found is not None:
                    return found
                break
            if tok.head.pos_ != "ADP" and not ent.start <= tok.head.i < ent.end:
                break
            tok = tok.head
    return None


#: Dependencies by which an event noun hangs inside the clause of a verb.
_NOUN_LINKS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "compound"})


def _governing_verb(trigger):
    """The verb whose clause holds the event noun ``trigger``, through its phrases; None for a verb."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = trigger
    for _ in range(8):
        if tok.dep_ not in _NOUN_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            return None   # "marked on Tuesday the anniversary of the attack": the date is the marking's
    return None


def _in_tokens(doc, clause: set[int], published: date, past: bool, future: bool) -> EventDate | None:
    for ent in doc.ents:
        if ent.label_ == "DATE" and any(t.i in clause for t in ent):
            found = resolve(ent.text, published, past, future)
            if found is not None:
                return found
    for i in sorted(clause):
        if doc[i].lower_ in WEEKDAYS:
            found = resolve(doc[i].text, published, past, future)
            if found is not None:
                return found
    return None
