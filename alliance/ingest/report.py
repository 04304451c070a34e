"""Every problem an ingest finds, where it is (file, sheet, row, column) and how to fix it, in both languages."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from .. import i18n
from . import spec

_COLUMN_NAME = re.compile(r"\(([a-z_0-9]+)\)$")


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        # Date cells come back from openpyxl as midnight datetimes; show them as the date the submitter typed.
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value)
    return text if len(text) <= 200 else text[:200] + "…"


@dataclass
class Report:
    cap: int = spec.MAX_PROBLEMS_PER_FILE
    problems: list[dict] = field(default_factory=list)
    _errors: Counter = field(default_factory=Counter)  # file -> errors found, shown or not
    _notes: dict = field(default_factory=dict)  # (file, sheet, code) -> {count, example}
    files: list[dict] = field(default_factory=list)

    def error(self, file: str, code: str, *, sheet: str | None = None, row: int | None = None,
              column: str | None = None, header: str | None = None, value=None, **params) -> None:
        self._errors[file] += 1
        if self._errors[file] > self.cap:
            return
        self.problems.append(self._entry(file, code, "error", sheet, row, column, header, value, params))

    def note(self, file: str, code: str, *, sheet: str | None = None, row: int | None = None,
             column: str | None = None, value=None) -> None:
        key = (file, sheet, code)
        entry = self._notes.get(key)
        if entry is None:
            # Rows taken from pandas frames arrive as numpy integers, which the JSON report would write as strings.
            row = int(row) if row is not None and not pd.isna(row) else None
            self._notes[key] = {"file": file, "sheet": sheet, "code": code, "count": 1,
                                "example": {"row": row, "column": column, "value": _text(value)}}
        else:
            entry["count"] += 1

    def _entry(self, file, code, severity, sheet, row, column, header, value, params) -> dict:
        shown = _text(value)
        fields = {"file": file, "sheet": sheet or "—", "row": row if row is not None else "—",
                  "column": column or "—", "header": header or "—", "value": shown if shown is not None else "—",
                  **{k: _text(v) if not isinstance(v, int) else v for k, v in params.items()}}
        name = _COLUMN_NAME.search(header or "")
        return {
            "file": file, "sheet": sheet, "row": row,
            "column": " ".join(p for p in (column, header) if p) or None,
            "value": shown, "code": code,
            "message_zh": i18n.t(f"ingest.error.{code}", "zh-CN", **fields),
            "message_en": i18n.t(f"ingest.error.{code}", "en", **fields),
            "column_letter": column, "column_name": name.group(1) if name else None, "severity": severity,
        }

    def error_count(self, file: str | None = None) -> int:
        return self._errors[file] if file is not None else sum(self._errors.values())

    @property
    def has_errors(self) -> bool:
        return self.error_count() > 0

    @property
    def notes(self) -> list[dict]:
        out = []
        for entry in self._notes.values():
            key, n, sheet = f"ingest.note.{entry['code']}", entry["count"], entry["sheet"] or "—"
            out.append({**entry, "message_zh": i18n.tn(key, "zh-CN", n, sheet=sheet),
                        "message_en": i18n.tn(key, "en", n, sheet=sheet)})
        return out

    def truncated(self) -> dict[str, int]:
        return {f: n - self.cap for f, n in self._errors.items() if n > self.cap}

    def to_dict(self, **extra) -> dict:
        return {**extra, "errors": self.error_count(), "notes_total": sum(e["count"] for e in self._notes.values()),
                "files": self.files, "problems": self.problems, "notes": self.notes,
                "not_shown": self.truncated()}

    def summary(self, lang: str, **extra) -> str:
        """The readable report: per file, its errors (where and how to fix) and a count of each normalisation."""
        lines = []
        by_file = defaultdict(list)
        for p in self.problems:
            by_file[p["file"]].append(p)
        notes_by_file = defaultdict(list)
        for n in self.notes:
            notes_by_file[n["file"]].append(n)
        names = [f["file"] for f in self.files]
        # Problems can also sit on rows carried from the base snapshot, or on no file at all ("—"): they get their
        # own heading, in the order found, so they never read as part of the file listed just before them.
        names += [f for f in (*self._errors, *notes_by_file) if f not in names and f != "—"]
        if "—" in by_file:
            names.append("—")
        msg = "message_zh" if lang == "zh-CN" else "message_en"
        for name in dict.fromkeys(names):
            n_err = self._errors.get(name, 0)
            if name != "—":
                lines.append(i18n.t("ingest.summary.file", lang, file=name, errors=i18n.count("error", n_err, lang)))
            for p in by_file.get(name, []):
                if p["row"] is None and p["column"] is None:  # a whole file or sheet: its message names the sheet
                    lines.append(f"  ✗ {p[msg]}")
                    continue
                where = i18n.t("ingest.summary.where", lang, sheet=p["sheet"] or "—",
                               row=p["row"] if p["row"] is not None else "—", column=p["column"] or "—")
                lines.append(f"  ✗ {where}: {p[msg]}")
            if n_err > self.cap:
                lines.append("  " + i18n.t("ingest.summary.more", lang,
                                           more=i18n.count("more_error", n_err - self.cap, lang)))
            for n in notes_by_file.get(name, []):
                lines.append(f"  · {n[msg]}")
        lines.append(i18n.t("ingest.summary.total", lang, errors=i18n.count("error", self.error_count(), lang),
                            notes=i18n.count("normalisation", sum(e["count"] for e in self._notes.values()), lang)))
        return "\n".join(lines)
