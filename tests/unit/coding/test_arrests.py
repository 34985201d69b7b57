"""Arrests and detentions (CAMEO 173) as news tells them, with the packaged dictionary.

An arrest is an act of the authorities by definition, so an agentless passive ("fifty people
were held") or an event noun with no named doer ("preventive arrests were made") is still
coded, with no source, and so is an active one whose subject names no actor ("we have
arrested six men") or a participle on the detainees ("the arrested workers"); the detainees
are the passive subject or the noun's ``of`` phrase, never a place that the target fallbacks
would find. Arrests that were only demanded, denied,
not achieved or that are medical ("cardiac arrest") are not asserted arrests. The sentences
are written for these tests.
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


def _arrests(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2002, 3, 4)))
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.modality.value)
            for e in events if e.cameo_code.startswith("173")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # agentless passive of a detention verb or phrase
        ("Over 80 party workers were on Wednesday taken into custody for defying the curfew.",
         {(None, None, "asserted")}),
        ("Twelve activists were booked for rioting and arson.", {(None, "OPP", "asserted")}),
        ("The two accused were sent to jail on Monday.", {(None, None, "asserted")}),
        ("The priests have been placed under house arrest.", {(None, None, "asserted")}),
        # the parser attaches the subject to the participle clause, not to "were arrested"
        ("About 15 workers trying to enforce the strike on the main road were arrested at once.",
         {(None, "LAB", "asserted")}),
        # a place named after "from" is where, not whom
        ("The four were arrested from the Tiljala police station area in connection with the attack.",
         {(None, None, "asserted")}),
        # event nouns with no named doer
        ("Preventive arrests have been made across the district.", {(None, None, "asserted")}),
        ("More than 400 arrests were made in the city since Thursday.", {(None, None, "asserted")}),
        # an active detention verb whose subject names no actor ("we", a magistrate)
        ("We have arrested six men who defied the curfew, the commissioner said.", {(None, "CVL", "asserted")}),
        ("The inspector arrested two youths on Sunday.", {(None, "CVL", "asserted")}),
        ("The special squad booked the hawkers under the railway act.", {(None, None, "asserted")}),
        # only courts remand, whatever the parser makes of the name remanded
        ("Ram Lal Verma remanded Yadav to police custody for a week.", {(None, None, "asserted")}),
        # "booked" people (South Asian English for charged), people sent to a police station
        ("Around 600 volunteers have already been booked in the state.", {(None, None, "asserted")}),
        ("Their supporters were sent to nearby police stations.", {(None, None, "asserted")}),
        # a participle that describes people as detained
        ("The arrested workers were released on bail later.", {(None, None, "asserted")}),
        ("Many of those detained were released in the evening.", {(None, None, "asserted")}),
        # a named authority stays the source
        ("The opposition leader was picked up by Indian police from his home.", {("INDCOP", "OPP", "asserted")}),
        ("A Kenyan court remanded the suspect in police custody.", {("KENJUD", None, "asserted")}),
    ],
)
def test_arrests_with_unnamed_authorities_are_coded(pipeline, text, expected):
    assert _arrests(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The protesters demanded the arrest of the Pakistani minister.",
        "He had suffered a cardiac arrest a fortnight earlier.",
        "The economy picked up in the second quarter.",
        "The leaders held talks in Delhi.",
        "The band was booked for a festival in August.",
        "We booked two rooms in a hotel near the station.",
        # travel bookings of people are no legal action
        "The firm booked 150 workers on flights to Dubai.",
        "The agency booked 40 students on a trip to Goa.",
        # an active detention verb needs an official or an official's "we" and a person held
        "The new tariff arrested the fall in exports.",
        "Passers-by detained the thief until police came.",
        "Kidnappers detained the engineer for a month in Niger.",
        "The children were sent to school in the morning.",
        # a baton charge written with a hyphen is no legal charge
        "The students were lathi-charged by Indian police.",
        # "apprehend" a danger: feared, not arrested
        "The villagers apprehended a threat to their lives.",
        # "charged with" a task and "captured" in a picture name no detainee: no arrest read in
        "The new division was charged with planning the network's defences.",
        "The painting captured the mood of the harbour at dawn.",
    ],
)
def test_arrests_not_asserted_or_not_arrests(pipeline, text):
    assert {m for m in _arrests(pipeline, text) if m[2] == "asserted"} == set()


@pytest.mark.parametrize(
    "text,modality",
    [
        ("Police denied that any arrest had been made.", "hypothetical"),
        ("Nobody was arrested as the march was peaceful.", "negated"),
        ("The Indian police have not been able to arrest the kidnappers.", "negated"),
        ("The Indian police were unable to arrest the gang.", "negated"),
    ],
)
def test_arrests_denied_or_not_achieved(pipeline, text, modality):
    assert {m[2] for m in _arrests(pipeline, text)} == {modality}


@pytest.mark.parametrize(
    "text,source,code",
    [
        # an -ing form the parser tags as a verb, used as a noun
        ("Official figures say that 40 people have been killed in Kenyan police firing.", "KEN", "193"),
        # firing resorted to, to disperse a crowd, is repression (175) when no one is told killed
        ("Nigerian police resorted to firing to disperse the crowd.", "NGA", "175"),
        # South Asian police vocabulary for baton charges and tear gas
        ("Pakistani police lathicharged the protesters.", "PAK", "175"),
        ("Bangladeshi police burst tear gas shells at the crowd.", "BGD", "175"),
        # a verb that owns the event noun in its prepositional phrase
        ("Indian police resorted to a lathi charge on the protesters.", "IND", "175"),
        # tear gas and rubber bullets fired, lobbed or hurled are crowd control, not gunfire
        ("Kenyan police lobbed tear gas shells at the crowd.", "KEN", "175"),
        ("Tear gas shells were lobbed by Nigerian police at the marchers.", "NGA", "175"),
        ("Ugandan police fired rubber bullets at the protesters.", "UGA", "175"),
        ("Bangladeshi police fired teargas shells at the mob.", "BGD", "175"),
        # the act told as done stands beside the purpose it was done for
        ("Sri Lankan police burst tear gas shells to disperse the crowd.", "LKA", "175"),
        # warning shots into the air, canes and baton charges are crowd control
        ("Kenyan police fired in the air to scatter the marchers.", "KEN", "175"),
        ("Nigerian police fired several shots in the air.", "NGA", "175"),
        ("Pakistani police caned the marchers.", "PAK", "175"),
        ("Indian police baton-charged the crowd outside the office.", "IND", "175"),
        ("Bangladeshi police charged at the demonstrators with batons.", "BGD", "175"),
    ],
)
def test_police_force_vocabulary(pipeline, text, source, code):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2002, 3, 4)))
    assert (source, code) in {(e.source.country_iso3 if e.source else None, e.cameo_code) for e in events
                              if e.modality.value == "asserted"}


@pytest.mark.parametrize(
    "text,source,code,target",
    [
        # jailing a person detains them (173); a ruling against a company or a state, or a
        # conviction with no jail term, finds guilty (116)
        ("A Turkish court jailed a Kurdish journalist on Friday.", "TURJUD", "173", "KURMED"),
        ("An Iranian court imprisoned a British woman.", "IRNJUD", "173", "GBR"),
        ("A Chinese court sentenced two Canadians to eleven years in prison.", "CHNJUD", "173", "CAN"),
        ("Two Kenyan journalists were jailed for three years.", None, "173", "KENMED"),
        ("A Kenyan court fined a British company.", "KENJUD", "116", "GBRBUS"),
        ("A Russian court convicted the opposition leader of fraud.", "RUSJUD", "116", "OPP"),
    ],
)
def test_arrests_jailing_individuals(pipeline, text, source, code, target):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2002, 3, 4)))
    coded = {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
             for e in events}
    assert (source, code, target) in coded, coded


@pytest.mark.parametrize(
    "text,code",
    [
        # lower-case copy where "police firing" is parsed as "police" with a participle on it
        ("two villagers died in police firing near the market.", "193"),
        ("one man was killed in police firing in the old town.", "193"),
        ("four people were injured in police firing on tuesday.", "193"),
        # a hyphenated baton charge whose first half the parser takes for the subject
        ("the police lathi-charged the students near the station.", "175"),
    ],
)
def test_police_force_in_lower_case_copy(pipeline, text, code):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2002, 3, 4)))
    coded = {(e.cameo_code, e.modality.value) for e in events if e.source and "COP" in e.source.sectors}
    assert (code, "asserted") in coded, coded
    # the police are the doers, never the victims of their own act
    assert not any(e.target and "COP" in e.target.sectors for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # shots in the air repress a crowd only when security forces face one
        ("Taliban fighters fired in the air to celebrate the victory in Kabul.", None),
        ("Afghan soldiers fired in the air during a parade in Kabul.", None),
        ("Pakistani police fired in the air to disperse the crowd in Lahore.", "175"),
        # tear gas thrown back by protesters is their riot, not repression
        ("Chilean protesters threw tear gas canisters back at the police in Santiago.", "145"),
    ],
)
def test_police_force_needs_police_and_a_crowd(pipeline, text, code):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    codes = {e.cameo_code for e in events if e.cameo_code[:2] in ("14", "17", "18", "19")}
    assert (code in codes) if code else not (codes & {"175"}), codes



def _triples(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2016, 3, 4)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
            for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an armed group that is no state taking unarmed people abducts them (181)
        ("Islamic State captured two Danish aid workers near Mosul.", ("IMGMOSISI", "181", "NGODNK")),
        ("Boko Haram seized forty villagers in Borno.", ("NGAREBBKH", "181", "NGACVL")),
        ("Al-Shabaab militants detained a UN employee in Baidoa.", ("SOMREBSHB", "181", "IGOUNO")),
        # the same group taking soldiers captures them in combat: detention (173)
        ("Al-Shabaab fighters captured two Ugandan soldiers.", ("SOMREBSHB", "173", "UGAMIL")),
        # "seized" with people as its object is a detention by the authorities
        ("Tunisian police seized three suspects at the port.", ("TUNCOP", "173", None)),
        # a place captured is occupied; a group that governs arrests; pirates abduct
        ("Islamic State captured Mosul in June 2014.", ("IMGMOSISI", "192", "IRQ")),
        ("The Taliban detained two journalists in Kabul.", ("AFGREBTAL", "173", "AFGMED")),
        ("Somali pirates captured twenty Indian sailors.", ("SOMCRM", "181", "IND")),
        # the police questioning people investigate a crime; a minister questioning a policy disapproves
        ("Three Tunisian men were questioned by Italian police.", ("ITACOP", "091", "TUNCVL")),
        ("The Italian minister questioned the legality of the war.", ("ITAGOV", "110", None)),
    ],
)
def test_captives_coded_by_who_takes_them(pipeline, text, expected):
    assert expected in _triples(pipeline, text), _triples(pipeline, text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Malian rebels seized the documents.", "173"),
        ("Malian rebels seized the documents.", "181"),
        ("Tunisian police arrested three Islamic State members.", "181"),
    ],
)
def test_captives_not_people_or_taken_by_authorities(pipeline, text, absent):
    assert absent not in {c for _, c, _ in _triples(pipeline, text)}


@pytest.mark.parametrize(
    "text,absent",
    [
        # people captured somewhere: the place is the scene, not the target, and nobody occupies it
        ("After leaving Mosul, he was captured by Kurdish forces in June.", ("192", "IRQ")),
        ("Kurdish commanders want Europe to take back the 600 fighters that they captured in Iraq.",
         ("192", "IRQ")),
        ("Kurdish commanders want Europe to take back the 600 fighters that they captured in Iraq.",
         ("173", "IRQ")),
    ],
)
def test_captives_place_of_capture_is_no_target(pipeline, text, absent):
    assert absent not in {(c, t) for _, c, t in _triples(pipeline, text)}, _triples(pipeline, text)
