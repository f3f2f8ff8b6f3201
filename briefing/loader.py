"""Loading a corpus fast: cached results for unchanged files, the rest parsed in parallel.

Each article is parsed by one pure function of its bytes and the config (``parse_one``), so
the work spreads over processes here, and would spread the same way over a cluster engine.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import gc
import hashlib
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefing.cache import ResultCache, Row, content_hash, decode, encode
from briefing.config import Config
from briefing.model import Article, ArticleResult, Briefing
from briefing.negotiations import select
from briefing.pipeline import Parser, build_briefing, unique_id
from briefing.reading.files import Found, discover, read_raw

Progress = Callable[[int, int], None]
Chunk = list[tuple[str, str, str | None]]  # (cache key, article id, known digest) per file
Parsed = list[tuple[str, int, int, str, str | None]]  # (key, size, mtime, digest, encoded)
log = logging.getLogger("briefing.loader")
# Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
CHUNK = 384  # files per task sent to a worker: fewer, larger tasks cost less to hand out
FIRST_CHUNK = 4  # files in each worker's first task: the progress bar moves from the start
FLUSH_MIN = 128  # results written to the cache per transaction, at the least
ORPHAN_CHECK_S = 0.5  # how often a worker checks that the process that started it lives
_STDERR_SWAP = threading.Lock()


@dataclass
class LoadStats:
    """What a load did, for the log and the benchmarks."""

    files: int = 0
    cached: int = 0
    parsed: int = 0
    workers: int = 0  # worker processes that parsed, 0 when all was parsed in this process


def parser_version(parser: Parser) -> str:
    """What a cached result depends on: the parser's code, the lexicons and the sides."""
    digest = hashlib.sha256()
    package = resources.files("briefing")
    sources = [package.joinpath(name) for name in ("pipeline.py", "model.py", "cache.py",
                                                   "lexicon.py")]
    for folder in ("extract", "text", "reading"):
        sources += sorted((e for e in package.joinpath(folder).iterdir() if e.name.endswith(".py")),
                          key=lambda e: e.name)
    for entry in sources:
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    digest.update(parser.lexicon.fingerprint.encode())
    digest.update(repr(sorted(parser.config.sides.items())).encode())
    return digest.hexdigest()[:20]


def _key(path: Path) -> str:
    return os.path.abspath(path)


_WORKER: Parser | None = None


def _init_worker(config: Config, quiet: bool) -> None:
    global _WORKER
    if quiet:
        # Started from the dashboard: whatever a worker prints would land on the screen.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)
    _WORKER = Parser(config)
    # A parent killed outright (SIGKILL) cannot stop its workers: they would wait for work
    # forever. Each one notices that it was orphaned and leaves.
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(0)


def parse_one(parser: Parser, path: Path, article_id: str, known_digest: str | None
              ) -> tuple[int, int, str, str | None, ArticleResult | None]:
    """Read and parse one file: (size, mtime_ns, digest, encoded result, result).

    When the content hash equals ``known_digest`` the file only got a new mtime: nothing is
    parsed and the encoded result is None.
    """
    stat = path.stat()
    raw, warnings = read_raw(path)
    digest = content_hash(raw or b"")
    if known_digest is not None and digest == known_digest:
        return stat.st_size, stat.st_mtime_ns, digest, None, None
    result = parser.analyse(parser.from_bytes(path, article_id, raw, warnings))
    return stat.st_size, stat.st_mtime_ns, digest, encode(result), result


def _parse_chunk(items: Chunk) -> Parsed:
    assert _WORKER is not None
    out = []
    for key, article_id, known in items:
        try:
            size, mtime, digest, data, _ = parse_one(_WORKER, Path(key), article_id, known)
        except OSError:
            size, mtime, digest, data = -1, -1, "", None
        out.append((key, size, mtime, digest, data))
    return out


