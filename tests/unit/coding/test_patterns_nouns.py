"""Nominal events in the CAMEO pattern dictionary, and the bare verbs it no longer codes.

Each sentence states one event as a noun ("Canadian sanctions on Belarus", "the withdrawal
from Mali"); the coder must find the event's CAMEO code (or a code under the given root), its
source actor (possessor, actor adjective, ``by`` or ``of`` phrase, or the subject of the
governing verb) and its target actor (the pattern's target slots). The sentences are written
for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _events(pipeline, text: str):
    return pipeline.code_article(Article(article_id="t", text=text, published=date(2022, 1, 12)))


def _triples(events):
    return [(e.source.country_iso3 if e.source else None, e.cameo_code,
             e.target.country_iso3 if e.target else None) for e in events]


NOUN_EVENTS = [
    # (sentence, source country, CAMEO code or code prefix, target country)
    ("Moscow's warning to Finland came on Tuesday.", "RUS", "012", "FIN"),
    ("Kenya's request to Britain for emergency aid was approved.", "KEN", "023", "GBR"),
    ("Norway's call for talks with Venezuela was welcomed in Caracas.", "NOR", "026", "VEN"),
    ("Sweden's pledge of aid to Moldova was announced in Stockholm.", "SWE", "033", "MDA"),
    ("Chile's proposal for talks with Bolivia surprised diplomats.", "CHL", "036", "BOL"),
    ("Ghana sent an invitation to Togo.", "GHA", "036", "TGO"),
    ("Finland's offer to Estonia was generous.", "FIN", "030", "EST"),
    ("The meeting between India and Pakistan lasted two hours.", "IND", "040", "PAK"),
    ("The talks between Chile and Argentina lasted three hours.", "CHL", "046", "ARG"),
    ("Discussions between Peru and Ecuador ended on Monday.", "PER", "046", "ECU"),
    ("Consultations between Peru and Ecuador ended on Monday.", "PER", "040", "ECU"),
    ("The Peruvian ambassador's visit to Ecuador was cut short.", "PER", "042", "ECU"),
    ("Qatari mediation between Sudan and Chad resumed on Monday.", "QAT", "045", "SDN"),
    ("Danish negotiations with Greenland resumed on Monday.", "DNK", "046", "GRL"),
    ("Canada's praise for Mexico was unusually warm.", "CAN", "051", "MEX"),
    ("Egyptian support for Libya has grown.", "EGY", "051", "LBY"),
    ("Morocco's recognition of Israel was announced in December.", "MAR", "054", "ISR"),
    ("Japan's apology to South Korea was accepted.", "JPN", "055", "KOR"),
    ("The agreement between Argentina and Brazil took effect on Monday.", "ARG", "057", "BRA"),
    ("Indian military cooperation with Vietnam has deepened.", "IND", "062", "VNM"),
    ("The Japanese loan to Kenya was signed in Nairobi.", "JPN", "071", "KEN"),
    ("Norwegian humanitarian aid to Sudan arrived on Sunday.", "NOR", "073", "SDN"),
    ("Egypt's release of Sudanese prisoners was welcomed by Khartoum.", "EGY", "0841", "SDN"),
    ("The ceasefire between Armenia and Azerbaijan collapsed within hours.", "ARM", "0871", "AZE"),
    ("The French withdrawal from Mali ended in August.", "FRA", "0874", "MLI"),
    ("Chilean riots against Bolivia continued on Sunday.", "CHL", "145", "BOL"),
    ("The Turkish investigation into Saudi Arabia widened.", "TUR", "09", "SAU"),
    ("Serbia renewed its demand that Croatia withdraw its troops.", "SRB", "10", "HRV"),
    ("Spanish condemnation of Venezuela grew louder.", "ESP", "111", "VEN"),
    ("Polish criticism of Belarus intensified.", "POL", "111", "BLR"),
    ("Greek allegations against Turkey have multiplied.", "GRC", "112", "TUR"),
    ("Iraqi threats against Kuwait escalated.", "IRQ", "130", "KWT"),
    ("China's threat of force against Taiwan alarmed Tokyo.", "CHN", "138", "TWN"),
    ("The Ethiopian ultimatum to Eritrea expired on Friday.", "ETH", "139", "ERI"),
    ("The Palestinian boycott of Israeli goods spread.", "PSE", "143", "ISR"),
    ("Chinese military exercises near Taiwan alarmed Washington.", "CHN", "150", "TWN"),
    ("Canadian sanctions on Belarus took effect on Monday.", "CAN", "163", "BLR"),
    ("Chad's expulsion of Sudanese diplomats was announced on Friday.", "TCD", "161", "SDN"),
    ("Iran's arrest of two French tourists angered Paris.", "IRN", "173", "FRA"),
    ("Indonesia's deportation of Australian activists angered Canberra.", "IDN", "174", "AUS"),
    ("The Saudi execution of Pakistani workers drew protests.", "SAU", "1823", "PAK"),
    ("The Iraqi invasion of Kuwait began in August 1990.", "IRQ", "19", "KWT"),
    ("Colombian raids on Venezuela were reported.", "COL", "190", "VEN"),
    ("Clashes between Kyrgyzstan and Tajikistan killed dozens.", "KGZ", "190", "TJK"),
    ("The Israeli blockade of Gaza continued.", "ISR", "191", "PSE"),
    ("Syrian shelling of Lebanon continued overnight.", "SYR", "194", "LBN"),
    ("Nigerian air strikes on Niger killed dozens.", "NGA", "195", "NER"),
    ("The Japanese emperor's tour of Brazil ended on Friday.", "JPN", "042", "BRA"),
    ("Vietnam's partnership with Australia has deepened.", "VNM", "050", "AUS"),
    ("Japanese investment in Vietnam has grown.", "JPN", "061", "VNM"),
    ("Portugal announced a suspension of flights to Angola.", "PRT", "160", "AGO"),
    ("Kenya announced the recall of its ambassador from Uganda.", "KEN", "161", "UGA"),
    ("Iran's seizure of a Greek tanker angered Athens.", "IRN", "171", "GRC"),
    ("The Indian demolition of Pakistani bunkers continued.", "IND", "1712", "PAK"),
    # sexual violence, assault and abuse are CAMEO 1821 as the verbs are
    ("Sexual violence against Yazidi villagers by Syrian soldiers was documented.", "SYR", "1821", None),
    ("The sexual abuse of detainees by Libyan guards shocked Tunisia.", "LBY", "1821", None),
    # violence named by its doer: brutality, and police or army "excesses" and "violence"
    ("Indian police brutality left three students injured in Delhi.", "IND", "180", None),
    ("Indian police excesses on the villagers were condemned by the opposition.", "IND", "180", None),
    ("The Kenyan police violence in Nairobi left many hurt.", "KEN", "180", "KEN"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), NOUN_EVENTS)
def test_patterns_noun_event_coded(pipeline, text, source, code, target):
    triples = _triples(_events(pipeline, text))
    assert any(s == source and c.startswith(code) and t == target for s, c, t in triples), triples


OVER_GENERAL = [
    # (sentence, CAMEO root that must not be coded): bare verbs that are no political act here
    ("The Pakistani army ordered patrols in the capital.", "10"),
    ("Turkey received a letter from Greece.", "04"),
    ("Israel committed to reducing its emissions.", "03"),
    ("Chilean students blocked the minister's car.", "12"),
    ("Russian sanctions hit the Polish economy hard.", "19"),
    ("Brazilian farms yielded record harvests.", "08"),
    ("The Polish minister was open about his doubts.", "03"),
    ("The Thai government was forced to accept the refugees.", "17"),
    ("Norway hit its aid target this year.", "19"),
    # "violence" and "excess" name no doer's attack without a force before them
    ("Communal violence in Gujarat claimed ten lives.", "18"),
    ("The Indian minister warned against any excess of zeal.", "18"),
]


@pytest.mark.parametrize(("text", "root"), OVER_GENERAL)
def test_patterns_bare_verb_not_coded(pipeline, text, root):
    assert [c for _, c, _ in _triples(_events(pipeline, text)) if c.startswith(root)] == []


CONSTRAINED_VERBS = [
    # (sentence, source country, CAMEO code, target country): the constrained lines kept
    ("A Nigerian court ordered the Chadian envoy to appear on Monday.", "NGA", "100", "TCD"),
    ("Kenya received a delegation from Somalia.", "KEN", "043", "SOM"),
    ("Ukrainian forces hit Russian positions with artillery.", "UKR", "194", "RUS"),
    ("Azerbaijani protesters demonstrated against the Armenian government's policy.", "AZE", "1412", "ARM"),
    ("Canada advised against travel to Haiti.", "CAN", "160", "HTI"),
    ("The Chinese premier attended the inauguration in Jakarta.", "CHN", "042", "IDN"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), CONSTRAINED_VERBS)
def test_patterns_constrained_verb_coded(pipeline, text, source, code, target):
    triples = _triples(_events(pipeline, text))
    assert (source, code, target) in triples, triples
