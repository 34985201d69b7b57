"""Discards: sport, entertainment and business sentences that only look like conflict."""

from __future__ import annotations

import pytest

from flashpoint.coding.discards import DISCARD_SCORE, cue_scores, default_cues, discard_reason, parse_cues
from flashpoint.errors import ConfigError

# Sentences written for these tests in the style of sport, arts and business pages.
OFF_TOPIC = [
    ("disaster", "Twelve people were killed when floods swept through the valley."),
    ("disaster", "A dozen passengers died in a plane crash near the airport."),
    ("sport", "Arsenal beat Chelsea 2-1 at the Emirates on Saturday."),
    ("sport", "The striker shot wide just before half-time."),
    ("sport", "Leeds were relegated after a 3-0 defeat at Anfield."),
    ("sport", "The Welsh captain attacked the referee after the Six Nations clash."),
    ("sport", "Federer crushed his rival in straight sets to reach the Wimbledon semi-final."),
    ("sport", "The England cricketer was banned for two matches after the row with the umpire."),
    # tennis and rugby strokes, sport's governing bodies
    ("sport", "The Swiss won the tie-break with a sharp backhand to attack the net."),
    ("sport", "The French pack attacked in the scrum all afternoon."),
    ("sport", "Uefa will look again at Chelsea's clash with Porto."),
    ("entertainment", "The film attacks the greed of the banking world."),
    ("entertainment", "The band's tour was cancelled after the singer fell ill."),
    ("entertainment", "The actress fought off strong competition to win the Bafta."),
    ("entertainment", "The rapper's new album bombed at the box office of record shops."),
    ("entertainment", "The Hollywood studio killed off the sequel to the movie."),
    ("business", "The supermarket chain launched a price war against its rivals."),
    ("business", "Shares in the carmaker fell 4% after a profit warning."),
    ("business", "The retailer fought off a hostile takeover bid from its American rival."),
    ("business", "The airline slashed fares as the FTSE 100 fell sharply."),
]

POLITICAL = [
    "Gunmen killed 10-12 villagers in Borno on Monday.",
    "Mortar shells crashed into the port as rival militias fought in the city.",
    "Russian forces attacked the town in a 2-3 hour assault.",
    "Israeli troops shot two protesters in Hebron.",
    "The government declared war on the rebels.",
    "Russia threatened to invade Ukraine.",
    "Rebels attacked a football stadium in Mogadishu, killing ten civilians.",
    "Police arrested three football fans after the match.",
    "The Supreme Court voted 5-4 to block the deportation.",
    "Oil prices rose 3% as Russia cut gas supplies to Europe.",
    "NATO warned that Russian forces could attack within days.",
    "The minister said the team of negotiators would fight for a deal.",
    "Labour won a landslide victory in the general election.",
    "Sanctions hit the Russian economy hard, the finance minister said.",
]


@pytest.fixture
def lemmatize():
    """Crude stand-in for a parser: lower-cased words and a naive singular."""

    def _lemmas(text: str) -> list[str]:
        words = [w.strip(".,;:'\"!?").lower() for w in text.split()]
        words = [w[:-2] if w.endswith("ed") and len(w) > 5 else w for w in words if w]
        return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]

    return _lemmas


@pytest.mark.parametrize(("reason", "sentence"), OFF_TOPIC)
def test_discards_off_topic_sentence(reason, sentence, lemmatize):
    assert discard_reason(sentence, lemmatize(sentence)) == reason


@pytest.mark.parametrize("sentence", POLITICAL)
def test_discards_keep_political_sentence(sentence, lemmatize):
    assert discard_reason(sentence, lemmatize(sentence)) is None


@pytest.mark.model
@pytest.mark.parametrize(("reason", "sentence"), OFF_TOPIC[:3] + OFF_TOPIC[6:8] + OFF_TOPIC[11:13])
def test_discards_with_parser_lemmas(reason, sentence, nlp):
    doc = nlp(sentence)
    assert discard_reason(sentence, [t.lemma_ for t in doc]) == reason


@pytest.mark.model
@pytest.mark.parametrize("sentence", POLITICAL)
def test_discards_keep_political_with_parser_lemmas(sentence, nlp):
    doc = nlp(sentence)
    assert discard_reason(sentence, [t.lemma_ for t in doc]) is None


@pytest.mark.parametrize(
    ("lines", "sentence", "expected"),
    [
        (["reason\tcue\tweight", "sport\tgoal\t1", "sport\tmatch\t1"], "A late goal won the match.", "sport"),
        (["reason\tcue\tweight", "sport\tgoal\t1", "sport\tmatch\t1"], "The goal of the talks.", None),
        (["reason\tcue\tweight", "art\tbox office\t2"], "It topped the box  office.", "art"),
        (["reason\tcue\tweight", "art\tbox office\t2"], "It topped the boxoffice.", None),
        (["reason\tcue\tweight", "sport\tre:\\d-\\d\t2", "politics\ttroop\t-2"], "The troop won 2-1.", None),
        (["# c", "reason\tcue\tweight", "b\tx\t2", "a\ty\t2"], "x y", "b"),
    ],
)
def test_discards_cue_semantics(lines, sentence, expected):
    cues = parse_cues(lines)
    lemmas = sentence.lower().rstrip(".").split()
    assert discard_reason(sentence, lemmas, cues) == expected


@pytest.mark.parametrize(
    "bad",
    ["sport\tgoal", "sport\tgoal\ttwo", "sport\tre:(\t2", "\tgoal\t1"],
)
def test_discards_reject_malformed_cue_line(bad):
    with pytest.raises(ConfigError, match=r"^\[FP303\]"):
        parse_cues(["reason\tcue\tweight", bad])


def test_discards_packaged_cues_load():
    cues = default_cues()
    assert {"sport", "entertainment", "business", "politics"} <= set(cues.reasons)
    assert DISCARD_SCORE == 2
    assert cue_scores("", [], cues) == {}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        # violence by police or troops is coded beside sport words; a player's "shot" is not
        ("He was hurt in Indian police firing during riots that followed the cricket match in the cup final.",
         ("INDCOP", "193")),
        ("Pakistani police fired on the fans at the cricket stadium after the cup match.", ("PAKCOP", "193")),
    ],
)
def test_discards_forces_violence_beside_sport_words(text, event, nlp):
    from datetime import date

    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    events = Pipeline(nlp=nlp).code_article(Article(article_id="t", text=text, published=date(2002, 3, 4)))
    assert event in {(e.source.code if e.source else None, e.cameo_code) for e in events}


@pytest.mark.parametrize(
    ("code", "sectors", "words", "expected"),
    [
        ("193", [("COP",)], {"fire"}, True),
        ("175", [("MIL",)], {"teargas"}, True),
        ("193", [("COP",), ("OPP",)], {"fire"}, False),
        ("042", [("COP",)], {"visit"}, False),
        ("190", [], {"kill"}, False),
        # "attack", "beat" and "strike" are words of a match too
        ("190", [("COP",)], {"attack"}, False),
    ],
)
def test_discards_forces_violence_rule(code, sectors, words, expected):
    from types import SimpleNamespace

    from flashpoint.coding.discards import forces_violence

    sources = [SimpleNamespace(actor=SimpleNamespace(sectors=s)) for s in sectors]
    assert forces_violence(code, sources, words) is expected
