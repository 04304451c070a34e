"""Read-only SQL for analysts (issue 25): the locked sandbox against hostile SQL, the saved queries checked from the
Parquet files with pandas, the CLI, and the page under AppTest (sign-in off, and a viewer who has no route to it)."""
import json
import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest
from conftest import DATA, DATES, LATEST, ROOT, read, run_page, table_with
from test_access import signed_in  # noqa: F401  (the app with sign-in on, as a given identity)

from alliance.snapshots import scan
from alliance.sql import catalog, chart, sandbox

FILE = DATA / "snapshots" / f"snapshot={LATEST}" / "areas.parquet"


@pytest.fixture(scope="module")
def cat():
    return scan(DATA)


def still_answers(cat):
    """After any refusal or stop, the next query is served as usual."""
    assert sandbox.run(cat, "SELECT count(*) AS n FROM areas").df["n"].tolist() == [8]


def problem(cat, sql, *args, **kwargs) -> sandbox.SqlProblem:
    with pytest.raises(sandbox.SqlProblem) as caught:
        sandbox.run(cat, sql, *args, **kwargs)
    assert caught.value.message("en") and caught.value.message("zh-CN")  # a message in each language
    return caught.value


# --- the lock is DuckDB's: statements our check would refuse fail on the locked connection itself ----------------

@pytest.mark.parametrize("sql", [
    "SET enable_external_access = true", "SET lock_configuration = false", "RESET enable_external_access",
    "SET memory_limit = '64GB'", "SET threads = 64", f"SET allowed_paths = ['{FILE}']",
])
def test_the_locked_configuration_cannot_be_changed(cat, sql):
    con = sandbox.connect(cat, LATEST)
    try:
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute(sql)
        assert con.execute("SELECT current_setting('enable_external_access')").fetchone() == (False,)
    finally:
        con.close()


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_text('/etc/passwd')", "SELECT * FROM glob('/*')",
    f"SELECT * FROM read_parquet('{FILE}')", f"COPY (SELECT 1) TO '{FILE.parent / 'x.csv'}'",
    f"ATTACH '{FILE.parent / 'x.db'}'", "INSTALL httpfs", "LOAD httpfs", "SELECT * FROM duckdb_secrets()",
])
def test_files_are_out_of_reach_of_the_locked_connection(cat, sql):
    con = sandbox.connect(cat, LATEST)
    try:
        with pytest.raises(duckdb.Error, match="disabled"):
            con.execute(sql).fetchall()
        assert con.execute("SELECT count(*) FROM qualifications").fetchone()[0] == len(read("qualifications"))
    finally:
        con.close()
    assert sorted(p.name for p in FILE.parent.iterdir() if p.suffix in (".csv", ".db")) == []


def test_views_read_the_chosen_snapshot_and_history_every_one(cat):
    got = sandbox.run(cat, "SELECT snapshot, count(*) AS n FROM qualifications_history GROUP BY 1 ORDER BY 1").df
    assert [str(d) for d in got["snapshot"]] == DATES
    assert got["n"].tolist() == [len(read("qualifications", d)) for d in DATES]
    first = sandbox.run(cat, "SELECT count(*) AS n, min(snapshot) AS s FROM qualifications", DATES[0]).df
    assert first["n"].tolist() == [len(read("qualifications", DATES[0]))] and str(first["s"][0]) == DATES[0]
    bound = sandbox.run(cat, "SELECT count(*) AS n FROM labs_history WHERE snapshot = $snapshot", DATES[2]).df
    assert bound["n"].tolist() == [len(read("labs", DATES[2]))]
    views = sandbox.run(cat, "SELECT sql FROM duckdb_views() WHERE NOT internal").df["sql"]
    assert not views.str.contains(str(DATA)).any()  # the server's paths are not in the views' text


# --- the hostile suite: each refused or stopped with a message, and the next query served -------------------------

