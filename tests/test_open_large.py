"""Opening a folder the cache has never seen, large enough for worker processes (issue 14).

The dashboard once stayed at "reading articles…" for any uncached folder of 64 articles or
more: worker processes could not start under Textual. These tests open such folders in the
real app, with the process pool in use, until all four panels are filled.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from fcntl import ioctl
from multiprocessing import resource_tracker
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.session import corpus, scheduler
from briefing.session.load import PROGRESS_STEPS
from briefing.tui.app import BriefingApp
from briefing.tui.messages import Parsed

COUNT = 300
SIDES = {"Freedonia": ["Freedonian"], "Sylvania": ["Sylvanian"]}
FIRST = ["Olga", "Piet", "Ana", "Ivo", "Mara", "Tomas", "Lena", "Karel", "Nina", "Jonas"]
LAST = ["Brandt", "Laan", "Pires", "Novak", "Stern", "Kovac", "Holm", "Weir", "Dahl", "Roos"]


def article(n: int) -> str:
    """One short article of the storyline, different in names, dates and figures."""
    day = 1 + n % 27
    month = 3 + n // 27 % 9
    who = f"{FIRST[n % 10]} {LAST[n // 10 % 10]}"
    other = f"{FIRST[(n + 3) % 10]} {LAST[(n // 10 + 5) % 10]}"
    return (f" date 2026-{month:02d}-{day:02d} Freedonian Trade Minister {who} said the two "
            f"sides agreed to cut duties on {n % 40 + 2} farm goods.\n"
            f"Sylvania rejected the Freedonian demand for lower steel duties, Sylvanian envoy "
            f"{other} said.\n"
            f"The next round will be held in Port Sylvan on December {day}, ministers said.\n"
            f"Freedonia threatened to impose duties on Sylvanian cars from round {n}.\n")


@pytest.fixture
def big_folder(write_articles, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Spawned workers (the dashboard's) pay from SPAWNED_FROM files: here from COUNT, so
    # that these tests start them.
    monkeypatch.setattr(scheduler, "SPAWNED_FROM", COUNT)
    return write_articles({f"a{n:03d}.txt": article(n) for n in range(COUNT)})


def test_spawned_workers_start_only_for_a_large_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scheduler, "start_method", lambda: "spawn")
    assert not scheduler.worth_workers(300)  # one process reads 277 files in half the time
    assert scheduler.worth_workers(scheduler.SPAWNED_FROM)
    monkeypatch.setattr(scheduler, "start_method", lambda: "fork")
    assert scheduler.worth_workers(scheduler.PARALLEL_FROM)


def test_a_load_reports_its_progress_in_steps(write_articles) -> None:
    folder = write_articles({f"a{n:03d}.txt": article(n) for n in range(COUNT)})
    seen: list[tuple[int, int]] = []
    corpus.Corpus(Config(path=None, sides=SIDES), [folder], use_cache=False).load(
        progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, COUNT) and seen[-1] == (COUNT, COUNT)
    assert 4 < len(seen) <= PROGRESS_STEPS + 2  # not once per file (the dashboard redraws)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


@pytest.fixture
def fresh_resource_tracker() -> Iterator[None]:
    """No resource tracker running yet, as in a newly started `briefing`: starting it is
    what failed under Textual, and an earlier test may have started it already."""
    resource_tracker._resource_tracker._stop()  # private, but the only way to reset it
    yield


@pytest.fixture
def pool_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records how many files each task parsed in a worker process returned."""
    seen: list[int] = []
    real = scheduler.parse_in_workers

    def spy(*args: object, **kwargs: object) -> Iterator[scheduler.Parsed]:
        for batch in real(*args, **kwargs):  # type: ignore[arg-type]
            seen.append(len(batch))
            yield batch
    monkeypatch.setattr(scheduler, "parse_in_workers", spy)
    return seen


def make_app(folder: Path, sides: dict[str, list[str]] | None = None) -> BriefingApp:
    config = Config(path=None, articles=[folder], sides=sides or SIDES)  # type: ignore[arg-type]
    return BriefingApp(config, watch_files=False)


