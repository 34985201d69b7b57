import pytest

from flashpoint.coding.modality import modality_of
from flashpoint.types import Modality

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        ("Russia attacked Ukraine.", "attacked", Modality.ASSERTED),
        ("Russia did not attack Ukraine.", "attack", Modality.NEGATED),
        ("Mali will no longer attend the talks.", "attend", Modality.NEGATED),
        ("Chad no longer recognises the junta.", "recognises", Modality.NEGATED),
        ("Troops attacked the village no longer than a week after the truce.", "attacked", Modality.ASSERTED),
        ("Russia will attack Ukraine on Friday.", "attack", Modality.FUTURE),
        ("Russia could attack Ukraine.", "attack", Modality.HYPOTHETICAL),
        # ability or possibility is no act; negated, the act did not happen; a past ability
        # restricted to a count tells what was done; "can confirm" reports what follows
        ("Hackers can take over your computer.", "take", Modality.HYPOTHETICAL),
        ("The worm can be used to attack bank networks.", "attack", Modality.HYPOTHETICAL),
        ("Rebels cannot attack the capital.", "attack", Modality.NEGATED),
        ("Police could not arrest the gunmen.", "arrest", Modality.NEGATED),
        ("Police could have arrested the gunmen.", "arrested", Modality.HYPOTHETICAL),
        ("Police could arrest only three of the gunmen.", "arrest", Modality.ASSERTED),
        ("We can confirm that police arrested three gunmen.", "arrested", Modality.ASSERTED),
        # permission: a present one is a rule or capability, a past one is as real as the act
        ("The game lets players attack villages.", "attack", Modality.HYPOTHETICAL),
        ("The police let the strikers march to parliament.", "march", Modality.ASSERTED),
        ("The army did not let the strikers march to parliament.", "march", Modality.NEGATED),
        ("Analysts fear that Russia will attack Ukraine.", "attack", Modality.HYPOTHETICAL),
        ("If Russia attacks Ukraine, sanctions will follow.", "attacks", Modality.HYPOTHETICAL),
        ("Will Russia attack Ukraine?", "attack", Modality.HYPOTHETICAL),
        ("The minister said that Russia attacked Ukraine.", "attacked", Modality.ASSERTED),
        ("Russia plans to attack Ukraine.", "attack", Modality.FUTURE),
        ("I don't think they will attack the city.", "attack", Modality.HYPOTHETICAL),
        ("It is unclear whether Putin will order an invasion.", "order", Modality.HYPOTHETICAL),
        ("Police arrested the man who had attacked the guard.", "attacked", Modality.ASSERTED),
        # a rule about whoever does something tells of no event
        ("Anyone who breaks the curfew is jailed.", "jailed", Modality.HYPOTHETICAL),
        ("The law says that anybody who carries a gun is arrested.", "arrested", Modality.HYPOTHETICAL),
        ("Police jailed the man who broke the curfew.", "jailed", Modality.ASSERTED),
        # what a negated "rule out" or "exclude" keeps open is possible, not denied
        ("A Turkish offensive in Syria cannot be ruled out.", "offensive", Modality.HYPOTHETICAL),
        ("A Greek strike on the island could not be excluded.", "strike", Modality.HYPOTHETICAL),
        # necessity asserts nothing done; "going to" is the plain future; "had to" was done
        ("Serbia needs to recognise Kosovo.", "recognise", Modality.HYPOTHETICAL),
        ("The junta has to release the detained ministers.", "release", Modality.HYPOTHETICAL),
        ("Hungary is going to block the sanctions package.", "block", Modality.FUTURE),
        ("The garrison had to surrender the fort after the siege.", "surrender", Modality.ASSERTED),
        # what is hard or impossible to do is not done
        ("The militias are proving difficult to suppress.", "suppress", Modality.HYPOTHETICAL),
        ("It will be impossible to invade the island.", "invade", Modality.HYPOTHETICAL),
        ("Police found it hard to disperse the crowd.", "disperse", Modality.HYPOTHETICAL),
        # an event noun whose predicate puts it ahead: "due", "set to", "poised to"
        ("Talks between Mali and the rebels are due to resume on Monday.", "Talks", Modality.FUTURE),
        ("A summit of the two presidents is due in March.", "summit", Modality.FUTURE),
        ("The Turkish offensive is poised to begin.", "offensive", Modality.FUTURE),
        ("Talks between Mali and the rebels resumed on Monday.", "Talks", Modality.ASSERTED),
        # "due to" a cause, and a plan told after the fact, are no future
        ("The talks collapsed due to the Russian attack on Kyiv.", "attack", Modality.ASSERTED),
        ("The Turkish offensive was due to the attack on the border post.", "offensive", Modality.ASSERTED),
        ("The Russian offensive was expected to take Kyiv within days.", "offensive", Modality.ASSERTED),
        # an event noun after "without" or "free of" is one that did not happen
        ("The city had a quiet weekend free of protests.", "protests", Modality.NEGATED),
        ("The budget passed without any strikes by the unions.", "strikes", Modality.NEGATED),
        ("The absence of attacks surprised the garrison.", "attacks", Modality.NEGATED),
    ],
)
def test_modality_of_the_coded_act(nlp, text, trigger, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert modality_of(tok) is expected


@pytest.mark.parametrize(
    "text,code,expected",
    [
        # a hope about another actor's act is a wish, not a plan; one's own hope is a plan
        ("Ghana said it hoped Togolese officials would be arrested.", "173", Modality.HYPOTHETICAL),
        ("Ghana hopes that Togo will sign the treaty.", "057", Modality.HYPOTHETICAL),
        ("Ghana is hoping to sign a treaty with Togo.", "057", Modality.FUTURE),
        ("Ghana hoped it would sign a treaty with Togo soon.", "057", Modality.FUTURE),
        # planning an event noun looks ahead; failing to persuade someone fails their act too
        ("Ghanaian nurses are planning a strike against the government.", "143", Modality.FUTURE),
        ("Ghana failed to persuade Togo to sign the treaty.", "057", Modality.NEGATED),
        ("Ghana persuaded Togo to sign the treaty.", "057", Modality.ASSERTED),
    ],
)
def test_modality_of_hopes_plans_and_failures(nlp, text, code, expected):
    from datetime import date

    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    events = Pipeline(nlp=nlp).code_article(Article(article_id="h", text=text, published=date(2020, 1, 1)))
    assert {e.modality for e in events if e.cameo_code == code} == {expected}, events


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # an act ruled out did not happen: "out of the question", "off the table", "not on
        # the table", "a non-starter", "not an option", or the object of "rule out"
        ("The minister said a strike on Iraq was out of the question.", "strike", Modality.NEGATED),
        ("Officials said sanctions on Chile were off the table.", "sanctions", Modality.NEGATED),
        ("Officials said sanctions on Chile were not on the table.", "sanctions", Modality.NEGATED),
        ("The envoy said an invasion of Laos was a non-starter.", "invasion", Modality.NEGATED),
        ("The envoy said an invasion of Laos was not an option.", "invasion", Modality.NEGATED),
        ("Peru ruled out sanctions on Chile.", "sanctions", Modality.NEGATED),
        # a table that is still set rules nothing out
        ("Officials said sanctions on Chile were on the table.", "sanctions", Modality.ASSERTED),
    ],
)
def test_modality_of_acts_ruled_out(nlp, text, trigger, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert modality_of(tok) is expected
