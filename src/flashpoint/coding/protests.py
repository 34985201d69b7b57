"""Protests (CAMEO root 14) told without a named doer, and protest words in other senses.

News often tells of a protest through its noun alone: "a protest was held outside parliament",
"the strike at the mine will continue", "during the march". CAMEO coders still code such a
protest, with no source, as flashpoint codes an agentless arrest; and people whom the
dictionary cannot name ("they took to the streets", "taxi operators marched") still protest.
Only words that name a protest in the sense at hand qualify: "a strike from 25 yards", "an air
strike", "a rally in shares", "a demonstration of the software", "a riot of colour" and "the
march of progress" do not. Protesters, rioters or a crowd of civilians damaging, wrecking or
setting fire to property riot (145, CAMEO's "demonstrations that turn violent").
People who blockade a road block it as a protest (144) even when the dictionary cannot name
them ("they blockaded the roads"); snow, fallen trees and a passive with no doer do not.
A protest noun that another act takes as its object ("police dispersed the march", "the
union called off the strike") is read in ``told_protests.py``.

Shapes: :func:`protest_sense`, :func:`unnamed_protest` and :func:`strike_from_work` take the
``Match`` and the spaCy token of its trigger; :func:`crowd_riot` a CAMEO code, the source
``ActorMention``s and the trigger token; :func:`crowd` one ``ActorMention``. All return a bool.
"""

from __future__ import annotations

from flashpoint.coding.argument_words import judging
from flashpoint.coding.crowd_doers import lone_doer, people_block
from flashpoint.coding.verbs import Match

PROTEST_ROOT = "14"
BLOCKING = "144"
LABOUR_STRIKE = "143"
RIOT = "145"
#: Acts that a crowd commits as a riot: damaging and destroying property ("angry residents
#: torched the councillor's house", "protesters ransacked the ministry"), CAMEO 171 and 1712.
CROWD_RIOT_CODES = frozenset({"171", "1712"})
#: Verbs and nouns of 171 that take property rather than damage it: a crowd seizing a
#: building occupies it, it does not riot.
SEIZING = frozenset({"seize", "seizure", "confiscate", "commandeer", "capture"})
#: Patterns of a siege or blockade (191) and of barred access (1245): laid by a crowd
#: ("villagers laid siege to the district office", "protesters blockaded the highway with
#: rocks", "residents blocked access to the dump"), it is a protest that blocks (144),
#: not a military blockade.
SIEGES = frozenset({"lay.siege.lv", "besiege.v", "siege.n", "blockade.v", "block.access.v"})
#: Sectors of groups that riot when they destroy property: protesters, civilians, students,
#: workers, farmers.
CROWD_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB", "AGR"})
#: How a crowd is named: a role noun ("rioters", "a mob"), alone or with its country ("Kenyan
#: protesters"); a group the dictionary names ("the MDC") is an organisation, not a crowd.
CROWD_HOWS = frozenset({"role", "demonym", "coreference"})
#: Event nouns (lemmas) that name a protest, strike, boycott or riot when told with no doer;
#: "in" is the head of "sit-in".
UNNAMED_PROTEST_NOUNS = frozenset({
    "protest", "demonstration", "rally", "march", "sit", "in", "strike", "riot", "unrest", "walkout",
    "boycott", "picket", "uprising", "bandh", "hartal", "stayaway", "stoppage", "dharna", "gherao", "roko",
    "rampage", "agitation", "stir", "violence", "morcha", "jam",
})
#: Verbs (lemmas) whose root-14 sense is a protest whoever is the subject; "march", "rally"
#: and "demonstrate" need a subject that may be people ("shares rallied", "troops marched").
PROTEST_VERBS = frozenset({"protest", "picket", "riot", "rampage", "boycott", "gherao", "gheraoe"})
PEOPLE_VERBS = frozenset({"march", "rally", "demonstrate"})
#: People who strike from work: "striking miners" (the cameo_verbs.tsv lines of "striking").
STRIKERS = frozenset({"worker", "miner", "mineworker", "employee", "teacher", "nurse", "doctor", "driver", "staff",
                      "member", "student", "pilot", "docker", "labourer"})
