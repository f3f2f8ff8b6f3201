"""A temporal tagger in the manner of HeidelTime: find date expressions and resolve them.

``tag_dates(text, reference)`` is the library entry point: it returns every date expression
in ``text``, past and future, with character offsets, a TIMEX3-style value and the calendar
period it covers, resolved against ``reference`` (the article's publication date). The word
tables (months, weekdays, parts of a month, seasons, tense markers, relative words), the
rules' patterns and the negative rules live in ``time.yaml``; the vocabulary a rule may use
(placeholders, resolver names) in ``briefing.language.rules``. This package holds the engine:

- ``vocab``: the word tables, read once per lexicon
- ``tables``: the compiled grammar (rules with their placeholders filled)
- ``resolve``: the normalisation functions that the rules name (``resolve:``)
- ``tense``: the tense of the sentence around an expression
- ``periods``: calendar arithmetic and the ``Timex`` record
- ``tag``: ``tag_dates`` itself
"""

from __future__ import annotations

from briefing.core.extract.timex.own_clause import TENSE_REACH
from briefing.core.extract.timex.periods import Day, Timex
from briefing.core.extract.timex.tables import Tables, tables
from briefing.core.extract.timex.tag import tag_dates

_tables = tables  # the name tests/test_regex.py knows

__all__ = ["TENSE_REACH", "Day", "Tables", "Timex", "tables", "tag_dates"]
