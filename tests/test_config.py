"""Config validation and the lexicon additions it carries."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefing.config import ConfigError, packaged_path, parse_config
from briefing.language.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def test_repository_config_is_the_packaged_default() -> None:
    assert (ROOT / "config.yaml").read_text() == packaged_path().read_text()


def test_packaged_config_is_valid_and_points_at_samples() -> None:
    cfg = parse_config(packaged_path().read_text(), packaged_path())
    assert cfg.warnings == []
    assert cfg.articles[0].is_dir() and len(list(cfg.articles[0].iterdir())) >= 8


@pytest.mark.parametrize(("text", "key"), [
    ("articles: 5\n", "articles"),
    # the fuzz test's: a home folder of no user ("~0") raised from pathlib
    ("articles: ~nosuchuser0\n", "articles"),
    ("sides: [a, b]\n", "sides"),
    ("sides:\n  A: B\n", "sides.A"),
    ("lexicon: {colours: {}}\n", "lexicon.colours"),
    ("lexicon: {roles: [x]}\n", "lexicon.roles"),
    ("keys: {quit: 5}\n", "keys.quit"),
    ("keys: [q]\n", "keys"),
    ("extensions: txt\n", "extensions"),
    ("- just\n- a list\n", "(top level)"),
])
def test_errors_name_file_key_and_fix(text: str, key: str, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    with pytest.raises(ConfigError) as err:
        parse_config(text, path)
    message = str(err.value)
    assert re.match(rf"{re.escape(str(path))}: (line \d+: )?{re.escape(key)}:", message)
    assert "fix:" in message and "\n" not in message


def test_a_key_written_as_a_number_is_told_to_be_quoted() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config("keys: {quit: 5}\n", Path("c.yaml"))
    assert "keys.quit: is read as a number" in str(err.value)
    assert "fix: write the key in quotes" in str(err.value)


def test_yes_no_on_off_stay_words() -> None:
    cfg = parse_config("lexicon: {cues: {negation: [no, never]}}\n", Path("c.yaml"))
    assert cfg.lexicon["cues"]["negation"] == ["no", "never"]


def test_lexicon_additions_extend_the_packaged_lists() -> None:
    lex = load_lexicon({"roles": {"titles": ["facilitator"]}})
    assert "facilitator" in lex["roles"]["titles"] and "minister" in lex["roles"]["titles"]
    assert lex.fingerprint != load_lexicon().fingerprint


def test_config_title_reaches_the_parser(write_articles) -> None:
    from briefing.config import Config
    from briefing.core.pipeline import Parser
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


@pytest.mark.parametrize(("text", "where", "problem"), [
    ("lexicon:\n  text:\n    boilerplate:\n      - 'fine.*'\n      - '(unclosed'\n",
     "line 5: lexicon.text.boilerplate[1]", "bad regular expression"),
    ("lexicon:\n  time:\n    not_dates: ['{month}[']\n",
     "line 3: lexicon.time.not_dates[0]", "bad regular expression"),
    ("lexicon:\n  time:\n    rules:\n      - name: fortnight\n        pattern: '{fortnight}'\n"
     "        resolve: relative_unit\n",
     "line 5: lexicon.time.rules[0].pattern", "unknown placeholder {fortnight}"),
    ("lexicon:\n  time:\n    rules:\n      - name: x\n        pattern: 'x'\n        resolve: magic\n",
     "line 6: lexicon.time.rules[0].resolve", "names no resolver"),
    ("lexicon:\n  time:\n    months: {brumaire: second}\n",
     "line 3: lexicon.time.months.brumaire", "must be a whole number"),
    ("lexicon:\n  roles:\n    titles: mediator\n", "line 3: lexicon.roles.titles", "must be a list"),
    ("lexicon:\n  roles:\n    titles: [[mediator]]\n", "line 3: lexicon.roles.titles[0]",
     "must be a word or phrase"),
    ("negotiations:\n  - name: Steel\n    keywords: steel\n", "line 3: negotiations[0].keywords",
     "must be a list of words"),
    ("lexicon:\n  sides:\n    former_names:\n      Burma: {side: Myanmar, until: soon}\n",
     "line 4: lexicon.sides.former_names.Burma.until", "must be a date (YYYY-MM-DD)"),
    ("lexicon:\n  sides:\n    bloc_left:\n      OPEC: {Gabon: January 1995}\n",
     "line 4: lexicon.sides.bloc_left.OPEC.Gabon", "must be a date (YYYY-MM-DD)"),
    ("lexicon:\n  sides:\n    bloc_joined:\n      OPEC: {Gabon: 2016-07-01 12:00:00}\n",
     "line 4: lexicon.sides.bloc_joined.OPEC.Gabon", "must be a date (YYYY-MM-DD)"),
])
def test_lexicon_errors_name_the_line(text: str, where: str, problem: str, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    with pytest.raises(ConfigError) as err:
        parse_config(text, path)
    assert str(err.value).startswith(f"{path}: {where}: {problem}"), str(err.value)
    assert "; fix: " in str(err.value)


def test_unknown_keys_are_warned_with_their_line(tmp_path: Path) -> None:
    cfg = parse_config("articles: []\ncolour: blue\nlexicon:\n  roles:\n    titlez: [envoy]\n",
                       tmp_path / "c.yaml")
    assert any("line 2: colour: unknown key ignored" in w for w in cfg.warnings)
    typo = parse_config("artciles: []\n", tmp_path / "c.yaml")
    assert "did you mean 'articles'?" in typo.warnings[0]
    assert any("line 5: lexicon.roles.titlez: unknown lexicon key ignored" in w
               for w in cfg.warnings)
    assert "titlez" not in cfg.lexicon.get("roles", {})


def test_a_valid_date_rule_from_the_config_is_used() -> None:
    import datetime as dt

    from briefing.core.extract.timex import tag_dates
    from briefing.language.lexicon import load_lexicon

    cfg = parse_config("lexicon:\n  time:\n    rules:\n      - name: week after the next\n"
                       "        pattern: 'the\\s+week\\s+after\\s+the\\s+next'\n"
                       "        resolve: week_after_next\n", Path("c.yaml"))
    found = tag_dates("They meet the week after the next.", dt.date(2026, 3, 2),
                      load_lexicon(cfg.lexicon))
    assert [t.text for t in found] == ["the week after the next"]


def test_a_bad_config_exits_2_with_one_line_naming_the_line(tmp_path: Path) -> None:
    from tests.test_cli import briefing

    (tmp_path / "config.yaml").write_text(
        "lexicon:\n  text:\n    boilerplate: ['(oops']\n", encoding="utf-8")
    run = briefing("export", "--format", "json", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "config.yaml: line 3: lexicon.text.boilerplate[0]: bad regular expression" in run.stderr


WORDS_RULE = ("lexicon:\n  time:\n    trigger_words: [fortnight]\n    rules:\n"
              "      - name: fortnight\n        pattern: 'in\\s+a\\s+fortnight'\n"
              "        resolve: week_after_next\n        words: [fortnight]\n")


def test_a_user_time_rule_may_have_words(tmp_path: Path, write_articles) -> None:
    from briefing.config import load_config
    from briefing.core.pipeline import Parser
    (tmp_path / "c.yaml").write_text(WORDS_RULE, encoding="utf-8")
    cfg = load_config(str(tmp_path / "c.yaml"))
    assert cfg.lexicon["time"]["rules"][0]["words"] == ["fortnight"]
    folder = write_articles({"a.txt": " date 2026-03-02 Ministers will meet in a fortnight.\n"})
    result = Parser(cfg).parse_paths([folder])[0]
    assert [(d.expression, d.start) for d in result.dates] == [
        ("in a fortnight", dt.date(2026, 3, 16))]


@pytest.mark.parametrize(("rule", "where", "problem"), [
    ("{name: f, pattern: 'in {fortnight}', resolve: week_after_next}",
     "lexicon.time.rules[0].pattern", "unknown placeholder {fortnight}"),
    ("{name: f, pattern: '(?P<m>{month}) next', resolve: exact}",
     "lexicon.time.rules[0].pattern", "has no group (?P<d>...), which resolver exact reads"),
    ("{name: f, pattern: 'x', resolve: tag_dates}", "lexicon.time.rules[0].resolve",
     "names no resolver"),
    ("{name: f, pattern: 'x', resolve: week_after_next, words: fortnight}",
     "lexicon.time.rules[0].words", "must be a list"),
    ("{name: f, pattern: 'x', resolve: week_after_next, colour: red}",
     "lexicon.time.rules[0].colour", "is not a known key"),
    ("{name: f, resolve: week_after_next}", "lexicon.time.rules[0]", "needs 'pattern'"),
])
def test_a_time_rule_the_parser_cannot_use_is_refused_at_load(
        rule: str, where: str, problem: str, tmp_path: Path) -> None:
    from briefing.config import load_config
    path = tmp_path / "c.yaml"
    path.write_text(f"lexicon:\n  time:\n    rules:\n      - {rule}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(str(path))
    assert str(err.value).startswith(f"{path}: line 4: {where}: {problem}"), str(err.value)
    assert "; fix: " in str(err.value) and "\n" not in str(err.value)


def test_a_time_rule_the_config_accepts_never_fails_the_parse(write_articles) -> None:
    """A rule that matches a word its table lacks finds no date there; the article keeps
    its other items (before, such a rule cost the article every item)."""
    from briefing.core.pipeline import Parser
    cfg = parse_config("lexicon:\n  time:\n    trigger_words: [overmorrow]\n    rules:\n"
                       "      - {name: o, pattern: '(?P<w>overmorrow)', resolve: deictic}\n",
                       Path("c.yaml"))
    folder = write_articles({"a.txt": " date 2026-03-02 Ministers meet overmorrow and again "
                                      "on March 20.\n"})
    result = Parser(cfg).parse_paths([folder])[0]
    assert not any("could not be parsed" in w for w in result.article.warnings)
    assert [d.expression for d in result.dates] == ["March 20"]


def test_the_default_extensions_are_the_readers() -> None:
    from briefing.config import ARTICLE_SUFFIXES
    from briefing.core.read import files
    assert ARTICLE_SUFFIXES == files.ARTICLE_SUFFIXES


def test_binding_ids_keep_their_lines_for_the_app_warning() -> None:
    cfg = parse_config("articles: []\nkeys:\n  quit: 'q'\n  quitt: 'x'\n", Path("c.yaml"))
    assert cfg.key_places == {"quit": "line 3: keys.quit", "quitt": "line 4: keys.quitt"}
