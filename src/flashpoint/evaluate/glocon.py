"""Score protest detection on the GLOCON gold sample (sentence and document labels).

The sample has two JSON Lines files: ``sentence/Sabinet.json`` (fields ``id``, ``url``,
``sent_num``, ``sentence``, ``label``) and ``document/Sabinet_R.json`` (``id``, ``url``,
``text``, ``label``). A label is 1 when the text tells of a contentious event (a protest,
strike, riot or political violence by non-state actors), 0 when it does not; the few
records labelled 2 (undecided) are left out.

Two predictions are scored for every sentence or document:
    * ``protest``: some coded event has CAMEO root 14 (protest) and is not negated: "the party
      will march on Wednesday" tells of a protest as much as "thousands marched", but "the
      union did not strike" tells of none.
    * ``contentious``: a protest event, or an asserted violent event (roots 18-20) whose source is not
      a state force (no GOV, MIL, COP or SPY sector): GLOCON counts riots, attacks by armed
      groups and unclaimed bombings, not police or army violence.

Documents are split into two halves by a hash of their ``url`` (:func:`half_of`), so that
rules can be written against one half and checked on the other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.types import Event, Modality

#: Sectors of state forces; their violence is not contentious politics in GLOCON's sense.
STATE_FORCES: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY"})
VIOLENT_ROOTS: frozenset[str] = frozenset({"18", "19", "20"})
HALVES: tuple[str, ...] = ("dev", "test")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One sentence or document with its gold label (0 or 1)."""

    key: str
    url: str
    text: str
    label: int


@dataclass(frozen=True, slots=True)
class Detection:
    """Precision and recall of one prediction against the gold labels."""

    true_pos: int
    false_pos: int
    false_neg: int
    true_neg: int

    @property
    def precision(self) -> float | None:
        n = self.true_pos + self.false_pos
        return self.true_pos / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.true_pos + self.false_neg
        return self.true_pos / n if n else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall in [0, 1]; 0.0 when either is 0, None when
        either is undefined (nothing predicted or nothing gold)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.true_pos, "fp": self.false_pos, "fn": self.false_neg, "tn": self.true_neg,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def half_of(url: str) -> str:
    """``"dev"`` or ``"test"``: a stable split of documents by the SHA-1 of their url."""
    return HALVES[hashlib.sha1(url.encode("utf-8")).digest()[0] % 2]


def load_labelled(path: Path, text_field: str, half: str | None = None) -> list[Labelled]:
    """Records of one GLOCON JSON Lines file with label 0 or 1, in file order.

    Args:
        path: ``sentence/Sabinet.json`` (``text_field="sentence"``) or
            ``document/Sabinet_R.json`` (``text_field="text"``).
        half: keep only documents of this half (:data:`HALVES`); None keeps all.

    Raises:
        InputError: [FP600] the file is missing; [FP640] a line is not JSON or a record lacks a field.
    """
    if not path.is_file():
        raise InputError(f"[FP600] {path}: no such file")
    out: list[Labelled] = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key, url, text, label = str(row["id"]), str(row["url"]), str(row[text_field]), int(row["label"])
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"[FP640] {path}:{n}: not a GLOCON record ({exc})") from None
            if label not in (0, 1) or (half is not None and half_of(url) != half):
                continue
            out.append(Labelled(key, url, text, label))
    return out


def is_protest(event: Event) -> bool:
    """A CAMEO root 14 event in any modality but negated (asserted, future or hypothetical)."""
    return event.cameo_code[:2] == "14" and event.modality is not Modality.NEGATED


def is_contentious(event: Event) -> bool:
    """A protest, or asserted violence (roots 18-20) not done by a state force."""
    if is_protest(event):
        return True
    if event.cameo_code[:2] not in VIOLENT_ROOTS or event.modality is not Modality.ASSERTED:
        return False
    return event.source is None or not set(event.source.sectors) & STATE_FORCES


PREDICTIONS: dict[str, Callable[[Event], bool]] = {"protest": is_protest, "contentious": is_contentious}


def score_detection(records: Sequence[Labelled], events: Sequence[Sequence[Event]],
                    predicate: Callable[[Event], bool]) -> Detection:
    """Count a record as predicted positive when any of its events satisfies ``predicate``.

    Raises:
        ValueError: ``records`` and ``events`` differ in length.
    """
    if len(records) != len(events):
        raise ValueError(f"{len(records)} records but {len(events)} event lists")
    tp = fp = fn = tn = 0
    for record, coded in zip(records, events):
        predicted = any(predicate(e) for e in coded)
        if predicted and record.label:
            tp += 1
        elif predicted:
            fp += 1
        elif record.label:
            fn += 1
        else:
            tn += 1
    return Detection(tp, fp, fn, tn)


def key_metrics(score: Detection) -> dict[str, float]:
    """The protest prediction's recall and precision, as held by the quality gate (0.0 when
    nothing was predicted or nothing is gold)."""
    return {"glocon_protest_recall": score.recall or 0.0, "glocon_protest_precision": score.precision or 0.0}
