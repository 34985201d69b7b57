"""Collective actors whose country the text does not name: "the protesters", "police",
"35 persons", "insurgents".

The resolver codes a role noun only when it can give it a country. This pass adds the
remaining group nouns (role entries of kind G, and the plural of person roles: "officials",
"soldiers") as role-only actors (``Actor(code="OPP", country_iso3=None)``, how="role"), and
then gives each one a country when the sentence names exactly one place of the act: a country,
a capital or another place ("prisoners rioted at a jail in Dili" -> TLSOPP ... ), else leaves
the country unknown (GDELT also writes role-only actor codes). A demonym on the noun, or a
possessive pronoun that coreference resolved to a state ("its troops"), wins over the place. A legislature or a court takes a
country only from its own modifier ("the Kenyan parliament"), never from a place; its members
("lawmakers") do. People with no known affiliation ("a man", "the minister") are not coded:
only groups are.
"""

from __future__ import annotations

from flashpoint.actors.dictionary import ActorDictionary, phrase_key
from flashpoint.actors.phrases import UNARMED_FIGHTERS, role_of_noun
from flashpoint.types import Actor, ActorMention

#: Generic people nouns: civilians unless a role says more.
PEOPLE = frozenset({"person", "persons", "people", "civilian", "civilians", "resident",
                    "residents", "villager", "villagers", "youth", "youths", "man", "men",
                    "woman", "women", "child", "children", "family", "families", "crowd", "mob"})
PEOPLE_CODE = {"crowd": "OPP", "mob": "OPP"}
PLACE_HOW = frozenset({"place", "city", "metonym", "capital", "country"})
#: Where a country name is a party to an act, not the place of one: "asked Obama to help
#: Iran", "sanctions against Russia" (a possessive is often a place: "Armenia's capital").
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "appos"})
PARTY_PREPS = frozenset({"to", "with", "against", "on", "for", "by", "toward", "towards", "over"})
#: Possessive pronouns that stand for a state or group, not for one person ("its troops").
OWNER_PRONOUNS = frozenset({"its", "their", "our"})
#: Institutions (role codes) that, named by a singular noun, sit in their capital, not where
#: the acts they speak of happen: "Congress condemned the massacre in Nigeria" is no Nigerian
#: legislature (but "lawmakers rallied in Nairobi" are where they rallied).
INSTITUTION_CODES = frozenset({"LEG", "JUD"})


def group_mentions(doc, mentions: list[ActorMention], dictionary: ActorDictionary) -> list[ActorMention]:
    """Role-only mentions for group nouns no other mention covers.

    Args:
        doc: the parsed article.
        mentions: the resolver's mentions (token offsets into ``doc``).
        dictionary: the actor dictionary whose role index names the groups.

    Returns:
        New mentions only (anchor = the group noun), sorted by token.
    """
    covered = {m.anchor for m in mentions} | {i for m in mentions for i in range(m.start, m.end)}
    out: list[ActorMention] = []
    for tok in doc:
        if tok.i in covered or not (tok.pos_ == "NOUN" or _capitalised_common(tok)) or tok.dep_ in ("amod", "poss"):
            continue
        code = _group_code(tok, dictionary)
        if code is None:
            continue
        own = _modifier_country(tok, mentions)
        institution = code in INSTITUTION_CODES and tok.tag_ not in ("NNS", "NNPS")
        country = own or (_seat_country(tok, mentions) if institution else _place_country(tok, mentions))
        actor = Actor(f"{country}{code}" if country else code, None, country, (code,))
        detail = f"group noun {tok.lower_!r}" + (
            f"; country from its modifier ({country})" if own else
            f"; country from the place named ({country})" if country else "")
        out.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.i, tok.text, actor,
                                "role", detail))
    return out + reported_they(doc, mentions + out)


