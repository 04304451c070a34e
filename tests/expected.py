"""Independent pandas computations of what the pages show (no app code imported)."""
from __future__ import annotations

from conftest import read


def kpis(snapshot: str) -> dict[str, int]:
    inst = read("institutions", snapshot)
    labs = read("labs", snapshot)
    return {
        "assets_cny": int(inst["assets_cny"].sum()),
        "national_provincial_lab_count": int(labs["level"].isin(["national", "provincial"]).sum()),
        "technical_staff_count": int(inst["technical_staff"].sum()),
        "qualification_count": len(read("qualifications", snapshot, ["qualification_id"])),
        "institution_count": len(inst),
        "area_count": len(read("areas", snapshot)),
        "working_group_count": len(read("working_groups", snapshot)),
        "expert_count": len(read("experts", snapshot)),
        "service_batches": int(read("services", snapshot, ["batches"])["batches"].sum()),
    }


def by_area(snapshot: str):
    inst = read("institutions", snapshot)
    q = read("qualifications", snapshot, ["institution_id"]).merge(inst[["institution_id", "area_id"]])
    cap = read("capacity", snapshot).merge(inst[["institution_id", "area_id"]])
    out = read("areas", snapshot).set_index("area_id")[["population"]]
    out["institution_count"] = inst.groupby("area_id").size()
    out["technical_staff_count"] = inst.groupby("area_id")["technical_staff"].sum()
    out["assets_cny"] = inst.groupby("area_id")["assets_cny"].sum()
    out["qualification_count"] = q.groupby("area_id").size()
    out["annual_capacity_batches"] = cap.groupby("area_id")["annual_capacity_batches"].sum()
    counts = out.columns.drop("population")
    out[counts] = out[counts].fillna(0)
    return out


def by_domain(snapshot: str):
    q = read("qualifications", snapshot, ["domain_id"])
    return q.groupby("domain_id").size()


def coverage(snapshot: str):
    """Area × domain: demand, local capacity, gap, coverage, qualified local members, inflow in the last 4 quarters."""
    import pandas as pd

    inst = read("institutions", snapshot)[["institution_id", "area_id"]]
    demand = read("demand", snapshot).set_index(["area_id", "domain_id"])
    cap = read("capacity", snapshot).merge(inst).groupby(["area_id", "domain_id"])["annual_capacity_batches"].sum()
    qual = read("qualifications", snapshot, ["institution_id", "domain_id"]).merge(inst)
    local = qual.groupby(["area_id", "domain_id"])["institution_id"].nunique()
    svc = read("services", snapshot).merge(inst.rename(columns={"institution_id": "provider_institution_id",
                                                                "area_id": "provider_area_id"}))
    day = pd.Timestamp(snapshot)
    recent = svc[(pd.to_datetime(svc["month"]) > day - pd.DateOffset(months=12))
                 & (svc["provider_area_id"] != svc["client_area_id"])]
    inflow = recent.groupby(["client_area_id", "domain_id"])["batches"].sum()
    from_sy = recent[recent["provider_area_id"] == "shenyang"].groupby(["client_area_id", "domain_id"])["batches"].sum()
    out = demand[["annual_demand_batches"]].copy()
    out["local_capacity_batches"] = cap.reindex(out.index).fillna(0).astype(int)
    out["gap_batches"] = (out["annual_demand_batches"] - out["local_capacity_batches"]).clip(lower=0)
    out["coverage_pct"] = 100.0 * out["local_capacity_batches"] / out["annual_demand_batches"]
    out["local_institution_count"] = local.reindex(out.index).fillna(0).astype(int)
    out["inflow_batches_4q"] = inflow.reindex(out.index).fillna(0).astype(int).values
    out["inflow_from_shenyang_batches_4q"] = from_sy.reindex(out.index).fillna(0).astype(int).values
    return out


