"""Load test: many real Streamlit sessions at once against a fresh server of the app, all on 127.0.0.1.

    python bench/load.py [--sessions 20] [--seconds 60] [--think 1 0] [--reruns 1000] [--out bench/results]
    python bench/load.py --render [--notes FINDINGS.md]     # load.md again from load.json, with findings
    python bench/load.py --replicas 2 --reruns 0 --name load-replicas-2   # N replicas behind nginx (deploy/)

Each session is a websocket client speaking Streamlit's own protocol, as the browser's front end does: it connects
to /_stcore/stream, sends BackMsg `rerun_script` requests (query string, page script hash, widget states) and reads
ForwardMsgs until `script_finished`. No browser: on 2 cores twenty Chromium contexts would measure the browser's
layout and Plotly drawing, not the server. The server does the same work either way (it runs the script and sends
every element), except that the client announces no cached messages, so the server sends every element in full.

A session is one user's visit: it opens a deep link (a random page, `lang=en` or `lang=zh-CN`, page parameters such
as `gap=`, `q=`, `areas=`), then clicks through every page of the sidebar in a random order, on each page changing
one or two of its widgets (filters, measures, the gap threshold, search boxes, slide buttons) and once switching the
language. Widgets are found by the key at the end of their element id in the ForwardMsg deltas; a change is a rerun
carrying that widget's new state, as a click sends. After the visit it disconnects and a new user arrives.

Phases, each on its own fresh server (the server's first run, its imports, is a warm-up kept apart):
- timed: `--sessions` users at once for `--seconds`, once per `--think` value (seconds between the end of one
  interaction and the next, drawn uniformly from 0.5x..1.5x; 0 = as fast as the server answers).
- reruns: `--reruns` reruns in total across `--sessions` users with no think time; every `--every` reruns all users
  pause, the server settles and its RSS is read, so "RSS after 100" and "after 1,000" are like for like.

An interaction is done when `script_finished` arrives (a run ended by st.rerun() is followed by the next run). An
error is an exception element, a script that finished with a compile error, a "page not found", a disconnect or no
answer within `--timeout`. Error alerts the app shows itself (st.error) are counted apart. Server RSS is VmRSS of the
server process and its children, read from /proc every 2 s. Results: <out>/load.md and <out>/load.json.

With `--replicas N` each phase starts `deploy/run-behind-nginx.sh --replicas N` instead (N identical Streamlit
processes behind one nginx, all on 127.0.0.1) and the sessions connect through nginx: each new websocket carries no
route cookie, so nginx deals them round-robin over the replicas. "Server" is then everything the command runs
(replicas, nginx, the command itself): RSS and CPU of that whole tree, plus each replica's RSS at the start and end
and its peak among the 2 s readings, and how many websockets nginx's access log shows each replica served. Results
go to <out>/<name>.md and .json (`--name`, default load).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
P95_TARGET_MS = 2000
RSS_GROWTH_TARGET_PCT = 10
RSS_EVERY_S = 2.0

# The sidebar's pages by URL path ("" is the overview at /).
PAGES = ("", "changes", "meeting", "areas", "lab-levels", "working-groups", "gaps", "directory", "think-tank",
         "search", "data-sources")
# What a user changes on each page: (interaction kind, widget key). A visit takes PICKS[page] (default 1) of them.
CHANGES = {
    "": [("filter", "ov_area_measure")],
    "changes": [("threshold", "gap"), ("filter", "base"), ("filter", "areas"), ("filter", "domains")],
    "meeting": [("slide", "meeting_next"), ("slide", "meeting_prev")],
    "areas": [("filter", "areas"), ("filter", "domains"), ("filter", "measure"), ("filter", "area")],
    "lab-levels": [("filter", "levels"), ("filter", "domains"), ("filter", "areas")],
    "working-groups": [("filter", "group_measure"), ("filter", "groups")],
    "gaps": [("threshold", "gap"), ("threshold", "gap"), ("filter", "gap_area"), ("filter", "gap_domain")],
    "directory": [("search", "name"), ("filter", "ownership"), ("filter", "institution")],
    "think-tank": [("search", "expert_q"), ("filter", "title")],
    "search": [("search", "q"), ("search", "q"), ("filter", "near"), ("filter", "domains")],
    "data-sources": [],
}
PICKS = {"areas": 2, "gaps": 2, "search": 2}
AREAS = ("shenyang", "anshan", "fushun", "benxi", "fuxin", "liaoyang", "tieling", "shenfu")
KINDS = ("open", "page", "filter", "threshold", "search", "language", "slide")
FINISHED = ForwardMsg.ScriptFinishedStatus


# ---------------------------------------------------------------------------------------------- server and /proc

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, log, env: dict, extra: list[str]) -> subprocess.Popen:
    """`streamlit run app.py` on loopback only, as a user would start it; output to a file so a full pipe never
    stalls the server."""
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.address",
           "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false", *extra]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **env})


def wait_healthy(port: int, proc: subprocess.Popen, limit_s: float = 90) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit_s:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - start
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server not healthy in time")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def start_replicas(n: int, log) -> tuple[subprocess.Popen, int, Path]:
    """deploy/run-behind-nginx.sh --replicas n on free ports, in a session of its own; (process, nginx port,
    runtime folder). The runtime folder is made traversable: as root nginx's workers run as www-data."""
    port = free_port()
    runtime = Path(tempfile.mkdtemp(prefix="load-replicas."))
    runtime.chmod(0o755)
    env = {**os.environ, "PORT": str(port), "RUNTIME_DIR": str(runtime), "PYTHON": sys.executable,
           "REPLICAS": str(n)}
    env.pop("APP_PORT", None)
    if n == 1:  # the single-process path lists no replicas: its one app port is chosen here
        env["APP_PORT"] = str(free_port())
        (runtime / "app-port").write_text(env["APP_PORT"])
    proc = subprocess.Popen(["bash", str(ROOT / "deploy" / "run-behind-nginx.sh")], cwd=ROOT, stdout=log,
                            stderr=subprocess.STDOUT, env=env, start_new_session=True)
    return proc, port, runtime