def start_method() -> str:
    """How worker processes start: forking is quickest, but unsafe beside other threads
    (the dashboard's), so spawn there."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def chunks(todo: Chunk, workers: int) -> list[Chunk]:
    """The files cut into tasks: small ones first, so progress shows from the first files,
    then growing to large ones, which cost less to hand out; always several per worker."""
    total = len(todo)
    largest = max(32, min(CHUNK, total // (workers * 8)))
    out: list[Chunk] = []
    size = min(FIRST_CHUNK, largest)
    start = 0
    while start < total:
        out.append(todo[start:start + size])
        start += size
        if len(out) % workers == 0:
            size = min(largest, size * 2)
    return out


def _stderr_fd_usable() -> bool:
    try:
        return sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return True  # multiprocessing skips a stream with no descriptor by itself


@contextlib.contextmanager
def _stderr_for_children() -> Iterator[bool]:
    """A standard error that processes can be started with; yields whether it had to be
    replaced (the caller is a full-screen app).

    Spawn and forkserver hand ``sys.stderr.fileno()`` to the processes they start (the
    resource tracker). Under Textual, ``sys.stderr`` is a capture whose ``fileno()`` is -1,
    and the start fails with "bad value(s) in fds_to_keep". /dev/null stands in while the
    processes start."""
    if _stderr_fd_usable():
        yield False
        return
    with _STDERR_SWAP, open(os.devnull, "w") as null:
        saved, sys.stderr = sys.stderr, null
        try:
            yield True
        finally:
            sys.stderr = saved


def _parse_in_workers(todo: Chunk, config: Config, workers: int) -> Iterator[Parsed]:
    """Parse ``todo`` in worker processes, yielding each task's results as it completes."""
    context = multiprocessing.get_context(start_method())
    with contextlib.ExitStack() as stack:
        with _stderr_for_children() as quiet:
            pool = stack.enter_context(cf.ProcessPoolExecutor(
                workers, mp_context=context, initializer=_init_worker,
                initargs=(config, quiet)))
            # Spawn and forkserver start the processes while tasks are submitted.
            futures = [pool.submit(_parse_chunk, chunk) for chunk in chunks(todo, workers)]
        try:
            for future in cf.as_completed(futures):
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


