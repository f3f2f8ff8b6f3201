"""A folder's storylines in a session: those the config pins, those found, and the other
articles; which articles a storyline's briefing reads."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.config import Config, packaged_path
from briefing.core.extract.participants import side_parents
from briefing.core.merge.deadlines import DealWords
from briefing.core.pipeline import Parser, build_briefing, newest, published_by
from briefing.core.stories import drop_off_topic, find_storylines, rank_briefing
from briefing.core.stories.naming import retopiced
from briefing.language.lexicon import packaged_section
from briefing.model import Article, ArticleResult, Briefing, Storyline
from briefing.session.negotiations import UNMATCHED, fits, select

OTHER_ID = "other"


def _samples_config(config: Config) -> bool:
    """Whether the config is the packaged one: that file, or a copy of it (the repository's
    top-level ``config.yaml``, found first when ``briefing`` runs from the checkout)."""
    if config.path is None:
        return False
    packaged = packaged_path()
    if config.path == packaged:
        return True
    try:
        return config.path.read_bytes() == packaged.read_bytes()
    except OSError:
        return False


def for_folder(config: Config, paths: list[Path] | None) -> Config:
    """The config for these paths: the packaged config's sides and negotiations are the
    samples', so a user's own folder opened without a config of their own gets none."""
    if not paths or not _samples_config(config):
        return config
    samples = [os.path.abspath(p) for p in config.articles]
    if all(any(os.path.abspath(p).startswith(s) for s in samples) for p in paths):
        return config
    return dataclasses.replace(config, sides={}, negotiations=[])


def _story(ident: str, name: str, sides: list[str], results: list[ArticleResult]
           ) -> Storyline:
    dates = sorted(r.article.date for r in results if r.article.date)
    return Storyline(ident, name, sides, "", [r.article.id for r in results],
                     dates[0] if dates else None, dates[-1] if dates else None,
                     statements=sum(len(r.agreed) + len(r.disputes) for r in results))


def storylines_of(results: list[ArticleResult], config: Config, parser: Parser
                  ) -> list[Storyline]:
    """The configured negotiations, then the storylines found among the other articles,
    most salient first, then the articles in none."""
    pinned = [_story(n.name, n.name, list(n.sides),
                     [r for r in results if fits(r, n, parser)]) for n in config.negotiations]
    taken = {a for s in pinned for a in s.article_ids}
    rest = [r for r in results if r.article.id not in taken]
    found = find_storylines(rest, parser.sides, parser.lexicon)
    taken |= {a for s in found for a in s.article_ids}
    other = str(parser.lexicon["stories"]["other"])
    left = [r for r in results if r.article.id not in taken]
    return [*pinned, *found, *([_story(OTHER_ID, other, [], left)] if left else [])]


def successors(before: list[Storyline], after: list[Storyline]) -> dict[str, str]:
    """For each storyline of ``before`` (by id and by name) that ``after`` no longer holds
    under that name, the name of the one that holds most of its articles still read, when
    that is more than half of them: an article that joins a storyline can rename it
    ("Apr–Dec 2025" becomes "Apr 2025–Feb 2026"); a storyline split in two, or mostly gone,
    has no heir."""
    names = {s.name for s in after}
    read = {a for s in after for a in s.article_ids}
    moved: dict[str, str] = {}
    for old in before:
        ids = read.intersection(old.article_ids)
        if old.name in names or old.id == OTHER_ID or not ids:
            continue
        shared, heir = max(((len(ids.intersection(s.article_ids)), s) for s in after
                            if s.id != OTHER_ID), key=lambda p: p[0], default=(0, None))
        if heir is not None and 2 * shared > len(ids):
            moved[old.id] = moved[old.name] = heir.name
    return moved


def straight_into(stories: list[Storyline]) -> Storyline | None:
    """The storyline a folder opens straight into: the only one found, when it holds most of
    the folder's articles (the rest are strays: company news, market reports). A folder of
    several storylines, or of one among many other articles, opens on their list instead."""
    found = [s for s in stories if s.id != OTHER_ID]
    total = sum(s.size for s in stories)
    if len(found) == 1 and 2 * found[0].size > total:
        return found[0]
    return None


_DASHES = str.maketrans({c: " " for c in "-‐‑‒–—·"})


# Ends a storyline name's pair ("Canada–US · steel · Feb–Jun 2025"): the packaged separator,
# as the names are made with it.
_TOPIC_MARK = str(packaged_section("stories")["name_separator"]).strip()


def folded(text: str) -> str:
    """Text as storylines are looked up: case and dashes aside ("us-china" finds
    "China–US · tariffs")."""
    return text.casefold().translate(_DASHES)


def holds_words(text: str, wanted: str) -> bool:
    """Whether each word of ``wanted`` is a whole word of ``text`` (folded as ``folded``)."""
    words = set(folded(text).split())
    return all(part in words for part in folded(wanted).split())


def word_matches(stories: list[Storyline], wanted: str,
                 text: Callable[[Storyline], str] = lambda s: s.name
                 ) -> tuple[list[Storyline], list[Storyline]]:
    """The storylines whose ``text`` holds each word of ``wanted`` whole, and those where
    the words only start words ("uk": UK–US, then Ukraine–US), each in the given order."""
    whole: list[Storyline] = []
    started: list[Storyline] = []
    for story in stories:
        written = text(story)
        if starts_words(written, wanted):
            (whole if holds_words(written, wanted) else started).append(story)
    return whole, started


def listed_matches(stories: list[Storyline], wanted: str, sides: Sequence[str] = ()
                   ) -> list[Storyline]:
    """The storylines the list shows for a filter typed: whole words of the name first
    ("uk": UK–US before Ukraine–US; "japan": Japan–US before a storyline that only counts
    Japan among its sides), then whole words of the sides, then words the name starts ("ja"),
    then words the sides start, then those with every side the filter names by another of
    its names (``sides``: "swiss" is Switzerland); each in the list's order (most salient
    first); last those whose articles are about it ("fish", "coffee": their ``subjects``)."""
    named, name_started = word_matches(stories, wanted)
    whole, started = word_matches(stories, wanted, lambda s: f"{s.name} {' '.join(s.sides)}")
    about, about_started = word_matches(stories, wanted, _subjects)
    shown: dict[int, Storyline] = {}
    for story in [*named, *whole, *name_started, *started, *with_sides(stories, sides),
                  *about, *about_started]:
        shown.setdefault(id(story), story)  # a dict keeps the order they came in
    return list(shown.values())


def starts_words(text: str, wanted: str) -> bool:
    """Whether each word of ``wanted`` starts a word of ``text`` (folded as ``folded``):
    "us" finds "China–US", not "Australia"; "kor" finds "South Korea". Words joined by a
    dash are a pair: each starts a word of the pair ``text`` opens with ("us-c" finds
    "Canada–US · steel", not "Japan–US · cars")."""
    words = folded(text).split()
    if not all(any(w.startswith(part) for w in words) for part in folded(wanted).split()):
        return False
    pair = folded(text.split(_TOPIC_MARK, 1)[0]).split()
    return all(all(any(w.startswith(part) for w in pair) for part in joined)
               for joined in (folded(group).split() for group in wanted.split())
               if len(joined) > 1)


def with_sides(stories: list[Storyline], sides: Sequence[str]) -> list[Storyline]:
    """The storylines that have every one of ``sides`` (none when none is given)."""
    return [s for s in stories if sides and set(sides) <= set(s.sides)]


def matching(stories: list[Storyline], wanted: str, sides: Sequence[str] = ()
             ) -> list[Storyline]:
    """The storyline with this id, else the one of this name, else every one whose name
    holds each of its words (as the start of a word), else every one with each side that
    ``wanted`` names by another name (``sides``: "swiss" is Switzerland), else every one
    whose sides hold its words whole ("boeing"), else every one whose articles are about it
    (``Storyline.subjects``: "fish")."""
    for story in stories:
        if story.id == wanted or story.name.casefold() == wanted.casefold():
            return [story]
    moved = [story for story in stories if retopiced(story, wanted)]
    if moved:
        return moved  # an id saved before the storyline's topic word changed
    if not folded(wanted).split():
        return []
    # Whole words first: "UK–US" is the UK–US talks, not also Ukraine–US ("uk" starts both).
    whole, started = word_matches(stories, wanted)
    if whole or started:
        return whole or started
    # A side the storyline found rather than one the side finder knows ("boeing", as the
    # list's filter finds it).
    of_sides = word_matches(stories, wanted, lambda s: " ".join(s.sides))[0]
    about, about_started = word_matches(stories, wanted, _subjects)
    return with_sides(stories, sides) or of_sides or about or about_started


def _subjects(story: Storyline) -> str:
    """What a storyline's articles are about, as words to look it up by."""
    return " ".join(story.subjects)


