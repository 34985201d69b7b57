"""Finding dictionary phrases, role nouns and person titles in a parsed ``Doc``.

All spans are token offsets, half-open ``[start, end)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashpoint.actors.dictionary import ActorDictionary, Entry, Role, token_key
from flashpoint.actors.misspelled import near_country

#: Dependency labels by which a name modifies the noun it stands in ("Russian troops").
MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod"})
#: Tokens allowed inside a title run before a person's name ("Deputy Secretary of State").
_TITLE_WORDS = frozenset({"of", "for", "'s", "-", "and", "the"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_DIRECTIONS = frozenset({"west", "east", "north", "south", "western", "eastern", "northern",
                         "southern", "central", "upper", "lower"})
#: CAMEO type of armed men of no known side ("fighters", "militants", "gunmen").
UNIDENTIFIED_ARMED = "UAF"
#: Types of a side that a modifier can give such armed men ("opposition fighters" -> OPP).
SIDE_CODES = frozenset({"REB", "OPP", "INS", "SEP", "MIL", "COP", "RAD", "SPY"})


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A dictionary phrase found in the document."""

    start: int
    end: int
    entry: Entry


def case_relaxed(doc) -> bool:
    """True for documents written all in upper or all in lower case (case is no evidence)."""
    letters = [c for c in doc.text[:5000] if c.isalpha()]
    if not letters:
        return True
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper > 0.6 or upper < 0.01


def find_names(doc, d: ActorDictionary) -> list[NameSpan]:
    """Longest dictionary phrases, left to right, never overlapping.

    A token whose words are joined by underscores ("Dol_Amroth", as in PETRARCH-style input)
    is matched word by word; a phrase must start and end on token boundaries.
    """
    words = _words(doc)
    keys = [w[0] for w in words]
    texts = [w[1] for w in words]
    relaxed = case_relaxed(doc)
    out: list[NameSpan] = []
    i, n = 0, len(words)
    while i < n:
        found = None
        if words[i][3]:
            for length in range(min(d.max_len, n - i), 0, -1):
                last = words[i + length - 1]
                key = tuple(keys[i:i + length])
                entry = d.names.get(key) if last[4] else None
                if (entry is not None and d.match_cased(key, texts[i:i + length], relaxed)
                        and not _capitals_word(doc, key, words[i][2], d)):
                    found = NameSpan(words[i][2], last[2] + 1, entry)
                    break
        if found is None and not relaxed and words[i][3] and words[i][4]:
            tok = doc[words[i][2]]
            near = near_country(d, tok)   # "Ethopia", "Quatar": one letter off a country
            found = NameSpan(tok.i, tok.i + 1, near) if near is not None else None
        if found is None or _direction_in_place_name(doc, found):
            i += 1
            continue
        out.append(found)
        while i < n and words[i][2] < found.end:
            i += 1
    return out


def _capitals_word(doc, key: tuple[str, ...], i: int, d: ActorDictionary) -> bool:
    """True for an acronym that is also an English word ("WHO", "CAR", ``truecase.COMMON_ACRONYMS``)
    in a sentence written in capitals, where the parse of the restored text did not make it a
    proper noun ("GUERRILLAS WHO OVERRAN IT", "A SUICIDE CAR BOMBING")."""
    from flashpoint.nlp.truecase import COMMON_ACRONYMS, mostly_upper

    if len(key) != 1 or d.cased.get(key) != 2 or key[0] not in COMMON_ACRONYMS or doc[i].pos_ == "PROPN":
        return False
    return mostly_upper(doc[i].sent.text if doc.has_annotation("SENT_START") else doc.text)


_UNDERSCORED = re.compile(r"[^\W_]+(?:_[^\W_]+)+")


def _words(doc) -> list[tuple[str, str, int, bool, bool]]:
    """``(key, text, token index, first word of its token, last word of its token)`` per word."""
    words = []
    for t in doc:
        parts = t.text.split("_") if _UNDERSCORED.fullmatch(t.text) else [t.text]
        for j, part in enumerate(parts):
            words.append((token_key(part), part, t.i, j == 0, j == len(parts) - 1))
    return words


def _direction_in_place_name(doc, found: NameSpan) -> bool:
    """A bare compass word matched as a region ("the West") that starts a longer place name
    ("West Darfur", "North Waziristan"): the place, not the region, is meant."""
    if found.entry.kind != "region" or found.end - found.start != 1 or found.end >= len(doc):
        return False
    if token_key(doc[found.start].text) not in _DIRECTIONS:
        return False
    nxt = doc[found.end]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper()