def replica_list(runtime: Path, proc: subprocess.Popen | None = None) -> dict[str, tuple[int, int]]:
    """name -> (port, pid) of each replica, as the command lists them (with one replica, which the command does not
    list: the Streamlit process below it)."""
    if (runtime / "app-port").exists() and proc is not None:
        for pid in process_tree(proc.pid):
            try:
                if b"streamlit" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return {"r1": (int((runtime / "app-port").read_text()), pid)}
            except OSError:
                pass
        raise OSError("no streamlit process yet")
    out = {}
    for line in (runtime / "replicas").read_text().splitlines():
        name, address, pid = line.split()
        out[name] = (int(address.rsplit(":", 1)[1]), int(pid))
    return out


def wait_replicas(proc: subprocess.Popen, port: int, runtime: Path, n: int, limit_s: float = 120) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit_s:
        if proc.poll() is not None:
            raise RuntimeError(f"run-behind-nginx.sh exited with {proc.returncode}")
        try:
            listed = (runtime / "replicas").exists() or (runtime / "app-port").exists()
            ports = [p for p, _ in replica_list(runtime, proc).values()] if listed else []
            if len(ports) == n and all(_healthy(p) for p in [*ports, port]):
                return time.perf_counter() - start
        except (OSError, ValueError):
            pass
        time.sleep(0.3)
    raise RuntimeError("replicas not healthy in time")


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def stop_replicas(proc: subprocess.Popen) -> None:
    """SIGTERM to the command (its trap stops nginx and the replicas), then anything left in its session."""
    proc.terminate()
    try:
        proc.wait(timeout=40)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, 9)
    except ProcessLookupError:
        pass
    proc.wait()


def websockets_by_replica(runtime: Path, replicas: dict[str, tuple[int, int]]) -> dict[str, int]:
    """Websockets each replica served, from nginx's access log (a websocket is logged when it closes)."""
    names = {f"127.0.0.1:{port}": name for name, (port, _) in replicas.items()}
    counts = dict.fromkeys(replicas, 0)
    log = runtime / "access.log"
    for line in (log.read_text(errors="replace").splitlines() if log.exists() else []):
        if "GET /_stcore/stream" in line and " 101 " in line:
            m = re.search(r"upstream=(\S+(?:, \S+)*) route=", line)
            last = m.group(1).split(", ")[-1] if m else ""
            if last in names:
                counts[names[last]] += 1
            elif not m and len(replicas) == 1:  # one replica: nginx's default log format, one upstream
                counts[next(iter(replicas))] += 1
    return counts


def merged_metrics(ports: list[int]) -> dict:
    """cache_metrics summed over several servers (the replicas)."""
    out: dict[str, dict] = {"memory": {}, "lookups": {}}
    for port in ports:
        one = cache_metrics(port)
        for family in ("memory", "lookups"):
            for k, v in one.get(family, {}).items():
                out[family][k] = out[family].get(k, 0) + v
    return out


