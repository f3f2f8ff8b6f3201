"""Held out set by set: the statement model for today's copy, scored on each group of modern
articles by a model trained on the other groups and the 1987 sets.

usage: python bench/by_set.py [--generic always|fallback|none] [--times N] [GROUP_DIR ...]

Each group is a folder of annotated articles (default: ``briefing/data/training``,
``bench/train-2026`` and the ``bench/heldout-*`` sets; pass the five parts of
``bench/heldout-2025c`` as folders of their own to hold them out one by one). For each group,
a model is fitted on ``../shared/eval/train``, ``dev`` and every other group (those counted
``--times`` times, as the packaged model counts them), with whole sentences as candidates as
``--generic`` says, and the group is scored in-process as score.py scores. Pooled F1 last.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quality import SHARED, as_a_users_folder  # noqa: E402

from briefing.core.pipeline import Parser  # noqa: E402
from briefing.language.weights import GENERIC_MODES  # noqa: E402
from briefing.learn.goldset import PANELS, Tally, load_golds  # noqa: E402
from briefing.learn.train import evaluate, prepare, train_articles  # noqa: E402

GROUPS = ["briefing/data/training", "bench/heldout-2025", "bench/heldout-2025b",
          "bench/heldout-2026", "bench/heldout-2025c", "bench/heldout-2025d",
          "bench/heldout-2025e", "bench/heldout-2026b", "bench/heldout-2025f",
          "bench/train-2026"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("groups", nargs="*", default=GROUPS)
    ap.add_argument("--generic", default="always", choices=GENERIC_MODES)
    ap.add_argument("--times", type=int, default=2)
    args = ap.parse_args()
    parser = Parser(as_a_users_folder())
    parser.model = None
    old = [prepare(parser, g, args.generic).examples
           for g in load_golds([SHARED / "train", SHARED / "dev"])]
    golds = {m: load_golds([ROOT / m]) for m in args.groups}
    rows = {m: [prepare(parser, g, args.generic).examples for g in golds[m]] for m in args.groups}
    pooled = {panel: Tally() for panel in PANELS}
    print("| held out | articles | agreed F1 | disputes F1 |\n| --- | ---: | ---: | ---: |")
    for held in args.groups:
        fit = old + [ex for m in args.groups if m != held for ex in rows[m]]
        times = [1] * len(old) + [args.times] * (len(fit) - len(old))
        parser.model = train_articles(fit, repeat=times)
        parser.model.generic = args.generic
        tallies = evaluate(parser, golds[held])
        for panel in PANELS:
            pooled[panel].add(tallies[panel])
        print(f"| {held} | {len(golds[held])} | " + " | ".join(
            f"{tallies[p].prf()[2]:.3f}" for p in PANELS) + " |", flush=True)
    print("| pooled | | " + " | ".join(f"{pooled[p].prf()[2]:.3f}" for p in PANELS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
