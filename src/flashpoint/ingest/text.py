"""Reader for plain-text articles: scraped pages like the seed, or clean copy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from flashpoint.ingest.records import build_article
from flashpoint.types import Article, Drop, DropReason

STAGE = "ingest.text.v1"


def read_text(source_path: str, text: str, published: date | None = None) -> Iterator[Article | Drop]:
    """Read one plain-text document as one article.

    The page is cleaned (``flashpoint.clean.page.clean_page``): a headline is looked
    for, furniture removed, the credit set aside. A text file carries no date of its
    own, so ``published`` is the caller's default.

    Args:
        source_path: the path as given (``"-"`` for standard input); also the drop's id.
        text: the decoded file content.
        published: the default publication date, or None.

    Yields:
        One ``Article``, or one ``Drop`` with ``DropReason.EMPTY`` when the file is
        empty or nothing but furniture.
    """
    if not text.strip():
        yield Drop(source_path, STAGE, DropReason.EMPTY, "empty file")
        return
    yield build_article(
        item_id=source_path, stage=STAGE, text=text, source_path=source_path, published=published
    )
