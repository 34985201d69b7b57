"""Modals of ability and verbs of permission: what "can", "could" and "allowed to" say of an act.

Helpers of ``modality.py`` (which walks the clause chain); token arguments are spaCy tokens.
"Hackers can take over a PC" is a possibility, "cannot attack" and "could not arrest them" a
negation, "could arrest only two of them" what was done; "are able to take over a PC" and
"capable of attacking" a capacity, "were able to take over" what was done. A permission in the past is as real
as the act it permits ("allowed the convoy to enter": it entered); in the present it states a
rule or a capability ("the game lets players attack villages"); an authorisation is a mandate.
"""

from __future__ import annotations

from flashpoint.types import Modality

POSSIBILITY_MODALS = frozenset({"would", "could", "might", "may", "ought", "can", "ca"})
#: Modals of ability: negated ("cannot", "could not") the act did not or cannot happen.
ABILITY_MODALS = frozenset({"can", "ca", "could"})
#: Modals of obligation: "Y must do Z", said by X, is X's demand on Y.
OBLIGATION_MODALS = frozenset({"must", "should"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
#: Permission verbs that mandate rather than let happen: "authorised troops to attack" gives a
#: mandate, not an attack, in any tense.
MANDATE_HEADS = frozenset({"authorize", "authorise"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
#: Subjects that negate their clause: "nobody was arrested", "none were hurt".
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "noone"})


def aux_words(tok) -> set[str]:
    """Lower-cased auxiliaries of ``tok`` ("will", "could", "was")."""
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def is_negated(tok) -> bool:
    """True when ``tok`` carries a negation or a negative subject ("nobody was arrested")."""
    if any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("det", "advmod")) for c in tok.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(d.lower_ == "no" for d in c.children)
           and not any(d.lower_ == "than" for d in c.children) and c.nbor(1).lower_ != "than"
           for c in tok.children if c.i + 1 < len(c.doc)):
        return True   # "will no longer attend the talks"
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in tok.children)   # "nobody was arrested", "no one was hurt"


#: Auxiliaries of a past or perfect permission: "had allowed", "were allowed", "has been allowed".
PAST_AUXES = frozenset({"had", "has", "have", "'ve", "'d", "was", "were", "been"})
PRESENT_AUXES = frozenset({"is", "are", "am", "'s", "'re", "be", "being"})


#: Permitters that are rules, not acts: what a law or resolution allowed is a rule, whatever
#: its tense ("the resolution allowed NATO to attack").
RULE_NOUNS = frozenset({"law", "act", "resolution", "decree", "ruling", "agreement", "deal", "constitution",
                        "mandate", "bill", "order", "treaty", "accord", "rule", "regulation", "legislation",
                        "amendment", "provision", "clause", "statute", "directive", "policy", "framework"})


def permission_realis(verb) -> Modality | None:
    """What permission ``verb`` (a :data:`PERMISSION_HEADS` lemma) says of the act it permits.

    A mandate (:data:`MANDATE_HEADS`), a permission in the present or as an infinitive ("the
    game lets players attack villages", "agreed to allow them to enter") or under a modal of
    obligation, or one given by a rule (:data:`RULE_NOUNS`: "the law allowed police to detain
    suspects"), gives ``HYPOTHETICAL``; a negated one ("did not allow the convoy to enter")
    ``NEGATED``; a past one ("allowed the convoy to enter", "were allowed to visit") and one
    under a future or possibility modal give None: the permitted act is as real as the
    permission, and the walk up the clause chain decides (CAMEO codes the inspectors a
    government allowed in as received, 0862, so their visit happened).
    """
    if verb.lemma_.lower() in MANDATE_HEADS:
        return Modality.HYPOTHETICAL
    if is_negated(verb):
        return Modality.NEGATED
    auxes = aux_words(verb)
    if auxes & OBLIGATION_MODALS:
        return Modality.HYPOTHETICAL
    if auxes & (POSSIBILITY_MODALS | FUTURE_MODALS):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RULE_NOUNS for c in verb.children):
        return Modality.HYPOTHETICAL   # "the new law allowed police to detain suspects": a rule
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & PAST_AUXES and not auxes & PRESENT_AUXES):
        return None
    return Modality.HYPOTHETICAL


def restricted_count(verb) -> bool:
    """True when the object or passive subject of ``verb`` is a count restricted by "only" ("could
    arrest only two of them"): what was done, and no more."""
    for arg in verb.children:
        if arg.dep_ not in ("dobj", "nsubjpass"):
            continue
        words = [arg, *(c for c in arg.children if c.dep_ == "nummod")]
        if any(c.dep_ == "advmod" and c.lower_ == "only" for w in words for c in w.children):
            return True
    return False


def ability_realis(clause, negated: bool, speech: bool = False) -> Modality | None:
    """Realis that a modal of ability (:data:`ABILITY_MODALS`) on ``clause`` gives its act, or
    None when ``clause`` is a verb of saying (``speech``) that reports the act: "we can confirm
    that police arrested two men" asserts the arrest.

    A negated ability ("cannot attack", "could not arrest them") is ``NEGATED``, a perfect one
    ("could have attacked") and any other ability or possibility ("hackers can take over your
    PC", "the virus can be used to attack networks") ``HYPOTHETICAL``; a past ability with a
    count restricted by "only" ("police could arrest only two") tells what was done, ``ASSERTED``.
    """
    auxes = aux_words(clause)
    if speech:
        return None
    if "have" in auxes or "'ve" in auxes:
        return Modality.HYPOTHETICAL
    if negated:
        return Modality.NEGATED
    if "could" in auxes and restricted_count(clause):
        return Modality.ASSERTED
    return Modality.HYPOTHETICAL


#: Adjectives of capacity whose "of" phrase names the act: "capable of attacking".
CAPACITY_ADJECTIVES = frozenset({"capable", "incapable"})
#: Present-tense tags of the copula of "able": "are able to attack" is a capacity.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def capacity_realis(tok, head) -> Modality | None:
    """Realis that a word of capacity ``head`` gives the act ``tok`` below it, or None.

    "Hackers are able to take over the phone" (a present "able" with an infinitive) and
    "the worm is capable of attacking networks" tell a capacity, ``HYPOTHETICAL``; "incapable
    of attacking" and "not capable of attacking" are ``NEGATED``. A past "were able to" tells
    what was done (None: the walk goes on), as does any other word; a negated "able" is read
    by the caller.
    """
    lemma = head.lemma_.lower()
    if lemma in CAPACITY_ADJECTIVES and tok.dep_ in ("prep", "pcomp") and tok.lower_ == "of":
        if lemma == "incapable" or is_negated(head) or is_negated(head.head):
            return Modality.NEGATED
        return Modality.HYPOTHETICAL
    if lemma != "able" or tok.dep_ != "xcomp" or is_negated(head) or is_negated(head.head):
        return None
    copula = head.head if head.dep_ == "acomp" else head
    if copula.tag_ in _PRESENT_TAGS and not aux_words(copula) & {"has", "have", "had"}:
        return Modality.HYPOTHETICAL
    return None
