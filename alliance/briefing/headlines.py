"""Each content slide's title as its message: one sentence with the slide's headline figure, written from the
catalogs' templates in the chosen language. The meeting view, the PPTX and the HTML all take the title from here, so
the room reads the same sentence on the screen and in the hand-out. Figures come from the frames the deck already
holds (one query each); nothing is computed twice."""
from __future__ import annotations

import pandas as pd

from .. import fmt
from ..i18n import localized, t, tn
from ..labels import short


def _pct(change: float, base: float, lang: str) -> str:
    if not base:
        return "—"
    v = 100 * change / base
    return ("+" if v > 0 else "−" if v < 0 else "±") + fmt.percent(abs(v), lang, 1)


def mid_sentence(name: str, lang: str) -> str:
    """A domain name inside an English sentence: "Motor vehicle inspection" reads "motor vehicle inspection";
    an initialism ("EMC testing") keeps its capitals."""
    if lang == "en" and len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def headline(head: pd.DataFrame, base: str, lang: str) -> str:
    row = head.set_index("measure").loc["qualification_count"]
    change, now, before = int(row["change"]), int(row["value"]), int(row["value_base"])
    way = "up" if change > 0 else "down" if change < 0 else "flat"
    return t(f"deck.msg.headline_{way}", lang, change=fmt.integer(abs(change), lang), now=fmt.integer(now, lang),
             pct=_pct(change, before, lang), base=base)


def words(head: pd.DataFrame, base: str, lang: str) -> str:
    """The change in one line: items, national and provincial labs, members, each signed."""
    change = head.set_index("measure")["change"]
    return t("deck.msg.words", lang, base=base, items=fmt.signed(change["qualification_count"], lang) or "±0",
             labs=fmt.signed(change["national_provincial_lab_count"], lang) or "±0",
             members=fmt.signed(change["institution_count"], lang) or "±0")


def areas(by_area: pd.DataFrame, lang: str) -> str:
    if not len(by_area):
        return t("deck.areas", lang)
    grew = by_area.sort_values(["qualification_count_change", "area_id"], ascending=[False, True]).iloc[0].to_dict()
    if grew["qualification_count_change"] > 0:
        return t("deck.msg.areas_grew", lang, area=short(localized(grew, "name", lang), lang),
                 change=fmt.integer(grew["qualification_count_change"], lang),
                 now=fmt.integer(grew["qualification_count"], lang))
    most = by_area.sort_values(["qualification_count", "area_id"], ascending=[False, True]).iloc[0].to_dict()
    return t("deck.msg.areas_most", lang, area=short(localized(most, "name", lang), lang),
             now=fmt.integer(most["qualification_count"], lang))


def added(top: pd.DataFrame, base: str, lang: str) -> str:
    if not len(top):
        return t("deck.msg.added_none", lang, base=base)
    r = top.iloc[0].to_dict()
    where = localized(r, "lab_name", lang) if isinstance(r.get("lab_name_zh"), str) else \
        localized(r, "domain_name", lang)
    return t("deck.msg.added", lang, institution=localized(r, "name", lang), n=fmt.integer(r["added_count"], lang),
             where=where)


def levels(by_level: pd.DataFrame, base: str, lang: str) -> str:
    top = by_level[by_level["level"].isin(["national", "provincial"])]
    now, before = int(top["lab_count"].sum()), int(top["lab_count_base"].sum())
    way = "up" if now > before else "down" if now < before else "flat"
    return tn(f"deck.msg.levels_{way}", lang, now, shown=fmt.integer(now, lang),
              change=fmt.integer(abs(now - before), lang), base=base)


def groups(by_group: pd.DataFrame, lang: str) -> str:
    if not len(by_group):
        return t("deck.groups", lang)
    r = by_group.sort_values(["qualification_count", "working_group_id"], ascending=[False, True]).iloc[0].to_dict()
    return tn("deck.msg.groups", lang, int(r["member_count"]), group=localized(r, "name", lang),
              items=fmt.integer(r["qualification_count"], lang), members=fmt.integer(r["member_count"], lang))


def gaps(now: pd.DataFrame, threshold: str, lang: str) -> str:
    if not len(now):
        return t("deck.msg.gaps_none", lang, threshold=threshold)
    r = now.sort_values(["gap_batches", "area_id", "domain_id"], ascending=[False, True, True]).iloc[0].to_dict()
    return tn("deck.msg.gaps", lang, len(now), threshold=threshold,
              area=short(localized(r, "area_name", lang), lang),
              domain=mid_sentence(localized(r, "domain_name", lang), lang), gap=fmt.integer(r["gap_batches"], lang))


def flows(flows: pd.DataFrame, quarter_label, lang: str) -> str:
    if not len(flows):
        return t("deck.flows", lang)
    last = flows["quarter"].max()
    n = int(flows.loc[flows["quarter"] == last, "batches"].sum())
    return t("deck.msg.flows", lang, n=fmt.integer(n, lang), quarter=quarter_label(last, lang))


def milestones(events: pd.DataFrame, base: str, lang: str) -> str:
    if not len(events):
        return t("deck.msg.milestones_none", lang, base=base)
    return tn("deck.msg.milestones", lang, len(events), shown=fmt.integer(len(events), lang), base=base,
              latest=fmt.date(events["date"].max(), lang))
