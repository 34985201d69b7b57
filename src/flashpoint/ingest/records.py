"""Building an ``Article`` from one input record (a text file, a JSONL line, a CSV row)."""

from __future__ import annotations

import hashlib
from datetime import date

from flashpoint.clean.language import guess_language
from flashpoint.clean.normalize import normalize_text
from flashpoint.clean.page import clean_page
from flashpoint.types import Article, Drop, DropReason


def article_id_for(record_id: object, url: str | None, text: str) -> str:
    """The article id of the event record.

    Returns:
        ``str(record_id)`` when the record has a non-blank id; else the first 16 hex
        characters of the SHA-1 of the URL; else of the (raw) text, both UTF-8 encoded.
    """
    if record_id is not None and str(record_id).strip():
        return str(record_id).strip()
    basis = url if url else text
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _opt(value: object) -> str | None:
    if value is None:
        return None
    text = normalize_text(str(value))
    return text or None


def build_article(
    *,
    item_id: str,
    stage: str,
    text: object,
    source_path: str | None,
    record_id: object = None,
    title: object = None,
    url: object = None,
    source: object = None,
    published: date | None = None,
) -> Article | Drop:
    """Clean a record's text and build the article.

    The text is cleaned with ``clean_page`` (furniture removal only for multi-line text;
    a one-line text is only normalised). When the record gives a ``title``, it is
    not searched for in the text: it becomes the first paragraph unless the cleaned
    text already starts with it. Without a title, a headline found in the text
    becomes the title.

    Args:
        item_id: how a drop names this record (a path or ``path:line``).
        stage: the reader's stage name for drops, e.g. ``"ingest.jsonl.v1"``.
        text: the record's raw text; anything that is not a string counts as missing.
        source_path: the path as the user gave it, or ``"-"`` for standard input.
        record_id: the record's own id, if any (becomes ``article_id``).
        title, url, source: the record's metadata, if any.
        published: the record's date already resolved (record date, else default).

    Returns:
        The article, or a ``Drop`` with ``DropReason.MALFORMED`` (no text field) or
        ``DropReason.EMPTY`` (no text left after cleaning).
    """
    if not isinstance(text, str):
        return Drop(item_id, stage, DropReason.MALFORMED, "record has no text")
    given_title = _opt(title)
    page = clean_page(text, find_headline=given_title is None, remove_furniture="\n" in text.strip())
    if not page.text:
        return Drop(item_id, stage, DropReason.EMPTY, "no text after cleaning")
    body = page.text
    out_title = page.title
    if given_title is not None:
        out_title = given_title
        if not body.startswith(given_title):
            body = f"{given_title}\n\n{body}"
    url_s = _opt(url)
    return Article(
        article_id=article_id_for(record_id, url_s, text),
        text=body,
        source_path=source_path,
        url=url_s,
        source=_opt(source),
        title=out_title,
        published=published,
        credit=page.credit,
        language=guess_language(body),
    )
