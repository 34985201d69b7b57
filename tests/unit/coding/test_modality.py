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
        # a present "able" or "capable" is a capacity; a past "able" tells what was done
        ("Chinese hackers are able to attack Japanese networks.", "attack", Modality.HYPOTHETICAL),
        ("The new worm is capable of attacking bank networks.", "attacking", Modality.HYPOTHETICAL),
        ("The rebels are not capable of attacking the capital.", "attacking", Modality.NEGATED),
        ("Police were able to arrest the gunmen.", "arrest", Modality.ASSERTED),
        ("Police have been able to arrest the gunmen.", "arrest", Modality.ASSERTED),
        # permission: a present one is a rule or capability, a past one is as real as the act
        ("The game lets players attack villages.", "attack", Modality.HYPOTHETICAL),
        ("The police let the strikers march to parliament.", "march", Modality.ASSERTED),
        ("The army did not let the strikers march to parliament.", "march", Modality.NEGATED),
        ("Analysts fear that Russia will attack Ukraine.", "attack", Modality.HYPOTHETICAL),
        ("If Russia attacks Ukraine, sanctions will follow.", "attacks", Modality.HYPOTHETICAL),
        ("In case Russia attacks Poland, NATO will respond.", "attacks", Modality.HYPOTHETICAL),
        ("Police arrested the man in case he attacked the guards again.", "arrested", Modality.ASSERTED),
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
        # a ban keeps people from acts as a rule, whatever its tense
        ("The junta banned the opposition from holding rallies.", "holding", Modality.HYPOTHETICAL),
        # steps taken towards force prepare it; steps to ease are the easing
        ("The rebels took steps to seize the airport.", "seize", Modality.FUTURE),
        # an event noun after "without" or "free of" is one that did not happen
        ("The city had a quiet weekend free of protests.", "protests", Modality.NEGATED),
        ("The budget passed without any strikes by the unions.", "strikes", Modality.NEGATED),
        ("The absence of attacks surprised the garrison.", "attacks", Modality.NEGATED),
        # steps or measures taken to do something do it; none taken, it is not done
        ("The Zambian government took steps to lift the curfew.", "lift", Modality.ASSERTED),
        ("The Zambian government took measures to lift the curfew.", "lift", Modality.ASSERTED),
        ("The Zambian government took no steps to lift the curfew.", "lift", Modality.NEGATED),
        ("The Zambian government sent troops to attack the town.", "attack", Modality.FUTURE),
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


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # a failed prevention asserts the act, a finished one denies it, a meant one or a
        # standing rule says nothing happened
        ("Police could not stop the crowd from storming the court.", "storming", Modality.ASSERTED),
        ("Troops were unable to keep the rebels from shelling the town.", "shelling", Modality.ASSERTED),
        ("Guards failed to prevent the inmates from burning the prison.", "burning", Modality.ASSERTED),
        ("Police stopped the crowd from storming the court.", "storming", Modality.NEGATED),
        ("The navy thwarted an attack on the port.", "attack", Modality.NEGATED),
        ("The city closed the bridge to stop the strikers from marching.", "marching", Modality.HYPOTHETICAL),
        ("The new rule bars officers from striking.", "striking", Modality.HYPOTHETICAL),
        ("Nothing will stop us from marching to the palace.", "marching", Modality.HYPOTHETICAL),
        ("Police kept reporters from the protest in the square.", "protest", Modality.ASSERTED),
        # an act as the subject of a "would" prediction is a condition, even when reported;
        # one that only takes place is still a plan
        ("A rail strike would paralyse the country, the union said.", "strike", Modality.HYPOTHETICAL),
        ("An invasion of Taiwan would be a catastrophe, the envoy said.", "invasion", Modality.HYPOTHETICAL),
        ("The union said the rail strike would start on Monday.", "strike", Modality.FUTURE),
        ("The minister said he would visit Kabul next week.", "visit", Modality.FUTURE),
        # fears of an act, and headline questions without their mark, assert nothing
        ("Fears grow of a Chinese blockade of Taiwan.", "blockade", Modality.HYPOTHETICAL),
        ("Japan sent ships south amid warnings of a Chinese blockade of Taiwan.", "blockade", Modality.HYPOTHETICAL),
        ("Concern grows over the Chinese blockade of Taiwan.", "blockade", Modality.ASSERTED),
        ("Will China blockade Taiwan", "blockade", Modality.HYPOTHETICAL),
        ("Could the army seize the capital", "seize", Modality.HYPOTHETICAL),
        # what is called for is not done
        ("Activists called for the generals to be arrested.", "arrested", Modality.FUTURE),
        # a "rule out" refused is no rule out at all
        ("Peru refused to rule out talks with Chile.", "rule", Modality.NEGATED),
        # evidence pointing to a past act reports it; a possibility it points to stays one;
        # a question about an act is no doubt about it
        ("Witness accounts suggest that soldiers fired on the crowd.", "fired", Modality.ASSERTED),
        ("Analysts suggest that Iran could seize the tanker.", "seize", Modality.HYPOTHETICAL),
        ("The spokesman was answering a question regarding the new sanctions on Iran.", "sanctions",
         Modality.ASSERTED),
        # "in the event of", "in case of": a contingency prepared for, not an act
        ("Greek ships were put on alert in the event of a Turkish attack on the island.", "attack",
         Modality.HYPOTHETICAL),
        ("The embassy drew up evacuation plans in case of an invasion.", "invasion", Modality.HYPOTHETICAL),
        ("The event drew protests outside the hall.", "protests", Modality.ASSERTED),
    ],
)
def test_modality_of_prevented_predicted_and_questioned_acts(nlp, text, trigger, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert modality_of(tok) is expected
