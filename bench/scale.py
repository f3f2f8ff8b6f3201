"""Benchmark: the whole Reuters corpus through the CLI and the dashboard, as issue 4 measures it.

usage: python bench/scale.py [--tar PATH | --folder DIR] [--runs N] [--skip-cold]
                             [--stories-only]

Prints, each as the median of N runs (5 by default) on a fresh cache dir:
- cold: ``briefing export --format json`` over the corpus with an empty cache;
- warm: the same again with nothing changed;
- cold open: the dashboard (headless) on an empty cache, from start until the progress bar
  moves, and until every article is in and all four panels are filled;
- first paint: the dashboard (headless) from start until all four panels are filled, warm;
- peak memory of that dashboard process;
- live: with the dashboard open, a new article written into the corpus folder until it shows;
- storylines, cold: the cold export again with finding storylines turned off (no story keys
  counted per article, no grouping), run alternately with the real one: what storylines add
  (issue 16: at most 10%);
- storylines, warm: the dashboard (headless) from start until the storyline list shows its
  rows, against the warm export (issue 16: under 1.5x).
``--stories-only`` measures just the last two.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

DEFAULT_TAR = Path(__file__).resolve().parents[2] / "shared/data/reuters21578-wire.tar.gz"

# Run in a child process so each figure starts from a cold interpreter, as a user's would.
APP_PROBE = r"""
import asyncio, json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from briefing.config import load_config
from briefing.tui.app import BriefingApp

folder = Path(sys.argv[1])
runs = int(sys.argv[2])

def log(*a):
    print(f"{time.perf_counter() - start:7.2f}", *a, file=sys.stderr, flush=True)

cold = sys.argv[3:] == ["cold"]

async def main():
    app = BriefingApp(load_config(), paths=[folder], watch_files=not cold)
    out = {}
    async with app.run_test(size=(160, 48)) as pilot:
        bar = app.query_one("#progress")
        while cold and not (bar.progress or app.briefing):
            await pilot.pause(0.01)
        out["moving"] = time.perf_counter() - start
        while not (app.briefing and all(p.row_count for p in app.panels)):
            await pilot.pause(0.01)
        out["first_paint"] = time.perf_counter() - start
        out["articles"] = len(app.briefing.articles)
        log("painted")
        if cold:
            print(json.dumps(out))
            return
        # Moving and scrolling: time the key presses in the largest panel.
        await pilot.press("3")
        t = time.perf_counter()
        for _ in range(50):
            await pilot.press("j")
        await pilot.press("G", "g")
        out["keys_ms"] = (time.perf_counter() - t) / 52 * 1000
        lives = []
        for n in range(runs):
            before = len(app.briefing.articles)
            path = folder / f"zz-live-{n}.txt"
            t = time.perf_counter()
            path.write_text(" date 1987-10-20 Freedonian envoy Ana Pires said talks would go on.\n")
            while len(app.briefing.articles) == before:
                await pilot.pause(0.01)
                if time.perf_counter() - t > 20:
                    break
            lives.append(time.perf_counter() - t)
            log("live", lives[-1])
            path.unlink()
            while len(app.briefing.articles) != before and time.perf_counter() - t < 40:
                await pilot.pause(0.01)
        out["live"] = lives
        log("leaving")
    log("left")
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))

asyncio.run(main())
"""


# The same CLI with finding storylines turned off: the per-article story keys and the
# grouping replaced by nothing (the export forks its workers, so they inherit the patch).
NO_STORIES = r"""
import sys
import briefing.core.pipeline as pipeline
import briefing.session.stories as stories
from briefing.model import StoryKeys
pipeline.story_keys = lambda *args, **kwargs: StoryKeys()
stories.find_storylines = lambda *args, **kwargs: []
from briefing.cli import main
sys.exit(main(sys.argv[1:]))
"""

# The dashboard until the storyline list is on screen with its rows, from a cold interpreter.
LIST_PROBE = r"""
import asyncio, json, sys, time
start = time.perf_counter()
from pathlib import Path
from briefing.config import load_config
from briefing.tui.app import BriefingApp
from briefing.tui.stories import StoryListScreen

async def main():
    app = BriefingApp(load_config(), paths=[Path(sys.argv[1])], watch_files=False)
    async with app.run_test(size=(160, 48)) as pilot:
        while not (isinstance(app.screen, StoryListScreen)
                   and any(rows.row_count > 1 for rows in app.screen.query("#stories"))):
            await pilot.pause(0.01)
        out = {"list": time.perf_counter() - start, "storylines": len(app.screen.stories)}
    print(json.dumps(out))

