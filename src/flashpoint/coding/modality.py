"""Realis of a coded act: asserted, negated, hypothetical or future.

The modality belongs to the act that is coded, not to the sentence that reports it. Starting
at the trigger, the clause chain is walked up towards the sentence root:

- reported speech ("X said that Y rejected Z") is transparent: the rejection is asserted; a
  trailing attribution the parser hung below the act ("..., the WFP said" as a conjunct,
  "according to X") is found by ``attribution.trailing_attribution``;
- a negation on the trigger (or its light verb) makes it ``negated``, and so does a copular
  clause that rules the act out ("a strike is out of the question", ``rules_out``), and so
  does "without" or "free of" before an event noun ("a weekend free of protests");
- a modal of possibility (would, could, might, may) or of ability ("hackers can take over
  your PC"), a conditional clause (if, unless, whether), a question, a governing word of
  fear, warning, doubt or possibility ("fears that Putin intends to invade"), a noun of
  allegation ("denied the accusation that its troops shelled the city"), a present or
  infinitive verb of permission ("the game lets players attack villages", "allows police to
  detain"), an authorisation ("authorised troops to attack"), or a free-choice doer or
  patient ("anyone who ... is jailed") makes it ``hypothetical``;
- a modal of ability under negation ("cannot attack", "could not arrest them") makes it
  ``negated``: the act did not or cannot happen; a past ability with a restricted count
  ("police could arrest only two of them") tells what was done, ``asserted``;
- a past permission ("allowed the convoy to enter", "let the protesters march") is
  implicative: the permitted act happened as far as the report goes, and the walk goes on
  (``permission_realis``); a negated one ("did not allow them to enter") makes it
  ``negated``;
- a prevention decides by its outcome (``prevention.py``): "could not stop the mob from
  storming the station" asserts the storming, "prevented an attack" negates the attack, "closed
  the road to prevent protesters from marching" is ``hypothetical``; an event noun that is the
  subject of a "would" prediction ("a general strike would cripple the country, the union
  said") is ``hypothetical`` (``consequences.py``); so is an act in a headline question
  without its mark ("Will Russia invade Ukraine"), in "fears ... of" ("Fears grow of an attack
  on Kyiv") and under a present "able" or "capable of" (a capacity); what evidence
  "suggests" was done in the past is reported, as under a verb of saying;
- ``will``/``shall``/``going to`` or a governing word of intent or plan makes it ``future``;
- ``must``/``should``, "needs to" and "has to" (not the past "had to") make it an
  obligation: said by someone, that speaker's demand (``Realis.obligation``), else
  ``hypothetical``.

Hypothetical wins over negated, negated over future. Relative clauses stop the walk: their
modality is their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from flashpoint.actors.quotes import quote_at, quotes
from flashpoint.coding.ability import (
    ABILITY_MODALS, FUTURE_MODALS, OBLIGATION_MODALS, POSSIBILITY_MODALS, ability_realis,
    aux_words as _aux_lemmas, capacity_realis, is_negated as _is_negated, permission_realis,
)
from flashpoint.coding.attribution import trailing_attribution
from flashpoint.coding.consequences import predicted_consequence
from flashpoint.coding.prevention import preventer, prevention_realis
from flashpoint.coding.ruling_out import (
    CLAUSE_SUBJECT_DEPS, declined_ruling_out, not_ruled_out as _not_ruled_out, ruled_out_object, rules_out,
)
from flashpoint.coding.steps import MEASURE_NOUNS, measure_taker, no_steps
from flashpoint.types import Modality

#: Verbs of necessity whose infinitive complement is an obligation, as under "must": "needs to
#: withdraw", "has to withdraw" assert no withdrawal.
NECESSITY_HEADS = frozenset({"need", "have"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
#: Governing verbs, nouns and adjectives under which an act is only feared, supposed or possible.
HYPOTHETICAL_HEADS = frozenset({
    "fear", "worry", "warn", "warning", "spectre", "specter", "suspect", "speculate", "predict", "doubt", "wonder", "question",
    "believe", "think", "suggest", "rumor", "rumour", "allege", "imagine", "assume", "guess",
    "concern", "possibility", "risk", "prospect", "speculation", "danger", "threat", "scenario",
    "possible", "likely", "unlikely", "unclear", "uncertain", "afraid", "unsure", "ask",
    "whether", "consider", "mull", "weigh", "discuss", "debate", "hypothetical", "potential",
    # prevention: "designed to prevent clashes" asserts no clash
    "prevent", "avoid", "avert", "deter", "forestall", "preclude", "thwart",
    # denial: "police denied that any arrest was made" asserts no arrest
    "deny", "refute", "rebut",
})
#: Adjectives of difficulty: "the militias are difficult to suppress", "it will be impossible to
#: invade the island" tell of no suppression and no invasion.
DIFFICULTY_HEADS = frozenset({"difficult", "hard", "impossible", "tough", "tricky"})
#: Verbs of permission: "allows police to detain" states a rule, asserts no detention; in the
#: past the permitted act happened ("allowed the convoy to enter"), see ``permission_realis``.
PERMISSION_HEADS = frozenset({"allow", "permit", "authorize", "authorise", "let", "enable"})
#: Nouns of "in the event of", "in case of": what follows is a contingency, not an act.
PROVISO_NOUNS = frozenset({"event", "case"})
#: Words whose "of" phrase names what is not there: "free of protests", "the absence of attacks".
ABSENCE_HEADS = frozenset({"free", "absence", "lack", "devoid"})
#: Free-choice pronouns: an act done by or to "anyone" states a rule, not an event ("anyone
#: who breaks the curfew is jailed", "whoever attacks us will regret it").
FREE_CHOICE = frozenset({"anyone", "anybody", "whoever", "whomever"})
#: "not able to", "unable to", "incapable of": the complement did not happen.
ABILITY_HEADS = frozenset({"able", "unable", "incapable"})
#: Governing words that put the act in the future without asserting it happened.
FUTURE_HEADS = frozenset({
    "intend", "plan", "want", "seek", "aim", "hope", "prepare", "expect", "wish",
    "schedule", "set", "plot", "intention", "ready", "willing",
    "prepared", "eager", "determined", "due", "poised", "poise", "slate", "about", "going",
})
#: Governing verbs whose complement clause with a subject of its own is a wish about others,
#: not a plan: "Kigali hopes that Paris will apologise" (but "hopes to meet" is a plan, future).
WISH_HEADS = frozenset({"hope", "wish"})
#: Subjects of a hoped-for clause taken as the hoper itself ("hoped it would sign").
SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
#: Modifiers of an event noun that make it possible, feared or alleged rather than done.
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "likely", "feared", "alleged",
                                    "suspected", "hypothetical", "threatened", "rumoured",
                                    "rumored", "prospective", "eventual", "looming"})
FUTURE_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled",
                              "expected", "imminent", "intended", "impending", "next"})
#: Speech and report verbs: transparent for modality.
SPEECH_HEADS = frozenset({
    "say", "tell", "state", "announce", "report", "add", "claim", "confirm", "declare", "note",
    "insist", "explain", "write", "tweet", "stress", "reiterate", "acknowledge", "admit",
    "show", "indicate", "reveal", "recall", "know", "see", "learn", "conclude", "argue",
    "maintain", "assert", "demand", "tell",
})
STOP_DEPS = frozenset({"relcl", "acl"})
#: Governing verbs whose complement did not happen: "failed to meet" (a failed agreement is a 127).
FAILURE_HEADS = frozenset({"fail", "neglect"})
#: Verbs whose complement happened when they did: "persuaded them to march" (they marched),
#: so a failure to persuade is a failure of the complement too.
IMPLICATIVE_HEADS = frozenset({"persuade", "convince", "manage", "get", "force", "compel"})
#: Nouns whose clause states what is demanded, proposed or offered, not what happened.
CONTENT_NOUNS = frozenset({
    "demand", "call", "proposal", "request", "offer", "plan", "appeal", "ultimatum", "order",
    "proposition", "idea", "suggestion", "insistence", "bid", "promise", "pledge", "vow",
    "hope", "wish", "condition",
    # purpose and possibility: "a pretext to launch strikes", "an attempt to seize the city"
    "pretext", "excuse", "reason", "chance", "opportunity", "attempt", "effort", "ability",
    "right", "need", "way", "permission", "authority", "capacity", "readiness", "willingness",
    "decision", "determination", "mandate", "authorization", "authorisation", "license", "licence",
})
#: Nouns whose clause is only alleged: "denied Ukraine's accusation that its troops shelled
#: the city" asserts no shelling (the verbs "claim" and "charge" are told apart in allegations.py).
ALLEGATION_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "contention", "insinuation"})


def _own_subject(clause) -> bool:
    """True when a complement clause's subject is a pronoun, taken as the hoper itself
    ("Kenya hoped it would meet Uganda" is a plan of Kenya's own)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_PRONOUNS for c in clause.children)


def _complement_of(trigger, light_verb, verb) -> bool:
    """True when the act (its trigger or light verb) is the infinitive complement of ``verb``."""
    act = light_verb if light_verb is not None else trigger
    return act.dep_ == "xcomp" and act.head.i == verb.i


#: Verbs of evidence: what they point to in the past is reported as done ("evidence suggests
#: that police used force"); a proposal or a possibility under them is not ("suggested that
#: talks resume", "suggests Iran could attack").
EVIDENTIAL_HEADS = frozenset({"suggest"})
#: Prepositions by which a question names its topic ("a question regarding the sanctions").
TOPIC_PREPS = frozenset({"regarding", "about", "concerning", "on", "over"})


def _evidenced(tok, head) -> bool:
    """True when ``head``, a word of :data:`HYPOTHETICAL_HEADS`, does not make ``tok``'s act
    only supposed: a verb of evidence over a past clause ("reports suggest militants threw a
    grenade"), or a question that names its topic ("answering a question regarding the new
    sanctions")."""
    lemma = head.lemma_.lower()
    if lemma in EVIDENTIAL_HEADS and head.pos_ == "VERB" and tok.dep_ == "ccomp" and not _is_negated(head):
        return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and bool(_aux_lemmas(tok) & {"had", "has", "have"}))
    return lemma == "question" and head.pos_ == "NOUN" and tok.dep_ == "prep" and tok.lower_ in TOPIC_PREPS


