"""Whom a protest is aimed at, read from the purpose it states.

"Students went on hunger strike to demand the resignation of the Kenyan president", "farmers
marched on Monday to press the government for higher prices": a protest (CAMEO root 14) whose
own slots name no target is aimed at whoever its purpose clause (an infinitive ``advcl`` of the
act or of the verb that carries it) names: that clause's object, or an actor inside it. Only
when nothing is named there does the protesters' own government stand in (``conventions.py``).

Shapes: ``purpose_targets(act_tok, finder, exclude)`` takes the act's spaCy token, the
``ArgumentFinder`` of the article and the set of source actor codes; returns ActorMentions.
"""

from __future__ import annotations


def _purpose_clauses(tok):
    for child in tok.children:
        if child.dep_ == "advcl" and child.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            yield child


def purpose_targets(act_tok, finder, exclude: set) -> list:
    """Actors named by the infinitive purpose clause of ``act_tok`` or of its governing verb
    ("continued their hunger strike [to demand the resignation of X]"), not the sources."""
    holders = [act_tok]
    if act_tok.dep_ in ("dobj", "nsubj", "attr") and act_tok.head.i != act_tok.i:
        holders.append(act_tok.head)
    for holder in holders:
        for clause in _purpose_clauses(holder):
            found = [m for m in finder.clause_targets(clause) if m.actor.code not in exclude]
            if found:
                return found
    return []