def pick(stories: list[Storyline], wanted: str) -> Storyline | None:
    """The storyline ``matching`` finds first, if any."""
    found = matching(stories, wanted)
    return found[0] if found else None


def story_briefing(results: list[ArticleResult], config: Config, parser: Parser,
                   stories: list[Storyline], as_of: dt.date | None, wanted: str | None
                   ) -> Briefing:
    """The briefing of every article (with the folder's storylines), of a configured
    negotiation, of the articles in none (``UNMATCHED``), or of one storyline (by id or
    name), its items ranked by salience, with the sides its bodies act within. A
    negotiation's or a storyline's leaves out the agreed items and disputes about a company
    deal or a market report."""
    briefing = _story_briefing(results, config, parser, stories, as_of, wanted)
    briefing.side_parents = side_parents(briefing, parser.lexicon, parser.sides)
    briefing.side_short = parser.sides.short
    return briefing


def _story_briefing(results: list[ArticleResult], config: Config, parser: Parser,
                    stories: list[Storyline], as_of: dt.date | None, wanted: str | None
                    ) -> Briefing:
    lexicon = parser.lexicon
    links = lexicon.cached("threat_deadline_links", lambda: frozenset(
        lexicon.words("time", "threat_deadline_links")))
    deals = lexicon.cached("deal_words", lambda: DealWords.of(lexicon))
    if wanted is None:
        # A folder that is one storyline and nothing else is that negotiation: its reports
        # of one event merge, its settled threats' deadlines are called off. Files with no
        # statement beside it (an empty or broken file, a notice) make it no less one.
        found = [s for s in stories if s.id != OTHER_ID]
        one = len(found) == 1 and all(s.statements == 0 for s in stories if s.id == OTHER_ID)
        briefing = build_briefing(results, as_of, one_negotiation=one, threat_links=links,
                                  deals=deals, lexicon=lexicon)
        briefing.storylines = stories
        # A folder of many stories too: who acts most comes first, company and market news last.
        rank_briefing(briefing, parser.lexicon)
        briefing.elsewhere = _warned_elsewhere(results, briefing)
        return briefing
    names = {n.name for n in config.negotiations}
    # One storyline is as of the folder's newest article, not its own: what it said was due
    # may have passed since, as the folder's later news knows (an analyst's IMF meeting of
    # April 10 was "in 1d" in a folder that ran to April 13).
    if as_of is None:
        as_of = newest(results)
    story = pick(stories, wanted) if wanted not in names and wanted != UNMATCHED else None
    one = wanted != UNMATCHED and (story is None or story.id != OTHER_ID)
    if story is None and wanted not in names and wanted != UNMATCHED:
        # A storyline gone (its articles removed): none of the folder's, not all of them.
        briefing = build_briefing([], as_of, one_negotiation=True, lexicon=lexicon)
    elif story is None:
        briefing = build_briefing(select(results, config.negotiations, wanted, parser), as_of,
                                  one_negotiation=one, threat_links=links,
                                  deals=deals, lexicon=lexicon)
        # (named in the export as a found storyline is: a user's two negotiations of one
        # set of articles exported byte-identical)
        briefing.storylines = [s for s in stories if s.id == wanted]
    else:
        ids = set(story.article_ids)
        briefing = build_briefing([r for r in results if r.article.id in ids], as_of,
                                  one_negotiation=one, threat_links=links,
                                  deals=deals, lexicon=lexicon)
        briefing.storylines = [story]
    if one:
        drop_off_topic(briefing, parser.lexicon)  # a negotiation's: not company or market news
    rank_briefing(briefing)
    briefing.elsewhere = _warned_elsewhere(results, briefing)
    return briefing


def _warned_elsewhere(results: list[ArticleResult], briefing: Briefing) -> list[Article]:
    """The folder's articles with a warning that the briefing leaves out: those published by
    its as-of, and a file with no text whatever its date (an empty file dated after the rest
    sets no as-of, yet its reader must learn why it shows nothing)."""
    inside = {a.id for a in briefing.articles}
    shown = {r.article.id for r in published_by(results, briefing.as_of)}
    return [r.article for r in results if r.article.warnings and r.article.id not in inside
            and (r.article.id in shown or not r.article.opening)]