def reported_they(doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Coreference mentions for a "they" that is the subject of a clause reported by a group.

    "The Taliban said they had killed two soldiers", "Police said they arrested five men":
    the "they" is the group that speaks (or claims, fears, believes), unless it is a passive
    subject and the speaker addresses someone ("told residents they would be evacuated": the
    residents). The speaker must be a group, not a person or a country: a plural noun ("rebels", "officials"), or an
    organisation name ("the Taliban", "Hamas"); "Smith said they..." and "Russia said they..."
    speak of others. A "they" that already has a mention keeps it.

    Returns:
        New mentions (one per such "they", anchor = the pronoun), each with how="coreference".
    """
    covered = {m.anchor for m in mentions} | {i for m in mentions for i in range(m.start, m.end)}
    by_anchor: dict[int, list[ActorMention]] = {}
    for m in mentions:
        by_anchor.setdefault(m.anchor, []).append(m)
    out: list[ActorMention] = []
    for tok in doc:
        if tok.lower_ != "they" or tok.i in covered:
            continue
        speaker = _reporting_subject(tok)
        if speaker is None or not _group_speaker(speaker, by_anchor.get(speaker.i, [])):
            continue
        if tok.dep_ == "nsubjpass" and any(c.dep_ in ("dobj", "dative") for c in speaker.head.children):
            continue   # "the army told residents they would be evacuated": those told
        for m in by_anchor[speaker.i]:
            out.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.i, tok.text, m.actor,
                                    "coreference", f"'they' = {m.text} (the group reporting the clause)"))
    return out


def _reporting_subject(tok):
    """The subject of the verb whose clausal complement ``tok`` is the subject of, if any."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _group_speaker(tok, found: list[ActorMention]) -> bool:
    """Whether the speaker token ``tok`` with its mentions ``found`` is a group."""
    if not found or tok.ent_type_ in ("PERSON", "GPE", "LOC"):
        return False
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("police", "military", "army"):
        return True
    return tok.pos_ == "PROPN" and all(m.how == "igo" for m in found)


def _modifier_country(tok, mentions: list[ActorMention]) -> str | None:
    """The country of a demonym or country name modifying the noun ("two Brazilian men"), or
    of the country, government or group a possessive pronoun stands for ("its forces", a
    quoted "our troops")."""
    mods = {c.i for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i}
    owners = {c.i for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in OWNER_PRONOUNS}
    for m in mentions:
        if m.anchor in mods and m.actor.country_iso3 and m.how in ("demonym", "country"):
            return m.actor.country_iso3
        if m.anchor in owners and m.actor.country_iso3 and m.how == "coreference":
            return m.actor.country_iso3
    return None


def _seat_country(tok, mentions: list[ActorMention]) -> str | None:
    """The country of the place an institution sits in, named on the noun itself ("a court
    in Cairo", "the parliament in Kiev"), not elsewhere in the sentence."""
    seats = {o.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "at")
             for o in p.children if o.dep_ == "pobj"}
    for m in mentions:
        if m.anchor in seats and m.actor.country_iso3:
            return m.actor.country_iso3
    return None


def _capitalised_common(tok) -> bool:
    """A common noun the tagger took for a name because of its capital: "Rebels attacked the
    town", "Protesters Throw Paint at ..." (a sentence start or a title-case headline), not
    part of a named entity or of a longer name ("Workers' Party", "Rebel Alliance")."""
    return (tok.pos_ == "PROPN" and (not tok.ent_type_ or _lone_organisation(tok)) and tok.dep_ != "compound"
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children))


def _lone_organisation(tok) -> bool:
    """A one-word organisation entity, an institution named by its role noun ("Congress",
    "Parliament"); the role table decides whether it is one."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")


def _group_code(tok, dictionary: ActorDictionary) -> str | None:
    if tok.lower_ in PEOPLE or tok.lemma_.lower() in PEOPLE:
        if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in PEOPLE_CODE:
            return None
        return PEOPLE_CODE.get(tok.lemma_.lower(), "CVL")
    role = dictionary.roles.get(phrase_key(tok.text))
    if role is None or role.prefix:
        return None
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("police", "military", "army", "government")
    if role.person and not plural:
        return None
    if any(c.dep_ in ("compound", "amod") and c.lower_ in UNARMED_FIGHTERS for c in tok.children):
        return None   # "fire fighters", "prize fighters"
    specific = role_of_noun(tok.doc, tok, dictionary)   # "opposition leaders" OPP, "rebel leaders" REB
    if specific is not None and not specific.prefix and specific.code != "-":
        role = specific
    return role.code if role.code.isalpha() and len(role.code) == 3 else None


def _place_country(tok, mentions: list[ActorMention]) -> str | None:
    """The one country of the places named in ``tok``'s sentence, if exactly one and it is named
    as a place somewhere, not only as a party to an act ("asked Obama to help Iran")."""
    sent = tok.sent
    places = [m for m in mentions
              if sent.start <= m.anchor < sent.end and m.actor.country_iso3 and m.how in PLACE_HOW]
    countries = {m.actor.country_iso3 for m in places}
    if len(countries) != 1 or all(_party(m, tok.doc) for m in places):
        return None
    return countries.pop()


def _party(m: ActorMention, doc) -> bool:
    """True when a bare country name is an argument of an act rather than the place of one."""
    if m.how != "country" or not m.start <= m.anchor < m.end:
        return False   # "the Mozambique government": an actor of that country, not a party named
    tok = doc[m.anchor]
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB":
        return True   # "received aid from Iran", "withdrew from Syria": not the group's own country
    return tok.dep_ in PARTY_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS)
