"""Plotly figure builders. No Streamlit here: each takes frames and a language and returns a Figure."""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from . import fmt, geo
from .i18n import localized, t
from .labels import short, shorts, wrapped

FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
BLUE, TEAL, GREY = "#1f5fa8", "#1a9a8a", "#8a94a6"
PICKED = "#0b3a70"  # the bar a click chose, darker than the rest and outlined
EVENT_COLOURS = {"governance": "#6a3d9a", "joint_meeting": "#1f5fa8", "capability": "#d95f02",
                 "service": "#1a9a8a", "membership": "#8a94a6"}


def _house_template() -> go.layout.Template:
    """plotly_white's layout with our type, margins and legend place, without its defaults for every trace type:
    assigning a template deep-copies it, and the full one (50+ trace types) cost more than the rest of a figure.
    Our traces set their own colours. What every chart shares lives here, set once, not per figure."""
    template = go.layout.Template(layout=pio.templates["plotly_white"].layout,
                                  # A value label stands level, never turned to fit a narrow bar.
                                  data={"bar": [{"marker": {"line": {"color": "white", "width": 0.5}},
                                                 "textangle": 0}]})
    template.layout.update(font=dict(family=FONT, size=14), margin=dict(l=10, r=10, t=40, b=10),
                           hoverlabel=dict(font_family=FONT),
                           legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    return template


# Built once and made the process default, so go.Figure() starts from it instead of copying Plotly's own default
# (and then plotly_white) into every figure.
pio.templates["alliance"] = _house_template()
pio.templates.default = "alliance"


# Plotly checks every value twice: when a trace is made, and again when it is put into a figure. The second pass
# was half of a figure's build (the gap matrix: 111 -> 54 ms under load), and a slider move builds it anew, so the
# figures here skip it. What they produce is unchanged: tests/test_charts_unvalidated.py builds every chart both
# ways and compares the JSON (a misspelt property, which only the second pass would catch, fails there too).
VALIDATE = False


def new_figure(*traces) -> go.Figure:
    return go.Figure(list(traces) or None, _validate=VALIDATE)


def _base(fig: go.Figure, height: int) -> go.Figure:
    fig.layout.height = height
    return fig


def growth_with_events(kpis: pd.DataFrame, events: pd.DataFrame, lang: str, phone: bool = False) -> go.Figure:
    """Qualification items (bars), technical staff (a line in its own panel, so it never crosses the bars' labels)
    and milestones on a strip beneath, each labelled: capability milestones with the items they added. `phone`: the
    same chart for a 390 px screen, with fewer date ticks (six dates run into one another there) and less height."""
    x = pd.to_datetime(kpis["snapshot"])
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, row_heights=[0.5, 0.22, 0.28], vertical_spacing=0.05)
    bar_text = [fmt.integer(v, lang) for v in kpis["qualification_count"]]
    if phone:  # bars a thumb wide: only the first and the latest are labelled, as the ticks under them are
        bar_text = [v if i in (0, len(bar_text) - 1) else "" for i, v in enumerate(bar_text)]
    fig.add_bar(x=x, y=kpis["qualification_count"], name=t("chart.qualification_count", lang), marker_color=BLUE,
                text=bar_text, textposition="outside",
                cliponaxis=False, hovertemplate="%{x|%Y-%m-%d}<br>%{y:,}<extra></extra>", row=1, col=1)
    staff = kpis["technical_staff_count"]
    fig.add_scatter(x=x, y=staff, name=t("chart.technical_staff_count", lang), mode="lines+markers+text",
                    line=dict(color=TEAL, width=3), text=[fmt.integer(v, lang) for v in staff],
                    textposition="top center", cliponaxis=False,
                    hovertemplate="%{x|%Y-%m-%d}<br>%{y:,}<extra></extra>", row=2, col=1)
    lanes = [k for k in EVENT_COLOURS if k in set(events["kind"])]
    for kind, group in events.groupby("kind", sort=False):
        recs = group.to_dict("records")
        titles = [localized(r, "title", lang) for r in recs]
        delta = group["qualification_delta"] if "qualification_delta" in group else pd.Series([None] * len(group))
        labels = ["" if pd.isna(d) or not d else fmt.signed(int(d), lang) for d in delta]
        fig.add_scatter(x=pd.to_datetime(group["date"]), y=[t(f"event.{kind}", lang)] * len(group),
                        mode="markers+text", text=labels, textposition="middle right", textfont=dict(size=12),
                        marker=dict(size=11, color=EVENT_COLOURS.get(kind, GREY), symbol="diamond"),
                        name=t(f"event.{kind}", lang), showlegend=False, customdata=titles, cliponaxis=False,
                        hovertemplate="%{x|%Y-%m-%d}<br>%{customdata}<extra></extra>", row=3, col=1)
    fig.update_yaxes(title_text=t("chart.qualification_count", lang), tickformat=",",
                     range=[0, kpis["qualification_count"].max() * 1.18], row=1, col=1)
    top = staff.max() if len(staff) else 0
    fig.update_yaxes(title_text=t("chart.technical_staff_count", lang), tickformat=",", nticks=3,
                     range=[0, top * 1.35 if top else 1], row=2, col=1)
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=[t(f"event.{k}", lang) for k in lanes],
                     range=[-0.6, len(lanes) - 0.4], showgrid=True, tickfont=dict(size=12),
                     title_text=t("chart.milestones", lang), row=3, col=1)
    # Quarterly ticks and a fixed bar width keep a single snapshot (the oldest) drawn as a visible bar.
    first = min([x.min(), *pd.to_datetime(events["date"])]) - pd.Timedelta(days=45)
    fig.update_traces(width=55 * 86_400_000, selector=dict(type="bar"))
    # On a phone the latest date needs room beyond its bar to stand level and whole under it.
    fig.update_xaxes(range=[first, x.max() + pd.Timedelta(days=150 if phone else 60)])
    _snapshot_ticks(fig, kpis["snapshot"], lang, most=PHONE_TICKS if phone else None)
    if phone:  # two labels alone need not shrink to a bar's width (Plotly's default for outside text)
        fig.update_xaxes(tickangle=0, tickfont=dict(size=12))
        fig.update_traces(constraintext="none", selector=dict(type="bar"))
    fig.update_xaxes(title_text=None, row=1, col=1)
    fig.update_xaxes(title_text=None, row=2, col=1)
    fig.update_layout(showlegend=False)
    return _base(fig, 540 if phone else 620)


