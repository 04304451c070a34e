"""Deterministic demo snapshots: the published figures exactly in the latest, credible synthetic history before it."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from ..schema import SCHEMAS, TABLES
from ..snapshots import write_snapshot
from . import items as catalog
from . import people
from . import reference as ref
from .allocate import allocate

SEED = 20220729
SNAPSHOTS = ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31", "2022-03-31", "2022-06-30"]

# The published figures (shared/DATA_MODEL.md): the latest snapshot must equal them exactly.
TOTAL_ASSETS_CNY = 1_360_000_000
TOTAL_STAFF = 1_887
TOTAL_ITEMS = 48_024
FLOWMETER_ITEMS = 1_052
EXPERTS = 155
# One-stop batches from the lead institution to other areas, cumulative to 2022-06-30 ("200余批次").
ONE_STOP = {"anshan": 78, "tieling": 61, "benxi": 47, "fushun": 19, "liaoyang": 13, "fuxin": 9}
ONE_STOP_FROM = "2021-10-01"
LEAD = "sy_lead"
LEAD_METROLOGY = "sy_metrology"  # hosts the flowmeter centre

# Credibility rules (README, Data): what the synthetic part must look like.
MAX_SHARED = 0.26  # no two members share more than this share of the smaller item list (the test allows 30%)
NEW_SHARE = 0.2  # items accredited since 2021; the rest 2012-2020 (never before their standard is in force)
TARGET_COVERAGE = 0.9  # typical local capacity ÷ demand where members test a domain locally
COVERAGE_RANGE = (0.2, 1.6)  # local coverage stays inside this in every snapshot; most cells 50-120%
DEMAND_GROWTH = 0.012  # demand grows 1.2% a quarter
MAX_HOLD = 0.5  # no member holds more than half of a domain's catalogue
SERVED_SHARE_MAX = 0.95  # enterprises served in a year ≤ this share of the enterprises needing the domain
DOMAIN_FILL = (0.9, 0.35)  # a domain's items ≤ its catalogue × (0.9 + 0.35 per further member sharing it)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out, m = [], first.replace(day=1)
    while m <= last:
        out.append(m)
        m = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def _lower_first(text: str) -> str:
    """`Electric iron` -> `electric iron`; `CNC lathe`, `PE pipes` keep their capitals."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def quarter_end(day: dt.date) -> str:
    return next(s for s in SNAPSHOTS if d(s) >= day)


@dataclass
class Institution:
    id: str
    area: str
    name_zh: str
    name_en: str
    ownership: str
    domains: list[str]
    size: float
    joined_on: dt.date
    staff: int = 0
    senior: int = 0
    assets_cny: int = 0
    growth: float = 0.0
    cma_no: str = ""


