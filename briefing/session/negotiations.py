"""Several negotiations in one set of articles: which article belongs to which."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from briefing.config import Negotiation
from briefing.model import ArticleResult

UNMATCHED = "Articles that match no negotiation"


def _texts(result: ArticleResult) -> Iterable[str]:
    yield result.article.title or ""
    yield from result.article.paragraphs
    for items in (result.participants, result.agreed, result.disputes, result.dates):
        for item in items:
            yield from (e.sentence for e in item.evidence)


def belongs(result: ArticleResult, negotiation: Negotiation) -> bool:
    """Whether an article is one of the negotiation's: under its folders (when it names any)
    and mentioning one of its keywords or sides (when it names any)."""
    if negotiation.folders:
        path = os.path.abspath(result.article.path)
        roots = [os.path.abspath(f).rstrip(os.sep) + os.sep for f in negotiation.folders]
        if not any(path.startswith(root) for root in roots):
            return False
    words = [*negotiation.keywords,
             *(name for side, aliases in negotiation.sides.items() for name in [side, *aliases])]
    if not words:
        return True
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return any(pattern.search(text) for text in _texts(result))


def select(results: list[ArticleResult], negotiations: list[Negotiation], name: str | None
           ) -> list[ArticleResult]:
    """The articles of negotiation ``name``; of none (``UNMATCHED``); or all (None)."""
    if name is None or not negotiations:
        return results
    if name == UNMATCHED:
        return [r for r in results if not any(belongs(r, n) for n in negotiations)]
    chosen = next(n for n in negotiations if n.name == name)
    return [r for r in results if belongs(r, chosen)]
