"""Shared fixtures. Tests that need the English spaCy pipeline are marked ``model``;
tests that read ``../shared/data`` are marked ``shared`` and skip where it is absent."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from flashpoint.types import Article

REPO = Path(__file__).resolve().parents[1]
#: The reference data: ../shared beside the checkout, or wherever FLASHPOINT_SHARED points.
SHARED = Path(os.environ.get("FLASHPOINT_SHARED", REPO.parent / "shared"))
SHARED_DATA = SHARED / "data"
SEED = SHARED / "seeds" / "000_d07a4059c8cfa16f.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a clear reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not available: ../shared/data/{'/'.join(parts)}")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("seed article ../shared/seeds/000_d07a4059c8cfa16f.txt not available")
    return SEED


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once for the whole test session."""
    from flashpoint.nlp.model import load_model

    return load_model()


@pytest.fixture
def make_article():
    def _make(text: str, published: date | None = date(2022, 1, 12), article_id: str = "a1", **kw) -> Article:
        return Article(article_id=article_id, text=text, published=published, **kw)

    return _make
