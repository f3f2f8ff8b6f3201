"""Storylines: grouping, naming and side finding, on articles written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.core.pipeline import Parser, build_briefing
from briefing.core.stories import find_storylines, rank_briefing
from briefing.core.stories.naming import span_label
from briefing.export.serial import decode, encode
from briefing.model import ArticleResult, Storyline
from tests.stories_data import ALL, COCOA, OTHER, STEEL


@pytest.fixture
def results(write_articles) -> list[ArticleResult]:
    parser = Parser(Config(path=None))
    return parser.parse_paths([write_articles(ALL)])


@pytest.fixture
def stories(results: list[ArticleResult]) -> list[Storyline]:
    parser = Parser(Config(path=None))
    return find_storylines(results, parser.sides, parser.lexicon)


def _ids(files: dict[str, str]) -> set[str]:
    return {Path(name).stem for name in files}


def test_two_negotiations_found(stories: list[Storyline]) -> None:
    found = sorted(sorted(s.article_ids) for s in stories)
    assert found == sorted([sorted(_ids(COCOA)), sorted(_ids(STEEL))])


def test_company_news_belongs_to_none(stories: list[Storyline]) -> None:
    grouped = {a for s in stories for a in s.article_ids}
    assert not grouped & _ids(OTHER)


def test_sides_found_without_config(stories: list[Storyline]) -> None:
    steel = next(s for s in stories if "steel-1" in s.article_ids)
    cocoa = next(s for s in stories if "cocoa-1" in s.article_ids)
    assert set(steel.sides[:2]) == {"Canada", "Mexico"}
    assert "ICCO" in cocoa.sides and {"Producers", "Consumers"} & set(cocoa.sides)


def test_names_a_person_would_give(stories: list[Storyline]) -> None:
    steel = next(s for s in stories if "steel-1" in s.article_ids)
    assert steel.name in ("Canada–Mexico · steel · Mar–Apr 2024",
                          "Mexico–Canada · steel · Mar–Apr 2024")
    assert (steel.start, steel.end) == (dt.date(2024, 3, 4), dt.date(2024, 4, 2))
    assert steel.size == 3 and steel.statements >= 4
    assert steel.id.endswith("-2024-03") and " " not in steel.id


def test_span_labels() -> None:
    d = dt.date
    assert span_label(d(1987, 3, 1), d(1987, 6, 19), "–") == "Mar–Jun 1987"
    assert span_label(d(1987, 3, 1), d(1987, 3, 9), "–") == "Mar 1987"
    assert span_label(d(1986, 11, 1), d(1987, 2, 1), "–") == "Nov 1986–Feb 1987"
    assert span_label(None, None, "–") == ""


def test_keys_survive_the_cache(results: list[ArticleResult]) -> None:
    for result in results:
        back = decode(encode(result), result.article.id, result.article.path)
        assert back.keys == result.keys


def test_storylines_far_apart_in_time_stay_apart(write_articles) -> None:
    later = {name.replace("steel-", "late-"): text.replace("2024-", "2025-")
             for name, text in STEEL.items()}
    parser = Parser(Config(path=None))
    results = parser.parse_paths([write_articles({**STEEL, **later})])
    stories = find_storylines(results, parser.sides, parser.lexicon)
    assert len(stories) == 2


def test_salience_ranks_who_acts(results: list[ArticleResult]) -> None:
    briefing = build_briefing([r for r in results if r.article.id.startswith("steel")])
    rank_briefing(briefing)
    assert briefing.participants[0].name in ("Ana Ruiz", "Paul Grant")
    reports = [s.reports for s in briefing.agreed]
    assert reports == sorted(reports, reverse=True)
