"""Verb families of the CAMEO pattern dictionary, the two sides of a visit, and subjects the
parser splits or lists it breaks.

Each sentence states one event; the coder must find its CAMEO code, source and target
countries. The sentences are written for these tests.
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


def _triples(pipeline, text: str, key=lambda actor: actor.country_iso3):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2022, 1, 12)))
    return [(key(e.source) if e.source else None, e.cameo_code, key(e.target) if e.target else None)
            for e in events]


VERB_FAMILIES = [
    # (sentence, source country, CAMEO code, target country)
    # setting out for a visit
    ("The Kenyan foreign minister left for Addis Ababa on Monday for talks with Ethiopia.", "KEN", "042", "ETH"),
    ("The Dutch prime minister departed for Jakarta on Tuesday.", "NLD", "042", "IDN"),
    # diplomatic ties taken up again, credentials presented
    ("Morocco and Iran renewed diplomatic ties on Monday.", "MAR", "050", "IRN"),
    ("Oman reestablished diplomatic relations with Syria.", "OMN", "050", "SYR"),
    ("Qatar resumed diplomatic relations with Egypt.", "QAT", "050", "EGY"),
    ("The new Swiss ambassador presented his credentials to the Kenyan president.", "CHE", "050", "KEN"),
    # ties given up
    ("Nicaragua abandoned ties with Taiwan in December.", "NIC", "161", "TWN"),
    # aid and money contributed, goods supplied to the object
    ("Norway will contribute ten million dollars to Sudan.", "NOR", "071", "SDN"),
    ("Japan contributed blankets to Nepal.", "JPN", "070", "NPL"),
    ("Kazakhstan signed a contract on Friday to supply Armenia with wheat.", "KAZ", "061", "ARM"),
    # symbolic acts and approval
    ("Egypt celebrated the anniversary with Jordan.", "EGY", "017", "JOR"),
    ("Vietnam expressed satisfaction with Laos on Monday.", "VNM", "051", "LAO"),
    # movement restricted, people driven out
    ("Indian troops cordoned off the roads leading into Pakistan.", "IND", "191", "PAK"),
    ("Sudanese troops expelled Chadian villagers.", "SDN", "201", "TCD"),
    # leave to run in a vote or to hold a rally: restrictions on political freedom eased
    ("The Zambian electoral board allowed the Kenyan observer mission to participate in the vote.",
     "ZMB", "0812", "KEN"),
    ("The Kenyan government allowed opposition parties to stage rallies in Nairobi.", "KEN", "0811", "KEN"),
    # war games of one country show force; an undertaking broken names whom it was owed
    ("Russian troops held war games near the border with Ukraine.", "RUS", "150", "UKR"),
    ("Kenya has reneged on its pledge to Uganda.", "KEN", "127", "UGA"),
    # warnings about someone; moving closer to a deal is negotiating it
    ("Chile warned about Bolivia on Monday.", "CHL", "012", "BOL"),
    ("Chile warned its citizens about Bolivia on Monday.", "CHL", "012", "BOL"),
    ("Chile warned its neighbour Peru about Bolivia.", "CHL", "012", "PER"),
    ("Kenya is edging toward an agreement with Somalia.", "KEN", "046", "SOM"),
    ("Peru moved nearer to a settlement with Ecuador.", "PER", "046", "ECU"),
    ("Serbia has been inching nearer to accord with Croatia since May.", "SRB", "046", "HRV"),
    # a report verb in the passive raises the subject of its complement
    ("Iran is said to have restored diplomatic ties with Egypt.", "IRN", "050", "EGY"),
    # attacking a policy, or an attack that is stinging or scathing, is criticism
    ("Turkey's president attacked Germany's refugee policy on Sunday.", "TUR", "111", "DEU"),
    ("Iran's foreign minister attacked the Saudi decision.", "IRN", "111", "SAU"),
    ("Bolivia issued a blistering attack on Chile at the summit.", "BOL", "111", "CHL"),
    # holding, having, attending or hosting talks or discussions is negotiation; a meeting is not
    ("Ghana held talks with Togo on Friday.", "GHA", "046", "TGO"),
    ("Vietnamese officials had discussions with Cambodia on Tuesday.", "VNM", "046", "KHM"),
    ("The Finnish minister attended talks with Estonia.", "FIN", "046", "EST"),
    ("Norway hosted talks with Colombia.", "NOR", "046", "COL"),
    ("Ghana held a meeting with Togo on Friday.", "GHA", "040", "TGO"),
    ("The Kenyan president met the Tanzanian president.", "KEN", "040", "TZA"),
    # human shields are people used as shields
    ("Rebels in Mali used villagers as shields against French air strikes.", "MLI", "184", "MLI"),
    # bases and posts set up abroad show force; checkpoints raise the alert at home
    ("Russian troops set up an observation post near Manbij in Syria.", "RUS", "150", "SYR"),
    ("The Iranian army established a military base in Iraq.", "IRN", "150", "IRQ"),
    ("Nigerian police erected checkpoints in Lagos.", "NGA", "151", "NGA"),
    ("Bolivian farmers erected barricades on the highway near La Paz.", "BOL", "144", None),
    ("Russian forces bombarded Kharkiv with rockets.", "RUS", "194", "UKR"),
    # weapons taken by the security forces are confiscated property
    ("Colombian police seized 40 rifles and a tonne of explosives in Cali.", "COL", "1711", None),
    ("Iraqi soldiers recovered a cache of weapons in Diyala.", "IRQ", "1711", "IRQ"),
    # beating people is physical assault; beating a rival team is not (see the discards)
    ("Zimbabwean soldiers beat villagers in Harare.", "ZWE", "182", "ZWE"),
    ("Ethiopian police thrashed two journalists in Addis Ababa.", "ETH", "182", "ETH"),
    # people held as shields, counted or not
    ("Afghan militants held hundreds of villagers as human shields in Helmand.", "AFG", "184", "AFG"),
    # operations begun, forces moved, offensives ended
    ("Turkish forces began a ground operation in Iraq on Sunday.", "TUR", "190", "IRQ"),
    ("Egypt started an air campaign against the rebels in Libya.", "EGY", "190", "LBY"),
    ("France moved fighter jets to Mali.", "FRA", "154", "MLI"),
    ("Ethiopian troops ended their offensive in Somalia.", "ETH", "087", "SOM"),
    # warning someone of measures is a threat
    ("Turkey warned Greece of tough measures if its jets entered Turkish airspace.", "TUR", "130", "GRC"),
    ("Turkey warned Greece of tough measures.", "TUR", "130", "GRC"),   # "of" parsed on "Greece"
    # a number of things stands for the things
    ("Hungary closed three of its border crossings with Serbia.", "HUN", "191", "SRB"),
    ("Austria shut three of its border crossings with Slovenia.", "AUT", "191", "SVN"),
    # an air strike is no labour strike
    ("Saudi jets suspended air strikes on Sanaa.", "SAU", "087", "YEM"),
    # territory regained, or control of it established, is occupied territory (192)
    ("Yemeni troops regained control of three villages near Taiz.", "YEM", "192", None),
    ("Malian forces established control over the town of Gao.", "MLI", "192", "MLI"),
    ("The Libyan army reclaimed the district after a week of fighting.", "LBY", "192", None),
    # observation points and military checkpoints are bases
    ("Russian troops set up observation points in northern Syria.", "RUS", "150", "SYR"),
    ("Indian forces established a military checkpoint in Kashmir.", "IND", "150", "IND"),
    # sanctions unveiled or slapped on someone are imposed
    ("Canada unveiled new sanctions against Belarus on Friday.", "CAN", "163", "BLR"),
    # talks cut off are halted (164), not a blockade; a road cut off still is
    ("Georgia cut off talks with Russia over the enclave.", "GEO", "164", "RUS"),
    ("The Georgian army cut off the road to Tskhinvali.", "GEO", "191", None),
    # chemical weapons used (2041), by their adjective too
    ("Syrian troops used chemical weapons against the rebels in Idlib.", "SYR", "2041", "SYR"),
    # a light verb of attack takes the more telling code of its attack noun
    ("Somali militants carried out a suicide attack on a hotel in Mogadishu.", "SOM", "1831", "SOM"),
    ("Syrian troops launched a chemical attack on a suburb of Damascus.", "SYR", "2041", "SYR"),
    # diplomats thrown out: relations reduced (161)
    ("Poland threw out three Belarusian diplomats on Monday.", "POL", "161", "BLR"),
    # attackers repelled, pushed back or driven out, and towns liberated
    ("Nigerian troops repelled an attack by Boko Haram fighters on a base in Borno.", "NGA", "190", "NGA"),
    ("Iraqi forces pushed back the militants from the outskirts of Mosul.", "IRQ", "190", "IRQ"),
    ("Ukrainian troops liberated the town from Russian forces.", "UKR", "192", "RUS"),
    # a base set up, a stronghold established, by an armed force is a show of force (150)
    ("Turkish troops have set up two new bases in northern Iraq.", "TUR", "150", "IRQ"),
    ("Malian rebels established a new headquarters in the town of Kidal.", "MLI", "150", "MLI"),
    # reinforcements rushed or fighters forwarded to a front are troops sent (154)
    ("The Turkish army rushed reinforcements to the Syrian border.", "TUR", "154", "SYR"),
    ("The SDF forwarded more fighters to the oilfield near Deir ez-Zor.", "SYR", "154", None),
    # armed fighters mobilising are a mobilisation (154)
    ("Hundreds of Afghan fighters mobilised in the Panjshir valley.", "AFG", "154", None),
    # legal action: proceedings opened by prosecutors (173), charges filed and legal challenges
    # mounted by anyone (115), entry refused (1245)
    ("Italian prosecutors opened criminal proceedings against the Maltese minister.", "ITA", "173", "MLT"),
    ("Austria launched a legal challenge against the European Commission.", "AUT", "115", None),
    ("Ukraine filed charges of treason against the Russian defence minister.", "UKR", "115", "RUS"),
    ("Norway refused entry to two Russian diplomats.", "NOR", "1245", "RUS"),
    # borders opened to refugees shelter them (073); opened to a country they let it in (086)
    ("Thailand opened its border to refugees fleeing Myanmar.", "THA", "073", "MMR"),
    ("Poland opened its doors to Ukrainian refugees.", "POL", "073", "UKR"),
    ("Turkey opened its border to Syria.", "TUR", "086", "SYR"),
    # border controls put on a neighbour restrict movement (191), as a closed border does
    ("Denmark reintroduced controls on its border with Germany.", "DNK", "191", "DEU"),
    ("Poland reimposed checks on its border with Lithuania.", "POL", "191", "LTU"),
    ("Austria imposed border controls at its frontier with Slovenia.", "AUT", "191", "SVN"),
    # pressing or pushing for an act appeals for it, coded by what is asked for
    ("Norway pushed for a ceasefire in Yemen.", "NOR", "0256", "YEM"),
    ("Qatar pressed Sudan for talks with the rebels.", "QAT", "026", "SDN"),
    ("Britain pushed for the release of the jailed Iranian activists.", "GBR", "0253", "IRN"),
    # keeping an accord is yielding; spies and prisoners handed over are released (0841)
    ("Ethiopia complied with the ruling of the boundary commission.", "ETH", "080", None),
    ("Ecuador abided by the treaty with Peru.", "ECU", "080", "PER"),
    # a legislature approving a treaty ratifies it
    ("The Ecuadorian congress approved the border treaty with Peru.", "ECU", "057", "PER"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), VERB_FAMILIES)
def test_patterns_verb_family_coded(pipeline, text, source, code, target):
    triples = _triples(pipeline, text)
    assert (source, code, target) in triples, triples


VISIT_SIDES = [
    # (sentence, the visit, the hosting): a visit is also the host's act, and the other way round
    ("The Peruvian president arrived in Chile on Sunday.", ("PER", "042", "CHL"), ("CHL", "043", "PER")),
    ("The Turkish president hosted the Hungarian prime minister in Ankara.",
     ("HUN", "042", "TUR"), ("TUR", "043", "HUN")),
]


@pytest.mark.parametrize(("text", "visit", "host"), VISIT_SIDES)
def test_patterns_visit_has_both_sides(pipeline, text, visit, host):
    triples = _triples(pipeline, text)
    assert visit in triples and host in triples, triples


@pytest.fixture(scope="module")
def user_pipeline(nlp, tmp_path_factory):
    """The pipeline with two made-up countries, names the parser does not know."""
    from flashpoint.pipeline import Pipeline

    path = tmp_path_factory.mktemp("actors") / "made_up.actors"
    path.write_text("ZORBIA_ [ZRB]\nQUARTA_ [QRT]\n", encoding="utf-8")
    return Pipeline(nlp=nlp, actor_files=[path])


SPLIT_SUBJECTS = [
    # (sentence, sources that must all be coded, CAMEO code, target country)
    # "old foes X and Y" parsed as two subjects
    ("Old foes Zorbia and Quarta have restored diplomatic ties.", {"ZRB", "QRT"}, "050", None),
    # a list member parsed as an apposition, the last one as a second subject
    ("Poor Haiti, the tiny Jamaica, and rich Canada praised the new trade pact with Cuba.",
     {"HTI", "JAM", "CAN"}, "051", "CUB"),
]


@pytest.mark.parametrize(("text", "sources", "code", "target"), SPLIT_SUBJECTS)
def test_patterns_split_subjects_all_coded(user_pipeline, text, sources, code, target):
    triples = _triples(user_pipeline, text, key=lambda actor: actor.code)
    found = {s for s, c, t in triples if c == code and (target is None or t == target)}
    assert sources <= found, triples


JOINT_AND_UNCLAIMED = [
    # (sentence, triples that must be coded, triples that must not be)
    # drills held together by the forces of two countries are military cooperation, both ways
    ("Indian and French warships on Monday launched five days of naval exercises in the Arabian Sea.",
     {("IND", "062", "FRA"), ("FRA", "062", "IND")}, {("IND", "150", None), ("FRA", "150", None)}),
    # a bombing with no doer: the unidentified forces of the country where it happened
    ("A roadside bomb near the town of Kandahar killed three Afghan policemen on Monday.",
     {("AFG", "190", "AFG")}, set()),
    ("A landmine explosion killed two Angolan farmers.", {(None, "190", "AGO")}, set()),
    # an accident is not an attack
    ("A gas explosion in Kabul killed two Afghan workers.", set(), {(None, "190", "AFG"), ("AFG", "190", "AFG")}),
    # one act told twice in the sentence, once without its target: only the aimed one is kept
    ("Peru established diplomatic ties with and opened an embassy in Ghana.", {("PER", "054", "GHA")},
     {("PER", "054", None)}),
]


@pytest.mark.parametrize(("text", "coded", "not_coded"), JOINT_AND_UNCLAIMED)
def test_patterns_joint_drills_and_unclaimed_blasts(pipeline, text, coded, not_coded):
    triples = set(_triples(pipeline, text))
    assert coded <= triples, triples
    assert not (not_coded & triples), triples


PROTEST_PURPOSES = [
    # (sentence, the protest as coded): a protest aimed at whom its purpose clause names
    ("Kenyan students went on hunger strike to demand the release of Ugandan prisoners.", ("KEN", "142", "UGA")),
    ("Chilean workers marched through Santiago to protest against the Argentine government.",
     ("CHL", "141", "ARG")),
    # with no purpose stated, the protesters' own government
    ("Indonesian students marched on Monday.", ("IDN", "141", "IDN")),
]


@pytest.mark.parametrize(("text", "protest"), PROTEST_PURPOSES)
def test_patterns_protest_target_from_its_purpose(pipeline, text, protest):
    assert protest in _triples(pipeline, text)


NOT_VIOLENCE = [
    ("Clinton is using her record as a shield against criticism from Sanders.", "184"),
    ("The Kenyan opposition attacked the government's budget on Tuesday.", "190"),
]

STILL_VIOLENCE = [
    # positions, leaders and bitter attacks are military targets and fighting, not words
    # (jets make the attack aerial, 195)
    ("Syrian troops attacked rebel positions near Aleppo.", "SYR", "190"),
    ("Turkish jets attacked the leadership of the PKK in Iraq.", "TUR", "195"),
    ("Kurdish fighters repelled a bitter attack on Kobani by Islamic State.", None, "190"),
]


@pytest.mark.parametrize(("text", "source", "code"), STILL_VIOLENCE)
def test_patterns_attacks_on_positions_stay_violence(pipeline, text, source, code):
    triples = _triples(pipeline, text)
    assert any(c == code and (source is None or s == source) for s, c, _ in triples), triples


@pytest.mark.parametrize(("text", "code"), NOT_VIOLENCE)
def test_patterns_figurative_shields_and_attacks_are_not_violence(pipeline, text, code):
    assert all(c[:len(code)] != code for _, c, _ in _triples(pipeline, text)), _triples(pipeline, text)


NO_POSTURE = [
    # a base, a camp or a mobilisation is a show of force only by an armed force, and a
    # mobilisation only for a fight, not for relief
    "The Irish company has set up a new base in Dublin.",
    "The UN refugee agency set up a camp for displaced families near the Chadian border.",
    "Thousands of Kenyan voters mobilised ahead of the election.",
    "After the floods in Iran, the military mobilised efforts to help people trapped in their homes.",
    "After the floods in Iran, Iranian troops mobilised to rescue people trapped in their homes.",
    # a relief camp, a police headquarters, a "basis" and camping are no bases of force
    "The Turkish army set up a camp for earthquake victims in Hatay.",
    "Kenyan police opened a new headquarters in Nairobi.",
    "The Nigerian army established a basis for cooperation with local vigilantes.",
    "The rebels set up camp in the forest.",
]


@pytest.mark.parametrize("text", NO_POSTURE)
def test_patterns_postures_need_an_armed_force(pipeline, text):
    assert not [c for _, c, _ in _triples(pipeline, text) if c[:2] == "15"], _triples(pipeline, text)


HELP = [
    # (sentence, whether aid is coded): a state, organisation or armed group helping an actor
    ("Spain helped Morocco.", True),
    ("Iran's government helped Syrian rebels.", True),
    ("Morocco was helped by Spain.", True),
    # market and court news: an abstract helper or helped, a business or a court
    ("Rising demand from India helped Brazilian farmers.", False),
    ("The Japanese economy helped South Korea's exports.", False),
    ("Kenya's central bank helped the shilling.", False),
    ("A Ghanaian court helped the opposition.", False),
]


@pytest.mark.parametrize(("text", "aid"), HELP)
def test_patterns_help_is_aid_only_between_actors(pipeline, text, aid):
    codes = {c for _, c, _ in _triples(pipeline, text)}
    assert ("070" in codes) is aid, codes


SUPPORT = [
    # (sentence, whether backing is coded): a supporter at the head of its phrase
    ("Norway supported the Sudanese government.", True),
    ("Chile backed the peace plan on Monday.", True),
    # market news: the supporter sits inside an abstract noun
    ("Strong demand from India supported copper prices.", False),
    ("Higher Swiss rates supported the franc.", False),
]


@pytest.mark.parametrize(("text", "backing"), SUPPORT)
def test_patterns_support_needs_a_supporter(pipeline, text, backing):
    codes = {c for _, c, _ in _triples(pipeline, text)}
    assert ("051" in codes) is backing, codes


ARMING = [
    # (sentence, whether arming (072) is coded): an act of arming someone, not what they carry
    ("Syria armed the militias in the south.", True),
    ("The militias were armed by Syria.", True),
    ("Syria has armed the militias for years.", True),
    ("Youths armed with machetes attacked a market in Bangui.", False),
    ("Heavily armed gunmen stormed a hotel in Mali.", False),
]


@pytest.mark.parametrize(("text", "arming"), ARMING)
def test_patterns_arming_is_an_act_not_a_description(pipeline, text, arming):
    codes = {c for _, c, _ in _triples(pipeline, text)}
    assert ("072" in codes) is arming, codes


ACCESS = [
    # (sentence, code, source, target): access granted to the object the parser made the
    # subject of the infinitive ("allowed [the convoy] to enter")
    ("Israel allowed the aid convoy to enter Gaza.", "0863", "ISR", "PSE"),
    ("Syria allowed UN inspectors to visit the site.", "0862", "SYR", "IGOUNO"),
    ("Israel let the UN inspectors visit the reactor.", "0862", "ISR", "IGOUNO"),
    ("Myanmar permitted the food aid to reach the delta.", "0863", "MMR", None),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), ACCESS)
def test_patterns_access_through_a_raised_object(pipeline, text, code, source, target):
    assert (source, code, target) in _triples(pipeline, text, key=lambda actor: actor.code)


NOT_EVENTS = [
    # a bomb defused, a firm's base, a base of support: no political act
    "The Afghan army defused a bomb near the market in Kabul.",
    "Amazon set up a base in Dublin.",
    "The senator built a strong base of support in Ohio.",
    # a figurative salvo; participles that only describe their nouns
    "The opposition launched a salvo at the Nigerian government over fuel prices.",
    "Retreating Russian troops crossed a bridge near Kherson.",
    # heavy fire of anything but weapons
    "Many users were bombarded with pop-up ads.",
    "The Kenyan minister was pounded with questions by journalists.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_patterns_look_alikes_code_nothing(pipeline, text):
    assert _triples(pipeline, text) == []
