"""Actor resolution on the reference article and the shared gold sets (skipped where absent)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from conftest import SEED, shared_path
from flashpoint.actors.resolve import ActorResolver
from flashpoint.pipeline import split_paragraphs


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_files()


def _parse_article(nlp, text: str):
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(split_paragraphs(text))), ensure_whitespace=False)


# (phrase located in the seed, token of the phrase that is the anchor, expected code, expected how)
SEED_CASES = [
    ("Undersecretary of State Wendy Sherman", "Sherman", "USAGOV", "dictionary"),
    ("Sherman said the meeting ended", "Sherman", "USAGOV", "coreference"),
    ("He also bluntly admitted", "He", "USAGOV", "coreference"),
    ("Jens Stoltenberg said", "Stoltenberg", "IGOWSTNAT", "dictionary"),
    ("and Stoltenberg said", "Stoltenberg", "IGOWSTNAT", "coreference"),
    ("Grushko said, according", "Grushko", "RUSGOV", "coreference"),
    ("Russian Deputy Foreign Minister Alexander Grushko", "Grushko", "RUSGOV", "dictionary"),
    ("said the NATO leader", "leader", "IGOWSTNAT", "coreference"),
    ("The Biden administration and", "administration", "USAGOV", "role"),
    ("100,000 Russian troops", "troops", "RUSMIL", "demonym"),
    ("Interfax news agency", "agency", "RUSMED", "country"),
    ("Mr Putin has indicated", "Putin", "RUSGOV", "coreference"),
    ("that the Kremlin has used", "Kremlin", "RUSGOV", "metonym"),
]


@pytest.fixture(scope="module")
def seed(nlp, resolver):
    """(text, doc, mentions) of the reference article, parsed once."""
    if not SEED.exists():
        pytest.skip("seed article ../shared/seeds/000_d07a4059c8cfa16f.txt not available")
    text = SEED.read_text(encoding="utf-8")
    doc = _parse_article(nlp, text)
    return text, doc, resolver.resolve(doc, date(2022, 1, 12))


@pytest.mark.model
@pytest.mark.parametrize("phrase,anchor,code,how", SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_actors_seed_article(seed, phrase, anchor, code, how):
    text, doc, mentions = seed
    start = text.index(phrase)
    tok = next(t for t in doc if t.idx >= start and t.text == anchor)
    found = {(m.actor.code, m.how) for m in mentions if m.anchor == tok.i}
    assert (code, how) in found


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.parametrize("side,floor", [("source", 0.85), ("target", 0.85)])
def test_actors_plover_dev_country_recall(nlp, resolver, side, floor):
    path = shared_path("events", "plover-gsr", "dev.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    hit = total = 0
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        gold = rec.get(side)
        if not gold or isinstance(gold, str):
            continue
        countries = {m.actor.country_iso3 or m.actor.code[:3] for m in resolver.resolve(doc, date(2000, 1, 1))}
        total += 1
        hit += any(g["code"] in countries for g in gold)
    assert total > 100 and hit / total >= floor


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.parametrize("floor", [0.8])
def test_actors_petrarch_validation_codes(nlp, floor):
    dicts = [shared_path("events", "petrarch-dictionaries", f"PETR.Validate.{kind}.txt")
             for kind in ("actors", "agents")]
    resolver = ActorResolver.from_files(dicts)
    text = shared_path("events", "petrarch-validation", "PETR.UnitTest.records.xml").read_text(errors="replace")
    hit = total = 0
    for m in re.finditer(r'<Sentence date="(\d{8})"(.*?)</Sentence>', text, re.S):
        day, body = m.group(1), m.group(2)
        sent = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not sent:
            continue
        doc = nlp(" ".join(sent.group(1).split()))
        codes = {x.actor.code for x in resolver.resolve(doc, date(int(day[:4]), int(day[4:6]), int(day[6:])))}
        for ev in re.finditer(r'sourcecode="([^"]*)"\s+targetcode="([^"]*)"', body):
            for code in ev.groups():
                if code and code != "---":
                    total += 1
                    hit += code in codes
    assert total > 300 and hit / total >= floor


@pytest.mark.shared
@pytest.mark.parametrize("table", ["CAMEO.type.txt", "CAMEO.knowngroup.txt"])
def test_actors_every_cameo_type_and_group_is_reachable(resolver, table):
    lines = shared_path("cameo", table).read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    wanted = {line.split("\t")[0] for line in lines if "\t" in line}
    d = resolver.dictionary
    reachable = {r.code for r in d.roles.values()}
    for entry in d.names.values():
        for r in entry.ranges:
            reachable.update(r.code[i:i + 3] for i in range(0, len(r.code), 3))
    assert wanted - reachable == set()
