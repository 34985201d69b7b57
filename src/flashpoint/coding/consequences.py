"""Acts named as the subject of a prediction: "a general strike would cripple the country".

Used by ``modality.py``; token arguments are spaCy tokens. An event noun that is the subject
of a predicate under "would" is the condition of a predicted consequence: "a general strike
would intensify pressure on the government, the union said" and "an attack on Iran would be a
disaster" announce no strike and no attack, so the act is hypothetical even where the
prediction is reported (a reported "would" on the act's own verb is the speaker's plan: "the
minister said he would visit Kabul"). A predicate that only says the act takes place or what
it takes in ("talks would take place on Monday", "the strike would begin at midnight", "the
strike would affect all ports") still reports a plan.
"""

from __future__ import annotations

#: Predicates by which an act itself happens, or is described, rather than has an effect.
OCCURRENCE_VERBS = frozenset({
    "take", "happen", "occur", "begin", "start", "resume", "continue", "proceed", "go", "last",
    "end", "open", "get", "run", "convene", "come", "commence", "kick", "close", "finish",
    "conclude", "include", "involve", "target", "affect", "cover", "focus", "center", "centre",
    "coincide", "follow", "precede", "stretch", "span", "see", "bring", "draw",
})
#: The modal of a consequence predicted on a condition.
CONDITIONAL_MODALS = frozenset({"would", "'d"})
#: Dependents of a copula that say where or when, not what: "the strike would be on Monday".
_CIRCUMSTANCE_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "aux", "neg", "nsubj", "cc", "conj"})


def predicted_consequence(trigger) -> bool:
    """True when event noun ``trigger`` is the active subject of a predicate under "would"
    that tells an effect of the act ("a general strike would intensify pressure", "an attack
    would be a disaster"), not its taking place (:data:`OCCURRENCE_VERBS`, or a copula with
    only a time or place: "the strike would be on Monday")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "csubj"):
        return False
    head = trigger.head
    if head.i == trigger.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in head.children):
        return False
    lemma = head.lemma_.lower()
    if lemma in OCCURRENCE_VERBS or _dated(head):
        return False   # "the strike would shut down all ports from Monday": a plan with its date
    if lemma == "be":
        return any(c.dep_ not in _CIRCUMSTANCE_DEPS for c in head.children)   # "would be a disaster"
    return True


#: Words of a date or a time: a prediction carrying one is a plan ("from Monday", "at midnight").
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "midnight",
                         "noon", "tomorrow", "tonight", "week", "month", "morning", "evening", "dawn"})


def _dated(verb) -> bool:
    """True when the predicate names a date or a time of its own (a DATE or TIME entity, or a
    word of :data:`_TIME_WORDS`, in its own phrases)."""
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod", "advmod", "tmod"):
            if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS for t in child.subtree):
                return True
    return False
