"""Acts governed by an actor's own statement of intent, threat, demand, appeal or refusal.

"Russia threatened to invade Ukraine" is an asserted threat (CAMEO 138), not an invasion;
"Moscow was willing to talk with NATO" an asserted intent to negotiate (036); "urged the
rebels to lay down arms" an appeal (02x); "refused to meet" a rejection (125). When a coded
act is the complement of such a governing word that no dictionary pattern consumed, the
act's code is mapped to the governing family by the table below (CAMEO 1.1b3 structure:
the 02x/03x/10x/12x/13x codes mirror the cooperative and conflictual roots), and the act is
carried by the governing token (its subject, modality and date).

Three more ways of governing an act: a dictionary line keyed only on the governed verb
("threaten" + xcomp:impose) gives way to the family's code of the governed act when that act
tells more ("threatened to impose a curfew" -> 1323, ``refined_by_content``); an act ruled out
("ruled out resigning", "lifting the sanctions is out of the question, officials said") is its
doer's or speaker's refusal (12x); force or sanctions one declines to rule out ("did not rule
out military action against Iraq", "refused to rule out sanctions") are one's own threat (13x);
and "warned that it would X" states the warner's threat.
"""

from __future__ import annotations

from flashpoint.coding import tables
from flashpoint.coding.modality import SELF_PRONOUNS, SPEECH_HEADS
from flashpoint.coding.ruling_out import CLAUSE_SUBJECT_DEPS, kept_open, ruled_out_object, rules_out

INTENT = frozenset({"intend", "plan", "pledge", "promise", "offer", "vow", "swear", "agree", "willing", "ready",
                    "prepared", "commit", "undertake", "volunteer", "eager", "determined"})
THREAT = frozenset({"threaten", "warn"})
DEMAND = frozenset({"demand", "insist", "require", "order", "ultimatum"})
APPEAL = frozenset({"urge", "appeal", "call", "ask", "request", "press", "encourage", "implore",
                    "invite", "beg", "exhort"})
REFUSE = frozenset({"refuse", "decline", "reject", "rule"})
#: Failing to reach an agreement is rejecting it (127); other failed acts are negated (see modality).
FAIL = frozenset({"fail"})
#: Getting ready for a violent act is a military posture (CAMEO 150), not the act itself:
#: "the army prepared to resume shelling", "troops stood poised to attack".
POSTURE = frozenset({"prepare", "poise", "poised", "gear", "brace"})
POSTURE_CODE = "150"
#: Aspect verbs seen through on the way to a posture word: "prepared to [resume] shelling".
ASPECT = frozenset({"resume", "continue", "start", "begin", "renew", "step"})
#: Orders that carry out a sanction or coercive measure (roots 16, 17) rather than demand it.
ORDER = frozenset({"order", "direct", "instruct"})
#: Wanting an act of one's own is intent; wanting another actor's act is a demand.
WANT = frozenset({"want", "wish", "expect"})