def cache_metrics(port: int) -> dict:
    """Streamlit's own /_stcore/metrics: bytes held by each st.cache_data cache (entries, for st.cache_resource, whose
    size Streamlit cannot measure), and cache hits and misses: what grows, and how often a rerun computes anew."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/metrics", timeout=30) as r:
            text = r.read().decode()
    except OSError as exc:
        return {"error": str(exc)}
    out: dict[str, dict] = {"memory": {}, "lookups": {}}
    for line in text.splitlines():
        m = re.match(r'(cache_memory_bytes|cache_lookups_total)\{(.*)\} (\S+)$', line)
        if not m:
            continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        name = labels.get("cache", "?") + (f" {labels['result']}" if "result" in labels else "")
        family = "memory" if m.group(1) == "cache_memory_bytes" else "lookups"
        out[family][name] = out[family].get(name, 0) + float(m.group(3))
    return out


def process_tree(pid: int) -> list[int]:
    """The server and every process below it (Streamlit itself starts none today; a future one would count)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [p for p, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def rss_kb(pid: int) -> int:
    total = 0
    for p in process_tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server's process tree (to see whether the server or the client was busy)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError):
            pass
    return total


def client_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def machine_busy_seconds() -> float:
    """CPU time the whole machine spent busy (all cores), from /proc/stat: beside the server's and the client's own,
    it shows how much of the machine other work took during a run (this machine is shared)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------------------------------------- machine and data

def machine() -> dict:
    import streamlit

    cpu = platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:"))
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 ** 2, 1),
            "python": platform.python_version(), "streamlit": streamlit.__version__,
            "websockets": websockets.__version__, "os": platform.platform(),
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "load_average_start": os.getloadavg()}


def data_dir() -> Path:
    override = os.environ.get("ALLIANCE_DATA_DIR")
    return Path(override).expanduser().resolve() if override else ROOT / "data"


def latest_snapshot(root: Path) -> Path:
    return sorted((root / "snapshots").glob("snapshot=*"))[-1]


def data_size(root: Path) -> dict:
    """Rows of the latest snapshot by table (from its manifest), snapshot count and bytes on disk."""
    snaps = sorted((root / "snapshots").glob("snapshot=*"))
    manifest = json.loads((snaps[-1] / "manifest.json").read_text(encoding="utf-8"))
    rows = {name: t["rows"] for name, t in manifest.get("tables", {}).items()}
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    return {"dir": str(root), "snapshots": len(snaps), "latest": snaps[-1].name.split("=", 1)[1],
            "source": manifest.get("source"), "rows_latest": rows, "bytes": size}


def search_terms(root: Path, seed: int) -> dict[str, list[str]]:
    """Real words for the search boxes, drawn with a fixed seed from the latest snapshot: item names (product and
    parameter, both languages), standard codes with and without year, code families, domain names; institution
    name parts for the directory; expert names and specialties for the think tank."""
    import pyarrow.parquet as pq

    snap, rng = latest_snapshot(root), random.Random(seed)
    items = pq.read_table(snap / "qualifications.parquet", columns=["item_zh", "item_en", "standard_code"])
    names = sorted({p.strip() for col in ("item_zh", "item_en") for v in items[col].to_pylist() if v
                    for p in v.split("·")})
    codes = sorted({v for v in items["standard_code"].to_pylist() if v})
    domains = pq.read_table(snap / "domains.parquet", columns=["name_zh", "name_en"]).to_pylist()
    insts = pq.read_table(snap / "institutions.parquet", columns=["name_zh", "name_en"]).to_pylist()
    experts = pq.read_table(snap / "experts.parquet", columns=["name_zh", "name_en", "specialty_en"]).to_pylist()
    q = rng.sample(names, 24) + rng.sample(codes, 8) + [c.split("-")[0] for c in rng.sample(codes, 8)]
    q += ["JJG", "GB/T", "GB", "HJ", "TSG"] + [d[k] for d in rng.sample(domains, 4) for k in ("name_zh", "name_en")]
    # Generated (scale) data may leave English texts empty: those are skipped.
    name = [i["name_zh"][2:6] for i in rng.sample(insts, 6)]
    name += [i["name_en"].split()[1] for i in rng.sample(insts, 6) if len((i["name_en"] or "").split()) > 1]
    expert_q = [e["name_zh"] for e in rng.sample(experts, 4)]
    expert_q += [e["name_en"].split()[0] for e in rng.sample(experts, 4) if (e["name_en"] or "").split()]
    expert_q += [e["specialty_en"].split()[0] for e in rng.sample(experts, 4) if (e["specialty_en"] or "").split()]
    return {"q": q, "name": name, "expert_q": expert_q}


# ---------------------------------------------------------------------------------------------- one session

@dataclass
class Step:
    kind: str
    page: str
    key: str | None = None


@dataclass
class Outcome:
    ok: bool
    ms: float
    error: str | None = None
    alerts: list[str] = field(default_factory=list)
    bytes: int = 0
    messages: int = 0


class StreamlitClient:
    """One browser tab as the server sees it: a websocket, the pages the app routes, the widgets of the last run,
    the URL's query string as the app last wrote it."""

    def __init__(self, url: str, timeout: float):
        self.url, self.timeout = url, timeout
        self.ws = None
        self.pages: dict[str, str] = {}  # url path -> page script hash, from the navigation message
        self.widgets: dict[str, tuple[str, object]] = {}  # user key -> (element type, element proto)
        self.query = ""
        self.page_hash = ""

    async def connect(self) -> None:
        # "streamlit" is the subprotocol the front end asks for; no Origin header, as a same-origin page sends none
        # that the server would have to check.
        self.ws = await websockets.connect(self.url, subprotocols=["streamlit"], max_size=None,
                                           open_timeout=self.timeout)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    async def rerun(self, *, page_name: str = "", states: list[WidgetState] = (), locale: str = "") -> Outcome:
        msg = BackMsg()
        rs = msg.rerun_script
        rs.query_string, rs.page_script_hash, rs.page_name = self.query, self.page_hash, page_name
        rs.widget_states.widgets.extend(states)
        if locale:
            rs.context_info.locale, rs.context_info.timezone = locale, "Asia/Shanghai"
        return await self._exchange(msg)

    async def _exchange(self, msg: BackMsg) -> Outcome:
        start = time.perf_counter()
        out = Outcome(ok=False, ms=0.0)
        widgets: dict[str, tuple[str, object]] = {}
        try:
            await self.ws.send(msg.SerializeToString())
            async with asyncio.timeout(self.timeout):
                while not await self._read_one(out, widgets):
                    pass
        except TimeoutError:
            out.error = f"timeout: no script_finished within {self.timeout:.0f} s"
        except websockets.ConnectionClosed as exc:
            out.error = f"disconnect: {exc}"
        out.ms = (time.perf_counter() - start) * 1000
        out.ok = out.error is None
        self.widgets = widgets or self.widgets
        return out

    async def _read_one(self, out: Outcome, widgets: dict) -> bool:
        """Reads one ForwardMsg; True once the run is over."""
        raw = await self.ws.recv()
        out.bytes += len(raw)
        out.messages += 1
        fwd = ForwardMsg()
        fwd.ParseFromString(raw)
        kind = fwd.WhichOneof("type")
        if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
            self._read_element(fwd.delta.new_element, out, widgets)
        elif kind == "navigation":
            self.pages = {p.url_pathname: p.page_script_hash for p in fwd.navigation.app_pages}
        elif kind == "page_info_changed":
            self.query = fwd.page_info_changed.query_string
        elif kind == "page_not_found":
            out.error = out.error or f"page not found: {fwd.page_not_found.page_name!r}"
        elif kind == "script_finished":
            if fwd.script_finished == FINISHED.FINISHED_EARLY_FOR_RERUN:  # st.rerun(): the next run follows
                return False
            if fwd.script_finished == FINISHED.FINISHED_WITH_COMPILE_ERROR:
                out.error = out.error or "script finished with a compile error"
            return True
        return False

    @staticmethod
    def _read_element(element, out: Outcome, widgets: dict) -> None:
        kind = element.WhichOneof("type")
        el = getattr(element, kind)
        if kind == "exception":
            out.error = out.error or f"exception {el.type}: {el.message}"[:500]
        elif kind == "alert" and el.format == Alert.ERROR:
            out.alerts.append(el.body[:300])
        elif getattr(el, "id", "").startswith("$$ID-"):
            widgets[el.id.split("-", 2)[2]] = (kind, el)


def other(options: list, current, rng: random.Random):
    """A user changes a widget to something else: any option but the one shown."""
    rest = [o for o in options if o != current]
    return rng.choice(rest or options)


def widget_state(kind: str, el, rng: random.Random, key: str, terms: dict) -> WidgetState | None:
    """The state a user's click or typing would send for this widget, unlike its current value (which the element
    carries); None if there is nothing to do (a disabled button). Choice widgets carry the option's label as shown,
    which is what Streamlit 1.67 puts on the wire."""
    state = WidgetState(id=el.id)
    if kind == "multiselect":  # a quarter of the time back to "all", else one to three options
        options, current = list(el.options), sorted(el.raw_values)
        picks = [[]] + [sorted(rng.sample(options, min(len(options), rng.randint(1, 3)))) for _ in range(3)]
        state.string_array_value.data.extend(other(picks, current, rng))
    elif kind == "button_group":
        state.string_array_value.data.append(other([o.content for o in el.options], list(el.raw_values)[:1], rng))
    elif kind in ("selectbox", "radio"):  # the language switch is the sidebar's radio
        state.string_value = other(list(el.options), el.raw_value, rng)
    elif kind == "slider":
        values = [float(v) for v in range(int(el.min), int(el.max) + 1, int(el.step or 1))]
        state.double_array_value.data.append(other(values, list(el.value)[0] if el.value else None, rng))
    elif kind == "text_input":
        state.string_value = other(terms[key], el.value, rng)
    elif kind == "button":
        if el.disabled:
            return None
        state.trigger_value = True
    else:
        return None
    return state


def deep_link(page: str, lang: str, rng: random.Random, terms: dict) -> str:
    """A link someone pasted: the language and, for some pages, the page's own parameter."""
    params = {"lang": lang}
    if page == "gaps":
        params["gap"] = rng.randrange(0, 201, 5)
    elif page == "search":
        params["q"] = rng.choice(terms["q"])
    elif page == "areas":
        params["areas"] = ",".join(rng.sample(AREAS, rng.randint(1, 3)))
    elif page == "meeting":
        params["slide"] = rng.randint(1, 6)
    return urlencode(params)


def visit_plan(rng: random.Random) -> list[Step]:
    """Open a deep link, then every page in a random order with one or two changes each, one language switch."""
    order = rng.sample(PAGES, len(PAGES))
    steps = [Step("open", order[0])]
    for i, page in enumerate(order):
        if i:
            steps.append(Step("page", page))
        picks = rng.sample(CHANGES[page], min(PICKS.get(page, 1), len(CHANGES[page])))
        steps += [Step(kind, page, key) for kind, key in picks]
    at = rng.randint(1, len(steps))
    steps.insert(at, Step("language", steps[at - 1].page, "lang"))
    return steps


# ---------------------------------------------------------------------------------------------- gates and runs

class Deadline:
    """Timed phase: interactions start until the deadline; those under way finish and count."""

    def __init__(self, seconds: float):
        self.end = time.perf_counter() + seconds

    async def acquire(self) -> bool:
        return time.perf_counter() < self.end

    async def release(self) -> None:
        pass


class Budget:
    """Reruns phase: exactly `total` reruns; every `every` of them all users stop until the server has settled and
    its RSS has been read (checkpoints), so each reading follows exactly that many reruns."""

    def __init__(self, total: int, every: int, pid: int, port: int, settle_s: float):
        self.total, self.every, self.pid, self.port, self.settle_s = total, every, pid, port, settle_s
        self.issued = self.done = 0
        self.limit = min(every, total)
        self.cond = asyncio.Condition()
        self.checkpoints: list[dict] = []
        self.start = time.perf_counter()

    async def acquire(self) -> bool:
        async with self.cond:
            await self.cond.wait_for(lambda: self.issued < self.limit or self.issued >= self.total)
            if self.issued >= self.total:
                return False
            self.issued += 1
            return True

    async def release(self) -> None:
        async with self.cond:
            self.done += 1
            if self.done == self.limit:
                await asyncio.sleep(self.settle_s)  # nobody is running: let the last runs' garbage go
                self.checkpoints.append({"reruns": self.done, "rss_kb": rss_kb(self.pid),
                                         "t_s": round(time.perf_counter() - self.start, 1),
                                         "caches": await asyncio.to_thread(cache_metrics, self.port)})
                self.limit = min(self.limit + self.every, self.total)
                self.cond.notify_all()


@dataclass
class Run:
    """Everything one phase recorded."""
    url: str
    timeout: float
    think: float
    terms: dict
    gate: object
    records: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)
    t0: float = field(default_factory=time.perf_counter)


