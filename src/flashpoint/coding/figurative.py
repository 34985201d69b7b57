"""Words of conflict used figuratively in technology, business, sport and office news.

News borrows the words of force for things that are not political events. The coder asks
these predicates (each takes the spaCy token that carries the act, and the pattern id or the
CAMEO code) before it codes a match:

- :func:`figurative_object`: a verb of attack whose object is a thing of software, trade or
  play, not a party to a conflict: "a campaign to target spam websites", "attack the
  problem", "striking a sweet forehand" (the heavy-fire verbs with "with" are
  ``weapons.figurative_fire``);
- :func:`figurative_contest`: a noun of fighting named for a contest of votes, courts or
  trade: "the election battle", "a custody fight", "a bidding war";
- :func:`verbal_attack`: "attacked the book as blasphemy": an attack "as" something is a
  criticism (CAMEO 111), not an assault;
- :func:`figurative_struggle`: "battled bravely to finish seventh", "is fighting for her
  job": an unarmed doer's struggle for a goal, with no opponent named, is no fight;
- :func:`not_literal_pattern`: a phrasal verb whose political sense needs an object it
  lacks: "took over from the old captain" / "took over as coach" is a succession, "the
  laboratory is to shut down" a closure, "built up the spam filters" no mobilisation.
"""

from __future__ import annotations

#: Verb lemmas of attack that news also uses for aiming at or tackling a thing.
ATTACK_VERBS = frozenset({"attack", "target", "strike", "hit", "assault", "fight", "battle", "combat",
                          "raid", "storm", "hammer", "blast"})
#: Object lemmas (heads of the attacked thing) that are software, trade, ideas or play: nobody
#: in a conflict. Places, buildings, vehicles and people are never listed (a market, a site, a
#: post or a bar can be bombed; customers and an audience can be shot).
FIGURATIVE_OBJECTS = frozenset({
    # software and the net
    "spam", "spammer", "website", "web", "webpage", "email", "e-mail", "virus", "worm", "malware",
    "spyware", "adware", "software", "bug", "flaw", "vulnerability", "loophole", "download", "file",
    "pop-up", "popup", "ad", "advert", "advertisement", "search", "browser", "inbox",
    # trade and money
    "sale", "price", "cost", "profit", "deficit", "inflation", "demand",
    "niche", "segment", "brand", "product",
    # problems and ideas
    "problem", "issue", "question", "difficulty", "challenge", "weakness", "obesity", "piracy",
    # play
    "ball", "forehand", "backhand", "shot", "serve", "volley", "putt", "crossbar", "woodwork", "note",
    "chord", "pose", "balance", "deal", "bargain",
})
#: Verbs of taking that news also uses for catching a likeness or an occasion ("the photo
#: captured the mood", "seized the opportunity"), and the objects that make them a figure.
TAKING_VERBS = frozenset({"capture", "seize", "grab", "grasp"})
TAKEN_ABSTRACTS = frozenset({
    "predicament", "plight", "dilemma", "mood", "spirit", "essence", "imagination", "attention",
    "interest", "moment", "opportunity", "chance", "initiative", "headline",
    "feeling", "reality", "agony", "despair", "frustration", "zeitgeist", "nuance",
    "complexity", "atmosphere", "absurdity", "contradiction", "irony",
})
#: Objects of an attack on the net: a cyber attack when a named actor owns them.
CYBER_OBJECTS = frozenset({"website", "web", "webpage", "email", "e-mail", "server", "network", "site", "system",
                           "database", "inbox"})
#: Nouns of fighting, and the modifiers that make them a contest of votes, courts, trade or play.
CONTEST_NOUNS = frozenset({"battle", "fight", "war", "clash", "fighting", "struggle", "showdown", "offensive",
                           "campaign"})
