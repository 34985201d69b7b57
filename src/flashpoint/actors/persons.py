"""Person names: dictionary people and PERSON entities, with their titles and appositions.

Rules (``PersonRules``, mixed into the resolver's article pass):

- a packaged person is coded by the office held on the article's date; outside every dated
  office by ``<nationality>ELI`` (``Entry.code_at``), or, with a title in the text
  ("President Bush" in a text of 2000), by the nationality and the title's type code; a
  political title beats the dictionary's military role on that date ("President Michel
  Suleiman" on a date the dictionary still has him as army chief);
- a title naming an international organisation beats the person's own code: "U.N. mediator
  Diego Cordovez" -> IGOUNO, "NATO Secretary General X" -> IGOWSTNAT, "EU foreign policy chief
  X" -> IGOEUREEC ("former" keeps the person's code);
- an unknown person is coded from a title with a country ("Ukrainian Defence Minister X") or an
  appositive ("X, France's interior minister");
- a person modifying a role noun gives the noun his country ("the Biden administration").
"""

from __future__ import annotations

from flashpoint.actors.dictionary import Entry, split_code, token_key
from flashpoint.actors.phrases import (MOD_DEPS, NameSpan, compose, head_of, role_of_noun, title_role,
                                       title_window)
from flashpoint.types import Actor

#: ``ActorMention.how`` for each dictionary entry kind.
HOW_BY_KIND = {"country": "country", "demonym": "demonym", "metonym": "metonym", "igo": "igo",
               "region": "igo", "person": "dictionary", "user": "user", "place": "place", "ethnic": "ethnic"}
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam"})
#: Words before a title or role that mean the office is no longer held.
FORMER_WORDS = frozenset({"former", "ex", "ex-", "late", "then", "outgoing"})
#: Title words too generic to say which office a person holds ("leader", "official").
_GENERIC_TITLES = frozenset({"leader", "leaders", "official", "officials", "spokesman", "spokeswoman",
                             "aide", "adviser", "advisor", "envoy", "representative", "head", "chief"})


def make_actor(code: str, name: str | None) -> Actor:
    """Actor for a code: country ISO-3 (None for IGOs and unknown blocks) and type blocks."""
    country, sectors = split_code(code)
    return Actor(code=code, name=name, country_iso3=country, sectors=tuple(sectors))


