"""Shared fixtures: a lexicon, a parser, and article folders written by the tests."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from briefing.config import Config, load_config
from briefing.core.pipeline import Parser
from briefing.language.lexicon import Lexicon, load_lexicon
from briefing.model import Sentence

SIDES = {"Freedonia": ["Freedonian", "Fredville"], "Sylvania": ["Sylvanian", "Port Sylvan"]}


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache, config and data dirs: never the user's."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    return base


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def config() -> Config:
    return Config(path=None, sides=dict(SIDES))


@pytest.fixture(scope="session")
def parser(config: Config) -> Parser:
    return Parser(config)


@pytest.fixture
def sentences(parser: Parser) -> Callable[[str], list[Sentence]]:
    """Split a paragraph of test text into sentences the way the pipeline does."""
    def split(text: str) -> list[Sentence]:
        from briefing.model import Article
        art = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, [text], "wire")
        return parser.sentences(art)
    return split


@pytest.fixture
def write_articles(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write files into a fresh folder and return it."""
    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "articles"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder
    return write


@pytest.fixture(scope="session")
def sample_config() -> Config:
    """The packaged default config, which points at the bundled sample articles."""
    from briefing.config import packaged_path
    return load_config(str(packaged_path()))


# Property tests: a quick profile for every run, a deep one for robustness work
# (HYPOTHESIS_PROFILE=deep python -m pytest tests/test_fuzz.py --hypothesis-show-statistics).
settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("deep", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