#: Verbs of "on strike": "went on strike", "are on strike", "remain on strike".
ON_STRIKE_VERBS = frozenset({"go", "be", "remain", "stay"})
#: Prepositions that aim a "strike" at something: "struck at the base", "struck into Iraq".
AIMED_PREPS = frozenset({"at", "on", "against", "into", "in", "near", "inside", "across"})
#: Words of a labour dispute: a bare "strike" beside one of them is a strike from work.
LABOUR_CUES = frozenset({
    "worker", "union", "unionist", "employee", "employer", "staff", "wage", "pay", "salary", "labour",
    "labor", "miner", "mineworker", "teacher", "nurse", "doctor", "driver", "bargaining", "dispute",
    "picket", "walkout", "management", "overtime", "bonus", "job", "dismissal", "striker", "mine",
    "factory", "plant", "industrial", "unprotected", "illegal", "wildcat", "indefinite", "member",
    "commuter", "action",
})
#: Words that make a "strike" an attack or a shot at goal, not a walkout.
ARMED_CUES = frozenset({
    "air", "airstrike", "missile", "drone", "bomb", "bombing", "rocket", "jet", "aircraft", "warplane",
    "military", "army", "troop", "nuclear", "artillery", "target", "pre-emptive", "preemptive",
    "surgical", "retaliatory", "lightning", "pound", "shell", "shelling", "bombard", "bombardment", "kill",
    "killed", "airstrikes", "raid",
    "goal", "yard", "shot", "ball", "right-footed", "left-footed", "header", "keeper", "goalkeeper", "net",
    "match", "game", "player", "team", "season",
})
#: Labour words that make every bare "strike" of an article a strike from work when the
#: article has no word of arms or sport: "the strike is on" in a story of miners and wages.
ARTICLE_LABOUR_CUES = frozenset({"union", "unionist", "worker", "striker", "wage", "employee", "employer", "salary",
                                 "miner", "mineworker", "picket", "walkout", "bargaining"})
#: Verbs and spans of a strike that lasts: "the strike entered its third day".
LASTING_VERBS = frozenset({"enter", "continue", "go", "drag", "stretch", "last"})
STRIKE_SPANS = frozenset({"day", "week", "month", "year"})
#: Parts of speech whose words count as labour cues ("pay" the noun, not "paid off").
CUE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Nouns that name a group which marches or rallies as one ("the party will march").
COLLECTIVES = frozenset({"party", "union", "community", "group", "crowd", "movement", "federation",
                         "congress", "alliance", "coalition", "association", "organisation", "organization",
                         "league", "committee", "front", "council", "opposition", "public"})
#: Words that make a "rally" a market's: "oil prices extended their rally", "a rally in shares".
MARKET_WORDS = frozenset({
    "share", "stock", "market", "price", "bond", "equity", "currency", "dollar", "euro", "yen", "sterling",
    "oil", "commodity", "index", "investor", "trader", "sector", "nasdaq", "dow", "ftse",
    "trading", "pullback", "sensex", "nikkei",
})
#: Verbs that take a market's or a team's "rally" as their object: "Wall Street mounted a rally".
RALLY_SCORING_VERBS = frozenset({"post", "stage", "mount", "extend", "spark", "fuel"})
#: Modifiers that make a "rally" a market's or a team's: "a relief rally", "a late rally".
RALLY_MODIFIERS = MARKET_WORDS | frozenset({"relief", "late", "comeback", "year-end", "second-half"})
#: Words that make a "rally" a game's: "long rallies of 37 strokes", "rallied to beat Phoenix".
GAME_WORDS = frozenset({"stroke", "serve", "volley", "champion", "player", "tennis", "match", "game", "score",
                        "goal", "team", "beat", "season", "coach", "seed", "seeded"})
#: Words that make a "march" a team's run at a prize: "their march to the title".
PRIZE_WORDS = frozenset({"title", "final", "championship", "cup", "trophy", "league", "medal", "season",
                         "unbeaten", "semi-final", "knockout"})
