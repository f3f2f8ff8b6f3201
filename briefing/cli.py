"""The ``briefing`` command: the dashboard, ``briefing export`` and ``briefing train``."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import gc
import sys
from collections.abc import Callable
from pathlib import Path

from briefing import __version__
from briefing.config import Config, ConfigError, load_config
from briefing.language.lexicon import LexiconError
from briefing.language.weights import GENERIC_MODES, ModelError, StatementModel
from briefing.model import Article
from briefing.text.controls import visible_name

EXIT_CONFIG = 2
EXIT_USAGE = 2
COMMANDS = ("export", "stories", "train")  # `briefing` alone opens the dashboard
LIST_AT_MOST = 5  # storylines an unknown --story names them all for


class UsageError(Exception):
    """A mistake on the command line: one line for the user, exit 2."""


def check_paths(paths: list[Path]) -> None:
    """Every path given must exist: a typo opens no empty dashboard and exports nothing."""
    for path in paths:
        if not path.exists():
            raise UsageError(missing_path(path))


def missing_path(path: Path) -> str:
    """What a user needs when a path does not exist: what is there nearby."""
    parent = path.parent
    while not parent.is_dir() and parent != parent.parent:
        parent = parent.parent
    message = f"no such file or folder: {visible_name(str(path))}"
    try:
        names = sorted(entry.name for entry in parent.iterdir())
    except OSError:
        return message
    close = difflib.get_close_matches(path.name, names, n=3, cutoff=0.6)
    if close and parent == path.parent:
        return f"{message}; did you mean {', '.join(visible_name(str(parent / n)) for n in close)}?"
    return f"{message}; the nearest folder that exists is {visible_name(str(parent))}"


def check_command(argv: list[str]) -> None:
    """A first word that is neither a command nor a path is most likely a mistyped command."""
    if argv and not argv[0].startswith("-") and not Path(argv[0]).exists():
        close = difflib.get_close_matches(argv[0], COMMANDS, n=1, cutoff=0.6)
        if close:
            raise UsageError(f"unknown command {visible_name(argv[0])!r}; did you mean "
                             f"'briefing {close[0]}'? (commands: {', '.join(COMMANDS)}; "
                             "or give article files or folders)")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article files or folders (default: the config's 'articles')")
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, "
                        "then the user config dir, then the packaged default)")
    parser.add_argument("--as-of", type=_date, metavar="DATE",
                        help="show the briefing as of this date (default: newest article's)")
    parser.add_argument("--no-cache", action="store_true",
                        help="parse every article again and leave the cache alone")


def app_parser() -> argparse.ArgumentParser:
    """Arguments of ``briefing`` (the dashboard)."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Follow a negotiation from the news: participants, agreements, disputes "
                    "and dates from a folder of articles. More commands: 'briefing export' "
                    "(JSON, Markdown, iCalendar), 'briefing stories' (the storylines found), "
                    "'briefing train' (a statement model from your annotations); each with "
                    "--help.")
    _common(parser)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def export_parser() -> argparse.ArgumentParser:
    """Arguments of ``briefing export``."""
    parser = argparse.ArgumentParser(prog="briefing export",
                                     description="Print the briefing as JSON, Markdown or "
                                                 "iCalendar.")
    parser.add_argument("--format", choices=("json", "markdown", "ics"), default="json",
                        help="json (the default; for programs: its fields are in the "
                             "README, 'Export'), markdown (a readable briefing) or ics (the "
                             "upcoming dates, for calendar apps)")
    parser.add_argument("--story", metavar="NAME_OR_ID",
                        help="export one storyline (see 'briefing stories')")
    _common(parser)
    return parser


def stories_parser() -> argparse.ArgumentParser:
    """Arguments of ``briefing stories``."""
    parser = argparse.ArgumentParser(prog="briefing stories",
                                     description="List the storylines (negotiations) found "
                                                 "in the articles.")
    parser.add_argument("--format", choices=("json", "markdown"), default="markdown",
                        help="markdown (the default: a readable list) or json")
    _common(parser)
    return parser