def ranking(df: pd.DataFrame, value_col: str, lang: str, *, unit: str = "count", height: int | None = None,
            label_field: str = "name", ids: str | None = None, picked: str | None = None) -> go.Figure:
    """Horizontal bars, largest on top, each labelled with its exact figure; `ids` rides along for clicks. An area
    with no value (no residents on record for a per-10k measure) comes last, its label saying so, never first."""
    df = df.sort_values(value_col, ascending=True, na_position="first")  # drawn bottom-up: missing at the bottom
    full = [localized(r, label_field, lang) for r in df.to_dict("records")]
    labels = shorts(full, lang)
    text = [t("chart.no_value", lang) if fmt.is_missing(v) else fmt.money(v, lang) if unit == "money"
            else fmt.integer(v, lang) if unit == "count" else f"{v:,.2f}" for v in df[value_col]]
    missing = [fmt.is_missing(v) for v in df[value_col]]
    chosen = [bool(ids) and picked is not None and v == picked for v in (df[ids] if ids else [None] * len(df))]
    fig = new_figure(go.Bar(x=[0 if m else v for m, v in zip(missing, df[value_col])], y=labels, orientation="h",
                           marker=dict(color=[PICKED if c else BLUE for c in chosen],
                                       line=dict(color=[INK if c else "white" for c in chosen],
                                                 width=[2.5 if c else 0.5 for c in chosen])),
                           text=text, textposition=["outside" if m else "auto" for m in missing], cliponaxis=False,
                           customdata=df[ids] if ids else None, hovertext=full,
                           hovertemplate="%{hovertext}<br>%{text}<extra></extra>"))
    fig.update_xaxes(title_text=t(f"measure.{value_col}", lang), tickformat="~s" if unit == "money" else ",")
    fig.update_yaxes(automargin=True)
    return _base(fig, height or max(260, 34 * len(df) + 80))


CHANNEL_COLOURS = {"routine": BLUE, "one_stop": "#d95f02", "emergency": "#c51b7d"}


GAP_RED, GAP_BLUE, NO_DEMAND = "#b2182b", "#2166ac", "#e6e9ef"
LIGHT_TEXT, DARK_TEXT = "#ffffff", "#000000"
MATRIX_ROW = 38  # px per domain row: cell labels in 14 px type with room round them


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))


