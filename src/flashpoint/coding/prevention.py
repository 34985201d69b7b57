"""Acts that someone prevented, or failed to prevent: what "stopped X from Y-ing" says of Y.

Used by ``modality.py`` (realis) and ``arguments.py`` (who does the prevented act); token
arguments are spaCy tokens. A prevention that succeeded in the past denies its act ("police
prevented the mob from storming the station": no storming, ``NEGATED``); one that failed asserts
it ("could not prevent the mob from storming", "failed to stop the rebels from attacking",
"were unable to keep the crowd from looting": the storming, the attack and the looting
happened); one that is only tried, meant, planned or a standing rule ("closed the road to
prevent protesters from marching", "the law bars officers from striking") says nothing
happened (``HYPOTHETICAL``). The doer of the prevented act is the prevention's object ("stopped
the rebels from attacking": the rebels attack), not its subject.
"""

from __future__ import annotations

from flashpoint.coding.ability import aux_words, is_negated
from flashpoint.types import Modality

#: Verbs that keep someone "from" doing something: "stopped the rebels from attacking".
FROM_HEADS = frozenset({
    "prevent", "stop", "keep", "block", "bar", "ban", "prohibit", "forbid", "deter", "dissuade",
    "discourage", "restrain", "hinder", "preclude", "restrict", "save",
})
#: Verbs of a rule: what they keep people from is barred, whether or not it was tried, in any tense.
RULE_HEADS = frozenset({"ban", "bar", "prohibit", "forbid"})
#: Verbs whose direct object is the prevented act itself: "prevented an attack", "averted a strike".
OBJECT_HEADS = frozenset({"prevent", "avert", "thwart", "foil", "forestall", "preclude", "avoid"})
#: Governors whose infinitive is a failed attempt: "failed to stop", "unable to prevent".
FAILURE_GOVERNORS = frozenset({"fail", "neglect"})
ABILITY_GOVERNORS = frozenset({"able", "unable", "incapable"})
#: Tags of a finished prevention: "prevented", "had stopped", "was kept from".
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PRESENT_AUXES = frozenset({"is", "are", "am", "'s", "'re", "be", "being"})
#: Modals under which even a failed prevention leaves the act open ("would not stop them").
_OPEN_MODALS = frozenset({"will", "would", "shall", "should", "must", "might", "may", "wo", "'ll"})


def preventer(tok):
    """The preventing verb of which ``tok`` is the prevented act, or None.

    ``tok`` is the gerund of a "from" phrase on a verb of :data:`FROM_HEADS` or on its object
    ("stopped [the rebels] from attacking"), or the direct object of a verb of
    :data:`OBJECT_HEADS` ("prevented an attack").
    """
    if (tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG")) and tok.head.lower_ == "from":
        # a gerund only: "kept journalists from the protest" keeps them away from a protest held
        holder = tok.head.head
        if holder.dep_ in ("dobj", "nsubjpass") and holder.head.lemma_.lower() in FROM_HEADS:
            holder = holder.head   # "kept [the crowd from looting]" attached to the object
        if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in FROM_HEADS:
            return holder
        return None
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in OBJECT_HEADS:
        return tok.head
    return None


def prevented_doer(tok):
    """The token naming who does the prevented act ``tok`` ("stopped [the rebels] from
    attacking", "the crowd was kept from looting"), or None when ``tok`` is no such act or
    the prevention names no one."""
    if tok.head.lower_ != "from":
        return None
    verb = preventer(tok)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _failure_top(verb):
    """(failed, top): whether the attempt ``verb`` is governed by a failure ("failed to stop",
    "was unable to prevent", "was not able to stop"), and the topmost token of that failure."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False, verb
    lemma = head.lemma_.lower()
    if lemma in FAILURE_GOVERNORS and not is_negated(head):
        return True, head
    if lemma in ABILITY_GOVERNORS and (lemma != "able" or is_negated(head) or is_negated(head.head)):
        return True, head.head if head.dep_ == "acomp" else head
    return False, verb


def prevention_realis(verb):
    """(realis, top) of the act prevented by ``verb`` (from :func:`preventer`).

    ``realis`` is ``ASSERTED`` when the prevention failed (a negation or a negated ability on
    ``verb``, or a governing failure: the act happened), ``NEGATED`` when a finished
    prevention succeeded, ``HYPOTHETICAL`` when it was only meant, tried, possible or a rule.
    ``top`` is the token from which the walk up the clause chain goes on: the failure's
    governor for a failed prevention, else ``verb``.
    """
    failed, top = _failure_top(verb)
    auxes = aux_words(verb)
    if failed or is_negated(verb):
        if auxes & _OPEN_MODALS:
            return Modality.HYPOTHETICAL, verb   # "will not stop us from marching": not yet
        return Modality.ASSERTED, top
    if verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp") and "to" in auxes | {
            c.lower_ for c in verb.children if c.dep_ == "aux"}:
        return Modality.HYPOTHETICAL, verb   # "tried to stop", "closed the road to prevent"
    if verb.tag_ == "VBG" or auxes - {"had", "has", "have", "was", "were", "been", "did"} - _PRESENT_AUXES:
        return Modality.HYPOTHETICAL, verb   # "could prevent", "will stop", "preventing"
    if verb.lemma_.lower() in RULE_HEADS:
        return Modality.HYPOTHETICAL, verb   # "banned the opposition from holding rallies": a rule
    if verb.tag_ in _PAST_TAGS and not (auxes & _PRESENT_AUXES and verb.tag_ == "VBN"):
        return Modality.NEGATED, verb
    return Modality.HYPOTHETICAL, verb   # "the law bars officers from striking": a rule
