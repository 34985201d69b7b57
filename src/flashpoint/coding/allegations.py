"""Allegations: a hostile act that one actor says another actor did.

CAMEO 1.1b3 codes an allegation as the accuser's act (112 Accuse, refined to 1121-1125 by
what is alleged), and warns that it "does not imply that the alleged events have taken
place". So when the verb that introduces a that-clause is one of allegation (``ALLEGING``:
"allege", "claim", "charge", "contend", "insist", "accuse", "aver"), and the clause states a
hostile act (``accusable``: roots 13-20, or 128 defiance of norms and law) as done or going on
(``realised``; after "insist", which also demands, only in the past or perfect), by a named
actor on another side than the speaker, the sentence is coded as the speaker's asserted
accusation of the doer (``ACCUSATION_CODES``):

- "Ukraine alleged that Russian troops shelled the city" -> UKR 1123 RUSMIL, as "Ukraine
  accused Russian troops of shelling the city" is;
- "Syria charged that Israel had violated the truce" -> SYR 1123 ISR (not an arrest).

The alleged act itself is not coded on its own, as the act stated by a threat, demand or
refusal is not (``coder.EventCoder.plan``): the event record's ``modality`` belongs to the
coded act, and the coded act is the accusation, which did happen. Coding the act as well,
``hypothetical``, would state one sentence twice and put an unproven act in the doer's dyad;
the accusation already names the doer (its target) and the kind of act (its code). Where no
accusation can be coded, the act keeps the realis ``modality.py`` gives it: ``hypothetical``
under "allege" and under a noun of allegation ("the accusation that..."). An accusation told
without its accuser ("officials accused of corruption") codes nothing (``coder.py``).

An obligation said not to be kept is alleged the same way: when the clause under a verb of
allegation states, negated and as done, an act of keeping an agreement, law or ruling (CAMEO 080
lines: comply, abide by, adhere to, honour), the speaker accuses the one who failed it (112):
"Iraq claimed that Turkey had not been complying with the treaty" (``failed_obligation_verb``).

Ordinary attribution is no allegation: "police said rebels attacked the town" codes the
attack, asserted, as news relies on its sources (say, report, announce, confirm and state are
not in ``ALLEGING``). Nor is a claim of one's own deed ("Hamas claimed that its fighters had
attacked an army post" codes the attack), a claim whose doer is unnamed ("claimed that
civilians were killed", "claimed that the mob attacked"), or a future, possible or denied act ("claimed that Russia would
attack" stays a future attack): each of those is coded as before, from the plans kept in
``Planned.fallback``. A claim of responsibility ("claimed responsibility for the bombing")
is the claimant's own act (``arguments.py``). Denials are 016 Deny responsibility, whose
target is the accuser, by their own patterns; the denied act is ``hypothetical``.
"""

from __future__ import annotations

from flashpoint.coding.ability import NEGATIONS
from flashpoint.coding.argument_words import role_only
from flashpoint.coding.attribution import speakers, trailing_attribution
from flashpoint.coding.verbs import Match, Pattern

#: Verbs of allegation: a that-clause under them is the speaker's charge, not a fact reported.
ALLEGING = frozenset({"allege", "claim", "charge", "contend", "insist", "accuse", "aver"})
#: Verbs of allegation that also demand: their clause is an allegation only when told as past.
DEMANDING = frozenset({"insist"})
#: Verbs of accusation whose stated act refines a generic 112: "accused Russia of killing
#: civilians" is told like "alleged that Russia killed civilians".
ACCUSING = ALLEGING | frozenset({"blame"})
#: Code of an accusation not otherwise specified.
ACCUSE = "112"
#: (code prefix of the alleged act) -> accusation code; the longest matching prefix wins.
#: 1121 crime (kidnapping, murder), 1122 human rights abuses (arbitrary detention, torture,
#: repression, beatings), 1123 aggression (military acts, bombings, ceasefire violations,
#: military posturing), 1124 war crimes (mass killing, ethnic cleansing, weapons of mass
#: destruction, human shields), as the CAMEO 1.1b3 codebook describes them.
ACCUSATION_CODES: dict[str, str] = {
    "0": ACCUSE, "128": ACCUSE, "13": ACCUSE, "14": ACCUSE, "15": "1123", "16": ACCUSE, "17": ACCUSE,
    "173": "1122", "175": "1122", "18": "1122", "181": "1121", "183": "1123", "184": "1124", "185": "1121",
    "186": "1121", "19": "1123", "20": "1124",
}
#: Roots of hostile acts an allegation can be about (and 128 defy norms, law).
HOSTILE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
DEFIANCE = "128"
#: Auxiliaries that make a stated act future, possible or demanded rather than done.
UNREALISED_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "could", "might", "may", "must", "should",
                            "ought", "can", "ca"})
#: A doer told by a pronoun ("it had killed", "its forces") that names no one else is the
#: speaker's own side, even when coreference found no actor for it.
OWN_PRONOUNS = frozenset({"it", "they", "we", "i", "its", "their", "our", "my"})


