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
        # (in Geneva, neither side's country, they meet at a third place)
        ("Barack Obama and Vladimir Putin will meet in Geneva to discuss trade.",
         {("USAGOV", "044", "RUSGOV", "future"), ("RUSGOV", "044", "USAGOV", "future")}),
        ("Barack Obama and Vladimir Putin held talks.",
         {("USAGOV", "046", "RUSGOV", "asserted"), ("RUSGOV", "046", "USAGOV", "asserted")}),
        ("Barack Obama and Vladimir Putin signed an agreement.",
         {("USAGOV", "057", "RUSGOV", "asserted"), ("RUSGOV", "057", "USAGOV", "asserted")}),
    ],
)
def test_coordinated_names_act_on_each_other(pipeline, text, expected):
    assert expected <= _coded(pipeline, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # an exchange of prisoners or spies is each side's release to the other
        ("Armenia and Azerbaijan exchanged prisoners of war on Monday.",
         {("ARM", "0841", "AZE", "asserted"), ("AZE", "0841", "ARM", "asserted")}),
        ("Belarus swapped two spies with Lithuania.",
         {("BLR", "0841", "LTU", "asserted"), ("LTU", "0841", "BLR", "asserted")}),
        # two parties swapping with a third swap with it, not with each other
        ("Russia and Belarus swapped prisoners with Ukraine on Friday.",
         {("RUS", "0841", "UKR", "asserted"), ("BLR", "0841", "UKR", "asserted")}),
    ],
)
def test_exchanges_go_both_ways(pipeline, text, expected):
    assert expected <= _coded(pipeline, text)


def test_release_by_coordinated_parties_is_not_mutual(pipeline):
    coded = _coded(pipeline, "Armenia and Azerbaijan released prisoners of war on Monday.")
    assert ("ARM", "0841", "AZE", "asserted") not in coded, coded


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
        # a consignment stands for what it holds; a modifier names the kind of aid
        ("Yemen received a shipment of weapons from Iran.", ("IRN", "072", "YEM", "asserted")),
        ("Ukraine received military equipment from Poland.", ("POL", "072", "UKR", "asserted")),
        ("Pakistan received military aid from China.", ("CHN", "072", "PAK", "asserted")),
        ("Jordan received humanitarian aid from Saudi Arabia.", ("SAU", "073", "JOR", "asserted")),
        ("Sudan received aid from Egypt.", ("EGY", "070", "SDN", "asserted")),
    ],
)
def test_receiving_aid_of_each_kind(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # trade, containers, civil equipment, political backing and credit are no aid
        "Ghana received a shipment of cocoa beans from Ivory Coast.",
        "Kenya received a tank of fuel from Uganda.",
        "Egypt received equipment from Germany for its new power plant.",
        "The Kenyan president received support from parliament for the budget.",
        "Brazil received support from Argentina for its bid to host the World Cup.",
        "Peru received credit from parliament for the reform.",
    ],
)
def test_receiving_goods_or_backing_is_no_aid(pipeline, text):
    assert not any(code.startswith("07") for _, code, _, _ in _coded(pipeline, text))


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
    "text,violent",
    [
        # killing or shooting oneself is suicide or self-harm: nothing to code
        ("Two Iraqi policemen killed themselves.", False),
        ("The Afghan soldier shot himself in the leg.", False),
        ("Two protesters killed themselves outside the court.", False),   # a group with no country
        # measures against oneself are no sanctions or blockade against anyone
        ("North Korea sanctioned itself.", None),
        ("Venezuela isolated itself.", None),
        ("Venezuela cut itself off from its neighbours.", None),
        # a collective that attacks itself still attacks
        ("Britain said that the Iraqi army had bombed itself.", True),
    ],
)
def test_reflexive_self_harm_and_self_measures(pipeline, text, violent):
    coded = _coded(pipeline, text)
    self_directed = {code for s, code, t, _ in coded if s is not None and s == t}
    if violent:
        assert any(code[:2] in ("18", "19", "20") for code in self_directed), coded
    else:
        assert not self_directed, coded
    if violent is False:
        assert not any(code[:2] in ("18", "19", "20") for _, code, _, _ in coded), coded


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


