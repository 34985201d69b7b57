"""CAMEO code coverage of the pattern dictionary, measured on the constructed examples.

Runs the full pipeline (parse -> actors -> coding) over ``tests/golden/cameo_examples.tsv`` (one
or more sentences per CAMEO event code) and prints, per CAMEO root and overall:

- ``codes``: CAMEO codes under the root; ``patterned``: how many have at least one pattern in the
  dictionary (a root counts when any code under it has one);
- ``examples``: example sentences; ``exact``: sentences that yield their own code; ``root``:
  sentences that yield a code under their root (exact included); ``none``: sentences that yield
  no event at all;

then every sentence that missed its code, with what was coded instead. A root code's example
(01 ... 20) counts as exact when the root's "not specified" code (010 ... 200) is coded.

Usage::

    python eval/cameo_coverage.py [--examples PATH] [--json]

Events of every modality count as coded; in the list of misses a code whose modality is not
"asserted" is tagged with it (the examples all state asserted acts).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EXAMPLES = REPO / "tests" / "golden" / "cameo_examples.tsv"


@dataclass(frozen=True, slots=True)
class Example:
    """One row of the examples file."""

    code: str
    sentence: str
    source_country: str | None
    target_country: str | None


@dataclass(slots=True)
class Outcome:
    """What the pipeline coded for one example."""

    example: Example
    codes: list[tuple[str, str, str]] = field(default_factory=list)   # (code, rule, modality)

    def _hits(self, pred) -> bool:
        return any(pred(code) for code, _, _ in self.codes)

    @property
    def exact(self) -> bool:
        want = self.example.code
        return self._hits(lambda c: c == want or (len(want) == 2 and c == want + "0"))

    @property
    def root(self) -> bool:
        return self._hits(lambda c: c[:2] == self.example.code[:2])

    @property
    def none(self) -> bool:
        return not self.codes


def read_examples(path: Path = DEFAULT_EXAMPLES) -> list[Example]:
    """Examples from the TSV (comment lines starting with "#" skipped, header row required)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    dash = lambda v: None if v in ("", "-") else v  # noqa: E731
    return [
        Example(r["code"], r["sentence"], dash(r["expected_source_country"]), dash(r["expected_target_country"]))
        for r in rows
    ]


def run(examples: list[Example], pipeline=None) -> list[Outcome]:
    """Code every example sentence as its own one-sentence article."""
    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    pipeline = pipeline or Pipeline()
    articles = [Article(article_id=f"ex{i}", text=ex.sentence, published=date(2022, 1, 12)) for i, ex in enumerate(examples)]
    outcomes = []
    for ex, (_, events) in zip(examples, pipeline.run(articles)):
        outcomes.append(Outcome(ex, [(e.cameo_code, e.rule, e.modality.value) for e in events]))
    return outcomes


def summarize(outcomes: list[Outcome]) -> dict:
    """Per-root and overall counts, as a JSON-ready dict."""
    from flashpoint.coding.tables import all_codes
    from flashpoint.coding.verbs import default_dictionary

    patterned = default_dictionary().codes()
    roots = sorted({c[:2] for c in all_codes()})
    by_root: dict[str, dict[str, int]] = {}
    for root in roots:
        codes = [c for c in all_codes() if c.startswith(root)]
        has = [c for c in codes if c in patterned or (len(c) == 2 and any(p.startswith(c) for p in patterned))]
        outs = [o for o in outcomes if o.example.code.startswith(root)]
        by_root[root] = {
            "codes": len(codes), "patterned": len(has), "examples": len(outs),
            "exact": sum(o.exact for o in outs), "root": sum(o.root for o in outs), "none": sum(o.none for o in outs),
        }
    total = {k: sum(r[k] for r in by_root.values()) for k in ("codes", "patterned", "examples", "exact", "root", "none")}
    n = max(total["examples"], 1)
    total.update(exact_share=round(total["exact"] / n, 4), root_share=round(total["root"] / n, 4))
    misses = [
        {"code": o.example.code, "sentence": o.example.sentence, "coded": o.codes}
        for o in outcomes if not o.exact
    ]
    return {"by_root": by_root, "total": total, "misses": misses}


def print_report(summary: dict, out=sys.stdout) -> None:
    print(f"{'root':<5}{'codes':>6}{'patt':>6}{'ex':>5}{'exact':>7}{'root':>6}{'none':>6}", file=out)
    for root, r in summary["by_root"].items():
        print(f"{root:<5}{r['codes']:>6}{r['patterned']:>6}{r['examples']:>5}{r['exact']:>7}{r['root']:>6}{r['none']:>6}", file=out)
    t = summary["total"]
    print(f"{'all':<5}{t['codes']:>6}{t['patterned']:>6}{t['examples']:>5}{t['exact']:>7}{t['root']:>6}{t['none']:>6}", file=out)
    print(f"\nexact share {t['exact_share']:.3f}   root share {t['root_share']:.3f}\n", file=out)
    print(f"misses ({len(summary['misses'])}):", file=out)
    for m in summary["misses"]:
        coded = ", ".join(f"{c} [{rule}{'' if mod == 'asserted' else ' ' + mod}]" for c, rule, mod in m["coded"]) or "-"
        print(f"  {m['code']:<5} {m['sentence']}\n        -> {coded}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=DEFAULT_EXAMPLES)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    summary = summarize(run(read_examples(args.examples)))
    if args.json:
        json.dump(summary, sys.stdout, indent=1)
        print()
    else:
        print_report(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
