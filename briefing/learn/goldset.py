"""Annotated articles (GUIDE.md's gold files) and the scorer's way of matching against them.

``NAME.gold.yaml`` beside ``NAME.txt`` (or ``.md``) holds the article's agreed and dispute
keys: short phrases copied from the sentence that states each item. An exported item
matches a gold item when the folded key occurs in one of its evidence sentences, as
``score.py`` does; precision, recall and F1 are summed over articles.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PANELS = ("agreed", "disputes")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")


class GoldError(ValueError):
    """A gold folder or file that cannot be used; ``str()`` is one line for the user."""


def fold(text: str) -> str:
    """Text folded as the scorer folds it: quotes, accents, case and runs of blanks."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", text).strip().lower()


@dataclass
class GoldArticle:
    """One annotated article: where it is, its date, and its agreed and dispute keys."""

    name: str
    path: Path
    date: dt.date
    keys: dict[str, list[str]] = field(default_factory=dict)  # panel -> keys


def gold_files(folders: Iterable[Path]) -> list[Path]:
    """Every ``*.gold.yaml`` under the folders, in a stable order."""
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise GoldError(f"{folder}: not a folder; fix: give folders of articles with "
                            "NAME.gold.yaml files beside them")
        here = sorted(folder.rglob("*.gold.yaml"))
        if not here:
            raise GoldError(f"{folder}: no *.gold.yaml files; fix: annotate articles as "
                            "NAME.gold.yaml beside NAME.txt (see GUIDE.md)")
        found += here
    return found


def load_gold(path: Path) -> GoldArticle:
    """Read and check one gold file; every key must occur in its article."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GoldError(f"{path}: not a readable YAML gold file ({first}); fix: correct the "
                        "file (see GUIDE.md)") from None
    if not isinstance(data, dict) or not isinstance(data.get("article"), str):
        raise GoldError(f"{path}: no 'article:' file name; fix: start the file with "
                        "article: NAME.txt")
    article = path.parent / data["article"]
    try:
        date = dt.date.fromisoformat(str(data.get("date")))
    except ValueError:
        raise GoldError(f"{path}: date: {data.get('date')!r} is not a date; fix: write "
                        "date: YYYY-MM-DD") from None
    try:
        text = fold(article.read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        raise GoldError(f"{path}: article {data['article']} cannot be read "
                        f"({exc.strerror or exc}); fix: put the article beside its gold "
                        "file") from None
    gold = GoldArticle(path.name.removesuffix(".gold.yaml"), article, date)
    for panel in PANELS:
        items = data.get(panel) or []
        if not isinstance(items, list):
            raise GoldError(f"{path}: {panel}: must be a list; fix: write {panel}: "
                            "[{key: phrase}, ...]")
        keys: list[str] = []
        for n, item in enumerate(items):
            key = item.get("key") if isinstance(item, dict) else None
            if not isinstance(key, str) or not key.strip():
                raise GoldError(f"{path}: {panel}[{n}]: no key; fix: write - key: a phrase "
                                "copied from the sentence")
            if fold(key) not in text:
                raise GoldError(f"{path}: {panel}[{n}].key {key!r} does not occur in "
                                f"{data['article']}; fix: copy the phrase exactly from the "
                                "article")
            keys.append(key)
        gold.keys[panel] = keys
    return gold


def repeats(golds: Iterable[GoldArticle], weights: dict[Path, int]) -> list[int]:
    """How many times each gold article counts: the weight of the folder it lies under (the
    innermost one given), else once."""
    folders = sorted(((f.resolve(), n) for f, n in weights.items()),
                     key=lambda fn: len(fn[0].parts), reverse=True)
    out: list[int] = []
    for gold in golds:
        where = gold.path.resolve()
        out.append(next((n for f, n in folders if where.is_relative_to(f)), 1))
    return out


def parse_weight(spec: str) -> tuple[Path, int]:
    """``DIR=N`` (a folder and how many times its articles count); ``GoldError`` if not."""
    folder, sep, times = spec.rpartition("=")
    if not sep or not folder or not times.isdigit() or int(times) < 1:
        raise GoldError(f"--weight {spec}: not FOLDER=N; fix: give a folder of gold articles "
                        "and a whole number of at least 1, e.g. --weight training=2")
    return Path(folder), int(times)


def load_golds(folders: Iterable[Path]) -> list[GoldArticle]:
    """Every gold article under the folders (see ``load_gold``)."""
    return [load_gold(p) for p in gold_files(folders)]


@dataclass
class Tally:
    """Matched and total counts for one panel, summed over articles (micro-average)."""

    tp_sys: int = 0
    n_sys: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.tp_sys += other.tp_sys
        self.n_sys += other.n_sys
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1, as score.py computes them."""
        p = self.tp_sys / self.n_sys if self.n_sys else (1.0 if not self.n_gold else 0.0)
        r = self.tp_gold / self.n_gold if self.n_gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(keys: list[str], items: list[list[str]]) -> Tally:
    """Score items (each the list of its evidence sentences) against gold keys."""
    folded = [[fold(s) for s in sents] for sents in items]
    sys_hit = [False] * len(items)
    gold_hit = 0
    for key in keys:
        k = fold(key)
        hit = False
        for i, sents in enumerate(folded):
            if any(k in s for s in sents):
                sys_hit[i] = hit = True
        gold_hit += hit
    return Tally(sum(sys_hit), len(items), gold_hit, len(keys))
