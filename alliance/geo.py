"""The member cities' outlines for the maps: a small bundled GeoJSON, read once per process.

The file lives in the code tree (`static/geo/` beside app.py), not in the data directory: `$ALLIANCE_DATA_DIR`
points at a folder of snapshots that may be anywhere and holds no boundaries. Streamlit serves `static/` (server.
enableStaticServing), so the maps name the file by its URL and the browser fetches the outlines once, instead of
every rerun sending them inside the figure (41 KB a filter change). Its source, licence and how it was made are in
`static/geo/SOURCE.md`; `alliance/geo_build.py` made it, once.
"""
from __future__ import annotations

import json
from functools import cache

from .config import PROJECT_ROOT

GEO_DIR = PROJECT_ROOT / "static" / "geo"
CITIES_FILE = GEO_DIR / "liaoning_cities.geojson"
# Relative to the page (/areas, or /<prefix>/areas behind a proxy): Streamlit's route for the app's static files.
CITIES_URL = "app/static/geo/liaoning_cities.geojson"
ID_KEY = "properties.area_id"  # featureidkey for Plotly: features are matched to rows by area_id


@cache
def cities() -> dict:
    """The FeatureCollection of the seven member cities, each with `properties.area_id`. Shared: do not modify."""
    return json.loads(CITIES_FILE.read_text(encoding="utf-8"))


def collection(ids) -> dict:
    """Only these cities' features: each map trace carries its own GeoJSON to the browser, so a trace drawing two
    cities should not send all seven (a filtered map sent the 37 KB outlines two or three times per rerun)."""
    wanted = set(ids)
    data = cities()
    return {**data, "features": [f for f in data["features"] if f["properties"]["area_id"] in wanted]}


def area_ids() -> tuple[str, ...]:
    return tuple(f["properties"]["area_id"] for f in cities()["features"])


def label_points() -> dict[str, tuple[float, float]]:
    """area_id -> (lon, lat) of a point well inside the outline, where its label goes."""
    return {f["properties"]["area_id"]: (f["properties"]["label_lon"], f["properties"]["label_lat"])
            for f in cities()["features"]}


def full_names(lang: str) -> dict[str, str]:
    """area_id -> the city's full name (沈阳市 / Shenyang)."""
    field = "name_en" if lang == "en" else "name_zh"
    return {f["properties"]["area_id"]: f["properties"][field] for f in cities()["features"]}