@pytest.mark.parametrize(
    "text,expected",
    [
        # the permitted party does the act; a past permission tells it was done, a present
        # one states a rule, an authorisation gives a mandate, a refusal rules the act out
        ("Turkey allowed US jets to bomb Iraq.", ("USAMIL", "195", "IRQ", "asserted")),
        ("The Jordanian parliament authorised Jordanian troops to attack Syria.",
         ("JORMIL", "190", "SYR", "hypothetical")),
        ("Sudan permitted Egyptian forces to attack Ethiopia.", ("EGYMIL", "190", "ETH", "asserted")),
        ("Qatar enabled Turkish jets to strike Syria.", ("TURMIL", "190", "SYR", "asserted")),
        ("Russia let Syrian jets bomb the rebels.", ("SYRMIL", "195", "REB", "asserted")),
        ("Turkey allows US jets to bomb Iraq.", ("USAMIL", "195", "IRQ", "hypothetical")),
        ("Turkey will allow US jets to bomb Iraq.", ("USAMIL", "195", "IRQ", "future")),
        ("Turkey did not allow US jets to bomb Iraq.", ("USAMIL", "195", "IRQ", "negated")),
        ("Egypt must allow Israeli troops to attack Gaza.", ("ISRMIL", "190", "PSE", "hypothetical")),
    ],
)
def test_permitted_act_is_done_by_the_permitted_as_real_as_the_permission(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected in coded
    assert not any(code == expected[1] and modality != expected[3] for _, code, _, modality in coded)


def test_act_around_a_permitted_one_keeps_its_modality(pipeline):
    # the march is where the permitted speech was to happen, and it did happen
    coded = _coded(pipeline, "Police allowed the leaders to speak during the march in Nairobi.")
    assert any(code.startswith("14") and modality == "asserted" for _, code, _, modality in coded), coded


def test_title_broken_off_the_subject_names_the_doer(pipeline):
    # "sultan" parsed as a loose dependent of the verb, the long name as its subject
    coded = _coded(pipeline, "Oman's sultan, Sheikh Haitham bin Tariq al-Said launched a mediation "
                             "effort on Sunday between Iran and Bahrain.")
    assert {("OMNGOV", "045", "IRN", "asserted"), ("OMNGOV", "045", "BHR", "asserted")} <= coded


def test_group_leaders_keep_the_group(pipeline):
    coded = _coded(pipeline, "Qatar pledged to expel the leaders of Egypt's Muslim Brotherhood.")
    assert any(s == "QAT" and t == "EGYMBR" for s, _, t, _ in coded)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a demonym on a named group says nothing the group's own code does not
        ("The Afghan Taliban ambushed a Pakistani army convoy.", {("AFGREBTAL", "190", "PAKMIL", "asserted")}),
        ("The Afghan Taliban said they had ambushed a Pakistani army convoy.",
         {("AFGREBTAL", "190", "PAKMIL", "asserted")}),
    ],
)
def test_a_demonym_on_a_named_group_is_one_actor(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an object that is no actor names the place of the attack on itself
        ("Israeli tanks fired shells at targets in Hebron, residents said.", ("ISRMIL", "194", "PSE", "asserted")),
        ("Syrian tanks fired shells at targets in Aleppo, residents said.", ("SYRMIL", "194", "SYR", "asserted")),
        # ... unless its own participle names whose it is
        ("Iraqi troops fired artillery at positions in Mosul held by Islamic State.",
         ("IRQMIL", "194", "IMGMOSISI", "asserted")),
    ],
)
def test_place_of_an_objects_attack_is_the_target(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a thing as the agent: its own participle names who used it
        ("The helicopter was shot down by a missile fired by Houthi rebels.", ("YEMREBHTH", "194", "MIL")),
        ("Three policemen were killed by a bomb believed to be planted by Taliban militants.",
         ("AFGREBTAL", "190", "COP")),
    ],
)
def test_the_doer_named_on_an_instrument_agent(pipeline, text, expected):
    assert expected in {t[:3] for t in _coded(pipeline, text)}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an ally named "in support of" or "in coordination with" is no target
        ("Iranian forces began an offensive in Syria in support of the Assad government.",
         {("IRNMIL", "190", "SYR", "asserted")}),
        ("Turkish troops shelled Kurdish positions in coordination with Syrian rebels.",
         {("TURMIL", "194", None, "asserted")}),
        # ... but an organisation named "League" is one
        ("Egypt appealed to the Arab League over the dam.", {("EGY", "020", "IGOMEAARL", "asserted")}),
    ],
)
def test_allies_are_not_targets(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a country named in a topic phrase is no party to the meeting
        ("The French president met the Irish prime minister over the Iraq crisis.",
         {("FRAGOV", "040", "IRLGOV", "asserted"), ("IRLGOV", "040", "FRAGOV", "asserted")}),
        # a country naming a war, a crisis or a question is its topic, not a party to the act
        ("The Dutch prime minister rejected calls for an inquiry into the Iraq war.",
         {("NLDGOV", "124", None, "asserted")}),
        ("The Dutch prime minister rejected calls for a debate on the legality of the Iraq war.",
         {("NLDGOV", "124", None, "asserted")}),
        # an act in a circumstance phrase is not the subject's
        ("Egypt said it would press ahead with the talks despite fighting among rival Libyan militias.",
         set()),
        # a war named by its two sides keeps them as the doers
        ("The Iran-Iraq war killed a million people.",
         {("IRN", "190", "CVL", "asserted"), ("IRQ", "190", "CVL", "asserted")}),
    ],
)
def test_a_topic_is_not_a_party(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what a law or resolution allowed is a rule, whatever its tense
        ("The 2011 resolution allowed NATO to attack Libyan forces.", ("IGOWSTNAT", "190", "LBYMIL", "hypothetical")),
        ("Turkey allowed American jets to bomb Iraq.", ("USAMIL", "195", "IRQ", "asserted")),
    ],
)
def test_permission_by_a_rule_is_hypothetical(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a relative pronoun stands for the noun its clause hangs on, through active verbs
        ("The Indian policemen who opened fire on the procession were suspended.", ("INDCOP", "193", None, "asserted")),
        ("The Israeli soldiers who shot the protester have been questioned.", ("ISRMIL", "193", None, "asserted")),
        ("Syrian forces, who have surrounded eastern Aleppo, shelled the area.", ("SYRMIL", "191", "SYR", "asserted")),
        # the one forced or prompted to act does it, not the one who forced it
        ("The rioters pelted stones, forcing the Indian police to open fire.", ("INDCOP", "193", None, "asserted")),
        ("The stone-throwing prompted the Pakistani police to fire in the air.", ("PAKCOP", "175", None, "asserted")),
    ],
)
def test_relative_pronouns_and_forced_doers(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text,wrong",
    [
        # a passive reached from the relative clause was done to its noun, not by it
        ("The minister, who toured the town despite being stoned, met the victims.", "GOV"),
        # the forcer does not do what it forced
        ("The rioters pelted stones, forcing the Indian police to open fire.", "OPP"),
        # a habit or a rule told of a kind of people is no act of theirs
        ("Kenyan police who fire on unarmed protesters must be prosecuted, the group said.", "COP"),
        ("Kenyan teachers who strike will lose a day's pay, the minister said.", "EDU"),
    ],
)
def test_relative_pronouns_and_forced_doers_not_misread(pipeline, text, wrong):
    assert not {e for e in _coded(pipeline, text) if e[1][:2] in ("18", "19") and e[0] and e[0].endswith(wrong)}


