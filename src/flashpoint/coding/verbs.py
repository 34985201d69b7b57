"""The CAMEO verb and noun pattern dictionary (``data/cameo_verbs.tsv``) and its matcher.

The file format is documented in the file's own header. Each pattern names a trigger (a verb
or noun lemma), constraints on the trigger's dependents, and the slots where the target actor
is looked for. The most specific matching pattern wins (most constraints; ties go to the
earlier line).
"""

from __future__ import annotations

import functools
import logging
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from flashpoint.errors import ConfigError

log = logging.getLogger(__name__)

VERB_POS = frozenset({"VERB", "AUX"})
#: A constraint's lemma list that accepts any dependent of its kind: "dobj:*" needs an object.
ANY_LEMMA = "*"
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Joins a modifier to a head in a constraint's lemma ("military+equipment"): the dependent's
#: lemma must be the head and carry that compound or adjective modifier.
MODIFIED = "+"
#: Nouns of a container, a consignment, a store or a discharge: as an object with an "of"
#: phrase, what they hold is the object ("received a shipment of weapons", "found a cache of
#: ammunition", "fired a barrage of rockets"; not "a tank of gas").
CONTAINER_NOUNS = frozenset({
    "shipment", "consignment", "batch", "load", "cargo", "truckload", "shipload", "planeload", "tank", "tanker",
    "barrel", "container", "crate", "drum", "tonne", "ton", "quantity", "amount", "barrage", "salvo", "volley",
    "hail", "cache", "stash", "stockpile", "haul",
    # counts and groups of people: "holding thousands of civilians", "beat a group of students"
    "thousand", "hundred", "dozen", "score", "million", "group", "number", "handful", "couple",
})
#: Verbs of a clause that says what a store holds: "a cache containing [rifles]".
HOLDING_VERBS = frozenset({"contain", "hold", "carry", "house"})
#: Containers whose holding clause names what they hold (not groups of people: "a group holding
#: hostages" is the group).
STORE_NOUNS = frozenset({
    "shipment", "consignment", "batch", "load", "cargo", "truckload", "container", "crate", "drum", "cache",
    "stash", "stockpile", "haul",
})


