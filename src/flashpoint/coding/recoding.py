"""Recoding of a coded act by who did it and how: the steps between finding an act's arguments
and its realis.

Each step keeps the act or gives it the CAMEO 1.1b3 code that its doers and words make it, or
drops it (None):

* an attack "as" something, by no armed doer and with no weapon, is criticism (111,
  ``figurative.verbal_attack``);
* shots in the air are crowd control (175) only by police or troops, and not at a wedding, a
  funeral or a parade; a police raid is a seizure and a police operation no attack
  (``policing.police_work``); firing to disperse a crowd is 175 (``policing.dispersal_code``);
* a crowd's repression, arson or blockade is its riot (145) or its blockade (144)
  (``protests``), and an attack on a protest, or a crowd's rally against someone, its protest
  code (``policing.protest_attack_code``, ``crowd_acts``);
* captives: a place captured is occupied (192), people taken by the authorities arrested (173)
  and by armed groups that are no state abducted (181), and people questioned by the police
  investigated (091) (``captives``);
* allies fought alongside are no targets (``sides``); an injury word tells an attack only on
  someone named, and a described state ("isolated internationally") is no act (``states``); peacekeepers arriving keep the peace
  (074); refugees and other private people arriving make no visit (``conventions``).

Shape: :func:`recode` takes the planned code and rule, the pattern ``Match``, the act's token,
its source and target ``ActorMention`` lists, the ``ArgumentFinder`` and whether a weapon
raised the code, and returns ``(code, rule, targets)`` or None.
"""

from __future__ import annotations

from flashpoint.coding.captives import OCCUPY, captive_code, captured_place, questioning_code, without_scene
from flashpoint.coding.clashes import REPRESSION
from flashpoint.coding.conventions import private_travel
from flashpoint.coding.crowd_acts import crowd_protest_code
from flashpoint.coding.figurative import CRITICISE, verbal_attack
from flashpoint.coding.policing import dispersal_code, police_work, protest_attack_code
from flashpoint.coding.protests import RIOT, SIEGES, crowd, crowd_riot
from flashpoint.coding.sides import without_allies
from flashpoint.coding.states import described_state
from flashpoint.coding.unclaimed import UNCERTAIN_HARM

#: Roles that act in material conflict even when their country is not named (CAMEO types).
ARMED_OR_CONTENTIOUS = frozenset({"COP", "MIL", "REB", "INS", "OPP", "SEP", "UAF", "RAD", "SPY"})
#: Patterns of shots fired into the air: crowd control (175) only by police or troops, and not
#: at a wedding, a funeral, a parade or a victory, where they repress no one.
WARNING_SHOTS = frozenset({"fire.in.air.v", "fire.rounds.in.air.v"})
SECURITY_SECTORS = frozenset({"COP", "MIL", "SPY"})
CELEBRATION_WORDS = frozenset({"celebrate", "celebration", "wedding", "funeral", "parade", "victory", "salute",
                               "festival", "jubilation", "anniversary", "independence", "ceremony"})
#: Police postures (raise the alert: "erected checkpoints"); by a crowd, a blockade (144).
POSTURE_CODES = frozenset({"151"})
BLOCKADE = "144"
#: Arrivals and deployments that a peacekeeping force makes as peacekeeping (CAMEO 074).
ARRIVAL_CODES = frozenset({"042", "154", "1541"})


def recode(code: str, rule: str, match, act_tok, sources, targets, finder, weapon_named: bool):
    """``(code, rule, targets)`` for the act after the steps in the module doc (allies and the
    scene of a capture leave the targets, ``sides`` and ``captives``), or None to drop it."""
    trig = act_tok.doc[match.trigger]
    if verbal_attack(trig, code, weapon_named or any(
            set(m.actor.sectors) & ARMED_OR_CONTENTIOUS - {"OPP"} for m in sources)):
        code, rule = CRITICISE, f"{rule}+criticism"   # "attacked the book as heresy"
    if match.pattern.id in WARNING_SHOTS and not (
            sources and all(set(m.actor.sectors) & SECURITY_SECTORS for m in sources)
            and not {t.lemma_.lower() for t in trig.sent} & CELEBRATION_WORDS):
        return None   # shots in the air at a celebration, a funeral or by a gang repress no one
    policing = police_work(code, match, act_tok.doc, sources)
    if policing == "":
        return None   # "police launched an operation against...": law enforcement, no attack
    if policing:
        code, rule = policing, f"{rule}+police"   # "police raided the hideout"
    if sources and all(set(m.actor.sectors) & SECURITY_SECTORS for m in sources) and (
            (dispersal := dispersal_code(code, match, act_tok, finder)) != code):
        code, rule = dispersal, f"{rule}+dispersal"   # "fired to disperse the mob"
    if code == REPRESSION and sources and all(crowd(m) for m in sources):
        code, rule = RIOT, f"{rule}+crowd"   # "protesters threw tear gas back"
    # "fighters we captured in Syria" are not Syria; "fought alongside the Kurds": not the Kurds
    targets = without_allies(trig, without_scene(code, trig, targets))
    if captured_place(code, trig, targets):
        code, rule = OCCUPY, f"{rule}+territory"   # "Islamic State captured Mosul"
    elif (captive := captive_code(code, trig, sources, targets)) != code:
        code, rule = captive, f"{rule}+captive"   # "Islamic State captured a journalist"
    if (inquiry := questioning_code(code, trig, sources)) != code:
        code, rule = inquiry, f"{rule}+inquiry"   # "police questioned three suspects"
    if crowd_riot(code, sources, act_tok):
        code, rule = RIOT, f"{rule}+crowd"   # "residents torched a house"
    if (code in POSTURE_CODES or match.pattern.id in SIEGES) and sources and all(crowd(m) for m in sources):
        code, rule = BLOCKADE, f"{rule}+crowd"   # "protesters set up roadblocks"
    crowd_code = crowd_protest_code(protest_attack_code(code, act_tok, sources), sources, act_tok.doc)
    if crowd_code != code:   # "police attacked the rally", "protesters rallied against the president"
        code, rule = crowd_code, f"{rule}+protest"
    if (trig.lemma_.lower() in UNCERTAIN_HARM and not targets) or described_state(trig, sources):
        return None   # "injured his ankle" attacks no one named; "isolated internationally" is a state
    if code in ARRIVAL_CODES and _peacekeepers(sources, act_tok.doc):
        code, rule = "074", f"{rule}+peacekeeping"   # peacekeepers arriving keep the peace
    if private_travel(code, sources):
        return None   # "thousands of refugees arrived in Germany": no visit
    return code, rule, targets


def _peacekeepers(sources, doc) -> bool:
    """True when a source is a peacekeeping force: sector PKO, or "peacekeeping troops",
    "peacekeepers" in its own noun phrase ("the deployment of NATO peacekeeping troops")."""
    for m in sources:
        if "PKO" in m.actor.sectors:
            return True
        head = doc[m.anchor]
        while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.i != head.i:
            head = head.head
        if any(t.lower_.startswith("peacekeep") for t in head.subtree):
            return True
    return False
