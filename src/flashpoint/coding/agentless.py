"""Acts told without their doer: agentless passives and the detentions read as the authorities'.

An act needs a named doer except where the sentence is an agentless passive whose subject is
the act's target ("five men were arrested"), and an arrest or detention with no named doer is
the authorities' act by definition (CAMEO 173): :func:`unnamed_authority` finds such a
telling (and :func:`unnamed_jailer` an active one whose subject names no actor: "we have
arrested five men"), :func:`plainly_detention` says whether it tells detention and nothing else, and
:func:`passive_target` whether the targets found are the passive's own subject. All take spaCy
tokens (``tok`` is the token whose clause carries the act) and pattern ``Match``es.
"""

from __future__ import annotations

from flashpoint.coding.arguments import participle_noun, passive_participle


def agentless_passive(tok) -> bool:
    """A passive without a ``by`` agent: "they were detained", "the men detained in Pune"
    (a reduced relative), or a passive whose subject the parser attached elsewhere
    ("workers trying to enforce the bandh were arrested")."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return passive_participle(tok) or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


#: Verbs and pattern ids that say detention and nothing else; "charged with", "captured" and
#: "held" need a named detainee before an unnamed authority is read into them.
DETENTION_LEMMAS = frozenset({"arrest", "detain", "imprison", "jail", "apprehend", "nab", "remand", "intern",
                              "incarcerate"})
DETENTION_RULE_WORDS = ("arrest", "custody", "jail", "bars", "book.", "police.station")
#: Detention verbs with a second sense that needs a named doer: in South Asian English one
#: "apprehends" a danger as often as a suspect.
FEARING_SENSES = frozenset({"apprehend"})


def plainly_detention(match, doc) -> bool:
    """True for an arrest noun, a detention verb or a custody/arrest/jail phrase."""
    if match.pattern.pos == "N":
        return True
    return doc[match.trigger].lemma_.lower() in DETENTION_LEMMAS or any(
        w in match.pattern.id for w in DETENTION_RULE_WORDS)


def unnamed_authority(match, tok) -> bool:
    """An arrest or detention told without its doer: an agentless passive verb, a detention
    participle on the detainees ("the arrested workers"), or an event noun that is not a
    modifier of another noun ("arrests were made", "the arrest of X"; not "arrest warrants",
    which is coded through its own verb)."""
    if match.pattern.pos == "N":
        return tok.doc[match.trigger].dep_ not in ("compound", "amod", "nmod", "poss")
    return agentless_passive(tok) or (tok.lemma_.lower() in DETENTION_LEMMAS and detained_modifier(tok))


def detained_modifier(tok) -> bool:
    """A past participle that describes people as detained: "the arrested workers were
    released", "those detained were freed"."""
    return tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and (
        not any(c.dep_ == "agent" for c in tok.children))


def unnamed_jailer(match, tok, finder) -> bool:
    """An arrest or detention verb in the active voice whose subject names no actor: "we
    have arrested five persons", "the magistrate, who remanded them to custody": whoever
    arrests or remands acts for the authorities, as with an agentless passive."""
    if match.pattern.pos != "V" or tok.i != match.trigger or not plainly_detention(match, tok.doc):
        return False
    if tok.lemma_.lower() in FEARING_SENSES:
        return False   # "they apprehended a threat to his life": feared it
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(finder.actors(s) for s in subjects)


def own_object(tok, target, finder) -> bool:
    """True when ``target`` is the direct object of ``tok`` (not a place a fallback found)."""
    return any(target in finder.actors(c) for c in tok.children if c.dep_ == "dobj")


def passive_target(tok, targets, finder) -> bool:
    """True when ``targets`` are the subject of an agentless passive ``tok``."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive_participle(tok):
        subj = [participle_noun(tok)]
    elif detained_modifier(tok):
        subj = [tok.head]   # "the detained journalist"
    return bool(subj) and all(m in finder.actors(subj[0]) for m in targets)
