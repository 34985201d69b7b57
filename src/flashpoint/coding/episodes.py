"""Episodes named as a backdrop: an uprising, a revolution or unrest that a story looks back on.

Feature and analysis writing names long episodes by their noun: "the town was the cradle of
the uprising against the regime", "its refusal to back the Arab spring uprisings", "what is
left of the revolution". The noun names years of events that began long before the article,
not a protest of the day the article is dated, and an undated event falls back to that day
(``dates.py``). Such a noun is coded only when

- the sentence dates it ("the 2011 uprising", "another revolt in 1961"), or
- a modifier makes it current ("recent unrest", "the ongoing rebellion", "weeks of unrest"), or
- it is told as news: the subject of a verb of outbreak, spread or persistence ("unrest spread
  to the capital", "the uprising continues", "unrest returns to the streets"), or the scene of
  an act the sentence reports ("killed during unrest at the mine", "arrested amid the unrest").

The nouns are CAMEO 140/145 lines of ``cameo_verbs.tsv`` (N:uprising, N:unrest, N:rebellion)
and their near synonyms; verbs of protest ("rose up", "rebelled") are not touched.
"""

from __future__ import annotations

#: Nouns that name a protest episode rather than one gathering.
EPISODE_NOUNS = frozenset({"uprising", "revolution", "rebellion", "revolt", "insurrection", "intifada",
                           "unrest"})
#: Modifiers (and the "weeks of" kind of head) that place the episode in the news of the day.
CURRENT_WORDS = frozenset({"recent", "ongoing", "current", "latest", "fresh", "renewed", "new", "continuing",
                           "growing", "mounting", "spreading", "widespread", "week", "day", "month",
                           "weekend", "night", "overnight"})
#: Prepositions that make the episode the scene of an act the sentence reports.
SCENE_PREPS = frozenset({"during", "amid", "amidst", "throughout", "after", "following", "since", "over"})
#: Verbs that tell an episode as news when it is their subject.
LIVE_VERBS = frozenset({"erupt", "break", "spread", "flare", "grip", "sweep", "continue", "escalate", "rage",
                        "intensify", "resume", "return", "rock", "engulf", "hit", "grow", "mount", "worsen",
                        "persist", "paralyse", "paralyze", "shake", "reach", "enter", "begin", "start",
                        # the harm it does tells it as news: "the unrest has killed 20 people"
                        "kill", "claim", "leave", "cost", "force", "injure", "wound", "displace"})


def undated_episode(trig, dated: bool) -> bool:
    """True when ``trig`` (a spaCy token) is an episode noun (:data:`EPISODE_NOUNS`) told as a
    backdrop: not dated by its sentence (``dated``: the event date came from a date expression),
    not made current by a modifier (:data:`CURRENT_WORDS`), and not the subject of a verb of
    outbreak or spread (:data:`LIVE_VERBS`)."""
    if dated or trig.pos_ not in ("NOUN", "PROPN") or trig.lemma_.lower() not in EPISODE_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound", "nummod") and (c.lemma_.lower() in CURRENT_WORDS or c.lower_.endswith(
            ("-long", "-old"))) for c in trig.children):
        return False   # "recent unrest", "the week-long unrest"
    if any(c.dep_ == "relcl" and c.lemma_.lower() in LIVE_VERBS for c in trig.children):
        return False   # "the unrest that killed at least ten people": told as news
    if trig.dep_ == "pobj" and trig.head.lower_ in SCENE_PREPS:
        return False   # "killed during the unrest", "arrested amid the uprising": the scene of an act told
    holder = trig
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.pos_ == "NOUN":
        holder = trig.head.head   # "weeks of unrest continued"
        if holder.lemma_.lower() in CURRENT_WORDS:
            return False
    return not (holder.dep_ == "nsubj" and holder.head.lemma_.lower() in LIVE_VERBS)
