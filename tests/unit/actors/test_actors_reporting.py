from datetime import date

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    "text,pronoun,code",
    [
        ("Ukraine is worried. The Biden administration has said it is willing to talk.", "it", "USAGOV"),
        ("Russia is angry. The Turkish government said it would close the strait.", "it", "TURGOV"),
    ],
)
def test_actors_reported_it_is_the_one_who_says(pipeline, text, pronoun, code):
    doc = next(pipeline.parse([text]))
    mentions = pipeline.resolver.resolve(doc, date(2022, 1, 12))
    found = [m.actor.code for m in mentions if m.text == pronoun]
    assert found == [code]


@pytest.mark.parametrize(
    "text,pronoun,codes",
    [
        # a quoted "we" or "our" is the speaker, named after the quote as often as before it
        ('"We will pull our soldiers out of Niger," the French foreign minister said.', "We", ["FRAGOV"]),
        ('"We will pull our soldiers out of Niger," said the French foreign minister.', "our", ["FRAGOV"]),
        ('The Iranian foreign minister said: "We will not talk to Washington."', "We", ["IRNGOV"]),
        # single quotation marks, as British news writes them
        ("'We will pull our soldiers out of Niger,' the French foreign minister said.", "We", ["FRAGOV"]),
        # a quote over two sentences, its speaker named where it closes or where it opens
        ('"We have waited long enough. We will leave Niger," the French foreign minister said.', "We",
         ["FRAGOV", "FRAGOV"]),
        ('The French foreign minister said: "Our patience has run out. We will leave Niger."', "We",
         ["FRAGOV"]),
        # outside quotation marks "we" is no one's quote; a possessive mark opens none
        ("We will pull the soldiers out of Niger, the French defence minister said.", "We", []),
        ("The soldiers' families waited. We will leave Niger, the French defence minister said.", "We", []),
    ],
)
def test_actors_quoted_first_person_is_the_speaker(pipeline, text, pronoun, codes):
    doc = next(pipeline.parse([text]))
    mentions = pipeline.resolver.resolve(doc, date(2022, 1, 12))
    assert [m.actor.code for m in mentions if m.text == pronoun] == codes


@pytest.mark.parametrize(
    "text",
    ["Officials in Washington and NATO sought to put a positive spin on the talks with Moscow."],
)
def test_actors_talks_are_not_owned_by_who_comments_on_them(pipeline, text):
    events = pipeline.code_article(Article("t", text, published=date(2022, 1, 12)))
    assert not [e for e in events if e.cameo_root == "04" and e.source and e.source.code.startswith("USA")]
