"""The joint meeting's slides as data: one message per slide, each chart a neutral spec (categories and series taken
straight from a query result), so the meeting page, the PPTX (native charts) and the HTML draw the same thing."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .. import compare, fmt, gaps
from ..i18n import localized, t, tn
from ..labels import short, shorts
from . import headlines

TOP_ADDITIONS = 8
TOP_GAPS = 10


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple


@dataclass(frozen=True)
class Chart:
    kind: str  # "column" (vertical bars), "bar" (horizontal), "line"
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_title: str  # the value axis, with its unit
    query: str  # the queries/ file its numbers come from
    unit: str = "count"
    # One panel per series, each on its own value axis: channels of 14,000 and of 20 batches a quarter both read,
    # where one shared axis would draw the small ones flat at zero.
    panels: bool = False


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    delta: str


@dataclass
class Slide:
    key: str
    title: str  # the slide's message, a sentence with its figure (headlines.py); the topic is the kicker above it
    kicker: str = ""
    caption: str = ""
    bullets: list[str] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    chart: Chart | None = None
    table: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Deck:
    lang: str
    snapshot: str
    base: str
    filters: str
    source: str  # "demo" or "ingest"
    slides: list[Slide]

    @property
    def file_stem(self) -> str:
        return f"briefing_{self.snapshot}_vs_{self.base}_{self.lang}"


SLIDE_KEYS = ("title", "headline", "words", "areas", "added", "levels", "groups", "gaps", "flows", "milestones")


_date = compare.day


def filters_text(names: dict[str, dict[str, str]], areas: tuple, domains: tuple, lang: str) -> str:
    sep = "、" if lang == "zh-CN" else ", "
    parts = []
    if areas:
        parts.append(t("deck.filter_areas", lang, values=sep.join(names["areas"].get(a, a) for a in areas)))
    if domains:
        parts.append(t("deck.filter_domains", lang, values=sep.join(names["domains"].get(d, d) for d in domains)))
    return ("；" if lang == "zh-CN" else "; ").join(parts) or t("deck.no_filters", lang)


def build(fetch, snapshot, base, lang: str, *, areas: tuple = (), domains: tuple = (), source: str = "demo",
          threshold_pct: float = gaps.DEFAULT_THRESHOLD_PCT) -> Deck:
    """All slides for `snapshot` compared with `base`; `fetch(name, **params)` runs one query."""
    snap, prev = _date(snapshot), _date(base)
    ch = compare.load(fetch, snap, prev, areas, domains)
    options = fetch("filter_options", snapshot=snap)
    names = {kind: dict(zip(g["id"], [localized(r, "name", lang) for r in g.to_dict("records")]))
             for kind, g in options.groupby("kind")}
    words = compare.sentences(ch, lang, threshold_pct)
    d_now, d_base = fmt.date(snap, lang), fmt.date(prev, lang)
    s_base, s_now = t("deck.series_base", lang, date=d_base), t("deck.series_now", lang, date=d_now)
    unfiltered = t("deck.unfiltered", lang) if (areas or domains) else ""
    slides: list[Slide] = []

    slides.append(Slide("title", t("deck.title", lang), bullets=[
        t("app.title", lang), t("deck.as_of", lang, date=d_now), t("deck.compared_with", lang, date=d_base),
        filters_text(names, tuple(areas), tuple(domains), lang), t(f"deck.source.{source}", lang)], notes=words))

    head = ch.headline.to_dict("records")
    # No caption: the title already says "since <base>", and the cards need the room.
    slides.append(Slide("headline", headlines.headline(ch.headline, d_base, lang), t("deck.headline", lang),
                        metrics=[_metric(r, lang) for r in head], table=compare.headline_table(ch, lang),
                        notes=words))

    slides.append(Slide("words", headlines.words(ch.headline, d_base, lang), t("deck.words", lang), bullets=words,
                        notes=words))

    by_area = ch.by_area.sort_values(["qualification_count", "area_id"], ascending=[False, True])
    slides.append(Slide(
        "areas", headlines.areas(ch.by_area, lang), t("deck.areas", lang), caption=t("deck.areas_caption", lang),
        chart=Chart("column", tuple(shorts([localized(r, "name", lang) for r in by_area.to_dict("records")], lang)),
                    (Series(s_base, tuple(int(v) for v in by_area["qualification_count_base"])),
                     Series(s_now, tuple(int(v) for v in by_area["qualification_count"]))),
                    t("deck.axis_items", lang), "change_by_area"), notes=words))

    slides.append(Slide("added", headlines.added(ch.added, d_base, lang), t("deck.added", lang),
                        caption=t("deck.added_caption", lang, date=d_base), chart=added_chart(ch, lang), notes=words))

    levels = ch.by_level
    slides.append(Slide(
        "levels", headlines.levels(levels, d_base, lang), t("deck.levels", lang),
        caption=t("deck.levels_caption", lang),
        chart=Chart("column", tuple(t(f"level.{lv}", lang) for lv in levels["level"]),
                    (Series(s_base, tuple(int(v) for v in levels["lab_count_base"])),
                     Series(s_now, tuple(int(v) for v in levels["lab_count"]))),
                    t("deck.axis_labs", lang), "change_by_lab_level"), notes=words))

    groups = ch.by_group
    slides.append(Slide(
        "groups", headlines.groups(groups, lang), t("deck.groups", lang), caption=t("deck.groups_caption", lang),
        chart=Chart("column", tuple(shorts([localized(r, "name", lang) for r in groups.to_dict("records")], lang)),
                    (Series(s_base, tuple(int(v) for v in groups["qualification_count_base"])),
                     Series(s_now, tuple(int(v) for v in groups["qualification_count"]))),
                    t("deck.axis_items", lang), "change_by_working_group"),
        table=_members_table(groups, lang), notes=words))

    closed, opened, now = compare.gap_changes(ch, threshold_pct)
    top = now.sort_values(["gap_batches", "area_id", "domain_id"], ascending=[False, True, True]).head(TOP_GAPS)
    threshold = fmt.integer(threshold_pct, lang)
    slides.append(Slide(
        "gaps", headlines.gaps(now, threshold, lang), t("deck.gaps", lang),
        caption=tn("deck.gaps_caption", lang, len(now), threshold=threshold, closed=len(closed), opened=len(opened)),
        chart=Chart("bar", tuple(f"{short(localized(r, 'area_name', lang), lang)} · {localized(r, 'domain_name', lang)}"
                                 for r in top.to_dict("records")),
                    (Series(t("deck.series_gap", lang), tuple(int(v) for v in top["gap_batches"])),),
                    t("deck.axis_gap", lang), "coverage_by_area_domain"), notes=words))

    flows = fetch("service_batches_by_quarter", snapshot=snap)
    quarters = sorted(set(flows["quarter"]))
    series = []
    for channel in ("routine", "one_stop", "emergency"):
        sub = flows[flows["channel"] == channel].set_index("quarter")["batches"]
        if len(sub):
            series.append(Series(t(f"channel.{channel}", lang), tuple(int(sub.get(q, 0)) for q in quarters)))
    slides.append(Slide(
        "flows", headlines.flows(flows, _quarter, lang), t("deck.flows", lang),
        caption=" ".join(p for p in (t("deck.flows_caption", lang), unfiltered) if p),
        chart=Chart("line", tuple(_quarter(q, lang, broken=True) for q in quarters), tuple(series),
                    t("deck.axis_batches", lang),
                    "service_batches_by_quarter", panels=True), notes=words))

    events = compare.events_table(ch.events, lang)
    slides.append(Slide("milestones", headlines.milestones(ch.events, d_base, lang), t("deck.milestones", lang),
                        caption=t("deck.milestones_caption", lang, base=d_base, date=d_now), table=events,
                        bullets=[] if len(events) else [t("deck.no_milestones", lang)], notes=words))
    return Deck(lang, str(snap), str(prev), filters_text(names, tuple(areas), tuple(domains), lang), source, slides)


def _members_table(groups: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Members per group beside the chart: one measure, so its columns are just base, now and change (the caption
    names the measure), narrow enough to leave the chart most of the slide."""
    table = compare.change_table(groups, lang, "group", ["member_count"], short_names=True)
    heads = [t(f"compare.col.{c}", lang) for c in ("base_short", "now_short", "change")]
    table.columns = [table.columns[0]] + [h[:1].upper() + h[1:] for h in heads]
    return table


