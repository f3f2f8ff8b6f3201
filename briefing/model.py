"""The briefing model: typed records that the parser fills and the TUI and exporters read.

Nothing here knows about Textual or about parsing; every item keeps the sentences it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.text.controls import visible, visible_name


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, exactly as it stands in the article's text."""

    article_id: str
    index: int
    text: str


@dataclass(slots=True)
class Evidence:
    """Where an item came from: the article, the whole sentence, and the matched words.

    Treated as immutable; not frozen only because a frozen dataclass is slow to build, and a
    large corpus has hundreds of thousands of these.
    """

    article_id: str
    sentence: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass
class Article:
    """One article as read from disk, before extraction."""

    id: str
    path: Path
    title: str | None
    date: dt.date | None
    source: str | None
    paragraphs: list[str]
    format: str
    warnings: list[str] = field(default_factory=list)
    lead: str | None = None  # the first sentence, which names an article that has no title
    # Its first paragraph of text, kept with its results when the text is not (the cache):
    # whether it has any text, and what a configured negotiation's keywords are looked for in.
    opening: str = ""

    @property
    def label(self) -> str:
        """A short human name: the title, else the file name (control characters made
        visible: a name can hold an escape sequence)."""
        return self.title or visible_name(self.path.name)

    @property
    def headline(self) -> str:
        """What the article is about, for a list of articles: the title, else its first
        sentence, else the file name."""
        return self.title or (visible(self.lead) if self.lead else visible_name(self.path.name))


# What can decide a person's side in one article, strongest first: a role that names the
# side ("Japan's negotiator"), an office the table says they held that day, a title that
# implies a country ("Treasury Secretary"), sides named around them, places named around
# them, the side the article names most.
SIDE_BASES = ("role", "office", "title", "around", "place", "article")


@dataclass
class Participant:
    """A named person who negotiates, leads, decides or speaks for a side."""

    name: str
    side: str | None
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    provisional: bool = False  # a bare surname: shown only if another article names them
    side_basis: str = ""  # what decided the side (one of SIDE_BASES), "" if nothing did
    # Across articles: the other sides some article gave, with how many articles gave each
    # (the side kept is the one the strongest evidence gave).
    other_sides: list[tuple[str, int]] = field(default_factory=list)

    @property
    def main_role(self) -> str:
        """The first role the text gave, or an empty string."""
        return self.roles[0] if self.roles else ""


TOWARDS, JOINT = "▸", "&"  # between the sides of a statement's row: to whom, together


@dataclass
class Statement:
    """An agreement or a dispute, with the modes the sentence gave it (PLOVER-style)."""

    kind: str  # "agreed" or "dispute"
    text: str
    evidence: list[Evidence]
    cue: str = ""
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    topics: list[str] = field(default_factory=list)
    first_disputed: dt.date | None = None  # set when a later report settled a dispute
    sides: list[str] = field(default_factory=list)  # the sides its sentences name
    by: str | None = None  # the side that states, demands or rejects it
    to: str | None = None  # the side it is aimed at, when the sentence says so
    settles: bool = False  # an agreement that says it ends the sides' dispute
    withdraws: bool = False  # an agreement that withdraws a threat ("drops its threat of")
    joint: bool = False  # ``by`` and ``to`` act together ("Japan and the US agreed")
    speaker: str = ""  # the person who states it for ``by``, as the article names them
    # An unnamed group of outsiders' view ("Legal experts said ..."): it tells which story an
    # article is (its storyline's signals count it), and no panel shows it.
    outsider: bool = False
    # Of ``evidence``, how many (the last) are the reports of the disputes it settled: the
    # detail view and the Markdown tell them from the agreement's own.
    settled_reports: int = 0

    @property
    def parties(self) -> str:
        """``Japan ▸ US``, ``Japan & US`` (both act), ``Japan`` or an empty string: who
        states it, to whom."""
        if self.by and self.to:
            return f"{self.by} {JOINT if self.joint else TOWARDS} {self.to}"
        return self.by or ""

    @property
    def reports(self) -> int:
        """How many articles report this statement."""
        return len({e.article_id for e in self.evidence})


@dataclass
class DateItem:
    """A date or period with what is due then."""

    start: dt.date
    end: dt.date
    expression: str
    what: str
    value: str
    evidence: list[Evidence]
    topics: list[str] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)
    # The sentence that calls the event off or moves it, when a report does: the date then
    # stays in the timeline and leaves Upcoming.
    called_off: str = ""
    # The sentence of a later report of the storyline that the event took place, on a day
    # within the period: the date leaves Upcoming for the timeline, which says so.
    done: str = ""
    # Whether its report moves the event to this date ("the review would be delayed until
    # February"): the event's earlier dates, reported before, leave Upcoming.
    moves: bool = False
    # The parties acting in its sentence (people by full name, sides as written) that
    # ``what`` does not name: who meets, visits or is due to act ("review · Britain, India").
    who: list[str] = field(default_factory=list)
    # The sides of those parties, by their names: whose deadline or meeting it is (a deal
    # between other sides meets none of it).
    parties: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """What the row says is due (``what``, else the article's words for the date in
        quotes), then the parties acting with it."""
        return self.with_parties(self.what or f"“{self.expression}”")

    def with_parties(self, head: str) -> str:
        """``head`` followed by the first parties acting with the date ("review · Britain,
        India")."""
        names = ", ".join(self.who[:LABEL_PARTIES])
        return f"{head} · {names}" if names else head


