"""Benchmark: parse the whole Reuters-21578 wire corpus on one core, and compare the date
finder with dateparser's ``search_dates`` on the dev articles.

usage: python bench/parse_corpus.py [--tar PATH] [--runs N] [--limit N] [--dev DIR]

The corpus is unpacked into a temporary folder (never into the repository); each run reads
and analyses every article with one Parser, and the script prints every run and the median.
The comparison needs ``pip install dateparser`` (not a dependency of briefing); without it
that part is skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import yaml

from briefing.config import Config
from briefing.core.extract.timex import tag_dates
from briefing.core.pipeline import Parser, build_briefing
from briefing.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_TAR = SHARED / "data/reuters21578-wire.tar.gz"
DEFAULT_DEV = SHARED / "eval/dev"


def unpack(tar_path: Path, into: Path) -> list[Path]:
    """Unpack the corpus and return its article files, sorted."""
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return sorted(into.rglob("*.txt"))


def read(parser: Parser, path: Path) -> Article:
    """One article as the pipeline reads it (the file's bytes, decoded and split)."""
    article = parser.read_article(path, path.stem)[1]
    assert article is not None  # no known digest given: always read
    return article


def one_run(files: list[Path]) -> tuple[float, float, int]:
    """Seconds to read and parse ``files`` and to build the briefing, and the item count."""
    parser = Parser(Config(path=None))
    start = time.perf_counter()
    results = [parser.analyse(read(parser, p)) for p in files]
    parsed = time.perf_counter()
    briefing = build_briefing(results)
    built = time.perf_counter()
    items = sum(len(x) for x in (briefing.participants, briefing.agreed, briefing.disputes,
                                 briefing.timeline))
    return parsed - start, built - parsed, items


def _gold_dates(dev: Path) -> list[tuple[Path, dt.date, list[dict]]]:
    out = []
    for gold_path in sorted(dev.glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        out.append((dev / gold["article"], gold["date"], gold.get("dates") or []))
    return out


def _covers(expr_start: int, expr_end: int, text: str, key: str) -> bool:
    at = text.find(key)
    return at >= 0 and expr_start < at + len(key) and at < expr_end


def compare_dates(dev: Path) -> None:
    """Gold date phrases found (with the right period) by our tagger and by dateparser."""
    parser = Parser(Config(path=None))
    rows = []
    ours_found = ours_right = ours_total = 0
    theirs_found = theirs_right = theirs_total = 0
    ours_time = theirs_time = 0.0
    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None
    for path, published, gold in _gold_dates(dev):
        article = read(parser, path)
        text = "\n".join(article.paragraphs)
        t0 = time.perf_counter()
        ours = [tx for tx in tag_dates(text, published, parser.lexicon) if tx.period_start]
        ours_time += time.perf_counter() - t0
        ours_total += len(ours)
        for g in gold:
            hit = [tx for tx in ours if _covers(tx.start, tx.end, text, g["key"])]
            ours_found += bool(hit)
            ours_right += any(tx.period_start <= g["end"] and g["start"] <= tx.period_end
                              for tx in hit)
        if search_dates is None:
            continue
        base = dt.datetime.combine(published, dt.time())
        t0 = time.perf_counter()
        theirs = search_dates(text, languages=["en"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}) or []
        theirs_time += time.perf_counter() - t0
        theirs_total += len(theirs)
        spans, cursor = [], 0
        for phrase, when in theirs:
            at = text.find(phrase, cursor)
            cursor = at + len(phrase) if at >= 0 else cursor
            spans.append((at, at + len(phrase), when.date()))
        for g in gold:
            hit = [s for s in spans if s[0] >= 0 and _covers(s[0], s[1], text, g["key"])]
            theirs_found += bool(hit)
            theirs_right += any(g["start"] <= s[2] <= g["end"] for s in hit)
        rows.append(path.name)
    n_gold = sum(len(g) for _, _, g in _gold_dates(dev))
    print(f"date finder on {len(_gold_dates(dev))} dev articles ({n_gold} gold dates):")
    print(f"  briefing tag_dates : {ours_total:3d} expressions, gold found {ours_found}/{n_gold}, "
          f"right period {ours_right}/{n_gold}, {ours_time * 1000:.0f} ms")
    if search_dates is None:
        print("  dateparser         : not installed (pip install dateparser)")
    else:
        print(f"  dateparser         : {theirs_total:3d} expressions, gold found "
              f"{theirs_found}/{n_gold}, right period {theirs_right}/{n_gold}, "
              f"{theirs_time * 1000:.0f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tar", type=Path, default=DEFAULT_TAR)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="gold articles for the date "
                    "finder comparison")
    args = ap.parse_args()
    if args.dev.is_dir():
        compare_dates(args.dev)
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
