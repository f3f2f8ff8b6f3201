"""Several negotiations in one set of articles: which article belongs to which.

An article joins a configured negotiation when its parties and topic fit: one of the
negotiation's sides acts in it and one of its keywords is a topic word of its lead or
statements; a side's name mentioned in passing does not make it a member.
"""

from __future__ import annotations

import os

from briefing.config import Negotiation
from briefing.core.pipeline import Parser
from briefing.core.stories.features import stem
from briefing.model import ArticleResult

UNMATCHED = "Articles that match no negotiation"


def _words(result: ArticleResult, parser: Parser) -> set[str]:
    keys = result.keys
    if keys is None:
        return set()
    return {*keys.terms, *keys.forms}


def fits(result: ArticleResult, negotiation: Negotiation, parser: Parser) -> bool:
    """Whether an article is one of a configured negotiation's: under its folders (when it
    names any), about one of its keywords (when it names any: a topic word of the article's
    lead or statements) and with one of its sides acting (when it names any)."""
    if negotiation.folders:
        path = os.path.abspath(result.article.path)
        roots = [os.path.abspath(f).rstrip(os.sep) + os.sep for f in negotiation.folders]
        if not any(path.startswith(root) for root in roots):
            return False
    if negotiation.keywords:
        words = _words(result, parser)
        title = (result.article.title or "").lower()
        if not any(stem(k, parser.lexicon) in words or k.lower() in words
                   or k.lower() in title for k in negotiation.keywords):
            return False
    if negotiation.sides:
        acting = {p.side for p in result.participants if p.side}
        acting |= set(result.keys.parties if result.keys else ())
        if not acting & set(negotiation.sides):
            return False
    return True


def select(results: list[ArticleResult], negotiations: list[Negotiation], name: str | None,
           parser: Parser) -> list[ArticleResult]:
    """The articles of negotiation ``name``; of none (``UNMATCHED``); or all (None)."""
    if name is None or not negotiations:
        return results
    if name == UNMATCHED:
        return [r for r in results if not any(fits(r, n, parser) for n in negotiations)]
    chosen = next(n for n in negotiations if n.name == name)
    return [r for r in results if fits(r, chosen, parser)]
