"""The figures the alliance has published, and how a snapshot is checked against each."""
from __future__ import annotations

from dataclasses import dataclass

# The reports (29 July 2022) describe the alliance as of this quarter end.
REPORT_QUARTER = "2022-06-30"


@dataclass(frozen=True)
class Figure:
    figure_id: str
    value: int
    rule: str  # "eq": equal; "gt": more than ("200余批次"); "ge": at least
    unit: str  # "money" or "count"
    source: str  # message key of the source
    expect_text: str | None = None  # e.g. the three largest one-stop client areas, in order


FIGURES = [
    Figure("member_areas", 8, "eq", "count", "source.report"),
    Figure("total_assets", 1_360_000_000, "eq", "money", "source.report"),
    Figure("national_provincial_labs", 22, "eq", "count", "source.report"),
    Figure("technical_staff", 1_887, "eq", "count", "source.report"),
    Figure("qualification_items", 48_024, "eq", "count", "source.report"),
    Figure("working_groups", 3, "eq", "count", "source.report"),
    Figure("flowmeter_items", 1_052, "eq", "count", "source.report", "沈阳计量测试院"),
    Figure("one_stop_batches", 200, "gt", "count", "source.report", "anshan,tieling,benxi"),
    Figure("special_equipment_hosted", 2, "eq", "count", "source.report"),
    Figure("experts", 155, "eq", "count", "source.liaoning_daily"),
    Figure("governance_events", 3, "eq", "count", "source.report"),
]


def matches(fig: Figure, value: int | None, text: str | None) -> bool:
    if value is None:
        return False
    ok = {"eq": value == fig.value, "gt": value > fig.value, "ge": value >= fig.value}[fig.rule]
    return ok and (fig.expect_text is None or text == fig.expect_text)


def table(computed, lang: str):
    """Published value beside the value in the snapshot, per figure, with its source and whether they agree."""
    import pandas as pd

    from . import fmt
    from .i18n import t

    got = {r["figure_id"]: r for r in computed.to_dict("records")}
    rows = []
    for fig in FIGURES:
        row = got.get(fig.figure_id, {})
        value = row.get("value_num")
        value = None if value is None or pd.isna(value) else int(value)
        text = row.get("value_text") if isinstance(row.get("value_text"), str) else None
        show = fmt.money_exact if fig.unit == "money" else fmt.integer
        rows.append({
            t("sources.col.figure", lang): t(f"figure.{fig.figure_id}", lang),
            t("sources.col.published", lang): t(f"figure.{fig.figure_id}.published", lang),
            t("sources.col.in_data", lang): show(value, lang) if value is not None else "—",
            t("sources.col.source", lang): t(fig.source, lang),
            t("sources.col.status", lang): t("sources.ok" if matches(fig, value, text) else "sources.differs", lang),
        })
    return pd.DataFrame(rows)


def snapshot_table(catalog, lang: str):
    import pandas as pd

    from . import fmt
    from .i18n import t

    return pd.DataFrame([{
        t("sources.col.snapshot", lang): fmt.date(s.date, lang),
        t("sources.col.origin", lang): t(f"origin.{s.source}", lang) if s.source in ("demo", "ingest") else s.source,
        t("sources.col.created_at", lang): fmt.timestamp(s.manifest.get("created_at"), lang),
        t("sources.col.folder", lang): s.path.name,
    } for s in reversed(catalog.snapshots)])
