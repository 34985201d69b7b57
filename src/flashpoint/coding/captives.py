"""Who takes people captive decides the CAMEO code.

CAMEO 1.1b3 codes arrest and detention (173) as the act of authorities and abduction,
hijacking and hostage-taking (181) as anyone's. The same verbs tell both: "police detained two
suspects" is 173, "Islamic State captured a British journalist" and "Boko Haram seized twenty
villagers" are 181. So a capture or detention verb (:data:`CAPTURE_LEMMAS`) is recoded by its
source and target:

* an armed group that is no state (rebels, insurgents, unidentified gunmen, criminals, a
  transnational militant group) taking unarmed people (civilians, journalists, aid workers,
  officials, or people the dictionary does not name) abducts them: 181;
* the same group taking fighters or soldiers captures them in combat, the nearest CAMEO
  code of which is detention (173, left as it is);
* the generic "seize" (171, seizing property) with people as its object is a detention (173),
  or an abduction (181) by the groups above.

A source that is also the authority (a group's police or court, a government) keeps 173.

The police questioning people interrogate them: "question" is CAMEO 110 (disapprove) when a
minister "questioned the legality of the war", but "police questioned three suspects" is an
investigation of a crime (091), see :func:`questioning_code`: "three men were questioned by
Italian police".
"""

from __future__ import annotations

ARREST = "173"
INVESTIGATE_CRIME = "091"
DISAPPROVE = "110"
#: Role codes of those who question people as an inquiry: police, courts, intelligence.
INQUIRERS = frozenset({"COP", "JUD", "SPY"})
ABDUCT = "181"
SEIZE = "171"
#: Verbs (lemmas) that take people captive; "put on trial" and "charged" are legal action.
CAPTURE_LEMMAS = frozenset({"capture", "detain", "seize", "arrest", "apprehend", "nab", "grab", "snatch",
                            "round"})
#: Role codes of armed actors that are no state's (CAMEO 1.1b3 actor types).
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF", "CRM", "SEP", "IMG"})
#: Named groups that govern territory and hold people there as its authority (the Taliban,
#: Hamas in Gaza, the Houthis in Sanaa, the SDF and HTS in Syria): what they detain is an
#: arrest (173); a hostage they seize is still 181 through the hostage patterns.
GOVERNING_GROUPS = frozenset({"AFGREBTAL", "PSEREBHMS", "YEMREBHTH", "SYRREBSDF", "SYRREBHTS"})
#: How a mention that names a place or a country was found (see ``ActorMention.how``).
PLACE_HOWS = frozenset({"place", "city", "capital", "country"})
#: Occupy territory (CAMEO 1.1b3).
OCCUPY = "192"
#: Role codes of an authority that may lawfully detain.
AUTHORITY = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
#: Role codes of people who fight; taken in combat they are captured, not abducted.
ARMED = NON_STATE_ARMED | {"MIL", "COP", "SPY"}
#: Object words (lemmas) that are people when the dictionary names no actor.
PEOPLE_WORDS = frozenset({
    "person", "people", "man", "woman", "child", "youth", "boy", "girl", "suspect", "activist", "worker",
    "student", "leader", "member", "villager", "resident", "journalist", "reporter", "official", "driver",
    "trader", "civilian", "hostage", "tourist", "passenger", "pilot", "sailor", "fisherman", "farmer",
    "engineer", "doctor", "nurse", "teacher", "priest", "businessman", "employee", "staff", "national",
    "citizen", "foreigner", "family", "individual", "him", "her", "them", "us", "me", "mayor", "governor",
    "minister", "chief", "commander", "soldier", "policeman", "officer", "guard", "crew", "diplomat", "ambassador",
})


