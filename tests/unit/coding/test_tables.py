"""CAMEO tables: codes, names, Goldstein weights, QuadClass and PLOVER types."""

from __future__ import annotations

import pytest

from conftest import shared_path
from flashpoint.coding import tables
from flashpoint.errors import UnknownCodeError
from flashpoint.types import QuadClass


def _shared_tsv(*parts: str) -> dict[str, str]:
    """Two-column tab-separated reference file (header skipped) as {code: value}."""
    lines = shared_path(*parts).read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


@pytest.mark.parametrize("code", ["0211", "010", "01", "0874", "2042"])
def test_tables_keep_leading_zero(code):
    assert tables.is_cameo_code(code)
    assert code in tables.all_codes()
    assert tables.event_name(code)


@pytest.mark.parametrize("code", ["211", "0", "1", "21", "999", "0215", "", "19 "])
def test_tables_reject_unknown_code_string(code):
    assert not tables.is_cameo_code(code)
    with pytest.raises(UnknownCodeError, match=r"^\[FP301\]"):
        tables.goldstein(code)


@pytest.mark.parametrize("func", [tables.event_name, tables.goldstein, tables.quad_class, tables.plover_type])
@pytest.mark.parametrize("code", [211, 19, None])
def test_tables_reject_non_string_code(func, code):
    with pytest.raises(UnknownCodeError, match=r"^\[FP301\]"):
        func(code)


def test_tables_code_count_and_shape():
    codes = tables.all_codes()
    assert len(codes) == len(set(codes)) == 311
    roots = [c for c in codes if len(c) == 2]
    assert roots == [f"{r:02d}" for r in range(1, 21)]
    assert all(c.isdigit() and 2 <= len(c) <= 4 for c in codes)
    assert all(c[:3] in codes for c in codes if len(c) == 4)


@pytest.mark.shared
def test_tables_goldstein_equals_gdelt_for_every_code():
    reference = {code: float(value) for code, value in _shared_tsv("cameo", "CAMEO.goldsteinscale.txt").items()}
    assert set(reference) == set(tables.all_codes())
    mismatched = {c: (tables.goldstein(c), w) for c, w in reference.items() if tables.goldstein(c) != w}
    assert mismatched == {}


@pytest.mark.shared
def test_tables_codes_cover_gdelt_event_codes():
    listed = set(_shared_tsv("cameo", "CAMEO.eventcodes.txt"))
    assert listed <= set(tables.all_codes())
    assert set(tables.all_codes()) - listed == {"106"}


@pytest.mark.parametrize(
    ("code", "weight"),
    [("01", 0.0), ("036", 4.0), ("106", -5.0), ("1056", -5.0), ("120", -4.0), ("195", -10.0), ("057", 8.0)],
)
def test_tables_goldstein_known_weights(code, weight):
    assert tables.goldstein(code) == weight


def test_tables_goldstein_in_range():
    assert all(-10.0 <= tables.goldstein(c) <= 10.0 for c in tables.all_codes())


@pytest.mark.parametrize(
    ("root", "quad"),
    [(f"{r:02d}", QuadClass.VERBAL_COOPERATION) for r in range(1, 6)]
    + [(f"{r:02d}", QuadClass.MATERIAL_COOPERATION) for r in range(6, 9)]
    + [(f"{r:02d}", QuadClass.VERBAL_CONFLICT) for r in range(9, 14)]
    + [(f"{r:02d}", QuadClass.MATERIAL_CONFLICT) for r in range(14, 21)],
)
def test_tables_quad_class_of_every_root(root, quad):
    assert tables.quad_class(root) is quad
    children = [c for c in tables.all_codes() if c.startswith(root)]
    assert {tables.quad_class(c) for c in children} == {quad}


@pytest.mark.parametrize(
    ("code", "ptype"),
    [
        ("036", "AGREE"), ("042", "CONSULT"), ("057", "SUPPORT"), ("0841", "RETREAT"), ("080", "CONCEDE"),
        ("1053", "REQUEST"), ("112", "ACCUSE"), ("125", "REJECT"), ("1384", "THREATEN"), ("141", "PROTEST"),
        ("154", "MOBILIZE"), ("163", "COERCE"), ("173", "COERCE"), ("1712", "ASSAULT"), ("195", "ASSAULT"),
        ("2042", "ASSAULT"), ("01", None), ("013", None), ("02", None), ("0211", None), ("0256", None),
    ],
)
def test_tables_plover_type(code, ptype):
    assert tables.plover_type(code) == ptype


def test_tables_plover_type_falls_back_to_parent(monkeypatch):
    real = tables._table()
    row = real["1053"]
    thinned = dict(real)
    thinned["1053"] = tables.CameoCode(row.code, row.name, row.goldstein)
    monkeypatch.setattr(tables, "_table", lambda: thinned)
    assert tables.plover_type("1053") == real["105"].plover_type


def test_tables_plover_types_are_plover_08():
    types = {tables.plover_type(c) for c in tables.all_codes()} - {None}
    assert types <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
    assert all(tables.plover_type(c) is None for c in tables.all_codes() if c[:2] in ("01", "02"))
