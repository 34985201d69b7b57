"""The coder on parsed sentences with hand-built actor mentions and a small pattern table,
so the engine is tested apart from the packaged dictionaries."""

from datetime import date

import pytest

from flashpoint.coding.coder import EventCoder
from flashpoint.coding.verbs import PatternDictionary, parse_patterns
from flashpoint.types import Actor, ActorMention, Article

pytestmark = pytest.mark.model

PATTERNS = PatternDictionary(parse_patterns([
    "040\ttalks.n\tN:talk\t-\tbetween with",
    "040\tconsult.v\tV:consult\t-\tdobj with",
    "120\treject.v\tV:reject\t-\tdobj",
    "100\tdemand.n\tN:demand\t-\tccomp-subj on",
    "154\tbuildup.n\tN:buildup\t-\tat along near",
    "192\tannex.v\tV:annex\t-\tdobj from",
    "190\tinvade.v\tV:invade\t-\tdobj",
    "190\tinvasion.n\tN:invasion\t-\tof",
    "173\tarrest.v\tV:arrest\t-\tdobj",
    "036\tmeet.intent\tV:intend\txcomp:meet\tdobj xcomp-obj",
    "0842\treturn.v\tV:return\t-\tdobj to",
    "051\tsupport.v\tV:support\t-\tdobj",
    "0874\twithdraw.v\tV:withdraw\t-\tfrom",
    "057\treach.agreement\tV:reach\tdobj:agreement\twith",
    "190\tattack.n\tN:attack\t-\ton against",
    "111\tcondemn.v\tV:condemn\t-\tdobj",
    "045\tmediation.n\tN:mediation\t-\tbetween",
    "141\tprotest.v\tV:protest\t-\tagainst",
    "190\tkill.v\tV:kill\t-\tdobj",
    "190\tfight.v\tV:fight\t-\tagainst",
    "090\tinvestigate.v\tV:investigate\t-\tdobj",
    "100\tdemand.v\tV:demand\t-\tccomp-subj dobj",
]))

ACTORS = {
    "russia": "RUS", "russian": "RUS", "russians": "RUS", "moscow": "RUSGOV", "us": "USA",
    "american": "USA", "nato": "IGOWSTNAT", "ukraine": "UKR", "police": "IND", "crimean": "UKR",
    "sudan": "SDN", "hungary": "HUN", "nigeria": "NGA", "chad": "TCD", "palestinians": "PSE",
    "israelis": "ISR", "unesco": "IGOUNO", "gulf": "PGS",
}
REGIONS = {"PGS"}
ROLES = {"officials": "GOV", "troops": "MIL", "diplomats": "GOV", "police": "COP"}


def fake_mentions(doc):
    """Each known word is an actor anchored at the role noun it modifies, if any."""
    out = []
    for tok in doc:
        code = ACTORS.get(tok.lower_)
        if tok.lower_ == "it" and out:  # a pronoun is the actor named last
            code = out[-1].actor.code
        if not code:
            continue
        anchor = tok
        head = tok
        while (head.dep_ in ("compound", "amod", "nmod") or (head.dep_ == "conj" and head.pos_ != "NOUN")) \
                and head.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            head = head.head
        if head.lower_ in ROLES and head is not tok:
            anchor = head
        if anchor.lower_ in ROLES and len(code) == 3:
            code += ROLES[anchor.lower_]
        country = None if code.startswith("IGO") or code in REGIONS else code[:3]
        out.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), anchor.i, tok.text,
                                Actor(code, tok.text, country), "test"))
    return out


def code(nlp, text, published=date(2022, 1, 12)):
    doc = nlp(text)
    return EventCoder(PATTERNS).code(doc, fake_mentions(doc), Article("t", text, published=published))


