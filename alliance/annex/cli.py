"""The two annex subcommands behind `python -m alliance import-annex|export-annex` (argument parsing stays in
alliance/__main__.py): exit 0 done, 1 the annex cannot be read (located problems), 2 the call is wrong."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .. import i18n


def main(parser, args, root: Path) -> int:
    return _import(parser, args, root) if args.command == "import-annex" else _export(parser, args, root)


def _import(parser, args, root: Path) -> int:
    from .importer import UsageError, import_annex

    if not args.file.is_file():
        parser.error(f"no such file: {args.file}")
    lang = args.lang
    try:
        result = import_annex(args.file, args.institution, root, as_of=args.as_of, dry_run=args.dry_run,
                              actor=args.actor)
    except UsageError as exc:
        print(i18n.t(exc.key, lang, **exc.params), file=sys.stderr)
        return 2
    except OSError as exc:
        print(i18n.t("ingest.write_failed", lang, reason=f"{exc.strerror or exc} ({exc.filename or root})"),
              file=sys.stderr)
        return 3
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        print(i18n.t("annex.cli.base", lang, institution=args.institution, base=result.base))
        if not result.ok:
            print(result.report.summary(lang))
        else:
            for sign, items in (("+", result.diff.added), ("-", result.diff.withdrawn), ("~", result.diff.changed)):
                for it in items:
                    print(f"  {sign} {it['item_zh']} · {it['standard_code']} ({it['domain_id']})")
            print(i18n.t("annex.cli.diff", lang, **result.diff.counts()))
    if not result.ok:
        print(i18n.t("annex.cli.failed", lang, errors=i18n.count("error", result.report.error_count(), lang)),
              file=sys.stderr)
        return 1
    if not args.json:
        print(i18n.t("annex.cli.published", lang, path=result.published) if result.published
              else i18n.t("annex.cli.dry_run", lang))
    return 0


def _export(parser, args, root: Path) -> int:
    import os
    import tempfile

    import pyarrow.parquet as pq

    from ..snapshots import scan
    from . import writer

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".docx"):
        parser.error("--out must name an .xlsx or .docx file")
    catalog = scan(root)
    snap = catalog.get(args.snapshot) if args.snapshot else (catalog.snapshots[-1] if catalog.snapshots else None)
    if snap is None:
        parser.error(f"no servable snapshot {args.snapshot or ''} under {root / 'snapshots'}".replace("  ", " "))
    q = pq.read_table(snap.file("qualifications"), filters=[("institution_id", "=", args.institution)]).to_pandas()
    institutions = pq.read_table(snap.file("institutions"), columns=["institution_id", "name_zh"]).to_pandas()
    if args.institution not in set(institutions["institution_id"]):
        print(i18n.t("annex.cli.not_member", args.lang, institution=args.institution, date=snap.date),
              file=sys.stderr)
        return 2
    domains = pq.read_table(snap.file("domains")).to_pandas()
    from .importer import conditions_of

    held = conditions_of(snap)
    sections = writer.layout(q, domains, held[held.index.isin(set(q["qualification_id"]))])
    name = institutions.loc[institutions["institution_id"] == args.institution, "name_zh"].iloc[0]
    blob = writer.xlsx_bytes(sections) if suffix == ".xlsx" else \
        writer.docx_bytes(sections, f"{name} 检验检测能力范围（{snap.date}）")
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)  # no half-written file under the name
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise
    print(i18n.t("annex.cli.wrote", args.lang, path=args.out, institution=args.institution, date=snap.date,
                 n=len(q)))
    return 0
