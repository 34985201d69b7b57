"""Score actor resolution against gold actor codes.

Usage::

    python scripts/eval_actors.py plover ../shared/data/events/plover-gsr/dev.jsonl
    python scripts/eval_actors.py petrarch ../shared/data/events/petrarch-validation/PETR.UnitTest.records.xml \
        --actors ../shared/data/events/petrarch-dictionaries/PETR.Validate.actors.txt \
        --actors ../shared/data/events/petrarch-dictionaries/PETR.Validate.agents.txt

``plover``: share of records whose gold source (target) country appears among the mentions'
countries, and the same for country + sector where gold gives a sector. ``petrarch``: share of
gold source and target codes found among the mention codes. Records are dated as in the file.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date

from flashpoint.actors.resolve import ActorResolver
from flashpoint.nlp.model import load_model

LEGACY = {"ITL": "ITA", "JAP": "JPN", "ROM": "ROU", "VTN": "VNM"}


def _country_keys(mentions) -> set[str]:
    keys = set()
    for m in mentions:
        keys.add(m.actor.country_iso3 or m.actor.code[:3])
    return keys


def _with_sector(mentions) -> set[tuple[str, str]]:
    out = set()
    for m in mentions:
        key = m.actor.country_iso3 or m.actor.code[:3]
        for i in range(3, len(m.actor.code), 3):
            out.add((key, m.actor.code[i:i + 3]))
    return out


def plover(path: str, resolver: ActorResolver) -> dict:
    nlp = load_model()
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    tally = {f"{side}_{kind}": [0, 0] for side in ("source", "target") for kind in ("country", "sector")}
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        mentions = resolver.resolve(doc, date(2000, 1, 1))
        countries, sectors = _country_keys(mentions), _with_sector(mentions)
        for side in ("source", "target"):
            gold = rec.get(side) or []
            if isinstance(gold, str) or not gold:
                continue
            codes = [(LEGACY.get(g["code"], g["code"]), (g.get("sector") or "")[:3].upper()) for g in gold]
            tally[f"{side}_country"][1] += 1
            tally[f"{side}_country"][0] += any(c in countries for c, _ in codes)
            with_sec = [(c, s) for c, s in codes if s and s != "***"]
            if with_sec:
                tally[f"{side}_sector"][1] += 1
                tally[f"{side}_sector"][0] += any(cs in sectors for cs in with_sec)
    return {k: {"hit": h, "n": n, "share": round(h / n, 3) if n else None} for k, (h, n) in tally.items()}


def petrarch(path: str, resolver: ActorResolver) -> dict:
    nlp = load_model()
    text = open(path, encoding="utf-8", errors="replace").read()
    found = {"source": [0, 0], "target": [0, 0]}
    for m in re.finditer(r"<Sentence (.*?)>(.*?)</Sentence>", text, re.S):
        attrs, body = m.group(1), m.group(2)
        sent = re.search(r"<Text>(.*?)</Text>", body, re.S)
        day = re.search(r'date="(\d{8})"', attrs)
        if not sent or not day:
            continue
        when = date(int(day.group(1)[:4]), int(day.group(1)[4:6]), int(day.group(1)[6:]))
        doc = nlp(" ".join(sent.group(1).split()))
        codes = {mn.actor.code for mn in resolver.resolve(doc, when)}
        for ev in re.finditer(r'sourcecode="([^"]*)"\s+targetcode="([^"]*)"', body):
            for side, code in zip(("source", "target"), ev.groups()):
                if code and code != "---":
                    found[side][1] += 1
                    found[side][0] += code in codes
    return {k: {"hit": h, "n": n, "share": round(h / n, 3) if n else None} for k, (h, n) in found.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=("plover", "petrarch"))
    ap.add_argument("path")
    ap.add_argument("--actors", action="append", default=[])
    args = ap.parse_args()
    resolver = ActorResolver.from_files(args.actors)
    result = plover(args.path, resolver) if args.kind == "plover" else petrarch(args.path, resolver)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
