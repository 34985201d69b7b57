"""Places as parties to an act: the country where an act on a place happened ("imposed a
curfew in Kashmir"), the place mourned, a shared border, the doers named on an attack noun,
and the state whose unnamed investigators acted where the investigation took place.

A mixin of :class:`flashpoint.coding.arguments.ArgumentFinder`: its methods use the finder's
``doc``, ``by_anchor`` and ``actors``.
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.coding.argument_words import (
    BORDER_LEMMAS, MOURNED_PREPS, NP_MODIFIER_DEPS, PLACE_HOWS, PLACE_PREPS,
)
from flashpoint.coding.agentless import agentless_passive
from flashpoint.coding.governors import AREA_CODES
from flashpoint.coding.unclaimed import WITH_PARTY_NOUNS
from flashpoint.coding.verbs import Match, glued_doer
from flashpoint.types import Actor, ActorMention


#: CAMEO root of investigations: with no investigator named, the state where one is opened.
INVESTIGATE_ROOT = "09"


class ActPlaces:
    """Place-reading methods of the argument finder."""

    def investigating_state(self, code: str, trig, match: Match, targets) -> list[ActorMention]:
        """For an investigation told in the passive with no investigator, the country where it
        takes place, as a country-only doer ("a Briton was put under investigation in Greece"
        -> GRC); [] for other acts, a named agent, no place, or the target's own country."""
        if not code.startswith(INVESTIGATE_ROOT) or not agentless_passive(trig):
            return []
        return self.place_country(trig, match, {t.actor.country_iso3 for t in targets})

    def mourned_place(self, trig, match: Match) -> list[ActorMention]:
        """For sympathy with no one named, the country where the mourned event happened:
        "expressed sorrow for the shootings in Texas" -> USA, "for the victims of the attack
        in Nice" -> FRA (the victims' country, even the speaker's own)."""
        holders = [trig, *(self.doc[i] for i in match.consumed)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in MOURNED_PREPS:
                    continue
                todo = [c for c in prep.children if c.dep_ == "pobj"]
                for _ in range(3):   # "the victims of the attack in Nice"
                    if not todo:
                        break
                    noun = todo.pop(0)
                    found = self.place_country(noun, Match(match.pattern, noun.i, ()), set())
                    if found:
                        return found
                    todo += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"]
        return []

    def place_country(self, trig, match: Match, exclude: set) -> list[ActorMention]:
        """The country named as the place of the act ("in Israel", "in Kabul"), as a
        country-only actor, unless that country is itself the source (``exclude`` holds the
        source codes: a government's curfew in its own country targets the country). For an
        act on an area, a participle on its object names the place too ("shortened the curfew
        imposed in Sudan")."""
        holders = [trig, *(self.doc[i] for i in match.consumed)]
        if match.pattern.code.startswith(AREA_CODES):
            holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        # an object that is no actor names the place on itself: "fired shells at targets in
        # Jericho", unless its own participle names whose it is ("targets held by the rebels")
        for o in self._objects(holders):
            if not self.actors(o, inside=False):
                owners = self._instrument_doers(o)
                if owners:
                    return owners
                holders.append(o)
        for holder in holders:
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = self.actors(pobj)
                    for m in found:
                        iso = m.actor.country_iso3
                        if iso and iso not in exclude and (m.actor.code == iso or m.how in ("metonym", "capital", "city", "place")):
                            return [replace(m, actor=Actor(iso, m.actor.name if m.actor.code == iso else None, iso), how="place")]
        return []

    @staticmethod
    def _objects(holders) -> list:
        """Direct objects of ``holders`` and objects of their "at"/"on"/"against" phrases."""
        out = []
        for h in holders:
            for c in h.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("at", "on", "against"):
                    out.extend(p for p in c.children if p.dep_ == "pobj")
        return out

    def cause_doers(self, noun) -> list[ActorMention]:
        """Actors named on an attack noun itself: its modifiers and possessor ("an [Israeli]
        air strike", "[police] firing", "the [army]'s shelling") or its "by" phrase, or the
        "with" party of an encounter or a clash (``unclaimed.WITH_PARTY_NOUNS``); [] when it names none.
        A place before the noun names where it happened, not who did it ("the Kabul
        bombing")."""
        glued = glued_doer(noun)
        if glued is not None:   # "[police] firing" parsed as a participle on "police"
            return [m for m in self.actors(glued) if m.how not in PLACE_HOWS]
        if noun.dep_ == "acl":
            return [m for m in self.actors(noun.head) if m.how not in PLACE_HOWS]
        found = [m for c in noun.children if c.dep_ in NP_MODIFIER_DEPS and c.i < noun.i for m in self.actors(c)
                 if m.how not in PLACE_HOWS]   # "the Kabul bombing" names where, not who
        found.extend(self.by_anchor.get(noun.i, ()))
        for child in noun.children:
            if not found and child.dep_ in ("prep", "agent") and child.lower_ == "by":
                found.extend(m for p in child.children if p.dep_ == "pobj" for m in self.actors(p))
        if not found:
            found = self._instrument_doers(noun)   # "a bomb planted by militants": the planters
        if not found and noun.lemma_.lower() in WITH_PARTY_NOUNS:
            # "killed in an encounter with the police", "in a clash with the police": the
            # other side of the shootout or clash did it
            found = [m for m in self._pobj_actors(noun, "with") if m.how not in PLACE_HOWS]
        return found

    def border_country(self, trig, exclude: set) -> list[ActorMention]:
        """The country whose border an act happens at: named in the clause ("at the border
        with Ukraine", "Ukraine's border"), else the one border country the article names
        (countries in ``exclude``, the source's own, left out)."""
        local = [m for m in self._border_mentions(t for t in trig.subtree) if m.actor.country_iso3 not in exclude]
        if local:
            return local
        if self._border is None:
            self._border = self._border_mentions(self.doc)
        found = [m for m in self._border if m.actor.country_iso3 not in exclude]
        return found[:1] if len({m.actor.country_iso3 for m in found}) == 1 else []

    def _border_mentions(self, tokens) -> list[ActorMention]:
        out: list[ActorMention] = []
        for tok in tokens:
            if tok.lemma_.lower() not in BORDER_LEMMAS:
                continue
            for child in tok.children:
                if child.dep_ in ("poss", "amod", "compound", "nmod"):
                    out.extend(m for m in self.by_anchor.get(child.i, ()) if m.actor.country_iso3)
            for word in ("with", "of"):
                out.extend(m for m in self._pobj_actors(tok, word) if m.actor.country_iso3)
        return out
