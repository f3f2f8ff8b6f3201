"""The pipeline: files -> articles -> sentences -> extractors -> merge -> a Briefing.

Plain Python: nothing here imports Textual, so the app runs it in a thread worker and the
exporters run it directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefing.config import Config
from briefing.core.extract.actors import attribute
from briefing.core.extract.agreed import extract_agreed
from briefing.core.extract.bloc_bodies import name_bloc_bodies
from briefing.core.extract.date_parties import name_parties
from briefing.core.extract.dates import extract_dates
from briefing.core.extract.disputes import extract_disputes
from briefing.core.extract.participants import extract_participants
from briefing.core.extract.participants.country_firms import country_led_firms
from briefing.core.extract.participants.firm_arms import (
    firm_heads,
    firms_named,
    firms_not_people,
    subsidiary_heads,
)
from briefing.core.extract.sides import SideFinder
from briefing.core.extract.statement_model import config_model, extract_statements
from briefing.core.extract.topics import topics_of
from briefing.core.merge import (
    common_words,
    is_upcoming,
    merge_dates,
    merge_results,
    met_deadlines,
    settled_dates,
)
from briefing.core.merge.deadlines import DealWords
from briefing.core.read.files import content_hash, decode_raw, discover, read_raw
from briefing.core.read.formats import parse_article
from briefing.core.stories.features import story_keys
from briefing.language.lexicon import Lexicon, load_lexicon
from briefing.language.weights import StatementModel
from briefing.model import Article, ArticleResult, Briefing, DateItem, Sentence, Statement
from briefing.text.phrases import forget_tokens
from briefing.text.sentences import SplitRules, split_sentences


class Parser:
    """Everything needed to parse articles under one config, built once."""

    def __init__(self, config: Config, lexicon: Lexicon | None = None) -> None:
        self.config = config
        self.lexicon = lexicon or load_lexicon(config.lexicon)
        self.model: StatementModel | None = config_model(config)
        self.sides = SideFinder(config.sides, self.lexicon)
        self.split_rules = SplitRules.from_lexicon(self.lexicon)
        self.boilerplate = re.compile(
            "|".join(f"(?:{p})" for p in self.lexicon["text"]["boilerplate"]), re.IGNORECASE)

    def read_article(self, path: Path, article_id: str, known_digest: str | None = None
                     ) -> tuple[FileState, Article | None]:
        """The one reader: the file's state and its Article; a broken file gives an empty
        Article with a warning. When the content's digest equals ``known_digest``, only the
        file's metadata changed: no Article is built. OSError: the file cannot be found."""
        stat = path.stat()
        raw, warnings = read_raw(path)
        state = FileState(stat.st_size, stat.st_mtime_ns, content_hash(raw or b""))
        if known_digest is not None and state.digest == known_digest:
            return state, None
        return state, self.decode_article(path, article_id, raw, warnings)

    def decode_article(self, path: Path, article_id: str, raw: bytes | None,
                       warnings: list[str]) -> Article:
        """An Article from a file's bytes (as ``read_raw`` gives them)."""
        text, warnings = decode_raw(raw, warnings)
        if text is None:
            return Article(article_id, path, None, None, None, [], "unreadable", warnings)
        article = parse_article(text, path, article_id, self.boilerplate)
        article.warnings[:0] = warnings
        return article

    def sentences(self, article: Article) -> list[Sentence]:
        """The article's sentences, each exactly as it stands in its paragraph."""
        out: list[Sentence] = []
        for paragraph in article.paragraphs:
            for start, end in split_sentences(paragraph, self.split_rules):
                out.append(Sentence(article.id, len(out), paragraph[start:end]))
        return out

    def analyse(self, article: Article) -> ArticleResult:
        """Run every extractor over one article; a failure is a warning on that article."""
        try:
            return self._analyse(article)
        except Exception as exc:  # one bad article must not cost the others
            article.warnings.append(f"could not be parsed ({type(exc).__name__}: {exc})")
            return ArticleResult(article, [], [], [], [])
        finally:
            forget_tokens()
            self.forget_sides()

    def sides_of(self, sentences: list[Sentence]) -> frozenset[str]:
        """Read sides as one article's sentences call for (a union's counterpart by its
        kind, a firm's national arm as the firm's) and return the words that name its firms;
        ``forget_sides`` undoes it."""
        self.sides.in_labour(s.text for s in sentences)
        named = firms_named(sentences, self.lexicon, owners=False)
        firm_words = firm_heads(named)
        arms = subsidiary_heads(sentences, self.lexicon, self.sides, firm_words)
        self.sides.led_by_a_country(country_led_firms(sentences, self.lexicon, self.sides, named))
        self.sides.within_firms(arms)
        return firm_words | arms

    def forget_sides(self) -> None:
        """No article's firms or labour counterparts outlive it."""
        self.sides.within_firms(frozenset())
        self.sides.led_by_a_country({})
        self.sides.in_labour(())

    def _analyse(self, article: Article) -> ArticleResult:
        self.sides.on(article.date)
        sentences = self.sentences(article)
        if sentences and not article.title:
            article.lead = _clip(sentences[0].text, LEAD_CHARS)
        article.opening = next((p for p in article.paragraphs if p.strip()), "")
        firm_words = self.sides_of(sentences)
        if self.model is not None:
            agreed, disputes = extract_statements(sentences, self.lexicon, self.sides,
                                                  self.model.for_day(article.date))
        else:  # the cue rules alone (config ``model: rules``)
            agreed = extract_agreed(sentences, self.lexicon)
            disputes = extract_disputes(sentences, self.lexicon)
        result = ArticleResult(
            article=article,
            participants=extract_participants(sentences, self.lexicon, self.sides, article.date,
                                              firm_words),
            agreed=agreed,
            disputes=disputes,
            dates=extract_dates(sentences, article.date, self.lexicon, self.sides),
        )
        firm_surnames = firms_not_people(result.participants, firm_words, self.lexicon)
        attribute([*result.agreed, *result.disputes], sentences, result.participants, self.sides,
                  self.lexicon, firm_surnames)
        name_parties(result.dates, result.participants, self.sides, self.lexicon, firm_surnames)
        name_bloc_bodies([*result.agreed, *result.disputes], result.participants, result.dates,
                         sentences, self.lexicon)
        # Topics once per sentence (several items often share one). The sides an item names
        # are worked out only when someone filters by side (``tag_sides``).
        tags: dict[str, list[str]] = {}
        items: list[Statement | DateItem] = [*result.agreed, *result.disputes, *result.dates]
        for item in items:
            topics: list[str] = []
            for ev in item.evidence:
                if ev.sentence not in tags:
                    tags[ev.sentence] = topics_of(ev.sentence, self.lexicon)
                topics += [t for t in tags[ev.sentence] if t not in topics]
            item.topics = topics
        # A firm's national arm, or a firm named with its country first, still places the
        # story in its country ("GM Canada" and Unifor, "Canada Post" and CUPW: talks in
        # Canada; one article may name the firm where another names only the country),
        # though the firm, not the country, is the one acting.
        self.sides.within_firms(frozenset())
        self.sides.led_by_a_country({})
        result.keys = story_keys(result, sentences, self.sides, self.lexicon)
        return result

    def tag_sides(self, items: Iterable[Statement | DateItem],
                  dates: dict[str, dt.date | None] | None = None,
                  people: dict[str, str] | None = None) -> None:
        """Set the sides each item's sentences name (for the side filter), as they were
        named on the date of the article each came from; a date's also those of the people
        acting with it (``people``: name -> side; "second tranche talks · Jamieson Greer")."""
        memo: dict[str, list[str]] = {}
        for item in items:
            sides: list[str] = []
            for ev in item.evidence:
                if ev.sentence not in memo:
                    self.sides.on((dates or {}).get(ev.article_id))
                    memo[ev.sentence] = [h.side for h in self.sides.find(ev.sentence)]
                sides += [s for s in memo[ev.sentence] if s not in sides]
            if isinstance(item, DateItem) and people:
                sides += [s for w in item.who if (s := people.get(w)) and s not in sides]
            item.sides = sides

    def parse_paths(self, paths: Iterable[Path]) -> list[ArticleResult]:
        """Read and analyse every article under ``paths``."""
        results: list[ArticleResult] = []
        ids: set[str] = set()
        for found in discover(list(paths), self.config.extensions):
            article_id = unique_id(found.path, ids)
            problem = found.problem
            article = None
            if not problem:
                try:
                    article = self.read_article(found.path, article_id)[1]
                except OSError as exc:
                    problem = f"cannot be read ({exc.strerror or exc})"
            results.append(self.analyse(article or unreadable(found.path, article_id,
                                                                problem or "cannot be read")))
        return results


