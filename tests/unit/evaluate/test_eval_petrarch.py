"""PETRARCH validation scoring: lenient record splitting and scores with a fake coder."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate.metrics import country_key, strip_unknown
from flashpoint.evaluate.petrarch import load_petrarch, parse_petrarch, score_petrarch
from flashpoint.types import Actor, Article, Event, Modality, QuadClass

# Invented records in the validation file layout; the second opens with a self-closed
# <Sentence .../> and still ends with </Sentence>, as some real files do.
XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# free text that is not XML at all
<Sentences>
<!-- <Sentence date="19990101" id="COMMENTED" category="X"><Text>ignored</Text></Sentence> -->
<Sentence date="20030405" id="T-1" category="DEMO">
<EventCoding sourcecode="FRDGOV" targetcode="SYL" eventcode="042"></EventCoding>
<EventCoding sourcecode="---REB" targetcode="SYL" eventcode="190" />
<Text>
Freedonia's premier visited Sylvania &amp; rebels
shelled the capital.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date="20030406" id="T-2" category="DEMO"/>
<EventCoding noevents="True" />
<Text>Nothing at all happened on Tuesday.</Text>
</Parse></Sentence>
<Sentence date="0406" id="T-3" category="DEMO">
<EventCoding sourcecode="FRD" targetcode="SYLMIL" eventcode="999" />
<EventCoding sourcecode="FRD" targetcode="SYLMIL" eventcode="173" />
<Text>Freedonia arrested Sylvanian soldiers.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def make_event(source, target, code, modality=Modality.ASSERTED) -> Event:
    return Event(
        event_id=f"{source}{target}{code}{modality.value}", article_id="x", sentence_index=0,
        evidence=((0, 0, 1),), event_date=None, date_precision="unknown",
        source=Actor(source) if source else None, target=Actor(target) if target else None,
        cameo_code=code, plover_type=None, quad_class=QuadClass.MATERIAL_CONFLICT, goldstein=-1.0,
        modality=modality, sentence="s", trigger="t", span_start=0, span_end=1, rule="fake",
    )


class FakeCoder:
    def __init__(self, canned):
        self.canned = canned
        self.seen: list[Article] = []

    def code_article(self, article):
        self.seen.append(article)
        return self.canned.get(article.article_id, [])


def test_eval_petrarch_splits_malformed_records():
    records = parse_petrarch(XML)
    assert [r.record_id for r in records] == ["T-1", "T-2", "T-3"]
    assert records[0].text == "Freedonia's premier visited Sylvania & rebels shelled the capital."
    assert [(g.source, g.target, g.code) for g in records[0].events] == [
        ("FRDGOV", "SYL", "042"), ("---REB", "SYL", "190")]
    assert records[1].events == ()
    assert [r.published for r in records] == [date(2003, 4, 5), date(2003, 4, 6), None]


@pytest.mark.parametrize("content", ["<Validation></Validation>", "plain text"])
def test_eval_petrarch_empty_file_raises(tmp_path, content):
    path = tmp_path / "empty.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"^\[FP602\]"):
        load_petrarch(path)


@pytest.mark.parametrize("gold, coded, strict, country", [
    ("RUS", "RUS", True, True),
    ("RUS", "RUSGOV", False, True),
    ("---REB", "REB", True, True),
    ("IGOUNOMIL", "IGOUNO", False, True),
    ("IGOUNO", "IGOWSTNAT", False, False),
    ("USAGOV", "GBRGOV", False, False),
])
def test_eval_petrarch_actor_rules(gold, coded, strict, country):
    assert (strip_unknown(gold) == strip_unknown(coded)) is strict
    assert (country_key(gold) == country_key(coded)) is country


def test_eval_petrarch_scores_fake_coder():
    records = parse_petrarch(XML)
    coder = FakeCoder({
        "T-1": [make_event("FRDGOV", "SYL", "042"), make_event("REB", "SYLGOV", "193", Modality.FUTURE)],
        "T-2": [make_event("SYL", None, "010", Modality.NEGATED)],
        "T-3": [make_event("FRDGOV", "SYLMIL", "112")],
    })
    score = score_petrarch(records, coder, is_cameo=lambda c: c != "999")
    assert [a.published for a in coder.seen] == [date(2003, 4, 5), date(2003, 4, 6), None]
    assert (score.records, score.gold_events, score.non_cameo) == (3, 4, 1)
    assert (score.recall_strict.hits, score.recall_strict.total) == (1, 3)
    assert (score.recall_country.hits, score.recall_country.total) == (2, 3)
    assert (score.recall_country_asserted.hits, score.recall_country_asserted.total) == (1, 3)
    assert (score.actor_only_strict.hits, score.actor_only_country.hits) == (1, 3)
    assert (score.exact_match.hits, score.exact_match.total) == (0, 3)
    assert (score.no_event_coded_nothing.hits, score.no_event_coded_nothing.total) == (0, 1)
    assert (score.no_event_coded_nothing_asserted.hits, score.no_event_coded_nothing_asserted.total) == (1, 1)
    assert ("17", "11", 1) in score.confusion and ("04", "04", 1) in score.confusion


@pytest.mark.shared
@pytest.mark.parametrize("name", ["PETR2_GSR_validation.xml", "PETR.UnitTest.records.xml"])
def test_eval_petrarch_reads_real_files_leniently(name):
    import re

    from conftest import shared_path

    path = shared_path("events", "petrarch-validation", name)
    markup = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    records = load_petrarch(path)
    assert len(records) == len(re.findall(r"<Sentence\s", markup))
    assert all(r.text and "<" not in r.text for r in records)
    assert len({r.record_id for r in records}) == len(records)
