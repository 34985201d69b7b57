"""The CAMEO event coder: dependency patterns over the spaCy parse -> events.

For every sentence, each verb or event noun that a pattern in the CAMEO dictionary matches
(``verbs.PatternDictionary``) becomes a candidate event (planned in ``planning.py``). Its source actors come from the
subject (the ``by`` agent of a passive), or for an event noun from its possessor, its actor
modifiers, ``by``/``of`` phrases or the subject of the verb that governs it; its target actors
come from the slots the pattern names. Actors are the ``ActorMention``s whose anchor is the
argument's head token (coordination followed). Compound actors give one event per
(source, target) pair; a symmetric act ("talks between A and B") gives both directions.

Acts governed by an actor's own statement of intent, threat, demand, appeal or refusal are
coded as that statement ("Russia threatened to invade" is an asserted 138, not a
hypothetical 19x), see ``governors.py``; a hostile act that an actor alleges another did is
coded as the accusation (112x), not as the act (``allegations.py``). An act needs a doer,
except an agentless passive (not an accusation: it needs its accuser), property looted, burnt
or wrecked and weapons seized with no doer named (``agentless.py``), a bombing or clash that
killed or wounded people and a planted bomb that went off (deaths in an accident are no
attack, ``unclaimed.py``), and a protest told by its noun or by people the dictionary cannot
name ("a protest was held", ``protests.py``), whose doers may be any unnamed group; drills of
several countries' forces are joint exercises (``joint.py``); a base set up is a show of force
only by an armed force (``postures.py``). The weapon an armed attack names
decides between 193, 194 and 195 (``weapons.py``); protesters wrecking property riot (145,
``protests.py``), and state forces clashing with protesters repress them (175) while the
protesters riot (145) against the forces, as crowds clashing on their own do (``clashes.py``).
A police raid is no armed attack, crowd control and a death in custody told without a doer
are the police's (``policing.py``), and an attack noun that only says how a coded killing was
done is told by the killing (``means.py``). People taken captive are arrested by the
authorities (173) and abducted by armed groups that are no state (181), a place captured is
occupied (192), and the police questioning people investigate (091) (``captives.py``). An
uprising or unrest named as a story's backdrop (``episodes.py``) and a participle that
describes a state ("isolated", "surrounded by", ``states.py``) code nothing; allies a fight is
fought beside are no target (``sides.py``). The same (source, target, code, date) stated in
several sentences is one event with several evidence entries.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
import logging
from collections.abc import Sequence

from flashpoint.coding import attribution, tables
from flashpoint.coding.agentless import (
    agentless_passive, found_by_force, own_object, passive_target, plainly_detention, unclaimed_property_code,
    unnamed_authority, unnamed_jailer,
)
from flashpoint.coding.allegations import ACCUSE, same_side
from flashpoint.coding.argument_words import (
    EMPATHY_CODE, MUTUAL_CODES, SYMMETRIC_CODES, exchanged, mutual, role_only, self_directed,
)
from flashpoint.coding.arguments import ArgumentFinder
from flashpoint.coding.clashes import REPRESSION, repression_pairs
from flashpoint.coding.dates import event_date
from flashpoint.coding.dedupe import VIOLENT_ROOTS, without_generic_harm, without_untargeted_twins
from flashpoint.coding.discards import discard_reason, forces_violence
from flashpoint.coding.episodes import undated_episode
from flashpoint.coding.figurative import (
    cyber_object, figurative_contest, figurative_object, figurative_struggle, not_literal_pattern, unarmed_campaign,
)
from flashpoint.coding.governors import KEPT_OPEN, mapped_code, mere_assertion
from flashpoint.coding.helping import literal_help
from flashpoint.coding.joint import JOINT_CODE, joint_exercise
from flashpoint.coding.means import lent_codes, more_specific, names_cause
from flashpoint.coding.modality import Realis, realis
from flashpoint.coding.policing import CUSTODY_DEATHS, custodian, custody_death, legal_booking, unnamed_police
from flashpoint.coding.planning import Planner, settled
from flashpoint.coding.postures import unarmed_posture
from flashpoint.coding.protests import (
    PROTEST_ROOT, gathering_for_protest, grievance, relative_crowd, unnamed_protest,
)
from flashpoint.coding.recoding import ARMED_OR_CONTENTIOUS, recode
from flashpoint.coding.told_protests import TOLD, ongoing, telling_act, told_modality, told_sources
from flashpoint.coding.unclaimed import (accidental, armed_encounter, detonated_bomb,
                                         explosive_subject, host_forces, riot_casualties)
from flashpoint.coding.verbs import PatternDictionary, default_dictionary
from flashpoint.coding.weapons import figurative_fire, weapon_code
from flashpoint.types import ActorMention, Article, Event, Modality

log = logging.getLogger(__name__)

MODALITY_RANK = {Modality.ASSERTED: 0, Modality.FUTURE: 1, Modality.NEGATED: 2, Modality.HYPOTHETICAL: 3}
#: The other side of a visit: "A visited B" is also B hosting A (042 -> 043), and "B hosted A"
#: A visiting B, as CAMEO verb dictionaries pair them ([042:043]). Inferred from asserted
#: visits only: a planned trip is not yet anyone's hosting.
COUNTERPART_CODES = {"042": "043", "043": "042"}


def event_id(article_id: str, source: str | None, target: str | None, code: str, day) -> str:
    """Stable 16-hex-char id of (article_id, source_code, target_code, cameo_code, event_date)."""
    key = "|".join([article_id, source or "", target or "", code, day.isoformat() if day else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class EventCoder(Planner):
    """Codes one parsed article into events.

    Args:
        patterns: the pattern dictionary; the packaged one by default.
    """

    def __init__(self, patterns: PatternDictionary | None = None):
        self.patterns = patterns or default_dictionary()

    def code(self, doc, mentions: Sequence[ActorMention], article: Article) -> list[Event]:
        """Events of one article.

        Args:
            doc: the article parsed by spaCy; ``doc.text == article.text``.
            mentions: actor mentions from the actors stage.
            article: the article (its id and published date are used).

        Returns:
            Events in order of first evidence, one per (source, target, code, date); an
            act coded in one sentence both with and without a target keeps only the first.
        """
        finder = ArgumentFinder(doc, mentions)
        merged: dict[str, Event] = {}
        for s_index, sent in enumerate(doc.sents):
            try:
                self._code_sentence(sent, s_index, finder, article, merged)
            except Exception:  # one odd parse must not lose the article's other events
                log.exception("coding failed on sentence %d of %s", s_index, article.article_id)
        return without_generic_harm(without_untargeted_twins(list(merged.values())))

    def _code_sentence(self, sent, s_index, finder, article, merged) -> None:
        discarded = None
        plans = settled(self.plan(sent), finder)
        finder.event_tokens = {p.match.trigger for p, _ in plans}
        lent = lent_codes(plans, finder)   # "killed in police firing in Dhaka": one act, told by "killed"
        outer_codes = {p.match.trigger: p.code for p, _ in plans}
        for planned, accused in plans:
            match, code, rule, act_tok = planned.match, planned.code, planned.rule, planned.act
            if match.trigger in lent:
                continue
            trig = sent.doc[match.trigger]
            content = planned.content
            root = code[:2]
            if accused is not None:
                sources, targets, light = *accused, None
            else:
                sources, targets, light = finder.arguments(match, act_tok, code, content)
            if rule.endswith(KEPT_OPEN) and not sources:
                # "the union did not rule out a strike", the union unnamed: no threat to code,
                # the strike left open is still a possible one
                code, rule, act_tok = match.pattern.code, rule[:-len(KEPT_OPEN)], sent.doc[match.trigger]
                root = code[:2]
                sources, targets, light = finder.arguments(match, act_tok, code, content)
            if match.pattern.id in CUSTODY_DEATHS:
                sources, targets = custody_death(match, act_tok, finder)   # "died in police custody after being beaten"
            if content is None and code[:2] == "10" and mere_assertion(trig):
                continue   # "insisted that his plans were affordable" claims, demands nothing
            if rule.endswith(TOLD):
                sources = told_sources(trig, sources, outer_codes, finder)   # not the police's rally
            if grievance(match, act_tok):
                continue   # "marched against police brutality": the march is the event
            if not literal_help(code, match, sent.doc, sources, targets):
                continue   # "strong demand from China helped Australian miners" is no aid
            if int(root) >= 9:
                if discarded is None:
                    discarded = discard_reason(sent.text, [t.lemma_.lower() for t in sent]) or ""
                if discarded and not (discarded == "business" and _state_actors(sources + targets)) and not (
                        discarded == "sport" and forces_violence(code, sources, {trig.lemma_.lower(), *(
                            sent.doc[i].lemma_.lower() for i in match.consumed)})):
                    # sport, show business and market talk that only sounds like conflict; business
                    # words beside states do not make politics business, nor a match police firing sport
                    continue
            if not sources and code.startswith(ACCUSE):
                continue   # "officials accused of corruption were dismissed": no accuser, no accusation
            if not sources and root == PROTEST_ROOT:
                sources = relative_crowd(act_tok, finder)   # "workers who have rallied"
            blast = explosive_subject(act_tok) if not sources and root in VIOLENT_ROOTS and targets else None
            if blast is not None and not armed_encounter(blast, finder.cause_doers(blast), targets):
                blast = None   # "three men were killed in a gunfight outside a bar": crime, no armed clash
            if blast is not None:
                # "a roadside bombing near Samarra killed a soldier": the host's unidentified forces
                # "killed in an Israeli air strike": the strike's own doer; else the host's forces
                sources = (finder.cause_doers(blast) or host_forces(blast, finder) or host_forces(act_tok, finder)
                           or host_forces(blast.head, finder))   # "a bomb exploded in Izmir, wounding"
                # "killed in police firing": the police name the doer, not a victim
                targets = [t for t in targets if not names_cause(t, blast)]
                if blast.i in lent and more_specific(lent[blast.i][0], code):
                    code, rule, root = lent[blast.i][0], f"{rule}+{lent[blast.i][1]}", lent[blast.i][0][:2]
            elif not sources and (police := unnamed_police(code, match, act_tok, finder)):
                sources = police   # "the mob was lathicharged", "firing was resorted to"
            elif not sources and root in VIOLENT_ROOTS and agentless_passive(act_tok) and (
                    keepers := custodian(act_tok, finder)):
                sources = keepers   # "he was beaten to death in police custody"
                targets = [t for t in targets if t.anchor not in {k.anchor for k in keepers}]
            elif root in VIOLENT_ROOTS and (accidental(trig, code, sources) or (not sources and riot_casualties(trig))):
                continue   # "a ferry capsized, killing 20": deaths in an accident are no attack
            if not sources and blast is None and (went_off := detonated_bomb(match, trig, finder)) is not None:
                # "a roadside bomb exploded near the base": an unclaimed bombing, the host's forces
                blast = trig   # "a bomb planted by militants went off": the planters, named
                sources = finder.cause_doers(trig) or host_forces(trig, finder) or host_forces(went_off, finder)
            if not sources and code.startswith("173") and unnamed_authority(match, act_tok) and (
                    targets or plainly_detention(match, sent.doc)):
                # "five ram sevaks were arrested today", "preventive arrests were made": arrest
                # and detention are the authorities' acts by definition; the detainees are the
                # passive subject or the noun's "of" phrase, never a place the fallbacks found
                targets = [t for t in targets if match.pattern.pos == "N" or passive_target(act_tok, [t], finder)]
            elif not sources and code.startswith("173") and unnamed_jailer(match, act_tok, finder):
                # "we have arrested five persons", "the magistrate remanded them to custody"
                targets = [t for t in targets if own_object(act_tok, t, finder)]
            elif not sources and blast is None and (
                    unclaimed := unclaimed_property_code(match, act_tok, code)) is not None:
                # "shops were looted", "two rifles were seized": no doer; the owner, where named, is the target
                if unclaimed != code:
                    code, rule, root = unclaimed, f"{rule}+unclaimed", unclaimed[:2]
                targets = [t for t in targets if passive_target(act_tok, [t], finder)]
            elif not sources and blast is None and not (targets and passive_target(act_tok, targets, finder)) and not (
                    root == PROTEST_ROOT and unnamed_protest(match, trig)):
                # an act needs its doer, except an agentless passive ("five men were arrested")
                # and a protest ("a protest was held outside parliament")
                continue
            if not legal_booking(match, act_tok, sources):
                continue   # "the company booked 200 workers on flights": travel, not legal action
            if not found_by_force(match, trig, sources) or unarmed_posture(match, trig, sources):
                continue   # "fishermen found a rocket", "the firm set up a base in Dublin": no force
            if joint_exercise(code, match, sent.doc, sources):
                code, rule, targets = JOINT_CODE, f"{rule}+joint", []   # drills held together cooperate
            armed = weapon_code(code, act_tok)
            weapon_named = armed != code
            if weapon_named:
                code, rule, root = armed, f"{rule}+weapon", armed[:2]   # "fired rockets at" is 194
            owned = any(not role_only(t) for t in targets)
            if owned and int(root) >= 17 and cyber_object(trig):
                rule = f"{rule}+cyber"   # "hackers attacked Ukrainian government websites"
            if figurative_fire(trig) or (int(root) >= 17 and (figurative_object(trig, owned) or figurative_contest(trig) or any(
                    figurative_contest(sent.doc[i]) for i in match.consumed) or figurative_struggle(trig, any(
                    set(m.actor.sectors) & ARMED_OR_CONTENTIOUS for m in sources)))) or (
                    not_literal_pattern(match.pattern.id, trig)) or (
                    int(root) >= 18 and unarmed_campaign(trig, sources, targets, ARMED_OR_CONTENTIOUS - {"OPP"})):
                continue   # "bombarded with pop-up ads", "target spam websites", "battled to finish seventh"
            recoded = recode(code, rule, match, act_tok, sources, targets, finder, weapon_named)
            if recoded is None:
                continue   # celebrations' shots, police operations, uncertain harm, private travel
            code, rule, targets = recoded
            root = root if rule.endswith("+peacekeeping") else code[:2]   # a deployment keeps its own root
            several = len({m.actor.code for m in sources}) > 1 and mutual(code)
            if not targets and (root == "01" or (match.pattern.pos == "N" and match.pattern.targets
                                                 and not several and int(root) < 14)):
                # "Russia's demands" says too little without whom; "police firing" does not
                # statements to no one, and event nouns without their target, say too little
                continue
            r = realis(act_tok, light, stance=rule.endswith(KEPT_OPEN))
            gathering = gathering_for_protest(act_tok) if root == PROTEST_ROOT else None
            if gathering is not None and r.modality is Modality.FUTURE:
                act_tok = gathering   # "gathered on Monday to protest": held as the gathering is told
                r = realis(act_tok, None)
            modality = r.modality
            if rule.endswith(TOLD) or ongoing(match, trig):
                # "would not call off the strike", "the strike will continue"
                modality = told_modality(trig, telling_act(trig, outer_codes) if rule.endswith(TOLD) else trig.head)
            else:
                code, rule, modality, act_tok = _stated_intent(code, rule, r, act_tok, sources, finder)
            if rule.endswith("+demand:stated"):
                speakers = attribution.speakers(act_tok, finder)
                if not speakers or {m.actor.code for m in speakers} & {m.actor.code for m in sources}:
                    continue   # "X said it must..." or an unnamed speaker: nothing to code
                sources, targets = speakers, sources
            dated = act_tok.head.head if act_tok.dep_ == "amod" and act_tok.head.head.pos_ in ("VERB", "AUX") else act_tok
            when = event_date(dated, article.published, modality)   # "protesting farmers blocked ... on Monday"
            if modality is Modality.ASSERTED and undated_episode(trig, when.text is not None):
                continue   # "the cradle of the uprising": an episode looked back on, not news of the day
            if all(role_only(m) for m in sources + targets) and (int(root) < 14 or (root != PROTEST_ROOT and any(
                    not set(m.actor.sectors) & ARMED_OR_CONTENTIOUS for m in sources))):
                # "the two delegations agreed", "people build up a collection": say who, or say
                # nothing; unnamed police, troops, rebels and any protesting group still act
                continue
            two_way = exchanged(trig, code, sources)
            # "A and B exchanged prisoners": each other's; "A and B swapped prisoners with C": C's
            pairs = _pairs(sources, [] if two_way and len(sources) > 1 and not targets else targets, code, two_way)
            sides = [(s, t, c, f"{rule}+{'repression' if c == REPRESSION else 'riot'}")
                     for s, t, c in repression_pairs(trig, code, sources, targets)]
            # "police clashed with protesters": the police repress (175), the protesters riot (145)
            for src, tgt, c, r in sides or [(s, t, code, rule) for s, t in pairs]:
                self._add(merged, article, sent, s_index, trig, c, r, src, tgt, modality, when)
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
            trigger_start=trig.idx,
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
    when the speaker is the act's own source, speaks for it (its agency, its country's
    spokesman) or is unnamed ("sources said"): "Russia said Ukraine will attack" stays a
    future attack. Verbal conflict (roots 09-13) is left as it is. The speaker is the one
    ``attribution.speakers`` finds, also when the parser misplaced a trailing attribution.
    """
    if r.obligation is not None:
        return _stated_obligation(code, rule, r, act_tok, sources, finder)
    if r.speech is None:
        return code, rule, r.modality, act_tok
    speakers = attribution.speakers(r.speech, finder)
    if speakers and not same_side(speakers, sources):
        return code, rule, r.modality, act_tok
    if not speakers and r.speech.lower_ == "according":
        return code, rule, r.modality, act_tok   # "according to reports": no one states an intent
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


def _pairs(sources, targets, code, two_way: bool = False):
    """(source, target) mention pairs; same-actor pairs dropped; symmetric acts (and
    ``two_way`` exchanges) both ways."""
    symmetric = code in SYMMETRIC_CODES or two_way
    pairs = []
    seen = set()

    def add(s, t):
        key = (s.actor.code if s else None, t.actor.code if t else None)
        if s and t and s.actor.code == t.actor.code and not self_directed(t):
            return
        if code[:2] == "01" and s and t and s.actor.country_iso3 and s.actor.country_iso3 == t.actor.country_iso3 \
                and not (code.startswith(EMPATHY_CODE) and t.actor.code == t.actor.country_iso3):
            return  # a statement to one's own side or media; not sympathy with one's own country
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
