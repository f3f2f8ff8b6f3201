"""Benchmark: every regular expression of the parser, and the parser itself, in linear time.

usage: python bench/regex_linear.py [--small BYTES] [--big BYTES] [--limit RATIO]

Finds every compiled pattern the parser holds (module globals and the lexicon's compiled
tables, after one article has been parsed so that lazy tables exist), then scans adversarial
lines with each: a unit ("1987 ", ", the chairman of ", "“", random names, ...) repeated to
``--small`` and ``--big`` characters (100 KB and 1 MB by default). Linear time means the big
line takes about big/small (10x) as long; a pattern that backtracks catastrophically takes
100x or never ends. Each pattern runs in a child process with a timeout, so a runaway is
reported, not waited for. The whole parser runs on the same lines as articles.

Prints the worst ratios and exits 1 if any pattern or the parser exceeds ``--limit`` (25x)
where the big line took more than 100 ms: below that, caches and allocation decide the ratio
(a quadratic scan of 1 MB takes minutes, not milliseconds). Scans take the best of 3 runs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import sys
import time
from pathlib import Path
from types import ModuleType

UNITS = [
    "a", "A", " ", "aA ", "1", "1987 ", "May ", "may 5 ", "May 5, 1987 ", "Mr. ", "U.S. ", "the ",
    ", the ", ", the chairman of the ", "said ", "\"", "“", "”", "'", "’s ", "(", ")", "-", "--",
    ".", ". ", "..", "!?", "\\", "[", "{", "*", "_", "#", "Olga Brandt ", "Trade Minister ",
    "in 1987 ", "early ", "end of ", "next week ", "between ", ", ", ";", "\t", "é", "İ",
    "\u00a0", "x" * 70 + " ", "Sylvania rejected the demand ", "agreed to ", "if not ",
    "---\n", "date ", "on Monday ", "first half of ", "1987-88 ", "mid-", "Corp ", "IG-Metall ",
]
NAMES = "names"  # a line of distinct "Xxxx Yyyy said," people: the parser's worst case


def line_of(unit: str, size: int, seed: int = 7) -> str:
    """``unit`` repeated to ``size`` characters, or a line of distinct names for NAMES."""
    if unit != NAMES:
        return (unit * (size // len(unit) + 1))[:size]
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        first = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        last = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        part = f"Minister {first.title()} {last.title()} said, "
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern reachable from briefing's modules and a built parser."""
    from briefing.config import load_config
    from briefing.core.pipeline import Parser
    from briefing.core.read.files import discover

    parser = Parser(load_config())
    sample = next(f.path for f in discover(parser.config.articles) if not f.problem)
    parser.analyse(parser.read_article(sample, "sample")[1])  # builds the lazy tables
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()

    def visit(obj: object, where: str, depth: int) -> None:
        if id(obj) in seen or depth > 7:
            return
        seen.add(id(obj))
        if isinstance(obj, re.Pattern):
            found.setdefault(obj.pattern if isinstance(obj.pattern, str) else where, obj)
            return
        if isinstance(obj, dict):
            for key, value in list(obj.items()):
                visit(value, f"{where}[{key!r}]", depth + 1)
        elif isinstance(obj, list | tuple | set | frozenset):
            for n, value in enumerate(obj):
                visit(value, f"{where}[{n}]", depth + 1)
        elif type(obj).__module__.startswith("briefing") and not isinstance(obj, type):
            for name in getattr(obj, "__dict__", {}):
                visit(getattr(obj, name), f"{where}.{name}", depth + 1)
            for name in getattr(type(obj), "__slots__", ()):
                if hasattr(obj, name):
                    visit(getattr(obj, name), f"{where}.{name}", depth + 1)

    for name, module in sorted(sys.modules.items()):
        if name.startswith("briefing") and isinstance(module, ModuleType):
            for attr, value in vars(module).items():
                if not isinstance(value, type | ModuleType):
                    visit(value, f"{name}.{attr}", 0)
    visit(parser, "parser", 0)
    visit(parser.lexicon._cache, "lexicon", 0)
    return found


SIGNIFICANT = 0.1  # seconds on the big line below which a ratio is noise


DOUBLED = 3.0  # at most this many times as long for a line twice as long: linear (2), not 4


