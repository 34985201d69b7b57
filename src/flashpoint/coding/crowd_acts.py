"""Acts of other kinds that a crowd turns into a protest.

"Hundreds of protesters rallied against the president" is a demonstration in the streets
(CAMEO 141), while "the opposition parties rallied against the bill" gathers opposition
(113); the difference is who acts. Only a crowd named by a role noun of people who take to
the streets (protesters, students, residents; ``protests.crowd``) turns such an act into a
protest; a party, a union or a country does not.

Shapes: :func:`crowd_protest_code` takes a CAMEO code, the source ``ActorMention``s and the
spaCy ``Doc`` their anchors point into, and returns a CAMEO code.
"""

from __future__ import annotations

from flashpoint.coding.protests import crowd

#: Codes whose act, done by a crowd, is a protest: rallying against someone (113) in the
#: streets ("hundreds of protesters rallied against the president") is a demonstration (141).
CROWD_PROTEST_CODES = {"113": "141"}


#: Head nouns of a crowd that rallies in the streets (lemmas), unlike parties or unions.
RALLYING_CROWDS = frozenset({"protester", "protestor", "demonstrator", "marcher", "activist", "student", "worker",
                             "supporter", "people", "resident", "villager", "farmer", "youth", "crowd", "thousand",
                             "hundred", "citizen"})


def crowd_protest_code(code: str, sources, doc) -> str:
    """The protest code of an act done by crowds only (:data:`CROWD_PROTEST_CODES`), else
    ``code``: "protesters rallied against the president" is 141, "the opposition parties
    rallied against the bill" stays 113. ``doc`` is the parsed article the mentions point into."""
    if code in CROWD_PROTEST_CODES and sources and all(
            crowd(m) and doc[m.anchor].lemma_.lower() in RALLYING_CROWDS for m in sources):
        return CROWD_PROTEST_CODES[code]
    return code
