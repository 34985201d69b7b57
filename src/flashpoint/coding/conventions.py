"""Argument conventions for what a sentence leaves implicit or states only by its shape.

Used by ``arguments.ArgumentFinder``:

- a protest (CAMEO root 14) with no named addressee and no foreign place is made to the
  protesters' own government ("Indonesian students marched on Monday" -> IDNGOV), PLOVER's
  convention for domestic protest;
- a bare region code ("PGS" Persian Gulf) names where something happened, not whom it was done
  to, so it is never a last-resort target ("its Gulf war with Iraq" -> Iraq);
- some passive forms state the subject's own stance, so their subject is the actor ("Vietnam
  is committed to opening its market");
- a participle on a document an actor issues speaks for the issuer ("issued a statement
  demanding...");
- a group named by its affiliation is that affiliation's actor ("workers affiliated with the
  Serbian union", "troops loyal to the junta").
"""

from __future__ import annotations

from dataclasses import replace

from flashpoint.types import Actor, ActorMention

#: Roots whose target, when neither named nor placed, is the source's own government.
OWN_GOVERNMENT_ROOTS = frozenset({"14"})
#: CAMEO region codes (continents, seas, blocs of countries): where, seldom whom.
REGION_CODES = frozenset({
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
    "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
})
#: What an actor issues, sends or adopts to say something: "issued a statement demanding...".
DOCUMENT_NOUNS = frozenset({"statement", "declaration", "communique", "letter", "message", "resolution",
                            "decree", "note", "memorandum", "petition", "appeal", "ultimatum", "order"})
#: Participles and adjectives that make a group part of the actor they name: "workers affiliated
#: with the Serbian union" act as that union's members.
MEMBERSHIP_WORDS = frozenset({"affiliate", "affiliated", "loyal", "allied", "ally", "belong", "attach",
                              "attached", "aligned", "link", "linked", "tied"})
#: Passive forms that state the subject's own stance (with a "to" complement): "is committed to".
STATIVE_PASSIVES = frozenset({"commit", "determine", "prepare", "dedicate", "resolve", "poise"})
#: Passive report and belief verbs that raise the subject of their "to" complement: "X is said
#: (reported, believed, expected) to be restoring ties" is about X restoring ties.
RAISING_PASSIVES = frozenset({"say", "report", "believe", "expect", "think", "understand", "allege",
                              "rumour", "rumor", "know", "suppose", "claim", "see",
                              # "Obama is scheduled to attend", "troops are set to withdraw"
                              "schedule", "set", "due", "slate", "poise", "require", "force", "oblige", "compel"})


def is_region(m: ActorMention) -> bool:
    """True for a bare CAMEO region code ("PGS", "EUR"), with no role blocks."""
    return m.actor.country_iso3 is None and m.actor.code in REGION_CODES


def own_government(sources: list[ActorMention]) -> list[ActorMention]:
    """The government of the first non-governmental source's country, as a one-item target
    list (actor code ``ISO3`` + ``GOV``, how "own government"); empty when no source has a
    country or the source is already a government ("Indonesian students marched" -> IDNGOV)."""
    for m in sources:
        iso = m.actor.country_iso3
        if iso and "GOV" not in m.actor.sectors and m.actor.code[:3] == iso:
            return [replace(m, actor=Actor(iso + "GOV", None, iso, ("GOV",)), how="own government")]
    return []


#: Role codes of people whose travel is no visit: refugees, migrants and other civilians,
#: criminals, unidentified gunmen. CAMEO 042 and 043 are visits by and to political actors.
PRIVATE_TRAVELLERS = frozenset({"REF", "CVL", "CRM", "UAF"})
#: Visit codes (CAMEO 1.1b3): make a visit, host a visit.
VISIT_CODES = frozenset({"042", "043"})


def private_travel(code: str, sources) -> bool:
    """True for a visit (042/043) whose every source is a private traveller
    (:data:`PRIVATE_TRAVELLERS`): "thousands of refugees arrived in Germany", "migrants
    travelled to Italy" tell of movements of people, not of a visit and its host."""
    return code in VISIT_CODES and bool(sources) and all(
        m.actor.sectors and set(m.actor.sectors) <= PRIVATE_TRAVELLERS for m in sources)