CONTEST_MODIFIERS = frozenset({
    "election", "electoral", "legal", "court", "courtroom", "custody", "copyright", "patent", "libel",
    "price", "ratings", "bidding", "takeover", "boardroom", "chart", "title", "relegation", "leadership",
    "format", "browser", "console", "tariff",
    # persuasion: "a charm offensive", "a media campaign"
    "charm", "diplomatic", "media", "medium", "publicity", "propaganda", "marketing", "advertising", "pr", "peace",
    "sales", "lobbying", "smear", "poster", "letter-writing", "fundraising",
})
#: Verbs of attack that an "as" phrase turns into criticism ("attacked the plan as unfair").
CRITICISING_VERBS = frozenset({"attack", "assail", "blast", "hit", "slam", "lash"})
CRITICISE = "111"
#: Heads of an "as" phrase that tell why or how force was used, not what the target is called:
#: "attacked the town as part of an offensive", "as a reprisal".
LITERAL_AS = frozenset({"part", "retaliation", "revenge", "reprisal", "punishment", "warning", "response",
                        "payback", "cover", "pretext", "precaution"})
#: Objects of a build-up that make it military (CAMEO 154 is a build-up of armed force).
MILITARY_BUILD_UP = frozenset({
    "troop", "force", "forces", "army", "military", "presence", "arsenal", "stockpile", "weapon", "weaponry",
    "arm", "defence", "defense", "navy", "fleet", "missile", "rocket", "inventory", "capability",
    "deployment", "garrison", "militia", "reserve", "unit", "soldier", "fighter", "strength",
})
#: Nouns of a time of day ("took over at dawn"): no post.
TIME_NOUNS = frozenset({"midnight", "dawn", "dusk", "noon", "night", "daybreak", "nightfall", "sunrise", "sunset",
                        "time", "moment", "hour", "weekend"})
