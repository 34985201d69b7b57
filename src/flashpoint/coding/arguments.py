"""Finding the source and target actors of a coded act in the dependency parse.

An argument is a token (a subject, an object, the object of a preposition); its actors are
the ``ActorMention``s anchored at it or at its coordinated tokens ("US and NATO officials").
When the head itself names no actor, the actors named inside its noun phrase count
("rejecting key Russian security demands" -> Russia; "a demand by Moscow" -> Russia).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from flashpoint.coding.act_places import ActPlaces
from flashpoint.coding.argument_words import (
    ADDRESSEE_ROOTS, _asserted, CLAIM_VERB, CONTENTIOUS_PARTICIPLES, CONTROL_DEPS, EMPATHY_CODE, FORCING_VERBS,
    GIVER_SLOT, HEADLINE_MODALS, _light, LIGHT_VERBS, mutual, NP_MODIFIER_DEPS, NP_PREPS, _open_list,
    OWNING_CLAIM_VERBS, OWNING_PREP_VERBS, participle_noun, PERMISSION_NOUNS, PERMIT_VERBS, PLACE_HOWS,
    PLACE_TARGET_ROOTS, PLEDGE_NOUNS, REFLEXIVES, REJECT_ROOT, RELATIVE_TAGS, RESPONSIBILITY_NOUNS, role_only,
    SELF_ATTACK_CODES, self_directed, SELF_HARM_VERBS, SPAN_NOUNS, STATEMENT_ROOTS, stray_titles, SUBJECT_DEPS,
    CIRCUMSTANCE_PREPS, _active_chain, _told_relative, _topic_name,
)
from flashpoint.coding.attribution import ATTRIBUTION_VERBS, speakers
from flashpoint.coding.conventions import (
    DOCUMENT_NOUNS, MEMBERSHIP_WORDS, OWN_GOVERNMENT_ROOTS, RAISING_PASSIVES, STATIVE_PASSIVES, is_region,
    own_government,
)
from flashpoint.coding.prevention import prevented_doer
from flashpoint.coding.purpose import purpose_targets
from flashpoint.coding.steps import measure_taker
from flashpoint.coding.target_slots import TargetSlots
from flashpoint.coding.verbs import Match, copular_passive, glued_doer
from flashpoint.types import ActorMention


class ArgumentFinder(TargetSlots, ActPlaces):
    """Source and target actors for pattern matches in one parsed article (sources here;
    target slots in ``target_slots.py``, places as parties in ``act_places.py``).

    Args:
        doc: the parsed article.
        mentions: its actor mentions (token offsets index ``doc``).
    """

    def __init__(self, doc, mentions):
        self.doc = doc
        self.by_anchor: dict[int, list[ActorMention]] = defaultdict(list)
        for m in mentions:
            self.by_anchor[m.anchor].append(m)
        for anchor, found in self.by_anchor.items():
            # "the Afghan Taliban": AFGREBTAL already says what the demonym's AFG says
            self.by_anchor[anchor] = [m for m in found if not any(
                o.actor.code != m.actor.code and o.actor.code.startswith(m.actor.code) for o in found)]
        self._border: list[ActorMention] | None = None
        #: token indices of the other coded acts in the sentence being coded
        self.event_tokens: set[int] = set()

    # -- actors of one argument token -------------------------------------------------
    def actors(self, tok, inside: bool = True, conj: bool = True) -> list[ActorMention]:
        """Actors for argument token ``tok`` and (with ``conj``) its conjuncts, in text order."""
        out: list[ActorMention] = []
        members = [tok, *tok.conjuncts] if conj else [tok]
        if conj:
            members += [c for c in self._name_conjuncts(tok) if c not in members]
        if len(members) > 1 or (conj and _open_list(tok)):
            # "Haiti, the tiny Jamaica, and Canada": a list member parsed as an apposition
            members += [c for t in members for c in t.children if c.dep_ == "appos" and c.i in self.by_anchor]
        for t in sorted(members, key=lambda t: t.i):
            found = list(self.by_anchor.get(t.i, ()))
            if t.lower_ in REFLEXIVES:
                found = self._reflexive(t) or found   # bound by its clause's subject, not by coreference
            if not found and inside:
                found = self._inside(t)
            if inside and all(role_only(m) for m in found):
                found = self._affiliation(t) or found   # "workers affiliated with the Serbian union"
            out.extend(m for m in found if m not in out)
        return out

    def _reflexive(self, tok) -> list[ActorMention]:
        """The subject's actors for a reflexive object ("Iraq had attacked itself"), marked
        ``how="reflexive"`` so that the act may have the same actor on both sides."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return []
        return [replace(m, start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok),
                        anchor=tok.i, text=tok.text, how="reflexive", detail=f"= {m.text}")
                for m in self.subject(verb) if not role_only(m)]

    def _name_conjuncts(self, tok) -> list:
        """Conjuncts hung on a word inside the name anchored at ``tok`` rather than on ``tok``:
        "[Barack] Obama and Vladimir Putin" parsed with "Barack" as the head of the name."""
        out = []
        for m in self.by_anchor.get(tok.i, ()):
            for t in self.doc[m.start:m.end]:
                if t.i != tok.i:
                    out += [c for c in t.conjuncts if not m.start <= c.i < m.end and c not in out]
        return out

    def _inside(self, tok, depth: int = 0, preps: bool = True) -> list[ActorMention]:
        """Actors named inside the noun phrase of ``tok``: its modifiers, then its by/of/
        from/with phrases, following an of-chain ("resumption of ties with Osgiliath")."""
        if tok.lemma_.lower() in PLEDGE_NOUNS:
            pledged = self._pobj_actors(tok, "to")   # "his commitment to the Zambian people"
            if pledged:
                return pledged
        found: list[ActorMention] = []
        stack = [c for c in tok.children if c.dep_ in NP_MODIFIER_DEPS and not (c.dep_ == "compound" and _topic_name(tok))]
        while stack:
            child = stack.pop()
            found.extend(m for m in self.by_anchor.get(child.i, ()) if m not in found)
            stack.extend(c for c in child.children if c.dep_ in NP_MODIFIER_DEPS + ("conj",))
        if found or not preps:
            return sorted(found, key=lambda m: m.start)
        for child in tok.children:
            such_as = child.lower_ == "as" and any(c.lower_ == "such" for c in child.children)
            if child.dep_ in ("prep", "agent") and (child.lower_ in NP_PREPS or such_as):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        direct = self.actors(pobj, inside=False)
                        if not direct and depth < 2 and child.lower_ == "of":
                            direct = self._inside(pobj, depth + 1)
                        found.extend(direct)
        return found

    def _affiliation(self, tok) -> list[ActorMention]:
        """Actors a group is said to belong to: "workers affiliated with the Serbian union",
        "troops loyal to the junta"."""
        found: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in ("acl", "amod") and child.lemma_.lower() in MEMBERSHIP_WORDS:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                found.extend(self.actors(pobj))
        return found

    # -- subjects ------------------------------------------------------------------------
    def subject(self, verb) -> list[ActorMention]:
        """Actors of the subject of ``verb`` (the agent of a passive), climbing through
        control, coordination and participial attachment when it has none of its own."""
        if verb.dep_ != "acl" and participle_noun(verb) is not None and not any(
                c.dep_ == "agent" for c in verb.children):
            return []   # "civilians imprisoned for... were released": the civilians are its target
        if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
                c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
            return []   # "players have retired or are injured": the shared subject suffered it
        if copular_passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
            return []   # "the protesters were lathi-charged": the protesters suffered it
        tok = verb
        for _ in range(5):
            for child in tok.children:
                if child.dep_ in SUBJECT_DEPS:
                    found = self.actors(child)
                    if not found and child.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl" and _active_chain(verb, tok) and (
                            _told_relative(child, tok)):
                        found = self.actors(tok.head)   # "the policemen who opened fire"
                    if child.i not in self.by_anchor:
                        found = [m for m in found if m.how != "place"]   # "the Kabul bombing" did nothing
                    if not found or _open_list(child):
                        # "old foes India and Pakistan", "Haiti, Jamaica, and Canada" may parse
                        # as two subjects: the second one names the (other) actors itself
                        found += [m for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i != child.i
                                  for m in self.actors(c, inside=False) if m not in found]
                    return found or [m for c in stray_titles(tok, child) for m in self.actors(c)]
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.actors(pobj) or self._instrument_doers(pobj)
            for child in tok.children:
                if child.dep_ == "prep" and child.i < tok.i and child.i in self.by_anchor and not any(
                        c.dep_ in ("nsubjpass", "csubjpass") for c in tok.children):
                    # a name the tagger took for a preposition ("[Barack] Obama and ... signed")
                    return self.actors(child)
            if any(c.dep_ in ("nsubjpass", "csubjpass") for c in tok.children):
                if tok.lemma_.lower() in STATIVE_PASSIVES | RAISING_PASSIVES and any(
                        c.dep_ == "xcomp" or c.lower_ == "to" for c in tok.children) and (
                        tok is not verb or tok.lemma_.lower() in STATIVE_PASSIVES):
                    # "Vietnam is committed to opening its market": Vietnam commits itself;
                    # "Iran is said to be building...": Iran builds (not the passive verb's own)
                    return [m for c in tok.children if c.dep_ == "nsubjpass" for m in self.actors(c)]
                return []
            if tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and (
                    tok.lemma_.lower() in CONTENTIOUS_PARTICIPLES):
                return self.actors(tok.head)   # "protesting farmers": the farmers protest
            if (taker := measure_taker(tok)) is not None:
                tok = taker   # "Egypt took measures to ease...": Egypt eases
                continue
            if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                if tok.dep_ == "acl" and tok.tag_ == "VBN":
                    return []  # "soldiers killed in the attack": the soldiers are the target
                found = self.actors(tok.head)
                if found or tok.tag_ != "VBG" or tok.head.dep_ != "dobj" or (
                        tok.head.lemma_.lower() not in DOCUMENT_NOUNS):
                    return found
                tok = tok.head.head   # "issued a statement demanding...": the issuer demands
                continue
            if tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBZ", "VBP"):
                return []   # a finite adverbial clause has a subject of its own, even if misparsed
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ATTRIBUTION_VERBS and any(
                    c.dep_ == "aux" and c.lower_ in HEADLINE_MODALS for c in tok.children):
                return speakers(tok.head, self)   # headline "Pakistan says will resume talks": the speaker
            permitted = self._permitted(tok)
            if permitted is not None:
                return permitted
            doer = prevented_doer(tok)
            if doer is not None:
                return self.actors(doer)   # "stopped the rebels from attacking": the rebels attack
            if tok.dep_ in CONTROL_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
                tok = tok.head
                continue
            return []
        return []

    def _instrument_doers(self, noun) -> list[ActorMention]:
        """The agent of a participle on a thing: "shot down by a missile [believed to be] fired
        by rebels", "killed by a bomb planted by militants", "targets held by the rebels"."""
        todo = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        todo += [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in RAISING_PASSIVES]
        for verb in todo:
            for c in verb.children:
                if c.dep_ == "agent":
                    return [m for p in c.children if p.dep_ == "pobj" for m in self.actors(p)]
                if c.dep_ == "xcomp" and c.tag_ == "VBN":
                    todo.append(c)   # "believed to be fired by"
        return []

    def _permitted(self, tok) -> list[ActorMention] | None:
        """The actors allowed to do the infinitive ``tok``: "allowed Hamas to [open] an office",
        "gave permission to Russia to [help]" (the permitted party acts, not the one who allows);
        None when ``tok`` is no such infinitive."""
        if tok.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None
        head = tok.head
        if head.lemma_.lower() in FORCING_VERBS and any(c.dep_ == "dobj" for c in head.children):
            # "pelted stones, forcing the police to open fire": the police fired, not the stone-throwers
            return [m for c in head.children if c.dep_ == "dobj" for m in self.actors(c)]
        if head.lemma_.lower() in PERMIT_VERBS:
            return [m for c in head.children if c.dep_ == "dobj" for m in self.actors(c)] or None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in head.children):
            return [m for c in head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj" for m in self.actors(p)] or None
        return None

    # -- whole argument structure --------------------------------------------------------
    def arguments(self, match: Match, act_tok, code: str | None = None, content: Match | None = None):
        """(sources, targets, light_verb) for a match; no sources and no targets for a hostile
        act its doer turned on itself other than an attack ("killed themselves", "sanctioned
        itself").

        Args:
            match: the pattern match.
            act_tok: the token whose clause carries the act (the governor for governed acts).
            code: the CAMEO code being coded (the pattern's when None).
            content: for a statement act, the match of the act it states ("promised to
                continue aid to Mozambique"), whose target is used when the statement has none.

        A yielding, protest, sanction, coercive or violent act (roots 08, 14, 16-20) with no
        target takes the country where it happened ("rioted at a jail in Israel"), a military
        posture (15) the country whose border it is at; a protest with still no target (or
        only a region) is made to the protesters' own government (``conventions.py``). An act
        in an errand clause with no target takes the errand's destination ("sent observers to
        Bosnia to investigate"); a refusal (12) with no target answers whoever pressed for the
        act ("refused to resign despite pressure from the opposition").
        """
        code = code or match.pattern.code
        trig = self.doc[match.trigger]
        pattern = match.pattern
        light = None
        if pattern.pos == "N":
            sources, light = self._noun_sources(trig, pattern)
            if trig.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and trig.head.pos_ in ("VERB", "AUX") and (
                    trig.dep_ != "dobj" or _light(trig.head)):
                light = trig.head   # "held talks", "talks failed"; not "prevent clashes"
        else:
            sources = []
        if act_tok.i != trig.i:
            sources = self.subject(act_tok)
            targets = self._governed_targets(act_tok, trig, pattern, match)
            if light is not None and light.i != act_tok.i:
                light = None   # "said a withdrawal was not on the table": the saying carries it
        elif GIVER_SLOT in pattern.targets:
            # "rebels received arms from Iran": Iran supplies, the rebels are supplied
            holders = [trig, *(self.doc[i] for i in match.consumed)]
            sources = [m for h in holders for m in self._pobj_actors(h, "from")]
            codes = {m.actor.code for m in sources}
            targets = [m for m in self.subject(trig) if m.actor.code not in codes]
            return sources, targets, light
        else:
            if pattern.pos == "V":
                sources = self.subject(trig)
            targets = self.targets(trig, pattern, match, frozenset(m.actor.code for m in sources))
            if pattern.pos == "N" and "between" in pattern.targets:
                between = self._between(trig)
                if between and (mutual(code) or not sources):
                    sources, targets = between   # "talks between A, B and C"
                elif between:
                    targets = [m for g in between for m in g]   # "Egypt's mediation between A and B"
        if any(not role_only(m) for m in sources):
            sources = [m for m in sources if not role_only(m)]   # "its troop build-up": Russia's
        codes = {m.actor.code for m in sources}
        # "Iraq attacked itself" is done to Iraq; "blew themselves up", "defended itself",
        # "committed itself to" are idioms of the act, not a party to it
        hostile = int(code[:2]) >= 14
        self_harm = trig.lemma_.lower() in SELF_HARM_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in trig.children)
        if hostile and self_harm:
            return [], [], light   # "two protesters killed themselves", whoever they are
        if any(self_directed(t) and hostile and t.anchor not in match.consumed for t in targets) and not (
                code.startswith(SELF_ATTACK_CODES) and trig.lemma_.lower() not in SELF_HARM_VERBS):
            # "two soldiers killed themselves", "Russia sanctioned itself": nobody else is acted on
            return [], [], light
        targets = [t for t in targets if (t.actor.code not in codes or len(codes) > 1 or self_directed(t))
                   and not (self_directed(t) and (t.anchor in match.consumed or not hostile))]
        if not targets and content is not None:
            ctrig = self.doc[content.trigger]
            doers = [m for m in self.subject(ctrig) if m.actor.code not in codes]
            if code[:2] in ADDRESSEE_ROOTS and doers:
                targets = doers   # "demanded that Israel ease restrictions on Palestinians": Israel
            else:
                targets = self.targets(ctrig, content.pattern, content, frozenset(codes)) or doers
        if not targets and code[:2] == REJECT_ROOT:
            # "declined to resign despite pressure from the anti-graft commission": a refusal
            # answers whoever pressed for the act (CAMEO 123: those requesting are the target)
            refused = [act_tok, *(c for c in act_tok.children if c.dep_ in ("xcomp", "ccomp"))]
            targets = [m for t in refused for m in self._pobj_actors(t, "despite") if m.actor.code not in codes]
        if not targets and (code[:2] in STATEMENT_ROOTS or pattern.pos == "V"):
            # "promised to continue military aid to Mozambique", "threatened to deliver
            # blows to the United States": the target sits in the stated or consumed clause
            clauses = [self.doc[i] for i in match.consumed if self.doc[i].dep_ in ("xcomp", "ccomp", "acl")]
            if code[:2] in STATEMENT_ROOTS:
                clauses += [c for c in act_tok.children if c.dep_ in ("xcomp", "ccomp") and c.i not in match.consumed]
            for clause in clauses:
                targets = [m for m in self.clause_targets(clause) if m.actor.code not in codes]
                if targets:
                    break
        if not targets and code.startswith(EMPATHY_CODE):
            targets = self.mourned_place(trig, match)
        if not targets and code.startswith("15"):
            targets = self.border_country(trig, {s.actor.country_iso3 for s in sources})
        if not targets and code[:2] in PLACE_TARGET_ROOTS:
            targets = self.place_country(trig, match, {s.actor.code for s in sources})
        if not targets and pattern.pos == "V" and act_tok.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in act_tok.children):
            # "sent observers to Bosnia to investigate": the errand's destination
            targets = [m for m in self._pobj_actors(act_tok.head, "to") if m.actor.code not in codes]
        if (not targets or all(role_only(t) for t in targets)) and pattern.pos == "V" and code[:2] != "01":
            # last resort: the nearest named actor in the rest of the act's own clause
            # ("threatened to launch an offensive in its war with Iraq")
            targets = self.clause_actor(act_tok, codes, meeting=code[:2] == "04") or targets
        if code[:2] in OWN_GOVERNMENT_ROOTS and all(is_region(t) for t in targets):
            # a stated purpose names whom ("struck to demand the minister's resignation"); else
            # "blocked the Europe bridge": not Europe's doing, but the protesters' government's
            targets = purpose_targets(act_tok, self, codes) or own_government(sources)
        sources = sources or self.investigating_state(code, trig, match, targets)   # "investigated in Italy"
        return sources, targets, light

    def _noun_sources(self, noun, pattern):
        found: list[ActorMention] = []
        violent = pattern.code[:2] in ("18", "19", "20")
        glued = glued_doer(noun)
        if glued is not None:
            # "died in [police] firing" parsed as "police" with the participle "firing"
            found = [m for m in self.actors(glued) if m.how not in PLACE_HOWS]
            if found:
                return found, None
        for child in noun.children:
            if child.dep_ in NP_MODIFIER_DEPS and child.i < noun.i:
                # "the Kabul bombing" is where it happened; "Moscow's demands" are Moscow's
                found.extend(m for m in self.actors(child)
                             if not (violent and child.dep_ == "compound" and m.how in PLACE_HOWS))
        found.extend(self.by_anchor.get(noun.i, ()))
        if found:
            return found, None
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and (child.lower_ == "by" or (
                    child.lower_ == "of" and "of" not in pattern.targets)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.actors(pobj, inside=False) or self._inside(pobj, preps=False))
        if found:
            return found, None
        # the light verb that governs the noun: "Russia launched an attack", "refused to back
        # down on demands"; not any verb: "Russia condemned the attack" is not Russia's attack
        tok = noun
        for _ in range(4):
            if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in LIGHT_VERBS | OWNING_PREP_VERBS:
                # "an attack was launched by Russia", "firing was resorted to by the police"
                return self.subject(tok.head), tok.head if _light(tok.head) else None
            if tok.dep_ in ("dobj", "attr", "oprd", "npadvmod"):
                if _light(tok.head):
                    return self.subject(tok.head), tok.head
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() == CLAIM_VERB and _asserted(tok.head):
                    return self.subject(tok.head), None   # "the Taliban claimed the attack"
                return [], None
            if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ in ("prep", "agent"):
                if tok.head.lower_ in CIRCUMSTANCE_PREPS:
                    return [], None   # "pressed ahead with the pullback despite fighting": not theirs
                of = tok.head.lower_ == "of"
                claimed = self._claimant(tok.head.head, tok.head.lower_)
                if claimed is not None:
                    return claimed, None
                tok = tok.head.head
                if tok.pos_ in ("VERB", "AUX", "ADJ"):
                    owner = tok.lemma_.lower() in OWNING_PREP_VERBS
                    return (self.subject(tok), None) if owner else ([], None)
                if of and tok.lemma_.lower() in SPAN_NOUNS:
                    continue   # "launched ten days of war games": the games are the act
            break   # "put a positive spin on the talks": the talks are not theirs
        return [], None

    def _claimant(self, holder, prep: str):
        """Who claims an act as their own, for an act noun in a ``prep`` phrase on ``holder``:
        the subject of "claimed responsibility for [the bombing]", "took credit for [the
        attack]" (the phrase on the noun or on the verb); None unless the claim is asserted."""
        if prep != "for":
            return None
        if holder.lemma_.lower() in RESPONSIBILITY_NOUNS and holder.dep_ == "dobj":
            verb = holder.head
        elif any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in holder.children):
            verb = holder
        else:
            return None
        if verb.lemma_.lower() not in OWNING_CLAIM_VERBS or not _asserted(verb):
            return None
        return self.subject(verb) or None
