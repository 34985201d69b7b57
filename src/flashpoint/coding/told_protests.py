"""Protests named by another act: "police dispersed the rally", "the union called off the
strike", "talks to end the strike", "the strike will enter its third week".

Such a protest noun is coded as a protest (CAMEO 14x) of its own, with the rule suffix
:data:`TOLD`: held as far as the telling act goes (asserted), ahead when a protest yet to
come is called off or postponed (future), and hypothetical under a condition, a modal of
possibility or a word of fear. Statements that only ask for, plan or threaten a protest, and
complaints ("lodged a protest", 114), are not such tellings. The police or troops that break a
protest up are not its doers.

Shapes: :func:`told_protest` takes the ``Match``, the spaCy token of its trigger and the code
of the act that governs it; :func:`ongoing` the ``Match`` and its token (both return a bool);
:func:`told_modality` returns the ``Modality`` of a told protest noun given the token of the
act that tells it (:func:`telling_act`); :func:`told_sources` its sources (``ActorMention``s).
"""

from __future__ import annotations

from flashpoint.coding.ability import FUTURE_MODALS
from flashpoint.coding.modality import FUTURE_MODIFIERS, HYPOTHETICAL_MODIFIERS, realis
from flashpoint.coding.protests import PROTEST_ROOT, unnamed_protest
from flashpoint.coding.verbs import Match
from flashpoint.types import Modality


#: Roots of acts whose object protest is not told as held: comment (01), appeals, intents,
#: demands, rejections and threats ("called for a strike", "threatened a walkout"), and a
#: protest act itself ("joined the march").
UNTOLD_ROOTS = frozenset({"01", "02", "03", "10", "12", "13", PROTEST_ROOT})


#: Codes whose protest noun is no protest held: a protest lodged with an embassy is a formal
#: complaint (114); a ban on protests (172x) and easing one (081x) speak of protests in general.
UNTOLD_CODES = ("114", "172", "081")


#: Verbs of which a protest noun is the subject while it goes on: "the strike will continue".
ONGOING_VERBS = frozenset({"continue", "enter", "persist", "drag", "spread", "intensify", "escalate", "resume"})


#: Objects of those verbs that measure the protest's own time: "will enter its third week".
SPANS = frozenset({"day", "week", "month", "year", "hour", "phase", "stage"})


#: Rule suffix of a protest noun coded because another act presupposes it.
TOLD = "+told"


def told_protest(match: Match, tok, governing_code: str) -> bool:
    """True for a protest noun that another coded act (``governing_code``) presupposes and so
    tells as held or planned: "police dispersed the protest", "talks to end the strike",
    "blamed the owners for the strike", "the union called off the march"; not "demanded a
    strike" or "threatened a walkout", which tell of no protest yet."""
    return (governing_code[:2] not in UNTOLD_ROOTS and not governing_code.startswith(UNTOLD_CODES)
            and match.pattern.pos == "N"
            and match.pattern.code[:2] == PROTEST_ROOT and unnamed_protest(match, tok))


def ongoing(match: Match, tok) -> bool:
    """True for a protest noun that is the subject of a verb of going on: "the strike will
    continue", "the protests spread to other towns", "the strike went on for weeks". A verb
    with an object ("a strike would intensify pressure") tells an effect, not the protest
    going on, and a modal other than "will" ("could spread") leaves it possible."""
    if match.pattern.pos != "N" or match.pattern.code[:2] != PROTEST_ROOT or tok.dep_ != "nsubj":
        return False
    head = tok.head
    if any((c.dep_ == "dobj" and c.lemma_.lower() not in SPANS) or (c.tag_ == "MD" and c.lower_ not in FUTURE_MODALS)
           for c in head.children):
        return False   # "a strike would intensify pressure", "the protests could spread"
    return head.lemma_.lower() in ONGOING_VERBS or (
        head.lemma_.lower() == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in head.children))


#: Verbs that call off or put off a protest (lemmas; the phrasal ones with "off"): told with a
#: mark of time to come, the protest they name is still ahead ("called off next week's strike").
CANCELLING_VERBS = frozenset({"cancel", "postpone", "avert", "delay", "defer", "scrap", "shelve"})