def _luminance(rgb) -> float:
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((_luminance(_rgb(a)), _luminance(_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colour_at(scale: list, frac: float) -> str:
    """The colour a Plotly colorscale gives at `frac` (0-1), interpolated in RGB as Plotly does."""
    frac = min(max(frac, 0.0), 1.0)
    for (f0, c0), (f1, c1) in zip(scale, scale[1:]):
        if frac <= f1:
            k = 0.0 if f1 == f0 else (frac - f0) / (f1 - f0)
            mix = [a + (b - a) * k for a, b in zip(_rgb(c0), _rgb(c1))]
            return "#" + "".join(f"{round(v * 255):02x}" for v in mix)
    return scale[-1][1]


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (one of the two always reaches 4.5:1)."""
    return LIGHT_TEXT if contrast(LIGHT_TEXT, fill) >= contrast(DARK_TEXT, fill) else DARK_TEXT


def coverage_heatmap(coverage: pd.DataFrame, threshold_pct: float, lang: str,
                     picked: tuple[str, str] | None = None) -> go.Figure:
    """Domains (rows) × areas (columns), coloured by coverage: red below the gap threshold, blue above; ✕ where no
    local member is qualified at all. The colour is a heatmap, so cells grow with the screen; over it, one
    transparent point per cell carries its label (black or white, whichever reads on the cell) and its
    "area|domain" as customdata, because a click selects points, not heatmap cells (in Streamlit). Domain names
    stand beside their rows, whole and level; the picked cell is outlined."""
    areas = coverage.drop_duplicates("area_id")[["area_id", "area_name_zh", "area_name_en"]]
    domains = coverage.drop_duplicates("domain_id")[["domain_id", "domain_name_zh", "domain_name_en"]]
    a_full = [localized(r, "area_name", lang) for r in areas.to_dict("records")]
    a_names = dict(zip(areas["area_id"], shorts(a_full, lang)))
    a_full = dict(zip(areas["area_id"], a_full))
    d_names = dict(zip(domains["domain_id"], [localized(r, "domain_name", lang)
                                               for r in domains.to_dict("records")]))
    cap = 150.0
    edge = max(min(threshold_pct / cap, 0.999), 0.001)
    scale = [[0, GAP_RED], [edge * 0.999, "#f4a582"], [edge, "#d1e5f0"], [1, GAP_BLUE]]
    cols, rows = list(a_names), list(d_names)
    x_of, y_of = {a: i for i, a in enumerate(cols)}, {d: i for i, d in enumerate(rows)}
    z = [[None] * len(cols) for _ in rows]
    grey = [[None] * len(cols) for _ in rows]
    points: dict[str, dict[str, list]] = {LIGHT_TEXT: {}, DARK_TEXT: {}}
    for r in coverage.to_dict("records"):
        i, j = y_of[r["domain_id"]], x_of[r["area_id"]]
        pct = r["coverage_pct"]
        if fmt.is_missing(pct):  # no demand recorded: nothing to cover, so no colour on the coverage scale
            grey[i][j], fill, label = 1, NO_DEMAND, "—"
        else:
            z[i][j] = min(float(pct), cap)
            fill = colour_at(scale, z[i][j] / cap)
            label = "✕" if r["local_institution_count"] == 0 else fmt.percent(pct, lang)
        hover = f"{a_full[r['area_id']]} · {d_names[r['domain_id']]}<br>" + t(
            "gaps.hover", lang, demand=fmt.integer(r["annual_demand_batches"], lang),
            capacity=fmt.integer(r["local_capacity_batches"], lang), gap=fmt.integer(r["gap_batches"], lang),
            pct=fmt.percent(pct, lang, 1), n=int(r["local_institution_count"]))
        bucket = points[text_on(fill)]
        for field, value in (("x", j), ("y", i), ("text", label), ("hover", hover),
                             ("id", f"{r['area_id']}|{r['domain_id']}")):
            bucket.setdefault(field, []).append(value)
    x_ticks = [wrapped(a_names[a], 9) if lang == "en" else a_names[a] for a in cols]
    fig = new_figure()
    fig.add_heatmap(z=grey, x=list(range(len(cols))), y=list(range(len(rows))), colorscale=[[0, NO_DEMAND],
                    [1, NO_DEMAND]], showscale=False, hoverinfo="skip", xgap=2, ygap=2)
    fig.add_heatmap(z=z, x=list(range(len(cols))), y=list(range(len(rows))), zmin=0, zmax=cap, colorscale=scale,
                    hoverinfo="skip", xgap=2, ygap=2,
                    colorbar=dict(title=dict(text=t("gaps.coverage_axis", lang), side="top"), ticksuffix="%",
                                  tickvals=[0, threshold_pct, 100, cap], thickness=14, len=0.9))
    for ink, pts in points.items():
        if not pts:
            continue
        fig.add_scatter(
            x=pts["x"], y=pts["y"], mode="markers+text", text=pts["text"], customdata=pts["id"],
            textfont=dict(size=14, color=ink), hovertext=pts["hover"], hovertemplate="%{hovertext}<extra></extra>",
            marker=dict(symbol="square", size=30, color="rgba(0,0,0,0)", line=dict(width=0)), showlegend=False,
            selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1)))
    if picked and picked[0] in x_of and picked[1] in y_of:
        j, i = x_of[picked[0]], y_of[picked[1]]
        fig.add_shape(type="rect", x0=j - 0.5, x1=j + 0.5, y0=i - 0.5, y1=i + 0.5, line=dict(color=INK, width=3))
    fig.update_xaxes(side="top", tickmode="array", tickvals=list(range(len(cols))), ticktext=x_ticks, tickangle=0,
                     showgrid=False, zeroline=False, title_text=t("gaps.matrix_y", lang), range=[-0.5, len(cols) - 0.5],
                     tickfont=dict(size=14))
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=list(range(len(rows))),
                     ticktext=[d_names[d] for d in rows], showgrid=False, zeroline=False,
                     title_text=t("gaps.matrix_x", lang), tickfont=dict(size=14), automargin=True)
    fig.update_layout(clickmode="event+select", dragmode=False, margin=dict(l=10, r=10, t=20, b=10),
                      plot_bgcolor="white")
    return _base(fig, MATRIX_ROW * len(rows) + 110)


def area_coverage(coverage: pd.DataFrame, threshold_pct: float, lang: str, area_id: str,
                  picked: tuple[str, str] | None = None) -> go.Figure:
    """The gap matrix's form for a phone: one area's column of it as bars, one per domain, the lowest coverage on
    top, red below the gap threshold and blue above it (the matrix's ends), each labelled with its coverage; ✕ where
    no local member is qualified, "—" where no demand is recorded. Domain names stand whole beside their bars,
    wrapped; each bar carries "area|domain" for a tap, and the picked one is outlined."""
    rows = coverage[coverage["area_id"] == area_id].to_dict("records")
    cap = 150.0
    pct = [None if fmt.is_missing(r["coverage_pct"]) else float(r["coverage_pct"]) for r in rows]
    # Lowest first, no demand last; the axis is reversed so the first stands on top.
    order = sorted(range(len(rows)), key=lambda i: (pct[i] is None, pct[i] if pct[i] is not None else 0,
                                                     rows[i]["domain_id"]))
    rows, pct = [rows[i] for i in order], [pct[i] for i in order]
    names = [localized(r, "domain_name", lang) for r in rows]
    labels = [wrapped(n, 22) if lang == "en" else _wrap_zh(n, 8) for n in names]  # two lines at most
    colour = [NO_DEMAND if p is None else GAP_RED if p < threshold_pct else GAP_BLUE for p in pct]
    text = ["—" if p is None else ("✕ " if r["local_institution_count"] == 0 else "") + fmt.percent(p, lang)
            for r, p in zip(rows, pct)]
    chosen = [picked is not None and (area_id, r["domain_id"]) == tuple(picked) for r in rows]
    hover = [f"{n}<br>" + t("gaps.hover", lang, demand=fmt.integer(r["annual_demand_batches"], lang),
                            capacity=fmt.integer(r["local_capacity_batches"], lang),
                            gap=fmt.integer(r["gap_batches"], lang), pct=fmt.percent(p, lang, 1),
                            n=int(r["local_institution_count"])) for n, r, p in zip(names, rows, pct)]
    fig = new_figure(go.Bar(
        x=[0 if p is None else min(p, cap) for p in pct], y=list(range(len(rows))), orientation="h",
        marker=dict(color=colour, line=dict(color=[INK if c else "white" for c in chosen],
                                            width=[2.5 if c else 0.5 for c in chosen])),
        # A label inside its bar's end where the bar is long enough, so the threshold's dashed line never crosses
        # it; white on the red and the blue both reach 4.5:1.
        text=text, textposition=["inside" if (p or 0) >= 30 else "outside" for p in pct], insidetextanchor="end",
        cliponaxis=False, textfont=dict(size=13), insidetextfont=dict(size=13, color=LIGHT_TEXT),
        outsidetextfont=dict(size=13, color=INK), constraintext="none",
        customdata=[f"{area_id}|{r['domain_id']}" for r in rows], hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>"))
    _threshold_line(fig, "x", threshold_pct, INK, width=1.5, layer="below")  # below: not over the labels
    fig.update_xaxes(range=[0, cap * 1.22], tickmode="array", tickvals=[0, 50, 100, 150],
                     ticktext=[fmt.percent(v, lang) for v in (0, 50, 100, 150)], side="top",
                     title_text=t("gaps.coverage_axis", lang), tickfont=dict(size=12))
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=list(range(len(rows))), ticktext=labels,
                     tickfont=dict(size=13), automargin=True, showgrid=False)
    fig.update_layout(clickmode="event+select", dragmode=False, bargap=0.25, margin=dict(l=6, r=6, t=10, b=10))
    return _base(fig, 44 * len(rows) + 70)


def _wrap_zh(name: str, width: int) -> str:
    """A Chinese name on lines of at most `width` characters, broken before an opening bracket where it can be."""
    if len(name) <= width:
        return name
    cut = name.find("（")
    cut = cut if 0 < cut <= width else width
    return name[:cut] + "<br>" + _wrap_zh(name[cut:], width)


SANKEY_HEIGHT, SANKEY_MARGIN, SANKEY_PAD, LABEL_STEP = 480, (50, 10), 10, 24  # px


def _sankey_column(values: list[float], ky: float, plot_h: float) -> list[float]:
    """Node centres (0-1, top down) for one column: nodes as tall as Plotly draws them (value × ky), stacked in
    order with at least Plotly's pad between them and at least LABEL_STEP between neighbouring centres, so small
    nodes' labels never sit on one another; squeezed back into the plot if that runs past its foot."""
    heights = [v * ky for v in values]
    centres, top = [], 0.0
    for i, h in enumerate(heights):
        if i:
            step = max(SANKEY_PAD + (heights[i - 1] + h) / 2, LABEL_STEP)
            top = centres[-1] + step - h / 2
        centres.append(top + h / 2)
        top += h
    over = centres[-1] + heights[-1] / 2 - plot_h if centres else 0
    if over > 0:
        centres = [c * (plot_h - heights[-1] / 2) / centres[-1] if centres[-1] else c for c in centres]
    return [min(max(c / plot_h, 0.001), 0.999) for c in centres]


def flow_sankey(flows: pd.DataFrame, lang: str) -> go.Figure:
    """Providers (left) to client areas (right). Node names stand outside the flows, beside their nodes, and the
    nodes are placed so that every name has room, the smallest included; hover gives full names and batches."""
    pairs = flows.groupby(["provider_area_id", "client_area_id"], as_index=False)["batches"].sum()
    names = {r["provider_area_id"]: localized(r, "provider_name", lang) for r in flows.to_dict("records")}
    names |= {r["client_area_id"]: localized(r, "client_name", lang) for r in flows.to_dict("records")}
    out_total = pairs.groupby("provider_area_id")["batches"].sum().sort_values(ascending=False)
    in_total = pairs.groupby("client_area_id")["batches"].sum().sort_values(ascending=False)
    left, right = list(out_total.index), list(in_total.index)
    full = [names[a] for a in left] + [names[a] for a in right]
    plot_h = SANKEY_HEIGHT - sum(SANKEY_MARGIN)
    total = float(pairs["batches"].sum()) or 1.0
    ky = (plot_h - (max(len(left), len(right), 1) - 1) * SANKEY_PAD) / total
    y = _sankey_column(list(out_total), ky, plot_h) + _sankey_column(list(in_total), ky, plot_h)
    x = [0.01] * len(left) + [0.99] * len(right)
    domain = (0.22, 0.78)  # the outer strips hold the names
    fig = new_figure(go.Sankey(
        arrangement="fixed", domain=dict(x=list(domain)),
        node=dict(label=[""] * len(full), customdata=full, pad=SANKEY_PAD, thickness=16, x=x, y=y,
                  color=[BLUE] * len(left) + [TEAL] * len(right),
                  hovertemplate="%{customdata}<br>%{value:,}<extra></extra>"),
        link=dict(source=[left.index(a) for a in pairs["provider_area_id"]],
                  target=[len(left) + right.index(a) for a in pairs["client_area_id"]],
                  value=pairs["batches"].tolist(), color="rgba(31,95,168,0.25)", customdata=[
                      f"{names[a]} → {names[b]}" for a, b in zip(pairs["provider_area_id"], pairs["client_area_id"])],
                  hovertemplate="%{customdata}<br>%{value:,}<extra></extra>")))
    notes = [dict(x=domain[0] - 0.015 if i < len(left) else domain[1] + 0.015, y=1 - yy, xref="paper",
                  yref="paper", xanchor="right" if i < len(left) else "left", yanchor="middle", showarrow=False,
                  text=short(name, lang), font=dict(size=14, color=INK))
             for i, (name, yy) in enumerate(zip(full, y))]
    fig.update_layout(annotations=notes, margin=dict(l=10, r=10, t=SANKEY_MARGIN[0], b=SANKEY_MARGIN[1]),
                      title=dict(text=t("flows.sankey_title", lang), font=dict(size=16)))
    return _base(fig, SANKEY_HEIGHT)


def flow_map(flows: pd.DataFrame, areas: pd.DataFrame, lang: str) -> go.Figure:
    """Arcs between area seats over the member cities' outlines on a blank map, the Shenfu zone ringed (offline:
    no tiles, and no text on map layers: labels are annotations, see the note above MAP_CENTER)."""
    pairs = flows.groupby(["provider_area_id", "client_area_id", "provider_lon", "provider_lat", "client_lon",
                           "client_lat"], as_index=False)["batches"].sum()
    top = max(pairs["batches"].max(), 1) if len(pairs) else 1
    fig = new_figure()
    _map_outlines(fig, geo.area_ids())
    for r in pairs.to_dict("records"):
        # A slight bend tells the two directions between a pair apart.
        mid_lon = (r["provider_lon"] + r["client_lon"]) / 2 + (r["client_lat"] - r["provider_lat"]) * 0.15
        mid_lat = (r["provider_lat"] + r["client_lat"]) / 2 - (r["client_lon"] - r["provider_lon"]) * 0.15
        fig.add_trace(go.Scattermap(
            lon=[r["provider_lon"], mid_lon, r["client_lon"]], lat=[r["provider_lat"], mid_lat, r["client_lat"]],
            mode="lines", line=dict(width=1 + 9 * r["batches"] / top, color="rgba(31,95,168,0.55)"),
            hoverinfo="skip", showlegend=False))
    recs = areas.to_dict("records")
    names = [localized(r, "name", lang) for r in recs]
    seats = [i for i, r in enumerate(recs) if r.get("kind") != ZONE_KIND]
    fig.add_trace(go.Scattermap(lon=[recs[i]["lon"] for i in seats], lat=[recs[i]["lat"] for i in seats],
                                mode="markers", marker=dict(size=11, color=TEAL), hovertext=[names[i] for i in seats],
                                hoverinfo="text", showlegend=False))
    for i, r in enumerate(recs):
        if r.get("kind") == ZONE_KIND:
            _map_point(fig, r["lon"], r["lat"], names[i], colour=TEAL)
    _map_labels(fig, recs, [f"<b>{_map_name(r, lang)}</b>" for r in recs])
    fig = _map_frame(fig, lang)
    fig.update_layout(title=dict(text=t("flows.map_title", lang), font=dict(size=16)), height=MAP_HEIGHT + 40,
                      margin=dict(l=0, r=0, t=50, b=0))
    return fig


def batches_by_quarter(df: pd.DataFrame, lang: str) -> go.Figure:
    """Cross-area batches per quarter, one panel per channel, each on its own axis: routine work runs to
    thousands a quarter, the one-stop and emergency channels to tens, and on one axis those would not show."""
    quarters = sorted(set(pd.to_datetime(df["quarter"])))
    # "2022" over "Q2" in both languages (Chinese reports write 2022Q2 too): six quarters fit a third of the page.
    order = [f"{q.year}\nQ{(q.month - 1) // 3 + 1}" for q in quarters]
    channels = [c for c in CHANNEL_COLOURS if c in set(df["channel"])] or list(dict.fromkeys(df["channel"]))
    fig = make_subplots(rows=1, cols=max(len(channels), 1), horizontal_spacing=0.08,
                        subplot_titles=[t(f"channel.{c}", lang) for c in channels])
    for i, channel in enumerate(channels, start=1):
        sub = df[df["channel"] == channel].assign(q=lambda d: pd.to_datetime(d["quarter"])).set_index("q")["batches"]
        values = [int(sub.get(q, 0)) for q in quarters]
        fig.add_bar(x=[o.replace("\n", "<br>") for o in order], y=values, name=t(f"channel.{channel}", lang),
                    marker_color=CHANNEL_COLOURS.get(channel, GREY), showlegend=False,
                    hovertemplate="%{x}<br>%{y:,}<extra>" + t(f"channel.{channel}", lang) + "</extra>",
                    row=1, col=i)
        fig.update_yaxes(tickformat=",", rangemode="tozero", nticks=5, row=1, col=i,
                         title_text=t("flows.batches_axis", lang) if i == 1 else None)
        fig.update_xaxes(tickangle=0, row=1, col=i)
    fig.update_annotations(font=dict(size=14))
    fig.update_layout(title=dict(text=t("flows.quarters_title", lang), font=dict(size=16)), margin=dict(t=80))
    return _base(fig, 400)


TREND_MARKERS = ("circle", "square", "diamond", "triangle-up", "x", "star", "triangle-down", "cross")
TREND_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "solid", "dash", "dot")


def _threshold_line(fig: go.Figure, axis: str, value: float, colour: str, *, width: float = 2,
                    layer: str = "above", text: str | None = None) -> None:
    """A dashed line across the plot at `value` on `axis` ("x": vertical), its label (if any) under its left end.
    Drawn as a plain shape: Plotly's add_hline/add_vline looks through every subplot first, a fifth of the trend
    chart's build time, and the threshold changes with the slider, so this is built on every move."""
    across = "y" if axis == "x" else "x"
    fig.add_shape(type="line", layer=layer, line=dict(dash="dash", color=colour, width=width),
                  **{f"{axis}ref": axis, f"{axis}0": value, f"{axis}1": value,
                     f"{across}ref": f"{across} domain", f"{across}0": 0, f"{across}1": 1})
    if text:
        fig.add_annotation(text=text, showarrow=False, xref="x domain", x=0, xanchor="left", yref="y", y=value,
                           yanchor="top")


def coverage_trend(df: pd.DataFrame, threshold_pct: float, lang: str, phone: bool = False) -> go.Figure:
    """Coverage per area over the snapshots. Each area has its own marker and dash and its name at the end of its
    line, so areas are told apart without relying on colour (eight hues are too close for a colour-blind reader).
    `phone`: for a 390 px screen the names go to a legend below the chart (beside the lines' ends they would need
    a third of its width and stand on one another), with fewer date ticks."""
    fig = new_figure()
    ends = []
    for i, (_, group) in enumerate(df.groupby("area_id", sort=True)):
        name = localized(group.iloc[0].to_dict(), "name", lang)
        group = group.sort_values("snapshot")
        fig.add_scatter(x=pd.to_datetime(group["snapshot"]), y=group["coverage_pct"], name=short(name, lang),
                        mode="lines+markers", marker=dict(symbol=TREND_MARKERS[i % len(TREND_MARKERS)], size=9),
                        line=dict(dash=TREND_DASHES[i % len(TREND_DASHES)], width=2.5),
                        hovertemplate=name + "<br>%{x|%Y-%m-%d}<br>%{y:.1f}%<extra></extra>")
        last = group.dropna(subset=["coverage_pct"]).tail(1)
        if len(last):
            ends.append([float(last["coverage_pct"].iloc[0]), pd.Timestamp(last["snapshot"].iloc[0]),
                         short(name, lang)])
    # Each line's name beside its last point, moved apart where two end close together (a label 14 px tall needs
    # about 5 % of the axis at this height).
    top = max([threshold_pct, *[e[0] for e in ends]]) * 1.12 or 1
    if phone:
        return _trend_for_phone(fig, df, threshold_pct, top, lang)
    step, placed = top * 0.055, []
    for end in sorted(ends):
        end[0] = max(end[0], placed[-1][0] + step) if placed else end[0]
        placed.append(end)
    fig.update_layout(annotations=[dict(x=x, y=y, text=name, xanchor="left", xshift=10, yanchor="middle",
                                        showarrow=False, font=dict(size=13)) for y, x, name in placed],
                      margin=dict(r=110))
    # Its label at the left end, clear of the areas' names at the right.
    _threshold_line(fig, "y", threshold_pct, "#b2182b", text=t("gaps.threshold_line", lang, pct=threshold_pct))
    fig.update_yaxes(title_text=t("gaps.coverage_axis", lang), ticksuffix="%",
                     range=[0, max(top, placed[-1][0] + step) if placed else top])
    _snapshot_ticks(fig, df["snapshot"], lang)
    return _base(fig, 420)


def _trend_for_phone(fig: go.Figure, df: pd.DataFrame, threshold_pct: float, top: float, lang: str) -> go.Figure:
    _threshold_line(fig, "y", threshold_pct, "#b2182b", text=t("gaps.threshold_line", lang, pct=threshold_pct))
    fig.update_yaxes(title_text=t("gaps.coverage_axis", lang), ticksuffix="%", range=[0, top])
    _snapshot_ticks(fig, df["snapshot"], lang, most=PHONE_TICKS)
    # Room either side, so the first and the latest date stand whole under their points (Plotly drops a tick label
    # that would cross the chart's edge).
    days = pd.to_datetime(df["snapshot"])
    fig.update_xaxes(title_text=None, tickangle=0, range=[days.min() - pd.Timedelta(days=50),
                                                          days.max() + pd.Timedelta(days=130)])
    # The names in a legend under the plot, two to a line, with each line's marker and dash beside its name.
    fig.update_layout(showlegend=True, margin=dict(l=10, r=10, t=20, b=10),
                      legend=dict(orientation="h", yanchor="top", y=-0.12, x=0, entrywidth=0.5,
                                  entrywidthmode="fraction", font=dict(size=13)))
    return _base(fig, 560)


LEVEL_COLOURS = {"national": "#08306b", "provincial": "#2171b5", "municipal": "#6baed6", "other": "#c6dbef"}


# Maps: a blank MapLibre map (style "white-bg": no tiles) under the member cities' own outlines (`alliance.geo`), so
# they draw offline. Nothing is written on map layers: MapLibre fetches glyphs for map text from a font server (and
# marker symbols other than circles from an icon CDN). Labels are Plotly annotations instead, placed in pixels from
# the map's centre at its fixed zoom; a drag moves the map under them, a double-click puts it back.
MAP_CENTER = {"lon": 123.41, "lat": 41.76}  # the middle of the seven cities' outlines
MAP_ZOOM = 5.85  # they fit 392 × 385 px: the map column is about 400 px wide at 1280 × 720
MAP_HEIGHT = 440
MAP_CONFIG = {"scrollZoom": False}  # st.plotly_chart's config for a map: the wheel scrolls the page, labels stay put
ZONE_KIND = "demo_zone"
INK, OUTLINE, NO_VALUE = "#1d2733", "#5b6b80", "#e6e9ef"
AREA_SCALE = [[0.0, "#eef3fa"], [0.5, "#8fb3dc"], [1.0, BLUE]]
# Labels moved (degrees lon, lat) from the points alliance.geo gives, off a neighbour's label or a seat's dot.
LABEL_NUDGE = {"benxi": (0.25, 0.0), "liaoyang": (0.06, -0.18), "fuxin": (0.0, 0.06)}


def _map_shift(lon: float, lat: float) -> tuple[float, float]:
    """Pixels right of and above the map's centre at MAP_ZOOM (Web Mercator, MapLibre's 512-pixel world)."""
    world = 512 * 2 ** MAP_ZOOM

    def y(deg: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(deg) / 2)) / (2 * math.pi) * world

    return (lon - MAP_CENTER["lon"]) / 360 * world, y(lat) - y(MAP_CENTER["lat"])


def _map_name(row: dict, lang: str) -> str:
    return t("map.zone_short", lang) if row.get("kind") == ZONE_KIND else localized(row, "name", lang)


def _map_value(v, unit: str, lang: str) -> str:
    if unit == "money":
        return fmt.money(v, lang)
    return fmt.integer(v, lang) if unit == "count" else "—" if fmt.is_missing(v) else f"{v:,.2f}"


def _map_labels(fig: go.Figure, recs: list[dict], texts: list[str]) -> None:
    """Each area's label as an annotation: a city's inside its outline, any other area's under its marker. Added
    in one update: one add_annotation per label validated the whole list again each time."""
    spots = geo.label_points()
    notes = []
    for r, text in zip(recs, texts):
        if r["area_id"] in spots:
            lon, lat = spots[r["area_id"]]
            nudge = LABEL_NUDGE.get(r["area_id"], (0.0, 0.0))
            (dx, dy), anchor = _map_shift(lon + nudge[0], lat + nudge[1]), "middle"
        else:  # under its marker
            dx, dy = _map_shift(r["lon"], r["lat"])
            dy, anchor = dy - 14, "top"
        notes.append(dict(x=0.5, y=0.5, xref="paper", yref="paper", xshift=dx, yshift=dy, text=text,
                          showarrow=False, xanchor="center", yanchor=anchor, font=dict(size=12, color=INK),
                          bgcolor="rgba(255,255,255,0.8)", borderpad=1))
    fig.update_layout(annotations=[*fig.layout.annotations, *notes])


def _map_point(fig: go.Figure, lon: float, lat: float, hover: str, customdata: str | None = None,
               ring: int = 24, **marker) -> None:
    """An area without an outline (the Shenfu zone): a dark ring round a dot coloured like the cities; a wider
    ring when it is the picked area."""
    colour = marker.pop("colour")
    for size, style in ((ring, dict(color=INK)), (16, dict(color=colour, **marker))):
        fig.add_trace(go.Scattermap(
            lon=[lon], lat=[lat], mode="markers", marker=dict(size=size, **style), showlegend=False,
            customdata=[customdata], hovertext=[hover], hovertemplate="%{hovertext}<extra></extra>",
            selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1))))


