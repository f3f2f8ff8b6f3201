"""The CLI through the real ``briefing`` entry point."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = shutil.which("briefing") or str(Path(sys.executable).parent / "briefing")

WIRE = (" date 2026-03-02 Freedonian Trade Minister Olga Brandt said on Monday that the two "
        "sides agreed to hold the next round in Port Sylvan on March 20.\n"
        "Sylvania rejected the Freedonian demand for lower steel duties, a spokesman said.\n")


def briefing(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=60)


def test_export_json_contract(write_articles, tmp_path: Path) -> None:
    folder = write_articles({"talks.txt": WIRE})
    run = briefing("export", "--format", "json", str(folder), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["as_of"] == "2026-03-02"
    assert data["articles"][0]["id"] == "talks"
    assert data["participants"][0]["name"] == "Olga Brandt"
    assert data["agreed"][0]["evidence"][0]["article"] == "talks"
    assert data["disputes"][0]["evidence"][0]["sentence"].startswith("Sylvania rejected")
    assert data["dates"][0]["start"] == "2026-03-20"
    # What is due, and apart from it who acts (a participant with no side too); the row
    # and the Markdown show both.
    assert data["dates"][0]["what"] == "next round"
    assert data["dates"][0]["who"] == ["Olga Brandt"]
    assert {"timeline", "participants", "agreed", "disputes", "dates"} <= set(data)


def test_as_of_before_every_article_says_so(write_articles, tmp_path: Path) -> None:
    # Found by a new user: an empty export with no word of why.
    folder = write_articles({"talks.txt": WIRE})
    for command in ("export", "stories"):
        run = briefing(command, "--as-of", "2026-01-15", str(folder), cwd=tmp_path)
        assert run.returncode == 0
        assert run.stderr == "briefing: note: no article is dated on or before 2026-01-15\n"
    assert briefing("export", "--as-of", "2026-03-05", str(folder), cwd=tmp_path).stderr == ""


def test_as_of_drops_passed_dates(write_articles, tmp_path: Path) -> None:
    folder = write_articles({"talks.txt": WIRE})
    data = json.loads(briefing("export", "--as-of", "2026-03-25", str(folder), cwd=tmp_path).stdout)
    assert data["dates"] == []
    assert [(t["expression"], t["start"]) for t in data["timeline"]] == [
        ("on Monday", "2026-03-02"), ("March 20", "2026-03-20")]


def test_export_markdown(write_articles, tmp_path: Path) -> None:
    folder = write_articles({"talks.txt": WIRE})
    run = briefing("export", "--format", "markdown", str(folder), cwd=tmp_path)
    assert run.returncode == 0
    for heading in ("## Participants", "## Agreed", "## Open disputes", "## Upcoming dates"):
        assert heading in run.stdout
    assert "talks.txt, 2026-03-02" in run.stdout
    assert "**2026-03-20**: next round · Olga Brandt (March 20)" in run.stdout


def test_broken_files_are_warnings_in_export(write_articles, tmp_path: Path) -> None:
    folder = write_articles({"good.txt": WIRE, "bad.txt": b"\x00\xff\x00binary"})
    data = json.loads(briefing("export", str(folder), cwd=tmp_path).stdout)
    warnings = {a["id"]: a["warnings"] for a in data["articles"]}
    assert "binary" in warnings["bad"][0] and warnings["good"] == []
    assert data["participants"]


def test_bad_config_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("sides:\n  Freedonia: Freedonian\n", encoding="utf-8")
    run = briefing("export", "--config", str(bad), cwd=tmp_path)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(bad) in lines[0] and "sides.Freedonia" in lines[0] and "fix:" in lines[0]
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("key", ["notakey!!", "q,ctrl+nokey", "hyperdrive+q"])
def test_a_key_no_press_can_match_stops_the_dashboard(tmp_path: Path, key: str) -> None:
    # It had been taken: "notakey!!" for quit left only Ctrl+Q to leave the dashboard.
    bad = tmp_path / "config.yaml"
    bad.write_text(f"keys:\n  quit: {key!r}\n", encoding="utf-8")
    run = briefing("--config", str(bad), cwd=tmp_path)
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2 and len(lines) == 1, run.stderr
    assert "line 2: keys.quit" in lines[0] and "is no key" in lines[0] and "fix:" in lines[0]


def test_key_names_textual_knows_are_keys() -> None:
    from briefing.tui.keys import is_key
    assert all(map(is_key, ["q", "G", "ctrl+q", "shift+tab", "escape", "f5", "question_mark",
                            "pagedown", "?", "space", "slash", "plus", "minus", "at"]))
    # Names no key press carries: Textual presses "/" as "slash", not "solidus".
    assert not any(map(is_key, ["", "notakey", "ctrl+", "turbo+q", "q q", "solidus",
                                "plus_sign", "ESCAPE"]))


def test_a_negotiations_bad_sides_are_named_with_their_place(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("negotiations:\n  - name: Steel\n    sides:\n      A: B\n", encoding="utf-8")
    run = briefing("export", "--config", str(bad), cwd=tmp_path)
    assert run.returncode == 2 and "line 4: negotiations[0].sides.A: must be a list" in run.stderr


def test_invalid_yaml_config(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("articles: [unclosed\n", encoding="utf-8")
    run = briefing("export", cwd=tmp_path)
    assert run.returncode == 2 and "config.yaml" in run.stderr and "line" in run.stderr


def test_missing_config_file(tmp_path: Path) -> None:
    run = briefing("export", "--config", str(tmp_path / "none.yaml"), cwd=tmp_path)
    assert run.returncode == 2 and "no such file" in run.stderr


@pytest.mark.parametrize("command", ["export", "stories"])
def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path: Path, command: str) -> None:
    run = briefing(command, str(tmp_path / "nowhere"), cwd=tmp_path)
    assert run.returncode == 2 and "no such file or folder" in run.stderr and not run.stdout


def test_unknown_config_key_is_warned(tmp_path: Path, write_articles) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_text("colour: blue\n", encoding="utf-8")
    run = briefing("export", str(write_articles({"a.txt": WIRE})), cwd=tmp_path)
    assert run.returncode == 0 and "line 1: colour: unknown key ignored" in run.stderr


def test_a_config_folder_that_is_not_there_is_warned(tmp_path: Path) -> None:
    # Not an empty briefing in silence: the config's file, key and path on standard error;
    # and one article is "1 article".
    (tmp_path / "config.yaml").write_text("articles: [gone]\n", encoding="utf-8")
    for command in ("export", "stories"):
        run = briefing(command, cwd=tmp_path)
        assert run.returncode == 0
        assert "config.yaml: articles:" in run.stderr and "gone: no such file or folder" in (
            run.stderr)
    assert "1 article," in briefing("stories", cwd=tmp_path).stdout
    # Paths on the command line replace the config's folders: nothing to warn of.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    assert "no such file" not in briefing("export", str(folder), cwd=tmp_path).stderr


def test_default_config_reads_bundled_samples(tmp_path: Path) -> None:
    run = briefing("export", cwd=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    data = json.loads(run.stdout)
    assert len(data["articles"]) >= 8
    assert all(data[k] for k in ("participants", "agreed", "disputes", "dates"))


def test_config_articles_relative_to_config_file(tmp_path: Path, write_articles) -> None:
    write_articles({"a.txt": WIRE})
    (tmp_path / "my.yaml").write_text("articles: [articles]\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    data = json.loads(briefing("export", "--config", str(tmp_path / "my.yaml"), cwd=elsewhere).stdout)
    assert [a["id"] for a in data["articles"]] == ["a"]


def test_bad_as_of_is_a_usage_error(tmp_path: Path) -> None:
    run = briefing("export", "--as-of", "soon", cwd=tmp_path)
    assert run.returncode == 2 and "not a date" in run.stderr


def test_export_never_writes_into_article_folder(write_articles, tmp_path: Path) -> None:
    folder = write_articles({"talks.txt": WIRE, "b.md": "---\ndate: 2026-03-01\n---\nText.\n"})
    before = sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*"))
    briefing("export", str(folder), cwd=tmp_path)
    assert sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*")) == before


@pytest.mark.parametrize("command", ["export", "stories"])
def test_the_run_after_a_cold_one_opens_from_the_stored_briefing(
        command: str, write_articles, tmp_path: Path) -> None:
    import sqlite3

    from briefing.session.cache import default_path
    folder = write_articles({"talks.txt": WIRE})
    assert briefing(command, str(folder), cwd=tmp_path).returncode == 0
    with contextlib.closing(sqlite3.connect(default_path())) as db:
        # The next run starts from the merge, not from every article's results.
        assert db.execute("SELECT COUNT(*) FROM briefings").fetchone() == (1,)


@pytest.mark.parametrize("args", [["--help"], ["export", "--help"], ["--version"]])
def test_help_and_version(args: list[str], tmp_path: Path) -> None:
    run = briefing(*args, cwd=tmp_path)
    assert run.returncode == 0 and "briefing" in run.stdout


def test_help_names_every_command(tmp_path: Path) -> None:
    out = " ".join(briefing("--help", cwd=tmp_path).stdout.split())
    for command in ("briefing export", "briefing stories", "briefing train"):
        assert command in out


def test_export_shows_progress_on_a_terminal(write_articles, tmp_path: Path, monkeypatch, capsys) -> None:
    from briefing import cli
    folder = write_articles({"talks.txt": WIRE, "more.txt": WIRE})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli.main(["export", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "parsing 2/2 [" in err


def test_no_cache_flag_writes_no_cache(write_articles, tmp_path: Path, private_dirs) -> None:
    folder = write_articles({"talks.txt": WIRE})
    assert briefing("export", "--no-cache", str(folder), cwd=tmp_path).returncode == 0
    assert not list((private_dirs / "cache").rglob("*.sqlite3"))
    assert briefing("export", str(folder), cwd=tmp_path).returncode == 0
    assert list((private_dirs / "cache").rglob("*.sqlite3"))


def test_export_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    runs = [briefing("export", "--format", "json", "--no-cache", cwd=tmp_path,
                     env={"PYTHONHASHSEED": seed}) for seed in ("1", "2", "3")]
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout


def test_a_missing_path_is_one_line_naming_what_is_near(tmp_path: Path, write_articles) -> None:
    folder = write_articles({"talks.txt": WIRE})
    typo = folder.parent / (folder.name + "x")
    for args in ([str(typo)], ["export", "--format", "json", str(typo)]):
        run = briefing(*args, cwd=tmp_path)
        assert run.returncode == 2 and run.stdout == ""
        line = run.stderr.strip()
        assert "\n" not in line and str(typo) in line and f"did you mean {folder}" in line


def test_a_mistyped_command_suggests_the_command(tmp_path: Path) -> None:
    run = briefing("exprot", cwd=tmp_path)
    assert run.returncode == 2 and "did you mean 'briefing export'" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_the_dashboard_needs_a_terminal(tmp_path: Path, write_articles) -> None:
    folder = write_articles({"talks.txt": WIRE})
    run = subprocess.run([BIN, str(folder)], capture_output=True, text=True, cwd=tmp_path,
                         stdin=subprocess.DEVNULL, timeout=60)
    assert run.returncode == 2 and run.stdout == "" and "briefing export" in run.stderr


def test_as_of_is_the_folder_as_it_stood_that_day(write_articles, tmp_path: Path) -> None:
    later = WIRE.replace(" date 2026-03-02", " date 2026-03-12").replace("Olga", "Ada")
    folder = write_articles({"talks.txt": WIRE, "later.txt": later})
    data = json.loads(briefing("export", "--as-of", "2026-03-05", str(folder), cwd=tmp_path).stdout)
    assert [a["id"] for a in data["articles"]] == ["talks"]
    assert [p["name"] for p in data["participants"]] == ["Olga Brandt"]
    every = json.loads(briefing("export", str(folder), cwd=tmp_path).stdout)
    assert sorted(a["id"] for a in every["articles"]) == ["later", "talks"]


def test_export_help_names_every_format_and_no_missing_file(tmp_path: Path) -> None:
    run = briefing("export", "--help", cwd=tmp_path)
    assert run.returncode == 0
    assert "ics" in run.stdout and "iCalendar" in run.stdout and "EXPORT.md" not in run.stdout


def test_a_copy_of_the_samples_config_keeps_its_sides_to_the_samples(tmp_path: Path,
                                                                      write_articles) -> None:
    """Run from the checkout, ``briefing`` finds the top-level config.yaml (a copy of the
    packaged one) first: its sides are still the samples' and stay off a user's folder."""
    from briefing.config import packaged_path
    (tmp_path / "config.yaml").write_bytes(packaged_path().read_bytes())
    folder = write_articles({"a.txt": " date 1987-04-05 British Chancellor of the Exchequer "
                                      "Nigel Lawson rejected the French demand for target "
                                      "zones.\n"})
    run = briefing("export", "--format", "json", "--as-of", "1987-04-05", str(folder),
                   cwd=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    sides = {p["name"]: p["side"] for p in json.loads(run.stdout)["participants"]}
    assert sides == {"Nigel Lawson": "Britain"}  # sides.yaml's name, not the samples' "United Kingdom"
