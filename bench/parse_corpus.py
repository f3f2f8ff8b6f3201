"""Benchmark: parse the whole Reuters-21578 wire corpus on one core.

usage: python bench/parse_corpus.py [--tar PATH] [--runs N] [--limit N]

The corpus is unpacked into a temporary folder (never into the repository); each run reads
and analyses every article with one Parser, and the script prints every run and the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from briefing.config import Config
from briefing.pipeline import Parser, build_briefing

DEFAULT_TAR = Path(__file__).resolve().parents[2] / "shared/data/reuters21578-wire.tar.gz"


def unpack(tar_path: Path, into: Path) -> list[Path]:
    """Unpack the corpus and return its article files, sorted."""
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return sorted(into.rglob("*.txt"))


def one_run(files: list[Path]) -> tuple[float, float, int]:
    """Seconds to parse ``files`` and to build the briefing, and the item count."""
    parser = Parser(Config(path=None))
    start = time.perf_counter()
    results = [parser.analyse(parser.read(p, p.stem)) for p in files]
    parsed = time.perf_counter()
    briefing = build_briefing(results)
    built = time.perf_counter()
    items = sum(len(x) for x in (briefing.participants, briefing.agreed, briefing.disputes,
                                 briefing.timeline))
    return parsed - start, built - parsed, items


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tar", type=Path, default=DEFAULT_TAR)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    if not args.tar.is_file():
        print(f"corpus not found: {args.tar}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        files = unpack(args.tar, Path(tmp))
        if args.limit:
            files = files[: args.limit]
        size = sum(p.stat().st_size for p in files) / 1e6
        print(f"{len(files)} articles, {size:.1f} MB")
        parse_times = []
        for n in range(args.runs):
            parse_s, build_s, items = one_run(files)
            parse_times.append(parse_s)
            print(f"run {n + 1}: parse {parse_s:.2f} s ({len(files) / parse_s:.0f} articles/s), "
                  f"merge {build_s:.2f} s, {items} items")
        print(f"median parse time over {args.runs} runs: {statistics.median(parse_times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
