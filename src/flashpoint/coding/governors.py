"""Acts governed by an actor's own statement of intent, threat, demand, appeal or refusal.

"Russia threatened to invade Ukraine" is an asserted threat (CAMEO 138), not an invasion;
"Moscow was willing to talk with NATO" an asserted intent to negotiate (036); "urged the
rebels to lay down arms" an appeal (02x); "refused to meet" a rejection (125). When a coded
act is the complement of such a governing word that no dictionary pattern consumed, the
act's code is mapped to the governing family by the table below (CAMEO 1.1b3 structure:
the 02x/03x/10x/12x/13x codes mirror the cooperative and conflictual roots), and the act is
carried by the governing token (its subject, modality and date).
"""

from __future__ import annotations

from flashpoint.coding import tables

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
               "057": "030", "083": "034"},
    "threat": {"0": "130", "1": "130", "13": "", "14": "133", "16": "131", "161": "1313",
               "163": "1312", "164": "1311", "17": "137", "18": "1383", "19": "138",
               "191": "1381", "192": "1382", "190": "1384", "193": "1384", "194": "1384",
               "195": "1384", "20": "1385"},
    "demand": {"0": "100", "04": "108", "05": "102", "06": "101", "061": "1011", "062": "1012",
               "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032",
               "073": "1033", "074": "1034", "08": "105", "081": "1051", "082": "1052",
               "083": "104", "084": "1053", "085": "1054", "086": "1055", "087": "1056",
               "0871": "107", "0874": "106", "10": ""},
    "appeal": {"0": "020", "04": "026", "05": "022", "06": "021", "061": "0211", "062": "0212",
               "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232",
               "073": "0233", "074": "0234", "08": "025", "081": "0251", "082": "0252",
               "083": "024", "084": "0253", "085": "0254", "086": "0255", "087": "0256",
               "0871": "0256", "02": ""},
    "refuse": {"0": "120", "04": "125", "06": "121", "061": "1211", "062": "1212", "07": "122",
               "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124",
               "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244",
               "086": "1245", "087": "1246", "057": "127", "12": ""},
}
_COMPLEMENT_DEPS = ("xcomp", "ccomp")


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
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in INTENT:
        tok = tok.head   # "is committed to opening its market": the act hangs on "to"
    elif tok.dep_ == "advcl" and family_of(tok.head) in ("intent", "threat", "refuse") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        pass   # "have sworn to fight", parsed as a purpose clause: still the sworn act
    elif tok.dep_ not in _COMPLEMENT_DEPS:
        return code, rule, trig
    gov = tok.head
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
