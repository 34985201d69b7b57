"""Quotations of an article and who speaks them, across sentence boundaries.

A quote is the run of tokens between an opening and a closing quotation mark: double marks
(straight, curly or Treebank ````/''``) or single ones ('We will strike back,' as British
news writes them). A quote may span several sentences: '"We will not give in. We will strike
back," the minister said' is one quote of two sentences, spoken by the minister. Marks are
told apart so:

- a straight double mark opens a quote when none is open in its paragraph and closes it
  otherwise; curly marks say which they are;
- a single mark opens or closes by the tag the parser gave it (````/''``); a possessive
  apostrophe ("the ministers' talks", tag ``POS``) is no mark;
- a quote still open at the end of a paragraph ends there (news reopens a quote that runs
  into the next paragraph).

The speaker of a quote is the one a speech verb outside it names: after the closing mark in
the sentence that closes it ('..., the minister said'), else before the opening mark in the
sentence that opens it ('The minister said: "...'). Token indices are those of the ``Doc``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from flashpoint.coding.attribution import ATTRIBUTION_VERBS, speaker

DOUBLE = frozenset({'"', "``", "''", "“", "”", "„"})
SINGLE = frozenset({"'", "‘", "’"})
OPENING = frozenset({"``", "“", "‘", "„"})
CLOSING = frozenset({"''", "”", "’"})
CACHE_KEY = "flashpoint.quotes"


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``start`` the opening mark's token index, ``end`` the closing mark's (or
    the paragraph's last token), ``speaker`` the head token index of who says it and ``verb``
    the speech verb's, or None."""

    start: int
    end: int
    speaker: int | None = None
    verb: int | None = None


def _paragraph_end(tok) -> bool:
    return "\n" in tok.whitespace_ or "\n" in tok.text


def _marks(doc) -> list[tuple[int, int]]:
    """(open, close) token indices of the quotes in ``doc``, in order, not nested."""
    found: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    for tok in doc:
        text = tok.text
        if text in DOUBLE:
            if double is None and text not in CLOSING:
                double = tok.i
            elif double is not None and text not in OPENING:
                found.append((double, tok.i))
                double = None
        elif text in SINGLE and tok.tag_ != "POS":
            opening = tok.tag_ == "``" or (text == "‘" and tok.tag_ != "''")
            if single is None and opening and double is None:
                single = tok.i
            elif single is not None and not opening:
                found.append((single, tok.i))
                single = None
        if _paragraph_end(tok):
            for start in (double, single):
                if start is not None and start < tok.i:
                    found.append((start, tok.i))
            double = single = None
    for start in (double, single):
        if start is not None:
            found.append((start, len(doc) - 1))
    return sorted(found)


def _after(doc, i: int, end: int) -> list:
    """Tokens ``[i, end)`` of ``doc`` up to the end of the paragraph of token ``i - 1``."""
    tokens = []
    if i > 0 and _paragraph_end(doc[i - 1]):
        return tokens
    for tok in doc[i:end]:
        if tok.is_space and "\n" in tok.text:
            break
        tokens.append(tok)
        if _paragraph_end(tok):
            break
    return tokens


def _before(doc, start: int, i: int) -> list:
    """Tokens ``[start, i)`` of ``doc`` that stand in the paragraph of token ``i``."""
    tokens = []
    for tok in doc[start:i]:
        if _paragraph_end(tok):
            tokens = []   # what came before the break is another paragraph
            continue
        tokens.append(tok)
    return tokens


def _speaker_near(tokens) -> tuple[int, int] | None:
    """(speaker head, speech verb) indices of the first speech verb among ``tokens`` that has a
    speaker, or None."""
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ATTRIBUTION_VERBS:
            continue
        who = speaker(tok)
        if who is None:
            who = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if who is not None:
            return who.i, tok.i
    return None


def quotes(doc) -> list[Quote]:
    """The quotations of ``doc`` with their speakers (see the module docstring), found once per
    doc and kept in ``doc.user_data``."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None:
        return cached
    out: list[Quote] = []
    for start, end in _marks(doc):
        # a speaker is never looked for across a paragraph break (a sentence may run over one)
        found = _speaker_near(_after(doc, end + 1, doc[end].sent.end))
        if found is None:
            found = _speaker_near(_before(doc, doc[start].sent.start, start))
        out.append(Quote(start, end, *(found or (None, None))))
    doc.user_data[CACHE_KEY] = out
    return out


def quote_at(found: list[Quote], i: int) -> Quote | None:
    """The quote of ``found`` (sorted, not nested) whose marks enclose token ``i``, or None."""
    k = bisect_right([q.start for q in found], i) - 1
    if k >= 0 and found[k].start < i < found[k].end:
        return found[k]
    return None
