"""Several negotiations in one set of articles: which article belongs to which.

An article joins a configured negotiation when its parties and topic fit: one of the
negotiation's sides acts in it and one of its keywords stands in its title, lead, statements or
people's names; a side's name or a keyword mentioned in passing does not make it a member.
"""

from __future__ import annotations

import os
import re

from briefing.config import Negotiation
from briefing.core.pipeline import Parser
from briefing.core.stories.features import stem
from briefing.model import ArticleResult

_WORD = re.compile(r"[^\W_][\w'’-]*")
UNMATCHED = "Articles that match no negotiation"


def _words(result: ArticleResult, parser: Parser) -> set[str]:
    keys = result.keys
    if keys is None:
        return set()
    return {*keys.terms, *keys.forms}


def _mentions(result: ArticleResult, keywords: list[str], parser: Parser) -> bool:
    """Whether a keyword (a word, as its plural too, or a phrase) stands in the article's
    title, its lead paragraph, a statement's sentence or a participant's name: what the
    article is about, not a passing mention further down (a keyword need not be a word of
    ``topics.yaml``)."""
    article = result.article
    # Its opening paragraph, which the cache keeps with its results (an article read from it
    # has no paragraphs: a warm open must choose the articles a cold one did).
    texts = [article.title or "", article.opening or next(iter(article.paragraphs), ""),
             *(e.sentence for s in (*result.agreed, *result.disputes) for e in s.evidence
               if e.article_id == article.id),
             *(p.name for p in result.participants)]
    wanted = {stem(k, parser.lexicon) for k in keywords if " " not in k.strip()}
    phrases = [k.strip().lower() for k in keywords if " " in k.strip()]
    for text in texts:
        if wanted and not wanted.isdisjoint(stem(w, parser.lexicon)
                                            for w in _WORD.findall(text)):
            return True
        if phrases and any(p in " ".join(_WORD.findall(text.lower())) for p in phrases):
            return True
    return False


def fits(result: ArticleResult, negotiation: Negotiation, parser: Parser) -> bool:
    """Whether an article is one of a configured negotiation's: under its folders (when it
    names any), about one of its keywords (when it names any: in its title, lead,
    statements or people) and with one of its sides acting (when it names any)."""
    if negotiation.folders:
        path = os.path.abspath(result.article.path)
        roots = [os.path.abspath(f).rstrip(os.sep) + os.sep for f in negotiation.folders]
        if not any(path.startswith(root) for root in roots):
            return False
    if negotiation.keywords:
        words = _words(result, parser)
        if not any(stem(k, parser.lexicon) in words or k.lower() in words
                   for k in negotiation.keywords) and not _mentions(
                result, negotiation.keywords, parser):
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
