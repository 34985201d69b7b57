"""Acts told by another actor, and acts that were only tried.

"Iran alleged that Israeli agents had killed the scientist" states Iran's accusation (CAMEO
112, here 1123) against the alleged doer; an allegation is not coded as the act. A claim about
another actor's hostile act is an allegation too; a claim of one's own act is reported speech:
"Hamas claimed that its fighters had attacked an army post" codes the attack, as "said" always
does. Failing to reach an agreement is a rejection (127); failing at any other act is that
act, negated. The sentences are written for these tests.
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
    return {(e.source.country_iso3 if e.source else None, e.cameo_code,
             e.target.country_iso3 if e.target else None, e.modality.value) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an alleged killing is an accusation of aggression (1123), as "accused ... of killing" is
        ("Iran alleged that Israeli agents had killed the scientist.", ("IRN", "1123", "ISR", "asserted")),
        # a claim of one's own act is the act, told by its doer
        ("The Ukrainian army claimed it had killed 200 Russian soldiers.", ("UKR", "190", "RUS", "asserted")),
        # "they" told by a group that speaks is that group
        ("The Afghan Taliban said they had killed three Pakistani soldiers.", ("AFG", "190", "PAK", "asserted")),
        ("Somali militants said they had ambushed a Kenyan army convoy.", ("SOM", "190", "KEN", "asserted")),
        ("Kenya failed to reach an agreement with Somalia.", ("KEN", "127", "SOM", "asserted")),
        ("Putin failed to meet Biden in Geneva.", ("RUS", "040", "USA", "negated")),
    ],
)
def test_reported_and_failed_acts(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # the more constrained hostage patterns, not an arrest
        "Hamas gunmen held 30 people hostage in a kibbutz.",
        # rescues are not arrests
        "The Italian coast guard picked up 50 people off the coast of Libya.",
        # an industrial accident is no attack
        "An explosion at a fireworks factory in Ghana killed 10 people.",
    ],
)
def test_no_arrest_or_attack_read_into_ordinary_news(pipeline, text):
    codes = {code for _, code, _, _ in _coded(pipeline, text)}
    assert not any(code.startswith(("173", "19")) for code in codes), codes


@pytest.mark.parametrize(
    "text,expected",
    [
        # a claim, charge or allegation that another actor did a hostile act: the accusation,
        # refined by the act (1123 aggression, 1121 crime, 1122 human rights abuses)
        ("Ukraine alleged that Russian troops shelled the city.", ("UKR", "1123", "RUS", "asserted")),
        ("Russian troops shelled the city, Ukraine alleged.", ("UKR", "1123", "RUS", "asserted")),
        ("Iraq claimed that Turkish jets had bombed Kurdish villages.", ("IRQ", "1123", "TUR", "asserted")),
        ("Sudan claimed that Egypt had occupied the disputed triangle.", ("SDN", "1123", "EGY", "asserted")),
        ("Syria charged that Israel had violated the truce.", ("SYR", "1123", "ISR", "asserted")),
        ("Pakistan contended that India had violated the ceasefire.", ("PAK", "1123", "IND", "asserted")),
        ("Ukraine insisted that Russian forces had shelled the power plant.", ("UKR", "1123", "RUS", "asserted")),
        ("Turkey claimed that Kurdish militants had kidnapped two soldiers.", ("TUR", "1121", None, "asserted")),
        ("Ukraine claimed that civilians were killed by Russian troops.", ("UKR", "1123", "RUS", "asserted")),
        ("Iran claimed that the United States had violated its airspace.", ("IRN", "112", "USA", "asserted")),
        # both routes agree: "accused X of doing" and "alleged that X did"
        ("Israel accused Hezbollah of firing rockets at its positions.", ("ISR", "1123", "LBN", "asserted")),
        ("Israel charged that Hezbollah had fired rockets at its positions.", ("ISR", "1123", "LBN", "asserted")),
        # a claim of responsibility is the claimant's own act, asserted
        ("Hamas claimed responsibility for the attack on Israeli soldiers.", ("PSE", "190", "ISR", "asserted")),
        ("ISIL took credit for the attack on Iraqi soldiers.", (None, "190", "IRQ", "asserted")),
        ("Al-Shabaab claimed the attack on the Kenyan army base.", ("SOM", "190", "KEN", "asserted")),
        # a denial of the accuser's charge is 016, and the denied act is not asserted
        ("Russia denied Ukraine's accusation that its troops had shelled the city.",
         ("RUS", "016", "UKR", "asserted")),
    ],
)
def test_allegations_are_accusations(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected in coded, coded


@pytest.mark.parametrize(
    "text,kept",
    [
        # attribution is how news reports facts: the act stays asserted
        ("Nigerian police said Boko Haram militants attacked a village.", "190"),
        ("The Nigerian army reported that Boko Haram fighters had attacked a village.", "190"),
        # one's own deed, claimed: the act, told by its doer
        ("Kenya claimed that its forces had killed 50 al-Shabaab militants.", "190"),
        ("Hezbollah claimed that it had fired rockets at Israeli positions.", "194"),
        # no named doer: nobody to accuse, the act as before
        ("Ukraine claimed that civilians were killed.", "190"),
        ("Police claimed that the mob had attacked them first.", "190"),
    ],
)
def test_attributed_and_own_acts_stay_asserted(pipeline, text, kept):
    coded = _coded(pipeline, text)
    assert any(code == kept and modality == "asserted" for _, code, _, modality in coded), coded
    assert not any(code.startswith("112") for _, code, _, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine alleged that Russian troops shelled the city.",
        "Syria charged that Israel had violated the truce.",
        "Greece claimed that Turkish jets had bombed a border post.",
        "Russia denied Ukraine's accusation that its troops had shelled the city.",
        "Russia rejected Ukrainian claims that its troops had shelled the city.",
        "Hezbollah denied that it had fired rockets at Israel.",
        # an accusation told by a participle, with no accuser: nothing to code
        "Officials accused of corruption were dismissed.",
        # responsibility denied or not claimed: nobody's act
        "Hamas denied responsibility for the attack on Israeli soldiers.",
        "Hamas did not claim responsibility for the attack on Israeli soldiers.",
    ],
)
def test_alleged_and_denied_acts_are_not_asserted(pipeline, text):
    coded = _coded(pipeline, text)
    assert not any(int(code[:2]) >= 13 and modality == "asserted" for _, code, _, modality in coded), coded
    assert not any(code.startswith("17") for _, code, _, _ in coded), coded   # "charged that" arrests no one


@pytest.mark.parametrize(
    "text,expected",
    [
        # a demand, not an allegation: the stated act is not told as done
        ("Russia insisted that Ukraine withdraw its forces from the border.", ("RUS", "106", "UKR", "asserted")),
        # a future act claimed of another stays a future act
        ("Russia claimed that Ukraine would attack Crimea.", ("UKR", "190", None, "future")),
    ],
)
def test_unrealised_claims_are_no_allegations(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected in coded, coded
    assert not any(code.startswith("112") for _, code, _, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        # an accusation told without its accuser codes no accusation
        "Two ministers accused of taking bribes were arrested by the Kenyan police.",
        "The Russian government was accused of shelling the city.",
    ],
)
def test_accusations_need_an_accuser(pipeline, text):
    coded = _coded(pipeline, text)
    assert not any(code.startswith("112") for _, code, _, _ in coded), coded


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agreement, treaty or ruling said not to be kept by another actor: an accusation
        ("Egypt claimed that Ethiopia had not complied with the dam agreement.", ("EGY", "112", "ETH", "asserted")),
        ("Armenia alleged that Azerbaijan was not abiding by the truce.", ("ARM", "112", "AZE", "asserted")),
        # one's own statement that one will keep an accord no longer: a refusal (124)
        ("Serbia said it will no longer abide by the Brussels agreement.", ("SRB", "124", None, "asserted")),
        ("Venezuela announced that it would no longer honor the border treaty with Guyana.",
         ("VEN", "124", "GUY", "asserted")),
    ],
)
def test_failed_and_renounced_obligations(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected in coded, coded


@pytest.mark.parametrize(
    "text",
    [
        # a future non-compliance claimed of another is no failure yet; a plain report no charge
        "Egypt claimed that Ethiopia would not comply with the dam agreement.",
        "Egypt said that Ethiopia had not complied with the dam agreement.",
    ],
)
def test_unrealised_or_reported_noncompliance_is_no_accusation(pipeline, text):
    coded = _coded(pipeline, text)
    assert not any(code.startswith("112") for _, code, _, _ in coded), coded