#: Prepositions after an objectless "take over" that name a post or a predecessor.
SUCCESSION_PREPS = frozenset({"from", "as", "at"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _unarmed_presence(noun) -> bool:
    """A "presence" with a modifier of :data:`UNARMED_PRESENCE` ("its online presence", "the
    party's Commons presence"); "its permanent presence" stays armed."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in UNARMED_PRESENCE for c in noun.children)


def _object(act):
    """The head of what ``act`` acts on: its direct object, or the subject of its passive."""
    return next((c for c in act.children if c.dep_ in OBJECT_DEPS), None)


def figurative_object(act, owned: bool = False) -> bool:
    """True for a verb of attack (:data:`ATTACK_VERBS`) whose object is in
    :data:`FIGURATIVE_OBJECTS` ("target spam websites", "attack the problem", "strike a
    forehand"), or a noun compound ending in one ("spam-related websites"); and a verb of taking
    (:data:`TAKING_VERBS`) whose object is a likeness or an occasion (:data:`TAKEN_ABSTRACTS`). A website or
    network of a named actor (``owned``: the act has a named target) is a cyber attack, not a
    figure: "hackers attacked Ukrainian government websites" (:func:`cyber_object`)."""
    if act.pos_ == "VERB" and act.lemma_.lower() in TAKING_VERBS:
        obj = _object(act)   # "the image captured the predicament of the rebels": a likeness, no capture
        return obj is not None and obj.lemma_.lower() in TAKEN_ABSTRACTS
    if act.pos_ != "VERB" or act.lemma_.lower() not in ATTACK_VERBS:
        return False
    obj = _object(act)
    if obj is None or obj.lemma_.lower() not in FIGURATIVE_OBJECTS:
        return False
    return not (owned and cyber_object(act))


def cyber_object(act) -> bool:
    """True when the object of ``act`` is a thing of the net (:data:`CYBER_OBJECTS`)."""
    obj = _object(act)
    return obj is not None and obj.lemma_.lower() in CYBER_OBJECTS


def figurative_contest(act) -> bool:
    """True for a noun of fighting (:data:`CONTEST_NOUNS`) with a modifier of contest
    (:data:`CONTEST_MODIFIERS`): "the US election battle", "a custody fight", "a price war", "a
    charm offensive"."""
    if act.pos_ != "NOUN" or act.lemma_.lower() not in CONTEST_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CONTEST_MODIFIERS for c in act.children)


def verbal_attack(act, code: str, armed: bool = False) -> bool:
    """True for a conflict code (root 18-20) carried by a verb of attack with an "as" phrase
    that names what the target is said to be: "attacked the trilogy as blasphemy", "slammed the
    plan as unworkable". Such an attack is a criticism (111). Not when the doers are armed
    (``armed``: troops, rebels, police) or a weapon was named, and not when the "as" phrase
    tells a step or a purpose ("as a first step in the offensive", "as a message to
    Hezbollah": a noun with a determiner and a phrase of its own)."""
    if armed or code[:2] not in ("18", "19", "20") or act.lemma_.lower() not in CRITICISING_VERBS \
            or _object(act) is None:
        return False
    for c in act.children:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for o in c.children:
            if o.dep_ in ("amod", "acomp") or (o.dep_ == "pobj" and o.pos_ == "ADJ"):
                return True   # "as unconstitutional"
            if o.dep_ == "pobj" and o.lemma_.lower() not in LITERAL_AS and not (
                    any(d.dep_ == "det" for d in o.children) and any(d.dep_ == "prep" for d in o.children)):
                return True   # "as heresy", "as a betrayal"
    return False


#: Verbs of fighting that also mean striving for a goal ("battled to finish seventh").
STRUGGLE_VERBS = frozenset({"fight", "battle", "struggle"})
#: Prepositions that name an opponent or a fellow fighter: with one of them, a fight is a fight.
OPPONENT_PREPS = frozenset({"against", "with", "between", "alongside", "off", "back"})


def _goal(act) -> bool:
    """True when ``act`` names what is striven for: an infinitive ("battled to finish
    seventh", "fighting to save his job") or a "for" phrase ("fighting for her job")."""
    for c in act.children:
        if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
    return False


def figurative_struggle(act, armed: bool = False) -> bool:
    """True for a verb of fighting (:data:`STRUGGLE_VERBS`) that strives for a goal
    (:func:`_goal`) with no opponent: no object, no :data:`OPPONENT_PREPS` phrase or particle,
    done by no armed or contentious actor (``armed``: troops, rebels, police, protesters).
    "Keska battled bravely to finish seventh", "an attendant is fighting for her job" tell no
    fight; "rebels fought to take the town", "protesters fought for democracy" and "fought
    with police to keep the square" do."""
    if armed or act.pos_ != "VERB" or act.lemma_.lower() not in STRUGGLE_VERBS:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ in ("prep", "prt", "advmod") and c.lower_ in OPPONENT_PREPS)
           for c in act.children):
        return False
    return _goal(act)


