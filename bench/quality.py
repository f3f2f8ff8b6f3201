"""Quality: the scorer's per-panel table on train and dev, and the statement model cross-validated.

usage: python bench/quality.py [--shared DIR] [--sets train dev] [--folds K] [--with-dev]
                               [--rules] [--details]

Without ``--folds`` it runs ``../shared/eval/score.py`` (through the real ``briefing export``)
over each set and prints one table row per set. With ``--folds K`` it cross-validates the
learned statement model: the train articles are dealt into K folds (a fixed, hashed order;
near-duplicate stories, such as those TRAIN-INDEX.md lists and r11240 with dev's r11184,
stay in one fold and never train a model that is tested on their twin); for each fold a
model is trained on the other folds (plus dev with ``--with-dev``) and scored on the held-out
fold in-process, the way score.py scores; the pooled figures are printed last.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.config import Config, load_config  # noqa: E402
from briefing.core.pipeline import Parser  # noqa: E402
from briefing.language.weights import GENERIC_MODES, load_model  # noqa: E402
from briefing.learn.goldset import PANELS, load_golds, parse_weight, repeats  # noqa: E402
from briefing.learn.train import (  # noqa: E402
    assign_folds,
    cross_validate,
    evaluate,
    prepare,
    story_groups,
    train_articles,
)
from briefing.session.stories import for_folder  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
COLUMNS = ("participants", "sides", "agreed", "disputes", "dates", "dates_strict",
           "dates_labelled")


def score_table(shared: Path, sets: list[str], rules: bool) -> None:
    """Run score.py on each set through the installed ``briefing`` and print the F1 row."""
    print(f"| set | articles | {' | '.join(COLUMNS)} |")
    print("| --- | ---: |" + " ---: |" * len(COLUMNS))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CACHE_HOME=tmp, XDG_DATA_HOME=tmp)
        # The ``briefing`` of this Python's environment, on PATH or not.
        beside = Path(sys.executable).parent / "briefing"
        exe = str(beside) if beside.exists() else "briefing"
        cmd = f"{exe} export --format json --as-of {{date}} {{path}}"
        if rules:
            config = Path(tmp) / "rules.yaml"
            packaged = (ROOT / "briefing" / "data" / "config.yaml").read_text(encoding="utf-8")
            config.write_text(packaged.replace("package:samples", str(ROOT / "briefing" / "data"
                                                                    / "samples"))
                              + "\nmodel: rules\n", encoding="utf-8")
            cmd = f"{exe} export --config {config} --format json --as-of {{date}} {{path}}"
        for name in sets:
            folder = set_dir(shared, name).resolve()  # score.py runs in a scratch folder
            run = subprocess.run([sys.executable, str(shared / "score.py"), "--set",
                                  str(folder), "--cmd", cmd],
                                 capture_output=True, text=True, env=env, cwd=tmp)
            line = next((x for x in run.stdout.splitlines() if x.startswith("F1 ")), "")
            if not line:  # say why, rather than a row of zeros
                sys.exit(f"score.py gave no scores for {name}: {run.stderr.strip()[-500:]}")
            scores = dict(re.findall(r"(\w+)=([\d.]+)", line))
            count = len(list(folder.glob("*.gold.yaml")))
            print(f"| {name} | {count} | " + " | ".join(scores.get(c, "?") for c in COLUMNS) + " |")


def as_a_users_folder() -> Config:
    """The packaged config as ``briefing export`` applies it to a folder of one's own: its
    sides and negotiations are the bundled samples', so the sets get none of them."""
    return for_folder(load_config(str(ROOT / "briefing" / "data" / "config.yaml")), [ROOT.parent])


def set_dir(shared: Path, name: str) -> Path:
    """A set by name in the eval folder (train, dev), else a folder path."""
    return shared / name if (shared / name).is_dir() else Path(name)