#: Objects of "march of", "march to" that make a march a figure of speech: "the march of time".
FIGURATIVE_MARCH = PRIZE_WORDS | frozenset({"progress", "time", "history", "technology", "science",
                                            "victory", "glory", "top", "success"})
#: Modifiers of a procession that is a celebration or a rite, not a protest march.
FESTIVE = frozenset({"festival", "religious", "wedding", "funeral", "victory", "immersion", "holi", "eid", "muharram",
                     "tazia", "rath", "durga", "ganesh", "ganpati", "christmas", "easter", "carnival", "bridal"})
#: People who walk in a rite or a celebration, and purposes of one ("to mark Muharram").
CELEBRANTS = frozenset({"devotee", "pilgrim", "mourner", "worshipper", "fan", "believer", "faithful"})
RITE_PURPOSES = frozenset({"mark", "celebrate", "commemorate", "observe", "honour", "honor", "welcome", "bury",
                           "immerse", "worship", "pray", "mourn"})
#: Subject lemmas that cannot march or rally as people do.
NON_HUMAN_SUBJECTS = MARKET_WORDS | frozenset({"it", "this", "that", "which", "team", "side", "club"})
#: Objects of "protest" that are one's own claim, not a protest: "protested his innocence".
OWN_CLAIMS = frozenset({"innocence", "ignorance"})
#: Relative pronouns that stand for the noun their clause hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "that"})
#: Deps of a noun that modifies another noun ("riot police", "protest leaders").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Prepositions that make a noun the subject matter of another ("a summit on the unrest").
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
#: Nouns whose "on"/"about" phrase is a topic ("a report on the strike"), unlike "a crackdown
#: on the protests" or "an attack on the march".
DISCUSSION_NOUNS = frozenset({"report", "summit", "talk", "meeting", "debate", "question", "statement", "comment",
                              "article", "story", "inquiry", "conference", "discussion", "briefing", "hearing",
                              "book", "film", "documentary", "study", "survey", "speech", "remark", "view"})
#: Verbs whose "on"/"about" phrase is a topic ("attend a summit on the unrest"), unlike
#: "cracked down on the protest" or "fired on the march".
DISCUSSION_VERBS = frozenset({"talk", "speak", "attend", "meet", "comment", "report", "write", "focus",
                              "debate", "testify", "brief", "confer", "consult", "negotiate", "agree"})