def _map_outlines(fig: go.Figure, ids) -> None:
    """Grey outlines of these cities, for context only: no hover, so a click on one picks nothing."""
    ids = [a for a in geo.area_ids() if a in set(ids)]
    if ids:
        fig.add_trace(go.Choroplethmap(
            geojson=geo.CITIES_URL, featureidkey=geo.ID_KEY, locations=ids, z=[0] * len(ids),
            colorscale=[[0, "#f3f5f8"], [1, "#f3f5f8"]], showscale=False, hoverinfo="skip", showlegend=False,
            marker=dict(line=dict(color=OUTLINE, width=1))))


def _map_frame(fig: go.Figure, lang: str) -> go.Figure:
    """The blank map at its fixed view, with the boundaries' source in a corner."""
    fig.add_annotation(x=1, y=0, xref="paper", yref="paper", xanchor="right", yanchor="bottom", showarrow=False,
                       text=t("map.source", lang), font=dict(size=12, color="#5b6573"))
    fig = _base(fig, MAP_HEIGHT)
    # The style goes in after _base and stays Plotly's named "white-bg". These maps put no text on map layers, so
    # its glyph server is never asked for anything (the browser test logs every request). A style given as an
    # object is compared by content on every Plotly.react, and Streamlit re-renders a chart right after mounting
    # it: seen in Chromium, Plotly then re-applies the style, forgets the traces it drew, and the choropleth
    # answers no hover and no click until the next rerun (tests/test_map.py clicks a city on first load).
    fig.update_layout(map=dict(style="white-bg", center=MAP_CENTER, zoom=MAP_ZOOM),
                      margin=dict(l=0, r=0, t=10, b=0))
    return fig