def test_killing_told_as_done_beside_a_wished_firing(pipeline):
    # the relative clause's firing is only what should be done; the killing is done
    coded = _coded(pipeline, "The Indian police, which should be firing at the smugglers, is killing peaceful villagers.")
    assert ("INDCOP", "190", "CVL", "asserted") in coded
    assert ("INDCOP", "193", "CRM", "hypothetical") in coded


@pytest.mark.parametrize(
    "text,expected",
    [
        # the doer of a prevented act is the one kept from it, not the one who tried to keep it
        ("Egyptian police could not stop Hamas from shelling Israel.", {("PSEREBHMS", "194", "ISR", "asserted")}),
        ("Egyptian police stopped Hamas from shelling Israel.", {("PSEREBHMS", "194", "ISR", "negated")}),
    ],
)
def test_prevented_act_is_done_by_the_one_kept_from_it(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text,ally",
    [
        # the side fought beside is an ally, not the one attacked
        ("French special forces fought alongside the Syrian Democratic Forces near Raqqa.", "SYRREBSDF"),
        ("Hezbollah is fighting alongside the Syrian army in Homs.", "SYRMIL"),
        ("The militiamen were fighting on the side of the Syrian government.", "SYRGOV"),
    ],
)
def test_fight_beside_allies_is_not_against_them(pipeline, text, ally):
    assert not {t for _, c, t, _ in _coded(pipeline, text) if c.startswith("19") and t == ally}, _coded(pipeline, text)


def test_fight_beside_allies_keeps_the_enemy(pipeline):
    coded = _coded(pipeline, "British volunteers fought alongside Kurdish forces against Islamic State.")
    assert {t for _, c, t, _ in coded if c.startswith("19")} == {"IMGMOSISI"}, coded


@pytest.mark.parametrize(
    "text,expected",
    [
        # a clash with a view or a decision is a dispute in words (110), not a fight
        ("The British minister clashed with the American president's assessment of the war.",
         ("GBRGOV", "110", "USAGOV", "asserted")),
    ],
)
def test_clash_with_a_view_is_disapproval(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected in coded and not [c for _, c, _, _ in coded if c.startswith("19")], coded
