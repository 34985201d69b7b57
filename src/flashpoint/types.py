"""Core value types shared by every pipeline stage.

All offsets are character offsets into ``Article.text``, half-open ``[start, end)``.
Codes (CAMEO event and actor codes) are strings, never ints: ``"0211"`` keeps its leading zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum, IntEnum


class QuadClass(IntEnum):
    """Conventional QuadClass (ICEWS/Phoenix): roots 01-05, 06-08, 09-13, 14-20."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class Modality(str, Enum):
    """Realis of the coded act (not of the sentence that reports it)."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"


class DropReason(str, Enum):
    """Why an input document (or a line of one) was not coded."""

    MISSING = "missing"            # path does not exist or cannot be read
    BINARY = "binary"              # not decodable as text
    EMPTY = "empty"                # no text left after cleaning
    MALFORMED = "malformed"        # a JSONL/CSV record that does not parse or lacks `text`
    UNSUPPORTED = "unsupported"    # a file kind no reader handles
    ERROR = "error"                # an unexpected exception while processing one document


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned news article.

    ``text`` is the cleaned article: the headline (when one was found) as its first
    paragraph, then the body, paragraphs separated by a blank line; page furniture removed.
    ``published`` is the publication date (UTC day) or None when unknown.
    """

    article_id: str
    text: str
    source_path: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | None = None
    credit: str | None = None
    language: str | None = None
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Drop:
    """An input that could not be coded, recorded as data with a reason.

    ``item_id`` names the input (a path, ``path:line`` for one record of a file).
    """

    item_id: str
    stage: str
    reason: DropReason
    detail: str = ""

    def message(self) -> str:
        """One line for stderr: ``<item>: <reason>: <detail>``."""
        tail = f": {self.detail}" if self.detail else ""
        return f"{self.item_id}: {self.reason.value}{tail}"


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor.

    ``code`` is a CAMEO actor code in 3-letter blocks ("USAGOV", "IGOWSTNAT").
    ``country_iso3`` is None for IGOs and unknown countries.
    """

    code: str
    name: str | None = None
    country_iso3: str | None = None
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of a parsed sentence resolved to an actor.

    Token offsets ``[start, end)`` index the spaCy ``Doc``; ``start_char``/``end_char`` are
    character offsets into the same text. ``anchor`` is the token index of the noun-phrase
    head the mention stands for ("officials" in "US and NATO officials", "Sherman" in
    "Undersecretary of State Wendy Sherman"); the coder finds actors through it.
    ``how`` says why the actor was chosen: "dictionary", "title", "demonym", "metonym",
    "country", "igo", "role", "coreference", "user".
    """

    start: int
    end: int
    start_char: int
    end_char: int
    anchor: int
    text: str
    actor: Actor
    how: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened (GeoNames terms)."""

    name: str
    country_iso3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event; ``to_record`` flattens it into the event record (README)."""

    event_id: str
    article_id: str
    sentence_index: int
    evidence: tuple[tuple[int, int, int], ...]   # (sentence_index, span_start, span_end)
    event_date: date | None
    date_precision: str                          # day | month | year | unknown
    source: Actor | None
    target: Actor | None
    cameo_code: str
    plover_type: str | None
    quad_class: QuadClass
    goldstein: float
    modality: Modality
    sentence: str
    trigger: str
    span_start: int
    span_end: int
    rule: str
    location: Location | None = None
    story_id: str | None = None
    num_articles: int = 1
    num_sources: int = 1
    num_mentions: int = 1
    source_text: str | None = None
    target_text: str | None = None
    source_how: str | None = None
    target_how: str | None = None
    trigger_start: int | None = None              # character offset of the trigger in the article
    #: How the geo stage found ``location``: "act" (a locative phrase on the act, its clause or the
    #: event noun it takes part in), "doer" (on its subject), "party" (on an object or other party
    #: that is an actor), "thing" (on another object), "named" (the source or target is the place),
    #: "object" (the act's object), "target" (no place named: the target's country). Not written
    #: to the event record.
    location_how: str | None = None

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2]

    @property
    def dyad_key(self) -> str:
        return f"{self.source.code if self.source else ''}>{self.target.code if self.target else ''}"

    def to_record(self) -> dict:
        """The flat event record (README); unknown values are None."""
        loc = self.location
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "evidence": [list(e) for e in self.evidence],
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_precision": self.date_precision,
            "source_code": self.source.code if self.source else None,
            "target_code": self.target.code if self.target else None,
            "source_name": self.source.name if self.source else None,
            "target_name": self.target.name if self.target else None,
            "source_country": self.source.country_iso3 if self.source else None,
            "target_country": self.target.country_iso3 if self.target else None,
            "cameo_code": self.cameo_code,
            "cameo_root": self.cameo_root,
            "plover_type": self.plover_type,
            "quad_class": int(self.quad_class),
            "goldstein": self.goldstein,
            "modality": self.modality.value,
            "location_name": loc.name if loc else None,
            "location_country": loc.country_iso3 if loc else None,
            "latitude": loc.latitude if loc else None,
            "longitude": loc.longitude if loc else None,
            "geonameid": loc.geonameid if loc else None,
            "sentence": self.sentence,
            "trigger": self.trigger,
            "span_start": self.span_start,
            "span_end": self.span_end,
            "rule": self.rule,
            "story_id": self.story_id or self.article_id,
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "num_mentions": self.num_mentions,
        }


#: Field order of the event record, as the README lists it.
EVENT_FIELDS: tuple[str, ...] = (
    "event_id", "article_id", "sentence_index", "evidence", "event_date", "date_precision",
    "source_code", "target_code", "source_name", "target_name", "source_country",
    "target_country", "cameo_code", "cameo_root", "plover_type", "quad_class", "goldstein",
    "modality", "location_name", "location_country", "latitude", "longitude", "geonameid",
    "sentence", "trigger", "span_start", "span_end", "rule", "story_id", "num_articles",
    "num_sources", "num_mentions",
)

ARTICLE_FIELDS: tuple[str, ...] = (
    "article_id", "source_path", "url", "title", "published", "credit", "language",
    "story_id", "text",
)