def _nice_ticks(top: float) -> list[float]:
    if not top > 0:
        return [0.0]
    raw = top / 4  # three or four ticks: 31 gives 0, 10, 20, 30 (not 0, 20)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    return [k * step for k in range(int(top // step) + 1)]


def area_map(df: pd.DataFrame, measure: str, lang: str, unit: str = "count", picked: str | None = None) -> go.Figure:
    """The member cities' outlines filled by the measure and the Shenfu zone as a ringed dot coloured alike, each
    labelled with its name and value; hover gives the full name. A click picks the area: every clickable trace
    carries its area_id as customdata, and the picked area is drawn with a heavy outline (nothing else fades).
    Cities left out by a filter stay as grey outlines. The colour bar lies under the map, clear of the outlines."""
    recs = df.to_dict("records")
    ids = [r["area_id"] for r in recs]
    values = [float(v) if not fmt.is_missing(v) else math.nan for v in pd.to_numeric(df[measure], errors="coerce")]
    top = max([v for v in values if v == v] + [0.0]) or 1.0
    texts = [_map_value(v, unit, lang) for v in values]
    label = t(f"measure.{measure}", lang)
    full = geo.full_names(lang)
    hovers = [f"<b>{full.get(a) or localized(r, 'name', lang)}</b><br>{label}: {s}"
              for a, r, s in zip(ids, recs, texts)]
    outlined = set(geo.area_ids())
    ticks = _nice_ticks(top)
    colorbar = dict(title=dict(text=label, side="top", font=dict(size=12)), orientation="h", x=0, xanchor="left",
                    y=-0.02, yanchor="top", len=0.62, thickness=10, outlinewidth=0,
                    tickvals=ticks, ticktext=[_map_value(v, unit, lang) for v in ticks], tickfont=dict(size=12))
    fig = new_figure()
    _map_outlines(fig, outlined - set(ids))  # cities a filter left out
    for valued in (True, False):
        part = [i for i, a in enumerate(ids) if a in outlined and (values[i] == values[i]) == valued]
        if not part:
            continue
        fig.add_trace(go.Choroplethmap(
            geojson=geo.CITIES_URL, featureidkey=geo.ID_KEY, locations=[ids[i] for i in part],
            z=[values[i] if valued else 0.0 for i in part], zmin=0, zmax=top,
            colorscale=AREA_SCALE if valued else [[0, NO_VALUE], [1, NO_VALUE]], showscale=valued,
            colorbar=colorbar if valued else None, marker=dict(line=dict(color=OUTLINE, width=1)),
            customdata=[ids[i] for i in part], hovertext=[hovers[i] for i in part],
            hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
            selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1))))
    if picked in outlined and picked in ids:
        fig.add_trace(go.Choroplethmap(
            geojson=geo.CITIES_URL, featureidkey=geo.ID_KEY, locations=[picked], z=[0],
            colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]], showscale=False, hoverinfo="skip",
            showlegend=False, marker=dict(line=dict(color=INK, width=4))))
    for i, r in enumerate(recs):
        if ids[i] not in outlined:
            colour = dict(colour=NO_VALUE) if values[i] != values[i] else \
                dict(colour=[values[i]], cmin=0, cmax=top, colorscale=AREA_SCALE)  # a list: Plotly maps it
            _map_point(fig, r["lon"], r["lat"], hovers[i], ids[i], ring=30 if ids[i] == picked else 24, **colour)
    _map_labels(fig, recs, [f"<b>{_map_name(r, lang)}</b><br>{s}" for r, s in zip(recs, texts)])
    fig = _map_frame(fig, lang)
    fig.update_layout(height=MAP_HEIGHT + 70, margin=dict(l=0, r=0, t=10, b=70))
    return fig