class DemoBuilder:
    def __init__(self, seed: int = SEED):
        self.rng = np.random.default_rng(seed)
        self.areas = {a[0]: a for a in ref.AREAS}
        self.domains = {x[0]: x for x in ref.DOMAINS}
        self.institutions = self._institutions()
        self._size_institutions()
        self.labs = [(*lab[:6], d(lab[6])) for lab in (*ref.LABS, ref.FLOWMETER_LAB)]
        self.qualifications = self._qualifications()
        self.capacity_rate = {}  # (inst, domain) -> batches per staff-share, fixed across snapshots
        self.capacity = self._capacity_all()
        self.demand_base = self._demand_base()
        self.services = self._services()
        self.experts = self._experts()
        self.events = self._events()

    # -- members -------------------------------------------------------------------------------------------
    def _institutions(self) -> dict[str, Institution]:
        out = {}
        for iid, area, kind, zh, en, ownership, domains, size, joined in ref.INSTITUTIONS:
            if kind:
                kzh, ken, kown, kdom, _ = ref.KINDS[kind]
                a = self.areas[area]
                zh = zh or f"{a[1]}市{kzh}"
                en = en or f"{a[2]} {ken}"
                ownership = ownership or kown
                domains = domains or kdom
            assert all(dm in self.domains for dm in domains), iid
            out[iid] = Institution(iid, area, zh, en, ownership, list(domains), size, d(joined))
        return out

    def _size_institutions(self) -> None:
        insts = list(self.institutions.values())
        noise = self.rng.lognormal(0.0, 0.25, len(insts))
        staff = allocate(TOTAL_STAFF, [i.size * n for i, n in zip(insts, noise)], floor=6)
        own_factor = {"public_institution": 1.0, "state_owned_enterprise": 1.35, "private_enterprise": 0.7}
        asset_w = [s * own_factor[i.ownership] * n for i, s, n in
                   zip(insts, staff, self.rng.lognormal(0.0, 0.3, len(insts)))]
        # Assets are booked in units of 10,000 CNY, as annual reports state them.
        assets = allocate(TOTAL_ASSETS_CNY // 10_000, asset_w, floor=50)
        for inst, s, a in zip(insts, staff, assets):
            inst.staff, inst.assets_cny = s, a * 10_000
            inst.senior = int(round(s * self.rng.uniform(0.18, 0.42)))
            inst.growth = float(self.rng.uniform(0.012, 0.03))
            inst.cma_no = f"{self.rng.integers(14, 21):02d}0600{self.rng.integers(100000, 999999):06d}"

    def _texts(self, inst: Institution, day: dt.date) -> dict:
        """Profile texts as of a snapshot: the products it holds most items for, the labs recognised by then."""
        doms = [self.domains[x] for x in inst.domains]
        held: dict[tuple[str, str], int] = {}
        for dm, product, accredited in self.item_products.get(inst.id, []):
            if accredited <= day:
                held[(dm, product)] = held.get((dm, product), 0) + 1
        focus = set(ref.FOCUS.get(inst.id, []))
        family = self.product_families
        # Its best-covered products, its specialities first, led by its main domain: two from the first domain,
        # then one from each of the next.
        top = []
        for dm, n in zip(inst.domains, (2, 1, 1, 1)):
            ranked = sorted((p for d_, p in held if d_ == dm),
                            key=lambda p: (family.get(p) not in focus, -held[(dm, p)], p))
            top += ranked[:n]
        top = top[:4]
        names = self.product_names
        pzh = "、".join(top)
        pen = ", ".join(_lower_first(names.get(p, p)) for p in top)
        labs = [lab for lab in self.labs if lab[1] == inst.id and lab[6] <= day]
        area = self.areas[inst.area]
        if labs:
            azh = "依托" + "、".join(lab[2] for lab in labs) + "，检测设备齐全"
            aen = "Hosts " + "; ".join(lab[3] for lab in labs) + "; fully equipped laboratories"
        else:
            azh = "、".join(x[1] for x in doms) + "领域CMA资质齐全，出具报告周期短"
            aen = "Full CMA accreditation in " + ", ".join(x[2].lower() for x in doms) + "; short report turnaround"
        return {
            "featured_projects_zh": f"{pzh}检验检测",
            "featured_projects_en": f"Testing of {pen}",
            "advantage_resources_zh": azh,
            "advantage_resources_en": aen,
            "service_directions_zh": f"面向{area[1]}及沈阳现代化都市圈企业，提供" + "、".join(x[1] for x in doms) + "检验检测与技术咨询服务",
            "service_directions_en": f"Testing and technical advice in {', '.join(x[2].lower() for x in doms)} "
                                     f"for enterprises in {area[2]} and the metropolitan area",
        }

    def staff_at(self, inst: Institution, snap: str) -> tuple[int, int, int]:
        """Staff, senior staff and assets at a snapshot: the latest values, grown into linearly."""
        k = SNAPSHOTS.index(snap)
        g = 1.0 - (len(SNAPSHOTS) - 1 - k) * inst.growth
        staff = max(1, round(inst.staff * g))
        return staff, min(staff, round(inst.senior * g)), int(round(inst.assets_cny * g / 10_000)) * 10_000

    # -- capability ----------------------------------------------------------------------------------------
    def _item_counts(self) -> dict[tuple[str, str], int]:
        """Items per institution and domain.

        A domain's total follows how finely its capability tables itemise (a residue lab lists every pesticide in
        every crop, an inspection body one row per inspection) and how many members can hold its rows without
        copying each other; within a domain, items follow staff (the first domain of an institution counts
        double) with a heavy-tailed draw (_assign_items makes the totals all differ)."""
        insts = list(self.institutions.values())
        pool = {dm: len(catalog.catalog(dm)) for dm in self.domains}
        holders = {dm: [i for i in insts if dm in i.domains] for dm in self.domains}
        weight = {(i.id, dm): i.staff * (2.0 if i.domains[0] == dm else 1.0) / (len(i.domains) + 1)
                  for i in insts for dm in i.domains}
        staff_in = {dm: sum(weight[(i.id, dm)] for i in holders[dm]) for dm in self.domains}
        # Members that can share a domain's rows: counted by staff, so one dominant member counts as about one.
        sharing = {dm: staff_in[dm] ** 2 / sum(weight[(i.id, dm)] ** 2 for i in holders[dm]) for dm in self.domains}
        room = {dm: pool[dm] * min(MAX_HOLD * len(holders[dm]), DOMAIN_FILL[0] + DOMAIN_FILL[1] * (sharing[dm] - 1))
                for dm in self.domains}
        domain_total = dict(zip(self.domains, allocate(TOTAL_ITEMS - FLOWMETER_ITEMS,
                                                       [(staff_in[dm] * pool[dm]) ** 0.5 for dm in self.domains],
                                                       [int(room[dm]) for dm in self.domains])))
        noise = dict(zip((i.id for i in insts), self.rng.lognormal(0.0, 0.3, len(insts))))
        out = {}
        for dm, members in holders.items():
            w = [i.staff * noise[i.id] * (2.0 if i.domains[0] == dm else 1.0) / (len(i.domains) + 1) for i in members]
            split = allocate(domain_total[dm], w, [self._hold_cap(i.id, dm) for i in members],
                             floor=min(40, pool[dm] // 4))
            out.update({(i.id, dm): n for i, n in zip(members, split)})
        out = {(i.id, dm): out[(i.id, dm)] for i in insts for dm in i.domains}
        totals = {i.id: FLOWMETER_ITEMS if i.id == LEAD_METROLOGY else 0 for i in insts}
        for (iid, _), n in out.items():
            totals[iid] += n
        self.item_totals = totals  # the share limits are set against these; the final counts differ by a few
        return out

    @staticmethod
    def _hold_cap(iid: str, dm: str) -> int:
        """Most rows a member can hold in a domain: half the catalogue, or for a specialist (a coal laboratory in
        metallurgy, a software centre in electrical) its own families and a little around them."""
        leaves = catalog.catalog(dm)
        cap = int(len(leaves) * MAX_HOLD)
        focus = set(ref.FOCUS.get(iid, []))
        own = sum(1 for leaf in leaves if leaf.family in focus)
        if own and own < 0.3 * len(leaves):
            cap = min(cap, int(1.2 * own + 0.1 * (len(leaves) - own)))
        return cap

    def _assign_items(self, counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], list[catalog.Leaf]]:
        """Each member's capability table, built product by product from its own families.

        A member picks a product (its focus families weigh ten times the others, its centres' families three times
        more; products others already test
        weigh less, the more so the closer the member is to its share limit with them), then takes that product's
        rows in table order, dropping some, until it has its count. A row is refused when it would make the member
        share more than MAX_SHARED of the smaller list with anyone. Rows a domain cannot give without breaking that
        go to the member's other domains."""
        rng = self.rng
        totals = dict(self.item_totals)  # planned counts: the share limits are set against these
        cap_of: dict[tuple[str, str], int] = {}
        shared: dict[tuple[str, str], int] = {}
        holders: dict[tuple[str, str], list[str]] = {}  # (item_zh, standard_code) -> institutions

        def cap(a: str, b: str) -> int:
            key = (a, b) if a < b else (b, a)
            if key not in cap_of:
                cap_of[key] = int(MAX_SHARED * min(totals[a], totals[b]))
            return cap_of[key]

        def headroom(a: str, b: str) -> float:
            return max(0.0, 1.0 - shared.get((a, b) if a < b else (b, a), 0) / max(cap(a, b), 1))

        def admit(iid: str, leaf: catalog.Leaf) -> bool:
            others = holders.get((leaf.item_zh, leaf.standard_code), [])
            if any(shared.get((iid, o) if iid < o else (o, iid), 0) >= cap(iid, o) for o in others):
                return False
            for o in others:
                key = (iid, o) if iid < o else (o, iid)
                shared[key] = shared.get(key, 0) + 1
            holders.setdefault((leaf.item_zh, leaf.standard_code), []).append(iid)
            return True

        states: dict[str, dict] = {}

        def state(dm: str) -> dict:
            if dm not in states:
                leaves = catalog.catalog(dm)
                by_product: dict[str, list[catalog.Leaf]] = {}
                for leaf in leaves:
                    by_product.setdefault(leaf.product, []).append(leaf)
                products = list(by_product)
                family = [by_product[p][0].family for p in products]
                takers = sorted((iid for iid, d in counts if d == dm), key=lambda iid: -counts[(iid, dm)])
                pref = {}
                for iid in takers:
                    focus = set(ref.FOCUS.get(iid, []))
                    # A member's own recognised centres are what its table is built around.
                    centre = {f for lab in ref.LABS if lab[1] == iid and lab[5] == dm
                              for f in ref.LAB_FAMILIES[lab[0]] or []}
                    fam_w = dict(zip(dict.fromkeys(family), rng.lognormal(0.0, 0.5, len(set(family)))))
                    pref[iid] = np.array([fam_w[f] * (10.0 if f in focus else 1.0) * (3.0 if f in centre else 1.0)
                                          for f in family])
                states[dm] = {"leaves": leaves, "by_product": by_product, "products": products, "takers": takers,
                              "pref": pref, "need": dict.fromkeys(takers, 0), "held": {i: [] for i in takers},
                              "have": {i: set() for i in takers}, "tried": {i: set() for i in takers},
                              "taken_by": [set() for _ in products]}
            return states[dm]

        def take(st: dict, iid: str, leaf: catalog.Leaf) -> bool:
            key = (leaf.item_zh, leaf.standard_code)
            if key in st["have"][iid] or not admit(iid, leaf):
                return False
            st["held"][iid].append(leaf)
            st["have"][iid].add(key)
            st["need"][iid] -= 1
            return True

        def fill(dm: str, extra: dict[str, int]) -> dict[str, int]:
            """Adds `extra` rows to members' needs in a domain and fills them; returns what could not be filled."""
            st = state(dm)
            need, by_product, products = st["need"], st["by_product"], st["products"]
            for iid, n in extra.items():
                need[iid] += n
            takers = [i for i in st["takers"] if need[i] > 0]
            for keep_p in (0.85, 1.0):
                if keep_p == 1.0:  # second pass: any product not yet taken in full is open again
                    for iid in takers:
                        st["tried"][iid] = {k for k in st["tried"][iid]
                                            if all((x.item_zh, x.standard_code) in st["have"][iid]
                                                   for x in by_product[products[k]])}
                progress = True
                while progress and any(need[i] > 0 for i in takers):
                    progress = False
                    for iid in takers:
                        open_ = [k for k in range(len(products)) if k not in st["tried"][iid]]
                        if need[iid] <= 0 or not open_:
                            continue
                        w = np.array([st["pref"][iid][k] * 0.6 ** len(st["taken_by"][k])
                                      * np.prod([headroom(iid, o) for o in st["taken_by"][k] if o != iid] or [1.0])
                                      for k in open_]) + 1e-9
                        k = open_[int(rng.choice(len(open_), p=w / w.sum()))]
                        st["tried"][iid].add(k)
                        got = 0
                        for leaf in by_product[products[k]]:
                            if need[iid] <= 0:
                                break
                            if leaf.scope_type == "parameter" and keep_p < 1.0 and rng.random() > keep_p:
                                continue
                            got += take(st, iid, leaf)
                        if got:
                            st["taken_by"][k].add(iid)
                            progress = True
            # Last resort: whatever rows are still open, the least-held first.
            for iid in takers:
                if need[iid] > 0:
                    for leaf in sorted(st["leaves"], key=lambda x: len(holders.get((x.item_zh, x.standard_code), []))):
                        if need[iid] <= 0:
                            break
                        take(st, iid, leaf)
            short = {i: need[i] for i in takers if need[i] > 0}
            for iid in short:
                need[iid] = 0
            return short

        short: dict[str, int] = {}
        for dm in self.domains:
            for iid, n in fill(dm, {iid: counts[(iid, d)] for iid, d in counts if d == dm}).items():
                short[iid] = short.get(iid, 0) + n
        full: dict[str, set[str]] = {}

        def place(iid: str, n: int) -> int:
            """Places n more rows in the member's domains, the roomiest first; returns what did not fit."""
            while n:
                options = [dm for dm in self.institutions[iid].domains if dm not in full.get(iid, set())]
                if not options:
                    return n
                dm = max(options, key=lambda x: len(catalog.catalog(x)) - len(state(x)["held"][iid]))
                n = fill(dm, {iid: n}).get(iid, 0)
                if n:
                    full.setdefault(iid, set()).add(dm)
            return 0

        # Rows a member cannot hold go to the lead institution (or, when it is full, the next largest member).
        sinks = [LEAD] + sorted((i.id for i in self.institutions.values() if len(i.domains) > 1 and i.id != LEAD),
                                key=lambda x: -totals[x])

        def give(n: int, exclude: str = "") -> None:
            for iid in sinks:
                if n and iid != exclude:
                    placed = n - place(iid, n)
                    totals[iid] += placed
                    n -= placed
            if n:
                raise ValueError("catalogue too small")

        give(sum(place(iid, n) for iid, n in short.items()))

        def drop(iid: str, leaf: catalog.Leaf) -> None:
            st = next(st for st in states.values() if leaf in st["held"].get(iid, []))
            st["held"][iid].remove(leaf)
            st["have"][iid].discard((leaf.item_zh, leaf.standard_code))
            others = holders[(leaf.item_zh, leaf.standard_code)]
            others.remove(iid)
            for o in others:
                shared[(iid, o) if iid < o else (o, iid)] -= 1
            totals[iid] -= 1

        # From here on the share limits hold against the counts as they now are.
        totals.clear()
        totals.update({iid: sum(len(st["held"][iid]) for st in states.values() if iid in st["held"])
                       for iid in self.institutions})
        totals[LEAD_METROLOGY] += FLOWMETER_ITEMS
        while True:
            cap_of.clear()
            over = [pair for pair, n in shared.items() if n > cap(*pair)]
            if not over:
                break
            # A member that lost rows above may now share too much with someone: it gives up shared rows.
            for a, b in over:
                small, big = (a, b) if totals[a] <= totals[b] else (b, a)
                mine = [x for st in states.values() for x in st["held"].get(small, [])]
                drop(small, next(x for x in reversed(mine) if big in holders[(x.item_zh, x.standard_code)]))
                cap_of.clear()
                give(1, exclude=small)
        # Two members with the same count read as copied data: one of them gives its last row away.
        while True:
            seen: dict[int, str] = {}
            tie = next((iid for iid in sorted(totals) if seen.setdefault(totals[iid], iid) != iid), None)
            if tie is None:
                break
            tie = seen[totals[tie]] if tie == LEAD else tie
            drop(tie, next(st for st in reversed(states.values()) if st["held"].get(tie))["held"][tie][-1])
            cap_of.clear()
            give(1, exclude=tie)
        self.item_totals = dict(totals)
        return {(iid, dm): st["held"][iid] for dm, st in states.items() for iid in st["takers"]}

    def _qualifications(self) -> list[tuple]:
        rng = self.rng
        counts = self._item_counts()
        assigned = self._assign_items(counts)
        labs_by_host: dict[tuple[str, str], list[tuple]] = {}
        for lab in self.labs:
            if lab[0] != ref.FLOWMETER_LAB[0]:
                labs_by_host.setdefault((lab[1], lab[5]), []).append(lab)
        span_old = (d("2012-01-01"), d("2020-12-31"))
        span_new = (d("2021-01-01"), d(SNAPSHOTS[-1]))
        rows = []  # [institution, lab, domain, scope, zh, en, standard, day, product, family]
        for inst in self.institutions.values():
            for dm in inst.domains:
                for leaf in assigned.get((inst.id, dm), []):
                    lo_std = catalog.in_force_from(leaf.item_zh, leaf.standard_code)
                    lo, hi = span_new if rng.random() < NEW_SHARE else span_old
                    if lo_std and lo_std > lo:
                        lo = lo_std
                        if lo > hi:
                            lo, hi = lo_std, span_new[1]
                    day = lo + dt.timedelta(days=int(rng.integers(0, (hi - lo).days + 1)))
                    rows.append([inst.id, None, dm, *leaf.row(), day, leaf.product, leaf.family])
            if inst.id == LEAD_METROLOGY:
                flow = catalog.flowmeter_leaves()
                opened = d(ref.FLOWMETER_LAB[6])
                for idx in np.sort(rng.choice(len(flow), size=FLOWMETER_ITEMS, replace=False)):
                    rows.append([inst.id, ref.FLOWMETER_LAB[0], "metrology", *flow[idx], opened, flow[idx][1], "flow"])
        self._separate_counts(rows)
        # The lab an item belongs to, once the lab is recognised (snapshot() leaves it out before that).
        self.item_lab = [r[1] or self._lab_for(labs_by_host.get((r[0], r[2]), []), r[9], r[8]) for r in rows]
        self.item_products: dict[str, list[tuple]] = {}  # institution -> (domain, product, day), for the texts
        for r in rows:
            self.item_products.setdefault(r[0], []).append((r[2], r[8], r[7]))
        return [(f"q{n:06d}", *r[:8]) for n, r in enumerate(rows, 1)]

    @staticmethod
    def _lab_for(labs: list[tuple], family: str, product: str) -> str | None:
        fit = [lab for lab in labs if ref.LAB_FAMILIES[lab[0]] is None or family in ref.LAB_FAMILIES[lab[0]]]
        if not fit:
            return None
        # Two labs of one host in the same families (a national centre and a municipal one) split the products.
        return fit[sum(map(ord, product)) % len(fit)][0]

    def _separate_counts(self, rows: list[list]) -> None:
        """No two members show the same item count in any snapshot: where two tie, one of the institution's most
        recent items moves into the next quarter."""
        for k, snap in enumerate(SNAPSHOTS[:-1]):
            day, nxt = d(snap), d(SNAPSHOTS[k + 1])
            prev = d(SNAPSHOTS[k - 1]) if k else d("2020-12-31")
            members = {i.id for i in self.institutions.values() if i.joined_on <= day}
            while True:
                count: dict[str, int] = {}
                for r in rows:
                    if r[0] in members and r[7] <= day:
                        count[r[0]] = count.get(r[0], 0) + 1
                by_count: dict[int, list[str]] = {}
                for iid, n in sorted(count.items()):
                    by_count.setdefault(n, []).append(iid)
                tie = next((ids for ids in by_count.values() if len(ids) > 1), None)
                if tie is None:
                    break
                iid = tie[-1]
                movable = [r for r in rows if r[0] == iid and prev < r[7] <= day and r[1] is None]
                if not movable:
                    iid = tie[0]
                    movable = [r for r in rows if r[0] == iid and prev < r[7] <= day and r[1] is None]
                r = movable[int(self.rng.integers(len(movable)))]
                r[7] = day + dt.timedelta(days=int(self.rng.integers(1, (nxt - day).days + 1)))

    def capacity_at(self, snap: str, members: set[str], qualified: set[tuple[str, str]]) -> list[tuple]:
        rows = []
        for inst in self.institutions.values():
            if inst.id not in members:
                continue
            staff = self.staff_at(inst, snap)[0]
            for j, dm in enumerate(inst.domains):
                if (inst.id, dm) not in qualified:
                    continue
                key = (inst.id, dm)
                if key not in self.capacity_rate:
                    self.capacity_rate[key] = float(self.rng.uniform(0.8, 1.2))
                share = (2.0 if j == 0 else 1.0) / (len(inst.domains) + 1)
                rows.append((inst.id, dm, int(round(staff * share * self.domains[dm][4] * self.capacity_rate[key]))))
        return rows

    def _capacity_all(self) -> dict[str, dict[tuple[str, str], int]]:
        """Capacity rows per snapshot, keyed (institution, domain)."""
        out = {}
        for snap in SNAPSHOTS:
            day = d(snap)
            members = {i.id for i in self.institutions.values() if i.joined_on <= day}
            qualified = {(q[1], q[3]) for q in self.qualifications if q[8] <= day}
            out[snap] = {(r[0], r[1]): r[2] for r in self.capacity_at(snap, members, qualified)}
        return out

    # -- need and flows ------------------------------------------------------------------------------------
    def _demand_base(self) -> dict[tuple[str, str], tuple[float, int]]:
        """Annual demand batches and enterprises per area × domain as of the first snapshot (grown 1.2% a quarter).

        Need is estimated from residents and industry. Where members test the domain locally, demand is then
        sized so that local capacity covers it within COVERAGE_RANGE in every snapshot: the alliance's members are
        the region's main laboratories and plan capacity near the need they see, Shenyang carries a surplus that it
        exports, and the small cities run short where their industry is heavy. Where no member tests the domain
        locally, the estimate stands and coverage is 0: a real gap, filled from elsewhere."""
        rng = self.rng
        raw = {}
        for aid, a in self.areas.items():
            people_10k = a[5] if a[5] is not None else 45.0  # the zone: about 450k residents and workers
            for dm, dd in self.domains.items():
                mult = ref.INDUSTRY[aid].get(dm, 1.0)
                raw[(aid, dm)] = people_10k * dd[5] * mult * 0.5 * float(rng.uniform(0.85, 1.15))
        area_of = {i.id: i.area for i in self.institutions.values()}
        local = {snap: {} for snap in SNAPSHOTS}
        for snap, caps in self.capacity.items():
            for (iid, dm), c in caps.items():
                local[snap][(area_of[iid], dm)] = local[snap].get((area_of[iid], dm), 0) + c
        last = local[SNAPSHOTS[-1]]
        scale = {}
        for dm in self.domains:
            ratios = sorted(last[(aid, dm)] / raw[(aid, dm)] for aid in self.areas if last.get((aid, dm)))
            scale[dm] = ratios[len(ratios) // 2] / TARGET_COVERAGE if ratios else 1.0
        lo_c, hi_c = COVERAGE_RANGE
        out = {}
        for (aid, dm), r in sorted(raw.items()):
            est = r * scale[dm]
            growth = [1.0 + DEMAND_GROWTH * k for k in range(len(SNAPSHOTS))]
            if last.get((aid, dm)):
                c = last[(aid, dm)] / (est * growth[-1])
                c = TARGET_COVERAGE * (c / TARGET_COVERAGE) ** 0.45 * float(rng.uniform(0.92, 1.08))
                if aid == "shenyang":
                    c *= 1.12
                c = min(max(c, lo_c + 0.15), hi_c - 0.15)
                base = last[(aid, dm)] / c / growth[-1]
                # Every snapshot in which members test the domain here stays inside the range.
                lo_b = max(local[s][(aid, dm)] / (hi_c * g) for s, g in zip(SNAPSHOTS, growth) if local[s].get((aid, dm)))
                hi_b = min(local[s][(aid, dm)] / (lo_c * g) for s, g in zip(SNAPSHOTS, growth) if local[s].get((aid, dm)))
                base = min(max(base, lo_b * 1.02), hi_b * 0.98)
            else:
                base = est
            firms = max(8, int(round(base / ref.BATCHES_PER_ENTERPRISE[dm] * float(rng.uniform(0.9, 1.1)))))
            out[(aid, dm)] = (base, firms)
        return out

    def demand_at(self, snap: str) -> list[tuple]:
        k = SNAPSHOTS.index(snap)
        survey = {"shenyang", "anshan", "tieling"}
        rows = []
        for (aid, dm), (batches, firms) in self.demand_base.items():
            g = 1.0 + DEMAND_GROWTH * k
            method = "survey" if aid in survey and k >= 2 else "estimate"
            rows.append((aid, dm, int(round(firms * g)), int(round(batches * g)), method))
        return rows

    def _services(self) -> list[tuple]:
        rng = self.rng
        rows = []
        months = month_starts(d("2021-01-01"), d(SNAPSHOTS[-1]))
        season = {1: 0.7, 2: 0.6, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.0, 8: 1.0, 9: 1.1, 10: 1.0, 11: 1.15, 12: 1.25}
        for m in months:
            snap = quarter_end(m)
            k = SNAPSHOTS.index(snap)
            caps = self.capacity[snap]
            live = {key: v for key, v in caps.items() if self.institutions[key[0]].joined_on <= m}
            need = {key: b * (1.0 + DEMAND_GROWTH * k) for key, (b, _) in self.demand_base.items()}
            # Local work first: each institution serves its own area, up to what the area needs.
            local_cap: dict[tuple[str, str], int] = {}
            for (iid, dm), c in live.items():
                local_cap[(self.institutions[iid].area, dm)] = local_cap.get((self.institutions[iid].area, dm), 0) + c
            used: dict[tuple[str, str], int] = {}
            for (iid, dm), c in sorted(live.items()):
                area = self.institutions[iid].area
                fill = min(1.0, need[(area, dm)] / max(local_cap[(area, dm)], 1))
                b = int(round(c / 12 * fill * season[m.month] * rng.uniform(0.6, 0.85)))
                used[(iid, dm)] = b
                if b > 0:
                    rows.append((iid, area, dm, m, b, "routine"))
            # Gaps elsewhere draw on institutions with spare capacity, nearest first.
            for (aid, dm), n in sorted(need.items()):
                gap = n - local_cap.get((aid, dm), 0)
                if gap <= 0:
                    continue
                providers = sorted(
                    ((iid, c) for (iid, pdm), c in live.items()
                     if pdm == dm and iid != LEAD and self.institutions[iid].area != aid),
                    key=lambda p: self.distance_km(self.institutions[p[0]].area, aid),
                )[:3]
                if not providers:
                    continue
                monthly_gap = gap / 12 * rng.uniform(0.25, 0.45) * season[m.month]
                for rank, (iid, c) in enumerate(providers):
                    # No provider works past 95% of its monthly capacity.
                    spare = int(c / 12 * 0.95) - used.get((iid, dm), 0)
                    b = min(spare, int(round(monthly_gap * (0.6, 0.28, 0.12)[rank])))
                    # Less than half a client's yearly batches is no month's work for a provider elsewhere.
                    if b >= ref.BATCHES_PER_ENTERPRISE[dm] / 2:
                        used[(iid, dm)] = used.get((iid, dm), 0) + b
                        rows.append((iid, aid, dm, m, b, "routine"))
        rows += self._one_stop()
        rows += self._emergency()
        rows.sort(key=lambda r: (r[3], r[0], r[1], r[2], r[5]))
        # Enterprises served: a client sends about a year's batches in one go (an annual verification round, a
        # sampling campaign), so a month's batches come from batches ÷ (a year's batches per client) enterprises.
        served = []
        for _, _, dm, _, b, _ in rows:
            per_client = ref.BATCHES_PER_ENTERPRISE[dm] * rng.uniform(0.5, 1.1)
            served.append(max(1, min(b, int(round(b / per_client)))))
        self._cap_served(rows, served)
        return [(f"s{n:07d}", iid, aid, dm, m, b, e, ch)
                for n, ((iid, aid, dm, m, b, ch), e) in enumerate(zip(rows, served), 1)]

    def _cap_served(self, rows: list[tuple], served: list[int]) -> None:
        """Per client area, domain and year, the enterprises served add up to no more than the enterprises that
        need the domain (in the earliest snapshot, so every snapshot holds)."""
        groups: dict[tuple[str, str, int], list[int]] = {}
        for n, (_, aid, dm, m, _, _) in enumerate(rows):
            groups.setdefault((aid, dm, m.year), []).append(n)
        for (aid, dm, _), idx in groups.items():
            limit = int(self.demand_base[(aid, dm)][1] * SERVED_SHARE_MAX)
            total = sum(served[n] for n in idx)
            if total <= limit:
                continue
            if len(idx) > limit:
                raise ValueError(f"more service rows than enterprises for {aid}/{dm}")
            for n in idx:
                served[n] = max(1, int(served[n] * limit / total))
            while sum(served[n] for n in idx) > limit:
                n = max(idx, key=lambda j: served[j])
                served[n] -= 1

    def _one_stop(self) -> list[tuple]:
        months = month_starts(d(ONE_STOP_FROM), d(SNAPSHOTS[-1]))
        lead = self.institutions[LEAD]
        rows = []
        for aid, total in ONE_STOP.items():
            prefs = [dm for dm in lead.domains if ref.INDUSTRY[aid].get(dm, 1.0) > 1.0] or lead.domains[:2]
            prefs = (prefs + [x for x in lead.domains if x not in prefs])[:3]
            per_month = allocate(total, [0.6 + 0.1 * i for i in range(len(months))])
            for m, n in zip(months, per_month):
                split = allocate(n, [3.0, 1.5, 1.0][: len(prefs)])
                rows += [(LEAD, aid, dm, m, b, "one_stop") for dm, b in zip(prefs, split) if b > 0]
        return rows

    def _emergency(self) -> list[tuple]:
        # Epidemic-prevention verification: pipettes, centrifuges, thermometers for nucleic-acid labs.
        plan = {"2022-03-01": {"shenyang": 46, "shenfu": 8, "fushun": 6, "tieling": 5},
                "2022-04-01": {"shenyang": 58, "shenfu": 9, "fushun": 7, "liaoyang": 4, "anshan": 6},
                "2022-05-01": {"shenyang": 31, "benxi": 3, "fuxin": 2}}
        return [("sy_metrology", aid, "metrology", d(m), b, "emergency")
                for m, per_area in plan.items() for aid, b in per_area.items()]

    def distance_km(self, a: str, b: str) -> float:
        (lon1, lat1), (lon2, lat2) = self.areas[a][8:10], self.areas[b][8:10]
        p1, p2 = math.radians(lat1), math.radians(lat2)
        h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
        return 2 * 6371 * math.asin(math.sqrt(h))

    # -- people and milestones -----------------------------------------------------------------------------
    def _experts(self) -> list[tuple]:
        rng = self.rng
        waves = [("2021-02-26", 118), ("2021-09-17", 20), ("2022-03-25", 17)]
        assert sum(n for _, n in waves) == EXPERTS
        surnames, given = list(people.SURNAMES), list(people.GIVEN)
        titles = people.TITLES
        tw = np.array([t[2] for t in titles], dtype=float)
        used, rows = set(), []
        for day, n in waves:
            pool = [i for i in self.institutions.values() if i.joined_on <= d(day)]
            w = np.array([i.senior + 1 for i in pool], dtype=float)
            for _ in range(n):
                inst = pool[rng.choice(len(pool), p=w / w.sum())]
                while True:
                    s = surnames[rng.integers(len(surnames))]
                    g = "".join(given[rng.integers(len(given))] for _ in range(int(rng.integers(1, 3))))
                    if s + g not in used:
                        break
                used.add(s + g)
                en = f"{people.SURNAMES[s]} {''.join(people.GIVEN[c] for c in g).capitalize()}"
                dm = inst.domains[0] if rng.random() < 0.6 else inst.domains[rng.integers(len(inst.domains))]
                t = titles[rng.choice(len(titles), p=tw / tw.sum())]
                spec = people.SPECIALTIES[dm][rng.integers(len(people.SPECIALTIES[dm]))]
                rows.append((s + g, en, inst.id, dm, t[0], t[1], spec[0], spec[1], d(day)))
        return [(f"e{n:03d}", *r) for n, r in enumerate(rows, 1)]

    def _events(self) -> list[tuple]:
        ev = [
            ("2021-01-15", "governance", "建立联盟联席会议制度", "Joint-meeting system established", None, LEAD, None, None),
            ("2021-01-15", "joint_meeting", "联盟第一次联席会议暨成立大会", "1st joint meeting and founding of the alliance", None, LEAD, "shenyang", None),
            ("2021-01-15", "governance", "审议通过《联盟章程》", "Alliance Charter adopted", None, LEAD, None, None),
            ("2021-02-26", "governance", "成员单位签订《框架协议》", "Framework Agreement signed by members", None, LEAD, None, None),
            ("2021-02-26", "governance", "设立专业领域职能工作组", "Functional working groups by professional field set up", None, LEAD, None, None),
            ("2021-02-26", "governance", "组建联盟专家智库", "Alliance expert think tank formed", None, LEAD, None, None),
            ("2021-04-20", "joint_meeting", "联盟第二次联席会议", "2nd joint meeting", None, LEAD, "anshan", None),
            ("2021-06-18", "governance", "成立食品药品职能工作组", "Food and Drug Working Group founded", "food_drug", "sy_food", None, None),
            ("2021-07-16", "joint_meeting", "联盟第三次联席会议", "3rd joint meeting", None, LEAD, "fushun", None),
            ("2021-10-08", "service", "质量基础设施“一站式”服务向都市圈辐射", "One-stop quality-infrastructure service extended across the metropolitan area", "product_quality", LEAD, None, None),
            ("2021-10-22", "joint_meeting", "联盟第四次联席会议", "4th joint meeting", None, LEAD, "tieling", None),
            ("2021-11-05", "membership", "引入抚顺市特种设备监督检验所，在沈阳提供办公场所并协助完成电梯检测备案", "Fushun Special Equipment Supervision and Inspection Institute hosted in Shenyang; elevator-testing registration completed", "special_equipment", "fs_special", "shenyang", None),
            ("2021-11-05", "membership", "引入阜新市特种设备监督检验所，在沈阳提供办公场所并协助完成电梯检测备案", "Fuxin Special Equipment Supervision and Inspection Institute hosted in Shenyang; elevator-testing registration completed", "special_equipment", "fx_special", "shenyang", None),
            ("2021-12-09", "capability", "辽宁省粮油产品质量检验中心获批", "Liaoning Grain and Oil Products Quality Inspection Center recognised", "food_drug", "tl_agri", "tieling", None),
            ("2022-01-14", "joint_meeting", "联盟第五次联席会议", "5th joint meeting", None, LEAD, "shenyang", None),
            ("2022-03-18", "service", "计量职能工作组开启防疫检定应急通道", "Metrology Working Group opens an emergency channel for epidemic-prevention verification", "metrology", "sy_metrology", None, None),
            ("2022-04-15", "joint_meeting", "联盟第六次联席会议", "6th joint meeting", None, LEAD, "benxi", None),
            ("2022-04-28", "service", "产品质量职能工作组提供从原材料到产成品“全链条”质量把控", "Product Quality Working Group offers full-chain quality control from raw materials to finished products", "product_quality", LEAD, None, None),
            ("2022-05-20", "capability", "辽宁省流量计产品质量检验中心建成，新增1052项检验项目资质", "Liaoning Flowmeter Product Quality Inspection Center completed, adding 1,052 qualification items", "metrology", "sy_metrology", "shenyang", FLOWMETER_ITEMS),
        ]
        # Each joint meeting admits the members who joined on its date.
        for day in sorted({i.joined_on for i in self.institutions.values()} - {d("2021-01-15")}):
            n = sum(1 for i in self.institutions.values() if i.joined_on == day)
            ev.append((day.isoformat(), "membership", f"{n}家机构加入联盟", f"{n} institution{'' if n == 1 else 's'} joined the alliance", None, None, None, None))
        ev.sort(key=lambda e: (e[0], e[1]))
        return [(f"ev{n:03d}", d(e[0]), *e[1:]) for n, e in enumerate(ev, 1)]

    # -- one snapshot --------------------------------------------------------------------------------------
    @property
    def product_families(self) -> dict[str, str]:
        if not hasattr(self, "_product_families"):
            self._product_families = {leaf.product: leaf.family for dm in self.domains for leaf in catalog.catalog(dm)}
        return self._product_families

    @property
    def product_names(self) -> dict[str, str]:
        if not hasattr(self, "_product_names"):
            names = {leaf.product: leaf.item_en for dm in self.domains for leaf in catalog.catalog(dm)
                     if leaf.scope_type == "product"}
            names.update({row[1]: row[2] for row in catalog.flowmeter_leaves() if row[0] == "product"})
            self._product_names = names
        return self._product_names

    def snapshot(self, snap: str) -> dict[str, pa.Table]:
        day = d(snap)
        insts = [i for i in self.institutions.values() if i.joined_on <= day]
        members = {i.id for i in insts}
        labs = [lab for lab in self.labs if lab[1] in members and lab[6] <= day]
        lab_day = {lab[0]: lab[6] for lab in self.labs}
        quals = [(*q[:2], lab if lab and lab_day[lab] <= day else None, *q[3:])
                 for q, lab in zip(self.qualifications, self.item_lab) if q[1] in members and q[8] <= day]
        groups = [g for g in ref.WORKING_GROUPS if d(g[4]) <= day]
        gids = {g[0] for g in groups}
        wgm = []
        for g in groups:
            for i in insts:
                role = "lead" if i.id == g[3] else "member"
                hosted = g[0] == "special_equipment" and i.id in ("fs_special", "fx_special")
                if role == "lead" or hosted or any(self.domains[x][3] == g[0] for x in i.domains):
                    wgm.append((g[0], i.id, role))
        tables = {
            "areas": [(a[0], a[1], a[2], a[3], a[4], None if a[5] is None else int(round(a[5] * 10_000)), a[6],
                       None if a[7] is None else int(a[7] * 100_000_000), a[8], a[9]) for a in ref.AREAS],
            # A domain maps to its group only once the group exists in this snapshot.
            "domains": [(x[0], x[1], x[2], x[3] if x[3] in gids else None, None) for x in ref.DOMAINS],
            "institutions": [
                (i.id, i.name_zh, i.name_en, i.area, i.ownership, i.id == LEAD, i.joined_on,
                 self.staff_at(i, snap)[2], self.staff_at(i, snap)[0], self.staff_at(i, snap)[1], i.cma_no,
                 *self._texts(i, day).values()) for i in insts],
            "labs": labs,
            "qualifications": quals,
            "working_groups": [(g[0], g[1], g[2], g[3], d(g[4])) for g in groups],
            "working_group_members": wgm,
            "capacity": [(*key, c) for key, c in self.capacity[snap].items()],
            "demand": self.demand_at(snap),
            "services": [s for s in self.services if s[4] <= day and s[1] in members],
            "experts": [e for e in self.experts if e[9] <= day],
            "events": [e for e in self.events if e[1] <= day and (e[5] is None or e[5] in gids)
                       and (e[6] is None or e[6] in members)],
        }
        return {name: pa.Table.from_pylist([dict(zip(SCHEMAS[name].names, r)) for r in rows], schema=SCHEMAS[name])
                for name, rows in tables.items()}


def build(seed: int = SEED) -> dict[str, dict[str, pa.Table]]:
    """Every demo snapshot's tables, keyed by snapshot date."""
    builder = DemoBuilder(seed)
    return {snap: builder.snapshot(snap) for snap in SNAPSHOTS}


def write_demo(root: Path, *, replace: bool = False, seed: int = SEED) -> list[Path]:
    paths = []
    for snap, tables in build(seed).items():
        assert set(tables) == set(TABLES)
        paths.append(write_snapshot(root, snap, tables, source="demo", replace=replace,
                                    provenance={"generator": "alliance.demo", "seed": seed}))
    return paths