#: Auxiliaries that open a yes-no question when they come before the subject ("Will Russia invade").
QUESTION_AUXES = frozenset({"will", "would", "could", "can", "should", "shall", "may", "might", "did", "does", "do"})


def _inverted_question(sent) -> bool:
    """True for a question without its question mark, as headlines write them: the sentence
    opens with an auxiliary before the subject of its verb ("Will Russia invade Ukraine",
    "Could China attack Taiwan")."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in QUESTION_AUXES or first.dep_ != "aux":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in first.head.children)


def _absent(tok) -> bool:
    """True for an event noun named as missing: "a day without protests", "a weekend free of
    strikes" (:data:`ABSENCE_HEADS`)."""
    return tok.dep_ == "pobj" and (tok.head.lower_ == "without" or (
        tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ABSENCE_HEADS))


@dataclass(frozen=True, slots=True)
class Realis:
    """Modality of an act plus what a coder needs to recode statements of intent.

    ``speech`` is the speech verb ("said", "announced") whose reported clause states the act
    with a plain future auxiliary (will, shall, going to, or a reported "would"); None when
    the act is not such a reported future. ``future_aux`` says a future auxiliary sits on
    the act's own clause ("will not accept").
    """

    modality: Modality
    speech: object = None
    future_aux: bool = False
    obligation: object = None       # the speech verb of "X said Y must do Z"
    unless: bool = False            # the stated act is conditioned by "unless"


