"""User dictionaries (PETRARCH/TABARI .actors and .agents, flashpoint TSV) and date-bounded codes."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from flashpoint.actors.dictionary import ActorDictionary, CodeRange, Entry, Role, phrase_key, split_code
from flashpoint.actors.petrarch import load_actors, load_agents, parse_code_block
from flashpoint.actors.phrases import compose
from flashpoint.actors.resolve import ActorResolver
from flashpoint.actors.tables import load_tsv
from flashpoint.errors import ConfigError

ACTORS = """\
# fictional test countries
ZORBIA_ [ZRB]
+ZORBIAN

KARL_VOSS_  # a person whose office changed
+VOSS_
\t[ZRBREB <100101]
\t[ZRBGOV 100101-151231]
\t[ZRBELI]
BADLAND [ZZZ 99x]
QUARTA_ [QRT] [QRTGOV >200101]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
SHEEP_HERDER [~AGR]
FERRY!PERSON! [~BUS]
TRADE_MISSION [NGO~]
BROKEN_AGENT ~GOV
"""


@pytest.fixture
def user_files(tmp_path):
    actors = tmp_path / "test.actors"
    actors.write_text(ACTORS, encoding="utf-8")
    agents = tmp_path / "test.agents"
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


@pytest.mark.parametrize("block,expected", [
    ("ZRB", CodeRange("ZRB")),
    ("HOB <950601", CodeRange("HOB", None, date(1995, 6, 1))),
    ("HOBREB >990816", CodeRange("HOBREB", date(1999, 8, 16), None)),
    ("RUSGOV 991231-080507", CodeRange("RUSGOV", date(1999, 12, 31), date(2008, 5, 8))),
    ("HOBGOV 20121109-20130119", CodeRange("HOBGOV", date(2012, 11, 9), date(2013, 1, 20))),
    ("pse", CodeRange("PSE")),
    ("---", CodeRange("")),
    ("USA/CAN", CodeRange("USA/CAN")),
])
def test_actors_parses_petrarch_code_block(block, expected):
    assert parse_code_block(block) == expected


@pytest.mark.parametrize("text,key", [
    ("Farmers' Union", ("farmers", "'", "union")),
    ("Teachers' Party of Gondor", ("teachers", "'", "party", "of", "gondor")),
    ("People's Front", ("people", "'s", "front")),
])
def test_actors_phrase_key_splits_possessives_like_the_tokenizer(text, key):
    assert phrase_key(text) == key


@pytest.mark.parametrize("block", ["950601-990815", "USAGOV 19820101", "ABC 2004017-20061201"])
def test_actors_rejects_bad_code_block(block):
    with pytest.raises(ValueError):
        parse_code_block(block)


@pytest.mark.parametrize("when,expected", [
    (date(2005, 1, 1), "ZRBREB"), (date(2012, 6, 1), "ZRBGOV"), (date(2016, 1, 1), "ZRBELI"),
])
def test_actors_user_actors_date_restriction(user_files, when, expected):
    d = ActorDictionary()
    load_actors(d, user_files[0])
    assert d.names[phrase_key("Voss")].code_at(when) == expected
    assert d.names[phrase_key("Karl Voss")].code_at(when) == expected


@pytest.mark.parametrize("when,expected", [(date(2019, 1, 1), "QRT"), (date(2021, 1, 1), "QRTGOV")])
def test_actors_user_actors_undated_default_and_dated_code_on_one_line(user_files, when, expected):
    d = ActorDictionary()
    load_actors(d, user_files[0])
    assert d.names[phrase_key("Quarta")].code_at(when) == expected


@pytest.mark.parametrize("bad_line", [10])
def test_actors_malformed_actors_line_reported_and_skipped(user_files, caplog, bad_line):
    d = ActorDictionary()
    with caplog.at_level(logging.WARNING, logger="flashpoint.actors"):
        n = load_actors(d, user_files[0])
    assert f"test.actors:{bad_line}" in caplog.text
    assert phrase_key("Badland") not in d.names
    assert n == 3  # Zorbia, Karl Voss, Quarta


@pytest.mark.parametrize("phrase,code,prefix", [
    ("sheep herders", "AGR", False), ("ferrymen", "BUS", False), ("ferrywomen", "BUS", False),
    ("trade mission", "NGO", True),
])
def test_actors_user_agents(user_files, caplog, phrase, code, prefix):
    d = ActorDictionary()
    with caplog.at_level(logging.WARNING, logger="flashpoint.actors"):
        load_agents(d, user_files[1])
    role = d.roles[phrase_key(phrase)]
    assert (role.code, role.prefix) == (code, prefix)
    assert "test.agents:5" in caplog.text


TSV = "# name\tcode\tfrom\tuntil\tnationality\taliases\n" \
      "Mara Lind\tSWEGOV\t2019-01-01\t2023-01-01\tSWE\tLind\n" \
      "Mara Lind\tIGOEUREEC\t2023-01-01\t\tSWE\t\n" \
      "Broken Row\tSWE GOV\n" \
      "Other Broken\tSWEGOV\tyesterday\n"


@pytest.mark.parametrize("when,expected", [(date(2020, 1, 1), "SWEGOV"), (date(2024, 1, 1), "IGOEUREEC"),
                                           (date(2010, 1, 1), None)])
def test_actors_user_tsv(tmp_path, caplog, when, expected):
    path = tmp_path / "people.tsv"
    path.write_text(TSV, encoding="utf-8")
    d = ActorDictionary()
    with caplog.at_level(logging.WARNING, logger="flashpoint.actors"):
        assert load_tsv(d, path) == 1
    assert d.names[phrase_key("Lind")].code_at(when) == expected
    assert "people.tsv:4" in caplog.text and "people.tsv:5" in caplog.text


@pytest.mark.parametrize("code,country,blocks", [
    ("RUSGOV", "RUS", ("GOV",)), ("IGOWSTNAT", None, ("IGO", "WST", "NAT")), ("USA", "USA", ()),
    ("MNCRUS", "RUS", ("MNC",)), ("ARNGOV", None, ("GOV",)),
])
def test_actors_split_code(code, country, blocks):
    assert split_code(code) == (country, blocks)


@pytest.mark.parametrize("when,expected", [(date(2014, 1, 1), "XXXGOV"), (date(2016, 1, 1), "XXXELI")])
def test_actors_former_office_holder_is_elite(when, expected):
    entry = Entry("A B", "person", (CodeRange("XXXGOV", date(2010, 1, 1), date(2015, 1, 1)),), "t:1", "XXX")
    assert entry.code_at(when) == expected


@pytest.mark.parametrize("name", ["missing.actors"])
def test_actors_missing_user_file_is_config_error(tmp_path, name):
    with pytest.raises(ConfigError, match=r"^\[FP201\]"):
        ActorResolver.from_files([tmp_path / name])


@pytest.mark.model
@pytest.mark.parametrize("text,when,anchor,expected", [
    ("Karl Voss met the envoy on Monday.", date(2012, 6, 1), "Voss", "ZRBGOV"),
    ("Karl Voss met the envoy on Monday.", date(2005, 6, 1), "Voss", "ZRBREB"),
    ("Zorbian sheep herders blocked the road.", date(2012, 6, 1), "herders", "ZRBAGR"),
    ("The Zorbia trade mission opened an office.", date(2012, 6, 1), "mission", "NGOZRB"),
    # words joined by underscores, as PETRARCH-style input writes a multiword name
    ("Karl_Voss met the envoy on Monday.", date(2012, 6, 1), "Karl_Voss", "ZRBGOV"),
])
def test_actors_user_files_in_resolution(nlp, user_files, text, when, anchor, expected):
    resolver = ActorResolver.from_files(user_files)
    doc = nlp(text)
    codes = {m.actor.code for m in resolver.resolve(doc, when) if doc[m.anchor].text == anchor}
    assert codes == {expected}
    assert any(m.how == "user" and "test.actors:" in m.detail for m in resolver.resolve(doc, when))


@pytest.mark.model
@pytest.mark.parametrize("text,anchor,expected", [
    # an entry with several codes names several actors at once
    ("The Twin Realms signed a treaty on Monday.", "Realms", {"ZRB", "QRT"}),
    # "lawmakers in A and B", parsed with B a conjunct of "lawmakers": B's lawmakers too
    ("Lawmakers in Zorbia and Quarta welcomed the agreement.", "Lawmakers", {"ZRBLEG", "QRTLEG"}),
])
def test_actors_user_entry_with_several_codes(nlp, tmp_path, text, anchor, expected):
    path = tmp_path / "twins.actors"
    path.write_text("ZORBIA_ [ZRB]\nQUARTA_ [QRT]\nTHE_TWIN_REALMS [ZRB/QRT]\n", encoding="utf-8")
    resolver = ActorResolver.from_files([path])
    doc = nlp(text)
    assert {m.actor.code for m in resolver.resolve(doc, date(2012, 6, 1)) if doc[m.anchor].text == anchor} == expected


@pytest.mark.model
@pytest.mark.parametrize("text,with_agents,expected", [
    # the user's agents file is the whole list of roles: it has no "leader", so the country stays bare
    ("Zorbian leaders met on Monday.", True, {"ZRB"}),
    ("Zorbian leaders met on Monday.", False, {"ZRBGOV"}),
    ("Zorbian sheep herders met on Monday.", True, {"ZRBAGR"}),
])
def test_actors_user_agents_replace_packaged_roles(nlp, user_files, text, with_agents, expected):
    resolver = ActorResolver.from_files(user_files if with_agents else user_files[:1])
    assert {m.actor.code for m in resolver.resolve(nlp(text), date(2012, 6, 1))} == expected


@pytest.mark.parametrize("code,role,expected", [
    # a PETRARCH [~XXX] agent stacks after the whole actor code; a packaged role replaces the role
    ("ZRBGOV", Role("AGR", False, "t.agents:1", False, True), "ZRBGOVAGR"),
    ("ZRBGOV", Role("AGR", False, "roles.tsv:1"), "ZRBAGR"),
    ("ZRBGOV", Role("GOV", False, "t.agents:1", False, True), "ZRBGOV"),
    ("ZRB", Role("AGR", False, "t.agents:1", False, True), "ZRBAGR"),
])
def test_actors_compose_role_blocks(code, role, expected):
    assert compose(code, role) == expected


@pytest.mark.model
def test_actors_user_agent_stacks_on_actor_with_role(nlp, user_files, tmp_path):
    path = tmp_path / "court.actors"
    path.write_text("ZORBIAN_COURT [ZRBJUD]\n", encoding="utf-8")
    resolver = ActorResolver.from_files([path, user_files[1]])
    doc = nlp("Zorbian court sheep herders met on Monday.")
    assert {m.actor.code for m in resolver.resolve(doc, date(2012, 6, 1))} == {"ZRBJUDAGR"}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a user dictionary does not say which names are people: the speaker of a "he" clause is
    ("Frobisco said he would visit Quarta on Monday.", {"ZRBGOV"}),
    # a country is never a "he"
    ("Germany said he would visit Quarta on Monday.", set()),
])
def test_actors_user_name_speaker_takes_personal_pronoun(nlp, user_files, tmp_path, text, expected):
    path = tmp_path / "speaker.actors"
    path.write_text("FROBISCO [ZRBGOV]\n", encoding="utf-8")
    resolver = ActorResolver.from_files([*user_files, path])
    doc = nlp(text)
    he = [t.i for t in doc if t.lower_ == "he"]
    assert {m.actor.code for m in resolver.resolve(doc, date(2005, 6, 1)) if m.anchor in he} == expected