#: (family, code prefix of the governed act) -> CAMEO code; the longest matching prefix wins.
FAMILY_CODES: dict[str, dict[str, str]] = {
    "intent": {"0": "030", "03": "", "04": "036", "05": "032", "06": "031", "061": "0311",
               "062": "0312", "063": "0313", "064": "0314", "07": "033", "071": "0331",
               "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
               "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
               "057": "030", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
               "0834": "0344"},
    "threat": {"0": "130", "1": "130", "13": "", "14": "133", "16": "131", "161": "1313",
               "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136", "17": "137",
               "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
               "18": "1383", "19": "138",
               "191": "1381", "192": "1382", "190": "1384", "193": "1384", "194": "1384",
               "195": "1384", "20": "1385"},
    "demand": {"0": "100", "04": "108", "05": "102", "06": "101", "061": "1011", "062": "1012",
               "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032",
               "073": "1033", "074": "1034", "08": "105", "081": "1051", "082": "1052",
               "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
               "084": "1053", "085": "1054", "086": "1055", "087": "1056",
               "0871": "107", "0874": "106", "10": ""},
    "appeal": {"0": "020", "04": "026", "05": "022", "06": "021", "061": "0211", "062": "0212",
               "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232",
               "073": "0233", "074": "0234", "08": "025", "081": "0251", "082": "0252",
               "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
               "084": "0253", "085": "0254", "086": "0255", "087": "0256", "0871": "0256", "02": ""},
    "refuse": {"0": "120", "04": "125", "06": "121", "061": "1211", "062": "1212", "07": "122",
               "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124",
               "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
               "0833": "1233", "0834": "1234", "084": "1243", "085": "1244",
               "086": "1245", "087": "1246", "057": "127", "12": ""},
}
_COMPLEMENT_DEPS = ("xcomp", "ccomp")
#: Roots of the acts one can refuse by ruling them out (cooperation, concessions: 03-08).
_YIELDING_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: Auxiliaries by which a warning states the warner's own next act ("warned it would retaliate").
_WILL = frozenset({"will", "would", "'ll", "wo", "shall"})
#: Acts done to an area and its inhabitants (curfew, state of emergency, CAMEO 1723, 1724 and
#: their easing, 0813, 0814): their target is the place ("put Bangkok under curfew" -> THA).
AREA_CODES = ("1723", "1724", "0813", "0814")
#: Roots of statements about another act (appeal, intent, demand, rejection, threat).
_STATEMENT_ROOTS = frozenset({"02", "03", "10", "12", "13"})
#: Clauses on a consumed noun that state what it asks for: "rejected calls [to resign]".
_NOUN_CONTENT_DEPS = ("relcl", "acl")


def family_of(gov) -> str | None:
    """The governing family of a spaCy token, or None."""
    lemma = gov.lemma_.lower()
    if lemma in INTENT:
        return "intent"
    if lemma in THREAT:
        return "threat"
    if lemma in DEMAND:
        return "demand"
    if lemma in REFUSE:
        return "refuse"
    if lemma in APPEAL:
        return "appeal"
    return None


def mapped_code(family: str, code: str) -> str:
    """CAMEO code for an act of ``code`` governed by ``family``; "" keeps the act's own code."""
    table = FAMILY_CODES[family]
    for n in range(len(code), 0, -1):
        if code[:n] in table:
            return table[code[:n]]
    return table["0"]


def govern(match, trig, patterns):
    """(code, rule, act_token) for a match: its own code, or the governing family's code.

    A conflictual act (roots 09-20) under an intent word stays itself (modality tells it is
    future); a cooperative act under "warn" stays itself too. A cooperative act one failed at
    is a refusal ("failed to reach agreement" -> 127); an assault one got ready for is a
    military posture ("prepared to resume shelling" -> 150).
    """
    code, rule = match.pattern.code, match.pattern.rule
    tok = trig
    if tok.dep_ in CLAUSE_SUBJECT_DEPS and rules_out(tok.head):
        return _ruled_out(code, rule, trig)
    if tok.dep_ in ("dobj", "advcl", "pcomp") and kept_open(tok.head):
        return _kept_open(code, rule, trig)
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in INTENT:
        tok = tok.head   # "is committed to opening its market": the act hangs on "to"
    elif tok.dep_ == "advcl" and family_of(tok.head) in ("intent", "threat", "refuse") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        pass   # "have sworn to fight", parsed as a purpose clause: still the sworn act
    elif ruled_out_object(tok) is not None:
        if code[:2] not in _YIELDING_ROOTS:
            return code, rule, trig   # "ruled out sanctions": none imposed (negated), none refused
        tok = ruled_out_object(tok)   # "ruled out resigning", "ruled out any possibility of talks"
    elif tok.dep_ not in _COMPLEMENT_DEPS:
        return code, rule, trig
    gov = tok.head
    if _own_warning(tok, gov) and int(code[:2]) >= 14:
        # "Egypt warned that it would impose martial law": a threat (1324), not a fear
        new = mapped_code("threat", code)
        if new and tables.is_cameo_code(new):
            return new, f"{rule}+threat:warn", gov
    if patterns.match(gov) is not None:
        return code, rule, trig
    family = family_of(gov)
    if gov.lemma_.lower() in WANT:
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children) or any(
            c.dep_ in ("dobj",) for c in gov.children)
        family = "demand" if own_subject else "intent"
    root = int(code[:2])
    lemma = gov.lemma_.lower()
    if family is None and lemma in FAIL and code.startswith("057") and tok.dep_ == "xcomp":
        family = "refuse"   # only a failed agreement is a rejection (127); other failures are negated
    ready = gov
    while ready.lemma_.lower() in ASPECT and ready.dep_ == "xcomp" and ready.head.i != ready.i:
        ready = ready.head
    if family is None and ready.lemma_.lower() in POSTURE and root in (18, 19, 20) and tok.dep_ == "xcomp":
        return POSTURE_CODE, f"{rule}+posture:{ready.lemma_.lower()}", ready
    if family is None:
        return code, rule, trig
    if lemma in ORDER and root in (16, 17):
        # "the government ordered the newspaper to suspend publication": an authority's
        # order of a sanction or coercive measure is the measure itself, done by the orderer
        return code, f"{rule}+order:{lemma}", gov
    conflict = root >= 9
    if family == "intent" and conflict:
        if gov.lemma_.lower() in ("vow", "pledge", "promise", "swear"):
            family = "threat"
        else:
            return code, rule, trig
    if family == "threat" and not conflict:
        return code, rule, trig
    if gov.lemma_.lower() == "warn" and tok.dep_ != "xcomp":
        return code, rule, trig
    new = mapped_code(family, code)
    if not new:
        return code, rule, gov
    if not tables.is_cameo_code(new):
        new = new[:3] if tables.is_cameo_code(new[:3]) else new[:2] + "0"
    return new, f"{rule}+{family}:{gov.lemma_.lower()}", gov


