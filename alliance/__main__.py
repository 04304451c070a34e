"""Command line: `python -m alliance demo [--data-dir DIR] [--replace]`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import data_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m alliance")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write the deterministic demo snapshots")
    demo.add_argument("--data-dir", type=Path, default=None, help="default: $ALLIANCE_DATA_DIR or data/")
    demo.add_argument("--replace", action="store_true", help="replace snapshots that already exist")
    scale = sub.add_parser("scale", help="write benchmark snapshots at alliance, province or national size")
    scale.add_argument("size", choices=["alliance", "province", "national"])
    scale.add_argument("--data-dir", type=Path, required=True, help="outside the repository")
    args = parser.parse_args(argv)

    if args.command == "scale":
        from .demo.scale import write

        for path in write(args.size, args.data_dir):
            print(f"wrote {path}")

    if args.command == "demo":
        from .demo.generator import write_demo
        from .snapshots import SnapshotExists

        root = args.data_dir or data_dir()
        try:
            for path in write_demo(root, replace=args.replace):
                print(f"wrote {path}")
        except SnapshotExists as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
