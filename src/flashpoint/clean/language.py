"""A light language guess from function words.

This is not a language-identification model. It counts how many of a text's words are
among the 30 or so commonest function words of each of eight languages (English, French,
Spanish, German, Portuguese, Italian, Dutch, Russian) and picks the language with the
largest share. It is reliable for running prose of a few sentences in those languages; on
short snippets, lists, mixed-language text or other languages it returns None rather than
a guess. It is used to label articles, not to filter them.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for it was on with as by at he his be are from this have"
        " has not but they which were had an said will would their its".split()
    ),
    "fr": frozenset(
        "le la les de des du et un une est en que qui dans pour pas sur au aux par il elle"
        " ce sont avec ne se plus a été son sa".split()
    ),
    "es": frozenset(
        "el la los las de del y en que un una es por para con no se al lo su sus como más"
        " pero fue ha sido este esta".split()
    ),
    "de": frozenset(
        "der die das und in den von zu mit ist nicht sich des auf für ein eine dem im auch"
        " es an als wurde werden hat sie er".split()
    ),
    "pt": frozenset(
        "o a os as de do da dos das e em um uma que para com não por se ao no na mais foi"
        " como seu sua são".split()
    ),
    "it": frozenset(
        "il lo la i gli le di del della e è in un una che per con non si da al alla sono"
        " come più ha anche nel".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te zijn met voor niet er aan ook als bij door om"
        " maar werd heeft worden".split()
    ),
    "ru": frozenset(
        "и в не на что с по как это он она они из за от к для о но все так его был было"
        " также может".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_MIN_WORDS = 8
_MIN_SHARE = 0.15
_MIN_MARGIN = 1.5


def function_word_shares(text: str) -> dict[str, float]:
    """Share (0.0-1.0) of the text's words that are function words of each language.

    Returns:
        ``{language code: share}`` for every language in the table (ISO 639-1 codes);
        all zeros for a text without words.
    """
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return {lang: 0.0 for lang in _FUNCTION_WORDS}
    return {
        lang: sum(1 for w in words if w in vocab) / len(words)
        for lang, vocab in _FUNCTION_WORDS.items()
    }


def guess_language(text: str) -> str | None:
    """Guess the language of running prose.

    Args:
        text: the article text (only the first 5,000 characters are read).

    Returns:
        An ISO 639-1 code ("en", "fr", "es", "de", "pt", "it", "nl", "ru") when at least
        8 words were read, the best language's function words make up at least 15% of
        them and that share is at least 1.5 times the runner-up's; otherwise None.
    """
    sample = text[:5000]
    if len(_WORD.findall(sample)) < _MIN_WORDS:
        return None
    shares = sorted(function_word_shares(sample).items(), key=lambda kv: kv[1], reverse=True)
    (best, best_share), (_, second_share) = shares[0], shares[1]
    if best_share < _MIN_SHARE or best_share < _MIN_MARGIN * second_share:
        return None
    return best
