"""Merging: what single articles found, joined into one briefing.

people (one participant per person), statements (a point restated in one article, one event
reported by several), dates (one entry per period and event), settle (disputes a later article
reports as agreed), deadlines (a deal's deadline met by a later agreement), upcoming (which
dates the Upcoming panel shows), similar (sameness by words), results (all of it over a set of
articles).
"""

from __future__ import annotations

from briefing.core.merge.date_words import common_words
from briefing.core.merge.dates import merge_dates
from briefing.core.merge.deadlines import met_deadlines
from briefing.core.merge.people import merge_participants, name_key
from briefing.core.merge.results import Merged, merge_results, settled_dates
from briefing.core.merge.settle import settle_disputes
from briefing.core.merge.similar import content_words
from briefing.core.merge.statements import cluster_statements, merge_repeats
from briefing.core.merge.upcoming import is_upcoming, upcoming

__all__ = ["Merged", "cluster_statements", "common_words", "content_words", "is_upcoming",
           "merge_dates",
           "merge_participants", "merge_repeats", "merge_results", "met_deadlines", "name_key",
           "settle_disputes",
           "settled_dates", "upcoming"]
