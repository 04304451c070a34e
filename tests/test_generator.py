"""The demo generator is deterministic, and the committed data is exactly what it generates."""
import pyarrow.parquet as pq
import pytest
from conftest import DATA

from alliance.demo.allocate import allocate
from alliance.demo.generator import SNAPSHOTS, build, write_demo
from alliance.schema import TABLES


@pytest.fixture(scope="module")
def built():
    return build()


def test_two_runs_are_identical(built):
    again = build()
    for snap in SNAPSHOTS:
        for t in TABLES:
            assert built[snap][t].equals(again[snap][t]), (snap, t)


def test_committed_data_is_the_generators_output(tmp_path):
    write_demo(tmp_path)
    for snap in SNAPSHOTS:
        for t in TABLES:
            fresh = pq.read_table(tmp_path / "snapshots" / f"snapshot={snap}" / f"{t}.parquet")
            committed = pq.read_table(DATA / "snapshots" / f"snapshot={snap}" / f"{t}.parquet")
            assert fresh.equals(committed), f"data/ is stale for {snap}/{t}: run python -m alliance demo --replace"


@pytest.mark.parametrize("total,weights,caps,floor", [
    (1887, [5.0, 1.0, 1.0, 0.1], None, 6),
    (100, [1.0, 1.0, 1.0], [10, 50, 50], 0),
    (7, [1.0, 2.0, 3.0], None, 0),
])
def test_allocate_hits_total_within_bounds(total, weights, caps, floor):
    out = allocate(total, weights, caps, floor)
    assert sum(out) == total
    assert all(v >= floor for v in out)
    assert all(v <= c for v, c in zip(out, caps or [10**9] * len(out)))


def test_allocate_refuses_the_impossible():
    with pytest.raises(ValueError):
        allocate(10, [1.0, 1.0], [3, 3])


def test_vocabulary_is_consistent():
    """Products are unique across domains, every standard carries a year no later than 2021 (so it can be in force
    in a demo snapshot), and every family the members and labs are built around exists."""
    from alliance.demo import items, reference
    from alliance.demo.vocab import DOMAIN_TEXT

    assert set(DOMAIN_TEXT) == {d[0] for d in reference.DOMAINS}
    products = [p for dm in DOMAIN_TEXT for _, p in items.products(dm)]
    assert len(products) == len(set(products))
    codes = {leaf.standard_code for dm in DOMAIN_TEXT for leaf in items.catalog(dm)}
    codes |= {row[3] for row in items.flowmeter_leaves()}
    years = {code: items.standard_year(code) for code in codes}
    late = {c: y for c, y in years.items() if y is None or y > 2021}
    assert not late, late
    families = {f for dm in DOMAIN_TEXT for f in items.families(dm)}
    assert {f for fs in reference.FOCUS.values() for f in fs} <= families
    assert set(reference.LAB_FAMILIES) == {lab[0] for lab in reference.LABS}
    assert {f for fs in reference.LAB_FAMILIES.values() for f in fs or []} <= families
    assert len(items.flowmeter_leaves()) >= 1052