@dataclass(frozen=True, slots=True)
class Constraint:
    """One dependent the trigger must have: ``dep`` label and allowed lemmas.

    For ``dep == "prep"`` the allowed lemmas are the preposition words themselves, and
    ``objects`` (when not empty) the lemmas allowed for the preposition's object
    (``prep:of:crime`` in "accused X of war crimes").
    """

    dep: str
    lemmas: frozenset[str]
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Pattern:
    """One line of the pattern dictionary."""

    code: str
    id: str
    pos: str                          # "V" or "N"
    lemma: str
    constraints: tuple[Constraint, ...]
    targets: tuple[str, ...]
    line: int

    @property
    def rule(self) -> str:
        return f"cameo:{self.id}"


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched at a trigger token; ``consumed`` are the token indices its
    constraints matched (not coded again on their own)."""

    pattern: Pattern
    trigger: int
    consumed: tuple[int, ...]


def parse_patterns(lines, origin: str = "<patterns>") -> list[Pattern]:
    """Parse pattern lines (the TSV format of ``data/cameo_verbs.tsv``).

    Raises:
        ConfigError: [FP302] a malformed line, naming ``origin`` and the line number.
    """
    out: list[Pattern] = []
    seen: set[str] = set()
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            raise ConfigError(f"[FP302] {origin}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        code, pid, trigger, requires, target = (c.strip() for c in cols[:5])
        pos, _, lemma = trigger.partition(":")
        if pos not in ("V", "N") or not lemma or not code.isdigit():
            raise ConfigError(f"[FP302] {origin}:{n}: bad code or trigger {code!r} {trigger!r}")
        if pid in seen:
            raise ConfigError(f"[FP302] {origin}:{n}: duplicate pattern id {pid!r}")
        seen.add(pid)
        constraints = []
        for item in requires.split():
            if item == "-":
                continue
            dep, _, words = item.partition(":")
            if not dep or not words:
                raise ConfigError(f"[FP302] {origin}:{n}: bad constraint {item!r}")
            objects = frozenset()
            if dep == "prep" and ":" in words:
                words, _, objs = words.partition(":")
                if not words or not objs or "|" in words:
                    raise ConfigError(f"[FP302] {origin}:{n}: bad constraint {item!r}")
                objects = frozenset(o.lower() for o in objs.split("|"))
            constraints.append(Constraint(dep, frozenset(w.lower() for w in words.split("|")), objects))
        targets = tuple(t for t in target.split() if t != "-")
        out.append(Pattern(code, pid, pos, lemma.lower(), tuple(constraints), targets, n))
    return out


class PatternDictionary:
    """Patterns indexed by (POS, lemma) for constant-time lookup per token."""

    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns
        self._index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for p in patterns:
            self._index[(p.pos, p.lemma)].append(p)
        for plist in self._index.values():
            plist.sort(key=lambda p: (-len(p.constraints), p.line))

    @classmethod
    def load(cls, path: str | Path | None = None) -> "PatternDictionary":
        """Load the packaged dictionary, or the file at ``path``."""
        if path is None:
            text = resources.files("flashpoint.data").joinpath("cameo_verbs.tsv").read_text("utf-8")
            return cls(parse_patterns(text.splitlines(), "cameo_verbs.tsv"))
        p = Path(path)
        return cls(parse_patterns(p.read_text("utf-8").splitlines(), str(p)))

    def codes(self) -> set[str]:
        return {p.code for p in self.patterns}

    def match(self, tok) -> Match | None:
        """Best pattern for spaCy token ``tok``, or None."""
        if tok.pos_ in VERB_POS:
            pos = "V"
            nominal = self._index.get(("N", tok.lower_))
            if nominal and (_nominal_gerund(tok) or (
                    glued_doer(tok) is not None and any(p.code[:2] in VIOLENT_GERUND_ROOTS for p in nominal))):
                pos = "N"   # "killed in police firing", "resorted to firing", "condemned the police firing"
        elif tok.pos_ in NOUN_POS:
            pos = "N"
        else:
            return None
        if pos == "N" and tok.pos_ in VERB_POS:
            cands = self._index.get(("N", tok.lower_))
        else:
            cands = self._index.get((pos, tok.lemma_.lower())) or self._index.get((pos, tok.lower_))
        prefix = _hyphen_prefix(tok)
        if prefix:   # "lathi-charged" is the dictionary's "lathicharge", "tear-gassed" its "teargas"
            cands = self._index.get((pos, prefix + tok.lemma_.lower())) or cands
        if not cands:
            return None
        for raised in (False, True):   # an object the parser left in place beats a raised one
            for pattern in cands:
                consumed = _satisfy(pattern, tok, raised)
                if consumed is not None:
                    return Match(pattern, tok.i, consumed)
        return None


#: Shortest first part of a hyphenated compound verb or noun looked up as one word.
MIN_PREFIX = 4


def _hyphen_prefix(tok) -> str:
    """The word glued to ``tok`` by a hyphen before it ("lathi" in "lathi-charged"), lower
    case; "" when there is none or it is too short to be a word of its own (a word broken at
    a line end, "ar-rests", is left as the page has it)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return ""
    prefix = doc[tok.i - 2]
    return prefix.lower_ if prefix.is_alpha and len(prefix) >= MIN_PREFIX else ""