def triples(events):
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None,
             e.modality.value) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # noun event with "between": all conjuncts but the last are sources
        ("Talks between US, NATO and Russian officials ended.",
         {("USA", "040", "RUSGOV", "asserted"), ("IGOWSTNAT", "040", "RUSGOV", "asserted"),
          ("RUSGOV", "040", "USA", "asserted"), ("RUSGOV", "040", "IGOWSTNAT", "asserted")}),
        # compound subject of a symmetric act: both directions
        ("American and Russian diplomats consulted in Geneva on Monday.",
         {("USAGOV", "040", "RUSGOV", "asserted"), ("RUSGOV", "040", "USAGOV", "asserted")}),
        # subject shared through "in rejecting"; target inside the object's noun phrase
        ("US and NATO officials stood firm in rejecting key Russian security demands.",
         {("USAGOV", "120", "RUS", "asserted"), ("IGOWSTNAT", "120", "RUS", "asserted")}),
        # a demand's content is not coded as an act; its target is the clause's subject
        ("The Russians refuse to back down on demands that NATO withdraw troops.",
         {("RUS", "106", "IGOWSTNAT", "asserted")}),
        # feared act: hypothetical
        ("Fears rose that Russia intends to invade Ukraine.", {("RUS", "190", "UKR", "hypothetical")}),
        ("Russia did not invade Ukraine.", {("RUS", "190", "UKR", "negated")}),
        ("Russia will invade Ukraine.", {("RUS", "190", "UKR", "future")}),
        # passive without agent: target only
        ("Five protesters were arrested by police.", {("INDCOP", "173", None, "asserted")}),
        # governed intent
        ("Russia intends to meet NATO.", {("RUS", "036", "IGOWSTNAT", "asserted")}),
        # a finite adverbial clause misparsed without its subject does not borrow the main one
        ("Russia consulted NATO last week, after fighting there invaded Ukraine.",
         {("RUS", "040", "IGOWSTNAT", "asserted"), ("IGOWSTNAT", "040", "RUS", "asserted")}),
    ],
)
def test_coder_sources_targets_and_modality(nlp, text, expected):
    assert triples(code(nlp, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a reported obligation is the speaker's demand on the doer
        ("Russia said on Tuesday that Sudan must return the helicopter.", {("RUS", "1053", "SDN", "asserted")}),
        # a reported future of one's own is a statement of intent, dated by the statement
        ("Hungary said it will support UNESCO.", {("HUN", "032", "IGOUNO", "asserted")}),
        # a conditional stated act is a threat
        ("Nigeria announced that it will withdraw from Chad unless talks resume.", {("NGA", "130", "TCD", "asserted")}),
        # failing to reach a settlement is rejecting it; a failed attack is still no attack
        ("Russia and Ukraine failed to reach agreement on Friday.",
         {("RUS", "127", None, "asserted"), ("UKR", "127", None, "asserted")}),
        ("Russia failed to invade Ukraine.", {("RUS", "190", "UKR", "negated")}),
        # a speaker for the source (its government) states the source's intent
        ("Moscow said Russia will support Ukraine.", {("RUS", "032", "UKR", "asserted")}),
        ("Ukraine said Russia will support NATO.", {("RUS", "051", "IGOWSTNAT", "future")}),
    ],
)
def test_coder_statements_of_intent_obligation_and_failure(nlp, text, expected):
    assert triples(code(nlp, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # getting ready to attack is a military posture
        ("Russian troops prepared to invade Ukraine.", {("RUSMIL", "150", "UKR", "asserted")}),
        # a vow to fight is a threat, however the parser attaches the infinitive
        ("The Russians have sworn to fight until they gain control of the villages.",
         {("RUS", "1384", None, "asserted")}),
        ("Ethnic Russians have sworn to fight until they gain control of villages near the border with Ukraine.",
         {("RUS", "1384", None, "asserted")}),
        # "committed to V-ing": the committed subject's intent
        ("Moscow is committed to supporting Ukraine.", {("RUSGOV", "032", "UKR", "asserted")}),
        # a that-clause hung on the verb belongs to the demand noun; the target is who must act
        ("Russia reiterated its demand that NATO withdraw from Ukraine.",
         {("RUS", "106", "IGOWSTNAT", "asserted")}),
        # "issued a statement demanding...": the issuer demands
        ("Russia issued a statement demanding that NATO withdraw from Ukraine.",
         {("RUS", "106", "IGOWSTNAT", "asserted")}),
    ],
)
def test_coder_governed_constructions(nlp, text, expected):
    assert triples(code(nlp, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a protest with no addressee and no foreign place is made to the protesters' government
        ("Russian students protested on Monday.", {("RUS", "141", "RUSGOV", "asserted")}),
        ("Russian students protested against NATO.", {("RUS", "141", "IGOWSTNAT", "asserted")}),
        ("Russian students protested in Ukraine.", {("RUS", "141", "UKR", "asserted")}),
        # a generic attack noun as the subject of "killed" is the killing itself
        ("Russian attacks killed NATO soldiers.", {("RUS", "190", "IGOWSTNAT", "asserted")}),
        ("Russian attacks on Ukraine killed NATO soldiers.",
         {("RUS", "190", "UKR", "asserted"), ("RUS", "190", "IGOWSTNAT", "asserted")}),
        # a group is the actor it is loyal to or affiliated with
        ("Troops loyal to Moscow invaded Ukraine.", {("RUSGOV", "190", "UKR", "asserted")}),
        # a protest aimed only at a region is made to the protesters' government
        ("Russian students protested against the Gulf.", {("RUS", "141", "RUSGOV", "asserted")}),
        # an errand's destination is the target of the act it was sent for
        ("NATO sent officers to Ukraine on Monday to investigate the shooting.",
         {("IGOWSTNAT", "090", "UKR", "future")}),
        # a region names where, not whom
        ("Russia rejected a plan on the Gulf war with Ukraine.", {("RUS", "120", "UKR", "asserted")}),
    ],
)
def test_coder_default_targets_and_merged_nouns(nlp, text, expected):
    assert triples(code(nlp, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # condemning an attack is not launching it
        ("Russia condemned the attack on Ukraine.", {("RUS", "111", None, "asserted")}),
        ("Russia launched an attack on Ukraine.", {("RUS", "190", "UKR", "asserted")}),
        # the named actor nearest in the act's own clause, when no slot names one
        ("Russia rejected a plan on the war in Ukraine.", {("RUS", "120", "UKR", "asserted")}),
        # a possible attack is not an attack
        ("Russia warned of a possible attack on Ukraine.", set()),
        # mediation between two parties: the mediator is the source of both
        ("Hungary's mediation between Sudan and Chad resumed.",
         {("HUN", "045", "SDN", "asserted"), ("HUN", "045", "TCD", "asserted")}),
    ],
)
def test_coder_event_nouns_need_their_own_doer(nlp, text, expected):
    assert {t for t in triples(code(nlp, text)) if t[1] != "111" or "condemned" in text} == expected


