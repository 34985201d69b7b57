"""Planning a sentence's events: which pattern matches to code, under which code.

A statement act (appeal, intent, demand, refusal, threat) governs the act it states: "Russia
threatened to invade" is planned as the threat (138) with the invasion as its content, not as
an invasion; an act alleged of another actor is planned as the accusation (112x) with the
plain act as its fallback (``allegations.py``); a more specific match on the same token wins.
:class:`Planner` is a mixin of :class:`flashpoint.coding.coder.EventCoder` (it uses the
coder's ``patterns``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flashpoint.coding import tables
from flashpoint.coding.allegations import (
    ACCUSE, ACCUSING, accusable, accusation_code, allegation_match, alleging_verb, failed_obligation_verb, parties,
)
from flashpoint.coding.argument_words import STATEMENT_ROOTS
from flashpoint.coding.dedupe import VIOLENT_ROOTS
from flashpoint.coding.governors import family_of, govern, mapped_code, refined_by_content
from flashpoint.coding.protests import LABOUR_STRIKE, protest_sense, strike_from_work
from flashpoint.coding.ruling_out import kept_open
from flashpoint.coding.told_protests import TOLD, told_protest
from flashpoint.coding.verbs import Match

#: Dependencies of a clause or phrase that states an act's content.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl"})

#: Constraints that make a phrasal verb ("call on", "appeal to"), not a more specific act.
PHRASAL_DEPS = frozenset({"prep", "prt"})

#: Verbs of a vow: a vow of force (roots 14-20) is a threat (13), not an intent (03).
VOWS = frozenset({"vow", "pledge", "promise", "swear"})

#: Statement roots whose object noun names an act that has not happened: "demanded the
#: arrest of", "rejected the deployment", "threatened a blockade" (appeal, intent, demand,
#: rejection, threat); "condemned the attack" (11) speaks of an act that did happen.
UNREALISED_ROOTS = frozenset({"02", "03", "10", "12", "13"})

#: Nouns of an inquiry: the act inquired into is told as done, not as what is asked for.
INQUIRY_NOUNS = frozenset({"probe", "inquiry", "enquiry", "investigation"})

#: Modifiers that make an event noun medical, not political: "cardiac arrest", "heart attack".
MEDICAL_MODIFIERS = frozenset({"cardiac", "heart", "respiratory", "panic", "asthma", "anxiety", "brain"})


@dataclass(frozen=True, slots=True)
class Planned:
    """A match to code: its CAMEO code and rule (after governing words) and the act's token."""

    match: Match
    code: str
    rule: str
    act: object
    content: Match | None = None       # the stated act, for a statement act
    #: for an allegation ("alleged that Russia shelled the city"), the plans to code instead
    #: when it turns out to be no allegation against another actor (``allegations.parties``)
    fallback: tuple["Planned", ...] | None = None


def _content_head(tok):
    """The word whose content clause or phrase ``tok`` heads: "demanded [that NATO withdraw]",
    "accused Ukraine of [shelling]", "demands [that NATO withdraw]"; None otherwise."""
    if tok.dep_ in COMPLEMENT_DEPS or tok.dep_ == "acomp":
        return tok.head
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.dep_ in ("ccomp", "xcomp"):
        return tok.head.head   # "claimed that ISIL had attacked Iraq and [taken] Mosul"
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep":
        if tok.head.head.lemma_.lower() in INQUIRY_NOUNS or (tok.head.lower_ == "into" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS for c in tok.head.head.children)):
            # "demanded a probe into the police firing": the firing happened, also when the
            # parser hangs "into" on the verb
            return None
        return tok.head.head
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        return tok.head   # "demanded the arrest of X": only an unrealised act's object counts
    return None


def _unspecified(code: str) -> bool:
    """A root's "not specified" code ("020", "100"): with only a particle or preposition as
    constraint ("called on"), a pattern that says only the kind of statement, which the stated
    act may refine."""
    return len(code) == 3 and code.endswith("0")


def _told_by_its_verb(tok, p: Planned, planned) -> bool:
    """True for a generic violent event noun, with no target of its own, that is the subject
    of a violent verb coded too: "US attacks killed eight militants" is one act, carried by
    "killed" (whose source is found inside the noun phrase). "Air strikes on Niger killed
    dozens" keeps its more telling noun."""
    head = planned.get(tok.head.i)
    if not (p.match.pattern.pos == "N" and tok.dep_ == "nsubj" and head is not None
            and head.match.pattern.pos == "V" and p.code[:2] in VIOLENT_ROOTS
            and head.code[:2] in VIOLENT_ROOTS):
        return False
    generic = p.code == head.code or (len(p.code) == 3 and p.code.endswith("0"))
    aimed = any(c.dep_ == "prep" and c.lower_ in p.match.pattern.targets for c in tok.children)
    return generic and not aimed


