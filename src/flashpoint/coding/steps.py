"""Steps taken to do something: "took steps to lift the ban", "took measures to ease it".

The infinitive after "took steps" or "took measures" is the act carried out, as real as the
taking (and done by whoever took the steps), unlike the purpose in "sent troops to attack";
"took no steps to" denies it. Used by ``modality.realis`` and ``arguments.ArgumentFinder``.
"""

from __future__ import annotations

#: Objects of "take" that make its "to" clause the act carried out.
MEASURE_NOUNS = frozenset({"step", "measure", "action"})
#: Acts of force and coercion (lemmas) that steps only prepare: their infinitive keeps its
#: purpose reading (future).
FORCE_LEMMAS = frozenset({"seize", "attack", "capture", "invade", "occupy", "kill", "bomb", "shell", "strike",
                          "destroy", "storm", "overrun", "annex", "arrest", "detain", "expel", "deport", "ban",
                          "crush", "disperse", "fight", "punish", "retaliate", "sanction", "blockade"})


def measure_taker(tok):
    """The "take" whose steps the infinitive ``tok`` carries out, else None: "took steps to
    lift the ban" (``tok`` an adverbial clause of "took") or "took measures to ease it" (a
    clause on the noun)."""
    if not _to_infinitive(tok) or tok.lemma_.lower() in FORCE_LEMMAS:
        return None   # "took steps to seize the airport": force prepared, not yet used
    if tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "dobj":
        nouns, verb = [tok.head], tok.head.head
    elif tok.dep_ == "advcl":
        nouns, verb = [c for c in tok.head.children if c.dep_ == "dobj"], tok.head
    else:
        return None
    taken = [n for n in nouns if n.lemma_.lower() in MEASURE_NOUNS]
    return verb if taken and verb.lemma_.lower() == "take" else None


def no_steps(verb) -> bool:
    """True for "took no steps": the object of the measure-taking verb is denied."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


def _to_infinitive(verb) -> bool:
    """True for a bare verb with the infinitive marker: "to lift"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
