"""Police work that is no armed attack, and crowd control told without its doer.

CAMEO 1.1b3 puts raids, with lootings, under 1711 (confiscate property) in its usage notes,
and keeps the use of conventional military force (190) for acts of war by organised armed
groups. A police raid on a hideout is a search, not an assault: :func:`police_work` recodes
a raid whose doers are all police (sector COP) as 1711 and drops a police "operation",
which says only that the police acted ("the police launched an operation against kar
sevaks"). Raids by troops, militias or rebels stay 190.

Crowd control is the state's act by definition (CAMEO 175, violent repression): "the mob
was lathicharged", "tear gas shells were lobbed to disperse the crowd", "five rounds were
fired in the air", "firing was resorted to". Told without a doer, its doer is the unnamed
police of the place where it happened (:func:`unnamed_police`), as an arrest told without a
doer is the authorities' (``agentless.py``). Firing counts as crowd control only in the air,
to disperse a crowd, or as a resort: "shots were fired at the convoy" names no police.

A death in custody is the custodian's killing by physical assault (CAMEO 1823, whose
codebook example is a prisoner tortured to death in police custody) when the sentence says
the dead person was beaten or tortured: "a youth died in police custody after being beaten"
(:func:`custody_death`); a harm told without a doer "in police custody" is the custodian's
too: "he was beaten to death in police custody" (:func:`custodian`). A death in custody with
no word of violence is no one's act.

Shapes: :func:`police_work` and :func:`unnamed_police` take the CAMEO code planned, the
pattern ``Match`` and spaCy tokens; :func:`unnamed_police` and :func:`custodian` return
lists of ``ActorMention`` (the former at most one), :func:`custody_death` a pair of lists.
"""

from __future__ import annotations

from flashpoint.coding.agentless import agentless_passive
from flashpoint.coding.unclaimed import HOST_HOWS, HOST_PREPS
from flashpoint.types import Actor, ActorMention

POLICE = "COP"
#: CAMEO 1711 (confiscate property), where the codebook's usage notes put raids.
RAID_CODE = "1711"
GENERIC_FORCE = "190"
RAID_WORDS = frozenset({"raid"})
#: Nouns of an undertaking that tells no force by the police on its own.
OPERATION_WORDS = frozenset({"operation", "drive", "campaign"})
REPRESSION = "175"
#: Words in a crowd-control pattern's id: tear gas, batons and lathis, dispersal, shots in the air.
CROWD_CONTROL_RULE_WORDS = ("teargas", "lathi", "baton", "disperse", "in.air", "water.cannon")
#: Firing patterns (193) that are crowd control with a purpose or a resort.
FIRING_RULES = frozenset({"firing.n", "fire.shots.v", "open.fire.lv", "fire.on.v"})
DISPERSING = frozenset({"disperse", "control", "quell", "scatter", "contain"})
RESORTING = frozenset({"resort"})
#: Pattern ids of a death in custody (``data/cameo_verbs.tsv``).
CUSTODY_DEATHS = frozenset({"die.in.custody"})
CUSTODY_NOUNS = frozenset({"custody", "lockup", "lock-up"})
#: Words that say the dead person was assaulted (lemmas).
ASSAULT_WORDS = frozenset({"beat", "beating", "torture", "assault", "thrash", "thrashing", "batter", "hit",
                           "injury", "injure", "bruise", "third-degree"})
PLACE_HOWS = frozenset({"metonym", "capital", "city", "place", "country"})


def police_work(code: str, match, doc, sources) -> str | None:
    """The code a police act takes instead of ``code``: :data:`RAID_CODE` for a raid, "" for
    an operation (not coded); None when the act is no police raid or operation."""
    if code != GENERIC_FORCE or not sources or not all(POLICE in m.actor.sectors for m in sources):
        return None
    words = {doc[match.trigger].lemma_.lower(), *(doc[i].lemma_.lower() for i in match.consumed)}
    if words & RAID_WORDS:
        return RAID_CODE
    if words & OPERATION_WORDS:
        return ""
    return None


def unnamed_police(code: str, match, act_tok, finder) -> list[ActorMention]:
    """The unnamed police of the place where crowd control told without a doer happened
    (``[ISO3]COP``, or bare ``COP`` when no country is named); [] for any other act."""
    if not _crowd_control(code, match, act_tok) or not _doerless(match, act_tok):
        return []
    iso = _host_country(act_tok, finder)
    actor = Actor(f"{iso or ''}{POLICE}", None, iso, (POLICE,))
    return [ActorMention(act_tok.i, act_tok.i + 1, act_tok.idx, act_tok.idx + len(act_tok), act_tok.i,
                         act_tok.text, actor, "role", "unnamed: crowd control")]


def _crowd_control(code: str, match, act_tok) -> bool:
    rule = match.pattern.id
    if code == REPRESSION and any(w in rule for w in CROWD_CONTROL_RULE_WORDS):
        return True
    if rule not in FIRING_RULES or not code.startswith("19"):
        return False
    trig = act_tok.doc[match.trigger]
    near = [trig, act_tok, trig.head, *trig.children, *act_tok.children]
    if any(t.lemma_.lower() in RESORTING for t in near):
        return True   # "firing was resorted to"
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DISPERSING for t in (trig, act_tok, trig.head)
               for c in t.children)   # "rounds were fired to disperse the mob"


def _doerless(match, act_tok) -> bool:
    """An agentless passive, or an event noun that names no doer and hangs on one."""
    if match.pattern.pos == "V":
        return agentless_passive(act_tok)
    head = act_tok.doc[match.trigger].head
    return act_tok.doc[match.trigger].dep_ in ("nsubjpass", "nsubj") and agentless_passive(head)


def _host_country(tok, finder) -> str | None:
    """The country of a place named in a place phrase on ``tok`` or on its clause head."""
    for holder in (tok, tok.head):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in HOST_PREPS:
                continue
            for pobj in prep.children:
                for m in finder.actors(pobj) if pobj.dep_ == "pobj" else ():
                    if m.actor.country_iso3 and m.how in HOST_HOWS:
                        return m.actor.country_iso3
    return None


def custodian(tok, finder) -> list[ActorMention]:
    """Actors holding someone "in [police] custody" or "in the custody of [X]" on ``tok`` or
    the clause it hangs on ("died in police custody after being beaten"); [] when none."""
    for holder in (tok, tok.head, tok.head.head):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in CUSTODY_NOUNS:
                    continue
                # "police custody" may be anchored at its head noun; "the custody of the police"
                found = [m for m in finder.actors(noun, inside=False) if m.how not in PLACE_HOWS]
                found += [m for c in noun.children if c.dep_ in ("compound", "amod", "poss") and c.i < noun.i
                          for m in finder.actors(c) if m.how not in PLACE_HOWS and m not in found]
                found += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" for m in finder.actors(o)]
                if found:
                    return found
        if holder.head.i == holder.i:
            break
    return []


def custody_death(match, tok, finder) -> tuple[list[ActorMention], list[ActorMention]]:
    """(custodians, dead) for a death in custody told with a word of assault in its sentence;
    ([], []) otherwise (see module doc)."""
    if match.pattern.id not in CUSTODY_DEATHS:
        return [], []
    if not {t.lemma_.lower() for t in tok.sent} & ASSAULT_WORDS and not any(
            t.lower_ in ASSAULT_WORDS for t in tok.sent):
        return [], []
    keepers = custodian(tok, finder)
    if not keepers:
        return [], []
    dead = [m for c in tok.children if c.dep_ == "nsubj" for m in finder.actors(c)]
    return keepers, dead
