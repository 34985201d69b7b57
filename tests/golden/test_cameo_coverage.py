"""CAMEO coverage: every event code has a pattern and an example, and the examples code right.

The examples (``cameo_examples.tsv``) are constructed sentences, one or more per CAMEO code.
The share of them whose coded events include a code under their own root is held to the
floor ``cameo_examples_root`` in ``baseline.json`` (measured score minus 0.02, rounded down;
see README.md here). ``python eval/cameo_coverage.py`` prints the full table and the misses.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from flashpoint.coding.tables import all_codes, is_cameo_code
from flashpoint.coding.verbs import default_dictionary

GOLDEN = Path(__file__).parent
BASELINE = GOLDEN / "baseline.json"
EXAMPLES = GOLDEN / "cameo_examples.tsv"
COVERAGE_SCRIPT = GOLDEN.parents[1] / "eval" / "cameo_coverage.py"
FLOOR_KEY = "cameo_examples_root"


def _coverage_module():
    spec = importlib.util.spec_from_file_location("cameo_coverage", COVERAGE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def coverage():
    return _coverage_module()


@pytest.fixture(scope="module")
def examples(coverage):
    return coverage.read_examples(EXAMPLES)


def _covered(code: str, codes: set[str]) -> bool:
    """A code is covered by its own pattern; a root (01 ... 20) by any code under it."""
    return code in codes or (len(code) == 2 and any(c.startswith(code) for c in codes))


@pytest.mark.parametrize("code", all_codes())
def test_cameo_coverage_code_has_pattern(code):
    assert _covered(code, default_dictionary().codes())


def test_cameo_coverage_patterns_name_known_codes():
    unknown = sorted({p.code for p in default_dictionary().patterns if not is_cameo_code(p.code)})
    assert unknown == []
    assert all(p.lemma == p.lemma.lower() and p.lemma.strip() for p in default_dictionary().patterns)


def test_cameo_coverage_code_has_example(examples):
    have = {ex.code for ex in examples}
    assert [c for c in all_codes() if c not in have] == []
    assert all(is_cameo_code(ex.code) and ex.sentence.strip() for ex in examples)


@pytest.mark.model
def test_cameo_coverage_examples_root_share(coverage, examples, nlp):
    from flashpoint.pipeline import Pipeline

    floor = json.loads(BASELINE.read_text(encoding="utf-8")).get(FLOOR_KEY)
    if not floor:
        pytest.skip(f"no floor recorded for {FLOOR_KEY!r} in baseline.json")
    outcomes = coverage.run(examples, Pipeline(nlp=nlp))
    share = sum(o.root for o in outcomes) / len(outcomes)
    misses = [(o.example.code, o.example.sentence) for o in outcomes if not o.root]
    assert share >= floor, f"root share {share:.3f} < floor {floor}; misses: {misses}"
