"""Allies named beside a fight: "fought alongside the Kurds" fights with them, not against them.

"Special forces from the UK have fought alongside the Syrian Democratic Forces", "Hezbollah,
which is fighting alongside the Assad regime", "forces fighting on the side of the regime":
the phrase names the side the doer is on. The fallbacks that find a target in the rest of the
clause (``arguments.py``) would otherwise make the ally the one attacked. A fight (CAMEO 19x)
keeps its target only outside such a phrase ("fought alongside the Kurds against Isis" is
fought against Isis).

Shape: :func:`without_allies` takes the spaCy token of the trigger and the target
``ActorMention``s and returns the targets that are not allies.
"""

from __future__ import annotations

#: Lemmas of fighting whose "alongside" phrase names allies.
FIGHT_LEMMAS = frozenset({"fight", "fighting", "battle", "combat", "serve", "operate"})
#: Prepositions of company: "alongside", "beside".
ALLY_PREPS = frozenset({"alongside", "beside"})


def ally_tokens(trig) -> set[int]:
    """Indices of the tokens in ``trig``'s phrases of company: "alongside X", "on the side
    of X", "together with X"."""
    out: set[int] = set()
    for c in trig.children:
        if c.dep_ not in ("prep", "advmod"):
            continue
        low = c.lower_
        if low in ALLY_PREPS or (low == "with" and any(a.lower_ == "together" for a in c.children)):
            out |= {t.i for t in c.subtree}
        elif low == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() == "side" for o in c.children):
            out |= {t.i for t in c.subtree}
    return out


def without_allies(trig, targets) -> list:
    """``targets`` of a fight (:data:`FIGHT_LEMMAS`) without those named as its allies."""
    if trig.lemma_.lower() not in FIGHT_LEMMAS:
        return targets
    allies = ally_tokens(trig)
    return [m for m in targets if m.anchor not in allies] if allies else targets