def prepare(client: StreamlitClient, step: Step, rng: random.Random, run: Run) -> WidgetState | None | bool:
    """The widget state a change sends; True for a page visit or an open (no widget); None when the widget to change
    is not on the page or is disabled (recorded as skipped, and no rerun is sent)."""
    if step.key is None:
        return True
    kind_el = client.widgets.get(step.key)
    state = widget_state(*kind_el, rng, step.key, run.terms) if kind_el else None
    if state is None:
        run.skipped.append({"page": step.page, "key": step.key, "why": "not on page" if not kind_el else "disabled"})
    return state


async def do_step(client: StreamlitClient, step: Step, state, rng: random.Random, run: Run) -> Outcome:
    """Sends the step's rerun: a deep link on a new session, a page visit by its script hash, or a widget change."""
    if step.kind == "open":
        lang = rng.choice(("en", "zh-CN"))
        client.query, client.page_hash = deep_link(step.page, lang, rng, run.terms), ""
        out = await client.rerun(page_name=step.page, locale="en-US" if lang == "en" else "zh-CN")
        client.page_hash = client.pages.get(step.page, "")
        return out
    if step.kind == "page":
        client.page_hash = client.pages[step.page]
        return await client.rerun()
    return await client.rerun(states=[state])


def record(run: Run, sid: int, step: Step, out: Outcome) -> None:
    run.records.append({"t_s": round(time.perf_counter() - run.t0, 3), "session": sid, "kind": step.kind,
                        "page": step.page or "overview", "key": step.key, "ms": round(out.ms, 1), "ok": out.ok,
                        "error": out.error, "alerts": out.alerts, "bytes": out.bytes, "messages": out.messages})


