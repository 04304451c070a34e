"""Capacity gaps in words and tables: which area is short in which domain, by how much, and who fills it."""
from __future__ import annotations

import pandas as pd

from . import fmt
from .i18n import localized, t
from .key_columns import keyed

DEFAULT_THRESHOLD_PCT = 80


def flag(coverage: pd.DataFrame, threshold_pct: float) -> pd.DataFrame:
    """Adds is_gap (coverage below the threshold where there is demand) and no_local (no qualified local member)."""
    out = coverage.copy()
    out["no_local"] = out["local_institution_count"] == 0
    out["is_gap"] = (out["annual_demand_batches"] > 0) & (out["coverage_pct"].fillna(0) < threshold_pct)
    return out


def sentence(row: dict, lang: str) -> str:
    area, domain = localized(row, "area_name", lang), localized(row, "domain_name", lang)
    text = t("gaps.sentence", lang, area=area, domain=domain, demand=fmt.integer(row["annual_demand_batches"], lang),
             capacity=fmt.integer(row["local_capacity_batches"], lang),
             pct=fmt.percent(row["coverage_pct"], lang, 1))  # as the table's coverage column rounds it
    if row["local_institution_count"] == 0:
        text += t("gaps.sentence_no_local", lang)
    if row["inflow_batches_4q"] and row["inflow_from_shenyang_batches_4q"]:
        text += t("gaps.sentence_inflow", lang, inflow=fmt.integer(row["inflow_batches_4q"], lang),
                  shenyang=fmt.integer(row["inflow_from_shenyang_batches_4q"], lang))
    elif row["inflow_batches_4q"]:
        text += t("gaps.sentence_inflow_only", lang, inflow=fmt.integer(row["inflow_batches_4q"], lang))
    return text


def ranked(coverage: pd.DataFrame, threshold_pct: float, lang: str) -> pd.DataFrame:
    """The gaps, largest shortfall first, with a sentence an analyst can paste into a report."""
    gaps = flag(coverage, threshold_pct)
    gaps = gaps[gaps["is_gap"]].sort_values(["gap_batches", "area_id", "domain_id"], ascending=[False, True, True])
    rows = gaps.to_dict("records")
    return keyed(pd.DataFrame({
        t("gaps.col.area", lang): [localized(r, "area_name", lang) for r in rows],
        t("gaps.col.domain", lang): [localized(r, "domain_name", lang) for r in rows],
        t("gaps.col.coverage", lang): [round(float(r["coverage_pct"]), 1) for r in rows],
        t("gaps.col.gap", lang): [int(r["gap_batches"]) for r in rows],
        t("gaps.col.demand", lang): [int(r["annual_demand_batches"]) for r in rows],
        t("gaps.col.capacity", lang): [int(r["local_capacity_batches"]) for r in rows],
        t("gaps.col.local_institutions", lang): [int(r["local_institution_count"]) for r in rows],
        t("gaps.col.inflow", lang): [int(r["inflow_batches_4q"]) for r in rows],
        t("gaps.col.from_shenyang", lang): [int(r["inflow_from_shenyang_batches_4q"]) for r in rows],
        t("gaps.col.method", lang): [t(f"method.{r['method']}", lang) for r in rows],
        t("gaps.col.summary", lang): [sentence(r, lang) for r in rows],
    }), 4)


def fillers(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("fill.col.institution", lang): [localized(r, "name", lang) for r in rows],
        t("fill.col.distance", lang): [float(r["distance_km"]) for r in rows],
        t("fill.col.spare", lang): [int(r["spare_capacity_batches"]) for r in rows],
        t("fill.col.served", lang): [int(r["served_batches_4q"]) for r in rows],
        t("fill.col.area", lang): [localized(r, "area_name", lang) for r in rows],
        t("fill.col.items", lang): [int(r["qualification_count"]) for r in rows],
        t("fill.col.capacity", lang): [int(r["annual_capacity_batches"]) for r in rows],
        t("fill.col.served_area", lang): [int(r["served_to_area_batches_4q"]) for r in rows],
    }), 4)


def one_stop(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("flows.col.client_area", lang): [localized(r, "name", lang) for r in rows],
        t("flows.col.batches", lang): [int(r["batches"]) for r in rows],
        t("flows.col.one_stop", lang): [int(r["one_stop_batches"] or 0) for r in rows],
    }), 3)


def choices(coverage: pd.DataFrame, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Area and domain pickers' options: id -> name in the language."""
    areas = coverage.drop_duplicates("area_id").to_dict("records")
    domains = coverage.drop_duplicates("domain_id").to_dict("records")
    return ({r["area_id"]: localized(r, "area_name", lang) for r in areas},
            {r["domain_id"]: localized(r, "domain_name", lang) for r in domains})


def largest(coverage: pd.DataFrame, threshold_pct: float) -> tuple[str, str]:
    """The cell with the largest shortfall: where the fill-in view opens by default."""
    gaps = flag(coverage, threshold_pct)
    pool = gaps[gaps["is_gap"]] if gaps["is_gap"].any() else gaps
    top = pool.sort_values(["gap_batches", "area_id", "domain_id"], ascending=[False, True, True]).iloc[0]
    return top["area_id"], top["domain_id"]


def cell(coverage: pd.DataFrame, area_id: str, domain_id: str) -> dict:
    return coverage[(coverage["area_id"] == area_id) & (coverage["domain_id"] == domain_id)].iloc[0].to_dict()
