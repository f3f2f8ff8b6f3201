"""What the panels show: a text filter, a side and a topic, applied to the briefing's items."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing.model import Briefing, DateItem, Item, Participant, Statement


def item_text(item: Item) -> str:
    """Everything a text filter looks at, in lower case."""
    if isinstance(item, Participant):
        parts = [item.name, item.side or "", *item.roles]
    elif isinstance(item, Statement):
        parts = [item.parties, item.text, *item.topics]
    else:
        parts = [item.label, item.expression, item.start.isoformat(), *item.topics]
    parts += [e.sentence for e in item.evidence[:3]]
    return " ".join(parts).lower()


@dataclass
class Filters:
    """The filters in force; an empty one keeps everything."""

    text: str = ""
    side: str | None = None
    topic: str | None = None
    # One article's items only (its id), picked in the article list; its label for the header.
    article: str | None = None
    article_label: str = ""
    # The bodies of the briefing on screen and the sides they act within
    # (``Briefing.side_parents``), asked for as the briefing changes.
    parents_of: Callable[[], dict[str, str]] = field(default=lambda: {}, repr=False,
                                                    compare=False)

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return bool(self.text or self.side or self.topic or self.article)

    def keep(self, item: Item) -> bool:
        """Whether ``item`` passes every filter."""
        if self.article and all(e.article_id != self.article for e in item.evidence):
            return False
        if self.side:
            sides = [item.side] if isinstance(item, Participant) else _sides(item)
            # A date that names no side is the negotiation's own ("the talks will continue in
            # New Delhi"): every side's calendar holds it.
            if (sides or not isinstance(item, DateItem)) and self.side not in sides \
                    and self.side not in within(sides, self.parents_of()):
                return False
        if self.topic and not isinstance(item, Participant) and self.topic not in item.topics:
            return False
        return not self.text or self.text.lower() in item_text(item)

    def fit(self, briefing: Briefing) -> None:
        """Drop the article filter when ``briefing`` does not hold its article."""
        if self.article and briefing.article(self.article) is None:
            self.article, self.article_label = None, ""

    def describe(self) -> str:
        """A short line for the header: what is filtered."""
        parts = [f"“{self.text}”"] if self.text else []
        parts += [f"side {self.side}"] if self.side else []
        parts += [f"topic {self.topic}"] if self.topic else []
        parts += [f"article {self.article_label or self.article}"] if self.article else []
        return "filter: " + ", ".join(parts) if parts else ""


def side_choices(briefing: Briefing, others: Filters | None = None) -> list[tuple[str, int]]:
    """The sides named, with how many items name them, most first: of the items that the
    other filters in force (``others``, its side unset) keep."""
    keep = others.keep if others is not None else (lambda item: True)
    parents = briefing.side_parents
    counts: Counter[str] = Counter()
    for p in briefing.participants:
        if p.side and keep(p):
            counts.update(_and_within([p.side], parents))
    tagged: list[Statement | DateItem] = [*briefing.agreed, *briefing.disputes, *briefing.dates]
    for item in tagged:
        if keep(item):
            counts.update(_and_within(_sides(item), parents))
    return counts.most_common()


def _and_within(sides: list[str], parents: dict[str, str]) -> list[str]:
    """The sides, then those their bodies act within, each once (an item counts once)."""
    return list(dict.fromkeys([*sides, *within(sides, parents)]))


def within(sides: Sequence[str | None], parents: dict[str, str]) -> list[str]:
    """The sides that the bodies among ``sides`` act within ("Commission": the EU)."""
    return [parents[s] for s in sides if s in parents]


def _sides(item: Statement | DateItem) -> list[str]:
    """The sides an item is about: who states a statement and to whom, then those named."""
    if isinstance(item, Statement):
        # Once each: an item counts once for a side however often it names it ("Russia"
        # stating and named again; the picker's count is the rows the filter shows).
        return list(dict.fromkeys([*(s for s in (item.by, item.to) if s), *item.sides]))
    return list(dict.fromkeys(item.sides))


def topic_choices(briefing: Briefing, others: Filters | None = None) -> list[tuple[str, int]]:
    """The topics, with how many items have them, most first: of the items that the other
    filters in force (``others``, its topic unset) keep."""
    counts: Counter[str] = Counter()
    tagged: list[Statement | DateItem] = [*briefing.agreed, *briefing.disputes, *briefing.dates]
    for item in tagged:
        if others is None or others.keep(item):
            counts.update(item.topics)
    return counts.most_common()