async def visit(sid: int, rng: random.Random, run: Run) -> bool:
    """One user's visit on a new session; False when the gate closed (time up or budget spent)."""
    client = StreamlitClient(run.url, run.timeout)
    pages_seen: set[str] = set()
    try:
        await client.connect()
        for step in visit_plan(rng):
            state = prepare(client, step, rng, run)
            if state is None:
                continue
            if not await run.gate.acquire():
                return False
            try:
                out = await do_step(client, step, state, rng, run)
            finally:
                await run.gate.release()
            record(run, sid, step, out)
            if not out.ok:  # the session is in an unknown state: this user reloads (a new session)
                return True
            pages_seen.add(step.page)
            if run.think:
                await asyncio.sleep(rng.uniform(0.5, 1.5) * run.think)
        return True
    except (OSError, websockets.WebSocketException) as exc:
        run.records.append({"t_s": round(time.perf_counter() - run.t0, 3), "session": sid, "kind": "open",
                            "page": "-", "key": None, "ms": 0, "ok": False, "error": f"connect: {exc}",
                            "alerts": [], "bytes": 0, "messages": 0})
        return True
    finally:
        run.visits.append({"session": sid, "pages": len(pages_seen)})
        await client.close()


async def user(sid: int, seed: int, run: Run) -> None:
    rng = random.Random(seed * 1000 + sid)
    if run.think:  # users do not all arrive in the same millisecond
        await asyncio.sleep(rng.uniform(0, run.think))
    while await visit(sid, rng, run):
        pass


async def sample_rss(pid: int, t0: float, samples: list, stop: asyncio.Event, per_replica=None) -> None:
    while not stop.is_set():
        samples.append((round(time.perf_counter() - t0, 1), rss_kb(pid)))
        if per_replica:  # each replica's own peak
            replicas, peaks = per_replica
            for n, (_, rpid) in replicas.items():
                peaks[n] = max(peaks[n], rss_kb(rpid))
        try:
            await asyncio.wait_for(stop.wait(), RSS_EVERY_S)
        except TimeoutError:
            pass


async def drive(run: Run, sessions: int, seed: int, pid: int, per_replica=None) -> dict:
    samples: list = []
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_rss(pid, run.t0, samples, stop, per_replica))
    cpu0, client0, busy0 = cpu_seconds(pid), client_cpu_seconds(), machine_busy_seconds()
    run.t0 = time.perf_counter()
    await asyncio.gather(*(user(i, seed, run) for i in range(sessions)))
    wall = time.perf_counter() - run.t0
    server, client = cpu_seconds(pid) - cpu0, client_cpu_seconds() - client0
    others = machine_busy_seconds() - busy0 - server - client
    stop.set()
    await sampler
    samples.append((round(wall, 1), rss_kb(pid)))
    return {"wall_s": round(wall, 1), "server_cpu_s": round(server, 1), "client_cpu_s": round(client, 1),
            "other_cpu_s": round(max(others, 0.0), 1), "rss_samples": samples}


async def warm_up(url: str, timeout: float) -> float:
    """The server's first run (imports, first queries): timed, kept apart from the load."""
    client = StreamlitClient(url, timeout)
    await client.connect()
    try:
        out = await client.rerun(page_name="", locale="zh-CN")
    finally:
        await client.close()
    if not out.ok:
        raise RuntimeError(f"warm-up failed: {out.error}")
    return round(out.ms, 1)


def phase(name: str, args, terms: dict, think: float, gate_for) -> dict:
    """One phase on its own fresh server: start, warm up, drive, stop; the server's log is scanned for errors."""
    if args.replicas:
        return replicas_phase(name, args, terms, think, gate_for)
    port = free_port()
    with tempfile.NamedTemporaryFile("w+", prefix="load-server-", suffix=".log") as log:
        extra = ["--server.fileWatcherType", "none"] if args.no_file_watcher else []
        proc = start_server(port, log, {}, extra)
        try:
            started = wait_healthy(port, proc)
            url = f"ws://127.0.0.1:{port}/_stcore/stream"
            warm = asyncio.run(warm_up(url, args.timeout))
            rss_idle = rss_kb(proc.pid)
            gate = gate_for(proc.pid, port)
            run = Run(url, args.timeout, think, terms, gate)
            usage = asyncio.run(drive(run, args.sessions, args.seed, proc.pid))
            usage["caches_end"] = cache_metrics(port)
        finally:
            stop_server(proc)
        log.seek(0)
        server_log = log.read()
    print(f"{name}: {len(run.records)} interactions in {usage['wall_s']} s", file=sys.stderr)
    return {"name": name, "sessions": args.sessions, "think_s": think, "server_start_s": round(started, 1),
            "warm_up_ms": warm, "rss_after_warm_up_kb": rss_idle, **usage, "gate": gate, "records": run.records,
            "skipped": run.skipped, "visits": run.visits, "server_log": log_problems(server_log)}