async def until(pilot, condition: Callable[[], bool], seconds: float = 120) -> bool:
    """Let the app run until ``condition`` holds (or time runs out)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.05)
    return True


def filled(app: BriefingApp) -> bool:
    return app.briefing is not None and all(p.row_count for p in app.panels)


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
async def test_an_uncached_folder_opens_with_worker_processes(
        big_folder: Path, method: str, fresh_resource_tracker: None, pool_batches: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scheduler, "start_method", lambda: method)
    progress: list[tuple[int, int]] = []
    app = make_app(big_folder)
    real_progress = app._progress
    monkeypatch.setattr(app, "_progress", lambda d, t: (progress.append((d, t)),
                                                        real_progress(d, t)))
    # Stored before the screen has it: pickling it while the screen fills its lookups in on
    # another thread failed ("dictionary changed size during iteration", a reviewer's).
    order: list[str] = []
    real_store, real_post = app.corpus.store_pending, app.post_message
    monkeypatch.setattr(app.corpus, "store_pending", lambda: (order.append("stored"),
                                                              real_store()))
    monkeypatch.setattr(app, "post_message", lambda m: (
        order.append("shown") if isinstance(m, Parsed) else None, real_post(m))[1])
    async with app.run_test(size=(140, 40)) as pilot:
        assert await until(pilot, lambda: filled(app))
        await app.settled()
        assert sum(pool_batches) == COUNT
        assert f"{COUNT} articles" in app.sub_title
        assert not app.query_one("#notice").display
        assert not any("one process" in n.message for n in app._notifications)
    # The bar moved in steps, from the first small tasks, not only at the end.
    assert progress[0] == (0, COUNT)
    assert order[:2] == ["stored", "shown"]
    again = corpus.Corpus(Config(path=None, articles=[big_folder], sides=SIDES))  # type: ignore[arg-type]
    again.open()
    assert not again.loaded  # stored once painted: the next open starts from the merge
    assert len(progress) > 4 and progress[1][0] <= 2 * scheduler.FIRST_CHUNK


async def test_a_config_change_reads_every_article_again_in_workers(
        big_folder: Path, fresh_resource_tracker: None, pool_batches: list[int]) -> None:
    app = make_app(big_folder)
    async with app.run_test(size=(140, 40)) as pilot:
        assert await until(pilot, lambda: filled(app))
    assert sum(pool_batches) == COUNT
    pool_batches.clear()
    # New sides change every article's results: the cache holds none for them.
    app = make_app(big_folder, {**SIDES, "Ruritania": ["Ruritanian"]})
    async with app.run_test(size=(140, 40)) as pilot:
        assert await until(pilot, lambda: filled(app))
        assert f"{COUNT} articles" in app.sub_title
    assert sum(pool_batches) == COUNT


async def test_workers_that_cannot_start_fall_back_to_one_process(
        big_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> cf.ProcessPoolExecutor:
        raise ValueError("bad value(s) in fds_to_keep")
    monkeypatch.setattr(scheduler.cf, "ProcessPoolExecutor", refuse)
    app = make_app(big_folder)
    async with app.run_test(size=(140, 40)) as pilot:
        assert await until(pilot, lambda: filled(app))
        assert f"{COUNT} articles" in app.sub_title
        assert any("parsing in one process" in n.message and "fds_to_keep" in n.message
                   for n in app._notifications)


async def test_a_failed_read_stays_on_screen_with_what_to_do(
        big_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(corpus, "load_results", fail)
    app = make_app(big_folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await app.settled()
        await pilot.pause()
        notice = app.query_one("#notice")
        text = str(notice.render())
        assert notice.display and "disk on fire" in text and "Press r" in text
        assert not app.query_one("#progress").display


# -- the real entry point in a terminal ----------------------------------------------------

ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>78]|\x1b\][^\x07]*\x07")


def briefing_command() -> list[str]:
    script = Path(sys.executable).with_name("briefing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefing"]


def test_briefing_in_a_terminal_opens_an_uncached_folder(write_articles, tmp_path: Path) -> None:
    """`briefing FOLDER` as a user starts it: a pseudo-terminal, an empty cache, enough
    articles for spawned worker processes (what once failed under Textual)."""
    count = scheduler.SPAWNED_FROM
    big_folder = write_articles({f"a{n:04d}.txt": article(n) for n in range(count)})
    main, child = pty.openpty()
    ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    config = tmp_path / "config.yaml"
    config.write_text("sides:\n  Freedonia: [Freedonian]\n  Sylvania: [Sylvanian]\n",
                      encoding="utf-8")
    process = subprocess.Popen([*briefing_command(), "--config", str(config), str(big_folder)],
                               stdin=child, stdout=child, stderr=child, env=env, cwd=tmp_path,
                               close_fds=True, start_new_session=True)
    os.close(child)
    seen = b""
    try:
        deadline = time.monotonic() + 120
        # The header's line once every article is in, and the four panels' counts.
        wanted = [rb"%s articles" % f"{count:,}".encode(), rb"Participants \(\d+\)", rb"Agreed \(\d+\)",
                  rb"Open disputes \(\d+\)", rb"Upcoming dates \(\d+\)"]
        missing = wanted
        while missing and time.monotonic() < deadline:
            if select.select([main], [], [], 1.0)[0]:
                try:
                    seen += os.read(main, 65536)
                except OSError:
                    break
                plain = ANSI.sub(b"", seen)
                missing = [w for w in wanted if not re.search(w, plain)]
        plain = ANSI.sub(b"", seen)
        assert not missing, (missing, plain[-3000:].decode("utf-8", "replace"))
        assert b"fds_to_keep" not in plain and b"Could not read" not in plain
        os.write(main, b"q")
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            # Keep reading: a child whose terminal output is not read blocks.
            if select.select([main], [], [], 0.2)[0]:
                try:
                    os.read(main, 65536)
                except OSError:
                    break
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)