def labs_by_level(df: pd.DataFrame, by: str, lang: str) -> go.Figure:
    """Stacked lab counts per area (or domain), one colour per level."""
    part = df[df["by_kind"] == by]
    order = part.groupby("by_id")["lab_count"].sum().sort_values().index.tolist()
    full = {r["by_id"]: localized(r, "name", lang) for r in part.to_dict("records")}
    names = dict(zip(full, shorts(full.values(), lang)))
    fig = new_figure()
    for level, colour in LEVEL_COLOURS.items():
        rows = part[part["level"] == level].set_index("by_id").reindex(order)
        label = t(f"level.{level}", lang)
        fig.add_bar(y=[names[i] for i in order], x=rows["lab_count"].fillna(0), orientation="h", name=label,
                    marker_color=colour, hovertext=[full[i] for i in order],
                    hovertemplate="%{hovertext}<br>%{x}<extra>" + label + "</extra>")
    fig.update_layout(barmode="stack", legend_traceorder="normal")
    fig.update_xaxes(title_text=t("measure.lab_count", lang), dtick=1)
    fig.update_yaxes(automargin=True, title_text=t(f"chart.{by}", lang))
    return _base(fig, max(300, 30 * len(order) + 120))


def groups_compared(df: pd.DataFrame, measure: str, lang: str) -> go.Figure:
    """The chosen measure per working group, titled with it."""
    recs = df.to_dict("records")
    full = [localized(r, "name", lang) for r in recs]
    fig = new_figure(go.Bar(x=[wrapped(n) for n in shorts(full, lang)], y=df[measure], marker_color=BLUE,
                           text=[fmt.integer(v, lang) for v in df[measure]], textposition="outside", cliponaxis=False,
                           customdata=df["working_group_id"], hovertext=full,
                           hovertemplate="%{hovertext}<br>%{text}<extra></extra>"))
    fig.update_yaxes(title_text=t(f"measure.{measure}", lang), tickformat=",", rangemode="tozero")
    fig.update_xaxes(title_text=t("chart.group", lang), tickangle=0)
    fig.update_layout(title=dict(text=t("group.chart_measure", lang, measure=t(f"measure.{measure}", lang)),
                                 font=dict(size=16)), margin=dict(t=60))
    return _base(fig, 420)