def stories_main(argv: list[str]) -> int:
    """``briefing stories``: list the storylines."""
    args = stories_parser().parse_args(argv)
    check_paths(args.paths)
    from briefing.export.stories import stories_json, stories_markdown
    from briefing.session.corpus import Corpus

    gc.disable()
    config = _config(args.config, args.paths)
    corpus = Corpus(config, args.paths or None, use_cache=not args.no_cache)
    progress = _stderr_progress() if sys.stderr.isatty() else None
    opened = corpus.open(args.as_of, progress=progress)
    stories = opened.storylines
    _after_reading(opened.articles, args.as_of, progress)
    sys.stdout.write(stories_json(stories) + "\n" if args.format == "json"
                     else stories_markdown(stories))
    sys.stdout.flush()  # out before a long parse's briefing is stored for the next run
    corpus.store_pending()
    return 0


def _after_reading(articles: list[Article], as_of: dt.date | None, progress: object) -> None:
    """Clear the progress line; say on standard error why a briefing as of a day is empty."""
    if progress:
        sys.stderr.write("\r\033[K")
    if as_of is not None and not articles:
        print(f"briefing: note: no article is dated on or before {as_of}", file=sys.stderr)


def _config(explicit: str | None, paths: list[Path] | None = None) -> Config:
    """The config, its warnings on standard error; with no ``paths`` given, also each folder
    of its ``articles:`` that is not there (the dashboard lists it under w)."""
    config = load_config(explicit)
    for warning in config.warnings:
        print(f"briefing: warning: {visible_name(warning)}", file=sys.stderr)
    if not paths:
        for path in config.articles:
            if not path.exists():
                print(f"briefing: warning: {visible_name(str(config.path))}: articles: "
                      f"{visible_name(str(path))}: no such file or folder", file=sys.stderr)
    return config


def _stderr_progress() -> Callable[[int, int], None]:
    """A one-line progress bar on standard error, for long cold parses."""
    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\rparsing {done}/{total} [{'#' * filled}{'.' * (width - filled)}]")
        sys.stderr.flush()
    return show


def export_main(argv: list[str]) -> int:
    """``briefing export``: print the briefing to standard output."""
    args = export_parser().parse_args(argv)
    check_paths(args.paths)
    from briefing.export import to_ics, to_json, to_markdown
    from briefing.session.corpus import Corpus

    # A short-lived process that builds many objects and keeps them: the cycle collector
    # would only rescan them (see session.corpus.gc_paused), so it stays off until exit.
    gc.disable()

    config = _config(args.config, args.paths)
    progress = _stderr_progress() if sys.stderr.isatty() else None
    corpus = Corpus(config, args.paths or None, use_cache=not args.no_cache)
    briefing = corpus.open(args.as_of, progress=progress)
    if args.story:
        from briefing.session.stories import matching
        found = matching(briefing.storylines, args.story, corpus.sides_named(args.story))
        if not found:
            names = [s.name for s in briefing.storylines]
            close = difflib.get_close_matches(args.story, names, n=1, cutoff=0.5)
            hint = f"did you mean {close[0]!r}? " if close else ""
            if not close and 0 < len(names) <= LIST_AT_MOST:  # a few: name them all
                hint = "its storylines are " + ", ".join(repr(visible_name(n)) for n in names) + "; "
            if args.as_of is not None and not close:
                # Storylines are found among the articles published by as-of: one that
                # needs later articles is not there yet.
                later = matching(corpus.open(None).storylines, args.story,
                                 corpus.sides_named(args.story))
                if later:
                    hint = f"with later articles it is {visible_name(later[0].name)!r}; "
            where = f" as of {args.as_of}" if args.as_of is not None else ""
            raise UsageError(f"no storyline {visible_name(args.story)!r}{where}; {hint}"
                             "'briefing stories PATH' lists them")
        if len(found) > 1:
            raise UsageError(f"{len(found)} storylines match {visible_name(args.story)!r}: "
                             + "; ".join(f"{visible_name(s.name)!r} (id {s.id})" for s in found)
                             + "; give its id or more of its name")
        briefing = corpus.open(args.as_of, found[0].id)
    _after_reading(briefing.articles, args.as_of, progress)
    if args.format == "ics":
        sys.stdout.buffer.write(to_ics(briefing).encode("utf-8"))
    else:
        sys.stdout.write(to_json(briefing) + "\n" if args.format == "json"
                         else to_markdown(briefing))
    sys.stdout.flush()  # out before a long parse's briefing is stored for the next run
    corpus.store_pending()
    return 0