@dataclass(frozen=True)
class FileState:
    """What says whether a file changed: its size, mtime and a hash of its content."""

    size: int
    mtime_ns: int
    digest: str


def parse_one(parser: Parser, path: Path, article_id: str, known_digest: str | None = None
              ) -> tuple[FileState, ArticleResult | None]:
    """Read and parse one file: its state, and its results (None when the content's digest
    equals ``known_digest``: nothing changed but the file's metadata)."""
    state, article = parser.read_article(path, article_id, known_digest)
    return state, (parser.analyse(article) if article is not None else None)


def unreadable(path: Path, article_id: str, problem: str) -> Article:
    """The Article of a file that could not be read: no text, one warning."""
    return Article(article_id, path, None, None, None, [], "unreadable", [problem])


LEAD_CHARS = 120  # of the first sentence kept to name an article without a title


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 1].rstrip() + "…"


def unique_id(path: Path, taken: set[str]) -> str:
    """The article's id: its file name without extension, made unique with a suffix."""
    base = path.stem
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}~{n}", n + 1
    taken.add(candidate)
    return candidate


def published_by(results: list[ArticleResult], as_of: dt.date | None) -> list[ArticleResult]:
    """The articles a briefing as of ``as_of`` holds: those published by then, and undated
    ones (all of them when no date is given)."""
    if as_of is None:
        return results
    return [r for r in results if r.article.date is None or r.article.date <= as_of]


