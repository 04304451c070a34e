"""The capacity pages' measures and tables: what each column means, in the reader's language."""
from __future__ import annotations

import pandas as pd

from .i18n import localized, localized_column, t
from .key_columns import keyed

# Area measures an analyst can rank by; the unit decides formatting.
AREA_MEASURES = [
    "qualification_count", "technical_staff_count", "assets_cny", "senior_staff_count", "institution_count",
    "national_lab_count", "provincial_lab_count", "municipal_lab_count", "other_lab_count",
    "annual_capacity_batches", "expert_count", "service_batches_delivered",
    "items_per_10k_residents", "staff_per_100_enterprises", "assets_per_staff_cny",
]
GROUP_MEASURES = ["member_count", "qualification_count", "technical_staff_count", "annual_capacity_batches",
                  "service_batches_4q", "area_count", "domain_count", "event_count"]
LEVEL_MEASURES = ["lab_count", "host_institution_count", "host_qualification_count", "host_technical_staff_count",
                  "host_annual_capacity_batches"]
NATIONAL_PROVINCIAL = ("national", "provincial")


def unit_of(measure: str) -> str:
    return "money" if measure.endswith("_cny") else "ratio" if "_per_" in measure else "count"


def table(df: pd.DataFrame, lang: str, names: dict[str, str], measures: list[str]) -> pd.DataFrame:
    """`names` maps an output label key to the name field (`name` → name_zh/name_en); measures keep their values,
    ratios rounded to two places, under their catalog labels. The first name and the first three measures are the
    key columns, in view at 1280; further names (a group's lead institution) come after the measures."""
    named = [(t(key, lang), localized_column(df, field, lang).tolist()) for key, field in names.items()]
    out = dict(named[:1])
    for m in measures:
        values = df[m]
        out[t(f"measure.{m}", lang)] = values.round(2) if unit_of(m) == "ratio" else values
    out.update(named[1:])
    return keyed(pd.DataFrame(out), len(named[:1]) + min(3, len(measures)))



def national_provincial(levels: tuple) -> tuple:
    """The levels the national-and-provincial list shows under the level filter."""
    return tuple(lv for lv in NATIONAL_PROVINCIAL if not levels or lv in levels)


def labs(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    levels = {lv: t(f"level.{lv}", lang) for lv in ("national", "provincial", "municipal", "other")}
    return keyed(pd.DataFrame({
        t("labs.col.name", lang): localized_column(df, "name", lang).tolist(),
        t("labs.col.level", lang): df["level"].map(levels).tolist(),
        t("labs.col.host", lang): localized_column(df, "host_name", lang).tolist(),
        t("labs.col.area", lang): localized_column(df, "area_name", lang).tolist(),
        t("labs.col.domain", lang): localized_column(df, "domain_name", lang).tolist(),
        t("labs.col.recognized_on", lang): df["recognized_on"].tolist(),
    }), 2)


def levels(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = table(df, lang, {}, LEVEL_MEASURES)
    out.insert(0, t("labs.col.level", lang), [t(f"level.{lv}", lang) for lv in df["level"]])
    return keyed(out, 4)


def institutions(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    out = table(df, lang, {"area.col.institution": "name"},
                ["qualification_count", "technical_staff_count", "assets_cny", "lab_count", "annual_capacity_batches"])
    owners = {o: t(f"ownership.{o}", lang) for o in ("public_institution", "state_owned_enterprise",
                                                      "private_enterprise")}
    out[t("area.col.ownership", lang)] = df["ownership"].map(owners).tolist()
    out[t("area.col.groups", lang)] = localized_column(df, "groups", lang).tolist()
    out.attrs["restricted"] = [t(f"measure.{m}", lang) for m in ("technical_staff_count", "assets_cny")]
    return keyed(out, 5)


def group_events(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("group.col.date", lang): [r["date"] for r in rows],
        t("group.col.group", lang): [localized(r, "group_name", lang) for r in rows],
        t("group.col.kind", lang): [t(f"event.{r['kind']}", lang) for r in rows],
        t("group.col.title", lang): [localized(r, "title", lang) for r in rows],
    }), 3)


def picked_area(value, by_area: pd.DataFrame) -> str | None:
    """The area the page's detail shows: the one picked (by a click or the picker) if it is on the page, else the
    first ranked."""
    ids = list(by_area["area_id"])
    return value if value in ids else (ids[0] if ids else None)