def protest_sense(match: Match, tok) -> bool:
    """False when a root-14 trigger is used in another sense: a bare "strike" with no
    labour words around it (or with arms or sport words), a market or sport "rally", "a
    demonstration of" a product, "demonstrated its resolve", "a riot of" colour, "ran
    riot", "the march of progress", the month of March."""
    lemma = tok.lemma_.lower()
    if match.pattern.code[:2] != PROTEST_ROOT:
        # "striking miners": the participle tells the miners' walkout, not an attack by them
        return not (lemma == "strike" and tok.dep_ == "amod" and tok.head.lemma_.lower() in STRIKERS)
    pobjs = {(p.lower_, o.lemma_.lower()) for p in tok.children if p.dep_ == "prep"
             for o in p.children if o.dep_ == "pobj"}
    if match.pattern.pos == "N":
        if lemma == "march" and tok.text in ("March", "MARCH"):
            return False   # the month
        if lemma in ("rally", "march") and ((tok.pos_ == "PROPN" and tok.text[:1].isupper()) or (
                tok.dep_ == "pobj" and tok.head.lower_ == "on")):
            return False   # a name ("Colin McRae Rally"; a lower-case "march" is none), "robots on the march"
        if lemma == "march" and any(c.dep_ == "prep" and c.lower_ == "on"
                                    and not any(o.dep_ == "pobj" for o in c.children) for c in tok.children):
            return False   # "Nadal marches on": goes on winning
        if lemma == "strike" and not match.pattern.constraints:
            return _labour_strike(tok)
        raised = tok.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" for c in tok.head.children)
        if any(c.dep_ == "amod" and c.lower_ == "striking" for c in tok.children) and (
                tok.dep_ in ("dobj", "nsubjpass") and not raised):
            return False   # "police shot dead 34 striking miners": told of the miners, not the strike;
            # "striking nurses are expected to return to work" still tells the strike
        words = {t.lemma_.lower() for t in tok.sent}
        if lemma == "rally":
            mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in RALLY_SCORING_VERBS and (
                    "wall street" in tok.sent.text.lower()):
                return False   # "Wall Street mounted a rally after the figures"
            return not (mods & RALLY_MODIFIERS or words & (MARKET_WORDS | GAME_WORDS))
        if lemma in ("demonstration", "riot", "march") and any(p == "of" for p, _ in pobjs):
            return False   # "a demonstration of the phone", "a riot of colour", "the march of time"
        if lemma == "march" and ({o for _, o in pobjs} & FIGURATIVE_MARCH or words & PRIZE_WORDS):
            return False
        if lemma == "riot" and tok.head.lemma_.lower() == "run":
            return False   # "the visitors ran riot"
        return True
    if lemma == "take" and _festive_procession(tok):
        return False   # "the festival procession was taken out", "devotees took out a procession to mark Muharram"
    if lemma == "walk" and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return False   # "the manager walked out on the club": left it
    if lemma == "rally" and {t.lemma_.lower() for t in tok.sent} & (MARKET_WORDS | GAME_WORDS):
        return False
    if lemma in ("rally", "march"):
        return not any(c.dep_ == "nsubj" and c.lemma_.lower() in NON_HUMAN_SUBJECTS for c in tok.children)
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in tok.children):
        return False   # "the victory demonstrated the role of sport": showed, not protested
    if lemma == "demonstrate" and _object_relative(tok):
        return False   # "the loyalty our members demonstrated": the noun is what was shown
    if lemma == "protest" and any(c.dep_ == "dobj" and c.lemma_.lower() in OWN_CLAIMS for c in tok.children):
        return False   # "he protested his innocence"
    if lemma == "call" and (any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.children) or judging(tok)):
        return False   # "the minister called the strike illegal": a judgment on it, not calling it
    if lemma == "call" and {w for t in tok.sent for w in (t.lemma_.lower(), t.lower_)} & ARMED_CUES:
        return False   # "the umpire called a strike", "called an air strike"
    return True


def unnamed_protest(match: Match, tok) -> bool:
    """True for a root-14 act that may be coded with no source: a protest noun that is not a
    modifier of another noun ("a protest was held", "during the strike"; not "riot police"),
    or a protest verb whose subject names no actor the dictionary knows ("they took to the
    streets", "taxi operators marched", "arrested while protesting"). A bare protest verb
    needs a subject that may be a crowd ("shares rallied" and "the defence protested" do
    not); blocking without a doer ("the road was blocked") may be snow's doing."""
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False   # "the right to protest", "its plans to strike": no protest told
    if strike_from_work(match, tok):
        return True
    if match.pattern.code[:2] != PROTEST_ROOT or not protest_sense(match, tok):
        return False
    if match.pattern.pos == "N":
        if match.pattern.code.startswith(RIOT) and lone_doer(tok):
            return False   # "the gunman's rampage", "a shooting rampage": no crowd
        return (tok.lemma_.lower() in UNNAMED_PROTEST_NOUNS and tok.dep_ not in MODIFIER_DEPS
                and not _topic(tok))
    if match.pattern.code.startswith(BLOCKING):
        # "it can be used to block traffic", "the road was blocked": maybe no protest; "they
        # blockaded the roads", "youths tried to barricade the bridge": people block it
        return people_block(tok)
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return bool(match.pattern.constraints)
    lemma = tok.lemma_.lower()
    if lemma == "walk":
        return _labour_strike(tok)   # "staff walked out"; not "walked out slamming doors"
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if match.pattern.code.startswith(RIOT) and lone_doer(tok):
        return False   # "he shouted at reporters, even trying to hurl a chair": no crowd
    if match.pattern.constraints or (not subjects and gathering_for_protest(tok) is not None):
        return True   # "were outside parliament on Sunday to protest"
    if lemma not in PEOPLE_VERBS | PROTEST_VERBS:
        return False
    if not subjects and tok.dep_ == "xcomp":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]   # "hundreds prepared to march"
    if not subjects:
        return lemma in PROTEST_VERBS and tok.tag_ == "VBG"   # "arrested while protesting"
    return all(_people(s) for s in subjects)


