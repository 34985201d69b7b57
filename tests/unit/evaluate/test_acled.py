"""ACLED-type scoring (CASE 2021 event typing) and negative-corpus counts with hand-made events."""

from __future__ import annotations

import pytest

from flashpoint.errors import ConfigError, InputError
from flashpoint.evaluate.acled import (
    NO_EVENT,
    Snippet,
    TypeMapping,
    load_snippets,
    load_table,
    score_case,
    score_negatives,
    snippet_correct,
)
from flashpoint.evaluate.police import code_articles
from flashpoint.types import Actor, Article, Event, Modality, QuadClass

#: The 30 types of the CASE 2021 event-typing set (25 from ACLED, 5 unseen), from its event_types note.
CASE_TYPES = (
    "ABDUCT_DISSAP AGREEMENT AIR_STRIKE ARMED_CLASH ARREST ART_MISS_ATTACK ATTACK CHANGE_TO_GROUP_ACT "
    "CHEM_WEAP DISR_WEAP FORCE_AGAINST_PROTEST GOV_REGAINS_TERIT GRENADE HQ_ESTABLISHED MOB_VIOL "
    "NON_STATE_ACTOR_OVERTAKES_TER NON_VIOL_TERRIT_TRANSFER OTHER PEACE_PROTEST PROPERTY_DISTRUCT "
    "PROTEST_WITH_INTER REM_EXPLOS SEX_VIOL SUIC_BOMB VIOL_DEMONSTR ORG_CRIME NATURAL_DISASTER "
    "MAN_MADE_DISASTER DIPLO ATTRIB"
).split()


def _quad(code: str) -> QuadClass:
    root = int(code[:2])
    return QuadClass(1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)


def make_event(code: str, modality: Modality = Modality.ASSERTED, goldstein: float = -5.0,
               rule: str | None = None) -> Event:
    return Event(
        event_id=f"{code}-{modality.value}-{goldstein}", article_id="x", sentence_index=0,
        evidence=((0, 0, 1),), event_date=None, date_precision="unknown",
        source=Actor("SYRMIL", country_iso3="SYR", sectors=("MIL",)), target=None, cameo_code=code,
        plover_type=None, quad_class=_quad(code), goldstein=goldstein, modality=modality,
        sentence=f"sentence for {code}", trigger="t", span_start=0, span_end=1, rule=rule or f"fake:{code}",
    )


class FakeCoder:
    def __init__(self, canned: dict[str, list[Event]]):
        self.canned = canned

    def code_article(self, article: Article) -> list[Event]:
        return self.canned.get(article.text, [])


CLASH = TypeMapping("ARMED_CLASH", "positive", frozenset({"19"}))
PROTEST = TypeMapping("PEACE_PROTEST", "positive", frozenset({"14"}))
QUAKE = TypeMapping("NATURAL_DISASTER", "negative", frozenset())
CRIME = TypeMapping("ORG_CRIME", "excluded", frozenset())