def modality_of(trigger, light_verb=None) -> Modality:
    """Modality of the act carried by spaCy token ``trigger``.

    Args:
        trigger: the verb or event noun that carries the coded act.
        light_verb: for a noun trigger, the verb it is the object of ("held talks"), whose
            negation and auxiliaries count as the act's own.
    """
    return realis(trigger, light_verb).modality


def _to_infinitive(verb) -> bool:
    """True for a verb with the infinitive marker: "to suppress"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _planned_predicate(verb) -> bool:
    """True for a predicate in the present that puts its subject ahead: a verb or adjective of
    plan with a "to" complement ("are expected to resume", "is set to take place", "are due to
    begin") or "due" with no "to" phrase ("the meeting is due on Tuesday"); "the talks were set
    up" is no plan, "the offensive was due to the attack" a cause."""
    if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return False   # "the offensive was expected to take Kyiv": told after the fact
    cues = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    for cue in cues:
        lemma = cue.lemma_.lower()
        if lemma not in FUTURE_HEADS or any(c.dep_ == "prt" for c in cue.children):
            continue
        if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in cue.children):
            return True
        if lemma == "due" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children):
            return True   # "due on Tuesday"; "due to the attack" is a cause
    return False


def realis(trigger, light_verb=None, stance: bool = False) -> Realis:
    """Modality of the act carried by ``trigger``, with the reported-future details.

    ``stance`` says the act is the trigger's own negated or declined "rule out" (a threat by
    keeping force open, ``governors._kept_open``): the negation and the modals on the trigger
    are part of that act ("would not rule out a strike" is a threat made now). Otherwise a
    declined "rule out" is negated ("refused to rule out talks" rejects nothing).
    """
    negated = not stance and (_is_negated(trigger) or _absent(trigger) or declined_ruling_out(trigger) or (
        light_verb is not None and _is_negated(light_verb)))
    future = False
    future_aux = False
    modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("amod", "compound")}
    if modifiers & HYPOTHETICAL_MODIFIERS:
        return Realis(Modality.HYPOTHETICAL)   # "a possible war", "the alleged attack"
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in FREE_CHOICE for c in trigger.children):
        return Realis(Modality.HYPOTHETICAL)   # "anyone who uses force is jailed": a rule
    if _not_ruled_out(trigger):
        return Realis(Modality.HYPOTHETICAL)   # "an attack on Iran cannot be ruled out": possible
    if predicted_consequence(trigger):
        return Realis(Modality.HYPOTHETICAL)   # "a general strike would cripple the country"
    if modifiers & FUTURE_MODIFIERS:
        future = True                          # "the planned deployment"
    would = False
    must = False
    unless = False
    speech = None
    own_clause = True          # still inside the act's own clause (or a speech complement of it)
    clausal = True             # reached through clauses and objects only, no phrase around them
    hypothetical = trigger.sent.text.rstrip().rstrip("\"'”’ ").endswith("?") or _inverted_question(trigger.sent)
    tok = trigger
    steps = 0
    skip_aux = trigger.i if stance else -1   # a token whose negation and modals are spent
    while steps < 40:
        steps += 1
        auxes = _aux_lemmas(tok) if tok.i != skip_aux else set()
        if own_clause and light_verb is not None and tok.i == trigger.i:
            auxes |= _aux_lemmas(light_verb)
        if own_clause and auxes & OBLIGATION_MODALS:
            must = True     # "Sudan must return the helicopter": said by someone, a demand
        elif auxes & POSSIBILITY_MODALS:
            modals = auxes & POSSIBILITY_MODALS
            if own_clause and modals == {"would"}:
                would = True  # maybe a reported future ("said they would boycott")
            elif modals <= ABILITY_MODALS:
                able = ability_realis(tok, _is_negated(tok) or (tok.i == trigger.i and negated),
                                      tok.i != trigger.i and tok.lemma_.lower() in SPEECH_HEADS)
                if able is Modality.NEGATED and own_clause:
                    negated = True   # "cannot attack", "could not arrest them"
                elif able is Modality.HYPOTHETICAL or (able is not None and not own_clause):
                    hypothetical = True   # "hackers can take over your PC"
            else:
                hypothetical = True
        if auxes & FUTURE_MODALS or ("going" in auxes and tok.tag_ == "VB"):
            future = True
            future_aux = future_aux or own_clause
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
        if marks & CONDITIONAL_MARKS or (tok.dep_ == "advcl" and any(
                c.dep_ == "prep" and c.lower_ == "in" and c.i < tok.i and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in PROVISO_NOUNS for o in c.children) for c in tok.children)):
            hypothetical = True   # "if Russia attacks", "in case Russia attacks Poland"
        if own_clause and any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children)
                              for c in tok.children):
            unless = True
        if speech is None and tok.pos_ in ("VERB", "AUX"):
            trailing = trailing_attribution(tok)   # "..., the World Food Program said" misparsed
            if trailing is not None:
                speech = trailing.verb
        if tok.head.i == tok.i:
            break
        head = tok.head
        lemma = head.lemma_.lower()
        taker = measure_taker(tok)
        if taker is not None:
            # "took steps to lift the ban": as real as the steps; "took no steps to": not done
            negated = negated or no_steps(taker)
            own_clause, tok = False, taker
            continue
        blocker = preventer(tok)
        if blocker is not None:
            # "could not prevent the mob from storming": stormed; "prevented an attack": none
            prevented, top = prevention_realis(blocker)
            hypothetical = hypothetical or prevented is Modality.HYPOTHETICAL
            negated = negated or prevented is Modality.NEGATED
            own_clause, clausal, skip_aux, tok = False, False, blocker.i, top
            continue
        if (tok.dep_ in CLAUSE_SUBJECT_DEPS and rules_out(head)) or (tok.i == trigger.i and ruled_out_object(tok)):
            negated = True   # "a strike on Iran is out of the question", "ruled out sanctions": none
        if tok.i == trigger.i and tok.dep_ in CLAUSE_SUBJECT_DEPS and tok.pos_ in ("NOUN", "PROPN") and (
                _planned_predicate(head)):
            future = True   # "talks are due to resume", "the meeting is set to take place"
        if tok.dep_ in STOP_DEPS:
            # a clause on a noun: "demands that NATO withdraw" is the content of a demand
            if lemma in HYPOTHETICAL_HEADS or lemma in FUTURE_HEADS or lemma in CONTENT_NOUNS or (
                    head.pos_ == "NOUN" and lemma in ALLEGATION_NOUNS):
                hypothetical = True
            elif lemma in MEASURE_NOUNS and _to_infinitive(tok):
                future = True   # "took steps to seize the airport": force prepared, not used
            break
        if tok.dep_ in ("xcomp", "advcl") and (
                lemma in DIFFICULTY_HEADS or any(c.dep_ == "acomp" and c.lemma_.lower() in DIFFICULTY_HEADS
                                                 for c in head.children)) and _to_infinitive(tok):
            hypothetical = True   # "difficult to suppress", "found it hard to disperse the crowd"
            break
        if tok.dep_ == "advcl":
            # "as talks failed", "after they met": a circumstance stated in its own right;
            # but "sent troops to attack the town" states a purpose, not an attack, and "call
            # for them to be killed" what is called for
            if (tok.tag_ == "VB" or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children))) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                permitted = permission_realis(head) if clausal and lemma in PERMISSION_HEADS else False
                if permitted is None:
                    # "allowed the convoy to enter": the act is as real as the permission
                    own_clause, tok = False, head
                    continue
                future = True
                hypothetical = hypothetical or permitted is Modality.HYPOTHETICAL
                negated = negated or permitted is Modality.NEGATED
            break
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in HYPOTHETICAL_HEADS for c in head.children) \
                and (tok.dep_ in ("ccomp", "xcomp") or (tok.dep_ == "prep" and tok.lower_ == "of")):
            # "Fears rose that Putin intends to invade", "Fears grow of an attack on Kyiv"
            hypothetical = True
        if tok.dep_ == "prep" and tok.lower_ == "of" and lemma in PROVISO_NOUNS and head.head.lower_ == "in":
            hypothetical = True   # "troops on alert in the event of an attack": a contingency
        if own_clause and tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            if head.lower_ == "going" and head.tag_ == "VBG":
                future, future_aux = True, True   # "we are going to withdraw": the plain future
            elif lemma in NECESSITY_HEADS and head.pos_ in ("VERB", "AUX") and head.tag_ in ("VB", "VBZ", "VBP") and (
                    any(c.lower_ == "yet" for c in head.children)):
                negated = True   # "Hamas has yet to release the hostages": not done
            elif lemma in NECESSITY_HEADS and head.pos_ in ("VERB", "AUX") and head.tag_ in ("VB", "VBZ", "VBP"):
                must = True   # "Sudan needs to return the helicopter", "has to": as "must"
        if tok.i == trigger.i and light_verb is not None and head.i == light_verb.i and lemma in FUTURE_HEADS:
            future = True   # "are planning a protest": the light verb itself looks ahead
        if tok.i != trigger.i or light_verb is None or head.i != light_verb.i:
            if (lemma in HYPOTHETICAL_HEADS or head.lower_ in HYPOTHETICAL_HEADS) and not _evidenced(tok, head):
                hypothetical = True
            elif lemma in PERMISSION_HEADS and tok.dep_ in ("xcomp", "ccomp") and clausal:
                # "the law allows police to detain suspects": a rule, not done; "allowed the
                # convoy to enter": done as the permission was; but not "allowed him to speak
                # during the protest", a circumstance of the permitted act
                permitted = permission_realis(head)
                hypothetical = hypothetical or permitted is Modality.HYPOTHETICAL
                negated = negated or permitted is Modality.NEGATED
            elif lemma in WISH_HEADS and tok.dep_ == "ccomp" and not _own_subject(tok):
                hypothetical = True   # "hoped French officials would be indicted": a wish, no plan
            elif lemma in FUTURE_HEADS and tok.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp") and not (
                    lemma == "due" and tok.dep_ in ("prep", "pcomp") and tok.lower_ == "to"):   # "due to the attack": a cause
                future = True
            elif tok.dep_ in ("ccomp", "xcomp") and _is_negated(head) and lemma not in ("refuse",):
                # "I don't think they will attack"; "did not say that..." assert nothing
                hypothetical = True
            elif lemma in ABILITY_HEADS and tok.dep_ == "xcomp" and (
                    lemma != "able" or _is_negated(head) or _is_negated(head.head)):
                negated = True   # "have not been able to arrest", "unable to stop"
            elif (capacity := capacity_realis(tok, head)) is not None:
                # "hackers are able to take over the phone", "capable of attacking": a capacity
                hypothetical = hypothetical or capacity is Modality.HYPOTHETICAL
                negated = negated or capacity is Modality.NEGATED
            elif lemma in FAILURE_HEADS and tok.dep_ == "xcomp" and (
                    tok.i == trigger.i or (light_verb is not None and tok.i == light_verb.i)
                    or (tok.lemma_.lower() in IMPLICATIVE_HEADS and _complement_of(trigger, light_verb, tok))):
                negated = True   # "failed to meet", "failed to persuade them to stage a protest"
            elif lemma in SPEECH_HEADS and tok.dep_ in ("ccomp", "parataxis") and speech is None:
                speech = head
        clausal = clausal and tok.dep_ in ("xcomp", "ccomp", "conj", "dobj")
        if tok.dep_ in ("ccomp", "xcomp", "advcl", "parataxis", "conj") and not (
                speech is not None and head.i == speech.i):
            own_clause = False
        tok = head
    if speech is None and not hypothetical:
        quote = quote_at(quotes(trigger.doc), trigger.i)
        if quote is not None and quote.verb is not None:
            speech = trigger.doc[quote.verb]   # '"We are ready. We will strike," he said'
    if must and not hypothetical:
        if speech is not None:
            return Realis(Modality.ASSERTED, obligation=speech)
        hypothetical = True
    if would and not hypothetical:
        if speech is not None:
            future, future_aux = True, True   # reported "would" is the speaker's "will"
        elif not future:
            hypothetical = True   # under a plan or hope, "would" looks ahead: "hoped it would sign"
    if hypothetical:
        return Realis(Modality.HYPOTHETICAL)
    reported = speech if future_aux else None
    if negated:
        return Realis(Modality.NEGATED, reported, future_aux, unless=unless)
    if future:
        return Realis(Modality.FUTURE, reported, future_aux, unless=unless)
    return Realis(Modality.ASSERTED)
