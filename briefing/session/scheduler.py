"""Parsing many files in worker processes: the pool, its tasks, and workers that never outlive
the process that started them.

Each article is parsed by one pure function of its bytes and the config
(``core.pipeline.parse_one``), so the work spreads over processes here, and would spread the
same way over a cluster engine.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from briefing.config import Config
from briefing.core.pipeline import Parser, parse_one
from briefing.export.serial import encode

# Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# ... and when they must be spawned (beside the dashboard's threads), each importing the
# package and building its parser: 277 Reuters articles took 1.8 s in spawned workers, 1.0 s
# in one process; 2,748 took 7.0 and 7.6 s.
SPAWNED_FROM = 1000
CHUNK = 384  # files per task sent to a worker: fewer, larger tasks cost less to hand out
FIRST_CHUNK = 4  # files in each worker's first task: the progress bar moves from the start
ORPHAN_CHECK_S = 0.5  # how often a worker checks that the process that started it lives

Chunk = list[tuple[str, str, str | None]]  # (cache key, article id, known digest) per file
Parsed = list[tuple[str, int, int, str, str | None]]  # (key, size, mtime, digest, encoded)

_STDERR_SWAP = threading.Lock()
_WORKER: Parser | None = None
_INHERITED: Parser | None = None  # the parser forked workers take over (set while they start)


def parse_encoded(parser: Parser, key: str, article_id: str, known: str | None
                  ) -> tuple[str, int, int, str, str | None]:
    """One file read, parsed and encoded for the cache; size -1 when it cannot be read, and
    no encoding when only its metadata changed."""
    try:
        state, result = parse_one(parser, Path(key), article_id, known)
    except OSError:
        return key, -1, -1, "", None
    return key, state.size, state.mtime_ns, state.digest, (
        encode(result) if result is not None else None)


def _init_worker(config: Config, quiet: bool) -> None:
    global _WORKER
    if quiet:
        # Started from the dashboard: whatever a worker prints would land on the screen.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)
    # A forked worker has its parent's parser as it is: no lexicon and model to build again.
    _WORKER = _INHERITED if _INHERITED is not None else Parser(config)
    # A parent killed outright (SIGKILL) cannot stop its workers: they would wait for work
    # forever. Each one notices that it was orphaned and leaves.
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(0)


def _parse_chunk(items: Chunk) -> Parsed:
    assert _WORKER is not None
    return [parse_encoded(_WORKER, key, article_id, known) for key, article_id, known in items]


def start_method() -> str:
    """How worker processes start: forking is quickest, but unsafe beside other threads
    (the dashboard's), so spawn there."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def worth_workers(files: int) -> bool:
    """Whether parsing ``files`` files in worker processes pays for starting them."""
    return files >= (PARALLEL_FROM if start_method() == "fork" else SPAWNED_FROM)


def chunks(todo: Chunk, workers: int) -> list[Chunk]:
    """The files cut into tasks: small ones first, so progress shows from the first files,
    then growing to large ones, which cost less to hand out; always several per worker.
    The last ones shrink again, so that no worker is left alone with a large task at the end
    while the others wait."""
    total = len(todo)
    largest = max(32, min(CHUNK, total // (workers * 8)))
    out: list[Chunk] = []
    size = min(FIRST_CHUNK, largest)
    start = 0
    while start < total:
        take = min(size, max(FIRST_CHUNK, (total - start) // (2 * workers)))
        out.append(todo[start:start + take])
        start += take
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


def parse_in_workers(todo: Chunk, config: Config, workers: int, parser: Parser | None = None
                     ) -> Iterator[Parsed]:
    """Parse ``todo`` in worker processes, yielding each task's results as it completes.
    Forked workers take over ``parser`` (one built for ``config``) as it is."""
    global _INHERITED
    method = start_method()
    context = multiprocessing.get_context(method)
    with contextlib.ExitStack() as stack:
        with _stderr_for_children() as quiet:
            pool = stack.enter_context(cf.ProcessPoolExecutor(
                workers, mp_context=context, initializer=_init_worker,
                initargs=(config, quiet)))
            _INHERITED = parser if method == "fork" else None
            try:
                # Spawn and forkserver start the processes while tasks are submitted.
                futures = [pool.submit(_parse_chunk, chunk) for chunk in chunks(todo, workers)]
            finally:
                _INHERITED = None
        try:
            for future in cf.as_completed(futures):
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