def replicas_phase(name: str, args, terms: dict, think: float, gate_for) -> dict:
    """phase() against `--replicas` N replicas behind nginx, started fresh for the phase by deploy/'s command."""
    with tempfile.NamedTemporaryFile("w+", prefix="load-replicas-", suffix=".log") as log:
        proc, port, runtime = start_replicas(args.replicas, log)
        replicas: dict[str, tuple[int, int]] = {}
        try:
            started = wait_replicas(proc, port, runtime, args.replicas)
            replicas = replica_list(runtime, proc)
            url = f"ws://127.0.0.1:{port}/_stcore/stream"
            # One warm-up per replica: new websockets go round-robin, so N of them reach N replicas.
            warm = max(asyncio.run(warm_up(url, args.timeout)) for _ in replicas)
            rss_start = {n: rss_kb(pid) for n, (_, pid) in replicas.items()}
            rss_idle = rss_kb(proc.pid)
            ports = [p for p, _ in replicas.values()]
            gate = gate_for(proc.pid, ports[0])
            run = Run(url, args.timeout, think, terms, gate)
            peaks = dict.fromkeys(replicas, 0)
            usage = asyncio.run(drive(run, args.sessions, args.seed, proc.pid, per_replica=(replicas, peaks)))
            usage["caches_end"] = merged_metrics(ports)
            usage["replicas"] = {n: {"port": p, "rss_start_kb": rss_start[n], "rss_end_kb": rss_kb(pid),
                                     "rss_peak_kb": max(peaks[n], rss_kb(pid))}
                                 for n, (p, pid) in replicas.items()}
        finally:
            stop_replicas(proc)
            counts = websockets_by_replica(runtime, replicas)  # nginx has stopped: it logs a websocket as it closes
            shutil.rmtree(runtime, ignore_errors=True)
        usage["websockets_by_replica"] = counts
        log.seek(0)
        server_log = log.read()
    print(f"{name}: {len(run.records)} interactions in {usage['wall_s']} s on {args.replicas} replicas",
          file=sys.stderr)
    return {"name": name, "sessions": args.sessions, "think_s": think, "server_start_s": round(started, 1),
            "warm_up_ms": warm, "rss_after_warm_up_kb": rss_idle, **usage, "gate": gate, "records": run.records,
            "skipped": run.skipped, "visits": run.visits, "server_log": log_problems(server_log)}


def log_problems(text: str) -> dict:
    """Tracebacks and error lines the server printed (an exception can be logged and never reach a session); the
    log's first problem is kept with the 40 lines that follow it, for the whole traceback."""
    lines = text.splitlines()
    hits = [i for i, ln in enumerate(lines) if re.search(r"Traceback|Error|Exception|WARNING|CRITICAL", ln)]
    return {"lines": len(hits), "first": [lines[i] for i in hits[:10]],
            "first_context": lines[hits[0]:hits[0] + 40] if hits else []}


# ---------------------------------------------------------------------------------------------- statistics

