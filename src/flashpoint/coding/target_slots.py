"""Target actors of a coded act: the pattern's target slots, the nearest named actor of the
act's own clause, and the likely targets inside a reported clause.

A mixin of :class:`flashpoint.coding.arguments.ArgumentFinder`: its methods use the finder's
``doc``, ``by_anchor``, ``event_tokens`` and ``actors``.
"""

from __future__ import annotations

from flashpoint.coding.argument_words import (
    ACCESS_ROOT, ALLY_PHRASES, _as_area, CLAUSE_TARGET_PREPS, LOCATIVE_PREPS, NP_PREPS, _OWN_PEOPLE,
    _OWN_POSSESSIVES, participle_noun, passive_participle, role_only, self_directed, TOPIC_NAME_HEADS,
    TOPIC_PREPS,
)
from flashpoint.coding.conventions import is_region
from flashpoint.coding.governors import AREA_CODES, ORDER
from flashpoint.coding.verbs import copular_passive_subjects, Match, raised_objects, shared_passive_subjects
from flashpoint.types import ActorMention

#: Target slots that are no preposition word.
_CLAUSE_SLOTS = frozenset({"dobj", "dative", "ccomp-subj", "xcomp-obj", "between", "giver"})


class TargetSlots:
    """Target-finding methods of the argument finder."""

    def clause_actor(self, verb, exclude, meeting: bool = False) -> list[ActorMention]:
        """The named actor nearest to ``verb`` in its own clause, outside its subject and
        nested clauses; countries and organisations only (not role-only groups). A place after
        "in", "at" or "near" is where the act happened, never its target; for a meeting
        (``meeting``, roots 04) neither is a country named there ("a summit in Switzerland")."""
        skip: set[int] = set()
        for i in self.event_tokens:
            if i != verb.i:   # "condemned the attack on Ukraine": Ukraine is the attack's target
                skip.update(t.i for t in self.doc[i].subtree)
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "ccomp", "advcl", "parataxis", "relcl",
                              "conj", "mark", "punct"):
                skip.update(t.i for t in child.subtree)
        for tok in verb.subtree:
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                continue
            if self._ally_phrase(tok) or (meeting and tok.head.lower_ in TOPIC_PREPS):
                # "in support of the government": an ally; "met over the Iraq crisis": a topic
                skip.update(t.i for t in tok.subtree)
            elif tok.head.lower_ in TOPIC_PREPS:
                # "clashed over the Iraq crisis" names no party; "clashed over X's efforts" does
                skip.update(c.i for c in tok.children if c.dep_ in ("compound", "amod"))
        for tok in verb.subtree:
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in TOPIC_NAME_HEADS and tok.head.i != verb.i and not any(
                    t.text in ("-", "–") for t in tok.doc[tok.head.left_edge.i:tok.head.i]):
                skip.update(t.i for t in tok.subtree)   # "an inquiry into the Iraq war" names no party
        best: list[ActorMention] = []
        best_distance = None
        for tok in verb.subtree:
            if tok.i in skip or tok.i == verb.i:
                continue
            where = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
            for m in self.by_anchor.get(tok.i, ()):
                if role_only(m) or m.actor.code in exclude or is_region(m) or (where and (meeting or m.how == "place")):
                    continue   # "its Gulf war with Iraq", "held talks in Moscow": where, not whom
                if m.actor.country_iso3 in {x[:3] for x in exclude}:
                    continue
                distance = abs(tok.i - verb.i)
                if best_distance is None or distance < best_distance:
                    best, best_distance = [m], distance
        return best

    def clause_targets(self, verb) -> list[ActorMention]:
        """Likely targets inside a clause: its subject when it differs from the main one
        ("demanded that Israel ease..."), its object, then its to/with/against/on/at/into
        phrases, each looked into as a noun phrase."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
                found = self.actors(child)
                if found:
                    return found
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                found = self.actors(child)
                if found:
                    return found
        for word in CLAUSE_TARGET_PREPS:
            found = self._pobj_actors(verb, word)
            if found:
                return found
        for child in verb.children:
            if child.dep_ == "dobj":
                for word in CLAUSE_TARGET_PREPS:
                    found = self._pobj_actors(child, word)
                    if found:
                        return found
        return []

    def _ally_phrase(self, pobj) -> bool:
        """True when ``pobj`` is the noun of a phrase naming an ally ("in support of X", "on
        behalf of X", "in coordination with X"; :data:`ALLY_PHRASES`), not an actor itself
        ("appealed to the Arab League")."""
        words = ALLY_PHRASES.get(pobj.lemma_.lower())
        if words is None or pobj.pos_ == "PROPN" or pobj.i in self.by_anchor or pobj.head.lower_ != words[0]:
            return False
        return any(c.dep_ == "prep" and c.lower_ == words[1] for c in pobj.children)

    def _pobj_actors(self, tok, word: str) -> list[ActorMention]:
        """Actors of the objects of ``tok``'s ``word`` phrases; an ally named "in support of",
        "on behalf of" or "in cooperation with" is no target."""
        out: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == word:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not self._ally_phrase(pobj):
                        out.extend(self.actors(pobj))
        return out

    def _phrase_actors(self, tok, word: str) -> list[ActorMention]:
        """Actors named in the with/of/... phrases of the objects of ``tok``'s ``word`` phrases,
        not in their modifiers ("on its border [with Austria]")."""
        out: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == word:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for inner in pobj.children:
                        if inner.dep_ == "prep" and inner.lower_ in NP_PREPS:
                            out.extend(m for o in inner.children if o.dep_ == "pobj"
                                       for m in self.actors(o, inside=False))
        return out

    def targets(self, trig, pattern, match: Match, exclude: frozenset = frozenset()) -> list[ActorMention]:
        """Target actors from the pattern's slots, in slot order: the first slot that yields
        an actor whose code is not in ``exclude`` (the source's own codes)."""
        holders = [trig, *(self.doc[i] for i in match.consumed)]
        fallback: list[ActorMention] = []   # role-only actors ("a delegation"), if nothing better
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children)
        for slot in pattern.targets:
            found: list[ActorMention] = []
            if slot == "dobj":
                if passive_participle(trig):
                    found.extend(self.actors(participle_noun(trig)))
                for subj in shared_passive_subjects(trig) + copular_passive_subjects(trig):
                    # "... and were released by the army"; "the protesters were lathi-charged"
                    found.extend(self.actors(subj))
                for child in trig.children:
                    if child.dep_ == "dobj" and pattern.code.startswith("01") and child.lemma_.lower() in _OWN_PEOPLE \
                            and any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in child.children):
                        # "warned their citizens about X": told to one's own people, about X
                        # (the parser often hangs "about X" on the people)
                        found.extend(m for w in pattern.targets if w not in ("dobj", "dative")
                                     for m in self._pobj_actors(child, w))
                        continue
                    if child.dep_ == "dobj" or (passive and child.dep_ == "nsubjpass"):
                        found.extend(self.actors(child))
                for raised in raised_objects(trig):   # "allowed [the inspectors] to visit"
                    found.extend(self.actors(raised))
                    if pattern.code.startswith(ACCESS_ROOT) and not found:
                        # "allowed the aid convoy to enter Gaza": access is granted to a place
                        found.extend(self._destination(raised.head))
            elif slot == "dative":
                for child in trig.children:
                    if child.dep_ == "dative":
                        found.extend(self.actors(child) or self._pobj_actors(child, child.lower_))
                found.extend(self._pobj_actors(trig, "to"))
            elif slot == "ccomp-subj":
                for child in trig.children:
                    if child.dep_ in ("ccomp", "acl", "xcomp", "advcl"):
                        for sub in child.children:
                            if sub.dep_ in ("nsubj", "nsubjpass"):
                                found.extend(self.actors(sub))
            elif slot == "xcomp-obj":
                for child in trig.children:
                    if child.dep_ == "xcomp":
                        for sub in child.children:
                            if sub.dep_ == "dobj":
                                found.extend(self.actors(sub))
            elif slot != "between":
                for holder in holders:
                    found.extend(self._pobj_actors(holder, slot))
            if pattern.code.startswith(AREA_CODES):
                found = [_as_area(m) for m in found]
            own = bool(found)
            found = [m for m in found if m.actor.code not in exclude or (
                self_directed(m) and int(pattern.code[:2]) >= 14 and m.anchor not in match.consumed)]
            if own and not found and slot not in _CLAUSE_SLOTS:
                # "controls on its border with Austria": the phrase's owner is the source itself,
                # the other party is named in its own with/of phrase
                found = [m for holder in holders for m in self._phrase_actors(holder, slot)
                         if m.actor.code not in exclude]
            named = [m for m in found if not role_only(m)]
            if named:
                return named
            fallback = fallback or found
        return fallback

    def _destination(self, verb) -> list[ActorMention]:
        """Actors of the place a verb of entering or reaching goes to: its object ("enter
        Gaza") or its "into"/"to"/"in" phrase ("deploy in Darfur")."""
        found = [m for c in verb.children if c.dep_ == "dobj" for m in self.actors(c)]
        for prep in ("into", "to", "in"):
            found = found or self._pobj_actors(verb, prep)
        return found

    def _governed_targets(self, gov, trig, pattern, match: Match) -> list[ActorMention]:
        """Targets of a governed act: the governor's object ("urged NATO to withdraw"), the
        embedded clause's subject ("demanded that NATO withdraw"), else the act's own. An
        order's object executes it ("ordered the police to detain the leaders"): the act's
        own targets come first there."""
        if gov.lemma_.lower() in ORDER and pattern.code[:2] in ("16", "17"):
            own = self.targets(trig, pattern, Match(pattern, trig.i, ()))
            if own:
                return own
        for child in gov.children:
            if child.dep_ in ("dobj", "dative"):
                found = self.actors(child)
                if found:
                    return found
        doers = {m.actor.code for m in self.subject(gov)}
        for child in trig.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                # "warned that it would attack Ukraine": the governor's own doer is no target
                found = [m for m in self.actors(child) if m.actor.code not in doers]
                if found:
                    return found
        # then the act's own slots, and those of its consumed object ("ruled out lifting the
        # sanctions on Iran")
        return self.targets(trig, pattern, Match(pattern, trig.i, ())) or self.targets(trig, pattern, match)

    def _between(self, noun):
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                groups = [self.actors(t, conj=False) for t in sorted([pobj, *pobj.conjuncts], key=lambda t: t.i)]
                groups = [g for g in groups if g]
                if len(groups) >= 2:
                    return [m for g in groups[:-1] for m in g], groups[-1]
        return None