def head_of(doc, start: int, end: int):
    """The token of ``doc[start:end]`` whose syntactic head lies outside the span."""
    for t in doc[start:end]:
        if not (start <= t.head.i < end) or t.head.i == t.i:
            return t
    return doc[end - 1]


def role_ending_at(doc, i: int, d: ActorDictionary, lo: int | None = None) -> tuple[Role, int] | None:
    """Longest role phrase ending at token ``i`` (text or lemma forms), not starting before ``lo``.

    Returns the role and the start token of the phrase, or None.
    """
    lo = max(0, i - d.role_max_len + 1) if lo is None else max(lo, i - d.role_max_len + 1)
    for s in range(lo, i + 1):
        words = doc[s:i + 1]
        for forms in ((token_key(t.text) for t in words), (t.lemma_.lower() for t in words)):
            role = d.roles.get(tuple(forms))
            if role is not None:
                return role, s
    return None


#: Modifiers (lower case) of "fighters" that make them no armed men: firefighters and sportsmen.
UNARMED_FIGHTERS = frozenset({"fire", "prize", "ufc", "mma", "cage", "kick", "street", "sumo", "bull", "cock",
                              "dog", "crime", "forest", "bush"})


def role_of_noun(doc, noun, d: ActorDictionary) -> Role | None:
    """Role named by a noun with its compound/adjective modifiers ("news agency" -> MED).

    A generic head ("officials", "leaders", "candidates": GOV or '-') gives way to a more
    specific modifier ("intelligence officials" -> SPY, "rebel leaders" -> REB); an armed head
    of no known side ("fighters", "militants": UAF) gives way to a modifier that names an armed
    or contentious side ("opposition fighters" -> OPP, "rebel militants" -> REB).
    """
    if noun.pos_ not in _NOUNS:
        return None
    found = role_ending_at(doc, noun.i, d, noun.left_edge.i)
    role = found[0] if found else None
    if role is not None and role.code == UNIDENTIFIED_ARMED and any(
            c.dep_ in ("compound", "amod") and c.lower_ in UNARMED_FIGHTERS for c in noun.children):
        return None   # "fire fighters", "prize fighters", "UFC fighters" bear no arms
    if role is not None and role.code not in ("GOV", "-", UNIDENTIFIED_ARMED):
        return role
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ"):
            if found and child.i >= found[1]:
                continue   # inside the head's own role phrase: "national security adviser"
            sub = role_ending_at(doc, child.i, d, child.left_edge.i)
            if sub is not None and sub[0].code not in ("GOV", "-") and (
                    role is None or role.code != UNIDENTIFIED_ARMED or sub[0].code in SIDE_CODES):
                return sub[0]
    return role


def title_window(doc, start: int) -> int:
    """Start of the run of title words just before a name at ``start`` (== start when none).

    The run takes nouns, proper nouns, adjectives and a few linking words ("Undersecretary of
    State", "Russia's Deputy Defense Minister"), and stops at verbs, punctuation and sentence starts.
    """
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    i = start
    while i > sent_start and start - i < 8:
        t = doc[i - 1]
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or token_key(t.text) in _TITLE_WORDS:
            i -= 1
            continue
        break
    while i < start and token_key(doc[i].text) in _TITLE_WORDS:
        i += 1
    return i


def title_role(doc, lo: int, hi: int, d: ActorDictionary) -> Role | None:
    """The longest role phrase inside ``doc[lo:hi]`` (the last one when several tie)."""
    best: tuple[int, Role] | None = None
    for i in range(lo, hi):
        found = role_ending_at(doc, i, d, lo)
        if found and (best is None or i - found[1] + 1 >= best[0]):
            best = (i - found[1] + 1, found[0])
    return best[1] if best else None


def compose(code: str, role: Role | None) -> str:
    """Add a role's type code to an actor code ("RUS" + MIL -> "RUSMIL"; IGO codes are kept).

    A role block already in the code is not repeated; another one replaces the code's own role
    ("USAGOV" + MIL -> "USAMIL"), except for a stacking PETRARCH agent (see :class:`Role`).
    """
    if role is None or role.code == "-" or not code:
        return code
    if role.prefix:
        return role.code + code
    if code[:3] in ("IGO", "NGO", "IMG", "NGM", "MNC"):
        return code
    if len(code) == 3:
        return code + role.code
    if role.code in (code[i:i + 3] for i in range(3, len(code), 3)):
        return code
    return code + role.code if role.stacks else code[:3] + role.code
