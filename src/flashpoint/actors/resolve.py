"""Actor resolution: text mentions in a parsed article -> CAMEO actor codes.

Evidence, strongest first: a dictionary of named people and organisations with date-bounded
codes; titles before a name ("Russian Deputy Foreign Minister Alexander Grushko" -> RUSGOV);
role nouns with a country modifier ("Russian troops" -> RUSMIL, "Russia's Interfax news
agency" -> RUSMED); capitals and seats of government; within-article coreference (``coref``).

Conventions (CAMEO 1.1b3 types): a capital or seat of government used as an actor ("Moscow",
"the Kremlin", "Washington", "Kyiv") is the government, ``<ISO3>GOV``. The Phoenix dictionaries
code "the Kremlin" and "the White House" that way but put bare capitals ("MOSCOW") under the
country code; flashpoint reads a capital in news copy as its government speaking or acting, and a
user ``.actors`` file that lists the capital overrides this. A defence ministry, defence minister
or general is ``MIL`` (Phoenix: GOVMIL); every other ministry, minister or spokesman is ``GOV``.
Organisations keep their own code when a role noun follows ("NATO officials" -> IGOWSTNAT).

Every ``ActorMention.anchor`` is the token index of the head of the noun phrase the mention
stands for, so the event coder finds actors from a verb's argument tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from flashpoint.actors.coref import PRONOUNS, ArticleMemory, resolve_group_noun, resolve_pronoun
from flashpoint.actors.dictionary import ActorDictionary, Entry, Role, split_code, token_key
from flashpoint.actors.phrases import (MOD_DEPS, NameSpan, compose, find_names, head_of,
                                       role_of_noun, title_role, title_window)
from flashpoint.types import Actor, ActorMention

log = logging.getLogger(__name__)

_HOW = {"country": "country", "demonym": "demonym", "metonym": "metonym", "igo": "igo",
        "region": "igo", "person": "dictionary", "user": "user"}
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam"})
_NOUNS = ("NOUN", "PROPN")
_DEFINITE = frozenset({"the", "this", "that"})
_SAME = Role("-", False, "head noun is itself a name")
#: Prepositions by which a name completes a role noun ("the government of Russia", "rebels in Mali").
_NP_PREPS = frozenset({"of", "in", "from", "throughout", "across"})
_FORMER = frozenset({"former", "ex", "ex-", "late", "then", "outgoing"})


def make_actor(code: str, name: str | None) -> Actor:
    """Actor for a code: country ISO-3 (None for IGOs and unknown blocks) and type blocks."""
    country, sectors = split_code(code)
    return Actor(code=code, name=name, country_iso3=country, sectors=tuple(sectors))


class ActorResolver:
    """Resolves every actor reference of a parsed article.

    Args:
        dictionary: the loaded ``ActorDictionary`` (packaged tables plus user files).
    """

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary

    @classmethod
    def from_files(cls, paths: Sequence[str | Path] = ()) -> "ActorResolver":
        """Packaged dictionaries plus user files, later files winning.

        A file named ``*.tsv`` is read in flashpoint's TSV format (``tables``), a name containing
        "agents" as a PETRARCH ``.agents`` file, anything else as a PETRARCH ``.actors`` file.

        Raises:
            ConfigError: [FP201] a dictionary file cannot be read.
        """
        from flashpoint.actors.tables import load_dictionary

        return cls(load_dictionary(paths))

    def resolve(self, doc, when: date | None) -> list[ActorMention]:
        """Every actor reference in ``doc``, sorted by token start.

        Args:
            doc: the article parsed by an English spaCy pipeline (needs POS, lemmas, dependencies,
                entities and sentence boundaries).
            when: the article's published date, which selects date-bounded codes; None = today.

        Returns:
            ``ActorMention`` list; token offsets index ``doc``, character offsets its text.
        """
        return _Pass(self.dictionary, doc, when or date.today()).run()


class _Pass:
    """One left-to-right reading of one article."""

    def __init__(self, d: ActorDictionary, doc, when: date):
        self.d, self.doc, self.when = d, doc, when
        self.memory = ArticleMemory.for_doc(doc)
        self.out: list[ActorMention] = []
        self.names = [n for n in find_names(doc, d) if not self._inside_person(n)]
        self.name_heads = {head_of(doc, n.start, n.end).i for n in self.names}
        self.persons = self._person_spans()
        self.absorbed: set[int] = set()
        self.window_names: dict[int, list[NameSpan]] = {}
        for start, _, _ in self.persons:
            lo = title_window(doc, start)
            inside = [n for n in self.names if lo <= n.start and n.end <= start and n.entry.kind != "person"]
            self.window_names[start] = inside
            self.absorbed.update(n.start for n in inside)

    def _has_own_country(self, noun) -> bool:
        """Whether a noun already has a name among its left modifiers ("Russian troops in ...")."""
        return any(c.i in self.name_heads for c in noun.children if c.i < noun.i)

    def _inside_person(self, n: NameSpan) -> bool:
        """A name that is only part of another person's name: a country or capital inside a
        longer PERSON entity ("Georgia Meloni"), or a one-word alias that is not the entity's
        last word ("Sharon" in "Sharon Stone")."""
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and ent.start <= n.start < ent.end and ent.end - ent.start > n.end - n.start:
                if n.entry.kind in ("country", "metonym"):
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

    def run(self) -> list[ActorMention]:
        doc = self.doc
        person_at = {s: (e, ent) for s, e, ent in self.persons}
        name_at = {n.start: n for n in self.names}
        i = 0
        while i < len(doc):
            if i in person_at:
                end, entry = person_at[i]
                self._person(i, end, entry)
                i = end
            elif i in name_at:
                n = name_at[i]
                if n.start not in self.absorbed:
                    self._name(n)
                i = n.end
            else:
                self._token(doc[i])
                i += 1
        seen: set[tuple[int, str, int]] = set()
        unique = []
        for m in sorted(self.out, key=lambda m: (m.start, m.end)):
            key = (m.start, m.actor.code, m.anchor)
            if key not in seen:
                seen.add(key)
                unique.append(m)
        return unique

    def _emit(self, start: int, end: int, anchor: int, actor: Actor, how: str, detail: str) -> None:
        span = self.doc[start:end]
        self.out.append(ActorMention(start, end, span.start_char, span.end_char, anchor, span.text,
                                     actor, how, detail))

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
        if entry is not None:
            code = entry.code_at(self.when)
            detail = entry.source
            if code and len(code) == 3 and role is not None:
                code, detail = compose(code, role), f"{detail}; title {role.code} ({role.source})"
            elif code and code.endswith("ELI") and role is not None and role.code != "ELI" and not any(
                    token_key(t.text) in _FORMER for t in doc[lo:start]):
                # "Russian President Boris Yeltsin" in a text dated after his term: the title wins
                code = compose(code[:3], role)
                detail = f"{detail}; out of office on {self.when}, but titled {role.code} ({role.source})"
            if code:
                actor = make_actor(code, entry.name)
                self._emit(start, end, head.i, actor, _HOW[entry.kind], detail)
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

    def _person_as_modifier(self, start, end, noun, role, entry, known) -> None:
        """"the Biden administration" -> the person's country + the noun's role, anchored at the noun."""
        actor = known[0] if known is not None else None
        if actor is None and entry is not None and entry.code_at(self.when):
            actor = make_actor(entry.code_at(self.when), entry.name)
        country = actor.country_iso3 if actor is not None else None
        if country is None:
            return
        self._emit(start, end, noun.i, make_actor(compose(country, role), actor.name), "role",
                   f"{actor.name}'s {noun.text}: {role.code} ({role.source})")

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

    def _name(self, n: NameSpan) -> None:
        doc, d = self.doc, self.d
        code0 = n.entry.code_at(self.when)
        if not code0:
            return
        head = head_of(doc, n.start, n.end)
        t = head
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        noun = None
        if n.start >= 2 and doc[n.start - 1].text == "-" and doc[n.start - 2].lower_ in ("pro", "anti"):
            return  # "a pro-Moscow movement" names an alignment, not an actor
        if t.dep_ in MOD_DEPS and t.head.i != t.i and t.head.pos_ in _NOUNS and not (n.start <= t.head.i < n.end):
            noun = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in _NP_PREPS and t.head.head.pos_ in _NOUNS \
                and t.head.head.i < t.i and not self._has_own_country(t.head.head):
            noun = t.head.head
        role = role_of_noun(doc, noun, d) if noun is not None else None
        while role is None and noun is not None and noun.dep_ in ("compound", "amod") \
                and noun.head.pos_ in _NOUNS and noun.head.i > noun.i:
            noun = noun.head  # "Zorbian sheep herders": the name modifies "sheep"
            role = role_of_noun(doc, noun, d)
        if noun is not None and noun.ent_type_ == "PERSON":
            role = None
        if role is not None and t.dep_ == "pobj" and t.head.lower_ not in ("of", "from") and (
                role.code in ("MIL", "PKO", "-") or (n.entry.kind == "metonym" and role.code != "GOV")):
            role = None  # "troops in Ukraine" need not be Ukraine's; "militias in Tripoli" not Libya's
        if role is None and noun is not None and noun.i in self.name_heads:
            role = _SAME  # "Bosnian Serbs": both names stand for the head noun
        how = _HOW[n.entry.kind]
        if role is not None:
            if role.person and noun.tag_ in ("NN", "NNP") and any(
                    c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
                country, _ = split_code(code0)
                s = self.memory.described_person(country, code0)
                if s is not None:
                    self._emit(n.start, n.end, noun.i, s.actor, "coreference",
                               f"'{doc[noun.left_edge.i:noun.i + 1].text}' = {s.name}")
                    self.memory.note(doc[n.start], s.actor, True, noun, s.name)
                    return
            code = compose(code0, role)
            anchor = noun
            detail = f"{n.entry.source}; role '{noun.text}' {role.code} ({role.source})"
        else:
            code, anchor, detail = code0, head, n.entry.source
            if len(code0) == 3 and head.pos_ == "PROPN" and noun is None:
                trole = title_role(doc, title_window(doc, n.start), n.start, d)
                if trole is not None:
                    code, detail = compose(code0, trole), f"{detail}; title {trole.code} ({trole.source})"
        actor = make_actor(code, n.entry.name)
        self._emit(n.start, n.end, anchor.i, actor, how, detail)
        if anchor.pos_ in _NOUNS:
            self.memory.note(doc[n.start], actor, n.entry.kind == "person", anchor, n.entry.name)

    def _token(self, tok) -> None:
        low = tok.lower_
        if low in PRONOUNS:
            self._pronoun(tok)
        elif tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.is_alpha):
            known = self.memory.person_by_surname(tok.text)
            if known is not None:
                actor, full = known
                if actor is not None:
                    self._emit(tok.i, tok.i + 1, tok.i, actor, "coreference", f"same person as {full}")
                self.memory.note(tok, actor, True, tok, full)
        if tok.pos_ == "NOUN":
            self._group_noun(tok)

    def _pronoun(self, tok) -> None:
        for actor, detail in resolve_pronoun(self.memory, tok):
            if actor is not None:
                self._emit(tok.i, tok.i + 1, tok.i, actor, "coreference", detail)

    def _group_noun(self, tok) -> None:
        for actor, detail in resolve_group_noun(self.memory, tok):
            self._emit(tok.i, tok.i + 1, tok.i, actor, "coreference", detail)
