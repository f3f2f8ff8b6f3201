"""The result cache: reuse, invalidation, corruption and interrupted writers."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.session.cache import ResultCache
from briefing.session.corpus import Corpus, LoadStats, load_results

ONE = " date 2026-03-02 Freedonian Trade Minister Olga Brandt said talks would resume on March 20.\n"
TWO = " date 2026-03-03 Sylvania rejected the Freedonian demand, Sylvanian envoy Piet Laan said.\n"


def load(folder: Path, cache: ResultCache, config: Config | None = None) -> tuple[list, LoadStats]:
    stats = LoadStats()
    results = load_results([folder], config or Config(path=None), cache=cache, stats=stats)
    return results, stats


@pytest.fixture
def cache(tmp_path: Path) -> ResultCache:
    return ResultCache(tmp_path / "cache" / "cache.sqlite3")


def test_unchanged_files_come_from_the_cache(write_articles, cache) -> None:
    folder = write_articles({"one.txt": ONE, "two.txt": TWO})
    first, stats = load(folder, cache)
    assert (stats.parsed, stats.cached) == (2, 0)
    again, stats = load(folder, cache)
    assert (stats.parsed, stats.cached) == (0, 2)
    assert [r.participants for r in again] == [r.participants for r in first]
    assert [r.dates for r in again] == [r.dates for r in first]


def test_a_changed_file_is_parsed_again(write_articles, cache) -> None:
    folder = write_articles({"one.txt": ONE, "two.txt": TWO})
    load(folder, cache)
    (folder / "one.txt").write_text(ONE.replace("March 20", "March 27"), encoding="utf-8")
    results, stats = load(folder, cache)
    assert (stats.parsed, stats.cached) == (1, 1)
    assert results[0].dates[0].start.day == 27


def test_a_touched_but_unchanged_file_is_not_parsed(write_articles, cache) -> None:
    folder = write_articles({"one.txt": ONE})
    load(folder, cache)
    later = time.time() + 5
    os.utime(folder / "one.txt", (later, later))
    _, stats = load(folder, cache)
    assert stats.parsed == 0


def test_a_changed_lexicon_or_sides_invalidates(write_articles, cache) -> None:
    folder = write_articles({"one.txt": ONE})
    load(folder, cache)
    _, stats = load(folder, cache, Config(path=None, lexicon={"roles": {"titles": ["envoy x"]}}))
    assert stats.parsed == 1
    _, stats = load(folder, cache, Config(path=None, sides={"Freedonia": ["Freedonian"]}))
    assert stats.parsed == 1


def test_a_corrupt_cache_is_rebuilt(write_articles, cache, caplog) -> None:
    folder = write_articles({"one.txt": ONE})
    load(folder, cache)
    cache.close()
    for suffix in ("-wal", "-shm"):
        Path(str(cache.path) + suffix).unlink(missing_ok=True)
    cache.path.write_bytes(b"this is not a database" * 100)
    results, stats = load(folder, ResultCache(cache.path))
    assert stats.parsed == 1 and results[0].participants
    assert "rebuilding" in caplog.text
    _, stats = load(folder, ResultCache(cache.path))
    assert stats.cached == 1


def test_a_cache_from_another_schema_is_rebuilt(write_articles, cache) -> None:
    folder = write_articles({"one.txt": ONE})
    cache.path.parent.mkdir(parents=True)
    with sqlite3.connect(cache.path) as db:
        db.execute("CREATE TABLE articles (path TEXT)")
        db.execute("PRAGMA user_version=99")
    _, stats = load(folder, cache)
    assert stats.parsed == 1
    _, stats = load(folder, ResultCache(cache.path))
    assert stats.cached == 1


def _gone(pid: int) -> bool:
    """Whether a process has exited (a zombie waiting for a reaper counts as exited)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def test_a_killed_writer_leaves_a_usable_cache(write_articles, tmp_path: Path) -> None:
    folder = write_articles({f"a{i}.txt": ONE.replace("Olga", f"Olga{i}") for i in range(300)})
    path = tmp_path / "xdg" / "briefing" / "cache.sqlite3"
    pids = tmp_path / "workers"
    code = (
        "import multiprocessing, os\n"
        "from pathlib import Path\n"
        "from briefing.session.cache import ResultCache\n"
        "from briefing.config import Config\n"
        "from briefing.session.corpus import load_results\n"
        "def die(done, total):\n"
        "    if done >= 150:\n"
        f"        Path({str(pids)!r}).write_text(' '.join(str(p.pid) for p in "
        "multiprocessing.active_children()))\n"
        "        os._exit(9)  # as SIGKILL: no cleanup, no atexit, workers left behind\n"
        f"load_results([Path({str(folder)!r})], Config(path=None), "
        f"cache=ResultCache(Path({str(path)!r})), progress=die)\n")
    # No pipes: the killed process's worker processes must not keep the test waiting.
    run = subprocess.run([sys.executable, "-c", code], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, timeout=120)
    assert run.returncode == 9
    # The orphaned workers notice and leave (they check twice a second).
    workers = [int(p) for p in pids.read_text().split()]
    assert workers
    if Path("/proc").is_dir():
        deadline = time.monotonic() + 20
        while not all(map(_gone, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(map(_gone, workers))
    with sqlite3.connect(path) as db:  # what the killed process had committed
        kept = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 128 <= kept < 300
    # The next start, through the real CLI (same parser config), uses what was stored.
    (tmp_path / "config.yaml").write_text("articles: []\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    bin_ = str(Path(sys.executable).parent / "briefing")
    warm = subprocess.run([bin_, "export", "--format", "json", str(folder)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    clean = subprocess.run([bin_, "export", "--format", "json", "--no-cache", str(folder)],
                           env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert warm.returncode == clean.returncode == 0 and warm.stdout == clean.stdout
    results, stats = load(folder, ResultCache(path))
    assert stats.files == 300 and len(results) == 300 and stats.cached == 300


def test_no_cache_leaves_no_file(write_articles, private_dirs: Path) -> None:
    folder = write_articles({"one.txt": ONE})
    corpus = Corpus(Config(path=None, articles=[folder]), use_cache=False)
    corpus.load()
    assert corpus.briefing().participants
    # The test's own XDG dirs (see conftest), where a cache would go.
    assert not list(private_dirs.rglob("*.sqlite3"))
    with_cache = Corpus(Config(path=None, articles=[folder]))
    with_cache.load()
    assert list(private_dirs.rglob("cache.sqlite3"))  # the check above can see a cache


def test_corpus_applies_changes(write_articles) -> None:
    folder = write_articles({"one.txt": ONE})
    corpus = Corpus(Config(path=None, articles=[folder]))
    corpus.load()
    (folder / "two.txt").write_text(TWO, encoding="utf-8")
    (folder / "one.txt").write_text(ONE.replace("Olga Brandt", "Olga Brandt-Lee"), encoding="utf-8")
    added, updated, removed = corpus.apply({folder / "two.txt", folder / "one.txt"}, set())
    assert (added, updated, removed) == (["two.txt"], ["one.txt"], [])
    assert {p.name for p in corpus.briefing().participants} == {"Olga Brandt-Lee", "Piet Laan"}
    (folder / "two.txt").unlink()
    assert corpus.apply(set(), {folder / "two.txt"}) == ([], [], ["two.txt"])
    assert [a.id for a in corpus.briefing().articles] == ["one"]


def test_corpus_wants_only_its_article_files(write_articles, tmp_path: Path) -> None:
    folder = write_articles({"one.txt": ONE})
    corpus = Corpus(Config(path=None, articles=[folder]))
    corpus.load()
    assert corpus.wants(folder / "new.md")
    assert not corpus.wants(folder / ".hidden.txt")
    assert not corpus.wants(folder / "notes.yaml")
    assert not corpus.wants(tmp_path / "elsewhere.txt")


def test_a_writer_killed_inside_a_transaction_leaves_the_old_state(write_articles, tmp_path) -> None:
    folder = write_articles({"one.txt": ONE})
    path = tmp_path / "tx" / "cache.sqlite3"
    load(folder, ResultCache(path))
    code = (
        "import os, sqlite3\n"
        f"db = sqlite3.connect({str(path)!r})\n"
        "db.execute('BEGIN')\n"
        "db.execute(\"UPDATE articles SET data = 'broken'\")\n"
        "db.execute(\"INSERT INTO articles VALUES ('x', 1, 1, 'd', 'v', 'half')\")\n"
        "os._exit(9)\n")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 9
    results, stats = load(folder, ResultCache(path))
    assert stats.cached == 1 and results[0].participants


def test_an_unchanged_corpus_opens_from_the_stored_briefing(write_articles) -> None:
    folder = write_articles({"one.txt": ONE, "two.txt": TWO})
    config = Config(path=None, articles=[folder])
    first = Corpus(config)
    briefing = first.open()
    assert first.loaded  # a cold parse: merged, stored only once it has been shown
    second = Corpus(config)
    second.open()
    assert second.loaded  # not stored yet: articles from the cache, merged and stored
    first.store_pending()  # the same merge again, under the same key
    again = Corpus(config)
    stored = again.open()
    assert not again.loaded  # nothing parsed or decoded: the merge was stored
    assert [p.name for p in stored.participants] == [p.name for p in briefing.participants]
    (folder / "two.txt").write_text(TWO.replace("Piet Laan", "Piet Laan-Ho"), encoding="utf-8")
    third = Corpus(config)
    assert "Piet Laan-Ho" in [p.name for p in third.open().participants] and third.loaded
    assert Corpus(config).open(dt.date(2026, 3, 2)).as_of == dt.date(2026, 3, 2)


def test_a_cold_open_is_stored_once_shown(write_articles) -> None:
    folder = write_articles({"one.txt": ONE, "two.txt": TWO})
    config = Config(path=None, articles=[folder])
    first = Corpus(config)
    first.open()
    first.store_pending()  # what the CLI does once its output is out, the TUI once painted
    again = Corpus(config)
    again.open()
    assert not again.loaded  # the second open starts from the stored merge
