"""The CAMEO event coder: dependency patterns over the spaCy parse -> events.

For every sentence, each verb or event noun that a pattern in the CAMEO dictionary matches
(``verbs.PatternDictionary``) becomes a candidate event. Its source actors come from the
subject (the ``by`` agent of a passive), or for an event noun from its possessor, its actor
modifiers, ``by``/``of`` phrases or the subject of the verb that governs it; its target actors
come from the slots the pattern names. Actors are the ``ActorMention``s whose anchor is the
argument's head token (coordination followed). Compound actors give one event per
(source, target) pair; a symmetric act ("talks between A and B") gives both directions.

Acts governed by an actor's own statement of intent, threat, demand, appeal or refusal are
coded as that statement ("Russia threatened to invade" is an asserted 138, not a
hypothetical 19x), see ``governors.py``. The same (source, target, code, date) stated in
several sentences is one event with several evidence entries.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
import logging
from collections.abc import Sequence

from flashpoint.coding import tables
from flashpoint.coding.arguments import (
    MUTUAL_CODES, STATEMENT_ROOTS, SYMMETRIC_CODES, ArgumentFinder, mutual, passive_participle, role_only,
)
from flashpoint.coding.dates import event_date
from flashpoint.coding.discards import discard_reason
from flashpoint.coding.governors import family_of, govern, mapped_code
from flashpoint.coding.modality import Realis, realis
from flashpoint.coding.verbs import Match, PatternDictionary, default_dictionary
from flashpoint.types import ActorMention, Article, Event, Modality

log = logging.getLogger(__name__)

#: Roles that act in material conflict even when their country is not named (CAMEO types).
ARMED_OR_CONTENTIOUS = frozenset({"COP", "MIL", "REB", "INS", "OPP", "SEP", "UAF", "RAD", "SPY"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl"})
VOWS = frozenset({"vow", "pledge", "promise", "swear"})
MODALITY_RANK = {Modality.ASSERTED: 0, Modality.FUTURE: 1, Modality.NEGATED: 2, Modality.HYPOTHETICAL: 3}
#: The other side of a visit: "A visited B" is also B hosting A (042 -> 043), and "B hosted A"
#: A visiting B, as CAMEO verb dictionaries pair them ([042:043]). Inferred from asserted
#: visits only: a planned trip is not yet anyone's hosting.
COUNTERPART_CODES = {"042": "043", "043": "042"}


@dataclass(frozen=True, slots=True)
class Planned:
    """A match to code: its CAMEO code and rule (after governing words) and the act's token."""

    match: Match
    code: str
    rule: str
    act: object
    content: Match | None = None       # the stated act, for a statement act


