"""The attack noun that only says how a coded harm was done: one fact, one event.

"Two protesters were killed in police firing in Dhaka" tells one act: the police fired and
the protesters died. The harm verb ("killed") is coded with the noun's doer (the police,
``unclaimed.explosive_subject``) and its own victims; the noun ("firing") would add a second
event whose only target is the place named after it, Bangladesh. Such a noun is not coded on
its own: its code, when more specific than the verb's generic killing (193 small arms rather
than 190), goes to the verb's event. A noun with a target of its own ("killed in an air
strike on Gaza", "in police firing on the procession") keeps its event, and so does a harm
whose victims the dictionary cannot name ("two persons were killed in police firing"): then
the noun alone tells the act. A noun that names no doer of its own ("a roadside bomb killed
three policemen") codes no event of its own and lends nothing, and a harm told as other
than asserted ("how many were killed in police firing?") keeps the noun's own event.

Shape: :func:`lent_codes` takes the settled ``(Planned, accused)`` pairs of one sentence and
the ``ArgumentFinder``; it returns ``{noun trigger index: (code, pattern id)}``.
"""

from __future__ import annotations

from flashpoint.coding.modality import realis
from flashpoint.coding.unclaimed import explosive_subject
from flashpoint.types import Modality

#: CAMEO roots of violent acts (18 assault, 19 fight, 20 unconventional mass violence).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def lent_codes(plans, finder) -> dict[int, tuple[str, str]]:
    """Violent event nouns that only tell the means of a violent verb coded in the same
    sentence with its own victims (found in its own slots, not by a fallback) and no doer of
    its own (see module doc)."""
    nouns = {p.match.trigger: p for p, accused in plans
             if accused is None and p.match.pattern.pos == "N" and p.code[:2] in VIOLENT_ROOTS}
    out: dict[int, tuple[str, str]] = {}
    if not nouns:
        return out
    for p, accused in plans:
        if accused is not None or p.match.pattern.pos != "V" or p.code[:2] not in VIOLENT_ROOTS:
            continue
        if p.act.i != p.match.trigger or finder.arguments(p.match, p.act, p.code, p.content)[0]:
            continue
        verb = p.act.doc[p.match.trigger]
        targets = finder.targets(verb, p.match.pattern, p.match)   # its own victims, not a fallback
        if not targets or realis(verb, None).modality is not Modality.ASSERTED:
            continue   # "asked how many were killed in police firing": the firing stays told as done
        blast = explosive_subject(p.act)
        noun = nouns.get(blast.i) if blast is not None else None
        if noun is None or blast.i in out or all(names_cause(t, blast) for t in targets):
            continue   # "killed in firing by the police": the police are no victims
        doers = {m.actor.code for m in finder.cause_doers(blast)}
        if not doers:
            continue   # "a roadside bomb killed three policemen": the noun codes nothing of its own
        if finder.targets(blast, noun.match.pattern, noun.match, frozenset(doers)):
            continue   # "an air strike on Gaza": the noun has an object of its own
        out[blast.i] = (noun.code, noun.match.pattern.id)
    return out


def more_specific(lent: str, code: str) -> bool:
    """True when ``lent`` says more than ``code`` within violent acts: a sub-code or a
    weapon class rather than the generic use of force (193 over 190)."""
    if lent == code or lent[:2] not in VIOLENT_ROOTS:
        return False
    return code.endswith("0") and len(code) == 3 and not (len(lent) == 3 and lent.endswith("0"))


def names_cause(mention, blast) -> bool:
    """True when ``mention`` is the attack noun ``blast`` itself, one of its words, or the
    noun its participle hangs on ("[police] firing")."""
    words = {t.i for t in blast.subtree}
    if blast.dep_ == "acl":
        words.add(blast.head.i)
    return mention.anchor in words