GROUP_COLOURS = {"metrology": "#1f5fa8", "special_equipment": "#d95f02", "product_quality": "#1a9a8a",
                 "food_drug": "#7570b3"}


def members_by_area(df: pd.DataFrame, lang: str) -> go.Figure:
    """Member institutions per area, one stacked segment per working group: areas level on their own rows."""
    fig = new_figure()
    order = df.groupby("area_id")["member_count"].sum().sort_values().index.tolist()
    names = {r["area_id"]: localized(r, "area_name", lang) for r in df.to_dict("records")}
    rows = dict(zip(names, shorts(names.values(), lang)))
    for gid, group in df.groupby("working_group_id", sort=False):
        recs = group.set_index("area_id").reindex(order)
        first = group.iloc[0].to_dict()
        name = localized(first, "group_name", lang)
        fig.add_bar(y=[rows[a] for a in order], x=recs["member_count"].fillna(0), orientation="h",
                    name=short(name, lang), marker_color=GROUP_COLOURS.get(gid, GREY),
                    hovertext=[names[a] for a in order],
                    hovertemplate="%{hovertext}<br>%{x}<extra>" + name + "</extra>")
    fig.update_layout(barmode="stack", legend_traceorder="normal",
                      title=dict(text=t("group.chart_members", lang), font=dict(size=16)), margin=dict(t=60, b=10),
                      legend=dict(orientation="h", y=-0.22, yanchor="top", x=0))
    fig.update_xaxes(title_text=t("measure.member_count", lang), dtick=1 if len(df) and
                     df.groupby("area_id")["member_count"].sum().max() <= 12 else None, rangemode="tozero")
    fig.update_yaxes(title_text=t("chart.area", lang), automargin=True)
    return _base(fig, 420)