def _topic(tok) -> bool:
    """True for a protest noun that is what something is about, not a protest told: "a report
    about the strike", "questions over the riots", "will attend a summit on the unrest"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in TOPIC_PREPS:
        return False
    owner = tok.head.head.lemma_.lower()
    return owner in DISCUSSION_NOUNS or owner in DISCUSSION_VERBS


def _people(subject) -> bool:
    """A subject that may be a protesting crowd: a plural noun or pronoun, a number, or a
    collective ("the party will march"); not a lone person ("the defence protested")."""
    lemma = subject.lemma_.lower()
    if lemma in NON_HUMAN_SUBJECTS:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("they", "we", "who")
    return subject.tag_ in ("NNS", "NNPS", "CD") or subject.pos_ == "NUM" or lemma in COLLECTIVES


def strike_from_work(match: Match, tok) -> bool:
    """True for the verb "strike" with no object or aim, beside words of a labour dispute:
    "the nurses are striking over pay", "while they were striking"; not "the missile struck"."""
    if match.pattern.pos != "V" or tok.lemma_.lower() != "strike" or match.pattern.code[:2] == PROTEST_ROOT:
        return False
    if tok.dep_ == "amod":
        return False   # "striking workers" is coded on the workers (cameo_verbs.tsv)
    if tok.lower_ == "striking" and tok.i == tok.sent.start and any(
            c.dep_ == "dobj" and c.lemma_.lower() in STRIKERS for c in tok.children):
        return True   # "Striking miners waited...": the adjective read as a verb at the start
    if any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in AIMED_PREPS) for c in tok.children):
        return False
    return _labour_strike(tok)


def _labour_strike(tok) -> bool:
    """A bare "strike" noun is a strike from work when its sentence has labour words and
    no words of arms or sport: "the strike at the mine", "the strike by bus drivers"; when it
    lasts for days ("the strike entered its third day"); or, with no cue in its sentence,
    when its article has labour words and none of arms or sport (one sense per article)."""
    words = {w for t in tok.sent for w in (t.lemma_.lower(), t.lower_)}
    if words & ARMED_CUES:
        return False
    words = {w for t in tok.sent if t.pos_ in CUE_POS for w in (t.lemma_.lower(), t.lower_)}
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in ON_STRIKE_VERBS:
        return True   # "the nurses are on strike"
    if words & LABOUR_CUES:
        return True
    said = {w for t in tok.sent for w in (t.lemma_.lower(), t.lower_)}
    before = {w for t in tok.doc[max(0, tok.sent.start - 40):tok.sent.start] for w in (t.lemma_.lower(), t.lower_)}
    if _lasting(tok) and not (said | before) & ARMED_CUES:
        return True   # "the strike entered its third day"; not air strikes told just before
    article = {w for t in tok.doc for w in (t.lemma_.lower(), t.lower_)}
    if tok.pos_ != "NOUN":
        return False   # "being struck by an object": only a noun takes its article's sense
    # one sense per article: "the strike is on" in a story of unions and wages, and no arms
    return not article & ARMED_CUES and bool(article & ARTICLE_LABOUR_CUES)


def _lasting(tok) -> bool:
    """A "strike" that goes on for days: "the strike entered its third day", "the strike
    continued into a second week"; an air strike is over in a moment."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in LASTING_VERBS:
        return False
    spans = [c for c in tok.head.children if c.dep_ == "dobj"]
    if not spans and tok.tag_ == "NN" and tok.head.lemma_.lower() == "continue" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True   # "the strike at the cement works will continue"
    spans += [o for p in tok.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in STRIKE_SPANS for o in spans)


