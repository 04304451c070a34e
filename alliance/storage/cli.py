"""`python -m alliance storage publish|sync|sweep|status|retract`: thin over publish.py and mirror.py."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import layout, mirror, publish
from .location import configured, mirror_dir, parse
from .s3 import Bucket


def add_parser(sub) -> None:
    storage = sub.add_parser("storage", help="the data on S3-compatible object storage: publish, sync, sweep, status")
    verbs = storage.add_subparsers(dest="verb", required=True)
    to_help = "s3://bucket/prefix (default: $ALLIANCE_DATA_DIR, or [storage] url in $ALLIANCE_CONFIG)"
    pub = verbs.add_parser("publish", help="upload every servable local snapshot and the reference files")
    pub.add_argument("--to", dest="url", help=to_help)
    pub.add_argument("--data-dir", type=Path, default=Path("data"), help="the local folder (default: data/)")
    syn = verbs.add_parser("sync", help="bring the local mirror up to the bucket once")
    syn.add_argument("--from", dest="url", help=to_help)
    syn.add_argument("--mirror-dir", type=Path, help="default: $ALLIANCE_MIRROR_DIR, [storage] mirror_dir or ~/.cache")
    swp = verbs.add_parser("sweep", help="delete data objects no manifest names, older than the grace period")
    swp.add_argument("--at", dest="url", help=to_help)
    swp.add_argument("--grace-hours", type=float, default=publish.GRACE_SECONDS / 3600)
    swp.add_argument("--dry-run", action="store_true")
    sta = verbs.add_parser("status", help="the snapshots in the bucket, objects, and what no manifest names")
    sta.add_argument("--at", dest="url", help=to_help)
    ret = verbs.add_parser("retract", help="stop serving one snapshot everywhere (deletes its manifest)")
    ret.add_argument("date")
    ret.add_argument("--at", dest="url", help=to_help)


def main(parser: argparse.ArgumentParser, args) -> int:
    url = args.url or configured()
    if not url:
        parser.error("no bucket: give s3://bucket/prefix, or set ALLIANCE_DATA_DIR to one")
    try:
        loc = parse(url)
    except ValueError as exc:
        parser.error(str(exc))
    if args.verb == "publish":
        result = publish.publish_root(loc, args.data_dir)
        for snap in result["snapshots"]:
            print(f"published {loc.url}/{layout.manifest_key(snap['snapshot'])} ({snap['bytes']:,} bytes sent)")
        for key in result["files"]:
            print(f"published {loc.url}/{key}")
        for folder, reason, detail in result["skipped"]:
            print(f"not published: {folder}: {reason} {detail}".rstrip(), file=sys.stderr)
        return 1 if result["skipped"] else 0
    if args.verb == "sync":
        if args.mirror_dir:
            os.environ["ALLIANCE_MIRROR_DIR"] = str(args.mirror_dir)
        root = mirror_dir(loc)
        report = mirror.sync(loc, root)
        print(json.dumps({"mirror": str(root), "pulled": report.pulled, "retired": report.retired,
                          "files": report.files, "bytes": report.bytes, "linked": report.linked,
                          "problems": [p.__dict__ for p in report.problems]}, indent=2, ensure_ascii=False))
        return 1 if report.problems else 0
    if args.verb == "sweep":
        gone = publish.sweep(loc, grace=args.grace_hours * 3600, dry_run=args.dry_run)
        for key in gone:
            print(f"{'would delete' if args.dry_run else 'deleted'} {loc.url}/{key}")
        return 0
    if args.verb == "retract":
        if not publish.retract(loc, args.date):
            print(f"error: no snapshot {args.date} in {loc.url}", file=sys.stderr)
            return 1
        print(f"retracted {loc.url}/{layout.manifest_key(args.date)}")
        return 0
    bucket = Bucket(loc)  # status
    named, snaps = set(), []
    for entry in bucket.list(layout.SNAPSHOTS):
        m = layout.MANIFEST_RE.match(entry.key)
        if m:
            tables = json.loads(bucket.get(entry.key))["tables"]
            named.update(t["sha256"] for t in tables.values())
            snaps.append({"snapshot": m.group(1), "tables": len(tables),
                          "rows": sum(t["rows"] for t in tables.values())})
    objects = bucket.list(layout.OBJECTS)
    unnamed = [e.key for e in objects if (m := layout.OBJECT_RE.match(e.key)) and m.group(1) not in named]
    print(json.dumps({"bucket": loc.url, "snapshots": snaps, "objects": len(objects),
                      "bytes": sum(e.size for e in objects), "unnamed_objects": unnamed}, indent=2))
    return 0