def _telling(pattern, named_verb: bool) -> bool:
    """True when a pattern says more about its act than a line naming its verb: a constraint
    on the object or complement ("lift" + "curfew" -> 0813); or, when the governing line named
    only a demand noun (``named_verb`` False), also a bare verb's four-digit code ("rejected
    calls to resign" -> 0831). A bare verb adds nothing to a line keyed on that very verb."""
    if not named_verb and len(pattern.code) == 4:
        return True
    return any(c.dep not in ("prt", "prep", "advmod") or (c.dep == "prep" and c.objects) for c in pattern.constraints)


def refined_by_content(match, trig, code: str, rule: str, patterns):
    """(code, rule, content match) when the act a governing line consumed tells more than
    the line, which names only the governed verb or the demand noun; None otherwise.

    "threatened to impose a curfew" matches a threat line keyed on "impose" (1312, sanctions),
    but the imposed act is a curfew (1723), so the threat is 1323; "refused to lift the state
    of emergency" is 1241 (not 1244, economic sanctions); "rejected calls to resign" is 1231.
    The refined code must stay in the statement's root and be neither a root's generic code
    nor a parent of the line's own code; where it is not, the line's code stands, and the
    content match of an act on an area is still returned, as the act whose slots name the
    target when the statement's own do not ("threatened to declare a state of emergency in
    Bangkok").
    """
    family = family_of(trig)
    if family is None or code[:2] not in _STATEMENT_ROOTS:
        return None
    doc = trig.doc
    for i in match.consumed:
        held = doc[i]
        if held.dep_ in _COMPLEMENT_DEPS or held.pos_ == "VERB":
            cands = [held]   # "refused to [lift] ...", "ruled out [lifting] ..."
        elif held.pos_ == "NOUN":
            cands = [c for c in held.children if c.dep_ in _NOUN_CONTENT_DEPS and c.pos_ == "VERB"]
        else:
            continue
        for cand in cands:
            content = patterns.match(cand)
            if content is None or not _telling(content.pattern, cand.i == held.i):
                continue
            new = mapped_code(family, content.pattern.code)
            if not new or not tables.is_cameo_code(new) or new[:2] != code[:2]:
                continue
            if new == code or (len(new) == 3 and new.endswith("0")) or code.startswith(new):
                # the line's code stands; an act on an area still names where
                return (code, rule, content) if content.pattern.code.startswith(AREA_CODES) else None
            return new, f"{rule}+{content.pattern.id}", content
    return None