def _object_relative(tok) -> bool:
    """A relative clause whose own subject is given, so the noun it hangs on is its object:
    "the loyalty [our members demonstrated]"; not "students who demonstrated" nor
    "the square where students demonstrated"."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.lower_ in ("where", "when", "why") or (c.dep_ == "prep" and any(
            o.lower_ in ("which", "whom") for o in c.children)) for c in tok.children):
        return False   # "the square where (in which) students demonstrated"
    return any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in tok.children)


def relative_crowd(verb, finder) -> list:
    """The actors of the noun a relative clause of protest hangs on: "state workers who have
    rallied outside the ministry" -> the workers; [] when ``verb`` is no such clause.
    ``finder`` is the article's ``ArgumentFinder``."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return []
    return finder.actors(verb.head)


def crowd_riot(code: str, sources, act=None) -> bool:
    """True when damage to property (``CROWD_RIOT_CODES``) is done by crowds only:
    "residents torched a house", "Kenyan protesters ransacked the ministry" are riots (145),
    not an armed attack. ``sources`` are ``ActorMention``s; a country, a named organisation or
    an armed source (rebels, troops) rules it out; ``act`` (the trigger token) rules out
    seizing ("protesters seized the building")."""
    if code not in CROWD_RIOT_CODES or not sources:
        return False
    if act is not None and act.lemma_.lower() in SEIZING:
        return False
    return all(crowd(m) for m in sources)


def crowd(m) -> bool:
    """True for an ``ActorMention`` of protesters, rioters or civilians named by a role noun
    (with or without their country): the people who riot, not a state or an armed group."""
    return bool(m.actor.sectors) and set(m.actor.sectors) <= CROWD_SECTORS and m.how in CROWD_HOWS


#: Verbs of coming together whose purpose clause is the protest itself: "gathered outside
#: parliament to protest", "marched to the ministry to demonstrate"; and of defying a ban or the
#: weather to do it: "defied a police ban to take to the streets", "braved the rain to march".
GATHERING_VERBS = frozenset({"gather", "assemble", "march", "come", "converge", "rally", "mass", "descend",
                             "flock", "throng", "congregate", "turn", "walk", "travel", "stand", "sit", "camp",
                             "line", "be", "defy", "brave"})


def gathering_for_protest(tok):
    """The verb of coming together whose purpose clause ``tok`` (a protest verb) is, or None:
    "teachers [gathered] in Nairobi on Monday to protest against low pay" tells a protest held
    when and as the gathering is told (its realis and date), not a planned one."""
    if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in GATHERING_VERBS else None


#: Prepositions that name what a protest is against or about.
GRIEVANCE_PREPS = frozenset({"against", "over", "about"})


def grievance(match, tok) -> bool:
    """True for an act noun of force (roots 17-20) that is what a protest is against: "marched
    against police brutality", "a rally over the killings", "protests against the war"; the
    protest is coded, its grievance is no event of its own here."""
    if match.pattern.pos != "N" or int(match.pattern.code[:2]) < 17:
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in GRIEVANCE_PREPS:
        return False
    holder = tok.head.head
    lemma = holder.lemma_.lower()
    return lemma in PROTEST_VERBS | PEOPLE_VERBS | UNNAMED_PROTEST_NOUNS | {"complain", "complaint", "outrage",
                                                                          "anger", "campaign"}


def _festive_procession(tok) -> bool:
    """True when "took out a procession" tells a rite or a celebration: a festive word on the
    procession or anywhere in the sentence, celebrants as its walkers ("devotees", "mourners"),
    or a purpose of rite ("to mark Muharram", "with the body of the slain militant" is a funeral)."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("procession", "yatra", "juloos")
               for c in tok.children):
        return False
    words = {t.lemma_.lower() for t in tok.sent}
    if words & FESTIVE or words & {"body", "coffin", "funeral", "idol", "deity"}:
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    if any(s.lemma_.lower() in CELEBRANTS for s in subjects):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in RITE_PURPOSES for c in tok.children)
