"""Protests (CAMEO root 14) as news tells them, with the packaged dictionary.

Unnamed groups of people (workers, students, residents) protest as much as named ones; a
protest told only by its noun ("a protest was held", "during the strike") is coded with no
source, as an agentless arrest is; words of protest in their other senses (a sport or air
"strike", a market "rally", "a demonstration of" a product, the month of March) are not
protests. The sentences are written for these tests.
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


def _protests(pipeline, text: str):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    return {(e.source.code if e.source else None, e.cameo_code[:3]) for e in events if e.cameo_code.startswith("14")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # role-only groups whose country is not named
        ("Several hundred workers protested against the closure of the plant.", ("LAB", "141")),
        ("The bus drivers' union said its workers went on strike on Tuesday.", ("LAB", "143")),
        ("Thousands of students marched to the education ministry.", ("EDU", "141")),
        ("The villagers took to the streets after the shooting.", ("CVL", "141")),
        ("Hundreds of miners walked out over unpaid bonuses.", ("LAB", "143")),
        ("Angry youths threw stones at police vehicles.", ("CVL", "145")),
        ("A crowd pelted the officers with rocks.", ("OPP", "145")),
        ("About forty demonstrators gathered outside the embassy.", ("OPP", "141")),
        # the relative pronoun stands for the group
        ("Thousands of nurses who rallied outside the ministry went home at dusk.", ("HLH", "141")),
        # "striking workers": the strike is told by its strikers
        ("Striking teachers gathered in the town square.", ("EDU", "143")),
        # a protest participle on its doers: "protesting farmers"
        ("Protesting farmers blocked the main highway in Punjab.", ("PAKAGR", "141")),
        # property destroyed by a crowd of civilians is a riot
        ("Furious residents torched the councillor's house.", ("CVL", "145")),
        # and so is property damaged, wrecked or burned by protesters, named with their country or not
        ("Kenyan protesters torched a police station in Kisumu.", ("KENOPP", "145")),
        ("Demonstrators set fire to the governor's office.", ("OPP", "145")),
        ("Protesters ransacked the offices of the ruling party.", ("OPP", "145")),
        ("A mob vandalised the offices of the electoral commission.", ("OPP", "145")),
        ("Rioters smashed shop windows on the high street.", ("OPP", "145")),
        ("Bangladeshi students burned a bus in Dhaka.", ("BGDEDU", "145")),
    ],
)
def test_protests_by_unnamed_groups(pipeline, text, expected):
    assert expected in _protests(pipeline, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # killing people is no riot, whoever does it (CAMEO 18-20); armed groups and states
        # destroying property do not riot; a crowd seizing property does not riot either
        ("Kenyan protesters killed two policemen in Kisumu.", "190"),
        ("Malian rebels torched the village.", "1712"),
        ("Nigerian troops burned the houses of the villagers.", "1712"),
        ("Protesters seized the ministry's vehicles.", "171"),
    ],
)
def test_protests_violence_that_is_no_riot(pipeline, text, code):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    codes = {e.cameo_code for e in events}
    assert code in codes and "145" not in codes, codes


@pytest.mark.parametrize(
    "text,code",
    [
        ("A protest was held outside the town hall on Saturday.", "141"),
        # a crackdown on protests tells of the protests
        ("The crackdown on the protests left twenty people dead.", "141"),
        ("The strike at the smelter will continue next week, the union said.", "143"),
        ("The demonstration blocked traffic on the main road for hours.", "141"),
        ("The march passed off peacefully.", "141"),
        ("During the strike the hospital was run by a skeleton staff.", "143"),
        ("Shops were looted during the riots.", "145"),
        ("They chanted slogans and waved placards outside the court.", "141"),
        ("Taxi owners marching in protest against the new fares reached the city hall.", "141"),
        ("Six students detained while protesting against fee increases were freed.", "141"),
        ("The opposition party will march on Wednesday.", "141"),
        ("The employees have been striking since May over unpaid wages.", "143"),
    ],
)
def test_protests_without_a_named_doer(pipeline, text, code):
    assert code in {c for _, c in _protests(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "He scored with a fierce strike from 25 yards.",
        "The two firms hope to strike a deal before Christmas.",
        "An air strike hit the convoy near the border.",
        "The missile struck a depot outside the city.",
        "Shares rallied in March after the results.",
        "Oil prices extended their rally on Friday.",
        "The champion won a long rally of 30 strokes.",
        "The company gave a demonstration of its new phone.",
        "The victory demonstrated the value of patience.",
        "The film is a riot of colour.",
        "The visitors ran riot in the second half.",
        "The team continued their march to the title.",
        "He protested his innocence throughout the trial.",
        "Riot police stood by at the stadium.",
        "Police shot dead 12 striking miners.",
        "Everyone has the right to protest.",
        "The road was blocked by a fallen tree.",
        "Federer marches on in Dubai",
        "The captain will launch a protest over the ref's decision.",
        "The umpire called a strike on the first pitch of the game.",
        "The manager walked out on the club last year.",
        "We never walked out slamming doors, he said.",
        "The defence protested after the witness refused to answer.",
        "The game is a version of Colin McRae Rally for phones.",
        # what a report, a summit or a talk is about is no protest told
        "A report on the strike at the port was published on Monday.",
        "Ministers talked about the riots in Lagos on Monday.",
        "Zuma will attend a summit in Addis Ababa on the unrest in Burundi.",
    ],
)
def test_protest_words_in_other_senses(pipeline, text):
    assert _protests(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a gathering told as done whose purpose is to protest is the protest itself
        ("Thousands of Kenyan teachers gathered in Nairobi on Monday to protest against low pay.", "asserted"),
        ("Chilean students came to the capital to protest the new law.", "asserted"),
        # defying a ban, or braving the weather, to protest is protesting
        ("Hundreds of Bolivian miners defied a police ban to protest outside the ministry in La Paz.", "asserted"),
        ("Thousands of Chilean students braved the rain to protest in Santiago.", "asserted"),
        # a gathering still to come is a protest still to come
        ("Kenyan teachers will gather in Nairobi to protest against low pay.", "future"),
    ],
)
def test_protests_gathering_to_protest_is_held_as_told(pipeline, text, modality):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    assert {e.modality.value for e in events if e.cameo_code.startswith("14")} == {modality}



@pytest.mark.parametrize(
    "text,code",
    [
        # ways of protesting with their own CAMEO codes: hunger strikes 142, strikes and
        # walkouts 143, blockades 144 (a siege laid by a crowd blocks, it is no military siege)
        ("Four detainees went on hunger strike in the prison.", "142"),
        ("The detainees staged a hunger strike against their transfer.", "142"),
        ("Dock workers staged a walkout at the harbour.", "143"),
        ("Bus conductors downed tools on Friday.", "143"),
        ("Angry villagers laid siege to the district office.", "144"),
        # Indian and South African English
        ("The opposition called a bandh in the district.", "143"),
        ("Shops stayed shut during the hartal.", "143"),
        ("The stayaway emptied the factories of the township.", "143"),
        ("Nurses sat on a dharna outside the hospital.", "141"),
        ("Students gheraoed the principal over the exam results.", "144"),
        ("The farmers' rasta roko held up traffic for three hours.", "144"),
        # a union calling a strike or a march declares its own protest (not "calls for" one)
        ("The teachers' union called a strike for Monday.", "143"),
        # people who meet, wait or prepare to protest do protest
        ("The rail commuters were outside the station on Sunday to protest against delays.", "141"),
        ("Police opened fire as hundreds prepared to march to the court.", "141"),
        # a lower-case "march" is no name
        ("She said the march by thousands of women in 1956 changed history.", "141"),
        # "Striking miners" at the start of a sentence, read by the parser as a verb
        ("Striking miners waited outside the gates for the union leader.", "143"),
    ],
)
def test_protests_forms_of_protest(pipeline, text, code):
    assert code in {c for _, c in _protests(pipeline, text)}


@pytest.mark.parametrize(
    "text,code,source",
    [
        # an act that ends, blames, condemns or breaks up a protest tells of the protest itself,
        # held whatever that act's own realis; the police that break it up are not its doers
        ("Negotiators met on Monday to end the strike over wages.", "143", None),
        ("The owners were blamed for the strike by the mineworkers.", "143", None),
        ("The unions said they would not call off the march until the law was withdrawn.", "141", "LAB"),
        ("The unions refused to cancel the protest.", "141", "LAB"),
        ("Police broke up the rally with batons.", "141", None),
        ("The teachers' union called off the strike after two weeks.", "143", "LAB"),
        # a protest that goes on is held
        ("The strike at the smelter will go on, the union said.", "143", None),
    ],
)
def test_protests_told_by_another_act(pipeline, text, code, source):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    told = {(e.source.code if e.source else None, e.modality.value) for e in events if e.cameo_code[:3] == code}
    assert (source, "asserted") in told, told


@pytest.mark.parametrize(
    "text",
    [
        # a protest asked for, threatened or ruled out is not told as held
        "The union demanded a strike over wages.",
        "The union threatened a strike over wages.",
        "Shares rose after a weekend free of protests in the capital.",
        # a protest lodged with a government is a complaint; a ban on protests names none held
        "Ghana threatened to lodge a formal protest with Togo.",
        "The government lifted its ban on protests.",
    ],
)
def test_protests_not_told_as_held(pipeline, text):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    assert not [e for e in events if e.cameo_code.startswith("14") and e.modality.value == "asserted"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a protest told by an act that is itself counterfactual, possible or conditional
        ("Police would have broken up the march in Lagos if it had gone ahead.", "hypothetical"),
        ("Troops could disperse the rally in Harare at any moment.", "hypothetical"),
        # called off or cancelled while still ahead: next month's, planned for, before it started
        ("The nurses' union called off next month's strike after a pay offer.", "future"),
        ("The dockers' union called off the walkout before it started.", "future"),
        ("The transport union cancelled the strike planned for Thursday.", "future"),
        ("The students' union called off the march scheduled for Saturday.", "future"),
        # called off once under way, or going on into its own time: held
        ("The teachers' union called off the strike after two weeks.", "asserted"),
        ("The strike at the port will enter its third week on Monday, the union said.", "asserted"),
    ],
)
def test_protests_told_keep_the_realis_of_their_telling(pipeline, text, modality):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    assert {e.modality.value for e in events if e.cameo_code.startswith("14")} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        # a protest as the doer of an effect, or one that only may spread, is no protest going on
        "A national strike would escalate the crisis, the union said.",
        "The protests could spread to the capital, analysts warned.",
        "A strike by Zambian miners might intensify the pressure on the government.",
    ],
)
def test_protests_not_going_on(pipeline, text):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    assert [e for e in events if e.cameo_code.startswith("14")]
    assert not [e for e in events if e.cameo_code.startswith("14") and e.modality.value == "asserted"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # calling a strike illegal judges it: the strike is not the speaker's, also when the
        # parser reads the adjective as a modifier of the strikers
        ("The Kenyan government called the nurses' strike unlawful.", "GOV"),
        ("The Ghanaian government called the strike by teachers illegal.", "GOV"),
    ],
)
def test_protests_judged_are_not_the_judges(pipeline, text, speaker):
    assert not {src for src, _ in _protests(pipeline, text) if src and speaker in src}


@pytest.mark.parametrize(
    "text,code",
    [
        # a crowd's rampage, and a protest or a crowd turning violent, is a riot
        ("Angry taxi drivers went on the rampage in the city centre.", "145"),
        ("By noon the protesters became violent outside the stadium.", "145"),
        ("The march turned violent when it reached the ministry.", "145"),
        ("The town saw a night of mob violence against traders.", "145"),
        # people who blockade roads or bar access block (144), also when no actor is named
        ("They blockaded the two main roads into the village.", "144"),
        ("Dozens of residents blocked access to the landfill site.", "144"),
        ("A group of union members blockaded the depot gate on Friday.", "144"),
        # crowds that pour into the streets, or rally against someone, demonstrate
        ("Demonstrators poured into the streets of the capital on Saturday.", "141"),
        ("Hundreds of students rallied against the governor in the state capital.", "141"),
        # Indian English: courting arrest, an agitation, a stir
        ("More than 300 party workers courted arrest outside the collectorate.", "141"),
        ("The agitation by the sugarcane farmers entered its second week.", "140"),
        ("The lecturers' stir against the new pay scales continued on Monday.", "140"),
        # a bare strike that lasts for days is no air strike
        ("The strike entered its fourth day on Wednesday.", "143"),
        ("The strike at the cement works in Durban will continue, organisers said.", "143"),
        # "striking miners" as the subject of a raising verb still tell the strike
        ("Striking nurses at the clinic are set to lose their jobs.", "143"),
        # Indian English: processions taken out, dharnas sat on, bandhs observed, road blockades
        ("Activists of the party took out a procession in the town on Monday.", "141"),
        ("A torch march was taken out by the students.", "141"),
        ("The mill workers sat on an indefinite dharna outside the gate.", "141"),
        ("Traders observed a bandh in the district on Tuesday.", "143"),
        ("The farmers observed a chakka jam on the national highway.", "144"),
        ("The nurses staged a sit-in at the head office.", "144"),
        ("Students threw water balloons at the officials.", "145"),
    ],
)
def test_protests_more_forms_of_protest(pipeline, text, code):
    assert code in {c for _, c in _protests(pipeline, text)}


def test_protests_a_bare_strike_takes_the_sense_of_its_article(pipeline):
    text = "Miners at the platinum shaft downed tools over wages on Monday. Officials said the strike had cut output."
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    assert 1 in {i for e in events if e.cameo_code.startswith("143") for i, _, _ in e.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "The loyalty our members demonstrated last year surprised us.",
        "Wall Street mounted a rally after the jobs figures.",
        "Traders called it a rally within a narrow trading range.",
        "Fallen trees blocked the roads after the storm.",
        "Floodwaters poured into the streets of the town.",
        "The announcement caused a stir among investors.",
        "The charity trains volunteers committed to fighting poverty.",
        "The festival procession was taken out through the old city.",
        # one man throwing a bottle is no riot
        "Khumalo shouted at the reporters, even trying to hurl a chair at them.",
        "He threw a bottle at the photographers outside the court.",
        "There was a traffic jam on the highway.",
        # a gunman's rampage, rites and shutdowns, air strikes that go on
        "A gunman went on a shooting rampage at a school in Ohio.",
        "The gunman's rampage left ten people dead.",
        "Hundreds of devotees took out a procession in Patna to mark Muharram.",
        "Mourners took out a procession with the body of the slain commander in Srinagar.",
        "Federal employees observed the shutdown in Washington as talks stalled.",
        "Israel pounded southern Lebanon overnight. The strikes continued for a third day, officials said.",
    ],
)
def test_protest_words_in_other_senses_more(pipeline, text):
    assert _protests(pipeline, text) == set()


def test_protests_grievance_is_no_event_of_its_own(pipeline):
    from datetime import date

    from flashpoint.types import Article

    events = pipeline.code_article(Article(article_id="t", text="Thousands of Belgian students marched against "
                                           "police brutality in Brussels on Saturday.", published=date(2020, 6, 8)))
    codes = {e.cameo_code for e in events}
    assert "141" in codes and not {c for c in codes if c[:2] in ("18", "19", "20")}, codes


@pytest.mark.parametrize(
    "text,expected",
    [
        # an uprising, revolt or unrest named as the backdrop of a story, with no date of its
        # own, is no protest of the day the article is dated
        ("Homs is remembered as the birthplace of the Syrian uprising against the regime.", False),
        ("The Egyptian army crushed what was left of the revolution.", False),
        ("Her brother joined the rebellion against the Libyan government as a student.", False),
        ("The collapse of the economy led to unrest in the southern provinces.", False),
        # dated, made current, or told as news, it is still coded
        ("The 1989 uprising against the Romanian government began in Timisoara.", True),
        ("Unrest spread across the Iraqi south as protesters burned party offices.", True),
        ("Weeks of unrest in Basra continued despite the curfew.", True),
        ("Two miners were shot dead during the unrest at the Zambian copper mine.", True),
        ("The junta leader apologised for the week-long unrest that killed twelve people in Bamako.", True),
    ],
)
def test_protests_backdrop_episodes_are_not_news(pipeline, text, expected):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    episodes = {"uprising", "revolution", "rebellion", "unrest"}
    assert bool([e for e in events if e.cameo_code.startswith("14") and e.modality.value == "asserted"
                 and any(w in e.sentence.lower() for w in episodes)]) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a protest noun takes the date of the clause it sits in, not the published date
        ("The Chilean poet fled into exile in 1973 after a crackdown on student protests.", date(1973, 1, 1)),
        ("Hundreds of Peruvian students were expelled in May last year over the protests against the mine.",
         date(2014, 5, 1)),
    ],
)
def test_protests_noun_dated_by_its_clause(pipeline, text, expected):
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2015, 6, 1)))
    assert {e.event_date for e in events if e.cameo_code.startswith("14")} == {expected}