asyncio.run(main())
"""


def median(values: list[float]) -> float:
    return statistics.median(values)


FLOOR_PATTERN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")


def floor(folder: Path) -> float:
    """The floor: one Python pass reading every file and running one regex over it. Each
    figure is also given as a multiple of it, which carries from one machine to another."""
    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        if path.suffix == ".txt":
            FLOOR_PATTERN.findall(path.read_text(encoding="utf-8", errors="replace"))
    return time.perf_counter() - start


def show(label: str, times: list[float], base: float) -> None:
    """A figure: its median, its multiple of the floor, and every run."""
    print(f"{label}: median {median(times):.2f} s = {median(times) / base:.1f}x the floor  "
          "(runs: " + ", ".join(f"{t:.2f}" for t in times) + ")")


def compile_package() -> None:
    """Write the package's bytecode before anything is timed, as pip's install or a user's
    first run does. Where PYTHONDONTWRITEBYTECODE is set (this project's machines set it) and
    the install is editable, every process compiled all its modules again (0.1 s a start)."""
    spec = importlib.util.find_spec("briefing")
    if spec is not None and spec.submodule_search_locations:
        for where in spec.submodule_search_locations:
            subprocess.run([sys.executable, "-m", "compileall", "-q", where], check=True,
                           stdout=subprocess.DEVNULL)


def export(folder: Path, env: dict[str, str]) -> float:
    return timed_export(folder, env)[0]


def timed_export(folder: Path, env: dict[str, str], stories: bool = True) -> tuple[float, float]:
    """One ``briefing export --format json`` of the folder (with storylines turned off
    when ``stories`` is false): its wall time and the CPU time (user and system) of its
    processes, workers included, in seconds."""
    command = ["briefing"] if stories else [sys.executable, "-c", NO_STORIES]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*command, "export", "--format", "json", str(folder)], env=env, check=True,
                   stdout=subprocess.DEVNULL, cwd=env["BENCH_CWD"])
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def story_figures(folder: Path, env: dict[str, str], root: Path, runs: int,
                  base: float) -> None:
    """What finding storylines adds to a cold export (runs alternate with and without, each
    on an empty cache), and the warm storyline list against the warm export."""
    wall: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    for n in range(runs):
        for stories in (True, False):
            env["XDG_CACHE_HOME"] = str(root / f"stories-{stories}-{n}")
            took, used = timed_export(folder, env, stories)
            wall[stories].append(took)
            cpu[stories].append(used)
    show("cold export with storylines", wall[True], base)
    show("cold export without storylines", wall[False], base)
    print("CPU seconds (all processes): with " + ", ".join(f"{t:.1f}" for t in cpu[True])
          + "; without " + ", ".join(f"{t:.1f}" for t in cpu[False]))
    for label, figures in (("wall", wall), ("CPU", cpu)):
        added = median(figures[True]) / median(figures[False]) - 1
        print(f"storylines add {added:+.1%} to the cold export, {label} time (median; "
              "target at most +10%)")
    env["XDG_CACHE_HOME"] = str(root / "stories-warm")
    export(folder, env)  # fill the cache (the merged briefing is stored too)
    warm, lists = [], []
    for _ in range(runs):
        warm.append(export(folder, env))
        run = subprocess.run([sys.executable, "-c", LIST_PROBE, str(folder)], env=env,
                             capture_output=True, text=True, cwd=root, timeout=300)
        if run.returncode:
            raise SystemExit(f"the storyline list probe failed:\n{run.stderr[-2000:]}")
        lists.append(json.loads(run.stdout.strip().splitlines()[-1])["list"])
    show("warm export", warm, base)
    show("storyline list painted (warm)", lists, base)
    print(f"storyline list / warm export: {median(lists) / median(warm):.2f}x "
          "(target under 1.5x)")


def app_probe(folder: Path, env: dict[str, str], root: Path, *mode: str) -> dict:
    """The dashboard in a fresh interpreter (headless, through Pilot): what it measured."""
    run = subprocess.run([sys.executable, "-c", APP_PROBE, str(folder), "1", *mode], env=env,
                         capture_output=True, text=True, check=True, cwd=root, timeout=300)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tar", type=Path, default=DEFAULT_TAR)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-cold", action="store_true")
    ap.add_argument("--folder", type=Path, help="the corpus already unpacked here")
    ap.add_argument("--stories-only", action="store_true",
                    help="only what finding storylines costs, cold and warm")
    args = ap.parse_args()
    if args.folder is None and not args.tar.is_file():
        print(f"corpus not found: {args.tar}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.folder is not None:
            folder = args.folder
        else:
            with tarfile.open(args.tar) as tar:
                tar.extractall(root / "corpus", filter="data")
            folder = next(p.parent for p in (root / "corpus").rglob("*.txt"))
        count = len(list(folder.glob("*.txt")))
        print(f"{count} articles in {folder}")
        floor(folder)  # once to warm the OS's file cache, as the exports find it
        base = median([floor(folder) for _ in range(args.runs)])
        print(f"floor (read every file, one regex over it): median {base:.2f} s")
        compile_package()
        # Run where no ./config.yaml is, so every process uses the same (packaged) config.
        env = {**os.environ, "XDG_CACHE_HOME": str(root / "cache"),
               "XDG_CONFIG_HOME": str(root / "config"), "BENCH_CWD": str(root)}
        if args.stories_only:
            story_figures(folder, env, root, args.runs, base)
            return 0
        if not args.skip_cold:
            cold = []
            for n in range(args.runs):
                env["XDG_CACHE_HOME"] = str(root / f"cold-{n}")
                cold.append(export(folder, env))
            show("cold export", cold, base)
            moving, filled = [], []
            for n in range(args.runs):
                env["XDG_CACHE_HOME"] = str(root / f"cold-app-{n}")
                probe = app_probe(folder, env, root, "cold")
                assert probe["articles"] == count, probe
                moving.append(probe["moving"])
                filled.append(probe["first_paint"])
            show("dashboard cold open, progress bar moving", moving, base)
            show(f"dashboard cold open, all {count} in, four panels filled", filled, base)
        env["XDG_CACHE_HOME"] = str(root / "cache")
        export(folder, env)  # fill the cache
        warm = [export(folder, env) for _ in range(args.runs)]
        show("warm export", warm, base)
        paints, rss, keys, lives = [], [], [], []
        for _ in range(args.runs):
            probe = app_probe(folder, env, root)
            paints.append(probe["first_paint"])
            rss.append(probe["peak_rss_mb"])
            keys.append(probe["keys_ms"])
            lives += probe["live"]
        show("dashboard first paint (warm)", paints, base)
        print(f"dashboard peak memory: max {max(rss):.0f} MB")
        print(f"key press in the largest panel: median {median(keys):.1f} ms")
        show("live update, new file to shown", lives, base)
        story_figures(folder, env, root, args.runs, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