def test_coder_background_event_keeps_its_own_date(nlp):
    events = code(nlp, "Putin seeks to expand his 2014 gains, when Russia annexed the Crimean peninsula from Ukraine.")
    annex = [e for e in events if e.cameo_code == "192"]
    assert annex and annex[0].event_date == date(2014, 1, 1) and annex[0].date_precision == "year"


def test_coder_weekday_read_backward_in_past_tense(nlp):
    events = code(nlp, "American and Russian diplomats consulted in Geneva on Monday.")
    assert {e.event_date for e in events} == {date(2022, 1, 10)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ukrainian officials said on Tuesday that Russia had invaded Ukraine.", date(2022, 1, 11)),
        ("Russia threatened to invade Ukraine on Tuesday.", date(2022, 1, 11)),
        ("Russia invaded Ukraine two days earlier.", date(2022, 1, 10)),
    ],
)
def test_coder_date_from_the_reporting_clause_or_relative_expression(nlp, text, expected):
    events = code(nlp, text)
    assert events and {e.event_date for e in events} == {expected}


def test_coder_same_fact_twice_is_one_event_with_two_evidence_entries(nlp):
    text = "Russia invaded Ukraine.\n\nOfficials said Russia invaded Ukraine."
    events = code(nlp, text)
    assert len(events) == 1
    assert [e[0] for e in events[0].evidence] == [0, 1]


def test_coder_offsets_are_half_open_sentence_spans(nlp):
    text = "Hello there. Russia invaded Ukraine."
    (event,) = code(nlp, text)
    assert text[event.span_start:event.span_end] == event.sentence == "Russia invaded Ukraine."


def test_coder_border_target_from_article(nlp):
    text = "Russian troops massed on the border with Ukraine.\n\nThe Russian buildup at the border worried Kyiv."
    events = code(nlp, text)
    assert ("RUS", "154", "UKR") in {(e.source.code, e.cameo_code, e.target.code if e.target else None) for e in events}
