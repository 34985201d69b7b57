"""Administrative sanctions (curfews, states of emergency, martial law, bans on parties,
restrictions on the press), their easing, threats of them, and refusals to yield.

CAMEO 1.1b3: 172x impose, 081x ease, 132x threaten, 1241-1246 refuse to yield, 1231 refuse to
give up power, 0831 yield power. Each sentence is written for these tests; the coder must find
the (source country, CAMEO code, target country) triple.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.types import Article, Modality

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _events(pipeline, text: str):
    return pipeline.code_article(Article(article_id="t", text=text, published=date(2021, 6, 1)))


def _triples(pipeline, text: str):
    return [(e.source.country_iso3 if e.source else None, e.cameo_code,
             e.target.country_iso3 if e.target else None) for e in _events(pipeline, text)]


IMPOSED_AND_EASED = [
    # (sentence, source country, CAMEO code, target country): a city resolves to its country
    ("The Nepalese army instituted a curfew in Kathmandu on Friday.", "NPL", "1723", "NPL"),
    ("The Bolivian government slapped a curfew on La Paz.", "BOL", "1723", "BOL"),
    ("The Peruvian army put Lima under curfew.", "PER", "1723", "PER"),
    ("The Ecuadorian president proclaimed a state of emergency in Quito.", "ECU", "1724", "ECU"),
    ("The Fijian military put Suva under martial law.", "FJI", "1724", "FJI"),
    ("The Malian junta introduced emergency rule in Bamako.", "MLI", "1724", "MLI"),
    ("The Zambian government imposed restrictions on the press.", "ZMB", "1721", None),
    ("The Burundian government imposed a ban on opposition parties.", "BDI", "1722", None),
    ("The Nepalese government lifted the curfew in Kathmandu.", "NPL", "0813", "NPL"),
    ("The Peruvian government removed the curfew in Lima.", "PER", "0813", "PER"),
    ("The Ecuadorian president relaxed the state of emergency in Quito.", "ECU", "0814", "ECU"),
    ("The Fijian military lifted martial law in Suva.", "FJI", "0814", "FJI"),
    ("The Bangladeshi government lifted the ban on political parties.", "BGD", "0812", None),
    ("The Zambian government eased restrictions on the press.", "ZMB", "0811", None),
    # the place may sit in a participle on the object
    ("The Nepalese prime minister on Monday shortened by two hours the nightly curfew imposed in Kathmandu.",
     "NPL", "0813", "NPL"),
    # a curfew cut back by some hours is eased; political freedoms widened are restrictions eased
    ("The Kenyan government reduced the curfew in Nairobi by an hour.", "KEN", "0813", "KEN"),
    ("The Zambian government expanded political freedoms.", "ZMB", "0811", None),
    # steps or measures taken to ease are the easing itself
    ("The Ugandan president took steps to broaden civil liberties.", "UGA", "0811", None),
    ("The Egyptian government took measures to ease restrictions on the press.", "EGY", "0811", None),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), IMPOSED_AND_EASED)
def test_sanctions_imposed_and_eased(pipeline, text, source, code, target):
    triples = _triples(pipeline, text)
    assert (source, code, target) in triples, triples


THREATENED = [
    # threats of an administrative sanction take the sub-code of what is threatened (132x),
    # whatever verb names the imposing; a warning of one's own act is a threat too
    ("The Ugandan president threatened to impose a curfew in Kampala.", "UGA", "1323", "UGA"),
    ("The Ugandan president threatened to institute a curfew in Kampala.", "UGA", "1323", "UGA"),
    ("The Thai prime minister threatened to extend the state of emergency.", "THA", "1324", None),
    ("The Thai army threatened to put Bangkok under martial law.", "THA", "1324", "THA"),
    ("The Ethiopian government threatened to impose restrictions on the press.", "ETH", "1321", None),
    ("The Cambodian prime minister threatened to ban the opposition party.", "KHM", "1322", None),
    ("Kazakhstan's president warned that he would impose martial law in Almaty.", "KAZ", "1324", "KAZ"),
    ("Chad warned that it would attack Sudan.", "TCD", "1384", "SDN"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), THREATENED)
def test_sanctions_threatened(pipeline, text, source, code, target):
    triples = _triples(pipeline, text)
    assert (source, code, target) in triples, triples


GOVERNED = [
    # intents, demands and refusals of them, through the governing families
    ("The Nepalese prime minister pledged to lift the curfew.", "NPL", "0351"),
    ("The Ecuadorian government refused to lift the state of emergency.", "ECU", "1241"),
    ("The Ecuadorian government refused to end the state of emergency.", "ECU", "1241"),
    ("The Nepalese government rejected demands to lift the curfew.", "NPL", "1241"),
]


@pytest.mark.parametrize(("text", "source", "code"), GOVERNED)
def test_sanctions_governed_by_intent_or_refusal(pipeline, text, source, code):
    pairs = [(s, c) for s, c, _ in _triples(pipeline, text)]
    assert (source, code) in pairs, pairs


REFUSALS = [
    # refusing to give up power is 1231; ruling an act out refuses it, the act choosing the
    # sub-code; the doer is the speaker when the act is the subject of "out of the question"
    ("The Malawian president declined to step down.", "MWI", "1231", None),
    ("The Gabonese president rejected calls to resign.", "GAB", "1231", None),
    ("The Togolese president ruled out resigning.", "TGO", "1231", None),
    ("The Canadian government ruled out lifting sanctions on Venezuela.", "CAN", "1244", "VEN"),
    ("Canadian officials said lifting the sanctions on Venezuela was out of the question.", "CAN", "1244", "VEN"),
    ("Easing the sanctions on Syria is out of the question, the French president said.", "FRA", "1244", "SYR"),
    ("The Azerbaijani president said a withdrawal from Nagorno-Karabakh was not on the table.",
     "AZE", "1246", None),
    ("The Armenian prime minister said a ceasefire with Azerbaijan was a non-starter.", "ARM", "1246", "AZE"),
    ("The Venezuelan president said talks with Colombia were off the table.", "VEN", "125", "COL"),
    ("Morocco ruled out the release of the Algerian prisoners.", "MAR", "1243", "DZA"),
    ("The Canadian government ruled out any possibility of lifting sanctions on Venezuela.", "CAN", "1244", "VEN"),
    ("Armenia ruled out any prospect of a ceasefire with Azerbaijan.", "ARM", "1246", "AZE"),
    ("The Ethiopian government ruled out international involvement in Tigray.", "ETH", "1245", None),
    # a refusal answers whoever pressed for the act
    ("The Zambian president refused to resign despite pressure from the Zambian opposition.", "ZMB", "1231", "ZMB"),
    ("The Egyptian government declined to lift the curfew despite American pressure.", "EGY", "1241", "USA"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), REFUSALS)
def test_sanctions_refusals_to_yield(pipeline, text, source, code, target):
    events = _events(pipeline, text)
    found = {(e.source.country_iso3 if e.source else None, e.cameo_code,
              e.target.country_iso3 if e.target else None): e.modality for e in events}
    key = (source, code, target) if target else next((k for k in found if k[:2] == (source, code)), None)
    assert key in found, found
    assert found[key] is Modality.ASSERTED


def test_sanctions_resignation_under_threat_keeps_both_events(pipeline):
    text = "The Kyrgyz president resigned on Monday as the Kyrgyz opposition threatened to storm his office."
    codes = {(s, c) for s, c, _ in _triples(pipeline, text)}
    assert ("KGZ", "0831") in codes
    assert any(c.startswith("13") for _, c in codes), codes


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a comment refused is no rejection of anything
        ("The Malawian president refused to comment on the report.", "12"),
        # a football coach is no government
        ("The football coach declined to resign after the defeat.", ""),
        # ruling out an attack or sanctions asserts none, and refuses nothing either
        ("The Chilean president said an attack on Peru was out of the question.", "19"),
        ("The Canadian government ruled out sanctions on Venezuela.", "1"),
        # not ruling an act out is no refusal
        ("The Canadian government did not rule out lifting sanctions on Venezuela.", "12"),
        # an act that is "not off the table" or "not out of the question" is kept open
        ("The Colombian president said a ceasefire with the rebels was not off the table.", "12"),
        ("The Russian foreign minister said a withdrawal from Crimea was not out of the question.", "12"),
    ],
)
def test_sanctions_counter_cases(pipeline, text, unwanted):
    events = _events(pipeline, text)
    bad = [e for e in events if e.cameo_code.startswith(unwanted) and e.modality is Modality.ASSERTED]
    assert not bad, [(e.cameo_code, e.rule) for e in bad]


def test_sanctions_background_curfew_keeps_its_date(pipeline):
    text = ("The Nepalese government lifted the curfew in Kathmandu on Friday. "
            "The Nepalese army had imposed the curfew in Kathmandu in 2019.")
    dated = {e.cameo_code: e.event_date for e in _events(pipeline, text)}
    assert dated.get("0813") is not None and dated["0813"].year == 2021, dated
    assert dated.get("1723") is not None and dated["1723"].year == 2019, dated
