"""Who did what to whom in constructions that move the source or target away from the plain
subject and object: coordinated full names, appeals and intentions with an infinitive,
receiving from someone, sympathy, reflexive objects, reduced relatives and conjoined passives,
and refusing permission. The sentences are written for these tests.
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


def _coded(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None,
             e.modality.value) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # coordinated full names, whatever head the parser gives the first name, act both ways
        ("Barack Obama and Vladimir Putin will meet in Geneva to discuss trade.",
         {("USAGOV", "040", "RUSGOV", "future"), ("RUSGOV", "040", "USAGOV", "future")}),
        ("Barack Obama and Vladimir Putin held talks.",
         {("USAGOV", "040", "RUSGOV", "asserted"), ("RUSGOV", "040", "USAGOV", "asserted")}),
        ("Barack Obama and Vladimir Putin signed an agreement.",
         {("USAGOV", "057", "RUSGOV", "asserted"), ("RUSGOV", "057", "USAGOV", "asserted")}),
    ],
)
def test_coordinated_names_act_on_each_other(pipeline, text, expected):
    assert expected <= _coded(pipeline, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # asking someone to help is an appeal for aid, to the one asked
        ("The senate is asking Obama to help Kenya.", ("LEG", "023", "USAGOV", "asserted")),
        ("Germany called on Russia to help Greece.", ("DEU", "023", "RUS", "asserted")),
        ("France urged Britain to help Libya.", ("FRA", "023", "GBR", "asserted")),
        # one's own wish or plan to help is an intent to give aid
        ("The German foreign minister wants to help Jordan.", ("DEUGOV", "033", "JOR", "asserted")),
        ("Britain plans to help Lebanon.", ("GBR", "033", "LBN", "asserted")),
        # helping someone is aid
        ("Japan helped the Nepalese villagers.", ("JPN", "070", "NPLCVL", "asserted")),
        ("France helped Mali.", ("FRA", "070", "MLI", "asserted")),
    ],
)
def test_appeals_and_intentions_to_help(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The money helped with the recovery.",          # no one helped
        "Russia plans to attack Ukraine.",              # a planned attack stays a future attack
    ],
)
def test_help_needs_someone_helped_and_plans_of_force_stay_acts(pipeline, text):
    assert not any(code.startswith("03") or code == "070" for _, code, _, _ in _coded(pipeline, text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # receiving from someone is the giver's act to the receiver
        ("Malian villagers received rifles from the Malian army.", ("MLIMIL", "072", "MLICVL", "asserted")),
        ("Ukraine got funding from the IMF.", ("IGOIMF", "071", "UKR", "asserted")),
        ("Kenya received food from the United Nations.", ("IGOUNO", "073", "KEN", "asserted")),
        ("Ukraine will receive tanks from Germany.", ("DEU", "072", "UKR", "future")),
    ],
)
def test_receiving_is_the_givers_act(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


def test_receiving_without_a_giver_codes_nothing(pipeline):
    assert _coded(pipeline, "Ukraine received weapons.") == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # sympathy for victims: the country where it happened, even the speaker's own
        ("President Obama expressed sorrow for the deadly shootings in Texas.",
         ("USAGOV", "018", "USA", "asserted")),
        ("Merkel expressed sympathy over the earthquake in Nepal.", ("DEUGOV", "018", "NPL", "asserted")),
        ("Putin offered condolences for the victims of the attack in Paris.", ("RUSGOV", "018", "FRA", "asserted")),
        ("Putin offered condolences to France.", ("RUSGOV", "018", "FRA", "asserted")),
    ],
)
def test_sympathy_targets_the_mourned(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a reflexive object is the subject itself
        ("Britain said that Iran had attacked itself.", {("IRN", "190", "IRN", "asserted")}),
        # ... but not in idioms of the act, nor for statements about oneself
        ("Two Chechen rebels blew themselves up.", {("RUSREB", "1831", None, "asserted")}),
        ("Israel defended itself against Hamas.", {("ISR", "052", "PSEREBHMS", "asserted")}),
    ],
)
def test_reflexive_objects(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected <= coded
    if "attacked" not in text:
        assert not any(s == t for s, _, t, _ in coded)


@pytest.mark.parametrize(
    "text,expected,unexpected",
    [
        # "civilians imprisoned for X were released": the civilians were imprisoned, by someone
        # unnamed, and released by the passive's agent
        ("The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.",
         {(None, "173", "RUSCVL", "asserted"), ("RUSGOV", "0841", "RUSCVL", "asserted")},
         {("RUSCVL", "173", None, "asserted")}),
        # a passive conjunct shares its head's subject
        ("Five Kenyan soldiers were captured and later freed by the Somali militants.",
         {("SOMUAF", "0841", "KENMIL", "asserted")}, set()),
        # a reduced relative with its own agent keeps it
        ("The journalists detained in Cairo were released by the Egyptian government.",
         {("EGYGOV", "0841", "EGYMED", "asserted")}, set()),
    ],
)
def test_participles_and_conjoined_passives(pipeline, text, expected, unexpected):
    coded = _coded(pipeline, text)
    assert expected <= coded
    assert not unexpected & coded


@pytest.mark.parametrize(
    "text,expected",
    [
        # a stated refusal to give permission is a refusal to yield
        ("Obama said he would not give permission to Russia to help Israel.",
         {("USAGOV", "124", "RUS", "asserted")}),
        ("Jordan granted permission to Iraq to use its airspace.", {("JOR", "080", "IRQ", "asserted")}),
    ],
)
def test_permission_and_its_refusal(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected <= coded
    # the permitted act belongs to the one permitted, not to the one who permits
    assert not any(s == "USAGOV" and code == "070" for s, code, _, _ in coded)


def test_permitted_act_is_done_by_the_permitted(pipeline):
    assert ("USAMIL", "195", "IRQ", "asserted") in _coded(pipeline, "Turkey allowed US jets to bomb Iraq.")


def test_group_leaders_keep_the_group(pipeline):
    coded = _coded(pipeline, "Qatar pledged to expel the leaders of Egypt's Muslim Brotherhood.")
    assert any(s == "QAT" and t == "EGYMBR" for s, _, t, _ in coded)