def newest(results: list[ArticleResult]) -> dt.date | None:
    """The date of the newest dated article with text: a briefing's as-of when none is asked
    for (an empty file's date says nothing happened by then; with no text anywhere, the
    newest date of all)."""
    told = [r.article.date for r in results if r.article.date and r.article.opening]
    return max(told or (r.article.date for r in results if r.article.date), default=None)


def build_briefing(
    results: list[ArticleResult], as_of: dt.date | None = None, one_negotiation: bool = False,
    threat_links: frozenset[str] = frozenset(), deals: DealWords | None = None,
    lexicon: Lexicon | None = None,
) -> Briefing:
    """The briefing as of a date: only articles up to it, only dates still ahead of it.

    A date is upcoming when it ends after as-of and some article placed it after its own
    publication date. ``one_negotiation``: the articles report one negotiation (a storyline),
    so its reports of one day are one event when their sentences agree (``merge_dates``),
    and a settled threat's deadline is called off (``threat_links``: the words that tie a
    date to the threat, ``time.yaml``'s ``threat_deadline_links``), and a deal's deadline
    is met by a later report of an agreement (``deals``: ``met_deadlines``). ``lexicon``:
    the words merging reads (a config's additions with the packaged ones; by default the
    packaged ones alone).
    """
    asked = as_of is not None
    if as_of is None:
        as_of = newest(results)
    published_then = {id(r) for r in published_by(results, as_of)}
    # An empty file dated after the rest sets no as-of, yet is one of the folder's articles
    # (with its warning); a day asked for leaves later files out, empty or not.
    kept = [r for r in results if id(r) in published_then or not (asked or r.article.opening)]
    merged = merge_results(kept, one_negotiation, lexicon)
    published = {r.article.id: r.article.date for r in kept}.get
    if one_negotiation:  # its settled threats' deadlines are called off by the settling
        merged.dated = settled_dates(merged.dated, merged.settled_by, threat_links, lexicon)
        if deals is not None:  # and its deals meet their deadlines
            merged.dated = met_deadlines(merged.dated, merged.agreed, published, deals)
    # A negotiation's own words, from all its dated reports (as-of cuts most of them away).
    common = common_words(merged.dated) if one_negotiation else frozenset()
    merge = partial(merge_dates, one_negotiation=one_negotiation, common=common,
                    published=published)
    ahead: list[DateItem] = []
    if as_of is not None:
        # A period ends after as-of or it does not, so merging only those gives the same
        # entries as the timeline has for them; the timeline itself is merged when asked.
        # (with the reports gone by that call one off: "this week", called off, supersedes
        # "in August" after this week too)
        # A storyline's past reports mark the events ahead that they say took place.
        later = merge([d for d in merged.dated if d.end > as_of or d.called_off],
                      reports=[d for d in merged.dated if d.end <= as_of and not d.called_off])
        ahead = sorted((d for d in later if is_upcoming(d, as_of, published)),
                       key=lambda d: (d.start, d.end))
    return Briefing(
        as_of=as_of,
        articles=[r.article for r in kept],  # as it stood that day: none published later
        participants=merged.participants,
        agreed=merged.agreed,
        disputes=merged.disputes,
        dates=ahead,
        dated=merged.dated,
        merge_dates=merge,
    )