def institution_history(df: pd.DataFrame, lang: str) -> go.Figure:
    x = pd.to_datetime(df["snapshot"])
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_bar(x=x, y=df["qualification_count"], name=t("chart.qualification_count", lang), marker_color=BLUE,
                hovertemplate="%{x|%Y-%m-%d}<br>%{y:,}<extra></extra>", secondary_y=False)
    fig.add_scatter(x=x, y=df["technical_staff_count"], name=t("chart.technical_staff_count", lang),
                    mode="lines+markers", line=dict(color=TEAL, width=3), secondary_y=True,
                    hovertemplate="%{x|%Y-%m-%d}<br>%{y:,}<extra></extra>")
    fig.update_traces(width=55 * 86_400_000, selector=dict(type="bar"))
    fig.update_yaxes(rangemode="tozero", tickformat=",", secondary_y=False,
                     title_text=t("chart.qualification_count", lang))
    fig.update_yaxes(rangemode="tozero", tickformat=",.0f", showgrid=False, secondary_y=True,
                     title_text=t("chart.technical_staff_count", lang))
    _snapshot_ticks(fig, df["snapshot"], lang)
    return _base(fig, 340)


def quarter_label(value, lang: str) -> str:
    d = pd.Timestamp(value)
    q = (d.month - 1) // 3 + 1
    return f"{d.year}年第{q}季度" if lang == "zh-CN" else f"{d.year} Q{q}"


PHONE_TICKS = 2  # snapshot dates that fit side by side under a chart on a 390 px phone: the first and the latest


def _snapshot_ticks(fig: go.Figure, snapshots, lang: str, most: int | None = None) -> None:
    """Ticks on the snapshot dates themselves (quarter ends), written as dates, with an axis title; with `most`, only
    that many of them, evenly spread, the first and the latest included."""
    dates = sorted(set(pd.to_datetime(snapshots)))
    if most and len(dates) > most:
        last = len(dates) - 1
        dates = [dates[round(i * last / (most - 1))] for i in range(most)]
    fig.update_xaxes(tickvals=dates, ticktext=[fmt.date(d.date(), lang) for d in dates],
                     title_text=t("chart.snapshot", lang))


def items_waterfall(changes: pd.DataFrame, lang: str) -> go.Figure:
    """Qualification items from the base total to today's: each area's added (up) and withdrawn (down) items."""
    rows = changes.to_dict("records")
    labels = [t("compare.waterfall_base", lang)]
    values = [int(changes["qualification_count_base"].sum())]
    measures = ["absolute"]
    for r in rows:
        name = short(localized(r, "name", lang), lang)
        if r["added_count"]:
            labels.append(f"{name} +")
            values.append(int(r["added_count"]))
            measures.append("relative")
        if r["withdrawn_count"]:
            labels.append(f"{name} −")
            values.append(-int(r["withdrawn_count"]))
            measures.append("relative")
    labels.append(t("compare.waterfall_now", lang))
    values.append(int(changes["qualification_count"].sum()))
    measures.append("total")
    text = [fmt.integer(v, lang) if m != "relative" else fmt.signed(v, lang) for v, m in zip(values, measures)]
    fig = new_figure(go.Waterfall(x=labels, y=values, measure=measures, text=text, textposition="outside",
                                 cliponaxis=False, increasing=dict(marker_color=TEAL),
                                 decreasing=dict(marker_color="#c51b7d"), totals=dict(marker_color=BLUE),
                                 connector=dict(line=dict(color=GREY, width=1)),
                                 hovertemplate="%{x}<br>%{text}<extra></extra>"))
    low = min(values[0], values[-1])
    fig.update_yaxes(title_text=t("compare.waterfall_axis", lang), tickformat=",",
                     range=[low * 0.9, max(values[0], values[-1]) * 1.06])
    fig.update_layout(showlegend=False)
    return _base(fig, 420)