def _named_by_object(m: Match, code: str, found) -> Match | None:
    """The event noun that a generic violent light verb consumed as its object, when the noun's
    own pattern says more: "launched a suicide attack" is the suicide attack (1831), "carried
    out a chemical attack" the chemical one (2041), not an unspecified assault (190); else None."""
    if m.pattern.pos != "V" or not _unspecified(code) or code[:2] not in VIOLENT_ROOTS:
        return None
    for other in found:
        if other.trigger in m.consumed and other.pattern.pos == "N" and other.pattern.code[:2] in VIOLENT_ROOTS and (
                not _unspecified(other.pattern.code)):
            return other
    return None


def _stated_noun(verb, clause, planned):
    """The planned statement noun that a that-clause hanging on ``verb`` belongs to:
    "reiterated its demand that Israel ease..." -> "demand"; else ``verb`` itself."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return verb
    for child in verb.children:
        if child.dep_ == "dobj" and child.i in planned and child.pos_ == "NOUN" and (
                planned[child.i].code[:2] in STATEMENT_ROOTS):
            return child
    return verb


def settled(plans, finder) -> list[tuple[Planned, tuple | None]]:
    """Each plan with the (accusers, accused) of an allegation, or None; an allegation that
    turns out to be against no other named actor is replaced by its fallback plans."""
    out: list[tuple[Planned, tuple | None]] = []
    for p in plans:
        if p.fallback is None:
            out.append((p, None))
            continue
        accused = parties(p.act, p.act.doc[p.content.trigger], finder)
        if accused is not None:
            out.append((p, accused))
        else:
            out.extend((f, None) for f in p.fallback)
    return sorted(out, key=lambda pa: pa[0].match.trigger)





def _depth(tok) -> int:
    """Number of heads above ``tok`` up to its sentence root."""
    d = 0
    while tok.head.i != tok.i and d < 100:
        tok = tok.head
        d += 1
    return d


class Planner:
    """Planning methods of the event coder."""

    def plan(self, sent) -> list["Planned"]:
        """What to code in one sentence: each kept match with its code, rule and the token
        that carries the act.

        A match inside the content of a statement act coded above it (the demanded,
        appealed, threatened, refused, promised or alleged act: "demanded that NATO
        withdraw", "accused Ukraine of shelling") is not coded on its own; when the statement
        matched only a generic pattern, the content refines its code ("urged Russia to
        withdraw" -> 0256 rather than 020); a statement line that names only the governed
        verb is refined by what that act is about ("threatened to impose a curfew" -> 1323,
        ``governors.refined_by_content``). A hostile act in the that-clause of a verb of
        allegation is planned as the accusation, with the plans to code if it turns out to
        be none (``allegations.py``). A protest noun taken by another act that presupposes
        it ("police dispersed the protest", "to end the strike") is planned on its own as
        well, with the rule suffix ``+told`` (``protests.told_protest``).
        """
        doc = sent.doc
        found = [m for m in (self.patterns.match(t) for t in sent) if m is not None]
        found.sort(key=lambda m: (_depth(doc[m.trigger]), m.trigger))
        consumed: set[int] = set()
        planned: dict[int, Planned] = {}
        governed: list[Match] = []   # matches taken by another act, maybe protests it tells
        for m in found:
            tok = doc[m.trigger]
            verb = alleging_verb(tok) if accusable(m.pattern.code) else failed_obligation_verb(tok, m.pattern.code)
            if verb is not None:   # "alleged that Russian troops shelled the city"
                self._allege(m, tok, verb, planned)
                consumed.update(m.consumed)
                continue
            if m.trigger in consumed or m.trigger in planned:
                governed.append(m)
                continue   # planned already: a trailing verb of allegation that carries one
            if m.pattern.pos == "N" and any(c.dep_ in ("amod", "compound") and c.lower_ in MEDICAL_MODIFIERS
                                            for c in tok.children):
                continue
            if not protest_sense(m, tok):
                continue   # "a strike from 25 yards", "a rally in shares"
            if family_of(tok) == "refuse" and any(c.dep_ == "xcomp" and kept_open(c) for c in tok.children):
                continue   # "refused to rule out an attack" refuses nothing: it keeps the attack open
            head = _content_head(tok)
            for _ in range(8):   # "accused Moscow of trying to intimidate Ukraine"
                if head is None or head.i in planned or _content_head(head) is None or head.head.i == head.i:
                    break
                head = _content_head(head)
            if head is not None and head.i not in planned and tok.dep_ == "ccomp":
                head = _stated_noun(head, tok, planned)
            if head is not None and head.i in planned and planned[head.i].code[:2] in STATEMENT_ROOTS and (
                    tok.dep_ != "dobj" or planned[head.i].code[:2] in UNREALISED_ROOTS):
                outer = planned[head.i]
                if outer.fallback is not None:   # told with an allegation: coded if it is none
                    planned[head.i] = replace(outer, fallback=self._also_stated(outer.fallback, m, tok, head))
                else:
                    planned[head.i] = self._stated(outer, m, head)
                governed.append(m)
                continue
            consumed.update(m.consumed)
            code, rule, act = govern(m, tok, self.patterns)
            if code == m.pattern.code and strike_from_work(m, tok):
                code, rule = LABOUR_STRIKE, f"{rule}+labour"   # "while they were striking"
            told = refined_by_content(m, tok, code, rule, self.patterns) if act.i == tok.i else None
            if told is not None:
                code, rule = told[0], told[1]   # "threatened to impose [a curfew]": 1323
            elif (named := _named_by_object(m, code, found)) is not None:
                code, rule = named.pattern.code, f"{rule}+{named.pattern.id}"   # "launched a suicide attack": 1831
            planned[m.trigger] = Planned(m, code, rule, act, told[2] if told else None)
        for i in [i for i, p in planned.items() if _told_by_its_verb(doc[i], p, planned)]:
            del planned[i]
        codes = {m.trigger: m.pattern.code for m in found}
        for m in governed:   # "police dispersed the protest" also tells of the protest
            tok = doc[m.trigger]
            outer = codes.get(tok.head.i) or codes.get(tok.head.head.i)   # "refused to [cancel] the march"
            if m.trigger not in planned and outer is not None and told_protest(m, tok, outer):
                planned[m.trigger] = Planned(m, m.pattern.code, f"{m.pattern.rule}{TOLD}", tok)
        return sorted(planned.values(), key=lambda p: p.match.trigger)

    def _stated(self, outer: Planned, m: Match, head) -> Planned:
        """Statement plan ``outer`` with ``m`` as (first) content; a generic statement takes
        its code from the stated act ("urged Russia to withdraw" -> 0256)."""
        if outer.content is None:
            outer = replace(outer, content=m)
        generic = all(c.dep in PHRASAL_DEPS for c in outer.match.pattern.constraints) and (
            not outer.match.pattern.constraints or _unspecified(outer.code))
        if not generic or outer.act.i != outer.match.trigger:
            return outer
        family = family_of(head)
        if family is None and outer.code == ACCUSE and head.lemma_.lower() in ACCUSING and (
                accusable(m.pattern.code)):
            family = "accuse"   # "accused Russia of killing civilians" -> 1123
        if family == "intent" and int(m.pattern.code[:2]) >= 14 and head.lemma_.lower() in VOWS:
            family = "threat"   # "vowed to strike back" threatens
        refined = (accusation_code(m.pattern.code) if family == "accuse"
                   else mapped_code(family, m.pattern.code) if family else "")
        if refined and tables.is_cameo_code(refined) and (
                refined[:2] == outer.code[:2] or outer.code[:2] in ("02", "03")):
            return replace(outer, code=refined, rule=f"{outer.rule}+{m.pattern.id}")
        return outer

    def _also_stated(self, fallback: tuple, m: Match, tok, head) -> tuple:
        """An allegation's fallback after one more act stated in its clause: the statement's
        own plan takes it as content; acts coded on their own gain one more plan."""
        if fallback[0].act.i == head.i:
            return (self._stated(fallback[0], m, head),)
        return fallback + (Planned(m, *govern(m, tok, self.patterns)),)

    def _allege(self, m: Match, tok, verb, planned) -> None:
        """Plan the accusation that alleging ``verb`` makes of hostile act ``m`` (a second
        alleged act only joins the first one's fallback); the verb's own statement plan
        ("alleged" 112, "insisted" 100) or else the act's is kept as the fallback."""
        prior = planned.get(verb.i)
        if prior is not None and prior.fallback is not None:
            planned[verb.i] = replace(prior, fallback=self._also_stated(prior.fallback, m, tok, verb))
            return
        if prior is not None and prior.code[:2] in STATEMENT_ROOTS:
            fallback = (self._stated(prior, m, verb),)
        else:
            fallback = (Planned(m, *govern(m, tok, self.patterns)),)   # "claimed its fighters had attacked"
        code = accusation_code(m.pattern.code)
        planned[verb.i] = Planned(allegation_match(verb), code, f"{m.pattern.rule}+accuse:{verb.lemma_.lower()}",
                                  verb, content=m, fallback=fallback)
