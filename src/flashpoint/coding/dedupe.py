"""Sentence-level clean-up of an article's coded events: one event per fact.

The filters take and return ``Event`` lists in order; an event told in several sentences
(more than one evidence entry) is always kept.
"""

from __future__ import annotations

from flashpoint.types import Event

#: CAMEO roots of violent acts (18 assault, 19 fight, 20 unconventional mass violence).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
GENERIC_FORCE = "190"   # CAMEO "use conventional military force, not specified below"


def without_untargeted_twins(events: list[Event]) -> list[Event]:
    """Drop an event with no target when the same sentence codes the same act by the same
    source with a target: "established ties with and opened an embassy in Tehran" is one
    054 to Iran, not also a 054 to no one. Events told in several sentences are kept, and so
    is an act told as done when its targeted twin is only intended: "burst teargas shells to
    disperse the crowd" did the one and meant the other."""
    aimed = {_act(e) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or len(e.evidence) > 1 or _act(e) not in aimed]


def _act(e: Event) -> tuple:
    return e.sentence_index, _code_of(e.source), e.cameo_code, e.modality


def without_generic_harm(events: list[Event]) -> list[Event]:
    """Drop the generic use of force (190) that a killing or wounding gives when the same
    sentence codes a more specific violent act (roots 18-20) by the same source on the same
    target: "three were killed in an Israeli air strike on Gaza" is one air strike (195), not
    also a 190. Events told in several sentences are kept, and so is a killing told as done
    beside a specific act told otherwise: "the police, who should be firing at smugglers, are
    killing villagers" killed, whatever the firing."""
    specific = {(e.sentence_index, _code_of(e.source), _code_of(e.target), e.modality) for e in events
                if e.cameo_code[:2] in VIOLENT_ROOTS and e.cameo_code != GENERIC_FORCE}
    return [e for e in events if e.cameo_code != GENERIC_FORCE or len(e.evidence) > 1 or e.source is None
            or (e.sentence_index, _code_of(e.source), _code_of(e.target), e.modality) not in specific]


def _code_of(actor) -> str | None:
    return actor.code if actor is not None else None