def pct(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * p // 100) - 1))]


def latency(records: list[dict]) -> dict:
    ms = [r["ms"] for r in records if r["ok"]]
    return {"n": len(ms), "p50": pct(ms, 50), "p95": pct(ms, 95), "max": max(ms) if ms else None}


def summarize(ph: dict) -> dict:
    recs = ph["records"]
    errors = [r for r in recs if not r["ok"]]
    done = [r for r in recs if r["ok"]]
    alerts = [a for r in recs for a in r["alerts"]]
    rss = [kb for _, kb in ph["rss_samples"]]
    pages_per_visit = sorted(v["pages"] for v in ph["visits"])
    return {
        "interactions": len(done), "errors": len(errors),
        "error_kinds": {k: sum(1 for r in errors if (r["error"] or "").startswith(k))
                        for k in ("exception", "timeout", "disconnect", "page not found", "script", "connect")},
        "first_errors": [{k: r[k] for k in ("t_s", "kind", "page", "key", "error")} for r in errors[:5]],
        "error_alerts": len(alerts), "first_error_alerts": alerts[:5],
        "throughput_per_s": round(len(done) / ph["wall_s"], 2) if ph["wall_s"] else None,
        "all": latency(recs),
        "by_kind": {k: latency([r for r in recs if r["kind"] == k]) for k in KINDS},
        "by_page": {p: latency([r for r in recs if r["page"] == p]) for p in sorted({r["page"] for r in recs})},
        "rss_mb": {"min": mb(min(rss)), "max": mb(max(rss)), "last": mb(rss[-1])} if rss else {},
        "mb_received": round(sum(r["bytes"] for r in recs) / 1e6, 1),
        "visits": len(pages_per_visit), "complete_visits": sum(1 for n in pages_per_visit if n == len(PAGES)),
        "skipped": len(ph["skipped"]), "skipped_keys": sorted({f"{s['page'] or 'overview'}:{s['key']}"
                                                               for s in ph["skipped"]}),
    }


def mb(kb: float) -> float:
    return round(kb / 1024, 1)


def rerun_growth(checkpoints: list[dict]) -> dict:
    """RSS growth from the reading after 100 reruns (or the first reading, in a short run) to the last."""
    by = {c["reruns"]: c["rss_kb"] for c in checkpoints}
    base_n, last = (100 if 100 in by else min(by)), max(by)
    return {"base": base_n, "rss_at_base_mb": mb(by[base_n]), "rss_at_n_mb": mb(by[last]), "n": last,
            "growth_pct": round((by[last] - by[base_n]) / by[base_n] * 100, 1)}


# ---------------------------------------------------------------------------------------------- report

def fmt(v) -> str:
    return "—" if v is None else f"{v:,.0f}"


def target_rows(res: dict) -> list[str]:
    rows = []
    for ph in res["timed"]:
        s = ph["summary"]
        met = s["errors"] == 0 and s["all"]["p95"] is not None and s["all"]["p95"] <= P95_TARGET_MS
        rows.append(f"| {ph['sessions']} sessions × {ph['seconds']} s, think {ph['think_s']:g} s: 0 errors, "
                    f"p95 ≤ {P95_TARGET_MS:,} ms | {s['errors']} errors, p95 {fmt(s['all']['p95'])} ms "
                    f"({s['interactions']:,} interactions) | {'yes' if met else 'no'} |")
    if res.get("reruns"):
        g = res["reruns"]["growth"]
        met = g["growth_pct"] <= RSS_GROWTH_TARGET_PCT
        rows.append(f"| RSS after {g['n']:,} reruns within {RSS_GROWTH_TARGET_PCT} % of RSS after {g['base']:,} | "
                    f"{g['rss_at_base_mb']:,} → {g['rss_at_n_mb']:,} MB ({g['growth_pct']:+.1f} %) | "
                    f"{'yes' if met else 'no'} |")
    return rows


def latency_table(title: str, rows: dict) -> list[str]:
    out = [f"| {title} | n | p50 ms | p95 ms | max ms |", "|---|---|---|---|---|"]
    out += [f"| {k} | {v['n']:,} | {fmt(v['p50'])} | {fmt(v['p95'])} | {fmt(v['max'])} |"
            for k, v in rows.items() if v["n"]]
    return out


def phase_section(ph: dict) -> list[str]:
    s = ph["summary"]
    out = [f"## {ph['sessions']} sessions, {ph['seconds']} s, think time {ph['think_s']:g} s", "",
           f"- interactions done: **{s['interactions']:,}** in {ph['wall_s']} s ({s['throughput_per_s']}/s); "
           f"errors: **{s['errors']}**; error messages shown by the app (st.error): {s['error_alerts']}",
           f"- visits: {s['visits']} ({s['complete_visits']} went through all {len(PAGES)} pages before time was "
           f"up); {s['mb_received']} MB received; changes skipped (widget not on page): {s['skipped']}"
           + (f" ({', '.join(s['skipped_keys'])})" if s["skipped_keys"] else ""),
           f"- server: first run after start (warm-up, not counted) {fmt(ph['warm_up_ms'])} ms; CPU "
           f"{ph['server_cpu_s']} s in {ph['wall_s']} s wall on {os.cpu_count()} cores (this client "
           f"{ph['client_cpu_s']} s, other processes on the machine {ph['other_cpu_s']} s); RSS after warm-up "
           f"{mb(ph['rss_after_warm_up_kb'])} MB, during the run min {s['rss_mb'].get('min')} / max "
           f"{s['rss_mb'].get('max')} / last {s['rss_mb'].get('last')} MB",
           *replicas_lines(ph),
           f"- caches at the end: {hit_line(ph.get('caches_end', {}))}",
           f"- server log: {ph['server_log']['lines']} error/warning lines", ""]
    for e in s["first_errors"]:
        out.insert(-1, f"  - error at {e['t_s']} s, {e['kind']} {e['page']} {e['key'] or ''}: `{e['error']}`")
    for a in s["first_error_alerts"]:
        out.insert(-1, f"  - app error message: `{a[:200]}`")
    for line in ph["server_log"]["first"][:5]:
        out.insert(-1, f"  - server log: `{line[:200]}`")
    out += latency_table("interaction", {"all": s["all"], **s["by_kind"]}) + [""]
    out += latency_table("page (every interaction on it)", s["by_page"]) + [""]
    return out


def replicas_lines(ph: dict) -> list[str]:
    """With --replicas: each replica's RSS and the websockets nginx gave it."""
    reps = ph.get("replicas")
    if not reps:
        return []
    ws = ph.get("websockets_by_replica", {})
    per = "; ".join(f"{n}: {mb(r['rss_start_kb'])} → {mb(r['rss_end_kb'])} MB (peak {mb(r['rss_peak_kb'])}), "
                    f"{ws.get(n, 0)} websockets" for n, r in reps.items())
    return [f"- {len(reps)} replica{'s' if len(reps) > 1 else ''} behind nginx (RSS and CPU above: the whole "
            "command, replicas + nginx); "
            f"per replica, RSS after warm-up → end: {per}"]


def reruns_section(rr: dict) -> list[str]:
    s, g = rr["summary"], rr["growth"]
    out = [f"## {g['n']:,} reruns, {rr['sessions']} sessions, no think time", "",
           f"- {s['interactions']:,} done, **{s['errors']} errors**, p50 {fmt(s['all']['p50'])} / p95 "
           f"{fmt(s['all']['p95'])} ms, {rr['wall_s']} s including the pauses at checkpoints",
           f"- RSS after warm-up {mb(rr['rss_after_warm_up_kb'])} MB; after {g['base']:,} reruns "
           f"**{g['rss_at_base_mb']} MB**, "
           f"after {g['n']:,} **{g['rss_at_n_mb']} MB**: {g['growth_pct']:+.1f} % (target ≤ "
           f"{RSS_GROWTH_TARGET_PCT} %)", ""]
    for e in s["first_errors"]:
        out.insert(-1, f"  - error: {e['kind']} {e['page']} {e['key'] or ''}: `{e['error']}`")
    out += ["| reruns | RSS MB | at s | " + " | ".join(CACHE_COLUMNS) + " |",
            "|---|---|---|" + "---|" * len(CACHE_COLUMNS)]
    out += [f"| {c['reruns']:,} | {mb(c['rss_kb'])} | {c['t_s']} | " + " | ".join(cache_cells(c["caches"])) + " |"
            for c in rr["checkpoints"]]
    return out + ["", "Caches as Streamlit's /_stcore/metrics reports them: bytes for st.cache_data, entries for "
                  "st.cache_resource (Streamlit does not size resources).", ""]


CACHE_COLUMNS = ("query cache MB", "figures cached", "query misses", "figure misses")


def cache_cells(caches: dict) -> list[str]:
    mem, look = caches.get("memory", {}), caches.get("lookups", {})
    return [f"{mem.get('alliance.ui.data._query', 0) / 1e6:.1f}", fmt(mem.get("alliance.ui.data._figure")),
            fmt(look.get("alliance.ui.data._query miss")), fmt(look.get("alliance.ui.data._figure miss"))]


def hit_line(caches: dict) -> str:
    """Cache hits and misses over a phase: a miss runs DuckDB or builds a figure inside the rerun."""
    look = caches.get("lookups", {})
    parts = []
    for name in ("_query", "_figure"):
        hit, miss = look.get(f"alliance.ui.data.{name} hit", 0), look.get(f"alliance.ui.data.{name} miss", 0)
        if hit + miss:
            parts.append(f"{name.strip('_')} cache {hit:,.0f} hits / {miss:,.0f} misses")
    return "; ".join(parts) or "no cache metrics"


def report(res: dict) -> str:
    m, d = res["machine"], res["data"]
    rows = ", ".join(f"{k} {v:,}" for k, v in d["rows_latest"].items())
    n = res.get("replicas")
    title = f"Load test, {n} replica{'s' if n > 1 else ''} behind nginx" if n else "Load test"
    lines = [f"# {title} ({m['date']})", "", f"Command: `{res['command']}`", "",
             f"Machine: {m['cores']} cores ({m['cpu']}), {m['ram_gb']} GB RAM, {m['os']}; Python {m['python']}, "
             f"Streamlit {m['streamlit']}, websockets {m['websockets']}; load average at start "
             f"{m['load_average_start'][0]:.2f}. Client and server share the machine.", "",
             f"Data: `{d['dir']}`, {d['snapshots']} snapshots ({d['source']}), {d['bytes'] / 1e6:.1f} MB on disk; "
             f"latest {d['latest']}: {rows}.", "",
             "| target (issue 14) | measured | met |", "|---|---|---|", *target_rows(res), "",
             "How: " + METHOD, ""]
    for ph in res["timed"]:
        lines += phase_section(ph)
    if res.get("reruns"):
        lines += reruns_section(res["reruns"])
    if res.get("notes"):
        lines += ["## Findings", "", res["notes"].strip(), ""]
    return "\n".join(lines)


METHOD = (
    "each session is a Python websocket client speaking Streamlit's protocol (BackMsg `rerun_script` out, "
    "ForwardMsg in), not a browser: on 2 cores twenty Chromium contexts would measure Chromium, and the server's "
    "work per rerun is the same. A session opens a deep link (random page, `lang=en|zh-CN`, `gap=`/`q=`/`areas=`/"
    "`slide=`), then visits every page in random order (a rerun with the page's script hash, as a sidebar click "
    "sends) and changes one or two widgets on each by their key (filters, measures, the gap threshold 0–200 step 5, "
    "search boxes with item names, standard codes, families and domain names from the snapshot, slide buttons), "
    "switches language once, then leaves; a new user takes its place. Latency is from sending the rerun to "
    "`script_finished` (the server's whole run and every element sent; no browser drawing). The client sends no "
    "cached-message hashes, so every element comes in full. p50/p95 are nearest-rank; `open` is a new session's "
    "first run; think time is drawn from 0.5×–1.5× the stated value. Each phase runs on a fresh server."
)


# ---------------------------------------------------------------------------------------------- main

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20, help="concurrent sessions (users)")
    ap.add_argument("--seconds", type=float, default=60, help="length of each timed phase; 0 skips them")
    ap.add_argument("--think", type=float, nargs="+", default=[1.0, 0.0],
                    help="think time(s) in seconds, one timed phase each (default: 1 s, then 0)")
    ap.add_argument("--reruns", type=int, default=1000, help="reruns for the memory phase; 0 skips it")
    ap.add_argument("--every", type=int, default=100, help="RSS checkpoint every N reruns")
    ap.add_argument("--timeout", type=float, default=30, help="seconds an interaction may take before an error")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-file-watcher", action="store_true",
                    help="pass --server.fileWatcherType none explicitly (the project's .streamlit/config.toml "
                         "already sets it: edits during a run unloaded modules under running sessions)")
    ap.add_argument("--out", type=Path, default=RESULTS, help="directory for load.md and load.json")
    ap.add_argument("--name", default="load", help="file names in --out: <name>.md, <name>.json (default load)")
    ap.add_argument("--replicas", type=int, default=0,
                    help="run N replicas behind nginx (deploy/run-behind-nginx.sh --replicas N) for each phase, "
                         "the sessions through nginx; default 0: one bare Streamlit server, no nginx")
    ap.add_argument("--notes", type=Path, help="markdown file appended to load.md under Findings")
    ap.add_argument("--render", action="store_true",
                    help="run nothing: write load.md again from <out>/load.json (with --notes, if given)")
    return ap.parse_args(argv)


