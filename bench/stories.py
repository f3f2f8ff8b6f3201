"""Benchmark: the storylines found in the Reuters corpus against dev's and train's storyline
labels, and those found in today's held-out articles against the talks they report.

usage: python bench/stories.py [--folder DIR | --tar PATH] [--shared DIR]

Runs ``briefing stories --format json`` over the whole corpus (through the installed
``briefing``, with no config of the user's: run it anywhere, the cache is the user's), then
reads the storyline of each dev article from ``DEV-INDEX.md`` and prints where each one
landed, the pairwise precision and recall of the grouping over dev's articles (two articles
of one labelled storyline should share a found storyline; two of different ones should
not), and whether issue 16's three checks hold: the seven ICO coffee articles in one
storyline, the US-Japan semiconductor ones in another, the ICCO cocoa ones in a third.
Exits 1 when a check fails. It prints the same pairwise figures over the 243 train articles
(labelled in ``bench/train-storylines.md``), and over the articles of
``bench/heldout-2025*`` opened as one folder, each labelled by the two parties its file name
starts with ("us-japan-tariff-deal-2025-07-24" reports the Japan-US talks).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_TAR = SHARED / "data/reuters21578-wire.tar.gz"
ROW = re.compile(r"^\| r(\d+)\.\w+ \| [\d-]+ \| ([^|]+?) \|")
CHECKS = ("ICO coffee", "US-Japan semiconductor", "ICCO cocoa")
MODERN = sorted((ROOT / "bench").glob("heldout-2025*"))
# The same party spelled two ways in the held-out sets' file names ("us-south-korea",
# "us-korea"; "us-swiss", "us-switzerland").
SAME_PARTY = {"swiss": "switzerland"}
SKIP = {"south"}


def labels(index: Path) -> dict[str, str]:
    """Article id (the Reuters NEWID, the corpus's file name) -> its storyline label."""
    return {m.group(1): m.group(2) for line in index.read_text(encoding="utf-8").splitlines()
            if (m := ROW.match(line))}


def pairwise(gold: dict[str, str], found: dict[str, str]) -> tuple[float, float]:
    """Precision and recall of "same storyline" over every pair of labelled articles."""
    ids = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            same = gold[a] == gold[b]
            together = a in found and found.get(a) == found.get(b)
            tp += same and together
            fp += together and not same
            fn += same and not together
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def talks(name: str) -> str:
    """The talks a held-out article reports, from its file name's first two parties."""
    # (a set's one-letter prefix, "i-us-china-...", is no party)
    words = [SAME_PARTY.get(w, w) for w in name.split("-") if w not in SKIP and len(w) > 1]
    return "-".join(sorted(words[:2]))


OVERRIDE = re.compile(r"^\| ([\w.-]+\.(?:txt|md)) \| ([\w-]+) \|$")


def modern() -> tuple[float, float]:
    """Pairwise precision and recall of the storylines found in today's held-out articles,
    opened as one folder (a group's STORYLINES.md labels what a file name does not tell)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = {}
        for group in MODERN:
            table = group / "STORYLINES.md"
            told = dict(m.groups() for line in (table.read_text(encoding="utf-8").splitlines()
                                                if table.exists() else [])
                        if (m := OVERRIDE.match(line)))
            for path in sorted(group.iterdir()):
                if path.suffix in (".txt", ".md") and path.name[0].islower():
                    ident = f"{group.name}-{path.stem}"
                    (Path(tmp) / f"{ident}{path.suffix}").symlink_to(path.resolve())
                    gold[ident] = told.get(path.name) or talks(path.stem)
        stories = storylines(Path(tmp))
    found = {a: s["id"] for s in stories if s["id"] != "other" for a in s["articles"]}
    return pairwise(gold, found)


def storylines(folder: Path) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "XDG_CONFIG_HOME": empty}
        run = subprocess.run(["briefing", "stories", "--format", "json", str(folder)],
                             capture_output=True, text=True, env=env, cwd=empty, check=True)
    stories: list[dict[str, Any]] = json.loads(run.stdout)["storylines"]
    return stories


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, help="the corpus already unpacked here")
    ap.add_argument("--tar", type=Path, default=DEFAULT_TAR)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    gold = labels(args.shared / "eval/DEV-INDEX.md")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder
        if folder is None:
            with tarfile.open(args.tar) as tar:
                tar.extractall(tmp, filter="data")
            folder = next(p.parent for p in Path(tmp).rglob("*.txt"))
        stories = storylines(folder)
    found = {a: s["id"] for s in stories if s["id"] != "other" for a in s["articles"]}
    names = {s["id"]: f'{s["name"]} ({s["size"]} articles)' for s in stories}
    for article, label in sorted(gold.items(), key=lambda kv: (kv[1], int(kv[0]))):
        print(f"r{article:<6} {label[:45]:45} -> {names.get(found.get(article, ''), '-')}")
    precision, recall = pairwise(gold, found)
    print(f"dev pairwise precision {precision:.2f}, recall {recall:.2f}")
    train = ROOT / "bench/train-storylines.md"
    precision, recall = pairwise(labels(train), found)
    print(f"train pairwise precision {precision:.2f}, recall {recall:.2f}")
    precision, recall = modern()
    print(f"today's held-out articles ({', '.join(g.name for g in MODERN)}) pairwise "
          f"precision {precision:.2f}, recall {recall:.2f}")
    ok = True
    chosen: list[str] = []
    for check in CHECKS:
        members = {found.get(a) for a, label in gold.items() if label.startswith(check)}
        one = len(members) == 1 and None not in members and not members & set(chosen)
        chosen += [m for m in members if m]
        print(f"{check}: {'one storyline of its own' if one else 'SPLIT or shared'}")
        ok &= one
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
