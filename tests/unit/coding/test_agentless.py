"""Property and weapons told without their doer: looting, arson and damage, weapons seized, and
weapons found by forces or by anyone else. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.types import Article, Modality

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _coded(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    events = pipeline.code_article(Article(article_id="t", text=text, published=date(2020, 3, 9)))
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
            for e in events if e.modality is Modality.ASSERTED}


UNCLAIMED_PROPERTY = [
    # (sentence, an event that must be coded): no doer named, no source; the owner, where named, is
    # the target; a looting with no looter named is a confiscation (1711 covers lootings)
    ("Several grocery stores were looted in the suburb on Tuesday night.", (None, "1711", None)),
    ("Four buses were torched outside the depot.", (None, "1712", None)),
    ("A mosque was set ablaze in the town overnight.", (None, "1712", None)),
    ("The clinic was set on fire shortly after midnight.", (None, "1712", None)),
    ("The opposition leader's home was torched on Monday.", (None, "1712", "OPP")),
    ("Two school buildings were vandalised during the night.", (None, "171", None)),
    # a verb that tells only the outcome, beside a word of violence
    ("Dozens of shops were destroyed during clashes between rival gangs.", (None, "1712", None)),
    # weapons seized, with no one named as seizing them
    ("Three rifles and 200 rounds of ammunition were seized in the operation.", (None, "1711", None)),
    ("A pistol and several cartridges were confiscated at the checkpoint.", (None, "1711", None)),
    # weapons found with no finder named, where a search or the forces are told: the forces' find
    ("A hidden stash of grenades was discovered during a search of the lorry.", (None, "1711", None)),
    ("Police said three rifles were found buried behind the school.", (None, "1711", None)),
    ("A stockpile of rifles was found at a hideout used by the militants.", (None, "1711", None)),
    ("Two crates holding a batch of mortar bombs were unearthed in a raid on the farm.", (None, "1711", None)),
    # the words of a riot around it are no disaster: police firing, violence or tempers that
    # erupt, talks that collapse, troops under fire
    ("Stores were looted in Kampala while police fired tear gas at the crowd.", (None, "1711", None)),
    ("Shops were looted in the suburb and soldiers opened fire on the looters.", (None, "1711", None)),
    ("Several shops were looted in Lusaka as fighting erupted between rival gangs.", (None, "1711", None)),
    ("Two buses were torched in Conakry after negotiations collapsed.", (None, "1712", None)),
    ("Four pistols were seized in a raid in which the police came under fire.", (None, "1711", None)),
]


@pytest.mark.parametrize(("text", "event"), UNCLAIMED_PROPERTY)
def test_agentless_property_acts_are_coded(pipeline, text, event):
    assert event in _coded(pipeline, text)


NO_ONES_ACT = [
    # disasters and accidents destroy property too; an outcome with no word of violence says
    # nothing of a doer; found weapons are seized only by forces
    "Hundreds of houses were destroyed in the earthquake.",
    "Forty homes were damaged by the floods.",
    "Several cars were burnt in the fire at the garage.",
    "Two lorries were wrecked when the bridge collapsed.",
    "Dozens of huts were destroyed as the storm swept through the valley.",
    "The looted shops were gutted in a blaze hours later.",
    "The old stadium was demolished last year.",
    "Fishermen found a box of rockets on the beach.",
    "The ammunition was discovered by a farm worker clearing a ditch.",
    "Two grenades were found in the river after the water level dropped.",
    "An old rifle was found in the attic of the farmhouse.",
    # a place or a report of the authorities does not make them the finders
    "Two grenades were found in the river near the police station.",
    "Officials said an unexploded shell from the First World War was found in a field.",
    "Army engineers defused a roadside bomb near the village.",
]


@pytest.mark.parametrize("text", NO_ONES_ACT)
def test_agentless_property_needs_a_deliberate_act(pipeline, text):
    assert not {c for _, c, _ in _coded(pipeline, text) if c[:2] in ("14", "17", "18", "19", "20")}


FOUND_BY_FORCES = [
    # weapons found by police, troops or intelligence are taken from their holders (1711)
    ("Nigerian police found a cache of rifles in a farmhouse near Kaduna.", ("NGACOP", "1711", None)),
    ("The Security Service of Georgia found a stash of explosives in a flat in Batumi.", ("GEOSPY", "1711", None)),
    ("Two arms caches were discovered on Sunday by Malian troops.", ("MLIMIL", "1711", None)),
    # a store whose clause says what it holds stands for what it holds
    ("Malian troops found two caches containing rifles and ammunition.", ("MLIMIL", "1711", None)),
]


@pytest.mark.parametrize(("text", "event"), FOUND_BY_FORCES)
def test_agentless_weapons_found_by_forces(pipeline, text, event):
    assert event in _coded(pipeline, text)


CROWD_ARSON = [
    # a crowd setting fire riots (145), however the parser reads "ablaze" or "fire"
    ("Rioters set a police van ablaze in the city centre.", "145"),
    ("Masked rioters set fire on a road near the campus.", "145"),
    ("An angry mob set the police station on fire.", "145"),
]


@pytest.mark.parametrize(("text", "code"), CROWD_ARSON)
def test_agentless_crowd_arson_is_a_riot(pipeline, text, code):
    assert code in {c for _, c, _ in _coded(pipeline, text)}