def heldout(shared: Path, sets: list[str], train_on: list[str], model_file: str | None,
            rules: bool, weights: Sequence[str] = ()) -> None:
    """Score sets in-process: with the cue rules, a model file, or a model trained on
    ``train_on`` (never on the set scored: an article of a scored set is left out)."""
    parser = Parser(as_a_users_folder())
    if rules:
        parser.model = None
    elif model_file:
        parser.model = load_model(Path(model_file))
    elif train_on:
        golds = load_golds([set_dir(shared, n) for n in train_on])
        parser.model = None
        rows = [prepare(parser, g).examples for g in golds]
        parser.model = train_articles(rows, repeat=repeats(golds, {
            set_dir(shared, n): t for n, t in map(parse_weight, weights)}))
    what = "rules" if parser.model is None else (model_file or f"model trained on {train_on}")
    print(f"| set ({what}) | articles | agreed P/R/F1 | disputes P/R/F1 |")
    print("| --- | ---: | --- | --- |")
    for name in sets:
        golds = load_golds([set_dir(shared, name)])
        tallies = evaluate(parser, golds)
        cells = [" / ".join(f"{x:.2f}" for x in tallies[p].prf()) for p in PANELS]
        print(f"| {name} | {len(golds)} | {cells[0]} | {cells[1]} |")


def index_pairs(shared: Path) -> list[tuple[str, str]]:
    """The near-duplicate pairs TRAIN-INDEX.md lists ("r248/r352, ...")."""
    index = shared / "TRAIN-INDEX.md"
    text = index.read_text(encoding="utf-8") if index.is_file() else ""
    return re.findall(r"\b(r\d+)/(r\d+)\b", text) + re.findall(
        r"(r\d+) repeats dev's (r\d+)", text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the eval folder (score.py, train, dev)")
    ap.add_argument("--sets", nargs="*", default=["train", "dev"])
    ap.add_argument("--folds", type=int, default=0, help="cross-validate the model with K folds")
    ap.add_argument("--with-dev", action="store_true", help="train every fold on dev too")
    ap.add_argument("--rules", action="store_true", help="score the cue rules alone (model: rules)")
    ap.add_argument("--with", dest="extra", nargs="*", default=[], metavar="SET",
                    help="with --folds: more sets every fold trains on (dev, a folder)")
    ap.add_argument("--heldout", nargs="*", metavar="SET",
                    help="score the sets in-process with a model trained on these sets "
                         "(or with --model FILE, or --rules)")
    ap.add_argument("--model", help="with --heldout: a model file to score with")
    ap.add_argument("--weight", action="append", default=[], metavar="SET=N",
                    help="with --heldout: count the articles of SET N times in training")
    ap.add_argument("--generic", default="none", choices=GENERIC_MODES,
                    help="with --folds: whole sentences as candidates too (the packaged model's "
                         "mode for 1987 articles: none)")
    args = ap.parse_args()
    if args.heldout is not None:
        heldout(args.shared, args.sets, args.heldout, args.model, args.rules, args.weight)
        return 0
    if not (args.shared / "score.py").is_file():
        print(f"no score.py in {args.shared}", file=sys.stderr)
        return 2
    if not args.folds:
        score_table(args.shared, args.sets, args.rules)
        return 0
    start = time.perf_counter()
    train = load_golds([args.shared / "train"])
    extra = [*args.extra, *(["dev"] if args.with_dev else [])]
    dev = load_golds([set_dir(args.shared, n) for n in extra]) if extra else []
    groups = story_groups([*train, *dev])
    group_of = {g.name: groups[i] for i, g in enumerate([*train, *dev])}
    pairs = [p for p in index_pairs(args.shared) if p[0] in group_of and p[1] in group_of]
    apart = [p for p in pairs if group_of[p[0]] != group_of[p[1]]]
    if apart:
        print(f"near-duplicates not grouped: {apart}", file=sys.stderr)
        return 1
    folds = assign_folds(train, args.folds, groups[:len(train)])
    print(f"{len(train)} train articles in {args.folds} folds of "
          f"{[folds.count(f) for f in range(args.folds)]}; {len(pairs)} listed near-duplicate "
          f"pairs all kept together; every fold also trains on {extra or 'nothing else'}")
    parser = Parser(as_a_users_folder())
    result = cross_validate(parser, train, args.folds, extra=dev, log=print, generic=args.generic)
    print("| pooled | precision | recall | F1 |")
    print("| --- | ---: | ---: | ---: |")
    for panel in PANELS:
        p, r, f = result.pooled[panel].prf()
        print(f"| {panel} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
