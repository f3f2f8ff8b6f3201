"""Merging what single articles found into one briefing."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.core.merge.people import merge_participants
from briefing.core.merge.settle import settle_disputes
from briefing.core.merge.statements import cluster_statements
from briefing.model import ArticleResult, DateItem, Participant, Statement


@dataclass
class Merged:
    """The panels' items over all articles; dates unmerged, in merge order (``merge_dates``
    merges the ones a caller needs)."""

    participants: list[Participant]
    agreed: list[Statement]
    disputes: list[Statement]
    dated: list[DateItem]


def merge_results(results: list[ArticleResult]) -> Merged:
    """Merge every article's findings, oldest article first."""
    ordered = sorted(results, key=lambda r: (r.article.date is None, r.article.date or 0,
                                             r.article.id))
    article_dates = {r.article.id: r.article.date for r in ordered}
    agreed = cluster_statements([s for r in ordered for s in r.agreed])
    disputes = cluster_statements([s for r in ordered for s in r.disputes])
    agreed, disputes = settle_disputes(agreed, disputes, article_dates)
    return Merged(
        participants=merge_participants([r.participants for r in ordered], article_dates),
        agreed=agreed,
        disputes=disputes,
        dated=[d for r in ordered for d in r.dates],
    )
