"""Member directory, profiles, the expert think tank and capability search results as tables people read."""
from __future__ import annotations

import pandas as pd

from .i18n import localized, localized_column, t
from .key_columns import keyed

OWNERSHIPS = ("public_institution", "state_owned_enterprise", "private_enterprise")
PROFILE_TEXTS = ("featured_projects", "advantage_resources", "service_directions")
PROFILE_TABS = ("domains", "experts", "history")  # the profile's tabs, by their names in the URL (?dir_tab=)
# The directory's orders (member_directory.sql's $sort). Staff and assets are institution-level detail: a viewer, who
# may not see those columns, cannot order by them either (the order would tell what the columns hide).
SORTS = ("items", "labs", "name", "staff", "assets")
DETAIL_SORTS = ("staff", "assets")


def sorts(detail: bool) -> tuple[str, ...]:
    return SORTS if detail else tuple(s for s in SORTS if s not in DETAIL_SORTS)


def sort_param(sort: str, lang: str) -> str:
    """Names sort in the reader's language: pinyin order for Chinese, A–Z for English."""
    return ("name_en" if lang == "en" else "name_zh") if sort == "name" else sort


def members(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    owners = {o: t(f"ownership.{o}", lang) for o in OWNERSHIPS}
    return keyed(pd.DataFrame({
        t("dir.col.institution", lang): localized_column(df, "name", lang).tolist(),
        t("measure.qualification_count", lang): df["qualification_count"].tolist(),
        t("measure.technical_staff_count", lang): df["technical_staff_count"].tolist(),
        t("measure.assets_cny", lang): df["assets_cny"].tolist(),
        t("measure.lab_count", lang): df["lab_count"].tolist(),
        t("dir.col.area", lang): localized_column(df, "area_name", lang).tolist(),
        t("area.col.ownership", lang): df["ownership"].map(owners).tolist(),
    }), 5)


def domains(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("labs.col.domain", lang): [localized(r, "name", lang) for r in rows],
        t("measure.qualification_count", lang): df["qualification_count"].tolist(),
        t("measure.annual_capacity_batches", lang): df["annual_capacity_batches"].tolist(),
        t("dir.col.labs", lang): [localized(r, "labs", lang) for r in rows],
    }), 2)


def experts(df: pd.DataFrame, lang: str, link_lang: str | None = None) -> pd.DataFrame:
    rows = df.to_dict("records")
    return keyed(pd.DataFrame({
        t("expert.col.name", lang): [localized(r, "name", lang) for r in rows],
        t("expert.col.title", lang): [localized(r, "title", lang) for r in rows],
        t("expert.col.specialty", lang): [localized(r, "specialty", lang) for r in rows],
        t("dir.col.institution", lang): [localized(r, "institution_name", lang) for r in rows],
        t("labs.col.domain", lang): [localized(r, "domain_name", lang) for r in rows],
        t("dir.col.area", lang): [localized(r, "area_name", lang) for r in rows],
        t("expert.col.profile", lang): [f"directory?institution={r['institution_id']}&lang={link_lang or lang}"
                                        for r in rows],
    }), 4)


def profile_link(institution_id: str, lang: str, snapshot: str | None = None) -> str:
    """A relative link to the institution's profile that keeps the language and snapshot (a new tab starts there)."""
    from urllib.parse import urlencode

    params = {"institution": institution_id, "lang": lang, **({"snapshot": snapshot} if snapshot else {})}
    return "directory?" + urlencode(params)


def results(df: pd.DataFrame, lang: str, snapshot: str | None = None) -> pd.DataFrame:
    """capability_search.sql's rows as shown, in its order (holders of a typed code, then most matched, nearest within
    a band): how each institution matched at best (code … parameter class, domain), its matching item count, an
    example of its best-ranked items, the distance and a link to its profile."""
    from .search import MATCH_KINDS

    kinds = {rank: t(f"search.by.{kind}", lang) for rank, kind in enumerate(MATCH_KINDS, start=1)}
    # Key columns first: who, how many of its items match, and the way to its profile; the rest a scroll away.
    return keyed(pd.DataFrame({
        t("dir.col.institution", lang): localized_column(df, "name", lang).tolist(),
        t("search.col.matches", lang): df["match_count"].tolist(),
        t("search.col.profile", lang): [profile_link(i, lang, snapshot) for i in df["institution_id"]],
        t("search.col.matched_by", lang): [kinds[int(r)] for r in df["best_rank"]],
        t("dir.col.area", lang): localized_column(df, "area_name", lang).tolist(),
        t("fill.col.distance", lang): df["distance_km"].tolist(),
        t("search.col.standards", lang): df["standard_count"].tolist(),
        t("search.col.example", lang): localized_column(df, "example", lang).tolist(),
        t("search.col.example_standard", lang): df["example_standard"].tolist(),
    }), 3)


def profile_line(p: dict, lang: str) -> str:
    from . import fmt

    parts = [localized(p, "area_name", lang), t(f"ownership.{p['ownership']}", lang),
             t("dir.joined", lang, date=fmt.date(p["joined_on"], lang))]
    if p.get("is_lead"):
        parts.insert(0, t("dir.lead", lang))
    if localized(p, "groups", lang):
        parts.append(localized(p, "groups", lang))
    if p.get("cma_certificate_no"):
        parts.append(t("dir.cma", lang, no=p["cma_certificate_no"]))
    return " · ".join(parts)


def profile_figures(p: dict, lang: str) -> list:
    """The profile's headline figures as KPI cards (laid out three a row, like the overview's)."""
    from . import fmt
    from .i18n import t
    from .kpis import Card

    shown = [("qualification_count", fmt.integer), ("technical_staff_count", fmt.integer),
             ("assets_cny", fmt.money), ("expert_count", fmt.integer), ("service_batches_delivered", fmt.integer)]
    return [Card(m, t(f"measure.{m}", lang), show(p[m], lang), None, "normal", None, p[m]) for m, show in shown]


def missing_request(requested, names: dict, picked=None) -> str | None:
    """The institution a profile link asks for (`?institution=`) when the list cannot show it, else None. Once the
    picker holds a listed institution (`picked`), the link has been answered."""
    if picked in names or not isinstance(requested, str) or not requested.strip() or requested in names:
        return None
    return requested.strip()[:64]  # ids are at most 64 characters (ingest spec)


def missing_note(requested: str, snapshot: str, lang: str) -> str:
    """A link's institution this snapshot does not have: it left the alliance (or had not joined), or the link is
    wrong."""
    from . import fmt

    return t("chrome.institution_missing", lang, id=requested, date=fmt.date(snapshot, lang))


def title_options(lang: str) -> dict[str, str]:
    """Title filter: stored value (the Chinese title, as in the data) -> label in the language; "" for all."""
    from .demo.people import TITLES

    return {"": t("filters.all", lang), **{zh: zh if lang == "zh-CN" else en for zh, en, _ in TITLES}}