def test_acled_packaged_table_covers_every_case_type():
    table = load_table()
    assert set(CASE_TYPES) <= set(table)
    assert {t for t, m in table.items() if m.kind == "negative"} == {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    for mapping in table.values():
        assert all(len(r) == 2 and 1 <= int(r) <= 20 for r in mapping.roots), mapping
        assert all(code[:2] in mapping.roots for code in mapping.codes), mapping


@pytest.mark.parametrize(("mapping", "events", "asserted_only", "expected"), [
    (CLASH, [make_event("190")], True, True),
    (CLASH, [make_event("042"), make_event("193")], True, True),
    (CLASH, [make_event("173")], True, False),
    (CLASH, [], True, False),
    (CLASH, [make_event("190", Modality.HYPOTHETICAL)], True, False),
    (CLASH, [make_event("190", Modality.HYPOTHETICAL)], False, True),
    (PROTEST, [make_event("141")], True, True),
    (QUAKE, [], True, True),
    (QUAKE, [make_event("0233")], True, True),
    (QUAKE, [make_event("190")], True, False),
    (QUAKE, [make_event("190", Modality.NEGATED)], True, True),
    (CRIME, [make_event("173")], True, None),
])
def test_acled_snippet_correct(mapping, events, asserted_only, expected):
    assert snippet_correct(mapping, events, asserted_only) is expected


def test_acled_score_case_per_type_and_overall():
    table = {m.acled_type: m for m in (CLASH, PROTEST, QUAKE, CRIME)}
    snippets = [
        Snippet("1", "troops clashed", "ARMED_CLASH"),
        Snippet("2", "rebels fought", "ARMED_CLASH"),
        Snippet("3", "crowds marched", "PEACE_PROTEST"),
        Snippet("4", "the earth shook", "NATURAL_DISASTER"),
        Snippet("5", "a bank was robbed", "ORG_CRIME"),
        Snippet("6", "ambassador expelled", "DIPLO"),
    ]
    canned = {"troops clashed": [make_event("190")], "rebels fought": [make_event("173")],
              "crowds marched": [make_event("145"), make_event("141")]}
    events = code_articles(FakeCoder(canned), [Article(article_id=s.row_id, text=s.text) for s in snippets])
    score = score_case(snippets, events, table)
    by_type = {t.acled_type: t for t in score.types}
    assert (by_type["ARMED_CLASH"].hits, by_type["ARMED_CLASH"].total) == (1, 2)
    assert (by_type["ARMED_CLASH"].top_root, by_type["ARMED_CLASH"].top_root_count) == ("17", 1)   # tie: lower root
    assert by_type["PEACE_PROTEST"].top_root == "14" and by_type["PEACE_PROTEST"].top_root_count == 1
    assert (by_type["NATURAL_DISASTER"].top_root, by_type["NATURAL_DISASTER"].no_event) == (NO_EVENT, 1)
    assert by_type["ORG_CRIME"].accuracy is None
    assert score.unmapped == ("DIPLO",)
    assert score.accuracy == pytest.approx(3 / 4)
    assert score.positive_accuracy == pytest.approx(2 / 3)
    assert score.negative_accuracy == 1.0


def test_acled_score_case_rejects_misaligned_events():
    with pytest.raises(ValueError):
        score_case([Snippet("1", "x", "ARMED_CLASH")], [], {"ARMED_CLASH": CLASH})


@pytest.mark.parametrize("row", [
    "X\tpositive\t\t\tno roots",
    "X\tnegative\t19\t\troots on a negative",
    "X\tmaybe\t19\t\tunknown kind",
])
def test_acled_load_table_rejects_bad_rows(tmp_path, row):
    path = tmp_path / "table.tsv"
    path.write_text("# comment\nacled_type\tkind\troots\tcodes\tnote\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="FP620"):
        load_table(path)


def test_acled_load_snippets_reads_rows_and_rejects_other_files(tmp_path):
    good = tmp_path / "dev.tsv"
    good.write_text('id\tEventSnippet\tSubType\n7\tTroops "clashed" near the border\tARMED_CLASH\n', encoding="utf-8")
    assert load_snippets(good) == [Snippet("7", 'Troops "clashed" near the border', "ARMED_CLASH")]
    bad = tmp_path / "other.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="FP621"):
        load_snippets(bad)
    with pytest.raises(InputError, match="FP600"):
        load_snippets(tmp_path / "missing.tsv")


def test_acled_score_negatives_counts_asserted_conflict_per_topic():
    names = ["sport/1.txt", "sport/2.txt", "tech/1.txt"]
    events = [
        [make_event("190", goldstein=-10.0, rule="r.fight"), make_event("190", goldstein=-10.0, rule="r.fight"),
         make_event("042", goldstein=1.9)],
        [make_event("173", goldstein=-5.0, rule="r.arrest"), make_event("190", Modality.FUTURE)],
        [make_event("173", goldstein=-5.0, rule="r.arrest")],
    ]
    score = score_negatives(names, [n.split("/")[0] for n in names], events, worst=2)
    sport, tech = score.topics
    assert (sport.topic, sport.articles, sport.events, sport.articles_with_conflict) == ("sport", 2, 3, 2)
    assert (tech.events, tech.per_article) == (1, 1.0)
    assert score.per_article == pytest.approx(4 / 3)
    assert score.rules == (("r.arrest", 2), ("r.fight", 2))
    assert [(n, e.cameo_code) for n, e in score.worst] == [("sport/1.txt", "190"), ("sport/2.txt", "173")]
