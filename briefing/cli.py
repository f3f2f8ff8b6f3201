"""The ``briefing`` command: the dashboard, and ``briefing export``."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from collections.abc import Callable
from pathlib import Path

from briefing import __version__
from briefing.config import Config, ConfigError, load_config
from briefing.language.lexicon import LexiconError
from briefing.text.controls import visible_name

EXIT_CONFIG = 2


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
                    "and dates from a folder of articles. 'briefing export --help' for exports.")
    _common(parser)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def export_parser() -> argparse.ArgumentParser:
    """Arguments of ``briefing export``."""
    parser = argparse.ArgumentParser(prog="briefing export",
                                     description="Print the briefing as JSON or Markdown.")
    parser.add_argument("--format", choices=("json", "markdown", "ics"), default="json",
                        help="json (EXPORT.md), markdown (a readable briefing) or ics "
                             "(the upcoming dates, for calendar apps)")
    parser.add_argument("--story", metavar="NAME_OR_ID",
                        help="export one storyline (see 'briefing stories')")
    _common(parser)
    return parser


def stories_parser() -> argparse.ArgumentParser:
    """Arguments of ``briefing stories``."""
    parser = argparse.ArgumentParser(prog="briefing stories",
                                     description="List the storylines (negotiations) found "
                                                 "in the articles.")
    parser.add_argument("--format", choices=("json", "markdown"), default="markdown")
    _common(parser)
    return parser


def stories_main(argv: list[str]) -> int:
    """``briefing stories``: list the storylines."""
    args = stories_parser().parse_args(argv)
    from briefing.export.stories import stories_json, stories_markdown
    from briefing.session.corpus import Corpus

    gc.disable()
    config = _config(args.config)
    corpus = Corpus(config, args.paths or None, use_cache=not args.no_cache)
    progress = _stderr_progress() if sys.stderr.isatty() else None
    stories = corpus.open(args.as_of, progress=progress).storylines
    if progress:
        sys.stderr.write("\r\033[K")
    sys.stdout.write(stories_json(stories) + "\n" if args.format == "json"
                     else stories_markdown(stories))
    return 0


def _config(explicit: str | None) -> Config:
    config = load_config(explicit)
    for warning in config.warnings:
        print(f"briefing: warning: {visible_name(warning)}", file=sys.stderr)
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
    from briefing.export import to_ics, to_json, to_markdown
    from briefing.session.corpus import Corpus

    # A short-lived process that builds many objects and keeps them: the cycle collector
    # would only rescan them (see session.corpus.gc_paused), so it stays off until exit.
    gc.disable()

    config = _config(args.config)
    progress = _stderr_progress() if sys.stderr.isatty() else None
    corpus = Corpus(config, args.paths or None, use_cache=not args.no_cache)
    briefing = corpus.open(args.as_of, progress=progress)
    if args.story:
        from briefing.session.stories import pick
        story = pick(briefing.storylines, args.story)
        if story is None:
            print(f"briefing: no storyline {visible_name(args.story)!r} "
                  "(see 'briefing stories')", file=sys.stderr)
            return 1
        briefing = corpus.open(args.as_of, story.id)
    if progress:
        sys.stderr.write("\r\033[K")
    if args.format == "ics":
        sys.stdout.buffer.write(to_ics(briefing).encode("utf-8"))
    else:
        sys.stdout.write(to_json(briefing) + "\n" if args.format == "json"
                         else to_markdown(briefing))
    return 0


def app_main(argv: list[str]) -> int:
    """``briefing``: open the dashboard."""
    args = app_parser().parse_args(argv)
    config = _config(args.config)
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
        if argv and argv[0] == "stories":
            return stories_main(argv[1:])
        return app_main(argv)
    except (ConfigError, LexiconError) as exc:
        print(f"briefing: config error: {visible_name(str(exc))}", file=sys.stderr)
        return EXIT_CONFIG
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
