"""The actor dictionary: phrases -> date-bounded CAMEO actor codes, and role nouns -> type codes.

Phrases are kept as tuples of lower-cased tokens (split the way spaCy's English tokenizer splits
names: at spaces and underscores, around infix hyphens, before a possessive ``'s`` and before
the apostrophe of a plural possessive, "Workers' Party"), so matching a ``Doc`` is one
dictionary look-up per candidate span, longest first; no loop over entries.

Codes follow CAMEO 1.1b3: a country (ISO 3166-1 alpha-3) or region block, then type blocks
(``RUSGOV``), or IGO/NGO/IMG + region + known group (``IGOWSTNAT``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

log = logging.getLogger(__name__)

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_HYPHEN = re.compile(r"(?<=[^\W_])(-)(?=[^\W\d_])")
_IGO_PREFIXES = ("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS")
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})
#: Country names and demonyms that are also ordinary English words: capitalised text only.
LOWER_CASE_AMBIGUOUS = frozenset({
    "china", "turkey", "chad", "jordan", "georgia", "guinea", "polish", "panama", "japan", "jersey",
    "man", "cook", "christmas", "norfolk", "marshall", "virgin", "french", "dutch", "swiss", "greek",
    "german", "india", "cuba", "congo", "niger", "mali", "togo", "peru", "malta", "monaco", "iceland",
    "holland", "wales", "guernsey", "sweden", "swede", "swedes", "finn", "finns", "pole", "poles",
    "dane", "danes", "scot", "scots", "turk", "turks", "brit", "brits", "kiwi", "kiwis", "yankee",
    "yankees", "english", "norman",
    "lebanon", "bahamas", "bermuda", "samoa", "guam", "timor", "east", "west", "north", "south",
})


def phrase_key(text: str) -> tuple[str, ...]:
    """Token tuple for a dictionary phrase ("Al-Qaeda" -> ("al", "-", "qaeda"))."""
    out: list[str] = []
    for word in re.split(r"[\s_]+", text.translate(_APOS).strip()):
        if not word:
            continue
        tail = None
        if word.lower().endswith("'s") and len(word) > 2:
            word, tail = word[:-2], "'s"
        elif word.lower().endswith("s'") and len(word) > 2:
            word, tail = word[:-1], "'"   # a plural possessive: "Workers' Party"
        for piece in _HYPHEN.split(word):
            if piece:
                out.append(piece.lower())
        if tail:
            out.append(tail)
    return tuple(out)


def token_key(text: str) -> str:
    """Normalised form of one document token, comparable with ``phrase_key`` parts."""
    return text.translate(_APOS).lower()


@dataclass(frozen=True, slots=True)
class CodeRange:
    """One code valid in ``[start, end)`` (None = open); a range without dates is the default."""

    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class Entry:
    """A named actor: canonical name, codes by date, where the entry came from.

    ``kind`` is one of "country", "demonym", "metonym", "igo", "region", "person", "user".
    ``source`` is ``file:line``. ``nationality`` (ISO-3) serves former office holders.
    """

    name: str
    kind: str
    ranges: tuple[CodeRange, ...]
    source: str
    nationality: str | None = None

    def code_at(self, when: date) -> str | None:
        """The code valid on ``when``: the first dated range covering it, else the undated
        default, else ``<nationality>ELI`` for a packaged person outside every dated office
        (before the first as after the last: the Phoenix dictionaries give each person an
        undated default such as ``[USAELI]`` beside the dated offices), else None."""
        for r in self.ranges:
            if r.dated and r.covers(when):
                return r.code
        for r in self.ranges:
            if not r.dated:
                return r.code
        if self.kind == "person" and self.nationality:
            return self.nationality + "ELI"
        return None


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun or title: the type code it adds (``GOV``) and whether it names a person.

    ``prefix`` is True for PETRARCH agents written ``[NGO~]`` (code goes before the country);
    ``stacks`` for those written ``[~GOV]``, whose code PETRARCH adds after the whole actor code
    ("WEST_GERMAN [GMWGOV]" + "WORLD_GOVERNMENT [~WGO]" -> GMWGOVWGO) instead of replacing the
    actor's own role block.
    """

    code: str
    person: bool
    source: str
    prefix: bool = False
    stacks: bool = False


