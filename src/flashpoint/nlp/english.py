"""English words as the model's rule lemmatizer knows them, for telling names from words.

spaCy's English pipelines ship the lookup tables of their rule lemmatizer: ``lemma_index`` (the
words of WordNet by part of speech), ``lemma_exc`` (irregular forms: "said", "men") and
``lemma_rules`` (suffix rules: "-ies" -> "-y"). :class:`EnglishWords` reads them, so that case
restoring (``nlp.truecase``) can take an all-capitals word that is no English word for a name.
"""

from __future__ import annotations

#: British spellings and their American forms, WordNet's ("DEFENCE", "DEMILITARISATION").
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("our", "or"),
              ("ours", "ors"), ("ence", "ense"), ("tre", "ter"), ("lled", "led"), ("lling", "ling"))
#: Shortest part of a closed compound word ("CEASEFIRE" = "cease" + "fire").
_PART = 4


class EnglishWords:
    """Words the model's rule lemmatizer knows (its ``lemma_index`` and ``lemma_exc`` tables,
    WordNet's words), by part of speech, with inflected forms found through its suffix rules.

    An all-capitals word that is none of these is taken for a name ("KYPRIANOU", "SHERPAO").
    """

    def __init__(self, index: dict[str, frozenset[str]], exceptions: dict[str, frozenset[str]],
                 rules: dict[str, list[tuple[str, str]]]):
        self.index = index
        self.exceptions = exceptions
        self.rules = rules
        self._seen: dict[str, frozenset[str]] = {}

    @classmethod
    def from_nlp(cls, nlp) -> EnglishWords | None:
        """From ``nlp``'s "lemmatizer" pipe, or None when it has no lookup tables."""
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            index, exc, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
        except (KeyError, AttributeError, ValueError):
            return None
        pos = ("noun", "verb", "adj", "adv")
        return cls({p: frozenset(index.get(p, ())) for p in pos},
                   {p: frozenset(exc.get(p, {})) for p in pos},
                   {p: [tuple(r) for r in rules.get(p, ())] for p in pos})

    def tags(self, low: str) -> frozenset[str]:
        """Parts of speech ("noun", "verb", "adj", "adv") the lower-case word ``low`` can have; a
        British spelling has those of its American form, and a closed compound of two known
        words ("ceasefire", "peacekeepers") is a noun."""
        found = self._seen.get(low)
        if found is None:
            found = self._tags(low)
            for brit, us in _SPELLINGS:
                if not found and brit in low:
                    found = self._tags(low.replace(brit, us))
            if not found and any(self._tags(low[:i]) and self._tags(low[i:])
                                 for i in range(_PART, len(low) - _PART + 1)):
                found = frozenset({"noun"})
            self._seen[low] = found
        return found

    def may_name(self, low: str, tags: frozenset[str] | None, first: bool = True) -> bool:
        """True when ``low`` (with ``tags``) may be part of a name after a title: no English word,
        a noun only, or, as the ``first`` word after the title, a bare noun that is also a verb
        ("BUSH"), not an inflected verb ("GATES", "MET", "SAYS")."""
        if tags is None or not tags or tags == {"noun"}:
            return tags is not None
        return (first and tags <= {"noun", "verb"} and low in self.index["noun"]
                and low not in self.exceptions["verb"] and not low.endswith(("s", "ed", "ing")))

    def _tags(self, low: str) -> frozenset[str]:
        return frozenset(p for p in self.index if low in self.index[p] or low in self.exceptions[p] or any(
            low.endswith(old) and low[:len(low) - len(old)] + new in self.index[p] for old, new in self.rules[p]))
