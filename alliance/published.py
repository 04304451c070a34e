"""The figures the alliance has published, how a snapshot is checked against each, and whose rows each snapshot
holds: a member's own submission or the demo data carried forward (what the manifests record, see
snapshots.Origins)."""
from __future__ import annotations

from dataclasses import dataclass

from .key_columns import keyed

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
    return keyed(pd.DataFrame(rows), 5)


def reference_snapshot(catalog, shown: str | None) -> tuple[str | None, str]:
    """The snapshot the published figures are checked against, and why (a `sources.checked.*` key): the quarter the
    reports describe, else the latest snapshot made from the demo data (an ingest keeps demo rows only in part),
    else the one shown."""
    if catalog.get(REPORT_QUARTER) is not None:
        return REPORT_QUARTER, "report_quarter"
    demo = [s.date for s in catalog.snapshots if s.source == "demo"]
    if demo:
        return demo[-1], "latest_demo"
    return shown, "shown"


def member_origins(members, catalog, date: str):
    """The members of the snapshot of `date` (rows of queries/members_by_snapshot.sql) with the origin of their
    rows: submitted, carried (an earlier submission) or demo."""
    own = members[members["snapshot"].astype(str).str[:10] == date].copy()
    origins = catalog.origins(date)
    own["origin"] = [origins.of(i) for i in own["institution_id"]]
    return own


def origin_summary(frame, lang: str) -> str:
    """"1 member's rows from submissions, 58 carried from the demo data": counts of `member_origins` rows, the first
    part naming the members, in the order submitted, carried, demo; "All 58 members' rows are demo data"."""
    from .i18n import t, tn

    counts = frame["origin"].value_counts()
    n = {o: int(counts.get(o, 0)) for o in ("submitted", "carried", "demo")}
    if not sum(n.values()):
        return t("provenance.no_members", lang)
    if n["demo"] == sum(n.values()):
        return tn("provenance.all_demo", lang, n["demo"])
    parts = []
    for origin, k in n.items():
        if k:
            parts.append(tn(f"provenance.{'rest' if parts else 'first'}.{origin}", lang, k))
    return t("provenance.join", lang).join(parts)


def secretariat_line(catalog, date: str, lang: str) -> str:
    from .i18n import t

    return t(f"provenance.secretariat.{catalog.origins(date).secretariat}", lang)


def submitters_table(frame, lang: str):
    """The members whose rows came from a submission (this snapshot's or an earlier one), by name; data text stays
    text (a table cell)."""
    import pandas as pd

    from .i18n import localized_column, t

    own = frame[frame["origin"] != "demo"]
    own = own.assign(_rank=own["origin"].map({"submitted": 0, "carried": 1})).sort_values(["_rank", "institution_id"])
    return keyed(pd.DataFrame({
        t("sources.col.institution", lang): localized_column(own, "name", lang).to_list(),
        t("sources.col.rows_from", lang): [t(f"provenance.origin.{o}", lang) for o in own["origin"]],
    }), 2)


def demo_notice(members, catalog, date: str | None, lang: str) -> str | None:
    """The sidebar's notice while the snapshot still holds demo rows, saying how many members are demo; None once
    nothing in it is demo."""
    from .i18n import count, t

    snap = catalog.get(date) if date else None
    if snap is None or not catalog.origins(date).has_demo:
        return None
    frame = member_origins(members, catalog, date)
    if snap.source == "demo":
        return t("shell.demo_notice", lang, members=count("member_institution", len(frame), lang))
    summary = origin_summary(frame, lang)
    if catalog.origins(date).secretariat == "demo":
        return t("shell.partly_demo_secretariat", lang, summary=summary,
                 secretariat=t("provenance.secretariat.demo", lang))
    return t("shell.partly_demo", lang, summary=summary)


def _capital(text: str) -> str:
    """A sentence's part standing alone in a table cell starts with a capital ("All 58 members' …")."""
    return text[:1].upper() + text[1:]


def snapshot_table(catalog, lang: str, members=None):
    """Every published snapshot, newest first: origin, whose rows it holds (with `members`), when and where."""
    import pandas as pd

    from . import fmt
    from .i18n import t

    return keyed(pd.DataFrame([{
        t("sources.col.snapshot", lang): fmt.date(s.date, lang),
        t("sources.col.origin", lang): t(f"origin.{s.source}", lang) if s.source in ("demo", "ingest") else s.source,
        **({t("sources.col.members", lang): _capital(origin_summary(member_origins(members, catalog, s.date), lang))}
           if members is not None else {}),
        t("sources.col.created_at", lang): fmt.timestamp(s.manifest.get("created_at"), lang),
        t("sources.col.publisher", lang): (s.manifest.get("provenance") or {}).get("publisher")
        or t("sources.publisher_demo" if s.source == "demo" else "sources.publisher_unknown", lang),
        t("sources.col.folder", lang): s.path.name,
    } for s in reversed(catalog.snapshots)]), 3 if members is not None else 2)


def publish_record(entries: list[dict], lang: str):
    """The publish record (access.audit), newest first: when, who, what, which snapshot, the files with the start
    of their SHA-256, and the row changes per table; text stays text (table cells)."""
    import pandas as pd

    from . import fmt
    from .i18n import t

    def files(e):
        return "; ".join(f"{f.get('file')} ({str(f.get('sha256', ''))[:12]})" for f in e.get("files") or [])

    def changes(e):
        return ", ".join(f"{k} {v:+,}" for k, v in sorted((e.get("row_changes") or {}).items()) if v)

    return keyed(pd.DataFrame([{
        t("sources.col.when", lang): fmt.timestamp(e.get("at"), lang),
        t("sources.col.actor", lang): str(e.get("actor", "")),
        t("sources.col.action", lang): t(f"audit.action.{e['action']}", lang) if e.get("action") in AUDIT_ACTIONS
        else str(e.get("action", "")),
        t("sources.col.snapshot", lang): str(e.get("snapshot") or ""),
        t("sources.col.files", lang): files(e),
        t("sources.col.row_changes", lang): changes(e),
    } for e in reversed(entries)], columns=[t(k, lang) for k in (
        "sources.col.when", "sources.col.actor", "sources.col.action", "sources.col.snapshot", "sources.col.files",
        "sources.col.row_changes")]), 4)


AUDIT_ACTIONS = ("publish", "retire", "return_received", "return_sent_back")
