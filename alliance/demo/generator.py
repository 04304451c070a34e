"""Deterministic demo snapshots: the published figures exactly in the latest, credible synthetic history before it."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
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


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out, m = [], first.replace(day=1)
    while m <= last:
        out.append(m)
        m = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


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
    texts: dict = field(default_factory=dict)


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
            inst.texts = self._texts(inst)

    def _texts(self, inst: Institution) -> dict:
        doms = [self.domains[x] for x in inst.domains]
        prods = [catalog.parse(catalog.CATALOG[x][0])[:2] for x in inst.domains[:3]]
        pzh = "、".join(p[0] for ps in prods for p in ps)
        pen = ", ".join(p[1].lower() for ps in prods for p in ps)
        labs = [lab for lab in (*ref.LABS, ref.FLOWMETER_LAB) if lab[1] == inst.id]
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
    def _qualifications(self) -> list[tuple]:
        rng = self.rng
        pairs, weights, caps = [], [], []
        for inst in self.institutions.values():
            for j, dm in enumerate(inst.domains):
                pairs.append((inst.id, dm))
                weights.append(inst.staff * (2.0 if j == 0 else 1.0) / (len(inst.domains) + 1))
                caps.append(len(catalog.leaves(dm)))
        counts = allocate(TOTAL_ITEMS - FLOWMETER_ITEMS, weights, caps)
        lab_by = {}
        for lab in self.labs:
            lab_by.setdefault((lab[1], lab[5]), lab)
        rows = []
        span_old = (d("2012-01-01"), d("2020-12-31"))
        span_new = (d("2021-01-01"), d(SNAPSHOTS[-1]))
        for (iid, dm), n in zip(pairs, counts):
            leaves = catalog.leaves(dm)
            picked = np.sort(rng.choice(len(leaves), size=n, replace=False))
            new = rng.random(n) < 0.2
            for idx, is_new in zip(picked, new):
                lo, hi = span_new if is_new else span_old
                day = lo + dt.timedelta(days=int(rng.integers(0, (hi - lo).days + 1)))
                lab = lab_by.get((iid, dm))
                lab_id = lab[0] if lab and lab[0] != ref.FLOWMETER_LAB[0] and day >= lab[6] else None
                rows.append((iid, lab_id, dm, *leaves[idx], day))
        flow = catalog.flowmeter_leaves()
        opened = d(ref.FLOWMETER_LAB[6])
        for idx in np.sort(rng.choice(len(flow), size=FLOWMETER_ITEMS, replace=False)):
            rows.append((ref.FLOWMETER_LAB[1], ref.FLOWMETER_LAB[0], "metrology", *flow[idx], opened))
        return [(f"q{n:06d}", *r) for n, r in enumerate(rows, 1)]

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

    # -- need and flows ------------------------------------------------------------------------------------
    def _demand_base(self) -> dict[tuple[str, str], tuple[float, int]]:
        out = {}
        for aid, a in self.areas.items():
            people_10k = a[5] if a[5] is not None else 45.0  # the zone: about 450k residents and workers
            for dm, dd in self.domains.items():
                mult = ref.INDUSTRY[aid].get(dm, 1.0)
                batches = people_10k * dd[5] * mult * 0.5 * float(self.rng.uniform(0.85, 1.15))
                firms = int(round(a[6] * dd[6] * min(mult, 2.0)))
                out[(aid, dm)] = (batches, firms)
        return out

    def demand_at(self, snap: str) -> list[tuple]:
        k = SNAPSHOTS.index(snap)
        survey = {"shenyang", "anshan", "tieling"}
        rows = []
        for (aid, dm), (batches, firms) in self.demand_base.items():
            g = 1.0 + 0.012 * k
            method = "survey" if aid in survey and k >= 2 else "estimate"
            rows.append((aid, dm, int(round(firms * g)), int(round(batches * g)), method))
        return rows

    def _services(self) -> list[tuple]:
        rng = self.rng
        rows = []
        months = month_starts(d("2021-01-01"), d(SNAPSHOTS[-1]))
        season = {1: 0.7, 2: 0.6, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.0, 8: 1.0, 9: 1.1, 10: 1.0, 11: 1.15, 12: 1.25}
        cap_cache: dict[str, dict[tuple[str, str], int]] = {}
        for m in months:
            snap = quarter_end(m)
            if snap not in cap_cache:
                members = {i.id for i in self.institutions.values() if i.joined_on <= d(snap)}
                qualified = {(q[1], q[3]) for q in self.qualifications if q[8] <= d(snap)}
                cap_cache[snap] = {(r[0], r[1]): r[2] for r in self.capacity_at(snap, members, qualified)}
            caps = cap_cache[snap]
            live = {k: v for k, v in caps.items() if self.institutions[k[0]].joined_on <= m}
            # Local work first: each institution serves its own area, up to what the area needs.
            local_cap: dict[tuple[str, str], int] = {}
            for (iid, dm), c in live.items():
                local_cap[(self.institutions[iid].area, dm)] = local_cap.get((self.institutions[iid].area, dm), 0) + c
            used: dict[tuple[str, str], int] = {}
            for (iid, dm), c in sorted(live.items()):
                area = self.institutions[iid].area
                need = self.demand_base[(area, dm)][0]
                fill = min(1.0, need / max(local_cap[(area, dm)], 1))
                b = int(round(c / 12 * fill * season[m.month] * rng.uniform(0.6, 0.85)))
                used[(iid, dm)] = b
                if b > 0:
                    rows.append((iid, area, dm, m, b, "routine"))
            # Gaps elsewhere draw on institutions with spare capacity, nearest first.
            for (aid, dm), (need, _) in sorted(self.demand_base.items()):
                gap = need - local_cap.get((aid, dm), 0)
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
                    if b > 0:
                        used[(iid, dm)] = used.get((iid, dm), 0) + b
                        rows.append((iid, aid, dm, m, b, "routine"))
        rows += self._one_stop()
        rows += self._emergency()
        out = []
        for n, (iid, aid, dm, m, b, ch) in enumerate(sorted(rows, key=lambda r: (r[3], r[0], r[1], r[2], r[5])), 1):
            served = max(1, min(b, int(round(b / rng.uniform(1.5, 4.0)))))
            out.append((f"s{n:07d}", iid, aid, dm, m, b, served, ch))
        return out

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
            ev.append((day.isoformat(), "membership", f"{n}家机构加入联盟", f"{n} institutions joined the alliance", None, None, None, None))
        ev.sort(key=lambda e: (e[0], e[1]))
        return [(f"ev{n:03d}", d(e[0]), *e[1:]) for n, e in enumerate(ev, 1)]

    # -- one snapshot --------------------------------------------------------------------------------------
    def snapshot(self, snap: str) -> dict[str, pa.Table]:
        day = d(snap)
        insts = [i for i in self.institutions.values() if i.joined_on <= day]
        members = {i.id for i in insts}
        labs = [lab for lab in self.labs if lab[1] in members and lab[6] <= day]
        quals = [q for q in self.qualifications if q[1] in members and q[8] <= day]
        qualified = {(q[1], q[3]) for q in quals}
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
                 *i.texts.values()) for i in insts],
            "labs": labs,
            "qualifications": quals,
            "working_groups": [(g[0], g[1], g[2], g[3], d(g[4])) for g in groups],
            "working_group_members": wgm,
            "capacity": self.capacity_at(snap, members, qualified),
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
