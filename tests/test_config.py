"""Config validation and the lexicon additions it carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import ConfigError, packaged_path, parse_config
from briefing.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def test_repository_config_is_the_packaged_default() -> None:
    assert (ROOT / "config.yaml").read_text() == packaged_path().read_text()


def test_packaged_config_is_valid_and_points_at_samples() -> None:
    cfg = parse_config(packaged_path().read_text(), packaged_path())
    assert cfg.warnings == []
    assert cfg.articles[0].is_dir() and len(list(cfg.articles[0].iterdir())) >= 8


@pytest.mark.parametrize(("text", "key"), [
    ("articles: 5\n", "articles"),
    ("sides: [a, b]\n", "sides"),
    ("sides:\n  A: B\n", "sides.A"),
    ("lexicon: {colours: {}}\n", "lexicon.colours"),
    ("lexicon: {roles: [x]}\n", "lexicon.roles"),
    ("keys: {quit: 5}\n", "keys"),
    ("extensions: txt\n", "extensions"),
    ("- just\n- a list\n", "(top level)"),
])
def test_errors_name_file_key_and_fix(text: str, key: str, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    with pytest.raises(ConfigError) as err:
        parse_config(text, path)
    message = str(err.value)
    assert message.startswith(f"{path}: {key}:") and "fix:" in message and "\n" not in message


def test_yes_no_on_off_stay_words() -> None:
    cfg = parse_config("lexicon: {cues: {negation: [no, never]}}\n", Path("c.yaml"))
    assert cfg.lexicon["cues"]["negation"] == ["no", "never"]


def test_lexicon_additions_extend_the_packaged_lists() -> None:
    lex = load_lexicon({"roles": {"titles": ["facilitator"]}})
    assert "facilitator" in lex["roles"]["titles"] and "minister" in lex["roles"]["titles"]
    assert lex.fingerprint != load_lexicon().fingerprint


def test_config_title_reaches_the_parser(write_articles) -> None:
    from briefing.config import Config
    from briefing.pipeline import Parser
    folder = write_articles({"a.txt": " date 2026-03-02 Freedonian facilitator Ada Moss said "
                                      "the talks would go on.\n"})
    plain = Parser(Config(path=None)).parse_paths([folder])[0].participants
    extended = Parser(Config(path=None, lexicon={"roles": {"titles": ["facilitator"]}}))
    assert plain == [] or all(p.roles == [] for p in plain)
    assert extended.parse_paths([folder])[0].participants[0].roles == ["Freedonian facilitator"]


def test_negotiations_are_validated_and_share_their_sides(tmp_path: Path) -> None:
    cfg = parse_config("sides: {A: [Aan]}\nnegotiations:\n  - name: Fish\n    sides: {B: [Bee]}\n"
                       "    keywords: [cod]\n    folders: [fish]\n", tmp_path / "c.yaml")
    assert [n.name for n in cfg.negotiations] == ["Fish"]
    assert cfg.sides == {"A": ["Aan"], "B": ["Bee"]}
    assert tmp_path / "fish" in cfg.articles
    with pytest.raises(ConfigError, match="negotiations\\[0\\]: needs a name"):
        parse_config("negotiations: [{keywords: [cod]}]\n", tmp_path / "c.yaml")
    with pytest.raises(ConfigError, match=r"negotiations\[0\]\.colour"):
        parse_config("negotiations: [{name: X, colour: red}]\n", tmp_path / "c.yaml")
