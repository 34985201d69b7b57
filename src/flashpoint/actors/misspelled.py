"""Country names misspelled by one letter: "Ethopia", "Quatar", "Isreal", "Afganistan".

Wire copy misspells country names now and then; the dictionary then finds no actor and the
event is lost. :func:`near_country` reads a capitalised token that no dictionary phrase
matched as a country name when it is one edit away from exactly one single-word country name.
The token has six or more letters (so the name has at least five: "Quatar" for Qatar). The
edit is a dropped letter, an added letter or two neighbouring letters swapped; a changed
letter is not allowed ("Roland" is not Poland, "Greene" not Greece), nor an added final "s"
("Frances" is not France), nor a change of the first letter. The token must be a proper
noun, not a person, a people or a language by the parser ("Syriac" is no Syria), and not a
role word.

Shapes: ``near_country(d, tok)`` takes an :class:`~flashpoint.actors.dictionary.ActorDictionary`
and a spaCy token; returns the country's :class:`~flashpoint.actors.dictionary.Entry` or None.
"""

from __future__ import annotations

import logging
from weakref import WeakKeyDictionary

from flashpoint.actors.dictionary import ActorDictionary, Entry, token_key

log = logging.getLogger(__name__)

#: Shortest token that may be read as a misspelled country name.
MIN_LETTERS = 6
#: Shortest country name that a misspelling may stand for (a token with one letter too many).
MIN_NAME_LETTERS = MIN_LETTERS - 1

_INDEX: "WeakKeyDictionary[ActorDictionary, tuple[dict[str, Entry], dict[str, set[str]]]]" = WeakKeyDictionary()


def _index(d: ActorDictionary) -> tuple[dict[str, Entry], dict[str, set[str]]]:
    """(name -> entry, name with one letter dropped -> names) over single-word country names;
    built once per dictionary (a dictionary is not changed after loading)."""
    cached = _INDEX.get(d)
    if cached is not None:
        return cached
    names: dict[str, Entry] = {}
    for key, entry in d.names.items():
        if entry.kind == "country" and len(key) == 1 and len(key[0]) >= MIN_NAME_LETTERS and key[0].isalpha():
            names[key[0]] = entry
    dropped: dict[str, set[str]] = {}
    for name in names:
        for i in range(1, len(name)):
            dropped.setdefault(name[:i] + name[i + 1:], set()).add(name)
    _INDEX[d] = (names, dropped)
    return names, dropped


def candidates(word: str, names: dict[str, Entry], dropped: dict[str, set[str]]) -> set[str]:
    """Country names one allowed edit away from the lower-case ``word`` (see module doc)."""
    found: set[str] = set(dropped.get(word, ()))                      # "ethopia" lacks a letter
    for i in range(1, len(word)):
        if i == len(word) - 1 and word[i] == "s":
            continue                                                   # "frances", "canadas"
        shorter = word[:i] + word[i + 1:]
        if shorter in names:
            found.add(shorter)                                         # "quatar" has one too many
    for i in range(1, len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if swapped != word and swapped in names:
            found.add(swapped)                                         # "isreal"
    return found


def near_country(d: ActorDictionary, tok) -> Entry | None:
    """The country whose name ``tok`` misspells by one letter, or None (see module doc)."""
    text = tok.text
    if (len(text) < MIN_LETTERS or not text.isalpha() or not text[0].isupper() or text.isupper()
            or tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "NORP", "LANGUAGE")):
        return None
    word = token_key(text)
    if (word,) in d.names or (word,) in d.roles:
        return None
    names, dropped = _index(d)
    found = candidates(word, names, dropped)
    if len(found) != 1:
        return None
    name = found.pop()
    log.debug("reading %r as the country name %r", text, name)
    return names[name]