def spare_capacity(snapshot: str, area_id: str, domain_id: str):
    """Members outside the area qualified in the domain: capacity minus last-4-quarter batches in the domain."""
    import pandas as pd

    inst = read("institutions", snapshot)
    quals = read("qualifications", snapshot, ["institution_id", "domain_id"])
    qualified = set(quals.loc[quals["domain_id"] == domain_id, "institution_id"])
    others = inst[(inst["area_id"] != area_id) & inst["institution_id"].isin(qualified)]
    cap = read("capacity", snapshot)
    cap = cap[cap["domain_id"] == domain_id].set_index("institution_id")["annual_capacity_batches"]
    svc = read("services", snapshot)
    svc = svc[(svc["domain_id"] == domain_id)
              & (pd.to_datetime(svc["month"]) > pd.Timestamp(snapshot) - pd.DateOffset(months=12))]
    served = svc.groupby("provider_institution_id")["batches"].sum()
    return {i: max(int(cap.get(i, 0)) - int(served.get(i, 0)), 0) for i in others["institution_id"]}


def scoped(snapshot: str, areas=(), domains=(), groups=()):
    """Institutions in scope of the capacity filters (empty = no filter), by the contract's meaning."""
    inst = read("institutions", snapshot)
    if areas:
        inst = inst[inst["area_id"].isin(areas)]
    if groups:
        wgm = read("working_group_members", snapshot)
        inst = inst[inst["institution_id"].isin(wgm.loc[wgm["working_group_id"].isin(groups), "institution_id"])]
    if domains:
        q = read("qualifications", snapshot, ["institution_id", "domain_id"])
        inst = inst[inst["institution_id"].isin(q.loc[q["domain_id"].isin(domains), "institution_id"])]
    return inst


def by_area_filtered(snapshot: str, areas=(), domains=(), groups=(), levels=()):
    inst = scoped(snapshot, areas, domains, groups)[["institution_id", "area_id", "technical_staff", "assets_cny"]]
    if levels:  # hosts of a lab at a chosen level, whatever that lab's domain
        all_labs = read("labs", snapshot)
        inst = inst[inst["institution_id"].isin(all_labs.loc[all_labs["level"].isin(levels), "institution_id"])]

    def in_domains(df):
        return df[df["domain_id"].isin(domains)] if domains else df

    q = in_domains(read("qualifications", snapshot, ["institution_id", "domain_id"])).merge(inst)
    labs = in_domains(read("labs", snapshot)).merge(inst)
    if levels:
        labs = labs[labs["level"].isin(levels)]
    cap = in_domains(read("capacity", snapshot)).merge(inst)
    area_ids = [a for a in read("areas", snapshot)["area_id"] if not areas or a in areas]
    out = {}
    for a in area_ids:
        out[a] = {
            "institution_count": int((inst["area_id"] == a).sum()),
            "technical_staff_count": int(inst.loc[inst["area_id"] == a, "technical_staff"].sum()),
            "assets_cny": int(inst.loc[inst["area_id"] == a, "assets_cny"].sum()),
            "qualification_count": int((q["area_id"] == a).sum()),
            "provincial_lab_count": int(((labs["area_id"] == a) & (labs["level"] == "provincial")).sum()),
            "annual_capacity_batches": int(cap.loc[cap["area_id"] == a, "annual_capacity_batches"].sum()),
        }
    return out


def groups_compared(snapshot: str, areas=(), domains=(), groups=()):
    inst = scoped(snapshot, areas, domains, groups)
    wgm = read("working_group_members", snapshot).merge(inst[["institution_id", "technical_staff"]])
    gdom = read("domains", snapshot).dropna(subset=["working_group_id"])
    if domains:
        gdom = gdom[gdom["domain_id"].isin(domains)]
    q = read("qualifications", snapshot, ["institution_id", "domain_id"])
    cap = read("capacity", snapshot)
    out = {}
    for gid in read("working_groups", snapshot)["working_group_id"]:
        if groups and gid not in groups:
            continue
        members = wgm[wgm["working_group_id"] == gid]
        doms = set(gdom.loc[gdom["working_group_id"] == gid, "domain_id"])
        out[gid] = {
            "member_count": len(members),
            "technical_staff_count": int(members["technical_staff"].sum()),
            "qualification_count": int((q["institution_id"].isin(members["institution_id"])
                                        & q["domain_id"].isin(doms)).sum()),
            "annual_capacity_batches": int(cap.loc[cap["institution_id"].isin(members["institution_id"])
                                                   & cap["domain_id"].isin(doms), "annual_capacity_batches"].sum()),
        }
    return out