HOSTILE = [
    ("read_csv", "SELECT * FROM read_csv('/etc/passwd')", "error", "disabled"),
    ("read_parquet_outside_views", f"SELECT count(*) FROM read_parquet('{FILE}')", "error", "disabled"),
    ("read_parquet_relative", f"SELECT * FROM '{FILE.relative_to(ROOT)}'", "error", "disabled"),
    ("copy_tmp", "COPY (SELECT 1) TO '/tmp/alliance_sql_x.csv'", "refused", "COPY"),
    ("copy_data", f"COPY (SELECT 1) TO '{FILE.parent / 'x.csv'}'", "refused", "COPY"),
    ("copy_over_snapshot", f"COPY areas TO '{FILE}' (FORMAT parquet)", "refused", "COPY"),
    ("attach", "ATTACH '/tmp/alliance_sql_x.db' AS x", "refused", "ATTACH"),
    ("attach_data", f"ATTACH '{FILE.parent / 'x.db'}'", "refused", "ATTACH"),
    ("install", "INSTALL httpfs", "refused", "LOAD"),
    ("load", "LOAD httpfs", "refused", "LOAD"),
    ("set", "SET enable_external_access = true", "refused", "SET"),
    ("reset", "RESET lock_configuration", "refused", "SET"),
    ("pragma", "PRAGMA database_list", "refused", "PRAGMA"),
    ("create_table", "CREATE TABLE t AS SELECT 1", "refused", "CREATE"),
    ("create_view", "CREATE OR REPLACE VIEW areas AS SELECT 1", "refused", "CREATE"),
    ("drop", "DROP VIEW areas", "refused", "DROP"),
    ("export", "EXPORT DATABASE '/tmp/alliance_sql_export'", "refused", "EXPORT"),
    ("call", "CALL pragma_version()", "refused", "CALL"),
    ("explain_analyze", "EXPLAIN ANALYZE SELECT 1", "refused", "EXPLAIN"),
    ("two_statements", "SELECT 1; SELECT 2", "refused", "2"),
    ("select_then_copy", "SELECT 1; COPY (SELECT 1) TO '/tmp/alliance_sql_x.csv'", "refused", "2"),
    ("comment_hides_nothing", "/* harmless */ COPY (SELECT 1) TO '/tmp/alliance_sql_x.csv' -- ;", "refused", "COPY"),
    ("fullwidth_semicolon", "SELECT 1；COPY (SELECT 1) TO '/tmp/alliance_sql_x.csv'", "error", "syntax"),
    ("fullwidth_letters", "ＳＥＬＥＣＴ 1", "error", "syntax"),
    ("query_function", "SELECT * FROM query('CREATE TABLE x AS SELECT 1')", "error", "SELECT"),
    ("unknown_parameter", "SELECT $path", "refused", "$path"),
    ("empty", "  -- only a comment\n/* and another */ ", "refused", "SELECT"),
    ("megabyte", "SELECT 1 " + "-" * (1 << 20), "refused", "characters"),
]


