"""The briefing as a file: build the deck from a data directory, then write it as PPTX or HTML.

Shared by `python -m alliance briefing` and the meeting page, so both check their input the same way and make the
same bytes from the same deck.
"""
from __future__ import annotations

from pathlib import Path

from ..i18n import t
from .deck import Deck

FORMATS = ("pptx", "html")
MEDIA_TYPES = {"pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
               "html": "text/html; charset=utf-8"}


class BriefingError(ValueError):
    """Input that names no servable snapshot, no earlier base, or unknown areas or domains (message in the
    requested language)."""


def format_of(path: str | Path) -> str | None:
    """'pptx' or 'html' from a file name's suffix (case-insensitive), else None."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def file_name(deck: Deck, fmt: str) -> str:
    return f"{deck.file_stem}.{fmt}"


def briefing_bytes(deck: Deck, fmt: str) -> bytes:
    """The deck as a PPTX (native charts and tables) or a self-contained HTML file."""
    if fmt == "pptx":
        from .pptx_export import pptx_bytes

        return pptx_bytes(deck)
    if fmt == "html":
        from .html_export import html_bytes

        return html_bytes(deck)
    raise ValueError(f"unknown briefing format {fmt!r}; expected one of {FORMATS}")


def resolve_base(dates: list[str], snapshot: str, base: str | None, lang: str, root: Path | None = None) -> str:
    """The base to compare with: the given one (a servable snapshot before `snapshot`) or the snapshot before."""
    listing = ", ".join(dates) or "—"
    if snapshot not in dates:
        raise BriefingError(t("briefing.error.no_snapshot", lang, date=snapshot, root=root or "", dates=listing))
    earlier = [d for d in dates if d < snapshot]
    if base is None:
        if not earlier:
            raise BriefingError(t("briefing.error.no_base", lang, date=snapshot))
        return earlier[-1]
    if base not in earlier:
        raise BriefingError(t("briefing.error.bad_base", lang, base=base, date=snapshot,
                              dates=", ".join(earlier) or "—"))
    return base


def build_from_root(root: Path, snapshot: str, base: str | None = None, lang: str = "zh-CN", areas=(),
                    domains=()) -> Deck:
    """The deck for `snapshot` against `base` (default: the snapshot before) from the data directory `root`,
    with the snapshot's provenance (demo or ingest) on the title slide. Raises BriefingError on bad input."""
    from ..db import Database
    from ..snapshots import scan
    from . import deck

    catalog = scan(Path(root))
    snapshot = str(snapshot)[:10]
    base = resolve_base(catalog.dates, snapshot, None if base is None else str(base)[:10], lang,
                        Path(root) / "snapshots")
    db = Database(catalog)
    try:
        options = db.query("filter_options", snapshot=snapshot)
        for kind, chosen in (("areas", tuple(areas)), ("domains", tuple(domains))):
            known = list(options.loc[options["kind"] == kind, "id"])
            unknown = [x for x in chosen if x not in known]
            if unknown:
                raise BriefingError(t(f"briefing.error.unknown_{kind}", lang, date=snapshot,
                                      ids=", ".join(unknown), known=", ".join(known)))
        return deck.build(db.query, snapshot, base, lang, areas=tuple(areas), domains=tuple(domains),
                          source=catalog.get(snapshot).source or "demo")
    finally:
        db.close()
