"""The session over a folder: the one facade the dashboard and the exports talk to.

Results come from the cache for unchanged files; the rest are parsed, in worker processes
when there are many (``scheduler``). Every public method of ``Corpus`` may be called from any
thread: a lock keeps one at a time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

from briefing.config import Config
from briefing.core.extract.sides import SideFinder
from briefing.core.pipeline import Parser, parse_one, published_by, unique_id
from briefing.core.read.files import Found, discover
from briefing.export.serial import encode
from briefing.language.lexicon import load_lexicon
from briefing.model import Article, ArticleResult, Briefing, Storyline
from briefing.session.cache import ResultCache, Row
from briefing.session.keys import briefing_key, parser_version, path_key
from briefing.session.load import LoadStats as LoadStats
from briefing.session.load import Progress, load_results
from briefing.session.stories import for_folder, story_briefing, storylines_of, successors

log = logging.getLogger("briefing.loader")


def load_briefing(config: Config, paths: list[Path] | None = None, as_of: dt.date | None = None,
                  *, use_cache: bool = True, progress: Progress | None = None,
                  stats: LoadStats | None = None) -> Briefing:
    """The briefing for ``paths`` (or the config's article folders) as of a date."""
    corpus = Corpus(config, paths, use_cache)
    return corpus.open(as_of, progress=progress, stats=stats)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cycle collector off while building many objects that stay alive: it would
    scan the growing heap again and again (a warm load of 19,043 articles took 1.1 s with
    it and 0.6 s without), then freeze them."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was built stays alive: move it out of the collector's sight, or the first
        # collection after this would scan it all and stall the interface for half a second.
        # Objects are still freed by reference counting when dropped.
        gc.freeze()
        if was:
            gc.enable()


F = TypeVar("F", bound=Callable[..., Any])


def _locked(method: F) -> F:
    """One call at a time on a corpus, whichever thread makes it (re-entrant: ``open``
    calls ``load``)."""
    @functools.wraps(method)
    def locked(self: Corpus, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)
    return cast(F, locked)


class Corpus:
    """The articles of a session, kept in memory so one changed file costs one parse.

    ``open`` gives the briefing, from the cache's merged briefings when nothing changed;
    ``load`` reads every article's results (cache first); ``apply`` takes the files a watcher
    saw change.
    """

    def __init__(self, config: Config, paths: list[Path] | None = None,
                 use_cache: bool = True) -> None:
        self.config = for_folder(config, paths)
        self.paths = list(paths or config.articles)
        self.use_cache = use_cache
        self._results: dict[str, ArticleResult] = {}
        self.loaded = False
        self._parser: Parser | None = None
        self._version: str | None = None
        self._stories: list[Storyline] | None = None
        # After a live change the storylines are found again only when asked for (the list,
        # a storyline's briefing): grouping the whole folder would double a live update.
        self._stories_stale = False
        self._stories_as_of: dt.date | None = None  # the date the storylines were found as of
        # A storyline renamed or merged by a live change, by its old id and name: its heir's name.
        self._moved: dict[str, str] = {}
        self._last: list[Storyline] | None = None  # the storylines last found
        self._pending: tuple[str, Briefing] | None = None  # opened, not yet stored
        self._lock = threading.RLock()
        self._names: SideFinder | None = None  # side names, for looking storylines up

    def _cache(self) -> ResultCache | None:
        return ResultCache() if self.use_cache else None

    def _parser_and_version(self) -> tuple[Parser, str]:
        if self._parser is None:
            self._parser = Parser(self.config)
        if self._version is None:
            self._version = parser_version(self._parser)
        return self._parser, self._version

    @_locked
    def open(self, as_of: dt.date | None = None, negotiation: str | None = None,
             progress: Progress | None = None, stats: LoadStats | None = None) -> Briefing:
        """The briefing as of a date: the stored merge when nothing it depends on changed,
        else every article's results merged (and stored for next time)."""
        cache = self._cache()
        if cache is None:
            self.load(progress, stats)
            return self.briefing(as_of, negotiation)
        try:
            _, version = self._parser_and_version()
            found = discover(self.paths, self.config.extensions)
            key = briefing_key(self.config, found, as_of, negotiation, version)
            with gc_paused():
                stored = cache.briefing(key)
            if stored is not None:
                if stats is not None:
                    stats.files = stats.cached = len(stored.articles)
                return stored
            stats = stats if stats is not None else LoadStats()
            self.load(progress, stats, found)
            briefing = self.briefing(as_of, negotiation)
            if stats.parsed <= stats.files // 10:
                cache.store_briefing(key, briefing)
            else:
                # After a long parse the caller stores it once the user has it in front of them
                # (``store_pending``): the next open then starts from it, not from every
                # article's results again (on the Reuters corpus 7.5 s instead of 1.7 s).
                self._pending = (key, briefing)
            return briefing
        finally:
            cache.close()

    @_locked
    def store_pending(self) -> None:
        """Store the briefing a long parse opened, once it has been shown or written out."""
        pending, self._pending = self._pending, None
        cache = self._cache() if pending is not None else None
        if cache is None or pending is None:
            return
        try:
            cache.store_briefing(*pending)
        except Exception as exc:  # a cache that cannot be written costs only the next open
            log.warning("could not store the briefing (%s: %s)", type(exc).__name__, exc)
        finally:
            cache.close()

    @_locked
    def load(self, progress: Progress | None = None, stats: LoadStats | None = None,
             found: list[Found] | None = None) -> None:
        """Read every article's results under the paths (or the ``found`` files)."""
        cache = self._cache()
        try:
            with gc_paused():
                parser, _ = self._parser_and_version()
                results = load_results(self.paths, self.config, cache=cache, progress=progress,
                                       stats=stats, found=found, parser=parser)
        finally:
            if cache:
                cache.close()
        self._results = {path_key(r.article.path): r for r in results}
        self._stories = None
        self.loaded = True
        self._parser_and_version()  # ready for the first live change

    @_locked
    def read_paragraphs(self, article: Article) -> list[str]:
        """An article's paragraphs, read again from its file (the cache keeps only results);
        none when the file is gone."""
        parser, _ = self._parser_and_version()
        try:
            read = parser.read_article(article.path, article.id)[1]
        except OSError:
            return []
        return read.paragraphs if read else []

    def sides_named(self, text: str) -> list[str]:
        """The sides a text names by any of their names ("swiss": Switzerland), to look
        storylines up by. Not locked: a filter typed while the articles load reads a side
        finder of its own (the parser's is the workers')."""
        if self._names is None:  # the parser's lexicon when it is built, read once else
            lexicon = self._parser.lexicon if self._parser is not None else load_lexicon(
                self.config.lexicon)
            self._names = SideFinder(self.config.sides, lexicon)
        return list(dict.fromkeys(m.side for m in self._names.find(text)))

    @_locked
    def tag_sides(self, briefing: Briefing) -> None:
        """Work out the sides each statement and date names, once per briefing."""
        if not briefing.sides_tagged:
            parser, _ = self._parser_and_version()
            parser.tag_sides([*briefing.agreed, *briefing.disputes, *briefing.dates,
                              *briefing.timeline], {a.id: a.date for a in briefing.articles},
                             {p.name: p.side for p in briefing.participants if p.side})
            briefing.sides_tagged = True

    @_locked
    def wants(self, path: Path) -> bool:
        """Whether a changed path is an article of this corpus (by place, name and ending)."""
        key = path_key(path)
        name = path.name
        if name.startswith(".") or not name.lower().endswith(self.config.extensions):
            return key in self._results
        roots = [path_key(p) for p in self.paths]
        return any(key == root or key.startswith(root.rstrip(os.sep) + os.sep) for root in roots)

    @_locked
    def apply(self, changed: set[Path], removed: set[Path]) -> tuple[list[str], list[str], list[str]]:
        """Parse changed files and drop removed ones: (added, updated, removed) file names."""
        if not self.loaded:
            self.load()
        parser, version = self._parser_and_version()
        added: list[str] = []
        updated: list[str] = []
        gone: list[str] = []
        for path in removed:
            if self._results.pop(path_key(path), None) is not None:
                gone.append(path.name)
        taken = {r.article.id for r in self._results.values()}
        rows: list[tuple[str, Row]] = []
        for path in sorted(changed):
            key = path_key(path)
            old = self._results.get(key)
            article_id = old.article.id if old else unique_id(path, taken)
            try:
                state, result = parse_one(parser, path, article_id)
            except OSError:
                if self._results.pop(key, None) is not None:
                    gone.append(path.name)
                continue
            assert result is not None
            self._results[key] = result
            rows.append((key, Row(state.size, state.mtime_ns, state.digest, version,
                                  encode(result))))
            (updated if old else added).append(path.name)
        self._stories_stale = True
        cache = self._cache()
        if cache:
            cache.store(rows)
            cache.close()
        return added, updated, gone

    @_locked
    def briefing(self, as_of: dt.date | None = None, negotiation: str | None = None) -> Briefing:
        """The briefing over the articles as they are now, for one negotiation or all."""
        if not self.loaded:
            self.load()
        with gc_paused():
            ordered = [self._results[k] for k in sorted(self._results)]
            parser, _ = self._parser_and_version()
            if self._stories is None or self._stories_as_of != as_of or (
                    self._stories_stale and negotiation is not None):
                # As of a date, the storylines of the articles published by then.
                self._regroup(ordered, parser, as_of)
            return story_briefing(ordered, self.config, parser, self._stories or [], as_of,
                                  self.renamed(negotiation))

    def _regroup(self, ordered: list[ArticleResult], parser: Parser, as_of: dt.date | None
                 ) -> None:
        """Find the storylines again, noting which one each old one became (also across a
        reload, which forgets the storylines but not what they were)."""
        before = self._last
        stories = storylines_of(published_by(ordered, as_of), self.config, parser)
        moved: dict[str, str] = {}
        if before is not None and as_of == self._stories_as_of:
            found = successors(before, stories)
            moved = {old: found.get(new, new) for old, new in self._moved.items()}
            moved.update(found)
            current = {s.name for s in stories} | {s.id for s in stories}
            moved = {old: new for old, new in moved.items() if old not in current}
        # Each assigned whole: ``renamed`` reads them without the lock.
        self._stories = self._last = stories
        self._stories_stale, self._stories_as_of = False, as_of
        self._moved = moved

    def renamed(self, negotiation: str | None) -> str | None:
        """The name a storyline shown as ``negotiation`` has now (a live change may have
        renamed it); any other name as it is. Never waits for the lock."""
        return self._moved.get(negotiation, negotiation) if negotiation is not None else None

    def storylines_now(self) -> list[Storyline] | None:
        """The storylines as last found in this session, if no file changed since; None
        when none were found here (a briefing from the cache has its own) or files changed.
        Never waits for the lock: the interface asks."""
        stories, stale = self._stories, self._stories_stale
        return None if stories is None or stale else stories

    @property
    def storylines_changed(self) -> bool:
        """Whether files came or went since the storylines were found (``storylines`` then
        finds them again)."""
        return self._stories_stale

    @_locked
    def storylines(self) -> list[Storyline]:
        """The folder's storylines (configured, found, then the other articles), from the
        stored whole-folder briefing when nothing changed."""
        if self._stories is not None and self._stories_stale and self.loaded:
            parser, _ = self._parser_and_version()
            ordered = [self._results[k] for k in sorted(self._results)]
            self._regroup(ordered, parser, self._stories_as_of)
        if self._stories is None:
            self._stories = self.open().storylines
        return self._stories