def _metric(row: dict, lang: str) -> Metric:
    kind = "money" if row["measure"] == "assets_cny" else "int"
    value = fmt.money(row["value"], lang) if kind == "money" else fmt.integer(row["value"], lang)
    return Metric(t(f"kpi.{row['measure']}", lang), value, fmt.signed(row["change"], lang, kind) or "±0")


def added_chart(ch: compare.Changes, lang: str) -> Chart:
    """The largest additions since the base, by institution and lab (or domain): a new centre stands out."""
    added = ch.added.head(TOP_ADDITIONS)
    labels = tuple(t("deck.added_label", lang, institution=localized(r, "name", lang),
                     where=localized(r, "lab_name", lang) if isinstance(r.get("lab_name_zh"), str)
                     else localized(r, "domain_name", lang)) for r in added.to_dict("records"))
    return Chart("bar", labels, (Series(t("deck.series_added", lang), tuple(int(v) for v in added["added_count"])),),
                 t("deck.axis_items", lang), "qualifications_added_by_institution")


def _quarter(value, lang: str, broken: bool = False) -> str:
    """A quarter as people say it; `broken` puts the year on a line of its own, so a narrow chart's ticks stand
    upright ("2022" over "Q2")."""
    d = _date(value)
    q = (d.month - 1) // 3 + 1
    if broken:  # "2022Q2" is how Chinese reports write a quarter in a narrow space too
        return f"{d.year}\nQ{q}"
    return f"{d.year}年第{q}季度" if lang == "zh-CN" else f"{d.year} Q{q}"
