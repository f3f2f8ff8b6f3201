"""A persistent cache of per-article results, so an unchanged corpus is not parsed twice.

One SQLite file in the user cache dir (``$XDG_CACHE_HOME/briefing/cache.sqlite3``), private to
the user. It also keeps the last few merged briefings (pickled), keyed by everything they
depend on, so an unchanged corpus opens without merging again. An article row is keyed by
the file's path and holds its size, mtime, a content hash, the version of the parser,
lexicons and sides that produced it, and the result. A row is used only when the version
matches and the file is unchanged: same size and mtime, or else the same content hash. SQLite
transactions make every write atomic, so a killed process leaves a usable cache; a cache from
another schema, or a corrupt one, is rebuilt with one log line.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.config import user_dir
from briefing.model import (
    Briefing,
)

SCHEMA = 2
KEEP_BRIEFINGS = 8  # merged briefings kept, most recently used first
log = logging.getLogger("briefing.session.cache")


def default_path() -> Path:
    """Where the cache lives (XDG)."""
    return user_dir("cache") / "cache.sqlite3"


@dataclass(frozen=True)
class Row:
    """What the cache knows of one file."""

    size: int
    mtime_ns: int
    digest: str
    version: str
    data: str


class ResultCache:
    """Per-article results in SQLite. Every method survives a broken cache file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._db: sqlite3.Connection | None = None
        self._wrote = False

    # -- connection -------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                log.warning("cache %s is unusable (%s): rebuilding it", self.path, exc)
                self._remove()
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            found = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
            if found != SCHEMA or "articles" not in tables:
                if tables:
                    log.warning("cache %s is from another version: rebuilding it", self.path)
                db.executescript(
                    "DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS briefings;"
                    "CREATE TABLE articles (path TEXT PRIMARY KEY, size INTEGER, "
                    "mtime_ns INTEGER, digest TEXT, version TEXT, data TEXT);"
                    "CREATE TABLE briefings (key TEXT PRIMARY KEY, used REAL, data BLOB);"
                    f"PRAGMA user_version={SCHEMA};")
            db.execute("SELECT count(*) FROM articles").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(self.path) + suffix).unlink()

    def close(self) -> None:
        """Close the database (further use reopens it)."""
        if self._db is not None:
            if self._wrote:
                # Fold the write-ahead log into the database now, so the next reader does
                # not go through a log as large as the cache itself.
                with contextlib.suppress(sqlite3.DatabaseError):
                    self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
            self._db = None
            self._wrote = False

    # -- reading and writing ----------------------------------------------------------------
    def rows(self, paths: Iterable[str]) -> dict[str, Row]:
        """The rows for these paths, where the cache has them."""
        wanted = set(paths)
        try:
            db = self._connect()
            out: dict[str, Row] = {}
            for path, size, mtime, digest, version, data in db.execute(
                    "SELECT path, size, mtime_ns, digest, version, data FROM articles"):
                if path in wanted:
                    out[path] = Row(size, mtime, digest, version, data)
            return out
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return {}

    def store(self, rows: Iterable[tuple[str, Row]]) -> None:
        """Write rows in one transaction: all of them or, if interrupted, none."""
        batch = [(p, r.size, r.mtime_ns, r.digest, r.version, r.data) for p, r in rows]
        if not batch:
            return
        try:
            db = self._connect()
            with db:
                db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)", batch)
            self._wrote = True
        except sqlite3.DatabaseError as exc:
            self._recover(exc)

    def briefing(self, key: str) -> Briefing | None:
        """A merged briefing stored under ``key``, if any (see ``keys.briefing_key``)."""
        try:
            db = self._connect()
            row = db.execute("SELECT data FROM briefings WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            briefing = pickle.loads(row[0])
            with db:
                db.execute("UPDATE briefings SET used = ? WHERE key = ?", (time.time(), key))
            return briefing if isinstance(briefing, Briefing) else None
        except (sqlite3.DatabaseError, pickle.UnpicklingError, AttributeError, EOFError,
                ImportError, TypeError, ValueError) as exc:
            self._recover(exc)
            return None

    def store_briefing(self, key: str, briefing: Briefing) -> None:
        """Keep a merged briefing; only the few most recently used stay."""
        try:
            db = self._connect()
            data = pickle.dumps(briefing, protocol=pickle.HIGHEST_PROTOCOL)
            with db:
                db.execute("INSERT OR REPLACE INTO briefings VALUES (?, ?, ?)",
                           (key, time.time(), data))
                db.execute("DELETE FROM briefings WHERE key NOT IN (SELECT key FROM briefings "
                           "ORDER BY used DESC LIMIT ?)", (KEEP_BRIEFINGS,))
            self._wrote = True
        except sqlite3.DatabaseError as exc:
            self._recover(exc)

    def _recover(self, exc: Exception) -> None:
        log.warning("cache %s failed (%s): rebuilding it", self.path, exc)
        self.close()
        self._remove()
