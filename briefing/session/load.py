"""Loading a folder's results: what the cache holds for unchanged files, the rest parsed
(in worker processes when there are many, ``scheduler``) and stored in batches."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.config import Config
from briefing.core.pipeline import Parser, parse_one, unique_id, unreadable
from briefing.core.read.files import Found, discover
from briefing.export.serial import decode, encode
from briefing.model import ArticleResult
from briefing.session import scheduler
from briefing.session.cache import ResultCache, Row
from briefing.session.keys import parser_version, path_key

Progress = Callable[[int, int], None]
# How often a load reports its progress: a report per file made the dashboard redraw its
# bar and title 277 times while it parsed 277 files, and the drawing took the interpreter
# from the parse (4.0 s to the storyline list; 3.1 s reported in steps). The first files
# done are reported at once, so the bar moves from the start of a long load.
PROGRESS_STEPS = 50
PROGRESS_EVERY_S = 0.25


def _stepped(progress: Progress, total: int) -> Progress:
    """``progress`` called at the start, for the first files done, at the end, and then
    each ``total / PROGRESS_STEPS`` files or ``PROGRESS_EVERY_S`` seconds."""
    step = max(1, total // PROGRESS_STEPS)
    state = {"next": 0, "calls": 0, "last": 0.0}

    def report(done: int, of: int) -> None:
        now = time.monotonic()
        if done >= state["next"] or done >= of or state["calls"] == 1 or (
                now - state["last"] >= PROGRESS_EVERY_S):
            state.update(next=done + step, calls=state["calls"] + 1, last=now)
            progress(done, of)
    return report


log = logging.getLogger("briefing.loader")
FLUSH_MIN = 128  # results written to the cache per transaction, at the least


@dataclass
class LoadStats:
    """What a load did, for the log and the benchmarks."""

    files: int = 0
    cached: int = 0
    parsed: int = 0


class _Load:
    """One load of every file's results: what the cache has, the rest parsed and stored."""

    def __init__(self, found: list[Found], parser: Parser, version: str,
                 cache: ResultCache | None, stats: LoadStats) -> None:
        self.parser, self.version, self.cache, self.stats = parser, version, cache, stats
        ids: set[str] = set()
        self.entries = [(f, unique_id(f.path, ids), path_key(f.path)) for f in found]
        self.paths = {key: f.path for f, _, key in self.entries}
        stats.files = len(self.entries)
        self.rows = cache.rows(k for f, _, k in self.entries if not f.problem) if cache else {}
        self.data: dict[str, str] = {}  # key -> encoded result
        self.fresh: dict[str, ArticleResult] = {}  # results parsed in this load
        self.todo: scheduler.Chunk = []
        for f, article_id, key in self.entries:
            if f.problem:
                continue
            row = self.rows.get(key)
            if row and row.version == version and (row.size, row.mtime_ns) == (f.size,
                                                                                f.mtime_ns):
                self.data[key] = row.data
            else:
                known = row.digest if row and row.version == version else None
                self.todo.append((key, article_id, known))
        stats.cached = len(self.data)
        self.ids = {key: article_id for key, article_id, _ in self.todo}
        self.new_rows: list[tuple[str, Row]] = []
        # About twenty transactions for a whole cold parse; each commit has a fixed cost.
        self.flush_every = max(FLUSH_MIN, len(self.todo) // 20)

    def keep(self, key: str, size: int, mtime: int, digest: str, encoded: str | None) -> None:
        """Take one file's outcome; store it in batches, each in its own transaction, so a
        cold parse killed half-way keeps its work."""
        if size < 0:
            return
        if encoded is None:  # same content, new mtime: the old result still holds
            encoded = self.rows[key].data
        else:
            self.stats.parsed += 1
        self.data[key] = encoded
        self.new_rows.append((key, Row(size, mtime, digest, self.version, encoded)))
        if self.cache and len(self.new_rows) >= self.flush_every:
            self.cache.store(self.new_rows)
            self.new_rows.clear()

    def run(self, config: Config, workers: int, progress: Progress | None) -> None:
        """Parse what the cache could not give: in worker processes when there is much,
        then here whatever they did not do."""
        total = len(self.todo)
        if progress and total:
            progress = _stepped(progress, total)
            progress(0, total)
        done = 0
        if workers > 1 and scheduler.worth_workers(total):
            try:
                for batch in scheduler.parse_in_workers(self.todo, config, workers, self.parser):
                    for key, size, mtime, digest, encoded in batch:
                        self.keep(key, size, mtime, digest, encoded)
                        if encoded is not None:
                            # Decoding while the workers parse uses time that the end of
                            # the load would otherwise spend alone.
                            self.fresh[key] = decode(encoded, self.ids[key], self.paths[key])
                    done += len(batch)
                    if progress:
                        progress(done, total)
            except Exception as exc:  # any failure to start or keep workers: one will do
                log.warning("could not parse in parallel (%s: %s); parsing in one process",
                            type(exc).__name__, exc)
        self._parse_here(self.todo, progress, done, total)
        if self.cache and self.new_rows:
            self.cache.store(self.new_rows)

    def _parse_here(self, todo: scheduler.Chunk, progress: Progress | None, done: int,
                    total: int) -> int:
        """Parse in this process those of ``todo`` not done yet; the new count of done."""
        for key, article_id, known in todo:
            if key in self.data:
                continue
            try:
                state, result = parse_one(self.parser, self.paths[key], article_id, known)
            except OSError:
                continue
            self.keep(key, state.size, state.mtime_ns, state.digest,
                      encode(result) if result is not None else None)
            if result is not None:
                self.fresh[key] = result
            done += 1
            if progress:
                progress(done, total)
        return done

    def results(self) -> list[ArticleResult]:
        """Every file's results, in the order found; a file that could not be read is an
        empty result with a warning."""
        out: list[ArticleResult] = []
        for f, article_id, key in self.entries:
            if f.problem or key not in self.data:
                out.append(ArticleResult(unreadable(f.path, article_id,
                                                    f.problem or "cannot be read"),
                                         [], [], [], []))
            elif key in self.fresh:
                out.append(self.fresh[key])
            else:
                out.append(decode(self.data[key], article_id, f.path))
        return out


def load_results(paths: list[Path], config: Config, *, cache: ResultCache | None = None,
                 workers: int | None = None, progress: Progress | None = None,
                 stats: LoadStats | None = None, found: list[Found] | None = None,
                 parser: Parser | None = None) -> list[ArticleResult]:
    """Every article under ``paths`` (or the ``found`` files), from the cache where unchanged,
    else parsed."""
    parser = parser or Parser(config)
    found = discover(paths, config.extensions) if found is None else found
    load = _Load(found, parser, parser_version(parser), cache,
                 stats if stats is not None else LoadStats())
    load.run(config, workers or os.cpu_count() or 1, progress)
    return load.results()