def load_results(paths: list[Path], config: Config, *, cache: ResultCache | None = None,
                 workers: int | None = None, progress: Progress | None = None,
                 stats: LoadStats | None = None, found: list[Found] | None = None,
                 parser: Parser | None = None) -> list[ArticleResult]:
    """Every article under ``paths`` (or the ``found`` files), from the cache where unchanged,
    else parsed."""
    parser = parser or Parser(config)
    version = parser_version(parser)
    stats = stats if stats is not None else LoadStats()
    found = discover(paths, config.extensions) if found is None else found
    ids: set[str] = set()
    entries = [(f, unique_id(f.path, ids)) for f in found]
    keys = {id(f): _key(f.path) for f, _ in entries}
    by_key = {keys[id(f)]: f.path for f, _ in entries}
    stats.files = len(entries)
    rows = cache.rows(keys[id(f)] for f, _ in entries if not f.problem) if cache else {}

    data: dict[str, str] = {}
    fresh: dict[str, ArticleResult] = {}
    todo: list[tuple[str, str, str | None]] = []
    for f, article_id in entries:
        if f.problem:
            continue
        key = keys[id(f)]
        row = rows.get(key)
        if row and row.version == version and (row.size, row.mtime_ns) == (f.size, f.mtime_ns):
            data[key] = row.data
        else:
            todo.append((key, article_id, row.digest if row and row.version == version else None))
    stats.cached = len(data)

    new_rows: list[tuple[str, Row]] = []

    def keep(key: str, size: int, mtime: int, digest: str, encoded: str | None) -> None:
        if size < 0:
            return
        if encoded is None:  # same content, new mtime: the old result still holds
            encoded = rows[key].data
        else:
            stats.parsed += 1
        data[key] = encoded
        new_rows.append((key, Row(size, mtime, digest, version, encoded)))
        if cache and len(new_rows) >= flush_every:
            # Each batch in its own transaction: a cold parse killed half-way keeps its work.
            cache.store(new_rows)
            new_rows.clear()

    total = len(todo)
    # About twenty transactions for a whole cold parse; each commit has a fixed cost.
    flush_every = max(FLUSH_MIN, total // 20)
    ids_by_key = {key: article_id for key, article_id, _ in todo}
    if progress and total:
        progress(0, total)
    done = 0
    workers = workers or os.cpu_count() or 1
    if total >= PARALLEL_FROM and workers > 1:
        try:
            for batch in _parse_in_workers(todo, config, workers):
                for key, size, mtime, digest, encoded in batch:
                    keep(key, size, mtime, digest, encoded)
                    if encoded is not None:
                        # Decoding while the workers parse uses time that the end of the
                        # load would otherwise spend alone.
                        fresh[key] = decode(encoded, ids_by_key[key], by_key[key])
                done += len(batch)
                if progress:
                    progress(done, total)
            stats.workers = workers
        except Exception as exc:  # any failure to start or keep workers: one process will do
            log.warning("could not parse in parallel (%s: %s); parsing in one process",
                        type(exc).__name__, exc)
    for key, article_id, known in todo:
        if key in data:
            continue
        try:
            size, mtime, digest, encoded, result = parse_one(parser, by_key[key], article_id,
                                                             known)
        except OSError:
            continue
        keep(key, size, mtime, digest, encoded)
        if result is not None:
            fresh[key] = result
        done += 1
        if progress:
            progress(done, total)
    if cache and new_rows:
        cache.store(new_rows)

    results: list[ArticleResult] = []
    for f, article_id in entries:
        key = keys[id(f)]
        if f.problem or key not in data:
            problem = f.problem or "cannot be read"
            results.append(ArticleResult(
                Article(article_id, f.path, None, None, None, [], "unreadable", [problem]),
                [], [], [], []))
        elif key in fresh:
            results.append(fresh[key])
        else:
            results.append(decode(data[key], article_id, f.path))
    return results


def briefing_key(config: Config, found: list[Found], as_of: dt.date | None,
                 negotiation: str | None, version: str) -> str:
    """What a merged briefing depends on: the parser, every file's identity and state, the
    date and the negotiation. Any change to any of them gives another key."""
    digest = hashlib.sha256(f"{version}|{as_of}|{negotiation}|".encode())
    package = resources.files("briefing")
    for name in ("merge.py", "negotiations.py"):  # the merge's own code
        digest.update(package.joinpath(name).read_bytes())
    digest.update(repr([(n.name, n.keywords, sorted(n.sides.items()), n.folders)
                        for n in config.negotiations]).encode())
    for f in found:
        digest.update(f"{f.path}|{f.size}|{f.mtime_ns}|{f.problem}\n".encode())
    return digest.hexdigest()


def load_briefing(config: Config, paths: list[Path] | None = None, as_of: dt.date | None = None,
                  *, use_cache: bool = True, progress: Progress | None = None,
                  stats: LoadStats | None = None) -> Briefing:
    """The briefing for ``paths`` (or the config's article folders) as of a date."""
    corpus = Corpus(config, paths, use_cache)
    return corpus.open(as_of, progress=progress, stats=stats)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cycle collector off while building many objects that stay alive: it would
    scan the growing heap again and again (a warm load of 19,043 articles took 1.1 s with
    it and 0.6 s without), then freeze them."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was built stays alive: move it out of the collector's sight, or the first
        # collection after this would scan it all and stall the interface for half a second.
        # Objects are still freed by reference counting when dropped.
        gc.freeze()
        if was:
            gc.enable()


class Corpus:
    """The articles of a session, kept in memory so one changed file costs one parse.

    ``open`` gives the briefing, from the cache's merged briefings when nothing changed;
    ``load`` reads every article's results (cache first); ``apply`` takes the files a watcher
    saw change.
    """

    def __init__(self, config: Config, paths: list[Path] | None = None,
                 use_cache: bool = True) -> None:
        self.config = config
        self.paths = list(paths or config.articles)
        self.use_cache = use_cache
        self._results: dict[str, ArticleResult] = {}
        self.loaded = False
        self._parser: Parser | None = None
        self._version: str | None = None

    def _cache(self) -> ResultCache | None:
        return ResultCache() if self.use_cache else None

    def _parser_and_version(self) -> tuple[Parser, str]:
        if self._parser is None:
            self._parser = Parser(self.config)
        if self._version is None:
            self._version = parser_version(self._parser)
        return self._parser, self._version

    def open(self, as_of: dt.date | None = None, negotiation: str | None = None,
             progress: Progress | None = None, stats: LoadStats | None = None) -> Briefing:
        """The briefing as of a date: the stored merge when nothing it depends on changed,
        else every article's results merged (and stored for next time)."""
        cache = self._cache()
        if cache is None:
            self.load(progress, stats)
            return self.briefing(as_of, negotiation)
        try:
            _, version = self._parser_and_version()
            found = discover(self.paths, self.config.extensions)
            key = briefing_key(self.config, found, as_of, negotiation, version)
            with gc_paused():
                stored = cache.briefing(key)
            if stored is not None:
                if stats is not None:
                    stats.files = stats.cached = len(stored.articles)
                return stored
            stats = stats if stats is not None else LoadStats()
            self.load(progress, stats, found)
            briefing = self.briefing(as_of, negotiation)
            if stats.parsed <= stats.files // 10:
                # Worth storing when the articles came from the cache; after a long cold
                # parse, the next (warm) run stores it instead of making this one longer.
                cache.store_briefing(key, briefing)
            return briefing
        finally:
            cache.close()

    def load(self, progress: Progress | None = None, stats: LoadStats | None = None,
             found: list[Found] | None = None) -> None:
        """Read every article's results under the paths (or the ``found`` files)."""
        cache = self._cache()
        try:
            with gc_paused():
                parser, _ = self._parser_and_version()
                results = load_results(self.paths, self.config, cache=cache, progress=progress,
                                       stats=stats, found=found, parser=parser)
        finally:
            if cache:
                cache.close()
        self._results = {_key(r.article.path): r for r in results}
        self.loaded = True
        self._parser_and_version()  # ready for the first live change

    def read_paragraphs(self, article: Article) -> list[str]:
        """An article's paragraphs, read again from its file (the cache keeps only results)."""
        parser, _ = self._parser_and_version()
        return parser.read(article.path, article.id).paragraphs

    def tag_sides(self, briefing: Briefing) -> None:
        """Work out the sides each statement and date names, once per briefing."""
        if not briefing.sides_tagged:
            parser, _ = self._parser_and_version()
            parser.tag_sides([*briefing.agreed, *briefing.disputes, *briefing.dates,
                              *briefing.timeline])
            briefing.sides_tagged = True

    def wants(self, path: Path) -> bool:
        """Whether a changed path is an article of this corpus (by place, name and ending)."""
        key = _key(path)
        name = path.name
        if name.startswith(".") or not name.lower().endswith(self.config.extensions):
            return key in self._results
        roots = [_key(p) for p in self.paths]
        return any(key == root or key.startswith(root.rstrip(os.sep) + os.sep) for root in roots)

    def apply(self, changed: set[Path], removed: set[Path]) -> tuple[list[str], list[str], list[str]]:
        """Parse changed files and drop removed ones: (added, updated, removed) file names."""
        if not self.loaded:
            self.load()
        parser, version = self._parser_and_version()
        added: list[str] = []
        updated: list[str] = []
        gone: list[str] = []
        for path in removed:
            if self._results.pop(_key(path), None) is not None:
                gone.append(path.name)
        taken = {r.article.id for r in self._results.values()}
        rows: list[tuple[str, Row]] = []
        for path in sorted(changed):
            key = _key(path)
            old = self._results.get(key)
            article_id = old.article.id if old else unique_id(path, taken)
            try:
                size, mtime, digest, encoded, result = parse_one(parser, path, article_id, None)
            except OSError:
                if self._results.pop(key, None) is not None:
                    gone.append(path.name)
                continue
            assert encoded is not None and result is not None
            self._results[key] = result
            rows.append((key, Row(size, mtime, digest, version, encoded)))
            (updated if old else added).append(path.name)
        cache = self._cache()
        if cache:
            cache.store(rows)
            cache.close()
        return added, updated, gone

    def briefing(self, as_of: dt.date | None = None, negotiation: str | None = None) -> Briefing:
        """The briefing over the articles as they are now, for one negotiation or all."""
        if not self.loaded:
            self.load()
        with gc_paused():
            ordered = [self._results[k] for k in sorted(self._results)]
            ordered = select(ordered, self.config.negotiations, negotiation)
            return build_briefing(ordered, as_of)
