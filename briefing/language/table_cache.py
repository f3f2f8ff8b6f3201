"""A built lookup table kept between runs: pickled in the user cache dir
(``$XDG_CACHE_HOME/briefing/tables``), keyed by a hash of its source texts and of the code
that builds it, so that an edit to either builds it afresh. Best effort: a cache that cannot
be read or written is rebuilt and never an error."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

KEEP = 4  # tables kept: a few configs' tables side by side
_CODE = ("offices.py", "offices_load.py", "offices_model.py", "table_cache.py")


def cache_dir() -> Path:
    """Where built tables are kept."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing" / "tables"


def _key(texts: list[str]) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _CODE:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def get_or_build(texts: list[str], build: Callable[[], T]) -> T:
    """The table built from ``texts``: from the cache when it holds it, else built (errors
    of the texts raise as ``build`` raises them) and kept."""
    path = cache_dir() / f"table-{_key(texts)}.pickle"
    try:
        with path.open("rb") as kept:
            return pickle.load(kept)  # type: ignore[no-any-return]
    except Exception:  # a missing, stale or broken cache is rebuilt
        pass
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as out:
            pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)
        _prune(path.parent)
    except Exception:  # a read-only or full disk only costs the next run the build
        pass
    return table


def _prune(folder: Path, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` newest tables (one per config's table, say)."""
    kept = sorted(folder.glob("table-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[keep:]:
        old.unlink(missing_ok=True)