class ActorDictionary:
    """Phrase index over named actors plus a role-noun index; later additions win.

    Attributes:
        names: phrase key -> Entry.
        roles: phrase key -> Role.
        cased: phrase key -> case rule: 2 acronym (upper case only), 1 capitalised, 0 any case.
    """

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], Entry] = {}
        self.roles: dict[tuple[str, ...], Role] = {}
        self.cased: dict[tuple[str, ...], int] = {}
        self.max_len = 1
        self.role_max_len = 1
        #: phrase key -> ISO-3 codes of every country holding a place of that name, largest first.
        self.place_countries: dict[tuple[str, ...], tuple[str, ...]] = {}
        #: phrase key -> the other countries whose place of that name is of comparable size.
        self.place_rivals: dict[tuple[str, ...], tuple[str, ...]] = {}

    def add_name(self, phrase: str, entry: Entry, cased: bool = False, acronyms: bool = True) -> None:
        """Index ``phrase`` (leading "the" dropped) for ``entry``.

        ``cased``: match only capitalised text. ``acronyms``: an upper-case phrase of up to five
        letters ("US", "WHO") matches upper-case text only; off for all-capitals dictionaries.
        """
        key = phrase_key(phrase)
        if key and key[0] == "the" and len(key) > 1:
            key = key[1:]
        if not key:
            return
        self.names[key] = entry
        bare = phrase.replace(".", "")
        strict = acronyms and bare.isupper() and len(bare) <= 5
        self.cased[key] = 2 if strict else (1 if cased else 0)
        self.max_len = max(self.max_len, len(key))

    def add_key(self, key: tuple[str, ...], entry: Entry) -> None:
        """Index an already split phrase key (``phrase_key``) for ``entry``, capitalised text only."""
        self.names[key] = entry
        self.cased[key] = 1
        self.max_len = max(self.max_len, len(key))

    def add_role(self, phrase: str, role: Role) -> None:
        """Index a role noun or title, its plural (``-s``/``-ies``) included."""
        key = phrase_key(phrase)
        if not key:
            return
        for k in {key, key[:-1] + (plural(key[-1]),)}:
            self.roles[k] = role
            self.role_max_len = max(self.role_max_len, len(k))

    def match_cased(self, key: tuple[str, ...], texts: list[str], relaxed: bool) -> bool:
        """Whether the document tokens ``texts`` satisfy the case rule of ``key``.

        A capitalised-only phrase of a country or demonym also matches in lower or mixed case
        ("tunisian rioters", "iSrael") unless one of its words is also a common English word
        ("turkey", "china", "polish"; see ``LOWER_CASE_AMBIGUOUS``).
        """
        rule = self.cased.get(key, 0)
        if rule == 2:
            return any(c.isalpha() for c in texts[0]) and all(t.isupper() or not t.isalpha() for t in texts)
        if rule == 1 and not relaxed:
            if texts[0][:1].isupper() or not texts[0][:1].isalpha():
                return True
            if len(key) > 2 and key[0] in _ARABIC_ARTICLES and key[1] == "-" and texts[2][:1].isupper():
                return True  # "al-Qaeda", "al-Shabaab"
            entry = self.names.get(key)
            return (entry is not None and entry.kind in ("country", "demonym")
                    and not any(w in LOWER_CASE_AMBIGUOUS or w in _stop_words() for w in key))
        if len(key) == 1 and key[0] in _stop_words() and not relaxed:
            return texts[0][:1].isupper()
        return True


def plural(word: str) -> str:
    """Regular English plural of a noun ("policy" -> "policies", "press" -> "presses")."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def split_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """Split a CAMEO actor code into (country ISO-3 or None, the other 3-letter blocks).

    "RUSGOV" -> ("RUS", ("GOV",)); "MNCRUS" -> ("RUS", ("MNC",)); "IGOWSTNAT" -> (None, ("IGO",
    "WST", "NAT")). A first block that is neither a known country nor a transnational type (a
    region, a fictional country) gives None and is dropped from the blocks.
    """
    blocks = tuple(code[i:i + 3] for i in range(0, len(code), 3))
    if not blocks:
        return None, ()
    if blocks[0] in _IGO_PREFIXES:
        if len(blocks) > 1 and blocks[1] in _iso3_codes():
            return blocks[1], blocks[:1] + blocks[2:]
        return None, blocks
    if blocks[0] not in _iso3_codes():
        return None, blocks[1:]
    return blocks[0], blocks[1:]


#: Countries that ISO 3166-1 does not list, as CAMEO coders write them: alpha-3 -> alpha-2
#: (the user-assigned code GeoNames uses). Kosovo is KSV in the Phoenix dictionaries.
EXTRA_COUNTRIES = {"KSV": "XK"}


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(EXTRA_COUNTRIES)


def is_country(code: str) -> bool:
    """True when ``code`` is an ISO 3166-1 alpha-3 country code (or one of ``EXTRA_COUNTRIES``)."""
    return code in _iso3_codes()