def train_parser() -> argparse.ArgumentParser:
    """Arguments of ``briefing train``."""
    parser = argparse.ArgumentParser(
        prog="briefing train",
        description="Train the statement model (Agreed and Open disputes) on annotated "
                    "articles: NAME.gold.yaml beside each NAME.txt, as ../shared/eval/GUIDE.md "
                    "describes. Prints cross-validated scores and writes the model; the "
                    "config's 'model:' key selects it.")
    parser.add_argument("folders", nargs="+", type=Path, metavar="GOLD_DIR",
                        help="folders of articles with their gold files")
    parser.add_argument("--out", type=Path, default=Path("statement_model.json"), metavar="FILE",
                        help="where to write the model (default: ./statement_model.json)")
    parser.add_argument("--folds", type=int, default=5, metavar="K",
                        help="cross-validation folds (default 5; 0 or 1 skips it)")
    parser.add_argument("--config", metavar="FILE",
                        help="config whose sides and lexicon additions to train with")
    parser.add_argument("--weight", action="append", default=[], metavar="DIR=N",
                        help="count the articles under DIR N times in fitting (e.g. to "
                             "weigh articles in today's style over 1987 newswires)")
    parser.add_argument("--generic", choices=GENERIC_MODES, default="fallback",
                        help="whole sentences as candidates too: where no cue stands "
                             "(fallback, the default), always, or none")
    parser.add_argument("--split-at", type=_iso_day, metavar="YYYY-MM-DD",
                        help="two models in one file: articles dated before this day get one "
                             "fitted on those alone (cue candidates only); later ones get one "
                             "fitted on every article (--generic)")
    parser.add_argument("--keep-before", type=Path, metavar="FILE",
                        help="with --split-at: keep the model for the earlier articles from "
                             "FILE (a model written with the same --split-at) instead of the "
                             "one fitted now")
    return parser