LABEL_PARTIES = 3  # parties named in a date's label, at most: the first in its sentence


Item = Participant | Statement | DateItem  # what a panel lists


@dataclass
class StoryKeys:
    """What an article says about the negotiation it reports, counted over its lead and its
    statements: the sides named as actors, its topic words' stems (and topics), and the
    forms those words took. Storylines are grouped from these."""

    parties: dict[str, int] = field(default_factory=dict)
    terms: dict[str, int] = field(default_factory=dict)
    forms: dict[str, int] = field(default_factory=dict)


@dataclass
class ArticleResult:
    """Everything the extractors found in one article."""

    article: Article
    participants: list[Participant]
    agreed: list[Statement]
    disputes: list[Statement]
    dates: list[DateItem]
    keys: StoryKeys | None = None


@dataclass
class Storyline:
    """One negotiation found in a folder: the articles that report it, its sides and topic.

    ``id`` is stable while the storyline keeps its first article; ``name`` is what a person
    would call it ("US–Japan · chips · Mar–Jun 1987")."""

    id: str
    name: str
    sides: list[str]
    topic: str
    article_ids: list[str]
    start: dt.date | None
    end: dt.date | None
    statements: int = 0
    score: float = 0.0  # salience: recency and size
    # What its articles are about, besides the name's one topic word: the topics and the
    # topic words they name (a storyline is found by "fish" or "coffee" when named otherwise).
    subjects: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        """How many articles report it."""
        return len(self.article_ids)


@dataclass
class Briefing:
    """The state of a negotiation as of a date, over a set of articles."""

    as_of: dt.date | None
    articles: list[Article]
    participants: list[Participant]
    agreed: list[Statement]
    disputes: list[Statement]
    dates: list[DateItem]
    # Every dated mention of the articles, unmerged, in merge order: the timeline is merged
    # from it when first asked for. The dashboard asks only when the timeline is opened, so
    # a live update does not merge ten thousand past dates it will not show.
    dated: list[DateItem] = field(default_factory=list, repr=False)
    # How the parser merges dated mentions into one entry per date and event (the model
    # does not merge; the core that built the briefing says how).
    merge_dates: Callable[[list[DateItem]], list[DateItem]] | None = field(
        default=None, repr=False, compare=False)
    sides_tagged: bool = False
    # The storylines of the folder (a whole-folder briefing), or the one it shows.
    storylines: list[Storyline] = field(default_factory=list)
    # The folder's other articles that carry a warning (a broken file joins no storyline,
    # yet a storyline's reader must still learn of it).
    elsewhere: list[Article] = field(default_factory=list, repr=False)
    # A body's side as the items name it -> the side it acts within ("Commission" -> "European
    # Union", "House Agriculture Committee" -> "United States"): a side filter takes both.
    side_parents: dict[str, str] = field(default_factory=dict, repr=False)
    # A side's abbreviation ("United States" -> "US"), for rows with little room for names.
    side_short: dict[str, str] = field(default_factory=dict, repr=False)
    _timeline: list[DateItem] | None = field(default=None, init=False, repr=False,
                                             compare=False)
    _by_id: dict[str, Article] | None = field(default=None, init=False, repr=False,
                                               compare=False)

    @property
    def timeline(self) -> list[DateItem]:
        """Every dated mention, past ones too, one entry per date and event, by date."""
        if self._timeline is None:
            merged = self.merge_dates(self.dated) if self.merge_dates else list(self.dated)
            self._timeline = sorted(merged, key=lambda d: (d.start, d.end))
            self.dated = []
        return self._timeline

    def __getstate__(self) -> dict[str, object]:
        # A stored briefing keeps the merged timeline: merging is the work a store saves.
        _ = self.timeline  # merges it if that has not happened yet
        return self.__dict__

    @property
    def warnings(self) -> list[tuple[Article, str]]:
        """Every article warning, paired with its article."""
        return [(a, w) for a in self.articles for w in a.warnings]

    @property
    def folder_warnings(self) -> list[tuple[Article, str]]:
        """Every warning of the folder: this briefing's articles', then the others'."""
        return [*self.warnings, *((a, w) for a in self.elsewhere for w in a.warnings)]

    def passed_since_last_report(self) -> tuple[dt.date, int] | None:
        """When its articles are older than the as-of date (a storyline that ended before
        the folder's newest article): the last report's day and how many of the dates its
        articles placed ahead began after it and ended by as-of (they are on the timeline)."""
        days = [a.date for a in self.articles if a.date is not None]
        last = max(days, default=None)
        if last is None or self.as_of is None or last >= self.as_of:
            return None
        return last, sum(1 for d in self.timeline if last < d.start and d.end <= self.as_of
                         and not d.called_off and not d.done)

    def article(self, article_id: str) -> Article | None:
        """The article with that id, if it is part of this briefing."""
        if self._by_id is None:
            self._by_id = {a.id: a for a in self.articles}
        return self._by_id.get(article_id)