def captive_code(code: str, trig, sources, targets) -> str:
    """The CAMEO code for a capture told by ``trig`` (the trigger token) with the resolved
    ``sources`` and ``targets`` (``ActorMention`` lists): ``code`` itself unless the module's
    rules recode it (to 173 or 181). Only people taken count: "captured Mosul" is no
    abduction (nor an arrest: :func:`captured_place` makes it an occupation)."""
    if code not in (ARREST, SEIZE) or trig.lemma_.lower() not in CAPTURE_LEMMAS:
        return code
    if not _people_taken(trig, targets):
        return code   # "seized the documents": property; "captured Goma": a place
    if _non_state_armed(sources) and not _armed(targets):
        return ABDUCT
    return ARREST


def captured_place(code: str, trig, targets) -> bool:
    """True for a capture (173 by a verb of :data:`CAPTURE_LEMMAS`) whose every target is a
    place or a country, no people: "Islamic State captured Mosul" occupies territory (192)."""
    return (code == ARREST and trig.lemma_.lower() in ("capture", "seize") and bool(targets)
            and all(not m.actor.sectors and m.how in PLACE_HOWS for m in targets) and not taken_people(trig))


#: Personal pronouns that stand for the people taken ("he was captured", "captured them").
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "we", "us", "i", "me", "who", "whom"})


def taken_people(trig) -> bool:
    """True when what a verb of capture (``trig``) takes is people, whatever place the
    sentence names: the passive subject or object is a person word or pronoun ("he was
    captured by Kurdish forces in May"), or the verb's relative clause hangs on one ("800
    fighters that we captured in Syria"). A place then is where it happened, not a target."""
    held = [c for c in trig.children if c.dep_ in ("nsubjpass", "dobj")]
    if trig.dep_ in ("relcl", "acl"):
        held.append(trig.head)
    return any(o.lower_ in PERSONAL_PRONOUNS or o.lemma_.lower() in PEOPLE_WORDS or o.lemma_.lower() in FIGHTER_WORDS
               for h in held for o in (h, *h.conjuncts))


def without_scene(code: str, trig, targets) -> list:
    """``targets`` of a capture (173) of people (:func:`taken_people`) without the places and
    countries the fallbacks took from where it happened: "fighters we captured in Syria" are
    not Syria's."""
    if code != ARREST or trig.lemma_.lower() not in ("capture", "seize") or not taken_people(trig):
        return targets
    return [m for m in targets if m.actor.sectors or m.how not in PLACE_HOWS]


#: Words for armed people taken, beside :data:`PEOPLE_WORDS`.
FIGHTER_WORDS = frozenset({"fighter", "militant", "jihadist", "insurgent", "rebel", "gunman", "recruit", "volunteer"})


def _non_state_armed(sources) -> bool:
    return bool(sources) and all(
        set(m.actor.sectors) & NON_STATE_ARMED and not set(m.actor.sectors) & AUTHORITY
        and m.actor.code not in GOVERNING_GROUPS for m in sources)


def _armed(targets) -> bool:
    return any(set(m.actor.sectors) & ARMED for m in targets)


def _people_taken(trig, targets) -> bool:
    """True when the object of ``trig`` is people: an actor that is a group of people (not a
    state or a place) or a word of :data:`PEOPLE_WORDS`."""
    if any(m.actor.sectors for m in targets):
        return True
    objects = [o for c in trig.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return any(o.lemma_.lower() in PEOPLE_WORDS or o.lower_ in PEOPLE_WORDS for o in objects)


def questioning_code(code: str, trig, sources) -> str:
    """:data:`INVESTIGATE_CRIME` (091) for "question" (110) done by the police, a court or an
    intelligence service (:data:`INQUIRERS`) to someone, not to something: "Kenyan police
    questioned the opposition leader", "were questioned by UK police"; ``code`` otherwise
    ("questioned the legality of the war")."""
    if code != DISAPPROVE or trig.lemma_.lower() != "question" or not sources:
        return code
    if not all(set(m.actor.sectors) & INQUIRERS for m in sources):
        return code
    objects = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() not in PEOPLE_WORDS and o.pos_ not in ("PROPN", "NUM") and o.tag_ != "NNS"
           and o.lower_ not in PEOPLE_WORDS for o in objects):
        return code   # "police questioned the decision"
    return INVESTIGATE_CRIME