#: Code of yielding, whose lines of keeping an agreement, law or ruling (comply, abide by,
#: adhere to, honour) tell an obligation: alleged as not kept ("claimed that Israel has not
#: been complying with the accords"), they are an accusation of the one who failed it (112).
COMPLIANCE = "080"
COMPLYING = frozenset({"comply", "abide", "adhere", "honor", "honour", "respect", "obey", "fulfil", "fulfill"})


def accusable(code: str) -> bool:
    """True for a code of an act one can be accused of: roots 13-20 and 128."""
    return code[:2] in HOSTILE_ROOTS or code.startswith(DEFIANCE)


def accusation_code(code: str) -> str:
    """The accusation code (112, 1121-1125) for an alleged act of CAMEO ``code``."""
    for n in range(len(code), 0, -1):
        if code[:n] in ACCUSATION_CODES:
            return ACCUSATION_CODES[code[:n]]
    return ACCUSE


def alleging_verb(tok):
    """The verb of allegation whose that-clause ``tok`` heads, or None: "alleged that Russia
    [shelled] the city", "[shelled] the city, Ukraine alleged" (also when the parser hangs
    the trailing verb below the clause, ``attribution.trailing_attribution``), "claimed that
    ISIL had attacked Iraq and [taken] Mosul". Only a clause stating a done or ongoing act
    counts (``realised``)."""
    clause = tok
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.dep_ == "ccomp":
        clause = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    trailing = trailing_attribution(clause) if clause.dep_ != "ccomp" else None
    if trailing is not None and trailing.verb.lower_ != "according":
        verb = trailing.verb   # "Russian troops shelled the town, the Ukrainian army (UAF) alleged"
    elif clause.dep_ == "ccomp":
        verb = clause.head
    else:
        return None
    if verb.lemma_.lower() not in ALLEGING or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not (realised(tok) and realised(clause)):
        return None
    if verb.lemma_.lower() in DEMANDING and not _past(clause):
        return None   # "insisted that the rebels attack": a demand, unless told as done
    return verb


def failed_obligation_verb(tok, code: str):
    """The verb of allegation whose that-clause says that its doer did not keep an agreement,
    law or ruling, or None: "claimed that Turkey had not been complying with the treaty" is
    the speaker's accusation (112), as "accused Turkey of failing to honour the treaty" is. A
    future, possible or demanded non-compliance ("claimed that Iran would not comply") is no
    failure yet, and a plain report ("said that Turkey had not complied") no allegation."""
    if code != COMPLIANCE or tok.lemma_.lower() not in COMPLYING or tok.dep_ != "ccomp":
        return None
    children = list(tok.children)
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in children):
        return None
    if {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")} & UNREALISED_AUX:
        return None
    verb = tok.head
    return verb if verb.lemma_.lower() in ALLEGING and verb.pos_ in ("VERB", "AUX") else None


def _past(verb) -> bool:
    """A clause in the past tense or the perfect ("had fired", "have shelled")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def realised(verb) -> bool:
    """True when a clause states its act as done or going on: no modal or future auxiliary,
    no negation, and not a bare verb ("insisted that Israel withdraw" is a demand)."""
    children = list(verb.children)
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in children):
        return False
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if auxes & UNREALISED_AUX or "going" in auxes:
        return False
    return verb.tag_ != "VB" or bool(auxes & {"do", "does", "did"})


def allegation_match(verb) -> Match:
    """A pattern match for an alleging verb that carries an accusation: generic 112, its target
    the doer of the stated act."""
    lemma = verb.lemma_.lower()
    return Match(Pattern(ACCUSE, f"allege.{lemma}.that", "V", lemma, (), ("ccomp-subj",), 0), verb.i, ())


def same_side(speakers, doers) -> bool:
    """True when a speaker speaks for a doer: the same actor, one inside the other
    ("IGOUNOWFP" for "IGOUNO"), or the same country ("ISRGOV" for "ISR")."""
    for a in (m.actor for m in speakers):
        for b in (m.actor for m in doers):
            if a.code.startswith(b.code) or b.code.startswith(a.code):
                return True
            if a.country_iso3 and a.country_iso3 == b.country_iso3:
                return True
    return False


def parties(verb, act, finder):
    """(accusers, accused) of an allegation told by ``verb`` about the act at token ``act``,
    or None when it is no allegation against another: no speaker, no named doer (an agentless
    passive, or a group no country or organisation is known for: "police claimed that the mob
    attacked them"), or a doer on the speaker's own side ("claimed it had killed 200 soldiers"
    is the speaker's own deed)."""
    accusers = speakers(verb, finder)
    accused = finder.subject(act)
    if not accusers or all(role_only(m) for m in accused) or same_side(accusers, accused):
        return None
    if _pronoun_doer(act) and all(m.actor.country_iso3 is None for m in accused):
        return None   # "Kenya claimed that its forces had killed 50 militants"
    return accusers, accused


def _pronoun_doer(act) -> bool:
    """True when the act's own subject is a pronoun or has a possessive pronoun."""
    for child in act.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_ in OWN_PRONOUNS or any(
                c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in child.children)
    return False
