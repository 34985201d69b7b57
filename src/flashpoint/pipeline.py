"""The main job: cleaned articles in, coded events out.

``Pipeline`` holds the loaded spaCy model, the actor dictionary and the CAMEO verb
dictionary, each loaded once, and runs articles through parse -> actors -> coding.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from flashpoint.nlp.lemmas import known_verbs, repair_lemmas
from flashpoint.types import Article, Event

log = logging.getLogger(__name__)

#: Paragraphs per ``nlp.pipe`` batch.
BATCH_SIZE = 64


class Pipeline:
    """Parse, resolve actors, code events and place them, for articles; a meeting's place
    adds the visits it implies (``coding.visits``).

    Args:
        model: name of an installed spaCy pipeline; None picks the default English one.
        actor_files: user actor dictionaries (flashpoint TSV, PETRARCH/TABARI ``.actors`` or
            ``.agents``), loaded on top of the packaged dictionary, later files winning; an
            ``.agents`` file replaces the packaged role nouns, as in PETRARCH.
        nlp: an already loaded ``spacy.Language`` (tests, notebooks); overrides ``model``.

    Raises:
        ConfigError: the model or a dictionary cannot be loaded.
    """

    def __init__(self, model: str | None = None, actor_files: Sequence[str | Path] = (), nlp=None):
        from flashpoint.actors.resolve import ActorResolver
        from flashpoint.coding.coder import EventCoder
        from flashpoint.coding.visits import VisitLinker
        from flashpoint.geo import Locator
        from flashpoint.nlp.model import load_model
        from flashpoint.nlp.truecase import CaseLexicon

        self.nlp = nlp if nlp is not None else load_model(model)
        self.resolver = ActorResolver.from_files(actor_files)
        self.coder = EventCoder()
        self.locator = Locator()
        self.visits = VisitLinker(self.locator.gazetteer)
        self._verbs = _known_verbs(self.coder)
        self.casing = CaseLexicon.build(self.resolver.dictionary, self.locator.gazetteer, self.nlp)

    def parse(self, texts: Iterable[str]):
        """Parse article texts; yields one spaCy ``Doc`` per text, character offsets preserved.

        Each paragraph (split at blank lines) is parsed on its own so a headline never runs
        into the first sentence of the body, then the paragraphs are joined back into one
        ``Doc`` whose ``.text`` equals the input text exactly.

        A line or sentence written in capitals, and a first line that is a headline in title
        case, are parsed from a copy with ordinary case (``nlp.truecase.restore_case``, same
        length); the ``Doc`` keeps the original words.
        """
        from spacy.tokens import Doc

        from flashpoint.nlp.truecase import restore_case, with_text

        texts = list(texts)
        pieces: list[str] = []
        owners: list[int] = []
        restored: list[str] = []
        for i, text in enumerate(texts):
            for k, piece in enumerate(split_headline(split_paragraphs(text))):
                pieces.append(piece)
                owners.append(i)
                restored.append(restore_case(piece, self.casing, headline=k == 0))
        docs_by_text: list[list] = [[] for _ in texts]
        for owner, piece, copy, doc in zip(owners, pieces, restored,
                                           self.nlp.pipe(restored, batch_size=BATCH_SIZE)):
            docs_by_text[owner].append(with_text(doc, piece) if copy != piece else doc)
        for i, docs in enumerate(docs_by_text):
            if not docs:
                yield self.nlp.make_doc(texts[i])
            elif len(docs) == 1:
                yield docs[0]
            else:
                yield Doc.from_docs(docs, ensure_whitespace=False)

    def code_parsed(self, article: Article, doc) -> list[Event]:
        """Code one article whose text is already parsed into ``doc``."""
        from flashpoint.actors.groups import group_mentions

        repair_lemmas(doc, self._verbs)
        mentions = self.resolver.resolve(doc, article.published)
        mentions = mentions + group_mentions(doc, mentions, self.resolver.dictionary)
        events = self.locator.locate(doc, mentions, self.coder.code(doc, mentions, article))
        return self.visits.link(events)

    def code_article(self, article: Article) -> list[Event]:
        """Code one article; returns its events (possibly none)."""
        doc = next(self.parse([article.text]))
        return self.code_parsed(article, doc)

    def run(self, articles: Iterable[Article], batch: int = 16) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles in batches; yields ``(article, events)`` in input order."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch:
                yield from self._run_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk)

    def _run_chunk(self, chunk: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article, doc in zip(chunk, self.parse(a.text for a in chunk)):
            yield article, self.code_parsed(article, doc)


def split_paragraphs(text: str) -> list[str]:
    """Split text at blank lines, keeping every character: ``"".join(result) == text``."""
    import re

    parts: list[str] = []
    start = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        parts.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        parts.append(text[start:])
    return [p for p in parts if p] or ([text] if text else [])


#: Marks of a dateline that opens a lead sentence, not a headline: "LONDON (Reuters) - ...".
DATELINE_MARKS = ("(Reuters)", "(AP)", "(AFP)", "(UPI)", " - ", " -- ", " — ", " – ")


def split_headline(paragraphs: list[str]) -> list[str]:
    """The paragraphs with a headline line that opens the first one split off, so that it is
    parsed alone even with a single newline after it: a line in title case or in capitals
    (``nlp.truecase.title_headline``, ``mostly_upper``) that does not end in a full stop.
    ``"".join(result) == "".join(paragraphs)``."""
    from flashpoint.nlp.truecase import mostly_upper, title_headline

    if not paragraphs:
        return paragraphs
    first = paragraphs[0]
    cut = first.find("\n")
    if cut < 0 or not first[cut:].strip():
        return paragraphs
    line, rest = first[:cut], first[cut + 1:].lstrip()
    if any(mark in line for mark in DATELINE_MARKS) or (rest[:1].islower()):
        return paragraphs   # "BEIJING (Reuters) - Chinese President Xi\nmet ...": a wrapped lead
    if not (title_headline(line) or (mostly_upper(line) and not line.rstrip().endswith("."))):
        return paragraphs
    return [first[:cut + 1], first[cut + 1:], *paragraphs[1:]]


def _known_verbs(coder) -> frozenset[str]:
    """Verb lemmas the coder reads: pattern triggers, governing and modality words."""
    from flashpoint.coding import governors, modality

    triggers = (p.lemma for p in coder.patterns.patterns if p.pos == "V")
    words = (governors.INTENT, governors.THREAT, governors.DEMAND, governors.APPEAL, governors.REFUSE,
             governors.WANT, governors.POSTURE, modality.FUTURE_HEADS, modality.HYPOTHETICAL_HEADS,
             modality.SPEECH_HEADS, modality.WISH_HEADS)
    return known_verbs(triggers, *words)
