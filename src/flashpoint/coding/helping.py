"""Help that is aid: a state, an organisation or an armed group helping another actor.

"Spain helped Morocco", "Iran's government helped Syrian rebels": CAMEO codes a plain verb of
helping as aid (070). The same verbs tell market and court news as well: "strong demand from
China helped Australian miners", "the Chinese economy helped Germany's exports", "a court
helped the opposition". :func:`literal_help` keeps the first kind only: the helper and the
helped are both named at the head of their own phrase, not inside an abstract noun ("demand
from China", "Germany's exports"), and the helper is no business or court. Plain verbs of
support (051) need a supporter at the head of its phrase ("US rates supported the dollar" is
no backing).

Shapes: ``literal_help(code, match, doc, sources, targets)`` takes the planned CAMEO code, the
pattern match, the spaCy ``Doc`` and the source and target ``ActorMention`` lists; returns a bool.
"""

from __future__ import annotations

#: CAMEO code of aid of unspecified kind, which a plain verb of helping is coded as.
HELP_CODE = "070"
#: Verbs (lemmas) that say someone helped without saying how.
HELP_VERBS = frozenset({"help", "aid", "assist"})
#: CAMEO code of backing (praise or endorse), and the plain verbs of it that markets use too.
SUPPORT_CODE = "051"
SUPPORT_VERBS = frozenset({"support", "back", "boost", "bolster", "underpin"})
#: Sectors whose help is figurative: a market effect or a ruling in someone's favour.
FIGURATIVE_HELPERS = frozenset({"BUS", "JUD"})
#: Verbs of equipping whose bare participle describes what someone carries (see :func:`_equipped_state`).
EQUIP_VERBS = frozenset({"arm", "rearm", "equip"})
#: Dependencies of a noun's modifiers: an actor there is not the head of its phrase.
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})


def literal_help(code: str, match, doc, sources, targets) -> bool:
    """False for aid told by a plain verb of helping (:data:`HELP_VERBS`, coded
    :data:`HELP_CODE`) when no source or no target heads its own phrase, or when a source is
    a business or a court (:data:`FIGURATIVE_HELPERS`); False for backing told by a plain verb
    of support (:data:`SUPPORT_VERBS`, coded :data:`SUPPORT_CODE`) when no source heads its
    phrase ("higher US rates supported the dollar"); False for a participle of arming that
    only says what someone carries ("men armed with knives"); True for every other act."""
    if match.pattern.pos != "V":
        return True
    lemma = doc[match.trigger].lemma_.lower()
    if lemma in EQUIP_VERBS and _equipped_state(doc[match.trigger]):
        return False
    if code == SUPPORT_CODE and lemma in SUPPORT_VERBS:
        return any(_heads_phrase(doc[m.anchor]) for m in sources)
    if code != HELP_CODE or lemma not in HELP_VERBS:
        return True
    helpers = [m for m in sources if _heads_phrase(doc[m.anchor])]
    helped = [m for m in targets if _heads_phrase(doc[m.anchor])]
    if not helpers or not helped:
        return False
    return not any(set(m.actor.sectors) & FIGURATIVE_HELPERS for m in helpers)


def _equipped_state(tok) -> bool:
    """Whether a participle of arming tells what someone carries, not that anyone armed them:
    no object and no "by" agent ("men armed with knives", "heavily armed rebels", "the
    gunmen were armed"), as against "Iran has armed the rebels" or "armed by Iran"."""
    if tok.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("dobj", "agent", "dative") for c in tok.children)


def _heads_phrase(tok) -> bool:
    """Whether ``tok`` (or the first of its conjuncts) is a clause's argument, not a modifier
    or a prepositional object inside a noun phrase ("demand [from China]", "[Chinese] economy")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in _MODIFIER_DEPS:
        return False
    return not (tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON"))
