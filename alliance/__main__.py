"""Command line: `python -m alliance demo|scale|template|export-workbooks|ingest|briefing …` (each a thin layer)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .config import data_dir


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m alliance")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write the deterministic demo snapshots")
    demo.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    demo.add_argument("--replace", action="store_true", help="replace snapshots that already exist")
    scale = sub.add_parser("scale", help="write benchmark snapshots at alliance, province or national size")
    scale.add_argument("size", choices=["alliance", "province", "national"])
    scale.add_argument("--data-dir", type=Path, required=True, help="outside the repository")

    tpl = sub.add_parser("template", help="an empty submission workbook, or one pre-filled with a snapshot")
    tpl.add_argument("--kind", choices=["member", "secretariat"], required=True)
    tpl.add_argument("--out", type=Path, required=True, help="FILE.xlsx")
    tpl.add_argument("--snapshot", type=_date, help="pre-fill with this snapshot's rows")
    tpl.add_argument("--institution", help="the member institution's id (member workbooks)")
    tpl.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")

    exp = sub.add_parser("export-workbooks", help="the secretariat workbook and one member workbook per institution")
    exp.add_argument("--snapshot", type=_date, required=True)
    exp.add_argument("--out", type=Path, required=True, help="a folder")
    exp.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")

    ing = sub.add_parser("ingest", help="validate workbooks and publish them as the snapshot of --as-of")
    ing.add_argument("files", type=Path, nargs="+", metavar="FILE")
    ing.add_argument("--as-of", type=_date, required=True)
    ing.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    ing.add_argument("--dry-run", action="store_true", help="validate only; write nothing")
    ing.add_argument("--replace", action="store_true", help="replace the snapshot if it exists")
    ing.add_argument("--report", type=Path, help="write the full report as JSON here")
    ing.add_argument("--lang", choices=["zh-CN", "en"], default="zh-CN", help="language of the printed summary")
    ing.add_argument("--actor", help="who publishes, for the publish record (default: the OS user)")

    imp = sub.add_parser("import-annex", help="read a CMA certificate's capability annex as one institution's scope")
    imp.add_argument("file", type=Path, metavar="FILE", help="FILE.xlsx or FILE.docx")
    imp.add_argument("--institution", required=True, help="the member institution's id")
    imp.add_argument("--as-of", type=_date, help="the new snapshot's date (default: today)")
    imp.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    imp.add_argument("--dry-run", action="store_true", help="read and compare only; write nothing")
    imp.add_argument("--json", action="store_true", help="print the result (diff, located problems) as JSON")
    imp.add_argument("--actor", help="who publishes, for the publish record (default: the OS user)")
    imp.add_argument("--lang", choices=["zh-CN", "en"], default="zh-CN", help="language of the printed summary")
    exa = sub.add_parser("export-annex", help="an institution's current scope in the annex layout (.xlsx or .docx)")
    exa.add_argument("--institution", required=True, help="the member institution's id")
    exa.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.docx (the suffix picks the format)")
    exa.add_argument("--snapshot", type=_date, help="default: the latest snapshot")
    exa.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    exa.add_argument("--lang", choices=["zh-CN", "en"], default="zh-CN")

    brief = sub.add_parser("briefing", help="the joint meeting's briefing as PPTX (native charts) or HTML")
    brief.add_argument("--snapshot", type=_date, required=True)
    brief.add_argument("--base", type=_date, help="compare with this earlier snapshot (default: the one before)")
    brief.add_argument("--lang", choices=["zh-CN", "en"], default="zh-CN")
    brief.add_argument("--areas", type=_ids, default=(), metavar="ID,...", help="only these areas")
    brief.add_argument("--domains", type=_ids, default=(), metavar="ID,...", help="only these domains")
    brief.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    brief.add_argument("--out", type=Path, required=True, help="FILE.pptx or FILE.html (the suffix picks the format)")
    brief.set_defaults(subparser=brief)  # errors print this command's usage

    sql = sub.add_parser("sql", help="one read-only SELECT over a snapshot, in the SQL page's locked sandbox")
    sql.add_argument("query", help="the SELECT; $snapshot binds the snapshot's date, $areas, $domains, $levels and "
                     "$groups the filters below (a list, empty for all)")
    sql.add_argument("--snapshot", type=_date, help="default: the latest served snapshot")
    # The SQL page's filters, bound the same way: a query names them, never gets their values as text.
    for flag, dest, what in (("--area", "areas", "an area_id"), ("--domain", "domains", "a domain_id"),
                             ("--level", "levels", "a lab level (national, provincial, municipal, other)"),
                             ("--group", "groups", "a working_group_id")):
        sql.add_argument(flag, dest=dest, action="append", default=[], metavar="ID",
                         help=f"binds ${dest}: {what}, repeatable (none: an empty list, all)")
    sql.add_argument("--format", choices=["csv", "json", "table"], default="table")
    sql.add_argument("--lang", choices=["zh-CN", "en"], default="zh-CN", help="language of a refusal or error")
    sql.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    sql.add_argument("--actor", help="who runs it, for the SQL log (default: the OS user)")
    from .storage.cli import add_parser as storage_parser

    storage_parser(sub)
    return parser


def _ids(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "storage":  # before data_dir(): pointed at a bucket, that would sync a mirror first
        from .storage import cli as storage_cli

        return storage_cli.main(parser, args)
    if str(getattr(args, "data_dir", None) or "").startswith("s3:/"):  # Path() folded s3:// into s3:/
        from .storage.mirror import synced_root

        # The bucket's mirror, synced now: the writer publishes to the bucket before its own rename.
        args.data_dir = synced_root("s3://" + str(args.data_dir)[len("s3:/"):])
    root = getattr(args, "data_dir", None) or data_dir()

    if args.command == "scale":
        from .demo.scale import write

        for path in write(args.size, args.data_dir):
            print(f"wrote {path}")
    elif args.command == "demo":
        from .demo.generator import write_demo
        from .snapshots import SnapshotExists

        try:
            for path in write_demo(root, replace=args.replace):
                print(f"wrote {path}")
        except SnapshotExists as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    elif args.command in ("template", "export-workbooks"):
        return _workbooks(parser, args, root)
    elif args.command == "ingest":
        return _ingest(parser, args, root)
    elif args.command == "briefing":
        return _briefing(parser, args, root)
    elif args.command in ("import-annex", "export-annex"):
        from .annex import cli

        return cli.main(parser, args, root)
    elif args.command == "sql":
        return _sql(args, root)
    return 0


def _sql(args, root: Path) -> int:
    from . import i18n
    from .access.audit import os_user
    from .snapshots import scan
    from .sql import sandbox

    try:
        filters = {name: getattr(args, name) for name in sandbox.FILTERS}
        result = sandbox.run(scan(root), args.query, args.snapshot, filters=filters, root=root,
                             actor=args.actor or os_user())
    except sandbox.SqlProblem as problem:
        print(problem.message(args.lang), file=sys.stderr)
        return 1
    df = result.df
    if args.format == "csv":
        df.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(df.to_json(orient="records", force_ascii=False, date_format="iso", indent=1))
    else:
        print(df.to_string(index=False))
    if result.truncated:  # on stderr, so a CSV or JSON on stdout stays clean
        print(i18n.t("sql.capped", args.lang, n=f"{result.cap:,}"), file=sys.stderr)
    return 0


def _snapshot(parser, root: Path, date: str):
    from .snapshots import scan

    snap = scan(root).get(date)
    if snap is None:
        parser.error(f"no servable snapshot {date} under {root / 'snapshots'}")
    return snap


def _workbooks(parser, args, root: Path) -> int:
    from .ingest import spec, templates

    if args.command == "export-workbooks":
        for path in templates.export_workbooks(_snapshot(parser, root, args.snapshot), args.out):
            print(f"wrote {path}")
        return 0
    if args.out.suffix.lower() != ".xlsx":
        parser.error("--out must name an .xlsx file")
    if args.institution is not None and args.kind != "member":
        parser.error("--institution is for member workbooks (--kind member)")
    if args.institution is not None and not _valid_id(args.institution):
        parser.error(f"--institution must be an id of 1 to {spec.LIMIT_ID} letters, digits, '_' or '-': "
                     f"{args.institution!r}")
    # The code lists (areas, domains, working groups, institutions, labs) come from the chosen snapshot, or the
    # latest one; rows are pre-filled only from a snapshot asked for.
    if args.snapshot:
        snap = _snapshot(parser, root, args.snapshot)
    else:
        from .snapshots import scan

        served = scan(root).snapshots
        snap = served[-1] if served else None
    tables = templates.read_tables(snap) if snap is not None else None
    new = args.kind == "member" and args.institution is not None and tables is not None and \
        args.institution not in set(tables["institutions"]["institution_id"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(templates.workbook_bytes(args.kind, tables, institution_id=args.institution,
                                                  snapshot=snap.date if snap else None,
                                                  prefill=bool(args.snapshot)))
    print(f"wrote {args.out}" + (f" (code lists as of {snap.date})" if snap and not args.snapshot else ""))
    if new:
        # Not an error: a member joining this quarter. Ingest accepts it once the secretariat workbook lists it.
        print(f"note: {args.institution} is not a member in snapshot {snap.date}; add it to the secretariat "
              f"workbook's 成员机构 (institutions) sheet and ingest both workbooks together")
    return 0


def _valid_id(text: str) -> bool:
    import re

    from .ingest import spec

    return bool(re.fullmatch(r"[A-Za-z0-9_\-]+", text)) and len(text) <= spec.LIMIT_ID


def _ingest(parser, args, root: Path) -> int:
    from . import i18n
    from .ingest import UsageError, ingest

    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    names = [f.name for f in args.files]
    if len(set(names)) != len(names):
        names = [str(f) for f in args.files]
    try:
        result = ingest(args.files, args.as_of, root, dry_run=args.dry_run, replace=args.replace, names=names,
                        actor=args.actor)
    except UsageError:
        print(i18n.t("ingest.usage.exists", args.lang, date=args.as_of), file=sys.stderr)
        return 2
    except OSError as exc:
        print(i18n.t("ingest.write_failed", args.lang, reason=f"{exc.strerror or exc} ({exc.filename or root})"),
              file=sys.stderr)
        return 3
    lang = args.lang
    if args.report:
        args.report.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str),
                               encoding="utf-8")
    print(i18n.t("ingest.cli.base", lang, base=result.base) if result.base else i18n.t("ingest.cli.no_base", lang))
    print(result.report.summary(lang))
    if not result.ok:
        print(i18n.t("ingest.cli.failed", lang, errors=i18n.count("error", result.report.error_count(), lang)),
              file=sys.stderr)
        return 1
    print(i18n.t("ingest.cli.published", lang, path=result.published) if result.published
          else i18n.t("ingest.cli.dry_run_ok", lang))
    if result.members:
        import pandas as pd

        from .published import origin_summary

        origins = pd.DataFrame({"origin": [o for o, ids in result.members.items() for _ in ids]})
        print(i18n.t("ingest.cli.members", lang, summary=origin_summary(origins, lang)))
    return 0


def _briefing(parser, args, root: Path) -> int:
    import os
    import tempfile

    from . import i18n
    from .briefing import export

    parser = args.subparser
    fmt = export.format_of(args.out)
    if fmt is None:
        parser.error(i18n.t("briefing.error.bad_format", args.lang, path=args.out))
    try:
        deck = export.build_from_root(root, args.snapshot, args.base, args.lang, args.areas, args.domains)
    except export.BriefingError as exc:
        parser.error(str(exc))
    blob = export.briefing_bytes(deck, fmt)
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise
    print(i18n.t("briefing.cli.wrote", args.lang, path=args.out, n=len(deck.slides), date=deck.snapshot,
                 base=deck.base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
