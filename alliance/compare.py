"""What changed between two snapshots: the figures behind the compare page and the deck, and the change in words.

Every number comes from one query in queries/ (change_*.sql, qualification_changes_by_area.sql, ...); this module
only picks rows and writes sentences from catalog templates, with numbers formatted per language.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from . import fmt, gaps
from .i18n import localized, t, tn
from .key_columns import keyed
from .labels import shorts

HEADLINE_UNITS = {"assets_cny": "money", "national_provincial_lab_count": "count", "technical_staff_count": "count",
                  "qualification_count": "count", "institution_count": "count", "expert_count": "count",
                  "service_batches": "count"}
MAX_SENTENCES = 6
AREA_MEASURES = ["qualification_count", "technical_staff_count", "assets_cny", "institution_count",
                 "national_provincial_lab_count", "expert_count"]
DOMAIN_MEASURES = ["qualification_count", "institution_count", "annual_capacity_batches", "expert_count"]
GROUP_MEASURES = ["member_count", "qualification_count"]


def day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class Changes:
    snapshot: str
    base: str
    headline: pd.DataFrame
    by_area: pd.DataFrame
    by_domain: pd.DataFrame
    by_level: pd.DataFrame
    by_group: pd.DataFrame
    waterfall: pd.DataFrame
    added: pd.DataFrame
    members: pd.DataFrame
    events: pd.DataFrame
    coverage_base: pd.DataFrame
    coverage: pd.DataFrame


def load(fetch, snapshot, base, areas: tuple = (), domains: tuple = ()) -> Changes:
    """`fetch(name, **params)` runs one query (cached in the app, direct in the CLI); dates as datetime.date."""
    p = dict(snapshot=snapshot, base=base, areas=tuple(areas), domains=tuple(domains))

    def scoped(df: pd.DataFrame) -> pd.DataFrame:
        keep = pd.Series(True, index=df.index)
        if areas:
            keep &= df["area_id"].isin(areas)
        if domains:
            keep &= df["domain_id"].isin(domains)
        return df[keep].reset_index(drop=True)

    return Changes(
        snapshot=str(snapshot), base=str(base),
        headline=fetch("change_headline", **p), by_area=fetch("change_by_area", **p),
        by_domain=fetch("change_by_domain", **p), by_level=fetch("change_by_lab_level", **p),
        by_group=fetch("change_by_working_group", **p), waterfall=fetch("qualification_changes_by_area", **p),
        added=fetch("qualifications_added_by_institution", **p), members=fetch("members_changed", **p),
        events=fetch("events_between", snapshot=snapshot, base=base),
        coverage_base=scoped(fetch("coverage_by_area_domain", snapshot=base)),
        coverage=scoped(fetch("coverage_by_area_domain", snapshot=snapshot)),
    )


def gap_changes(ch: Changes, threshold_pct: float) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(closed, opened, now): area × domain gaps at the threshold that closed since the base, opened, and stand now."""
    key = ["area_id", "domain_id"]
    before = gaps.flag(ch.coverage_base, threshold_pct).set_index(key)["is_gap"]
    now = gaps.flag(ch.coverage, threshold_pct)
    was = now.set_index(key).index.map(lambda k: bool(before.get(k, False)))
    was = pd.Series(list(was), index=now.index)
    closed = now[was & ~now["is_gap"]]
    opened = now[~was & now["is_gap"]]
    return closed, opened, now[now["is_gap"]]


def _names(df: pd.DataFrame, lang: str, limit: int = 3) -> str:
    names = [localized(r, "name", lang) for r in df.head(limit).to_dict("records")]
    sep = "、" if lang == "zh-CN" else ", "
    more = t("compare.words.and_more", lang, n=len(df) - limit) if len(df) > limit else ""
    return sep.join(names) + more


