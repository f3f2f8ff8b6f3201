"""The words of dated reports that merging compares: a label's own words, a sentence's
lead, a negotiation's common words, the events and gatherings a text names."""

from __future__ import annotations

from collections import Counter

from briefing.core.extract.clauses import WORD
from briefing.core.merge.similar import content_words, lead_words
from briefing.language.lexicon import packaged_section
from briefing.model import DateItem

# A word in this share of a negotiation's dated sentences (its parties, its subject) tells
# none of its events from another ("Indian", "tariffs" in every India–US report).
COMMON_SHARE = 0.25
COMMON_MIN = 3


def what_words(item: DateItem) -> frozenset[str]:
    """The content words of what is due, or the whole of it when it has none."""
    return content_words(item.what) or frozenset([item.what.lower()])


def label_words(item: DateItem) -> frozenset[str]:
    return content_words(item.what) - content_words(item.expression)


def common_words(items: list[DateItem]) -> frozenset[str]:
    """The words in ``COMMON_SHARE`` of the items' sentences, and in ``COMMON_MIN``: a
    negotiation's own words, when the items are all its dated reports."""
    df: Counter[str] = Counter()
    for item in items:
        df.update(said_words(item))
    floor = max(float(COMMON_MIN), COMMON_SHARE * len(items))
    return frozenset(w for w, n in df.items() if n >= floor)


EVENTS = frozenset(str(w).lower() for w in packaged_section("time")["events"] if " " not in str(w))


# The events that are a gathering (a session, a round of talks), not a measure (tariffs, a deal):
# what a report that calls off a month's plans can name of a day within it.
GATHERINGS = frozenset(str(w).lower() for w in packaged_section("time")["gatherings"])


def events_named(text: str) -> frozenset[str]:
    """The one-word events (time.yaml's ``events``) a text names."""
    return EVENTS.intersection(w.lower() for w in WORD.findall(text))


def gatherings_named(text: str) -> frozenset[str]:
    """The gatherings (time.yaml's ``gatherings``: "talks", "summit") a text names."""
    return events_named(text) & GATHERINGS


def gatherings_of(item: DateItem) -> frozenset[str]:
    """The gatherings an item's label names, else its sentences."""
    return (events_named(item.what) or events_named(" ".join(e.sentence for e in item.evidence))
            ) & GATHERINGS


def said_words(item: DateItem) -> frozenset[str]:
    """The words of an item's sentences, less its date's."""
    words = frozenset().union(*(content_words(e.sentence) for e in item.evidence))
    return words - content_words(item.expression)


# The packaged list, as for ``similar``'s stop words: a merged briefing compares articles.
_ATTRIBUTION = frozenset(str(w) for w in packaged_section("grammar")["attribution_verbs"])


def lead_of(item: DateItem) -> frozenset[str]:
    """The first words of an item's sentences, less its date's and a last clause of
    attribution: what happens, before the background ("..., the trade ministry said")."""
    words = frozenset().union(*(lead_words(unattributed(e.sentence)) for e in item.evidence))
    return words - content_words(item.expression)


def unattributed(sentence: str) -> str:
    """The sentence without its last clause when that clause says who reported it."""
    cut = sentence.rfind(", ")
    if cut > 0 and not _ATTRIBUTION.isdisjoint(sentence[cut:].lower().strip(" .\"”").split()):
        return sentence[:cut]
    return sentence