def _iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def train_main(argv: list[str]) -> int:
    """``briefing train``: cross-validate, fit on everything, write the model."""
    args = train_parser().parse_args(argv)
    from briefing.core.pipeline import Parser
    from briefing.learn.goldset import (
        PANELS,
        GoldArticle,
        GoldError,
        load_golds,
        parse_weight,
        repeats,
    )
    from briefing.learn.train import before, cross_validate, train_model, train_split

    config = _config(args.config)
    kept = _kept_before(args.keep_before, args.split_at) if args.keep_before else None
    if args.keep_before and kept is None:
        return EXIT_CONFIG  # told before any training
    try:
        weights = dict(parse_weight(spec) for spec in args.weight)
        golds = load_golds(args.folders)
    except GoldError as exc:
        print(f"briefing: train: {visible_name(str(exc))}", file=sys.stderr)
        return EXIT_CONFIG
    parser = Parser(config)
    print(f"{len(golds)} annotated articles")
    meta: dict[str, object] = {"trained_on": sorted({f.resolve().name for f in args.folders})}
    split = args.split_at
    eras: list[tuple[str, str, list[GoldArticle], list[GoldArticle], str]]
    if split is None:
        eras = [("", "", golds, [], args.generic)]
    else:  # as train_split fits them: the older articles alone, then the later ones on all
        older = [g for g in golds if before(g, split)]
        later = [g for g in golds if not before(g, split)]
        eras = [(f"before {split}: ", "_before", older, [], "none"),
                (f"from {split}: ", "_from", later, older, args.generic)]
    for label, key, tested, extra, mode in eras:
        if args.folds > 1 and len(tested) >= args.folds:
            result = cross_validate(parser, tested, args.folds, extra=extra, log=print,
                                    generic=mode)
            print(f"{label}cross-validated (pooled): " + ", ".join(
                "{} P {:.2f} R {:.2f} F1 {:.2f}".format(panel, *result.pooled[panel].prf())
                for panel in PANELS))
            meta[f"cross_validated_f1{key}"] = {panel: round(result.pooled[panel].prf()[2], 3)
                                                  for panel in PANELS}
            meta["folds"] = args.folds
    if weights:
        meta["weights"] = {f.resolve().name: n for f, n in sorted(weights.items())}
    if split is None:
        model = train_model(parser, golds, meta=meta, repeat=repeats(golds, weights),
                            generic=args.generic)
    else:
        model = train_split(parser, golds, split, meta=meta, repeat=repeats(golds, weights),
                            generic=args.generic)
    if kept is not None:  # its earlier model, this fit's later one; what the file holds
        kept.later = model.later
        kept.meta = {**{k: v for k, v in model.meta.items() if not k.endswith("_before")},
                     **{k: v for k, v in kept.meta.items() if k.endswith("_before")},
                     "kept_before_from": args.keep_before.name}
        model = kept
    try:
        args.out.write_text(model.to_json(), encoding="utf-8")
    except OSError as exc:
        print(f"briefing: train: {visible_name(str(args.out))}: cannot be written "
              f"({exc.strerror or exc})", file=sys.stderr)
        return EXIT_CONFIG
    features = len(model.weights) + (len(model.later.weights) if model.later else 0)
    print(f"wrote {visible_name(str(args.out))}: {features} features; select it "
          f"with 'model: {visible_name(str(args.out))}' in the config")
    return 0


def _kept_before(path: Path, split: dt.date | None) -> StatementModel | None:
    """The model in ``path`` whose model for the earlier articles ``--keep-before`` keeps,
    or None after a one-line error."""
    try:
        kept = StatementModel.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ModelError) as exc:
        print(f"briefing: train: {visible_name(str(path))}: cannot be read as a model "
              f"({getattr(exc, 'strerror', None) or exc})", file=sys.stderr)
        return None
    if split is None or kept.until != split.isoformat():
        print(f"briefing: train: {visible_name(str(path))}: --keep-before needs a model split "
              f"at the same day as --split-at; fix: give both the same day", file=sys.stderr)
        return None
    return kept


def app_main(argv: list[str]) -> int:
    """``briefing``: open the dashboard."""
    args = app_parser().parse_args(argv)
    check_command(argv)
    check_paths(args.paths)
    config = _config(args.config)
    from briefing.tui.keys import check_keys

    check_keys(config)  # a bad config is told first, terminal or not
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        raise UsageError("the dashboard needs a terminal; to write the briefing to a file or a "
                         "pipe, use 'briefing export [--format json|markdown|ics] PATH...'")
    from briefing.tui.app import BriefingApp

    app = BriefingApp(config, paths=args.paths or None, as_of=args.as_of,
                      use_cache=not args.no_cache)
    app.run()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: dispatch to the dashboard or an export; never show a traceback."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "export":
            return export_main(argv[1:])
        if argv and argv[0] == "train":
            return train_main(argv[1:])
        if argv and argv[0] == "stories":
            return stories_main(argv[1:])
        return app_main(argv)
    except (ConfigError, LexiconError) as exc:
        print(f"briefing: config error: {visible_name(str(exc))}", file=sys.stderr)
        return EXIT_CONFIG
    except UsageError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last guard: one line, never a traceback
        print(f"briefing: unexpected error: {type(exc).__name__}: {visible_name(str(exc))}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
