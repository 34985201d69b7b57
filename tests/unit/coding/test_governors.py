import pytest

from flashpoint.coding.governors import FAMILY_CODES, mapped_code
from flashpoint.coding.tables import is_cameo_code


@pytest.mark.parametrize(
    "family,code,expected",
    [
        ("threat", "190", "1384"),
        ("threat", "192", "1382"),
        # administrative sanctions threatened are 132x, repression 137 (CAMEO 1.1b3)
        ("threat", "172", "132"),
        ("threat", "1723", "1323"),
        ("threat", "1724", "1324"),
        ("threat", "173", "137"),
        # yielding power mirrors its leadership sub-codes in every family
        ("refuse", "0831", "1231"),
        ("intent", "0831", "0341"),
        ("demand", "0834", "1044"),
        ("appeal", "0832", "0242"),
        ("refuse", "081", "1241"),
        # refusing an extradition rejects cooperation (GDELT's table has no 1213)
        ("refuse", "063", "121"),
        # threats to halt talks, mediation or involvement mirror 164-166, aid cuts 162
        ("threat", "164", "134"),
        ("threat", "165", "135"),
        ("threat", "1661", "136"),
        ("threat", "1621", "1311"),
        ("intent", "040", "036"),
        ("intent", "0871", "0356"),
        ("demand", "0874", "106"),
        ("demand", "040", "108"),
        ("appeal", "087", "0256"),
        ("refuse", "043", "125"),
        ("refuse", "0841", "1243"),
    ],
)
def test_governors_map_governed_act_to_family_code(family, code, expected):
    assert mapped_code(family, code) == expected


@pytest.mark.parametrize(
    "code,expected",
    [
        ("190", "1123"),   # military force: aggression
        ("196", "1123"),   # a ceasefire violated: aggression
        ("154", "1123"),   # troops massed: aggression
        ("204", "1124"),   # weapons of mass destruction: war crimes
        ("1822", "1122"),  # torture: human rights abuses
        ("173", "1122"),   # arbitrary detention: human rights abuses
        ("181", "1121"),   # kidnapping: crime
        ("186", "1121"),   # assassination: crime
        ("128", "112"),    # defiance of law: accusation not otherwise specified
        ("138", "112"),
    ],
)
def test_governors_alleged_act_maps_to_accusation_code(code, expected):
    from flashpoint.coding.allegations import ACCUSATION_CODES, accusable, accusation_code

    assert accusable(code)
    assert accusation_code(code) == expected
    assert all(is_cameo_code(c) for c in ACCUSATION_CODES.values())


@pytest.mark.parametrize("code", ["040", "057", "0871", "111", "120"])
def test_governors_cooperation_and_talk_are_not_accusable(code):
    from flashpoint.coding.allegations import accusable

    assert not accusable(code)


def test_governors_table_names_only_real_cameo_codes():
    for family, table in FAMILY_CODES.items():
        for code in table.values():
            assert code == "" or is_cameo_code(code), (family, code)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # an authority's order of a coercive measure is the measure, by the orderer
        ("The Turkish government ordered the police to detain the Kurdish mayor.", ("TURGOV", "173")),
        ("The Iranian government ordered the reformist newspaper to suspend publication.", ("IRNGOV", "1721")),
        # an order to attack is not the attack: it is a demand
        ("The Egyptian army ordered the rebels to attack the town.", ("EGYMIL", "100")),
    ],
)
def test_governors_orders_of_coercive_measures(nlp, text, expected):
    from datetime import date

    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    events = Pipeline(nlp=nlp).code_article(Article(article_id="t", text=text, published=date(2021, 6, 1)))
    assert expected in {(e.source.code if e.source else None, e.cameo_code) for e in events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,demand",
    [
        # "insist" demands only with something demanded: an "on" phrase, an obliging or
        # subjunctive complement, or a known act
        ("The Kenyan government insisted that its budget figures were accurate.", False),
        ("The Kenyan government insisted that the report was wrong.", False),
        ("The Kenyan government insisted that Uganda must pay its debts.", True),
        ("The Kenyan government insisted on an apology from Uganda.", True),
    ],
)
def test_governors_insisting_on_a_fact_is_no_demand(nlp, text, demand):
    from datetime import date

    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    events = Pipeline(nlp=nlp).code_article(Article(article_id="t", text=text, published=date(2021, 6, 1)))
    assert any(e.cameo_code.startswith("10") for e in events) == demand


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # force or sanctions a speaker declines to rule out are that speaker's threat, made now
        ("Iran did not rule out military action against Iraq.", {("IRN", "1384", "IRQ", "asserted")}),
        ("Turkey refused to rule out sanctions against Greece.", {("TUR", "1312", "GRC", "asserted")}),
        ("Israel would not rule out a strike on Iran.", {("ISR", "1384", "IRN", "asserted")}),
        # an act another actor would do stays a possibility; refusing to rule out is no refusal
        ("Greece did not rule out a Turkish attack on its islands.", {("TUR", "190", "GRC", "hypothetical")}),
        ("Peru refused to rule out talks with Chile.", {("PER", "125", "CHL", "negated")}),
        # a speaker the dictionary does not name makes no threat: the act left open is possible
        ("The dock workers' association did not rule out a strike.", {(None, "143", None, "hypothetical")}),
    ],
)
def test_governors_force_kept_open_is_a_threat(nlp, text, expected):
    from datetime import date

    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    events = Pipeline(nlp=nlp).code_article(Article(article_id="t", text=text, published=date(2021, 6, 1)))
    assert {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None,
             e.modality.value) for e in events} == expected