def main(argv=None) -> dict:
    args = parse_args(argv)
    if args.render:
        return render(args)
    root = data_dir()
    terms = search_terms(root, args.seed)
    res = {"command": "python bench/load.py " + " ".join(sys.argv[1:] if argv is None else argv),
           "machine": machine(), "data": data_size(root), "terms": terms, "timed": [], "replicas": args.replicas}
    if args.seconds > 0:
        for think in args.think:
            ph = phase(f"timed think={think:g}", args, terms, think, lambda pid, port: Deadline(args.seconds))
            ph.update(seconds=args.seconds, summary=summarize(ph))
            res["timed"].append(ph)
    if args.reruns > 0:
        ph = phase("reruns", args, terms, 0.0,
                   lambda pid, port: Budget(args.reruns, args.every, pid, port, settle_s=2.0))
        ph.update(summary=summarize(ph), checkpoints=ph["gate"].checkpoints)
        ph["growth"] = rerun_growth(ph["checkpoints"])
        res["reruns"] = ph
    res["machine"]["load_average_end"] = os.getloadavg()
    if args.notes:
        res["notes"] = args.notes.read_text(encoding="utf-8")
    write(res, args.out, args.name)
    return res


def render(args) -> dict:
    res = json.loads((args.out / f"{args.name}.json").read_text(encoding="utf-8"))
    if args.notes:
        res["notes"] = args.notes.read_text(encoding="utf-8")
    write(res, args.out, args.name)
    return res


def write(res: dict, out: Path, name: str = "load") -> None:
    out.mkdir(parents=True, exist_ok=True)
    for ph in res["timed"] + ([res["reruns"]] if res.get("reruns") else []):
        ph.pop("gate", None)
    (out / f"{name}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / f"{name}.md").write_text(report(res), encoding="utf-8")
    print(f"wrote {out / name}.md and {name}.json", file=sys.stderr)


if __name__ == "__main__":
    main()
