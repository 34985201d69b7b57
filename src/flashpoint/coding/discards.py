"""Sentences in sport, entertainment or business language that only look like conflict.

"Arsenal beat Chelsea 2-1", "a price war", "the film attacks ...", "shares fell 4%": the coder
asks :func:`discard_reason` before it codes a conflict event (CAMEO roots 09-20) and skips the
event when a reason comes back. Cooperation codes are not affected.

The cues live in the packaged ``data/discards.tsv`` (its header documents the format): single
words matched against the sentence's lemmas and lower-cased words, phrases matched in the
lower-cased text, and regular expressions (``re:``) searched in the text. Each cue has a weight;
a reason wins when its cues sum to at least :data:`DISCARD_SCORE` after the "politics" cues
(troops, militants, missiles ..., negative weights) are added, so "Israeli troops shot two
protesters" is never discarded even beside a sport word, and violence by police or troops is
never sport (:func:`forces_violence`, asked by the coder once the doers are known).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from flashpoint.errors import ConfigError

log = logging.getLogger(__name__)

CUES_FILE = "discards.tsv"
#: Summed cue weight at which a sentence is discarded.
DISCARD_SCORE = 2
#: Reason whose (negative) weights count against every other reason.
COUNTER_REASON = "politics"

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue line: ``kind`` is "word", "phrase" or "regex"; ``weight`` an integer."""

    reason: str
    kind: str
    text: str
    weight: int
    pattern: re.Pattern | None = None


@dataclass(frozen=True, slots=True)
class CueList:
    """Cues grouped for matching; built once from ``data/discards.tsv``."""

    words: dict[str, tuple[Cue, ...]]
    phrases: tuple[Cue, ...]
    regexes: tuple[Cue, ...]
    reasons: tuple[str, ...]          # in order of first appearance in the file


def parse_cues(lines: Iterable[str], origin: str = CUES_FILE) -> CueList:
    """Parse cue lines (the TSV format of ``data/discards.tsv``, header row included).

    Raises:
        ConfigError: [FP303] a malformed line or regular expression, naming the line.
    """
    words: dict[str, list[Cue]] = {}
    phrases: list[Cue] = []
    regexes: list[Cue] = []
    reasons: list[str] = []
    header_seen = False
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cols = line.split("\t")
        if len(cols) != 3 or not cols[0] or not cols[1]:
            raise ConfigError(f"[FP303] {origin}:{n}: expected 'reason<TAB>cue<TAB>weight'")
        reason, text, weight_text = cols
        if reason not in reasons:
            reasons.append(reason)
        try:
            weight = int(weight_text)
        except ValueError:
            raise ConfigError(f"[FP303] {origin}:{n}: weight {weight_text!r} is not an integer") from None
        if text.startswith("re:"):
            try:
                pattern = re.compile(text[3:])
            except re.error as err:
                raise ConfigError(f"[FP303] {origin}:{n}: bad regular expression: {err}") from None
            regexes.append(Cue(reason, "regex", text[3:], weight, pattern))
        elif " " in text.strip():
            phrase = " ".join(text.lower().split())
            pattern = re.compile(r"(?<![a-z0-9])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![a-z0-9])")
            phrases.append(Cue(reason, "phrase", phrase, weight, pattern))
        else:
            cue = Cue(reason, "word", text.lower(), weight)
            words.setdefault(cue.text, []).append(cue)
    return CueList({k: tuple(v) for k, v in words.items()}, tuple(phrases), tuple(regexes), tuple(reasons))


@cache
def default_cues() -> CueList:
    """The packaged cue list, parsed once per process."""
    text = resources.files("flashpoint.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
    return parse_cues(text.splitlines())


def cue_scores(sentence_text: str, lemmas: Sequence[str], cues: CueList | None = None) -> dict[str, int]:
    """Summed cue weight per reason (the counter reason included), each cue counted once."""
    cues = cues or default_cues()
    lowered = sentence_text.lower()
    tokens = {lemma.lower() for lemma in lemmas} | set(_WORD.findall(lowered))
    hits: list[Cue] = [cue for tok in tokens for cue in cues.words.get(tok, ())]
    hits += [cue for cue in cues.phrases if cue.pattern.search(lowered)]
    hits += [cue for cue in cues.regexes if cue.pattern.search(sentence_text)]
    scores: dict[str, int] = {}
    for cue in set(hits):
        scores[cue.reason] = scores.get(cue.reason, 0) + cue.weight
    return scores


def discard_reason(sentence_text: str, lemmas: Sequence[str], cues: CueList | None = None) -> str | None:
    """Why a sentence should not yield conflict events, or None when it may.

    Args:
        sentence_text: the sentence as it stands in the article.
        lemmas: lemmas of the sentence's tokens (any case), in any order.
        cues: a cue list; the packaged ``data/discards.tsv`` by default.

    Returns:
        "sport", "entertainment" or "business" (whatever reasons the cue file names): the reason
        whose cue weights, plus the negative "politics" weights, reach :data:`DISCARD_SCORE`
        (the highest wins; ties go to the reason named first in the file). None otherwise.
    """
    cues = cues or default_cues()
    scores = cue_scores(sentence_text, lemmas, cues)
    counter = min(scores.pop(COUNTER_REASON, 0), 0)
    best: str | None = None
    best_score = DISCARD_SCORE - 1
    for reason in cues.reasons:
        total = scores.get(reason, 0) + counter
        if reason in scores and total > best_score:
            best, best_score = reason, total
    if best is not None:
        log.debug("discarding conflict codes in %r: %s (%d)", sentence_text[:60], best, best_score)
    return best


#: Sectors of state forces whose violence is never sport (CAMEO types).
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
#: CAMEO roots of violence, and the code of violent repression.
FORCE_ROOTS = frozenset({"18", "19", "20"})
REPRESSION_CODE = "175"


#: Words (lemmas) of harm and of weapons that no match uses: "attack", "beat", "strike" and
#: "charge" are sport verbs too ("Police attacked from the first whistle").
HARM_TRIGGERS = frozenset({
    "fire", "firing", "shoot", "shooting", "kill", "killing", "injure", "wound", "teargas", "lathicharge",
    "lathi", "baton", "gas", "bullet", "gun", "gunfire", "stab", "torture", "die", "dead", "death", "bomb",
})


def forces_violence(code: str, sources, words=frozenset()) -> bool:
    """True for violence or repression (roots 18-20, 175) whose doers (``ActorMention``s) are
    all police or troops and whose trigger words (lemmas, ``words``) tell harm or a weapon
    (:data:`HARM_TRIGGERS`): "he was injured in police firing after a cricket match" is no
    sport, whatever the sport words around it; "Police attacked from the first whistle" is."""
    return (code[:2] in FORCE_ROOTS or code.startswith(REPRESSION_CODE)) and bool(sources) and all(
        set(m.actor.sectors) & FORCE_SECTORS for m in sources) and bool(set(words) & HARM_TRIGGERS)