CANCELLING_PHRASALS = frozenset({"call", "put"})


#: Words before a protest noun that place it ahead: "next week's strike", "tomorrow's march".
AHEAD_WORDS = frozenset({"next", "tomorrow", "coming"})


#: Participles and adjectives after a protest noun that place it ahead: "the march scheduled
#: for Friday", "the strike planned for Monday", "a walkout due on Tuesday".
AHEAD_CLAUSES = frozenset({"plan", "schedule", "set", "due", "slate"})


#: Verbs of a protest's start: "called off the strike before it began".
BEGINNING_VERBS = frozenset({"begin", "start", "commence", "happen"})


def told_modality(tok, verb=None):
    """Realis of a protest noun ``tok`` told by another act (its trigger token ``verb``) or by
    its going on, whatever that act's own realis ("would not call off the protest" still tells
    of the protest): feared or possible ("the possible strike"), or told by an act that is
    itself conditional, counterfactual, feared or under a modal of possibility ("police would
    have dispersed the march if it had gone ahead", "police could break up the rally"),
    hypothetical; planned ("called off the planned march", "cancelled next week's strike",
    "called off the strike before it began") future; else asserted."""
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if mods & HYPOTHETICAL_MODIFIERS:
        return Modality.HYPOTHETICAL
    if verb is not None and verb.i != tok.i and realis(verb).modality is Modality.HYPOTHETICAL:
        return Modality.HYPOTHETICAL
    if mods & FUTURE_MODIFIERS or (verb is not None and _cancelling(verb) and _ahead(tok, verb)):
        return Modality.FUTURE
    return Modality.ASSERTED


def _cancelling(verb) -> bool:
    """A verb that calls off or puts off what it takes: "cancelled", "called off", "averted"."""
    lemma = verb.lemma_.lower()
    return lemma in CANCELLING_VERBS or (lemma in CANCELLING_PHRASALS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in verb.children))


def _ahead(tok, verb) -> bool:
    """True when protest noun ``tok`` is marked as still to come: a word of time to come before
    it ("next week's strike"), a clause of plan after it ("the march scheduled for Friday"), or
    a clause of its start on the cancelling ``verb`` ("called off the strike before it began")."""
    if any(t.lower_ in AHEAD_WORDS for t in tok.subtree if t.i < tok.i):
        return True
    if any(c.dep_ in ("acl", "amod") and c.i > tok.i and c.lemma_.lower() in AHEAD_CLAUSES for c in tok.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children)
               and any(t.lemma_.lower() in BEGINNING_VERBS for t in c.subtree) for c in verb.children)


#: Sectors of the state, whose acts on a protest are not the protest's own.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


#: Roots of acts done to a protest, not by it: "police broke up the rally" is no police rally.
OPPOSING_ROOTS = frozenset({"11", "16", "17", "18", "19", "20"})


def told_sources(tok, sources, outer_codes: dict, finder) -> list:
    """The sources of a told protest noun ``tok``: the subject of the act that tells it is its
    doer when that act is the protesters' own ("the union called off the strike"), not when
    it opposes the protest ("police dispersed the march") or is done by the state
    ("government negotiators met to end the strike"). ``outer_codes`` maps the trigger index
    of each act planned in the sentence to its code."""
    verb = telling_act(tok, outer_codes)
    opposing = outer_codes.get(verb.i, "")[:2] in OPPOSING_ROOTS
    doers = {m.actor.code for m in finder.subject(verb) if opposing or set(m.actor.sectors) & STATE_SECTORS}
    return [m for m in sources if m.actor.code not in doers]


def telling_act(tok, outer_codes: dict):
    """The trigger token of the act that tells protest noun ``tok``: its head ("dispersed the
    march") or its head's head ("blamed the owners for the strike"); ``outer_codes`` as in
    :func:`told_sources`."""
    return tok.head if tok.head.i in outer_codes else tok.head.head
