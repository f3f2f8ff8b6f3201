"""Storylines: the negotiations a folder of articles holds, found from what the parser
extracted (the parties acting in each article's statements, its topic words, its date).

``find_storylines(results, finder, lexicon)`` groups articles into storylines, names them and
finds their sides; ``rank_briefing`` orders a briefing's items by salience and
``drop_off_topic`` leaves out a negotiation's items about company deals and market reports. Nothing here
reads files or knows the cache: the session keeps what this computes.
"""

from __future__ import annotations

from briefing.core.stories.features import Signal as Signal
from briefing.core.stories.features import signals as signals
from briefing.core.stories.group import find_storylines as find_storylines
from briefing.core.stories.salience import drop_off_topic as drop_off_topic
from briefing.core.stories.salience import rank_briefing as rank_briefing