def best_of(pattern: re.Pattern[str], text: str, runs: int = 3) -> float:
    """The best time of ``runs`` full scans of ``text``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        times.append(time.perf_counter() - start)
    return min(times)


def _scan(pattern: re.Pattern[str], text: str, out: multiprocessing.Queue) -> None:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    out.put(time.perf_counter() - start)


def timed(target, args: tuple, timeout: float) -> float | None:  # type: ignore[no-untyped-def]
    """Run ``target(*args, queue)`` in a child process; its time, or None on timeout."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=target, args=(*args, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get()


def _parse(text: str, out: multiprocessing.Queue) -> None:
    from briefing.config import Config
    from briefing.core.pipeline import Parser

    parser = Parser(Config(path=None))
    raw = f" date 2026-03-02 {text}\n".encode()
    start = time.perf_counter()
    result = parser.analyse(parser.decode_article(Path("long.txt"), "long", raw, []))
    assert not any("could not be parsed" in w for w in result.article.warnings)
    out.put(time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=100_000)
    ap.add_argument("--big", type=int, default=1_000_000)
    ap.add_argument("--limit", type=float, default=25.0)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()
    multiprocessing.set_start_method("fork" if "fork" in multiprocessing.get_all_start_methods()
                                     else "spawn")
    patterns = collect_patterns()
    units = [*UNITS, NAMES]
    expected = args.big / args.small
    print(f"{len(patterns)} patterns x {len(units)} adversarial lines, "
          f"{args.small:,} and {args.big:,} characters (linear: {expected:.0f}x)", flush=True)
    worst: list[tuple[float, float, str, str]] = []
    failures = 0
    lines = {u: (line_of(u, args.small), line_of(u, args.big)) for u in units}
    for source, pattern in patterns.items():
        for unit, (small, big) in lines.items():
            # In-process first: nearly every scan is quick; only slow ones get a guarded run.
            t_small = best_of(pattern, small)
            # A slow small scan might be superlinear: run the big line where it can be stopped.
            t_big = (timed(_scan, (pattern, big), args.timeout) if t_small > 0.01
                     else best_of(pattern, big))
            ratio = float("inf") if t_big is None else t_big / max(t_small, 1e-6)
            worst.append((ratio, t_big if t_big is not None else float("inf"), unit, source))
            if (t_big is None or t_big > SIGNIFICANT) and ratio > args.limit:
                # A small line that fits the caches can make a linear scan look superlinear:
                # twice the big line takes twice as long if linear, four times if quadratic.
                t_double = (timed(_scan, (pattern, big + big), args.timeout * 4)
                            if t_big is not None else None)
                if t_big is not None and t_double is not None and t_double < DOUBLED * t_big:
                    print(f"  {ratio:.0f}x on {unit!r}, but twice the line takes "
                          f"{t_double / t_big:.1f}x as long: linear ({source[:60]})", flush=True)
                    continue
                failures += 1
                print(f"  NOT LINEAR: {ratio:.0f}x ({t_big}s) on {unit!r}: {source[:100]}",
                      flush=True)
    significant = [w for w in worst if w[1] > SIGNIFICANT]
    significant.sort(reverse=True)
    print(f"patterns: {len(worst)} scans; slowest 1 MB scan "
          f"{max(w[1] for w in worst) * 1000:.0f} ms; worst ratio among scans over 100 ms: "
          + (f"{significant[0][0]:.1f}x ({significant[0][2]!r})" if significant else "none"),
          flush=True)
    parse_worst = slowest = 0.0
    for unit, (small, big) in lines.items():
        t_small = timed(_parse, (small,), args.timeout)
        t_big = timed(_parse, (big,), args.timeout * 10)
        if t_small is None or t_big is None:
            failures += 1
            print(f"  parser TIMEOUT on {unit!r}")
            continue
        ratio = t_big / max(t_small, 1e-6)
        slowest = max(slowest, t_big)
        parse_worst = max(parse_worst, ratio if t_big > SIGNIFICANT else 0.0)
        note = "  NOT LINEAR" if t_big > SIGNIFICANT and ratio > args.limit else ""
        failures += bool(note)
        print(f"  parser on {unit!r:32} {t_small * 1000:7.0f} ms -> {t_big * 1000:7.0f} ms "
              f"({ratio:4.1f}x){note}", flush=True)
    print(f"parser: worst ratio {parse_worst:.1f}x over {len(lines)} lines; slowest 1 MB "
          f"parse {slowest:.1f} s")
    print("all linear" if not failures else f"{failures} not linear")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
