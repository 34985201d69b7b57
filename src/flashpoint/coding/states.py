"""Participles that describe a state, not an act: "isolated", "surrounded by".

"Turkey's leader is now almost totally isolated internationally", "Isolated in the Gulf,
Qatar has ..." and "Moscow has been isolated from the inquiry" describe where someone stands;
nobody named cut relations (CAMEO 16) on a day. "A regime surrounded by gangsters", "a camp
surrounded by sympathisers" and "Surrounded by suspicious men, he kept quiet" describe
company, not a siege (191). They are told apart from the acts as follows:

- "isolate" as a participle with no subject of its own and no "by" phrase is a state;
- "surround" as a participle with a "by" phrase and no auxiliary (a phrase on a noun or an
  opening phrase) is company when the surrounders are people of no state, group or arms
  ("the town, surrounded by government troops", "places encircled by the regime": sieges);
  "was surrounded by Isis fighters" and "police surrounded us" are acts.

Shape: :func:`described_state` takes the spaCy token of the trigger and the source
``ActorMention``s and returns a bool.
"""

from __future__ import annotations

from flashpoint.coding.clashes import ARMED_NOUNS, ARMED_SECTORS

#: Participles of standing apart with no doer named.
STANDING_LEMMAS = frozenset({"isolate"})
#: Participles of company: surrounded by people who besiege no one.
COMPANY_LEMMAS = frozenset({"surround", "encircle"})


#: Agent nouns that make a participle of company a siege: "encircled by the regime".
STATE_NOUNS = frozenset({"regime", "government", "state", "authority", "junta"})


def described_state(trig, sources) -> bool:
    """True when ``trig`` is a participle of :data:`STANDING_LEMMAS` or :data:`COMPANY_LEMMAS`
    that describes a state (see the module doc), not an act."""
    lemma = trig.lemma_.lower()
    if trig.tag_ != "VBN" and trig.pos_ != "ADJ":
        return False
    deps = {c.dep_ for c in trig.children}
    if lemma in STANDING_LEMMAS:
        return not deps & {"nsubj", "agent"}
    if lemma in COMPANY_LEMMAS:
        if deps & {"nsubj", "auxpass", "aux"}:
            return False   # "was surrounded by", "claims to have encircled": an act
        agents = [o for c in trig.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        # a state, a government, a named group, armed men or a crowd of protesters encircle;
        # other people keep company
        forceful = any(not m.actor.sectors or set(m.actor.sectors) & (ARMED_SECTORS | {"GOV", "OPP"})
                       for m in sources) or any(o.lemma_.lower() in ARMED_NOUNS | STATE_NOUNS for o in agents)
        return bool(agents) and not forceful
    return False