def sentences(ch: Changes, lang: str, threshold_pct: float) -> list[str]:
    """The change in words: three to six sentences, largest movements first, from the catalogs' templates."""
    out: list[str] = []
    head = ch.headline.set_index("measure")
    items = head.loc["qualification_count"]
    direction = "up" if items["change"] > 0 else "down" if items["change"] < 0 else "flat"
    pct = 100 * items["change"] / items["value_base"] if items["value_base"] else None
    out.append(t(f"compare.words.items_{direction}", lang, base=fmt.integer(items["value_base"], lang),
                 now=fmt.integer(items["value"], lang), change=fmt.integer(abs(items["change"]), lang),
                 pct=fmt.percent(abs(pct), lang, 1) if pct is not None else "—"))
    if len(ch.added):
        top = ch.added.iloc[0].to_dict()
        where = localized(top, "lab_name", lang) if isinstance(top.get("lab_name_zh"), str) else \
            localized(top, "domain_name", lang)
        out.append(t("compare.words.largest_addition", lang, n=fmt.integer(top["added_count"], lang),
                     institution=localized(top, "name", lang), where=where))
    if len(ch.by_area):
        moved = ch.by_area.assign(size=ch.by_area["qualification_count_change"].abs()).sort_values(
            ["size", "area_id"], ascending=[False, True]).iloc[0].to_dict()
        if moved["qualification_count_change"] or moved["technical_staff_count_change"]:
            out.append(t("compare.words.area_moved", lang, area=localized(moved, "name", lang),
                         items=fmt.signed(moved["qualification_count_change"], lang),
                         staff=fmt.signed(moved["technical_staff_count_change"], lang)))
    labs = ch.members[(ch.members["kind"] == "lab") & (ch.members["change"] == "added")
                      & ch.members["detail"].isin(["national", "provincial"])]
    if len(labs):
        out.append(tn("compare.words.new_labs", lang, len(labs), names=_names(labs, lang)))
    joined = ch.members[(ch.members["kind"] == "institution") & (ch.members["change"] == "added")]
    left = ch.members[(ch.members["kind"] == "institution") & (ch.members["change"] == "removed")]
    if len(joined):
        out.append(tn("compare.words.joined", lang, len(joined), names=_names(joined, lang)))
    if len(left):
        out.append(tn("compare.words.left", lang, len(left), names=_names(left, lang)))
    closed, opened, now = gap_changes(ch, threshold_pct)
    words = dict(threshold=fmt.integer(threshold_pct, lang), now=len(now),
                 closed=tn("compare.words.gaps_closed", lang, len(closed)),
                 opened=tn("compare.words.gaps_opened", lang, len(opened)))
    out.append(t("compare.words.gaps_moved", lang, **words) if len(closed) or len(opened) else
               tn("compare.words.gaps_same", lang, len(now), **words))
    if len(out) > MAX_SENTENCES:  # keep the gaps sentence, the meeting's standing question
        out = out[:MAX_SENTENCES - 1] + out[-1:]
    return out


def headline_table(ch: Changes, lang: str) -> pd.DataFrame:
    rows = ch.headline.to_dict("records")

    def show(v, unit):
        return fmt.money_exact(v, lang) if unit == "money" else fmt.integer(v, lang)

    units = [HEADLINE_UNITS[r["measure"]] for r in rows]
    base_col = t("compare.col.base", lang, date=fmt.date(ch.base, lang))
    now_col = t("compare.col.now", lang, date=fmt.date(ch.snapshot, lang))
    return keyed(pd.DataFrame({
        t("compare.col.measure", lang): [t(f"kpi.{r['measure']}", lang) for r in rows],
        base_col: [show(r["value_base"], u) for r, u in zip(rows, units)],
        now_col: [show(r["value"], u) for r, u in zip(rows, units)],
        t("compare.col.change_title", lang): [fmt.signed(r["change"], lang, "money" if u == "money" else "int") or "±0"
                                        for r, u in zip(rows, units)],
    }), 4)


def change_table(df: pd.DataFrame, lang: str, label: str, measures: list[str],
                 name_field: str = "name", short_names: bool = False) -> pd.DataFrame:
    """One row per area, domain, level or group: each measure's base, now and change, numbers kept numeric.
    `short_names` for a slide, where the table sits beside a chart whose axis speaks the short names."""
    rows = df.to_dict("records")
    names = [t(f"level.{r['level']}", lang) for r in rows] if name_field == "level" else \
        [localized(r, name_field, lang) for r in rows]
    if short_names:
        names = shorts(names, lang)
    out = {t(f"compare.col.{label}", lang): names}
    for m in measures:
        title = t(f"measure.{m}", lang)
        out[f"{title} · {t('compare.col.base_short', lang)}"] = df[f"{m}_base"].to_list()
        out[f"{title} · {t('compare.col.now_short', lang)}"] = df[m].to_list()
        out[f"{title} · {t('compare.col.change', lang)}"] = df[f"{m}_change"].to_list()
    return keyed(pd.DataFrame(out), 4)


def members_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("compare.col.kind", lang): [t(f"compare.kind.{r['kind']}", lang) for r in rows],
        t("compare.col.what", lang): [t(f"compare.change.{r['change']}", lang) for r in rows],
        t("compare.col.name", lang): [localized(r, "name", lang) for r in rows],
        t("compare.col.detail", lang): [t(f"level.{r['detail']}", lang) if r["kind"] == "lab" else
                                        (r["detail"] or "") if r["kind"] == "expert" else "" for r in rows],
    }), 3)


def added_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("compare.col.institution", lang): [localized(r, "name", lang) for r in rows],
        t("compare.col.added", lang): [int(r["added_count"]) for r in rows],
        t("compare.col.domain", lang): [localized(r, "domain_name", lang) for r in rows],
        t("compare.col.lab", lang): [localized(r, "lab_name", lang) if isinstance(r.get("lab_name_zh"), str) else ""
                                     for r in rows],
    }), 2)


def events_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("compare.col.date", lang): [fmt.date(r["date"], lang) for r in rows],
        t("compare.col.kind", lang): [t(f"event.{r['kind']}", lang) for r in rows],
        t("compare.col.event", lang): [localized(r, "title", lang) for r in rows],
    }), 3)