@pytest.mark.parametrize("name,sql,outcome,says", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_sql_is_refused_with_a_message(cat, tmp_path, name, sql, outcome, says):
    started = time.perf_counter()
    got = problem(cat, sql, root=tmp_path, actor="mallory")
    assert got.outcome == outcome and says in got.message("en")
    assert time.perf_counter() - started < 5
    entry = sandbox.log_entries(tmp_path)[-1]
    assert (entry["actor"], entry["outcome"], entry["rows"]) == ("mallory", outcome, 0)
    assert len(entry["query"]) <= sandbox.MAX_SQL_CHARS
    still_answers(cat)
    leftovers = [p for p in FILE.parent.iterdir() if p.suffix in (".csv", ".db")]
    assert leftovers == [] and not any(p.name.startswith("alliance_sql_") for p in __import__("pathlib").Path(
        "/tmp").iterdir())


def test_comments_and_a_trailing_semicolon_are_one_statement(cat):
    df = sandbox.run(cat, "/* ; */ SELECT 1 AS a -- ; DROP VIEW areas\n;").df
    assert df["a"].tolist() == [1]


def test_a_recursive_query_without_end_is_stopped(cat):
    started = time.perf_counter()
    got = problem(cat, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
                  timeout_s=1)
    assert got.outcome == "timeout" and "1 seconds" in got.message("en")
    assert time.perf_counter() - started < 10
    still_answers(cat)


def test_a_cross_join_blow_up_is_stopped(cat):
    got = problem(cat, "SELECT count(*) FROM range(10000000) AS a, range(10000000) AS b", timeout_s=1)
    assert got.outcome == "timeout"
    still_answers(cat)


def test_a_query_over_the_memory_limit_is_stopped(cat):
    got = problem(cat, "SELECT list(range) FROM range(100000000)", memory_limit="128MB", timeout_s=20)
    assert got.key == "sql.memory" and "128MB" in got.message("en")
    still_answers(cat)


def test_five_million_rows_are_cut_at_the_cap(cat, tmp_path):
    started = time.perf_counter()
    res = sandbox.run(cat, "SELECT range AS n FROM range(5000000)", root=tmp_path, row_cap=1000)
    assert res.truncated and len(res.df) == 1000 and res.df["n"].tolist()[:3] == [0, 1, 2]
    assert time.perf_counter() - started < 5  # streamed: the five million are never held
    entry = sandbox.log_entries(tmp_path)[-1]
    assert entry["outcome"] == "ok" and entry["rows"] == 1000 and entry["truncated"]
    exact = sandbox.run(cat, "SELECT range FROM range(1000)", row_cap=1000)
    assert not exact.truncated and len(exact.df) == 1000


def test_errors_name_line_and_column_in_both_languages(cat):
    got = problem(cat, "SELECT '沈阳', 1\nFROM areas WHERE nope = 1")
    assert (got.key, got.params) == ("sql.error_at_column", {"line": 2, "column": 18})
    assert "line 2, column 18" in got.message("en") and "第 2 行第 18 列" in got.message("zh-CN")
    assert "nope" in got.detail  # DuckDB's own text
    assert problem(cat, "SELECT 1；SELECT 2").params == {"line": 1, "column": 17}  # the caret counts display cells


def test_duplicate_column_names_are_told_apart(cat):
    assert list(sandbox.run(cat, "SELECT 1 AS a, 2 AS a, 3 AS a").df.columns) == ["a", "a_2", "a_3"]


def test_an_unknown_snapshot_is_refused(cat):
    assert problem(cat, "SELECT 1", "1999-12-31").key == "sql.refused.snapshot"


# --- the page's filters, bound as parameters ---------------------------------------------------------------------

IN_AREAS = "SELECT count(*) AS n FROM institutions WHERE len($areas) = 0 OR list_contains($areas, area_id)"


def test_the_bindable_filters_are_the_other_pages_filters():
    from alliance.ui import shell

    assert sandbox.FILTERS == shell.FILTER_KEYS
    assert set(sandbox.PARAMETERS) == {"snapshot", *shell.FILTER_KEYS}


def test_a_filter_is_a_list_and_empty_means_all(cat, tmp_path):
    inst = read("institutions")
    assert sandbox.run(cat, IN_AREAS).df["n"].tolist() == [len(inst)]
    assert sandbox.run(cat, IN_AREAS, filters={"areas": []}).df["n"].tolist() == [len(inst)]
    picked = sandbox.run(cat, IN_AREAS, filters={"areas": ["tieling", "fuxin"]}, root=tmp_path, actor="a")
    assert picked.df["n"].tolist() == [int(inst["area_id"].isin(["tieling", "fuxin"]).sum())]
    entry = sandbox.log_entries(tmp_path)[-1]
    assert entry["filters"] == {"areas": ["tieling", "fuxin"]}  # the log says what the same text ran under
    typed = sandbox.run(cat, "SELECT typeof($levels) AS t, len($levels) AS n", filters={"levels": ["national"]}).df
    assert typed.iloc[0].tolist() == ["VARCHAR[]", 1]
    unnested = sandbox.run(cat, "SELECT count(*) AS n FROM labs WHERE level IN (SELECT unnest($levels))",
                           filters={"levels": ["national", "other"]}).df
    assert unnested["n"].tolist() == [int(read("labs")["level"].isin(["national", "other"]).sum())]


def test_only_the_parameters_a_query_names_are_bound(cat):
    # DuckDB refuses a parameter the statement does not use, so a query naming none runs under any filters.
    every = {f: ["x"] for f in sandbox.FILTERS}
    assert sandbox.run(cat, "SELECT 1 AS a", filters=every).params == {}
    res = sandbox.run(cat, "SELECT $snapshot AS s, len($groups) AS g", filters=every)
    assert set(res.params) == {"snapshot", "groups"} and res.df["g"].tolist() == [1]
    with pytest.raises(ValueError):
        sandbox.run(cat, "SELECT 1", filters={"area": ["tieling"]})
    assert sandbox.referenced("SELECT $areas, $snapshot FROM areas") == {"areas", "snapshot"}
    assert sandbox.referenced("SELECT (") == set()


@pytest.mark.parametrize("value", ["tieling') OR true OR ('", "x'; DROP VIEW areas; --",
                                   "' || read_text('/etc/passwd')", "$snapshot", "tieling\u0000", "铁岭；SELECT 1"])
def test_filter_values_are_bound_never_written_into_the_query(cat, value):
    got = sandbox.run(cat, IN_AREAS, filters={"areas": [value]}).df
    assert got["n"].tolist() == [0]  # a value is only a value: it matches no area and runs nothing
    echoed = sandbox.run(cat, "SELECT $areas[1] AS v", filters={"areas": [value]}).df
    assert echoed["v"].tolist() == [value]
    still_answers(cat)


# --- the saved queries, checked from the Parquet files with pandas -----------------------------------------------

def test_saved_queries_open_with_a_description_in_both_languages():
    saved = catalog.saved_queries()
    assert len(saved) >= 3
    for q in saved:
        assert q.sql.startswith("-- ")
        en, sep, zh = q.description.partition(" | ")
        assert sep and en.strip() and zh.strip(), q.name


class Parquet:
    """A snapshot's tables straight from its Parquet files (pyarrow), for expectations computed apart from DuckDB."""

    def __init__(self, root):
        self.root = root
        self.dates = sorted(p.name.split("=", 1)[1] for p in (root / "snapshots").glob("snapshot=*") if p.is_dir())

    def __call__(self, table: str, snapshot: str, columns: list[str] | None = None) -> pd.DataFrame:
        path = self.root / "snapshots" / f"snapshot={snapshot}" / f"{table}.parquet"
        return __import__("pyarrow.parquet").parquet.read_table(path, columns=columns).to_pandas()


def _sql_of(name: str) -> str:
    return next(q.sql for q in catalog.saved_queries() if q.name == name)


def _kept(values: pd.Series, picked) -> pd.Series:
    """The filter idiom in pandas: nothing picked keeps every row."""
    return values.isin(picked) if picked else pd.Series(True, index=values.index)


def check_gaps_per_area(got, rd, snapshot, filters):
    inst, cap, demand = rd("institutions", snapshot), rd("capacity", snapshot), rd("demand", snapshot)
    supply = cap.merge(inst[["institution_id", "area_id"]]).groupby(["area_id", "domain_id"])[
        "annual_capacity_batches"].sum()
    demand = demand[_kept(demand["area_id"], filters.get("areas")) & _kept(demand["domain_id"], filters.get("domains"))]
    index = demand.set_index(["area_id", "domain_id"]).index
    want = demand.set_index(["area_id", "domain_id"])["annual_demand_batches"].sub(supply, fill_value=0)
    want = want[want.index.isin(index)]
    got_gap = got.set_index(["area_id", "domain_id"])["gap_batches"]
    assert len(got) == len(want) and got_gap.astype(int).to_dict() == want.astype(int).to_dict()
    assert got["gap_batches"].is_monotonic_decreasing


def check_tieling_items_per_quarter(got, rd, snapshot, filters):
    q = rd("qualifications", snapshot, ["institution_id", "domain_id", "accredited_on"]).merge(
        rd("institutions", snapshot)[["institution_id", "area_id"]])
    q = q[q["area_id"] == "tieling"]
    quarter = pd.to_datetime(q["accredited_on"]).dt.to_period("Q").dt.start_time.dt.date
    want = q.groupby([quarter, q["domain_id"]]).size()
    assert {(d, dom): int(n) for d, dom, n in zip(got["quarter"], got["domain_id"], got["items_added"])} == \
        {k: int(v) for k, v in want.items()}


def check_motor_vehicle_capacity(got, rd, snapshot, filters):
    q = rd("qualifications", snapshot, ["institution_id", "domain_id"])
    held = q[q["domain_id"] == "motor_vehicle"].groupby("institution_id").size()
    cap = rd("capacity", snapshot)
    cap = cap[cap["domain_id"] == "motor_vehicle"].set_index("institution_id")["annual_capacity_batches"]
    assert dict(zip(got["institution_id"], got["motor_vehicle_items"])) == held.to_dict()
    for row in got.itertuples():
        assert row.no_capacity_record == (row.institution_id not in cap.index)
        if not row.no_capacity_record:
            assert row.annual_capacity_batches == cap[row.institution_id]


def check_items_per_area_over_time(got, rd, snapshot, filters):
    upto = [d for d in rd.dates if d <= snapshot]
    assert sorted({str(d) for d in got["snapshot"]}) == upto  # up to the chosen snapshot only
    for date in upto:
        per_area = rd("qualifications", date, ["institution_id"]).merge(
            rd("institutions", date)[["institution_id", "area_id"]]).groupby("area_id").size()
        rows = got[got["snapshot"].astype(str) == date]
        assert dict(zip(rows["area_id"], rows["items"])) == per_area.to_dict()


def check_institutions_in_scope(got, rd, snapshot, filters):
    inst = rd("institutions", snapshot)
    q = rd("qualifications", snapshot, ["institution_id", "domain_id"])
    labs, wgm = rd("labs", snapshot), rd("working_group_members", snapshot)
    items = q[_kept(q["domain_id"], filters.get("domains"))].groupby("institution_id").size()
    kept_labs = labs[_kept(labs["level"], filters.get("levels"))].groupby("institution_id").size()
    want = inst.assign(items=inst["institution_id"].map(items).fillna(0).astype(int),
                       labs=inst["institution_id"].map(kept_labs).fillna(0).astype(int))
    want = want[_kept(want["area_id"], filters.get("areas"))]
    if filters.get("levels"):
        want = want[want["labs"] > 0]
    if filters.get("domains"):
        want = want[want["items"] > 0]
    if filters.get("groups"):
        members = wgm.loc[wgm["working_group_id"].isin(filters["groups"]), "institution_id"]
        want = want[want["institution_id"].isin(members)]
    want = want.sort_values(["items", "institution_id"], ascending=[False, True])
    assert got["institution_id"].tolist() == want["institution_id"].tolist()
    assert got["items"].tolist() == want["items"].tolist() and got["labs"].tolist() == want["labs"].tolist()
    assert set(got["area_id"]) <= set(filters.get("areas") or inst["area_id"])


# Every shipped saved query, with the check that recomputes it from the Parquet files.
CHECKS = {
    "gaps_per_area": check_gaps_per_area,
    "tieling_items_per_quarter": check_tieling_items_per_quarter,
    "motor_vehicle_capacity": check_motor_vehicle_capacity,
    "items_per_area_over_time": check_items_per_area_over_time,
    "institutions_in_scope": check_institutions_in_scope,
}
FILTER_CASES = {
    "none": {},
    "areas": {"areas": ["tieling", "fuxin"]},
    "domains": {"domains": ["food", "motor_vehicle"]},
    "levels": {"levels": ["national"]},
    "groups": {"groups": ["food_drug"]},
    "all_four": {"areas": ["shenyang", "tieling"], "domains": ["food"], "levels": ["provincial", "municipal"],
                 "groups": ["product_quality", "food_drug"]},
}


def test_every_shipped_query_has_an_independent_check():
    assert sorted(q.name for q in catalog.saved_queries()) == sorted(CHECKS)


def test_a_shipped_query_uses_the_page_filters():
    named = {q.name: sandbox.referenced(q.sql) for q in catalog.saved_queries()}
    assert any(set(sandbox.FILTERS) <= names for names in named.values())  # all four, in one query
    assert any({"areas", "domains"} <= names for names in named.values())


@pytest.mark.parametrize("name", sorted(CHECKS))
@pytest.mark.parametrize("case", sorted(FILTER_CASES))
def test_saved_query_matches_pandas_on_the_demo(cat, name, case):
    rd, filters = Parquet(DATA), FILTER_CASES[case]
    for snapshot in (DATES[2], LATEST):
        got = sandbox.run(cat, _sql_of(name), snapshot, filters=filters).df
        CHECKS[name](got, rd, snapshot, filters)
    if set(filters) & sandbox.referenced(_sql_of(name)):
        # The filters it names narrow the result, so the check above is not passed by a query ignoring them.
        assert len(got) < len(sandbox.run(cat, _sql_of(name), LATEST).df)


@pytest.fixture(scope="module")
def scaled(tmp_path_factory):
    """Scale data of alliance size (60 institutions, 48,000 items a snapshot; ~5 s to write), or the folder
    ALLIANCE_SQL_SCALE_ROOT names (say, national size written by `python -m alliance scale national`)."""
    import os
    from pathlib import Path

    given = os.environ.get("ALLIANCE_SQL_SCALE_ROOT")
    if given:
        return Path(given)
    from alliance.demo.scale import write

    root = tmp_path_factory.mktemp("scaled")
    write("alliance", root)
    return root


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_saved_query_matches_pandas_on_scale_data(scaled, name):
    big, rd = scan(scaled), Parquet(scaled)
    cap = 10**6  # national size lists 50,000 institutions: the check needs every row, not the page's first 10,000
    for case in ("none", "all_four"):
        res = sandbox.run(big, _sql_of(name), rd.dates[-1], filters=FILTER_CASES[case], row_cap=cap, timeout_s=120)
        got = res.df
        assert len(got) and not res.truncated
        CHECKS[name](got, rd, rd.dates[-1], FILTER_CASES[case])


# --- the chart builder and the column catalogue ------------------------------------------------------------------

@pytest.mark.parametrize("kind", chart.KINDS)
def test_quick_chart_escapes_result_text(kind):
    df = pd.DataFrame({"name": ["<a href='javascript:x'>x</a>", "b"], "n": [1, 2]})
    fig = chart.quick(df, kind, "name", "n")
    assert list(fig.data[0].x)[0].startswith("&lt;a")


def test_every_column_has_a_description_in_both_languages():
    for table in catalog.tables("en"):
        for lang in ("en", "zh-CN"):
            cols = catalog.columns(table, lang)
            assert cols["description"].str.strip().ne("").all(), (table, lang)


# --- the CLI ------------------------------------------------------------------------------------------------------

def cli(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "alliance", "sql", *args, "--data-dir", str(data_dir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_cli_runs_a_select_and_logs_it(data_copy):
    done = cli("SELECT area_id, count(*) AS n FROM institutions GROUP BY 1 ORDER BY 1", "--format", "csv",
               "--actor", "analyst@x", "--snapshot", DATES[0], data_dir=data_copy)
    assert done.returncode == 0, done.stderr
    got = pd.read_csv(__import__("io").StringIO(done.stdout))
    assert dict(zip(got["area_id"], got["n"])) == read("institutions", DATES[0]).groupby("area_id").size().to_dict()
    entry = sandbox.log_entries(data_copy)[-1]
    assert (entry["actor"], entry["outcome"], entry["snapshot"], entry["rows"]) == ("analyst@x", "ok", DATES[0], 8)
    as_json = cli("SELECT 1 AS a", "--format", "json", data_dir=data_copy)
    assert json.loads(as_json.stdout) == [{"a": 1}]


def test_cli_binds_the_filters_like_the_page(data_copy):
    sql = _sql_of("institutions_in_scope")
    done = cli(sql, "--area", "tieling", "--area", "shenyang", "--level", "provincial", "--format", "json",
               "--actor", "analyst@x", data_dir=data_copy)
    assert done.returncode == 0, done.stderr
    got = pd.DataFrame(json.loads(done.stdout))
    filters = {"areas": ["tieling", "shenyang"], "levels": ["provincial"]}
    check_institutions_in_scope(got, Parquet(DATA), LATEST, filters)
    assert sandbox.log_entries(data_copy)[-1]["filters"] == {**{f: [] for f in sandbox.FILTERS}, **filters}
    # A query naming no filter runs whatever filters are given.
    assert cli("SELECT 1 AS a", "--domain", "food", "--format", "csv", data_dir=data_copy).stdout.split() == ["a", "1"]
    help_text = subprocess.run([sys.executable, "-m", "alliance", "sql", "--help"], cwd=ROOT, capture_output=True,
                               text=True).stdout
    assert all(flag in help_text for flag in ("--area", "--domain", "--level", "--group"))


@pytest.mark.parametrize("sql,says", [("COPY (SELECT 1) TO '/tmp/alliance_sql_cli.csv'", "SELECT"),
                                      ("SELECT * FROM read_csv('/etc/passwd')", "disabled"),
                                      ("SELECT 1; SELECT 2", "One statement")])
def test_cli_refuses_with_the_message_and_exit_1(data_copy, sql, says):
    done = cli(sql, "--lang", "en", data_dir=data_copy)
    assert done.returncode == 1 and says in done.stderr and done.stdout == ""
    assert sandbox.log_entries(data_copy)[-1]["outcome"] in ("refused", "error")


def test_cli_says_when_rows_were_cut(data_copy):
    done = cli("SELECT * FROM range(20000)", "--format", "csv", "--lang", "en", data_dir=data_copy)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == sandbox.ROW_CAP + 1
    assert "first 10,000 rows" in done.stderr


# --- the page -----------------------------------------------------------------------------------------------------

def test_the_page_runs_a_query_and_shows_the_result(data_copy):
    at = run_page("pages/sql_explorer.py", lang="en")
    assert not at.exception
    at.text_area(key="sql").set_value("SELECT area_id, count(*) AS n FROM institutions GROUP BY 1 ORDER BY 1")
    at.button(key="sql_run").click().run()
    assert not at.exception and not at.error
    shown = next(d.value for d in at.dataframe if "n" in d.value.columns)
    assert dict(zip(shown["area_id"], shown["n"])) == read("institutions").groupby("area_id").size().to_dict()
    assert any("8 rows in" in c.value for c in at.caption)
    assert len(at.get("download_button")) == 2
    assert at.query_params["sql"] == "SELECT area_id, count(*) AS n FROM institutions GROUP BY 1 ORDER BY 1"
    at.radio(key="sql_chart").set_value("bar").run()
    assert not at.exception and len(at.get("plotly_chart")) == 1
    assert sandbox.log_entries(data_copy)[-1]["outcome"] == "ok"


def test_a_link_carries_the_query_and_a_refusal_is_shown(data_copy):
    at = run_page("pages/sql_explorer.py", lang="zh-CN", sql="COPY areas TO '/tmp/alliance_sql_page.csv'")
    assert not at.exception
    assert any("只能运行 SELECT" in e.value for e in at.error)
    at.button(key="sql_saved_open").click().run()  # the first saved query into the editor, and run
    assert at.text_area(key="sql").value.startswith("-- ")
    assert not at.error and len(at.dataframe) >= 2


def test_a_viewer_has_no_route_to_the_sql_page(signed_in):  # noqa: F811
    at = signed_in(None, {"email": "v@alliance.test", "groups": ["viewers"]}, lang="en")
    with pytest.raises(ValueError, match="Could not find"):
        at.switch_page("pages/sql_explorer.py")


def test_an_analyst_has_the_sql_page(signed_in, data_copy):  # noqa: F811
    at = signed_in("pages/sql_explorer.py", {"email": "chen@example.org", "groups": []}, lang="en",
                   sql="SELECT count(*) AS n FROM experts")
    assert not at.exception
    shown = next(d.value for d in at.dataframe if "n" in d.value.columns)
    assert shown["n"].tolist() == [len(read("experts"))]
    assert sandbox.log_entries(data_copy)[-1]["actor"] == "chen@example.org"


def test_the_page_shows_any_result_type_and_charts_a_column_against_itself(data_copy):
    odd = ("SELECT [1, 2] AS l, {'a': 1} AS s, 1.5::DECIMAL(18, 3) AS d, INTERVAL 3 DAY AS i, 'x'::BLOB AS b, "
           "NULL AS n, 12345678901234567890::HUGEINT AS h, '<b>x</b>' AS html, uuid() AS u")
    at = run_page("pages/sql_explorer.py", lang="en", sql=odd, sql_chart="bar")
    assert not at.exception and not at.error
    at = run_page("pages/sql_explorer.py", lang="en", sql="SELECT * FROM range(20000)", sql_chart="line")
    assert not at.exception and len(at.get("plotly_chart")) == 1
    assert any("first 10,000 rows" in w.value for w in at.warning)


def test_the_page_binds_its_filters_and_reruns_when_one_the_query_names_changes(data_copy):
    sql = _sql_of("institutions_in_scope")
    at = run_page("pages/sql_explorer.py", lang="en", sql=sql, areas="tieling,fuxin")
    assert not at.exception and not at.error
    # The same filter widgets as every other page: their keys, their URL parameter, their options.
    assert sorted(at.multiselect(key="areas").value) == ["fuxin", "tieling"]
    assert {m.key for m in at.multiselect} >= {"areas", "domains", "levels", "groups"}
    rd = Parquet(DATA)
    check_institutions_in_scope(table_with(at, "labs"), rd, LATEST, {"areas": ["tieling", "fuxin"]})
    assert any(c.value.startswith("This query binds `$areas`, `$domains`, `$levels`, `$groups`") for c in at.caption)
    assert any("len($areas) = 0 OR list_contains($areas, area_id)" in c.value for c in at.caption)  # the idiom
    runs = len(sandbox.log_entries(data_copy))
    at.multiselect(key="levels").set_value(["national"]).run()
    assert not at.exception and len(sandbox.log_entries(data_copy)) == runs + 1
    check_institutions_in_scope(table_with(at, "labs"), rd, LATEST, {"areas": ["tieling", "fuxin"],
                                                                     "levels": ["national"]})
    assert sandbox.log_entries(data_copy)[-1]["filters"]["levels"] == ["national"]
    # A query naming no filter is not run again when one changes, and says the filters do not reach it.
    at.text_area(key="sql").set_value("SELECT count(*) AS n FROM institutions")
    at.button(key="sql_run").click().run()
    runs = len(sandbox.log_entries(data_copy))
    at.multiselect(key="areas").set_value(["shenyang"]).run()
    assert not at.exception and len(sandbox.log_entries(data_copy)) == runs
    assert table_with(at, "n")["n"].tolist() == [len(read("institutions"))]
    assert any("names no filter" in c.value for c in at.caption)


def test_the_page_sends_one_page_of_rows_and_downloads_the_whole_result(data_copy, monkeypatch):
    from alliance.ui import shell

    downloaded = []
    real = shell.downloads
    monkeypatch.setattr(shell, "downloads", lambda df, *a, **k: (downloaded.append(len(df)), real(df, *a, **k)))
    at = run_page("pages/sql_explorer.py", lang="en", sql="SELECT range AS n FROM range(1234)")
    assert not at.exception and not at.error
    assert table_with(at, "n")["n"].tolist() == list(range(500))  # the browser gets 500 rows, not 1,234
    assert "Rows 1–500 of 1,234" in [c.value for c in at.caption]
    assert downloaded[-1] == 1234  # the files hold every row of the result
    runs = len(sandbox.log_entries(data_copy))
    at.number_input(key="sql_page").set_value(3).run()
    assert not at.exception and table_with(at, "n")["n"].tolist() == list(range(1000, 1234))
    assert "Rows 1,001–1,234 of 1,234" in [c.value for c in at.caption]
    assert at.query_params["sql_page"] in ("3", ["3"])
    assert len(sandbox.log_entries(data_copy)) == runs  # a page turn is not a run: the result is held
    # Another query starts on its first page; a shorter one has no picker.
    at.text_area(key="sql").set_value("SELECT range AS n FROM range(10, 1010)")
    at.button(key="sql_run").click().run()
    assert table_with(at, "n")["n"].tolist() == list(range(10, 510))
    assert at.number_input(key="sql_page").value == 1
    at.text_area(key="sql").set_value("SELECT range AS n FROM range(7)")
    at.button(key="sql_run").click().run()
    assert table_with(at, "n")["n"].tolist() == list(range(7)) and not at.number_input


def test_a_link_opens_its_page_of_the_result_in_chinese(data_copy):
    at = run_page("pages/sql_explorer.py", lang="zh-CN", sql="SELECT range AS n FROM range(20000)", sql_page="20")
    assert not at.exception
    assert table_with(at, "n")["n"].tolist() == list(range(9500, 10000))  # the cap, then its last page
    assert "第 9,501–10,000 行，共 10,000 行" in [c.value for c in at.caption]
    at = run_page("pages/sql_explorer.py", lang="en", sql="SELECT range AS n FROM range(600)", sql_page="9")
    assert table_with(at, "n")["n"].tolist() == list(range(500))  # past the end: the first page


def test_the_benchmark_times_every_shipped_query_beside_its_floor():
    done = subprocess.run([sys.executable, "bench/sql.py", "--runs", "1"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert {r["query"] for r in result["rows"]} == set(CHECKS)
    assert all(r["sandbox_p50_s"] > 0 and r["floor_p50_s"] > 0 and "problem" not in r for r in result["rows"])
    gaps = {r["filters"]: r["rows"] for r in result["rows"] if r["query"] == "gaps_per_area"}
    demand = read("demand")
    assert gaps["all"] == len(demand) and gaps["one area"] in set(demand.groupby("area_id").size())
    assert "| gaps_per_area |" in done.stdout


def test_the_sql_page_does_not_claim_its_counts_follow_the_filters():
    """Other pages say their counts keep to a domain filter; on the SQL page the query decides, so it does not."""
    from alliance import i18n

    said = i18n.t("filters.counts_within", "en")
    sql = run_page("pages/sql_explorer.py", lang="en", domains="food")
    areas = run_page("pages/capacity_by_area.py", lang="en", domains="food")
    assert not sql.exception and not areas.exception
    assert said in [c.value for c in areas.caption] and said not in [c.value for c in sql.caption]
