"""Police work as South Asian English news tells it: raids are no armed attack, crowd control
told without a doer is the police's, deaths in custody after a beating are the custodian's,
and a firing inquired into happened. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _events(pipeline, text: str) -> set[tuple[str | None, str, str]]:
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2002, 3, 4)))
    return {(e.source.code if e.source else None, e.cameo_code, e.modality.value) for e in events}


RAIDS = [
    # (sentence, events): a police raid is a search (CAMEO 1711 takes raids), not a use of force
    ("Indian police raided the hideout of the gang in Kolkata.", {("INDCOP", "1711", "asserted")}),
    ("A police raid on the hideout in Lucknow netted three suspects.", {("INDCOP", "1711", "asserted")}),
    # a police operation says only that the police acted
    ("Kenyan police launched an operation against cattle rustlers.", set()),
    # troops raiding a village still use force
    ("Israeli troops raided the village of Beita.", {("ISRMIL", "190", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), RAIDS)
def test_policing_raids_are_searches_not_attacks(pipeline, text, expected):
    assert _events(pipeline, text) == expected


CROWD_CONTROL = [
    # (sentence, event): crowd control told without a doer is the police's, of the place named
    ("The mob was lathicharged in Ahmedabad on Friday.", ("INDCOP", "175", "asserted")),
    # the place may hang on the crowd dispersed; no place named leaves the police role-only
    ("Tear gas shells were lobbed to disperse the protesters in Dhaka.", ("BGDCOP", "175", "asserted")),
    ("Tear gas shells were lobbed to disperse the students in Lahore.", ("PAKCOP", "175", "asserted")),
    ("Tear gas shells were lobbed to disperse the mob.", ("COP", "175", "asserted")),
    ("Ten rounds were fired in the air to disperse the crowd in Surat.", ("COP", "175", "asserted")),
    # firing to disperse a crowd, or resorted to, is repression (175) however it is told
    ("Firing was resorted to when the mob turned violent.", ("COP", "175", "asserted")),
    ("Warning shots were fired to disperse the agitators in Karachi.", ("PAKCOP", "175", "asserted")),
    ("Indian police fired warning shots to disperse the stone-throwing mob.", ("INDCOP", "175", "asserted")),
    # a hyphenated passive with no doer named: the crowd suffered it
    ("The students were lathi-charged in Jaipur on Tuesday.", ("INDCOP", "175", "asserted")),
    ("The Kashmiri youths were tear-gassed in Srinagar.", ("INDCOP", "175", "asserted")),
    ("The villagers were lathi-charged.", ("COP", "175", "asserted")),
    # a baton charge or tear gas written with a hyphen, or as a noun
    ("The students were lathi-charged by Indian police.", ("INDCOP", "175", "asserted")),
    ("Indian police resorted to a mild lathicharge.", ("INDCOP", "175", "asserted")),
    ("The Bangladeshi protesters were tear-gassed by the police.", ("COP", "175", "asserted")),
    # obliged to act, and did
    ("The Indian police were compelled to fire in the air.", ("INDCOP", "175", "asserted")),
    # police who attack or clear a protest itself repress it; firing to clear one is crowd control
    ("Riot police attacked the nurses' march in the capital on Friday.", ("COP", "175", "asserted")),
    ("Police cleared the protesters from the square.", ("COP", "175", "asserted")),
    ("Troops stormed the sit-in outside the ministry.", ("MIL", "175", "asserted")),
    ("Soldiers shot live rounds to clear the crowd near the airport.", ("MIL", "175", "asserted")),
    ("Security forces fired live rounds to clear the protesters from the square.", ("COP", "175", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), CROWD_CONTROL)
def test_policing_crowd_control_is_the_polices(pipeline, text, event):
    assert event in _events(pipeline, text)


NO_POLICE_READ_IN = [
    # shots at a target or with no purpose name no police
    "Shots were fired at the convoy near Kabul.",
    "Twenty rounds were fired, witnesses said.",
    # a death in custody with no word of violence is no one's act
    "An undertrial died in police custody in Bihar.",
    # a harm outside the death's own clause, or a beating denied, tells no assault in custody
    "The suspect, injured in a road accident, died in police custody in Patna.",
    "Police denied the prisoner was beaten, saying he died in police custody in Patna.",
    # dispersing boats is no crowd control, and names no police
    "Warning shots were fired to disperse Vietnamese trawlers near the Spratly Islands.",
    "Tear gas was fired to disperse the fishing boats off Palawan.",
]


HARM_NOT_RIOT = [
    # (sentence, codes that must not be coded): the victims of a hyphenated passive are no rioters
    ("The students were lathi-charged in Jaipur on Tuesday.", {"145"}),
    ("The villagers were tear-gassed near Kathmandu.", {"145"}),
    # firing that killed stays a use of force, not mere dispersal
    ("Police fired to disperse the mob in Meerut, killing two people.", {"175"}),
]


@pytest.mark.parametrize(("text", "codes"), HARM_NOT_RIOT)
def test_policing_victims_are_no_rioters_and_deadly_firing_is_force(pipeline, text, codes):
    assert not {e[1] for e in _events(pipeline, text)} & codes


@pytest.mark.parametrize("text", NO_POLICE_READ_IN)
def test_policing_no_doer_read_into_other_firing_or_deaths(pipeline, text):
    assert {e for e in _events(pipeline, text) if e[1][:2] in ("17", "18", "19", "20")} == set()


CUSTODY_DEATHS = [
    # (sentence, event): killed by physical assault (1823) by the custodian
    ("A youth died in police custody in Bihar after being beaten.", ("INDCOP", "1823", "asserted")),
    ("The trader was beaten to death in police custody in Lucknow.", ("INDCOP", "1823", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), CUSTODY_DEATHS)
def test_policing_deaths_in_custody_after_assault(pipeline, text, event):
    assert event in _events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the firing an inquiry is demanded into happened; the demand is the probe
        ("The opposition demanded a judicial probe into the police firing on its workers in Hyderabad.",
         ("INDCOP", "193", "asserted")),
        # ... also when the parser hangs "into" on the demanding verb
        ("The farmers' union late on Friday demanded a CBI probe into the police firing near the dam site in "
         "which three villagers died.", ("COP", "193", "asserted")),
        # a question about the toll does not make the firing it names any less done
        ("Replying to a query on how many people were killed in police firing in Ahmedabad, the minister said "
         "the toll was 13.", ("INDCOP", "193", "asserted")),
    ],
)
def test_policing_act_inquired_into_is_told_as_done(pipeline, text, event):
    assert event in _events(pipeline, text)


POLICE_FIRING_NOUNS = [
    # (sentence, event): "police firing" is one noun phrase however the parser splits it: the
    # police fired, whether the phrase is a subject, an object or hangs on a count
    ("Indian police firing claimed three lives in Meerut on Sunday.", ("INDCOP", "193", "asserted")),
    ("Forty people died in the riots in Gujarat, including nine in police firing.", ("INDCOP", "193", "asserted")),
    ("The minister defended the police firing at the railway station in Surat.", ("COP", "193", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), POLICE_FIRING_NOUNS)
def test_policing_police_firing_noun_phrases(pipeline, text, event):
    assert event in _events(pipeline, text)


PRONOUN_CROWD_CONTROL = [
    # (sentence, event): crowd control by a bare "they" or "we" is the unnamed police's
    ("They lobbed teargas shells to disperse the mob in Vadodara.", ("INDCOP", "175", "asserted")),
    ("We had to open fire to disperse the mob in Patna, the officer said.", ("INDCOP", "175", "asserted")),
    ("They fired twenty rounds and then burst teargas shells to scatter the crowd near the temple.",
     ("COP", "175", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), PRONOUN_CROWD_CONTROL)
def test_policing_crowd_control_by_a_bare_pronoun(pipeline, text, event):
    assert event in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    # a pronoun firing at a target, or throwing tear gas at no crowd, names no police
    "They fired at the border post in Kashmir.",
    "They threw teargas shells back at the police.",
])
def test_policing_pronoun_without_a_crowd_is_no_police(pipeline, text):
    assert {e for e in _events(pipeline, text) if e[0] and e[0].endswith("COP")} == set()


POLICE_ASSAULTS = [
    # (sentence, event): rough handling and torture told as South Asian English tells it
    ("Indian policemen roughed up the journalists outside the court.", ("INDCOP", "182", "asserted")),
    ("The Indian police manhandled the women protesters.", ("INDCOP", "182", "asserted")),
    ("He was subjected to third-degree torture by the Indian police.", ("INDCOP", "1822", "asserted")),
    ("The youth was subjected to torture in police custody in Bihar.", ("INDCOP", "1822", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), POLICE_ASSAULTS)
def test_policing_rough_handling_and_torture(pipeline, text, event):
    assert event in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The bill was subjected to scrutiny by the committee.",
    "The parcels were manhandled by the porters.",
])
def test_policing_no_assault_on_things(pipeline, text):
    assert {e for e in _events(pipeline, text) if e[1][:2] == "18"} == set()