def _time_phrase(prep) -> bool:
    """True when ``prep`` names a time ("took over at midnight", "at dawn"), not a post."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIME_NOUNS)
               for o in prep.children)


#: Objects of "damage" that are no property (CAMEO 171 is force used on property): "damaging
#: relations", "damaged his reputation", "is damaging the way the country is governed".
INTANGIBLE_DAMAGE = frozenset({
    "way", "relation", "relationship", "tie", "economy", "reputation", "credibility", "image", "standing",
    "chance", "prospect", "confidence", "trust", "interest", "morale", "process", "unity", "cause", "case",
    "brand", "democracy", "party", "campaign", "career", "effort", "hope", "growth", "competitiveness",
    "prestige", "legitimacy", "integrity", "name", "peace", "stability", "recovery", "talk",
})
#: Modifiers that make a "presence" no armed one ("the party's Commons presence", "its online
#: presence"); a presence with none of them stays a build-up of force.
UNARMED_PRESENCE = frozenset({
    "online", "digital", "internet", "web", "commercial", "market", "retail", "business", "corporate",
    "commons", "parliamentary", "electoral", "diplomatic", "social", "media", "brand", "stage", "screen",
    "cultural", "consular", "store", "shop",
})
#: Modifiers that make a campaign a military one ("a bombing campaign", "an air campaign").
MILITARY_CAMPAIGN = frozenset({"military", "bombing", "air", "aerial", "armed", "ground", "guerrilla", "shelling",
                               "artillery", "counter-insurgency", "counterinsurgency", "insurgency", "terror",
                               "terrorist", "missile", "drone", "naval", "offensive", "war"})
#: Modifiers that make a campaign one of words, votes or money, whoever it targets ("a
#: disinformation campaign against Ukraine", "an election campaign").
UNARMED_CAMPAIGN = frozenset({
    "disinformation", "misinformation", "election", "electoral", "vaccination", "smear", "media", "pr",
    "advertising", "fundraising", "awareness", "publicity", "propaganda", "recruitment", "charm", "lobbying",
    "petition", "letter-writing", "poster", "signature", "leadership", "presidential", "re-election",
    "referendum", "marketing", "sales", "influence", "pressure", "diplomatic", "boycott", "cyber", "hacking",
    "phishing", "spam", "defamation", "hate", "online", "social", "twitter",
})
#: Purposes (lemmas of an infinitive on the campaign) of votes, money and minds.
UNARMED_PURPOSES = frozenset({"win", "woo", "raise", "promote", "encourage", "persuade", "boost", "register",
                              "collect", "attract", "educate", "inform", "elect", "reelect", "re-elect", "vote"})


def unarmed_campaign(act, sources, targets, armed_sectors) -> bool:
    """True for an attack pattern whose attack noun is a "campaign" of words, votes or money: a
    modifier of :data:`UNARMED_CAMPAIGN` ("a disinformation campaign against Ukraine") or a
    purpose of :data:`UNARMED_PURPOSES` ("his campaign to win students' votes"); or a campaign
    with no mark of war at all (no military modifier, no target, no place, no armed source).
    "Launched a bombing campaign", "launched a campaign against the rebels", "Ethiopia launched
    a campaign in Tigray" and "the army launched a campaign" stay attacks."""
    nouns = [c for c in act.children if c.dep_ in OBJECT_DEPS] if act.pos_ in ("VERB", "AUX") else [act]
    campaign = next((n for n in nouns if n.lemma_.lower() == "campaign"), None)
    if campaign is None:
        return False
    modifiers = {c.lemma_.lower() for c in campaign.children if c.dep_ in ("amod", "compound")}
    if modifiers & UNARMED_CAMPAIGN or any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in UNARMED_PURPOSES for c in campaign.children):
        return True
    if targets or modifiers & MILITARY_CAMPAIGN:
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("in", "across", "inside", "into") for holder in (act, campaign)
           for p in holder.children):
        return False   # "Ethiopia launched a campaign in Tigray"
    return not any(set(m.actor.sectors) & armed_sectors for m in sources)


def not_literal_pattern(pattern_id: str, act) -> bool:
    """True when a phrasal pattern lacks what makes it political: an objectless "take over"
    with "from", "as" or "at" a post (a successor takes a post: "took over from Dallaglio";
    not "took over at midnight"), an
    objectless active "shut down" (a firm or laboratory closes itself, no one bans it), a
    "build up" of something that is no armed force ("built up the spam filters"), damage done
    to no property ("damaging relations", :data:`INTANGIBLE_DAMAGE`), or a "presence" that a
    modifier makes no armed one ("the party's Commons presence", "its online presence")."""
    obj = _object(act)
    if obj is not None and obj.lemma_.lower() == "presence" and _unarmed_presence(obj):
        return True
    if act.lemma_.lower() == "damage" and obj is not None and obj.lemma_.lower() in INTANGIBLE_DAMAGE:
        return True
    if pattern_id == "take.over.v":
        return obj is None and any(c.dep_ == "prep" and c.lower_ in SUCCESSION_PREPS and not _time_phrase(c)
                                   for c in act.children)
    if pattern_id == "shut.down.v":
        return obj is None
    if pattern_id == "build.up.v":
        return obj is not None and obj.lemma_.lower() not in MILITARY_BUILD_UP
    return False
