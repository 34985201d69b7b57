"""IndiaPoliceEvents scoring with a fake coder and hand-made sentences."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate.police import (
    Criteria,
    LabelledSentence,
    code_articles,
    load_sentences,
    predict_labels,
    score_police,
)
from flashpoint.types import Actor, Article, Event, Modality, QuadClass

POLICE = Actor("INDCOP", country_iso3="IND", sectors=("COP",))
ARMY = Actor("INDMIL", country_iso3="IND", sectors=("MIL",))
MOB = Actor("INDCVL", country_iso3="IND", sectors=("CVL",))


def make_event(code: str, source: Actor | None = POLICE, modality: Modality = Modality.ASSERTED) -> Event:
    return Event(
        event_id=f"{code}-{source.code if source else ''}-{modality.value}", article_id="x", sentence_index=0,
        evidence=((0, 0, 1),), event_date=None, date_precision="unknown", source=source, target=None,
        cameo_code=code, plover_type=None, quad_class=QuadClass.MATERIAL_CONFLICT, goldstein=-5.0,
        modality=modality, sentence="s", trigger="t", span_start=0, span_end=1, rule=f"fake:{code}",
    )


class FakeCoder:
    """Codes an article by looking its text up in a table of canned events."""

    def __init__(self, canned: dict[str, list[Event]]):
        self.canned = canned
        self.seen: list[str] = []

    def code_article(self, article: Article) -> list[Event]:
        self.seen.append(article.text)
        return self.canned.get(article.text, [])


class FakeBatchCoder(FakeCoder):
    """Also offers ``run``, which ``code_articles`` must prefer."""

    def __init__(self, canned):
        super().__init__(canned)
        self.batches = 0

    def run(self, articles, batch=16):
        self.batches += 1
        for article in articles:
            yield article, self.canned.get(article.text, [])


@pytest.mark.parametrize(("text", "events", "criteria", "expected"), [
    ("police arrested ten men", [make_event("173")], Criteria(), {"ARREST"}),
    ("ten men were detained", [make_event("173", source=None)], Criteria(), {"ARREST"}),
    ("ten men were detained", [make_event("173", source=None)], Criteria(police_only=False), {"ARREST"}),
    ("police may arrest them", [make_event("173", modality=Modality.FUTURE)], Criteria(), set()),
    ("police may arrest them", [make_event("173", modality=Modality.FUTURE)],
     Criteria(asserted_only=False), {"ARREST"}),
    ("police fired at the mob, two died", [make_event("190")], Criteria(), {"KILL", "FORCE"}),
    ("police fired at the mob", [make_event("190")], Criteria(), {"FORCE"}),
    ("police lathicharged the crowd", [make_event("175")], Criteria(), {"FORCE"}),
    ("three were shot dead by the army", [make_event("190", source=ARMY)], Criteria(), set()),
    ("a mob lynched two men", [make_event("180", source=MOB)], Criteria(police_only=False), {"KILL", "FORCE"}),
    ("police killed a suspect with a bomb", [make_event("204")], Criteria(), {"KILL"}),
    ("police seized weapons", [make_event("1711")], Criteria(), set()),
])
def test_police_predict_labels(text, events, criteria, expected):
    assert predict_labels(text, events, criteria) == frozenset(expected)


def _sentence(doc: int, sent: int, text: str, labels: set[str], day: int) -> LabelledSentence:
    return LabelledSentence(doc, sent, text, frozenset(labels), date(2002, 3, day))


@pytest.fixture
def corpus():
    sentences = [
        _sentence(1, 0, "police arrested ten rioters", {"ARREST", "ANY_ACTION"}, 1),
        _sentence(1, 1, "police held a meeting", set(), 1),
        _sentence(2, 0, "police detained two men", {"ARREST"}, 2),
        _sentence(2, 1, "police opened fire, killing three", {"KILL", "FORCE"}, 2),
    ]
    canned = {
        "police arrested ten rioters": [make_event("173")],
        "police held a meeting": [make_event("173")],              # a false ARREST
        "police opened fire, killing three": [make_event("190")],
    }
    return sentences, canned


def test_police_score_counts_per_label(corpus):
    sentences, canned = corpus
    coder = FakeCoder(canned)
    events = code_articles(coder, [s.article() for s in sentences])
    score = score_police(sentences, events)
    arrest, kill, force = (score.label(x) for x in ("ARREST", "KILL", "FORCE"))
    assert (arrest.true_pos, arrest.false_pos, arrest.false_neg) == (1, 1, 1)
    assert arrest.precision == pytest.approx(0.5) and arrest.recall == pytest.approx(0.5)
    assert arrest.f1 == pytest.approx(0.5)
    assert (kill.true_pos, kill.false_pos, kill.false_neg) == (1, 0, 0)
    assert (force.true_pos, force.false_pos, force.false_neg) == (1, 0, 0)
    assert score.daily == ((date(2002, 3, 1), 1, 2), (date(2002, 3, 2), 1, 0))
    assert score.daily_correlation is None          # gold is flat: 1 and 1
    assert coder.seen == [s.text for s in sentences]


def test_police_score_ratios_undefined_without_predictions():
    sentences = [_sentence(1, 0, "ten men were arrested", {"ARREST"}, 1)]
    score = score_police(sentences, [[]])
    assert score.label("ARREST").precision is None
    assert score.label("ARREST").recall == 0.0
    assert score.label("KILL").recall is None


def test_police_score_rejects_misaligned_events(corpus):
    sentences, _ = corpus
    with pytest.raises(ValueError):
        score_police(sentences, [[]])


def test_police_code_articles_prefers_batches(corpus):
    sentences, canned = corpus
    coder = FakeBatchCoder(canned)
    progress: list[int] = []
    events = code_articles(coder, [s.article() for s in sentences], on_done=progress.append)
    assert coder.batches == 1 and coder.seen == []
    assert [len(e) for e in events] == [1, 1, 0, 1]
    assert progress == [1, 2, 3, 4]


def test_police_load_sentences_dates_each_sentence(tmp_path):
    sents = tmp_path / "sents.jsonl"
    meta = tmp_path / "meta.jsonl"
    sents.write_text("\n".join(json.dumps(r) for r in [
        {"doc_id": 7, "sent_id": 0, "sent_text": "police arrested him", "sent_labels": ["ARREST"]},
        {"doc_id": 8, "sent_id": 3, "sent_text": "nothing here", "sent_labels": []},
    ]) + "\n", encoding="utf-8")
    meta.write_text(json.dumps({"doc_id": 7, "date": "2002-03-04", "url": "u"}) + "\n", encoding="utf-8")
    first, second = load_sentences(sents, meta)
    assert (first.key, first.labels, first.published) == ("7:0", frozenset({"ARREST"}), date(2002, 3, 4))
    assert (second.key, second.published) == ("8:3", None)
    assert first.article().article_id == "7:0" and first.article(str.upper).text == "POLICE ARRESTED HIM"


@pytest.mark.parametrize(("content", "code"), [
    (None, "FP600"),
    ("not json\n", "FP610"),
    ('{"doc_id": 1, "sent_text": "x"}\n', "FP610"),
])
def test_police_load_sentences_rejects_bad_input(tmp_path, content, code):
    path = tmp_path / "sents.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=code):
        load_sentences(path)


def test_police_write_corpus_actors_writes_user_tsv(tmp_path):
    from flashpoint.evaluate.police import CORPUS_ACTORS, write_corpus_actors

    path = write_corpus_actors(tmp_path / "actors.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == [[phrase, code] for phrase, code in CORPUS_ACTORS]
    assert all(code.endswith("COP") for _, code in rows)


@pytest.mark.parametrize(("days", "expected"), [
    ([(1, True, True), (2, False, False), (2, True, False)], None),                        # predictions flat
    ([(1, True, True), (1, True, True), (2, True, True), (3, False, False)], 1.0),
    ([(1, True, False), (2, False, True)], -1.0),
])
def test_police_daily_correlation(days, expected):
    sentences, canned = [], {}
    for i, (day, gold, predicted) in enumerate(days):
        text = f"sentence {i}"
        sentences.append(_sentence(i, 0, text, {"ARREST"} if gold else set(), day))
        canned[text] = [make_event("173")] if predicted else []
    score = score_police(sentences, code_articles(FakeCoder(canned), [s.article() for s in sentences]))
    if expected is None:
        assert score.daily_correlation is None
    else:
        assert score.daily_correlation == pytest.approx(expected)
