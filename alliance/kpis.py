"""Headline cards: each measure with its value, change since the previous snapshot, and definition."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import fmt, i18n

# column, unit, whether a rise is good ("normal") or neutral ("off")
KPIS = [
    ("assets_cny", "money", "normal"),
    ("national_provincial_lab_count", "count", "normal"),
    ("technical_staff_count", "count", "normal"),
    ("qualification_count", "count", "normal"),
    ("institution_count", "count", "normal"),
    ("area_count", "count", "off"),
    ("working_group_count", "count", "off"),
    ("expert_count", "count", "normal"),
    ("service_batches", "count", "normal"),
]


@dataclass(frozen=True)
class Card:
    key: str
    label: str
    value: str
    delta: str | None
    delta_color: str
    help: str
    raw: int
    delta_arrow: str = "auto"  # "off" for no change: an arrow on ±0 would claim a movement that did not happen


def cards(kpis: pd.DataFrame, snapshot: str, previous: str | None, lang: str) -> list[Card]:
    rows = kpis.assign(snapshot=kpis["snapshot"].astype(str).str[:10]).set_index("snapshot")
    now = rows.loc[snapshot]
    before = rows.loc[previous] if previous in rows.index else None
    out = []
    for col, unit, colour in KPIS:
        value = int(now[col])
        delta = None if before is None else value - int(before[col])
        shown = fmt.money(value, lang) if unit == "money" else fmt.integer(value, lang)
        exact = fmt.money_exact(value, lang) if unit == "money" else fmt.integer(value, lang)
        help_text = i18n.t(f"kpi.{col}.help", lang, exact=exact)
        if previous is not None:
            help_text += "\n\n" + i18n.t("kpi.compared_with", lang, date=fmt.date(previous, lang))
        if col == "national_provincial_lab_count":
            help_text += "\n\n" + i18n.t("kpi.labs_split", lang, national=int(now["national_lab_count"]),
                                         provincial=int(now["provincial_lab_count"]))
        out.append(Card(col, i18n.t(f"kpi.{col}", lang), shown,
                        None if delta is None else fmt.signed(delta, lang, "money" if unit == "money" else "int"),
                        "off" if delta == 0 else colour, help_text, value, "off" if delta == 0 else "auto"))
    return out


AREA_MEASURES = ["qualification_count", "technical_staff_count", "assets_cny", "annual_capacity_batches",
                 "institution_count"]


def up_to(kpis: pd.DataFrame, snapshot: str) -> pd.DataFrame:
    """The history a chart for this snapshot may show: nothing after it."""
    return kpis[kpis["snapshot"].astype(str).str[:10] <= snapshot]
