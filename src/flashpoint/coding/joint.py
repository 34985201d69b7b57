"""Joint military exercises: drills held together by the forces of several countries.

"French and Egyptian warships launched naval exercises", "Russian and Chinese troops staged
war games": CAMEO codes military drills of one country as a show of force (150), but drills
that the forces of two or more countries hold together as military cooperation (062, "including
joint military exercises"), each country toward the other. :func:`joint_exercise` tells the
second kind from the first; the coder then codes 062 between the sources.

Shapes: ``joint_exercise(code, match, doc, sources)`` takes the planned CAMEO code, the pattern
match, the spaCy ``Doc`` and the source ``ActorMention`` list; returns a bool.
"""

from __future__ import annotations

#: CAMEO code of military cooperation, joint exercises included.
JOINT_CODE = "062"
#: Nouns (lemmas) that name a military exercise.
EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"})


def joint_exercise(code: str, match, doc, sources) -> bool:
    """True for a show-of-force code (15x) whose act is an exercise noun (the trigger or the
    word its pattern consumed) and whose sources belong to two or more countries."""
    if not code.startswith("15"):
        return False
    words = [doc[match.trigger], *(doc[i] for i in match.consumed)]
    if not any(w.lemma_.lower() in EXERCISE_NOUNS for w in words):
        return False
    return len({m.actor.country_iso3 for m in sources if m.actor.country_iso3}) > 1