def _nominal_gerund(tok) -> bool:
    """An -ing form the parser tagged as a verb but used as a noun: it fills a noun's slot
    and has no object of its own ("killed in police [firing]", not "by [shelling] the city").
    A participle glued to the noun just before it counts too when that noun fills a
    preposition's slot: "died in police [firing]" is often parsed as "police" with a
    participle "firing" on it."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("dobj", "nsubj") for c in tok.children):
        return False
    if tok.dep_ == "acl":
        head = tok.head
        return head.i == tok.i - 1 and head.pos_ in NOUN_POS and head.dep_ == "pobj"
    return tok.dep_ in ("pobj", "pcomp", "dobj", "nsubj", "nsubjpass")


#: CAMEO roots of the act nouns an -ing form may be read as when a noun is glued before it
#: (:func:`glued_doer`): assault, fight, mass violence ("police firing", "army shelling").
VIOLENT_GERUND_ROOTS = frozenset({"18", "19", "20"})
#: Dependencies of a noun filling a noun's slot, which a glued -ing form shares.
NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "pcomp", "attr", "appos", "conj", "ROOT"})


def glued_doer(tok):
    """The noun just before an -ing form that the parser took for a verb while the two make
    one noun phrase, the noun naming who acted; None when there is none. Three parses count:
    the noun as the head of a participle "firing" that fills a slot of its own ("[police]
    firing claimed two lives", "died in [police] firing"); the noun as a preposition's object
    with the participle hung on another word ("100 in [police] firing"); and the noun, with its
    article, as the subject of the -ing form that itself fills a noun's slot ("condemned the
    [police] firing", "describing the [police] firing as uncalled for"). An -ing form with an
    object of its own is a verb ("police firing shots at the crowd"), and so is one whose
    subject has no article ("said police firing had stopped" may be a clause)."""
    if tok.tag_ != "VBG" or tok.i == 0 or any(c.dep_ == "dobj" for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in NOUN_POS:
        return None
    if tok.dep_ == "acl" and (prev.i == tok.head.i and prev.dep_ in NOUN_SLOTS or prev.dep_ == "pobj"):
        return None if any(c.dep_ == "nsubj" for c in tok.children) else prev
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if subjects == [prev] and tok.dep_ in NOUN_SLOTS - {"ROOT", "conj"} and any(
            c.dep_ in ("det", "poss") and c.i < prev.i for c in prev.children):
        return prev
    return None


#: Joins a dependency to a preposition in a path constraint: "dobj>on" is the object of an
#: "on" phrase on the trigger's object ("imposed a ban on [the party]").
PATH = ">"


def _dependents(tok, dep: str, raised: bool = False):
    """Dependents of ``tok`` filling role ``dep`` (passive subject counts as dobj;
    coordinated dependents count too; with ``raised``, so does the object the parser made the
    subject of an infinitive: :func:`raised_objects`); for a path ``DEP>WORD``, the objects of
    the WORD phrases on those dependents, or on the trigger itself when it has such a
    dependent (the parser often hangs "on political parties" in "lifted the ban on political
    parties" on the verb)."""
    if PATH in dep:
        first, _, word = dep.partition(PATH)
        held = list(_dependents(tok, first, raised))
        for h in (*held, tok) if held else ():
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ == word:
                    yield from _prep_objects(prep)
        return
    labels = {"dobj": ("dobj", "nsubjpass", "attr"), "xcomp": ("xcomp",),
              "ccomp": ("ccomp", "acl"),
              "compound": ("compound", "amod", "nmod")}.get(dep, (dep,))
    for child in tok.children:
        if child.dep_ in labels:
            for dep_tok in (child, *(c for c in child.conjuncts if c.i > child.i)):
                yield _contents(dep_tok) if dep == "dobj" else dep_tok
    if dep == "dobj":
        yield from shared_passive_subjects(tok)
        if raised:
            yield from (_contents(t) for t in raised_objects(tok))


#: Verbs whose bare-infinitive complement takes the verb's object as its subject ("let X visit").
BARE_INFINITIVE_HEADS = frozenset({"let", "make", "help", "have"})


def raised_objects(tok) -> list:
    """The object of ``tok`` that the parser made the subject of its infinitive complement:
    "allowed [the convoy] to enter Gaza", "let [the inspectors] visit the site". Empty when
    ``tok`` has an object of its own."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return []
    out = []
    for comp in tok.children:
        if comp.dep_ not in ("ccomp", "xcomp") or comp.pos_ not in VERB_POS or comp.i < tok.i:
            continue
        to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
        if to_inf or (tok.lemma_.lower() in BARE_INFINITIVE_HEADS and comp.tag_ == "VB"):
            for subj in comp.children:
                if subj.dep_ == "nsubj" and subj.i > tok.i and subj.pos_ in ("NOUN", "PROPN"):
                    out.extend((subj, *subj.conjuncts))
    return out


def _contents(tok, depth: int = 0):
    """What a container object holds ("a shipment of [weapons]", "a cache containing
    [rifles]", :data:`HOLDING_VERBS`; "caches holding a batch of [rifles]", one level down), or
    a number of ("two of the [suspects]", "seven out of eight [crossings]"), else ``tok`` itself."""
    if depth > 1 or tok.lemma_.lower() not in CONTAINER_NOUNS and not (tok.pos_ == "NUM" or tok.like_num):
        return tok
    preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "out")]
    preps += [q for p in preps if p.lower_ == "out" for q in p.children if q.dep_ == "prep" and q.lower_ == "of"]
    held = [o for p in preps if p.lower_ == "of" for o in _prep_objects(p)]
    held += [o for v in tok.children if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in HOLDING_VERBS
             for o in v.children if o.dep_ == "dobj" and tok.lemma_.lower() in STORE_NOUNS]
    return _contents(held[0], depth + 1) if held else tok


#: Modifiers that give a listed noun a military sense: in a pattern of protest or of easing
#: dissent (roots 14 and 08), a bare "strike" does not take an "air strike" (patterns of force
#: keep it: "carried out air strikes on Gaza").
OTHER_SENSE = {
    "strike": frozenset({"air", "drone", "missile", "rocket", "artillery", "aerial", "military", "nuclear",
                         "retaliatory", "precision", "surgical", "pre-emptive", "preemptive", "punitive"}),
}
#: Roots whose patterns read a listed noun in its civil sense only.
CIVIL_SENSE_ROOTS = frozenset({"14", "08"})


def _lemma_ok(tok, lemmas: frozenset[str], civil: bool = False) -> bool:
    """Whether dependent ``tok`` is one of ``lemmas``: its lemma, its word, or a
    modifier+lemma pair ("military+equipment" for "military equipment"; "ablaze+*" for any
    noun with that modifier, as the parser reads "set the car ablaze")."""
    lemma = tok.lemma_.lower()
    if ANY_LEMMA in lemmas:
        return True
    if (lemma in lemmas or tok.lower_ in lemmas) and not (civil and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in OTHER_SENSE.get(lemma, ())
            for c in tok.children)):
        return True
    return any(f"{c.lemma_.lower()}{MODIFIED}{lemma}" in lemmas or f"{c.lemma_.lower()}{MODIFIED}{ANY_LEMMA}" in lemmas
               for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


def shared_passive_subjects(tok) -> list:
    """Subjects of a passive conjunct that has none of its own, taken from its head: "the
    men marched and [were released] by the army", "were arrested and later [released]"."""
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    if not (any(c.dep_ in ("auxpass", "agent") for c in tok.children)
            or any(c.dep_ == "auxpass" for c in tok.head.children)):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def copular_passive(tok) -> bool:
    """A past participle the parser read as the adjective complement of "be": "the
    protesters were [lathi-charged]", "were [tear-gassed]" (hyphenated verbs mostly parse so).
    It is a passive: the subject of "be" suffered the act."""
    return tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be"


def copular_passive_subjects(tok) -> list:
    """The subjects of "be" for a :func:`copular_passive` ``tok`` (its targets); [] otherwise."""
    if not copular_passive(tok):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _prep_objects(prep):
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            yield child
            yield from child.conjuncts


def _object_ok(prep, objects: frozenset[str]) -> bool:
    if not objects:
        return True
    return any(_lemma_ok(o, objects) for o in _prep_objects(prep))


def _satisfy(pattern: Pattern, tok, raised: bool = False) -> tuple[int, ...] | None:
    consumed: list[int] = []
    for c in pattern.constraints:
        hit = None
        if c.dep == "prep":
            holders = [tok]
            if c.objects and tok.pos_ in ("VERB", "AUX"):
                # "warned Greece [of] measures": the parser hangs the verb's phrase on a named object
                holders += [o for o in tok.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
            hit = next((ch for h in holders for ch in h.children if ch.dep_ in ("prep", "agent", "dative")
                        and ch.lower_ in c.lemmas and _object_ok(ch, c.objects)), None)
            if hit is not None:
                consumed.append(hit.i)
                consumed.extend(o.i for o in _prep_objects(hit) if o.pos_ in ("VERB", "NOUN") and c.objects)
                continue
            return None
        for dep_tok in _dependents(tok, c.dep, raised):
            if _lemma_ok(dep_tok, c.lemmas, pattern.code[:2] in CIVIL_SENSE_ROOTS):
                hit = dep_tok
                break
        if hit is None:
            return None
        if c.dep not in ("prep", "compound", "amod", "advmod", "acomp", "prt"):
            consumed.append(hit.i)
    return tuple(consumed)


@functools.lru_cache(maxsize=1)
def default_dictionary() -> PatternDictionary:
    """The packaged dictionary, parsed once per process."""
    return PatternDictionary.load()
