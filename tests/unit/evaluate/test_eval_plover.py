"""PLOVER gold scoring with a fake coder and hand-written records."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.errors import InputError
from flashpoint.evaluate.plover import choose_event, load_plover, parse_plover_line, score_plover
from flashpoint.types import Actor, Article, Event, Modality, QuadClass

COUNTRIES = {"Freedonia": "FRD", "Sylvania": "SYL", "Japan": "JPN", "Italy": "ITA"}


def make_event(source: str | None, target: str | None, plover: str | None, root: str = "04",
               modality: Modality = Modality.ASSERTED) -> Event:
    def actor(code):
        if code is None:
            return None
        country = None if code.startswith(("IGO", "NGO")) else code[:3]
        return Actor(code, country_iso3=country)

    return Event(
        event_id=f"{source}-{target}-{plover}-{modality.value}", article_id="x", sentence_index=0,
        evidence=((0, 0, 1),), event_date=None, date_precision="unknown",
        source=actor(source), target=actor(target), cameo_code=root + "0", plover_type=plover,
        quad_class=QuadClass.VERBAL_COOPERATION, goldstein=1.0, modality=modality,
        sentence="s", trigger="t", span_start=0, span_end=1, rule="fake",
    )


class FakeCoder:
    """Returns canned events per text and remembers the articles it saw."""

    def __init__(self, canned: dict[str, list[Event]]):
        self.canned = canned
        self.seen: list[Article] = []

    def code_article(self, article: Article) -> list[Event]:
        self.seen.append(article)
        return self.canned.get(article.text, [])


def gold_line(rid, text, event, source=(), target=(), when="2001-02-03") -> str:
    return json.dumps({
        "id": rid, "date": when, "text": text, "event": event,
        "source": [{"code": c, "sector": s, "actorText": "x"} for c, s in source],
        "target": [{"code": c, "sector": s, "actorText": "x"} for c, s in target] if target else "",
    })


@pytest.fixture
def gold_file(tmp_path):
    lines = [
        gold_line("r1", "Freedonian envoys demanded an apology from Sylvania.", "DEMAND",
                  [("FRD", "GOV")], [("SYL", None)]),
        gold_line("r2", "Sylvanian troops fought rebels near the Freedonian border.", "FIGHT",
                  [("SYL", "MIL")], [("SYL", "REB")]),
        gold_line("r3", "The weather was mild.", "AGREE", [("JAP", None), ("ITL", None)]),
        gold_line("r4", "The council condemned the Freedonian raid.", "DISAPPROVE",
                  [("IGO", "***")], [("FRD", "CVLkur")]),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("raw, expected", [
    ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
    ("AGREE", "AGREE"), ("consult", "CONSULT"),
])
def test_eval_plover_maps_old_types(raw, expected):
    assert parse_plover_line(gold_line("r", "t", raw, [("FRD", None)])).plover_type == expected


@pytest.mark.parametrize("code, expected", [("JAP", "JPN"), ("ITL", "ITA"), ("usa", "USA"), ("IGO", "IGO")])
def test_eval_plover_normalises_legacy_countries(code, expected):
    record = parse_plover_line(gold_line("r", "t", "AGREE", [(code, None)]))
    assert record.sources[0].country == expected


@pytest.mark.parametrize("sector, expected", [("CVLkur", "CVL"), ("***", None), (None, None), ("RELCHR", "REL")])
def test_eval_plover_reads_sector_prefix(sector, expected):
    record = parse_plover_line(gold_line("r", "t", "AGREE", [("FRD", sector)]))
    assert record.sources[0].sector == expected


@pytest.mark.parametrize("line", ["not json", json.dumps({"id": "a", "text": "b"}), json.dumps([1, 2])])
def test_eval_plover_bad_line_raises(line):
    with pytest.raises(InputError, match=r"^\[FP601\]"):
        parse_plover_line(line)


@pytest.mark.parametrize("events, gold, expected_index", [
    ([make_event("A", "B", "ACCUSE"), make_event("A", "B", "REQUEST")], "REQUEST", 1),
    ([make_event("A", "B", "REQUEST", modality=Modality.FUTURE), make_event("A", "B", "ACCUSE")], "REQUEST", 0),
    ([make_event("A", "B", "ACCUSE")], "AGREE", 0),
    ([], "AGREE", None),
])
def test_eval_plover_choose_event_rule(events, gold, expected_index):
    chosen = choose_event(events, gold)
    assert chosen is (events[expected_index] if expected_index is not None else None)


def test_eval_plover_scores_fake_coder(gold_file):
    records = load_plover(gold_file)
    coder = FakeCoder({
        records[0].text: [make_event("FRDGOV", "SYL", "REQUEST")],
        records[1].text: [make_event("SYLMIL", "FRDREB", "ASSAULT")],
        records[3].text: [make_event("IGOUNO", "FRDCVL", "ACCUSE", root="11")],
    })
    score = score_plover(records, coder)
    assert [a.published for a in coder.seen] == [date(2001, 2, 3)] * 4
    assert score.records == 4 and score.no_event == 1
    assert (score.event_type.hits, score.event_type.total) == (3, 4)
    assert (score.source_country.hits, score.source_country.total) == (3, 4)
    assert (score.target_country.hits, score.target_country.total) == (2, 3)
    assert (score.source_sector.hits, score.source_sector.total) == (2, 2)
    assert (score.target_sector.hits, score.target_sector.total) == (1, 2)
    assert (score.triple.hits, score.triple.total) == (2, 4)
    assert ("AGREE", "NONE", 1) in score.confusion


def test_eval_plover_scores_the_event_place():
    from dataclasses import replace

    from flashpoint.evaluate.plover import score_record
    from flashpoint.types import Location

    line = ('{"id": "p1", "date": "2001-05-02", "text": "t", "event": "ASSAULT", '
            '"eventLoc": {"name": "town of Rafah"}}')
    record = parse_plover_line(line)
    assert record.place == "town of Rafah"
    event = make_event("ISR", "PSE", "ASSAULT", "19")
    placed = replace(event, location=Location("Rafaḩ", "PSE", 31.3, 34.2, 1))
    elsewhere = replace(event, location=Location("Gaza", "PSE", 31.5, 34.4, 2))
    assert score_record(record, [placed]).place_ok is True
    assert score_record(record, [elsewhere, event]).place_ok is False
    assert score_record(parse_plover_line(line.replace(', "eventLoc": {"name": "town of Rafah"}', "")),
                        [placed]).place_ok is None
