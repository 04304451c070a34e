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
