"""Deaths with no named doer: clashes and explosive devices are unclaimed attacks, accidents are
no attack at all. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _violent(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2021, 5, 4)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.country_iso3 if e.target else None)
            for e in events if e.cameo_code[:2] in ("18", "19", "20")}


UNCLAIMED = [
    # (sentence, an event that must be coded): fighting nouns and explosive devices as the subject
    ("Fighting near Aleppo in Syria killed 30 civilians.", ("SYRUAF", "190", "SYR")),
    ("Heavy clashes near the Syrian city of Homs killed 12 people.", ("SYRUAF", "190", "SYR")),
    ("An attack on a checkpoint near Kirkuk killed four Iraqi soldiers.", ("IRQUAF", "190", "IRQ")),
    ("An improvised explosive device killed five soldiers in southern Afghanistan.", (None, "190", "AFG")),
    # the cause of a passive: "were killed in a bombing", "were wounded by a blast"
    ("Four Iraqi policemen were killed in a car bomb attack near Kirkuk.", ("IRQUAF", "190", "IRQ")),
    ("Six Afghan soldiers were injured in a roadside bombing in Kandahar.", ("AFGUAF", "190", "AFG")),
    # thrown explosives are bombings; thrown petrol bombs by a crowd are a riot (not violent roots)
    ("Gunmen hurled a grenade at a Pakistani police post.", ("UAF", "183", "PAK")),
    # the device of a "when" clause, or of the clause a bare -ing clause hangs on
    ("Three Afghan children were injured when a landmine exploded in Kandahar.", ("AFGUAF", "190", "AFG")),
    ("A car bomb exploded in Mosul in Iraq on Friday, wounding 14 people.", ("IRQUAF", "190", "IRQ")),
    # an attack noun that names its doer: the doer's, told once with the noun's class
    ("Two Indian protesters were killed in police firing near Surat.", ("COP", "193", "IND")),
    # an encounter (a shootout with the police or troops): its other side did the harm
    ("Two Indian militants were killed in an encounter with the police in Kashmir.", ("INDCOP", "190", "IND")),
    ("A Nepali gang leader was gunned down in a police encounter near Patna.", ("INDCOP", "193", "NPL")),
    # a capital before the attack noun is where it happened: the host's unidentified forces
    ("The Baghdad car bombing killed nine Iraqi policemen.", ("IRQUAF", "190", "IRQ")),
]

ONE_ACT = [
    # (sentence, the specific act kept): the killing is the strike's, not a second use of force
    ("Four Palestinians were killed in an Israeli air strike on Gaza.", "195"),
    ("Israeli jets bombed Gaza, killing four Palestinians.", "195"),
    # the place after the firing is where it happened, not a second target
    ("Two Bangladeshi students were killed in police firing in Dhaka.", "193"),
    ("Three Nepali protesters were injured in army firing at Birgunj.", "193"),
]

TWO_ACTS = [
    # (sentence, codes): a city shelled is the shelling's object; the killing is a second act
    ("Russian forces shelled Kharkiv and killed three Ukrainian soldiers.", {"194", "190"}),
]


@pytest.mark.parametrize(("text", "codes"), TWO_ACTS)
def test_unclaimed_place_objects_stay_acts_of_their_own(pipeline, text, codes):
    assert {c for _, c, _ in _violent(pipeline, text)} == codes


@pytest.mark.parametrize(("text", "code"), ONE_ACT)
def test_unclaimed_harm_folds_into_the_specific_act(pipeline, text, code):
    codes = [c for _, c, _ in _violent(pipeline, text)]
    assert codes == [code], codes


@pytest.mark.parametrize(("text", "event"), UNCLAIMED)
def test_unclaimed_fighting_and_devices_are_attacks(pipeline, text, event):
    assert event in _violent(pipeline, text)


ACCIDENTS = [
    # deaths in a capsizing, a crash, a collapse or an overturned truck: no violent event
    "A ferry carrying pilgrims capsized off the coast of Bangladesh, killing at least 20 people.",
    "An overloaded boat with Rohingya refugees sinks off the coast of Myanmar, killing 15 people.",
    "Thirty people were killed in Kenya after a fuel truck overturned on a highway.",
    "A hotel in the Chinese city of Harbin collapsed, killing nine guests.",
    "Two Pakistani soldiers died when their truck veered off a mountain road and plunged into a river.",
    "A gas explosion at a factory in Tianjin killed 12 workers.",
    "Eleven people were killed in Kenya when a bus collided with a truck.",
    "A building in Lagos collapses with at least six workers killed.",
    "Nine Indian pilgrims were killed after their bus plunged into a gorge.",
    "Twelve Kenyan passengers were injured in a bus crash near Nakuru.",
    "Several Japanese tourists were injured on Monday after a volcano erupted near Kagoshima.",
    "Five Nigerian workers were killed when a gas cylinder exploded in Kano.",
    # the shared subject of a passive conjunct suffered the injury, it did not inflict it
    "Several of the leading Welsh players have retired or are injured.",
    "The Pakistani opener injured his ankle during training in Lahore.",
    # casualties of a riot are the riot's (145), not an attack by unidentified forces
    "Five people were injured in the riots in Belfast.",
    "Forty Indian pilgrims were injured at the temple in Kerala on Sunday.",
    "Protesters in Athens threw petrol bombs at Greek riot police.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_unclaimed_accidents_are_not_attacks(pipeline, text):
    assert _violent(pipeline, text) == set()


ATTACKS_BESIDE_ACCIDENT_WORDS = [
    # an armed doer, or attack words in the sentence, keep the violence
    ("Rebels sank a navy boat off Yemen, killing 12 sailors.", "190"),
    ("Five people were killed in Aleppo after the truce collapsed and shelling resumed.", "190"),
    ("Gunmen ambushed a bus that had overturned near Quetta, killing 8 passengers.", "190"),
]


@pytest.mark.parametrize(("text", "code"), ATTACKS_BESIDE_ACCIDENT_WORDS)
def test_unclaimed_attack_words_outweigh_accident_words(pipeline, text, code):
    assert code in {c for _, c, _ in _violent(pipeline, text)}


DELIBERATE_BESIDE_ACCIDENTS = [
    # (sentence, code): only deaths and injuries can be an accident's, and only an accident told
    # in the act's own clause or governing it counts
    ("Ghanaian youths kidnapped three Chinese miners after a mine collapsed.", "181"),
    ("Angry villagers stabbed a Kenyan bus driver after his bus plunged into a river.", "182"),
    ("Twelve Nigerian farmers were abducted after their lorry overturned near Kaduna.", "181"),
    ("Forty villagers were massacred in Mali as a blaze swept the market.", "202"),
    ("Villagers killed two Indian engineers on Monday and a dam collapsed in the afternoon.", "190"),
]


@pytest.mark.parametrize(("text", "code"), DELIBERATE_BESIDE_ACCIDENTS)
def test_unclaimed_accident_words_spare_deliberate_acts(pipeline, text, code):
    assert code in {c for _, c, _ in _violent(pipeline, text)}


NO_ONES_ATTACK = [
    # attacks of the body or of animals, and violence with no word of politics or arms
    "A heart attack killed the former Ghanaian president.",
    "A shark attack killed two Australian surfers.",
    "A dog attack killed a Kenyan boy on Sunday.",
    "Street violence in Chicago killed 30 people last month.",
]


@pytest.mark.parametrize("text", NO_ONES_ATTACK)
def test_unclaimed_non_political_attacks_are_not_coded(pipeline, text):
    assert _violent(pipeline, text) == set()


POLITICAL_VIOLENCE = [
    ("Sectarian violence in Iraq killed 40 people.", ("IRQUAF", "190", "IRQ")),
    ("A rebel attack near Goma killed five Congolese soldiers.", ("CODUAF", "190", "COD")),
]


@pytest.mark.parametrize(("text", "event"), POLITICAL_VIOLENCE)
def test_unclaimed_political_violence_is_an_attack(pipeline, text, event):
    assert event in _violent(pipeline, text)


NAMED_CAUSE = [
    # (sentence, source it must not have): a place on the attack noun is where, not who; a
    # party inside "between" is not the host country's unidentified forces
    ("Twenty people were killed in the Kabul bombing on Friday.", "AFGGOV"),
    ("Three civilians were killed in crossfire between the army and rebels in Congo.", "COGUAF"),
]


@pytest.mark.parametrize(("text", "wrong"), NAMED_CAUSE)
def test_unclaimed_cause_is_not_a_place_or_a_named_side(pipeline, text, wrong):
    assert wrong not in {s for s, _, _ in _violent(pipeline, text)}


BOMBS_THAT_WENT_OFF = [
    # (sentence, code): a planted bomb that exploded is a bombing by the host country's
    # unidentified forces, whether or not its victims are named
    ("A roadside bomb exploded near an army convoy in Helmand, Afghanistan.", ("AFGUAF", "1833", None)),
    ("A car bomb went off outside a hotel in Mogadishu on Friday.", ("SOMUAF", "1832", None)),
    # a bomb's participle "planted by X" names its doer, with the host country where X has none
    # ("militants" are unidentified armed forces)
    ("Two workers died when an improvised explosive device, planted by militants, detonated near Peshawar in Pakistan.",
     ("PAKUAF", "1833", None)),
    ("An improvised explosive device planted by insurgents exploded near a checkpoint in Mosul, Iraq.",
     ("IRQINS", "1833", None)),
    ("A car bomb, planted by separatists, exploded outside a hotel in Quetta, Pakistan.", ("PAKSEP", "1832", None)),
]


@pytest.mark.parametrize(("text", "event"), BOMBS_THAT_WENT_OFF)
def test_unclaimed_bombs_that_went_off(pipeline, text, event):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2021, 5, 4)))
    coded = {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
             for e in events if e.modality.value == "asserted"}
    assert event in coded, coded


BOMBS_THAT_DID_NOT = [
    # defused, possible, set off by the bomb squad, or no planted bomb at all
    "Army engineers defused a roadside bomb near Kandahar.",
    "Police said the car bomb could have exploded at any moment.",
    "The improvised explosive device was detonated by the bomb squad in a controlled blast.",
    "A gas cylinder exploded in a restaurant in Lagos.",
]


@pytest.mark.parametrize("text", BOMBS_THAT_DID_NOT)
def test_unclaimed_bombs_that_did_not_go_off(pipeline, text):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2021, 5, 4)))
    assert not [e for e in events if e.cameo_code.startswith("183") and e.modality.value == "asserted"]


CRIMINAL_SHOOTOUTS = [
    # (sentence, event): a shootout with no "with" party and no armed party among the dead is
    # crime, not an attack by the place's unidentified forces
    ("Two men were shot dead in a shootout outside a nightclub in Ohio.", (None, "193", "USA")),
    ("Three men were killed in a gunfight outside a bar in Arizona.", (None, "190", "USA")),
]


@pytest.mark.parametrize(("text", "event"), CRIMINAL_SHOOTOUTS)
def test_unclaimed_criminal_shootouts_invent_no_forces(pipeline, text, event):
    violent = _violent(pipeline, text)
    assert not any(src and src.endswith("UAF") for src, _, _ in violent), violent


ARMED_ENCOUNTERS = [
    # dead rebels make a gunbattle an armed clash even with no "with" party named
    ("Three Indian rebels were killed in a gunbattle in Manipur.", ("INDUAF", "190")),
]


@pytest.mark.parametrize(("text", "event"), ARMED_ENCOUNTERS)
def test_unclaimed_encounters_with_armed_dead_are_attacks(pipeline, text, event):
    assert event in {(src, code) for src, code, _ in _violent(pipeline, text)}


CLASHES_WITH_A_PARTY = [
    # (sentence, (source, code, target country)): those hurt in a clash with a named party were hurt
    # by it, also when the clash hangs on a participle coordinated with the killing
    ("Two villagers were killed in a clash with the Indian police in Bihar.", ("INDCOP", "190", "IND")),
    ("Three persons were killed and 12 injured in a clash with the Indian police.", ("INDCOP", "190", None)),
    ("Two Indian policemen were killed in a clash with Maoist rebels.", ("REB", "190", "IND")),
]


@pytest.mark.parametrize(("text", "event"), CLASHES_WITH_A_PARTY)
def test_unclaimed_clash_with_a_named_party(pipeline, text, event):
    assert event in _violent(pipeline, text)

