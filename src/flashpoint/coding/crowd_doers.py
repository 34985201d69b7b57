"""Who does a protest act when the dictionary cannot name the doer.

A crowd's acts are protests only when people do them: "they blockaded the roads" and
"youths tried to barricade the bridge" block as a protest (CAMEO 144), "fallen trees blocked
the roads" do not; and one man throwing a bottle is no riot (145), which takes a crowd.
These tests read the parse around the act's trigger, since no actor was resolved.

Shapes: :func:`people_block` and :func:`lone_doer` take the spaCy token of the trigger and
return a bool.
"""

from __future__ import annotations

#: Nouns (lemmas) of people who block roads and entrances as a protest.
BLOCKERS = frozenset({
    "protester", "protestor", "demonstrator", "activist", "resident", "villager", "local", "farmer", "worker",
    "miner", "student", "youth", "member", "supporter", "people", "man", "woman", "citizen", "employee",
    "teacher", "vendor", "hawker", "fisherman", "trucker", "driver", "hothead", "mob", "commuter",
    "hundred", "thousand", "dozen", "striker", "tribesman", "group", "crowd", "community", "party", "union",
    "movement", "alliance", "committee", "front", "public", "congress", "federation", "association",
})


def people_block(tok) -> bool:
    """A blocking verb whose subject is people, not snow or fallen trees: "they blockaded
    the roads", "residents blocked access to the dump", "youths tried to barricade the
    bridge" (the subject of the verb it completes). A passive ("the road was blocked") has none."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "xcomp":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_blocker(s) for s in subjects)


def _blocker(subject) -> bool:
    """A subject that names people who may block a road as a protest."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("they", "we")
    lemma = subject.lemma_.lower()
    return lemma in BLOCKERS or subject.pos_ == "NUM" or subject.tag_ == "CD"


#: Singular nouns that name many people: "the mob", "the march" riot as a crowd does.
GROUP_NOUNS = frozenset({"mob", "crowd", "gang", "group", "rally", "march", "procession", "protest", "demonstration",
                         "throng", "horde", "band", "population", "public", "community", "union", "party", "rabble",
                         "multitude", "congregation", "audience", "gathering", "assembly", "movement"})
#: Modifiers of a rampage that make it one killer's: "a shooting rampage".
LONE_KILLINGS = frozenset({"shooting", "killing", "stabbing", "gun", "knife"})


def lone_doer(tok) -> bool:
    """True when the doer of ``tok`` (its subject, or that of the verbs it completes: "he
    shouted at reporters, even trying to hurl a chair") is one named person or "he"/"she": one man
    throwing a bottle, a gunman or an elephant on a rampage is no riot, which a crowd makes."""
    if tok.pos_ == "NOUN":
        if any(c.dep_ in ("amod", "compound") and c.lower_ in LONE_KILLINGS for c in tok.children):
            return True   # "a shooting rampage": one killer's
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if owners:
            return all(o.lower_ in ("his", "her") or (o.tag_ in ("NN", "NNP") and o.lemma_.lower() not in GROUP_NOUNS)
                       for o in owners)
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            return all(s.lower_ in ("he", "she") or (
                (s.tag_ == "NNP" or (s.tag_ == "NN" and s.lemma_.lower() not in GROUP_NOUNS))
                and s.ent_type_ in ("PERSON", "") and not any(c.dep_ == "conj" for c in s.children))
                for s in subjects)   # "he", "Smith", "a gunman", "an elephant": no crowd
        if tok.dep_ not in ("xcomp", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