def _content_head(tok):
    """The word whose content clause or phrase ``tok`` heads: "demanded [that NATO withdraw]",
    "accused Ukraine of [shelling]", "demands [that NATO withdraw]"; None otherwise."""
    if tok.dep_ in COMPLEMENT_DEPS or tok.dep_ == "acomp":
        return tok.head
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def event_id(article_id: str, source: str | None, target: str | None, code: str, day) -> str:
    """Stable 16-hex-char id of (article_id, source_code, target_code, cameo_code, event_date)."""
    key = "|".join([article_id, source or "", target or "", code, day.isoformat() if day else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class EventCoder:
    """Codes one parsed article into events.

    Args:
        patterns: the pattern dictionary; the packaged one by default.
    """

    def __init__(self, patterns: PatternDictionary | None = None):
        self.patterns = patterns or default_dictionary()

    def plan(self, sent) -> list["Planned"]:
        """What to code in one sentence: each kept match with its code, rule and the token
        that carries the act.

        A match inside the content of a statement act coded above it (the demanded,
        appealed, threatened, refused, promised or alleged act: "demanded that NATO
        withdraw", "accused Ukraine of shelling") is not coded on its own; when the statement
        matched only a generic pattern, the content refines its code ("urged Russia to
        withdraw" -> 0256 rather than 020).
        """
        doc = sent.doc
        found = [m for m in (self.patterns.match(t) for t in sent) if m is not None]
        found.sort(key=lambda m: (_depth(doc[m.trigger]), m.trigger))
        consumed: set[int] = set()
        planned: dict[int, Planned] = {}
        for m in found:
            tok = doc[m.trigger]
            if m.trigger in consumed:
                continue
            head = _content_head(tok)
            for _ in range(8):   # "accused Moscow of trying to intimidate Ukraine"
                if head is None or head.i in planned or _content_head(head) is None or head.head.i == head.i:
                    break
                head = _content_head(head)
            if head is not None and head.i in planned and planned[head.i].code[:2] in STATEMENT_ROOTS:
                outer = planned[head.i]
                if outer.content is None:
                    outer = planned[head.i] = replace(outer, content=m)
                if not outer.match.pattern.constraints and outer.act.i == outer.match.trigger:
                    family = family_of(head)
                    if family == "intent" and int(m.pattern.code[:2]) >= 14 and head.lemma_.lower() in VOWS:
                        family = "threat"   # "vowed to strike back" threatens
                    refined = mapped_code(family, m.pattern.code) if family else ""
                    if refined and tables.is_cameo_code(refined) and (
                            refined[:2] == outer.code[:2] or outer.code[:2] in ("02", "03")):
                        planned[head.i] = replace(outer, code=refined, rule=f"{outer.rule}+{m.pattern.id}")
                continue
            consumed.update(m.consumed)
            code, rule, act = govern(m, tok, self.patterns)
            planned[m.trigger] = Planned(m, code, rule, act)
        return sorted(planned.values(), key=lambda p: p.match.trigger)

    def code(self, doc, mentions: Sequence[ActorMention], article: Article) -> list[Event]:
        """Events of one article.

        Args:
            doc: the article parsed by spaCy; ``doc.text == article.text``.
            mentions: actor mentions from the actors stage.
            article: the article (its id and published date are used).

        Returns:
            Events in order of first evidence, one per (source, target, code, date).
        """
        finder = ArgumentFinder(doc, mentions)
        merged: dict[str, Event] = {}
        for s_index, sent in enumerate(doc.sents):
            try:
                self._code_sentence(sent, s_index, finder, article, merged)
            except Exception:  # one odd parse must not lose the article's other events
                log.exception("coding failed on sentence %d of %s", s_index, article.article_id)
        return list(merged.values())

    def _code_sentence(self, sent, s_index, finder, article, merged) -> None:
        discarded = None
        plans = self.plan(sent)
        finder.event_tokens = {p.match.trigger for p in plans}
        for planned in plans:
            match, code, rule, act_tok = planned.match, planned.code, planned.rule, planned.act
            trig = sent.doc[match.trigger]
            content = planned.content
            root = code[:2]
            sources, targets, light = finder.arguments(match, act_tok, code, content)
            if int(root) >= 9:
                if discarded is None:
                    discarded = discard_reason(sent.text, [t.lemma_.lower() for t in sent]) or ""
                if discarded and not (discarded == "business" and _state_actors(sources + targets)):
                    # sport, show business and market talk that only sounds like conflict;
                    # business words beside states and armies do not make politics business
                    continue
            if not sources and not targets and code.startswith("173") and _agentless_passive(act_tok):
                pass   # "five ram sevaks were arrested today": an arrest, doer and detainees unnamed
            elif not sources and not (targets and _passive_target(act_tok, targets, finder)):
                # an act needs its doer, except an agentless passive ("five men were arrested")
                continue
            several = len({m.actor.code for m in sources}) > 1 and mutual(code)
            if not targets and (root == "01" or (match.pattern.pos == "N" and match.pattern.targets
                                                 and not several and int(root) < 14)):
                # "Russia's demands" says too little without whom; "police firing" does not
                # statements to no one, and event nouns without their target, say too little
                continue
            r = realis(act_tok, light)
            modality = r.modality
            code, rule, modality, act_tok = _stated_intent(code, rule, r, act_tok, sources, finder)
            if rule.endswith("+demand:stated"):
                speakers = finder.subject(act_tok)
                if not speakers or {m.actor.code for m in speakers} & {m.actor.code for m in sources}:
                    continue   # "X said it must..." or an unnamed speaker: nothing to code
                sources, targets = speakers, sources
            when = event_date(act_tok, article.published, modality)
            if all(role_only(m) for m in sources + targets) and (int(root) < 14 or any(
                    not set(m.actor.sectors) & ARMED_OR_CONTENTIOUS for m in sources)):
                # "the two delegations agreed", "people build up a collection": say who, or say
                # nothing; unnamed police, troops, rebels and protesters still act
                continue
            pairs = _pairs(sources, targets, code)
            for src, tgt in pairs:
                self._add(merged, article, sent, s_index, trig, code, rule, src, tgt, modality, when)
            other = COUNTERPART_CODES.get(code) if modality is Modality.ASSERTED else None
            for src, tgt in (pairs if other else ()):
                if src is not None and tgt is not None:
                    self._add(merged, article, sent, s_index, trig, other, f"{rule}+counterpart", tgt, src,
                              modality, when)

    def _add(self, merged, article, sent, s_index, trig, code, rule, src, tgt, modality, when) -> None:
        s_code = src.actor.code if src else None
        t_code = tgt.actor.code if tgt else None
        eid = event_id(article.article_id, s_code, t_code, code, when.value)
        text, start, end = _sentence_span(sent)
        span = (s_index, start, end)
        old = merged.get(eid)
        if old is not None:
            if span not in old.evidence:
                evidence = old.evidence + (span,)
                better = MODALITY_RANK[modality] < MODALITY_RANK[old.modality]
                merged[eid] = replace(old, evidence=evidence, modality=modality if better else old.modality)
            return
        merged[eid] = Event(
            event_id=eid,
            article_id=article.article_id,
            sentence_index=s_index,
            evidence=(span,),
            event_date=when.value,
            date_precision=when.precision,
            source=src.actor if src else None,
            target=tgt.actor if tgt else None,
            cameo_code=code,
            plover_type=tables.plover_type(code),
            quad_class=tables.quad_class(code),
            goldstein=tables.goldstein(code),
            modality=modality,
            sentence=text,
            trigger=trig.text,
            span_start=start,
            span_end=end,
            rule=rule,
            story_id=article.story_id or article.article_id,
            source_text=src.text if src else None,
            target_text=tgt.text if tgt else None,
            source_how=_how(src),
            target_how=_how(tgt),
        )


def _stated_intent(code, rule, r: Realis, act_tok, sources, finder):
    """Recode a reported future act as the statement it is.

    "Hungary said it will support the resolution" states an intent to cooperate (03x),
    "the farmers said they would blockade Paris" a threat (13x), "Syria says it will not
    accept more refugees" a refusal (12x); each is asserted, dated by the statement. Only
    when the speaker is the act's own source or unnamed ("sources said"): "Russia said
    Ukraine will attack" stays a future attack. Verbal conflict (roots 09-13) is left as it is.
    """
    if r.obligation is not None:
        return _stated_obligation(code, rule, r, act_tok, sources, finder)
    if r.speech is None:
        return code, rule, r.modality, act_tok
    speakers = {m.actor.code for m in finder.subject(r.speech)}
    if speakers and not speakers & {m.actor.code for m in sources}:
        return code, rule, r.modality, act_tok
    root = int(code[:2])
    family = None
    if r.modality is Modality.FUTURE and r.unless:
        family = "threat"      # "will withdraw its force unless..." is a conditional threat
    elif r.modality is Modality.FUTURE:
        family = "intent" if 4 <= root <= 8 else "threat" if root >= 14 else None
    elif r.modality is Modality.NEGATED and r.future_aux and 3 <= root <= 8:
        family = "refuse"
    if family is None:
        return code, rule, r.modality, act_tok
    new = mapped_code(family, code)
    if not new or not tables.is_cameo_code(new):
        return code, rule, r.modality, act_tok
    return new, f"{rule}+{family}:stated", Modality.ASSERTED, r.speech


def _state_actors(mentions) -> bool:
    """True when an actor is a state, its government or forces, or an IGO (not a business)."""
    return any((m.actor.country_iso3 or m.actor.code.startswith("IGO")) and "BUS" not in m.actor.sectors
               for m in mentions)


def _stated_obligation(code, rule, r: Realis, act_tok, sources, finder):
    """"Russia said Sudan must return the helicopter": Russia's demand (10x) on Sudan,
    asserted. Marked by a ``demand`` family code and a ``+demand:stated`` rule; the coder
    then takes the speaker as source and the act's doer as target."""
    new = mapped_code("demand", code) or code
    if not tables.is_cameo_code(new):
        return code, rule, Modality.HYPOTHETICAL, act_tok
    return new, f"{rule}+demand:stated", Modality.ASSERTED, r.obligation


def _sentence_span(sent) -> tuple[str, int, int]:
    """The sentence's text without surrounding whitespace, and its half-open character span."""
    raw = sent.text
    text = raw.strip()
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    return text, start, start + len(text)


def _how(m: ActorMention | None) -> str | None:
    if m is None:
        return None
    return f"{m.how}: {m.detail}" if m.detail else m.how


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 100:
        tok = tok.head
        d += 1
    return d


def _agentless_passive(tok) -> bool:
    """A passive with a subject and no ``by`` agent: "they were detained"."""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def _passive_target(tok, targets, finder) -> bool:
    """True when ``targets`` are the subject of an agentless passive ``tok``."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive_participle(tok):
        subj = [tok.head]
    return bool(subj) and all(m in finder.actors(subj[0]) for m in targets)


def _pairs(sources, targets, code):
    """(source, target) mention pairs; same-actor pairs dropped; symmetric acts both ways."""
    symmetric = code in SYMMETRIC_CODES
    pairs = []
    seen = set()

    def add(s, t):
        key = (s.actor.code if s else None, t.actor.code if t else None)
        if s and t and s.actor.code == t.actor.code:
            return
        if code[:2] == "01" and s and t and s.actor.country_iso3 and s.actor.country_iso3 == t.actor.country_iso3:
            return  # a statement to one's own side or media
        if key not in seen:
            seen.add(key)
            pairs.append((s, t))

    if sources and targets:
        for s in sources:
            for t in targets:
                add(s, t)
                if symmetric:
                    add(t, s)
    elif sources and (symmetric or code in MUTUAL_CODES) and len({m.actor.code for m in sources}) > 1:
        for s in sources:
            for t in sources:
                add(s, t)
    elif sources:
        for s in sources:
            add(s, None)
    elif targets:
        for t in targets:
            add(None, t)
    else:
        pairs.append((None, None))
    return pairs
