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