def _ruled_out(code: str, rule: str, trig):
    """A cooperative act that a copular clause rules out ("lifting the sanctions is out of the
    question", "a withdrawal is not on the table"), said by someone: that speaker's refusal
    (12x, by the refuse family), carried by the speech verb. Other acts, and acts no one is
    said to rule out, keep their code; their modality is negated (``modality.rules_out``)."""
    copula = trig.head
    speech = copula.head
    if copula.dep_ not in ("ccomp", "parataxis") or speech.lemma_.lower() not in SPEECH_HEADS:
        speech = next((c for c in copula.children if c.dep_ in ("ccomp", "parataxis")
                       and c.lemma_.lower() in SPEECH_HEADS), None)   # "..., the minister said"
    if speech is None or code[:2] not in _YIELDING_ROOTS:
        return code, rule, trig
    new = mapped_code("refuse", code)
    if not new or not tables.is_cameo_code(new):
        return code, rule, trig
    return new, f"{rule}+refuse:ruled-out", speech


#: Roots of the acts whose open option is a threat: protest, posture, cuts and sanctions,
#: coercion, assault, fighting and mass violence (14-20).
_THREATENING_ROOTS = range(14, 21)
#: Rule suffix of a threat made by declining to rule an act out.
KEPT_OPEN = "+threat:kept-open"


def _others_act(trig) -> bool:
    """True when a noun act names a doer of its own other than the one keeping it open: a
    possessor that is no pronoun ("did not rule out Russia's attack"), a nationality
    ("a Russian attack") or a "by" phrase ("an attack by the rebels")."""
    for c in trig.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")):
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
    return False


def _kept_open(code: str, rule: str, trig):
    """A force, coercion or sanction the speaker declines to rule out ("Russia did not rule
    out military strikes on Ukraine", "refused to rule out sanctions") is that speaker's
    threat (13x, by the threat family), carried by the "rule out" verb; an act someone else
    would do ("did not rule out a Russian attack") and cooperative acts keep their code, and
    their modality is hypothetical (``ruling_out.not_ruled_out``)."""
    verb = trig.head
    if int(code[:2]) not in _THREATENING_ROOTS or (trig.pos_ == "NOUN" and _others_act(trig)):
        return code, rule, trig
    new = mapped_code("threat", code)
    if not new or not tables.is_cameo_code(new):
        return code, rule, trig
    return new, f"{rule}{KEPT_OPEN}", verb


def _own_warning(tok, gov) -> bool:
    """True when a warning states the warner's own next act: a that-clause under "warn" with
    will/would and a pronoun subject ("Egypt warned that it would impose martial law"), not
    a warning that others would act ("warned that the rebels would attack")."""
    if gov.lemma_.lower() != "warn" or tok.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_PRONOUNS - {"i"} for c in tok.children)


#: Verbs of demanding that also state a fact: "insisted that the plans were affordable" claims,
#: "insisted that Israel withdraw" and "insisted on a ceasefire" demand.
STATING_DEMANDS = frozenset({"insist"})
#: Auxiliaries of a demanded complement ("insisted that Iran must stop").
_OBLIGING = frozenset({"must", "should", "ought", "need", "shall"})


def mere_assertion(trig) -> bool:
    """True when ``trig`` (a verb of :data:`STATING_DEMANDS`) demands nothing: no "on" phrase,
    no infinitive, and every complement clause a plain statement of fact (a finite verb
    without an obliging auxiliary), or no complement at all ("he insisted").

    Reads spaCy tags: a subjunctive complement ("insisted that he resign") has the base form VB.
    """
    if trig.lemma_.lower() not in STATING_DEMANDS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in trig.children):
        return False
    for c in trig.children:
        if c.dep_ == "xcomp":
            return False
        if c.dep_ == "ccomp" and (c.tag_ == "VB" or any(
                a.dep_ == "aux" and a.lower_ in _OBLIGING for a in c.children)):
            return False
    return True
