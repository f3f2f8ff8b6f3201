"""What the user has already seen, kept between sessions in the user data dir (never in the
article folders), so the dashboard can mark what is new since the last time."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from briefing.config import user_dir
from briefing.model import Briefing, Item, Participant, Statement


def state_path(paths: list[Path]) -> Path:
    """The file for one set of article folders."""
    key = hashlib.sha1("\n".join(sorted(str(p.resolve()) for p in paths)).encode()).hexdigest()
    return user_dir("data") / f"seen-{key[:16]}.json"


def item_key(item: Item) -> str:
    """A key that stays the same for the same item across sessions."""
    if isinstance(item, Participant):
        raw = f"p|{item.name}"
    elif isinstance(item, Statement):
        first = item.evidence[0]
        raw = f"{item.kind}|{first.article_id}|{first.sentence}"
    else:
        raw = f"d|{item.start}|{item.end}|{item.what}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def all_keys(briefing: Briefing) -> set[str]:
    """Keys of every item on the panels."""
    items: list[Item] = [*briefing.participants, *briefing.agreed, *briefing.disputes,
                         *briefing.dates]
    return {item_key(i) for i in items}


def load_seen(path: Path) -> set[str] | None:
    """The keys seen last time, or None on a first visit (or an unreadable file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return set(data["seen"]) if isinstance(data, dict) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_seen(path: Path, keys: set[str]) -> None:
    """Remember the keys, atomically (a partial file is never left behind)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"seen": sorted(keys)}), encoding="utf-8")
    os.replace(tmp, path)