class PersonRules:
    """Person handling of the article pass; the host class provides ``doc``, ``d``, ``when``,
    ``names``, ``memory``, ``window_names``, ``_emit`` and ``_name``."""

    def _inside_person(self, n: NameSpan) -> bool:
        """A name that is only part of another person's name: a country or capital inside a
        longer PERSON entity ("Georgia Meloni"), or a one-word alias that is not the entity's
        last word ("Sharon" in "Sharon Stone")."""
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and ent.start <= n.start < ent.end and ent.end - ent.start > n.end - n.start:
                if n.entry.kind in ("country", "metonym", "place", "ethnic"):
                    return True
                return n.end - n.start == 1 and n.end < ent.end and n.entry.kind in ("person", "user")
        return False

    def _person_spans(self) -> list[tuple[int, int, Entry | None]]:
        """(start, end, entry or None) of person names: dictionary people, PERSON entities."""
        covered = {i for n in self.names for i in range(n.start, n.end)}
        ents = [e for e in self.doc.ents if e.label_ == "PERSON"]
        out = []
        for n in self.names:
            if n.entry.kind == "person" or (n.entry.kind == "user" and any(
                    e.start <= n.start < e.end for e in ents)
                    and len(n.entry.code_at(self.when) or "") != 3  # a bare country code: a country
                    and head_of(self.doc, n.start, n.end).pos_ == "PROPN"):
                out.append((n.start, n.end, n.entry))
        for e in ents:
            if any(i in covered for i in range(e.start, e.end)):
                continue
            start = e.start
            while start < e.end - 1 and (token_key(self.doc[start].text) in _HONORIFICS or
                                         (token_key(self.doc[start].text),) in self.d.roles):
                start += 1
            out.append((start, e.end, None))
        return sorted(out)

    def _person(self, start: int, end: int, entry: Entry | None) -> None:
        doc, d = self.doc, self.d
        head = head_of(doc, start, end)
        text = doc[start:end].text
        known = self.memory.person_by_surname(text) or self.memory.person_by_surname(doc[end - 1].text)
        lo = title_window(doc, start)
        role = title_role(doc, lo, start, d)
        if head.dep_ in MOD_DEPS and head.head.i >= end and head.head.pos_ == "NOUN":
            noun_role = role_of_noun(doc, head.head, d)
            if noun_role is not None and not noun_role.person and (
                    head.dep_ == "compound" or noun_role.code == "GOV"):  # not "in Putin's court"
                self._person_as_modifier(start, end, head.head, noun_role, entry, known)
                return
        if known is not None and (entry is None or end - start == 1):
            actor, full = known
            if actor is not None:
                self._emit(start, end, head.i, actor, "coreference", f"same person as {full}")
            self.memory.note(doc[start], actor, True, head, full)
            return
        actor: Actor | None = None
        if entry is not None and not entry.code_at(self.when):
            entry = None  # out of office on this date: only a title in the text can code him
        igo = self._igo_title(start, lo, role)
        if entry is not None:
            code = entry.code_at(self.when)
            detail = entry.source
            if igo is not None:
                # "U.N. mediator Diego Cordovez": the title's organisation beats the person's code
                code = igo.entry.code_at(self.when)
                detail = f"{detail}; titled by {igo.entry.name} ({igo.entry.source})"
            elif code and len(code) == 3 and role is not None:
                code, detail = compose(code, role), f"{detail}; title {role.code} ({role.source})"
            elif code and code.endswith("ELI") and role is not None and role.code != "ELI" and not any(
                    token_key(t.text) in FORMER_WORDS for t in doc[lo:start]):
                # "Russian President Boris Yeltsin" in a text dated after his term: the title wins
                code = compose(code[:3], role)
                detail = f"{detail}; out of office on {self.when}, but titled {role.code} ({role.source})"
            elif code and code[3:] == "MIL" and role is not None and role.code == "GOV" and role.person and not any(
                    token_key(t.text) in FORMER_WORDS | _GENERIC_TITLES for t in doc[lo:start]):
                # "President Michel Suleiman" where the dictionary has him still army chief on this
                # date: the office the text gives him is the better evidence of when it was written
                code = compose(code[:3], role)
                detail = f"{detail}; titled {role.code} ({role.source}) over the dictionary's MIL"
            for part in (code or "").split("/"):  # "[USA/CAN]": one mention per actor
                if part:
                    actor = make_actor(part, entry.name)
                    self._emit(start, end, head.i, actor, HOW_BY_KIND[entry.kind], detail)
            full = entry.name
        else:
            full = text
            country = next((n for n in self.window_names.get(start, ()) if n.entry.code_at(self.when)), None)
            appos_role, appos_country = self._apposition(head)
            if role is None or country is None:
                role, country = appos_role or role, appos_country or country
            if role is not None and country is not None:
                code = compose(country.entry.code_at(self.when), role)
                actor = make_actor(code, full)
                self._emit(start, end, head.i, actor, "title",
                           f"{country.entry.name} ({country.entry.source}) + {role.code} ({role.source})")
        if actor is None:
            for n in self.window_names.get(start, ()):
                self._name(n)  # "Iraq's Al-Qaeda frontman X": the names still count
        self.memory.remember_person(full, actor)
        self.memory.remember_person(text, actor)
        self.memory.note(doc[start], actor, True, head, full)

    def _igo_title(self, start: int, lo: int, role) -> NameSpan | None:
        """The IGO named in a title just before a person ("NATO Secretary General", "EU foreign
        policy chief"): an IGO name in the title window followed by a role word, not "former"."""
        if role is None or any(token_key(t.text) in FORMER_WORDS for t in self.doc[lo:start]):
            return None
        for n in reversed(self.window_names.get(start, ())):
            if n.entry.kind == "igo" and n.entry.code_at(self.when) and title_role(
                    self.doc, n.end, start, self.d) is not None:
                return n
        return None

    def _person_as_modifier(self, start, end, noun, role, entry, known) -> None:
        """"the Biden administration" -> the person's country + the noun's role, anchored at the noun."""
        actor = known[0] if known is not None else None
        if actor is None and entry is not None and entry.code_at(self.when):
            actor = make_actor(entry.code_at(self.when), entry.name)
        country = actor.country_iso3 if actor is not None else None
        if country is None:
            return
        group = make_actor(compose(country, role), actor.name)
        self._emit(start, end, noun.i, group, "role", f"{actor.name}'s {noun.text}: {role.code} ({role.source})")
        # the administration, not the person, is what a later "it" refers to
        self.memory.note(self.doc[start], group, False, noun, f"the {actor.name} {noun.text}")

    def _apposition(self, head):
        """(role, country NameSpan) from an appositive ("X, Russia's deputy foreign minister")."""
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
        for noun in nouns:
            role = role_of_noun(self.doc, noun, self.d)
            if role is None:
                continue
            lo, hi = noun.left_edge.i, noun.right_edge.i + 1
            country = next((n for n in self.names if lo <= n.start < hi and n.entry.kind != "person"
                            and n.entry.code_at(self.when)), None)
            if country is not None:
                return role, country
        return None, None
