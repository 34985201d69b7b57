from datetime import date

import pytest

from flashpoint.actors.groups import group_mentions
from flashpoint.actors.resolve import ActorResolver

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver.from_files()


@pytest.mark.parametrize(
    "text,word,code",
    [
        ("About 35 persons were arrested in this connection.", "persons", "CVL"),
        ("The protesters were arrested and taken away.", "protesters", "OPP"),
        ("Insurgents bombarded the city of Aleppo overnight.", "Insurgents", "SYRINS"),
        ("Police detained the men in Mumbai.", "Police", "INDCOP"),
        # a more specific modifier names the group's role
        ("The police detained opposition leaders overnight.", "leaders", "OPP"),
        # a demonym on the noun itself beats the place of the act
        ("A court in Ghana issued warrants for two Nigerian men.", "men", "NGACVL"),
        # a group noun capitalised at the start of a sentence or in a headline is still one
        ("Rebels shelled the outskirts of Aleppo.", "Rebels", "SYRREB"),
        ("Students Clash With Police in Nairobi", "Students", "KENEDU"),
        # a capitalised institution or group noun, standing alone
        ("Parliament rejected the budget on Tuesday.", "Parliament", "LEG"),
        ("Rebels shelled the town of Goma.", "Rebels", "CODREB"),
        # a country that is only a party to the act is not where the group is from
        ("The senate urged the president to help Kenya.", "senate", "LEG"),
        # ... but the seat named on the institution itself is its country
        ("A court in Nairobi jailed the two men.", "court", "KENJUD"),
        ("The rebels received military aid from Iran.", "rebels", "REB"),
        # ... but a country named as a place still is
        ("Protesters marched through the capital of Peru.", "Protesters", "PEROPP"),
        ("Police arrested students in Peru's capital.", "Police", "PERCOP"),
        # a possessive pronoun that stands for a state gives its country
        ("Poland said its soldiers would guard the border.", "soldiers", "POLMIL"),
        ('"Our soldiers will guard the border," the Polish foreign minister said.', "soldiers", "POLMIL"),
        # "groups" stands for what its modifier names; armed groups and fighters are armed forces
        ("Militant groups shelled the outskirts of the town.", "groups", "UAF"),
        ("Armed groups ambushed a convoy on the highway.", "groups", "UAF"),
        ("Rebel groups seized two villages overnight.", "groups", "REB"),
        ("Fighters ambushed a convoy on the highway.", "Fighters", "UAF"),
    ],
)
def test_actors_group_nouns_get_a_role_and_the_place_country(nlp, resolver, text, word, code):
    doc = nlp(text)
    mentions = resolver.resolve(doc, date(2022, 1, 12))
    added = group_mentions(doc, mentions, resolver.dictionary)
    found = {m.text: m.actor.code for m in added}
    assert found.get(word) == code


@pytest.mark.parametrize(
    "text,word,code",
    [
        # a legislature or a court is not where the act it speaks of happened
        ("Parliament condemned the bombing in Pakistan.", "Parliament", "LEG"),
        ("Congress criticised the elections in Haiti.", "Congress", "LEG"),
        ("The court condemned the killings in Kenya.", "court", "JUD"),
        # its members are where they act
        ("Lawmakers rallied in Nairobi against the tax.", "Lawmakers", "KENLEG"),
    ],
)
def test_actors_institutions_take_no_country_from_a_place(nlp, resolver, text, word, code):
    doc = nlp(text)
    mentions = resolver.resolve(doc, date(2022, 1, 12))
    added = group_mentions(doc, mentions, resolver.dictionary)
    assert {m.text: m.actor.code for m in added}.get(word) == code


@pytest.mark.parametrize("text", ["A man was arrested.", "The minister spoke.", "Russian troops arrived.",
                                  "The group played two new songs.",
                                  "Rebel Wilson starred in the film.",
                                  # a word of a longer name is not a group of its own
                                  "Members of the Kenyan Teachers' Union walked out."])
def test_actors_no_group_for_individuals_or_already_coded(nlp, resolver, text):
    doc = nlp(text)
    mentions = resolver.resolve(doc, date(2022, 1, 12))
    assert group_mentions(doc, mentions, resolver.dictionary) == []


@pytest.mark.parametrize(
    "text,code",
    [
        ("The rebels said they had shelled the airport.", "REB"),
        ("Police said they detained six men near the market.", "COP"),
        ("The Taliban claimed they had ambushed a convoy.", "AFGREBTAL"),
        ("Officials in Kabul said they would reopen the road.", "AFGGOV"),
        # a person or a country speaking of "they" speaks of others
        ("Mr Haddad said they had shelled the airport.", None),
        ("Russia said they had shelled the airport.", None),
        # a passive "they" after an addressee is the one told
        ("The army told the villagers they would be moved.", None),
        # a "they" outside a reported clause is left to the resolver
        ("The rebels fled before they could be caught.", None),
    ],
)
def test_actors_they_reported_by_a_group_is_that_group(nlp, resolver, text, code):
    doc = nlp(text)
    mentions = resolver.resolve(doc, date(2022, 1, 12))
    added = group_mentions(doc, mentions, resolver.dictionary)
    found = {m.text.lower(): m.actor.code for m in mentions + added}
    assert found.get("they") == code
