"""Actor resolution on parsed sentences: one row per kind of evidence."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors.resolve import ActorResolver

pytestmark = pytest.mark.model

WHEN = date(2022, 1, 12)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_files()


def _codes_at(mentions, doc, anchor_text: str) -> set[str]:
    return {m.actor.code for m in mentions if doc[m.anchor].text == anchor_text}


# (kind, text, when, anchor token text, expected codes at that anchor)
CASES = [
    ("title", "Russian Deputy Foreign Minister Alexander Grushko left the meeting.", WHEN,
     "Grushko", {"RUSGOV"}),
    ("apposition", "Pierre Dubreuil, France's interior minister, visited Algiers on Monday.", WHEN,
     "Dubreuil", {"FRAGOV"}),
    ("possessive", "Officials spoke to Russia's Interfax news agency on Tuesday.", WHEN,
     "agency", {"RUSMED"}),
    ("metonym", "The Kremlin rejected the proposal on Friday.", WHEN, "Kremlin", {"RUSGOV"}),
    # national agencies known by their own names
    ("agency-police", "The FBI arrested two men in Ohio on Friday.", WHEN, "FBI", {"USACOP"}),
    ("agency-intelligence", "Mossad agents were expelled on Friday.", WHEN, "Mossad", {"ISRSPY"}),
    ("agency-army", "The Israel Defense Forces said on Friday that two rockets were fired.", WHEN, "Forces",
     {"ISRMIL"}),
    # a ministry's own name beats the organisation a word of it names ("Commonwealth")
    ("ministry-name", "The Foreign and Commonwealth Office warned against travel to Yemen.", WHEN, "Office",
     {"GBRGOV"}),
    # a capital naming a thing is a place, not its government; with a role noun it is the government
    ("capital-naming-a-thing", "Athletes arrived for the Tokyo Olympics.", WHEN, "Tokyo", {"JPN"}),
    ("capital-with-role", "The Tokyo government rejected the proposal.", WHEN, "government", {"JPNGOV"}),
    ("capital-with-people", "Tehran hardliners rejected the proposal.", WHEN, "Tehran", {"IRNGOV"}),
    ("capital", "Washington warned of new sanctions.", WHEN, "Washington", {"USAGOV"}),
    ("demonym", "Russian troops gathered near the border.", WHEN, "troops", {"RUSMIL"}),
    ("compound", "US and NATO officials met in Geneva on Monday.", WHEN, "officials",
     {"USAGOV", "IGOWSTNAT"}),
    ("person-modifier", "The Biden administration rejected the demand.", WHEN, "administration",
     {"USAGOV"}),
    ("igo-acronym", "The OSCE will discuss the crisis in Vienna on Friday.", WHEN, "OSCE", {"IGOEURSCE"}),
    ("igo-name", "The Organization for Security and Co-operation in Europe met on Friday.", WHEN,
     "Organization", {"IGOEURSCE"}),
    ("bare-country", "Ukraine asked for more weapons.", WHEN, "Ukraine", {"UKR"}),
    ("unknown-person-with-title", "Ukrainian Defence Minister Taras Bondarenko visited the front.", WHEN,
     "Bondarenko", {"UKRGOV"}),
    ("place-name-is-not-a-country", "The governor of New Mexico met reporters.", WHEN, "Mexico", set()),
    ("pro-prefix-is-no-actor", "A pro-Moscow movement attacked the town.", WHEN, "Moscow", set()),
    ("unknown-person-no-title", "Taras Bondarenko visited the front on Sunday.", WHEN, "Bondarenko", set()),
    ("date-bounded-before", "Jens Stoltenberg met the Swedish prime minister.", date(2010, 5, 1),
     "Stoltenberg", {"NORGOV"}),
    ("date-bounded-after", "Jens Stoltenberg met the Swedish prime minister.", date(2020, 5, 1),
     "Stoltenberg", {"IGOWSTNAT"}),
    ("former-office-holder", "Joe Biden criticised the decision.", date(2018, 3, 1), "Biden", {"USAELI"}),
    ("title-in-text-beats-dates", "Russian President Boris Yeltsin hosted the talks.", date(2000, 1, 1),
     "Yeltsin", {"RUSGOV"}),
    ("political-title-beats-dated-military-role", "President Michel Suleiman hosted the talks.",
     date(2001, 4, 1), "Suleiman", {"LBNGOV"}),
    ("rank-keeps-dated-military-role", "General Michel Suleiman hosted the talks.", date(2001, 4, 1),
     "Suleiman", {"LBNMIL"}),
    ("generic-title-keeps-dated-military-role", "Lebanese leader Michel Suleiman hosted the talks.",
     date(2001, 4, 1), "Suleiman", {"LBNMIL"}),
    ("former-title-stays-elite", "Former Russian President Boris Yeltsin hosted the talks.", date(2000, 1, 1),
     "Yeltsin", {"RUSELI"}),
    ("militia-in-foreign-capital", "Rival militias in Tripoli clashed on Sunday.", WHEN, "militias", set()),
    ("fundamentalists-are-radicals", "Egyptian fundamentalists began a hunger strike.", WHEN,
     "fundamentalists", {"EGYRAD"}),
    ("extremists-are-radicals", "Syrian extremists blocked the road on Friday.", WHEN, "extremists", {"SYRRAD"}),
    # the leaders and officials of a named non-state group are the group, not a government
    ("group-leaders", "Hamas leaders travelled to Doha on Sunday.", WHEN, "leaders", {"PSEREBHMS"}),
    ("group-leaders-in-possessive", "Jordan detained two leaders of Syria's YPG.", WHEN, "leaders",
     {"SYRREBYPG"}),
    ("igo-officials-stay-igo", "NATO officials arrived in Riga.", WHEN, "officials", {"IGOWSTNAT"}),
    # ... and so are its fighters
    ("group-fighters", "Taliban militants stopped the bus near Ghazni.", WHEN, "militants", {"AFGREBTAL"}),
]


@pytest.mark.parametrize("kind,text,when,anchor,expected", CASES, ids=[c[0] for c in CASES])
def test_actors_resolves_kind(nlp, resolver, kind, text, when, anchor, expected):
    doc = nlp(text)
    mentions = resolver.resolve(doc, when)
    assert _codes_at(mentions, doc, anchor) == expected


# (kind, text, token text of the later reference (its last occurrence), expected code)
COREF = [
    ("surname", "Wendy Sherman met reporters in Geneva. Later, Sherman said the talks were useful.",
     "Sherman", "USAGOV"),
    ("honorific-surname", "Wendy Sherman met reporters in Geneva. Ms. Sherman said the talks were useful.",
     "Sherman", "USAGOV"),
    ("pronoun", "Jens Stoltenberg spoke in Brussels on Wednesday. He said the allies were united.",
     "He", "IGOWSTNAT"),
    ("pronoun-subject-wins", "Wendy Sherman said the meeting with Alexander Grushko ended. "
     "He also admitted that the talks were difficult.", "He", "USAGOV"),
    ("possessive-pronoun", "Russia moved troops to the border. Moscow said its troops were on exercises.",
     "its", "RUSGOV"),
    ("description", "Jens Stoltenberg said the talks were serious. Russia is not ready, said the NATO leader.",
     "leader", "IGOWSTNAT"),
    ("alliance", "NATO met Russia in Brussels. The alliance rejected the demands.", "alliance", "IGOWSTNAT"),
]


@pytest.mark.parametrize("kind,text,ref,expected", COREF, ids=[c[0] for c in COREF])
def test_actors_coreference(nlp, resolver, kind, text, ref, expected):
    doc = nlp(text)
    mentions = resolver.resolve(doc, WHEN)
    last = max(t.i for t in doc if t.text == ref)
    found = [m for m in mentions if m.anchor == last]
    assert [m.actor.code for m in found] == [expected]
    assert {m.how for m in found} == {"coreference"}


@pytest.mark.parametrize("text", ["Fears rose as talks between US, NATO and Russian officials failed to get "
                                  "Moscow to commit to reducing its troop buildup."])
def test_actors_mentions_sorted_with_offsets(nlp, resolver, text):
    doc = nlp(text)
    mentions = resolver.resolve(doc, WHEN)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text == doc[m.start:m.end].text
        assert m.detail


@pytest.mark.parametrize("text", ["The two sides were speaking directly."])
def test_actors_two_sides_without_dyad_gives_nothing(nlp, resolver, text):
    doc = nlp(text)
    assert resolver.resolve(doc, WHEN) == []


@pytest.mark.parametrize("text,ref,expected", [
    ("NATO met Russia in Brussels on Wednesday. The two sides spoke directly.", "sides",
     {"IGOWSTNAT", "RUS"}),
    ("US and NATO officials stood firm, but they left open the possibility of talks.", "they",
     {"USAGOV", "IGOWSTNAT"}),
])
def test_actors_coreference_to_groups(nlp, resolver, text, ref, expected):
    doc = nlp(text)
    anchor = next(t.i for t in doc if t.text == ref)
    assert {m.actor.code for m in resolver.resolve(doc, WHEN) if m.anchor == anchor} == expected


@pytest.mark.parametrize("text,expected", [("Russia and Ukraine met in Geneva.", ["RUS", "UKR"]), ("", [])])
def test_actors_unparsed_doc_still_resolves_names(text, expected):
    import spacy

    doc = spacy.blank("en")(text)
    resolver = ActorResolver.from_files()
    assert [m.actor.code for m in resolver.resolve(doc, WHEN)] == expected
