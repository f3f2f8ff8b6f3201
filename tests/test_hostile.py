"""Hostile files and names: each is a warning on its own article, the rest goes on.

Every file here is one a user's folder could really hold. The CLI runs with a timeout, so a
reader that blocked on a FIFO or looped on a link would fail the test instead of hanging it.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.core.read.files import MAX_BYTES, discover, read_raw
from briefing.session.cache import ResultCache
from briefing.session.corpus import LoadStats, load_results

BIN = shutil.which("briefing") or str(Path(sys.executable).parent / "briefing")
GOOD = (" date 2026-03-02 Freedonian Trade Minister Olga Brandt said the two sides agreed to "
        "meet in Port Sylvan on March 20.\n")
JAPANESE = (" date 2026-03-02 Trade Minister Olga Brandt said talks would resume on March 20. "
            "交渉は三月二十日に再開される。\n")
TAGGED = "---\ntitle: !!python/object/apply:os.system ['touch {marker}']\ndate: 2026-03-02\n---\n\nBody.\n"
# Names a file system allows and a terminal must not obey.
HOSTILE_NAMES = ["[bold red]x.txt", "[@click=app.quit]q.txt", "esc\x1b[31mred.txt",
                 "bell\x07.txt", "csi\x9b2J.txt", "new\nline.txt"]
CONTROL = ("\x1b", "\x9b", "\x07", "\x00")


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([BIN, *args], capture_output=True, cwd=cwd, timeout=120,
                          env={**os.environ, **(env or {})})


def hostile_folder(root: Path) -> Path:
    """One folder holding every kind of hostile file, and one good article."""
    folder = root / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with (folder / "huge.txt").open("wb") as handle:  # sparse: 100 MB that take no disk
        handle.truncate(100 * 1024 * 1024)
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.replace("Olga", "Ada")
                                       .encode("utf-16-le"))
    (folder / "shiftjis.txt").write_bytes(JAPANESE.encode("shift_jis"))
    (folder / "cp1252.txt").write_bytes(" date 2026-03-02 “Café” talks, Olga Brandt said.\n"
                                        .encode("cp1252"))
    (folder / "badfront.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    (folder / "tagged.md").write_text(TAGGED.format(marker=root / "PWNED"), encoding="utf-8")
    (folder / "escapes.txt").write_text(
        " date 2026-03-02 Sylvania rejected the \x1b[2J\x1b[31mplan\x07 [bold]outright[/bold] "
        "and [@click=app.quit]quit[/], envoy \x9b6nPiet Laan said.\n", encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "back")  # a folder loop
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/null", folder / "null.txt")
    os.mkfifo(folder / "pipe.txt")
    for name in HOSTILE_NAMES:
        (folder / name).write_text(GOOD.replace("Olga", "Eve"), encoding="utf-8")
    return folder


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs a POSIX file system")
    return hostile_folder(tmp_path)


def test_every_hostile_file_is_a_warning_and_the_rest_is_read(hostile: Path,
                                                              tmp_path: Path) -> None:
    done = run("export", "--format", "json", str(hostile), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    warnings = {Path(a["path"]).name: " ".join(a["warnings"]) for a in data["articles"]}
    assert warnings["good.txt"] == ""
    # One warning for an empty file: with no text, a missing date is no news.
    assert warnings["empty.txt"] == "no article text found"
    assert "binary" in warnings["binary.txt"]
    assert "larger than 20 MB" in warnings["huge.txt"]
    assert warnings["utf16.txt"] == ""
    assert "encoding" in warnings["shiftjis.txt"] or "Windows-1252" in warnings["shiftjis.txt"]
    assert "Windows-1252" in warnings["cp1252.txt"]
    assert "front matter" in warnings["badfront.md"]
    assert "YAML tag" in warnings["tagged.md"] and not (tmp_path / "PWNED").exists()
    assert "symbolic links" in warnings["loop.txt"]
    assert "No such file" in warnings["dangling.txt"]
    for special in ("zero.txt", "null.txt", "pipe.txt"):
        assert "not a regular file" in warnings[special]
    names = {p["name"] for p in data["participants"]}
    assert {"Olga Brandt", "Ada Brandt", "Eve Brandt"} <= names  # UTF-16 and odd names read
    dated = {a["id"]: a["date"] for a in data["articles"]}
    assert dated["shiftjis"] == "2026-03-02"
    assert len(data["articles"]) == 15 + len(HOSTILE_NAMES)


def test_exports_hold_no_control_characters(hostile: Path, tmp_path: Path) -> None:
    for fmt in ("json", "markdown", "ics"):
        done = run("export", "--format", fmt, str(hostile), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        out = done.stdout.decode("utf-8")
        assert not any(c in out for c in CONTROL), fmt
        assert not any(c in done.stderr.decode("utf-8") for c in CONTROL)
    markdown = run("export", "--format", "markdown", str(hostile), cwd=tmp_path).stdout.decode()
    assert r"\[bold\]outright\[/bold\]" in markdown and "␛\\[2J" in markdown


def test_reading_a_fifo_never_waits(tmp_path: Path) -> None:
    """A FIFO swapped in after discovery: opened without blocking, then refused."""
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    code = ("import sys; from pathlib import Path; from briefing.core.read.files import read_raw;"
            f"print(read_raw(Path({str(fifo)!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=30)
    assert done.stdout.strip() == "(None, ['not a regular file (skipped)'])"


def test_a_large_file_is_read_once_and_capped(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    raw, warnings = read_raw(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert raw is not None and len(raw) == MAX_BYTES and "only the start" in warnings[0]
    assert peak < MAX_BYTES * 1.1  # one copy of the capped bytes, never two


def test_a_file_deleted_or_changed_while_parsed(write_articles, monkeypatch) -> None:
    import briefing.core.pipeline as loader

    folder = write_articles({"a.txt": GOOD, "b.txt": GOOD.replace("Olga", "Ada"),
                             "c.txt": GOOD.replace("Olga", "Eve")})
    found = discover([folder])
    (folder / "c.txt").unlink()  # gone between discovery and parsing
    real = loader.read_raw

    def meddling(path: Path, *args: object):
        if path.name == "b.txt":  # deleted after its stat
            path.unlink()
        raw = real(path, *args)
        if path.name == "a.txt":  # changed while its old bytes are being parsed
            path.write_text(GOOD.replace("Olga", "Uma"), encoding="utf-8")
        return raw

    monkeypatch.setattr(loader, "read_raw", meddling)
    cache = ResultCache()
    results = {r.article.id: r for r in load_results([folder], Config(path=None), cache=cache,
                                                     found=found)}
    assert "cannot read" in results["b"].article.warnings[0]
    assert "cannot be read" in results["c"].article.warnings[0]
    monkeypatch.setattr(loader, "read_raw", real)
    stats = LoadStats()
    again = {r.article.id: r for r in load_results([folder], Config(path=None), cache=cache,
                                                   stats=stats)}
    # The cache kept the stat taken before the change, so the new content is parsed again.
    assert results["a"].participants[0].name == "Olga Brandt"
    assert stats.parsed == 1 and again["a"].participants[0].name == "Uma Brandt"


def test_an_unreadable_file_is_a_warning(write_articles, monkeypatch) -> None:
    import briefing.core.read.files as files

    folder = write_articles({"a.txt": GOOD, "locked.txt": GOOD})
    real = os.open

    def refuse(path, flags, *args):  # what chmod 000 does to anyone but root
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, flags, *args)

    monkeypatch.setattr(files.os, "open", refuse)
    results = {r.article.id: r for r in load_results([folder], Config(path=None))}
    assert results["locked"].article.warnings == ["cannot read: Permission denied"]
    assert results["a"].participants


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads files whatever their mode")
def test_a_file_without_read_permission(write_articles) -> None:
    folder = write_articles({"a.txt": GOOD, "locked.txt": GOOD})
    (folder / "locked.txt").chmod(0)
    results = {r.article.id: r for r in load_results([folder], Config(path=None))}
    assert "Permission denied" in results["locked"].article.warnings[0]


def test_thousands_of_files_in_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):
        (folder / f"{i:05d}.txt").write_text(GOOD.replace("Olga", f"Olga{i}"), encoding="utf-8")
    stats = LoadStats()
    results = load_results([folder], Config(path=None), stats=stats)
    assert stats.files == stats.parsed == len(results) == 3000
    assert all(r.participants for r in results)


def tree(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry under a folder, with its size, mtime and mode (links not followed)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            out[os.path.join(dirpath, name)] = (st.st_size, st.st_mtime_ns, st.st_mode)
    return out


def test_nothing_is_ever_written_into_the_article_folder(hostile: Path, tmp_path: Path) -> None:
    before = tree(hostile)
    for args in (["export", "--format", "json"], ["export", "--format", "markdown"],
                 ["export", "--format", "ics"], ["export", "--format", "json", "--no-cache"]):
        assert run(*args, str(hostile), cwd=hostile).returncode == 0
    assert tree(hostile) == before


async def test_every_view_shows_hostile_text_and_names_inert(hostile: Path) -> None:
    from briefing.tui.app import BriefingApp

    app = BriefingApp(Config(path=None, articles=[hostile],
                             sides={"Freedonia": ["Freedonian"], "Sylvania": ["Sylvanian"]}))
    seen: list[str] = []
    before = tree(hostile)

    def screen() -> str:
        svg = app.export_screenshot()
        seen.append(svg)
        return svg

    async with app.run_test(size=(200, 60)) as pilot:
        await app.settled()
        await pilot.pause()
        # Dashboard, a dispute's detail, its reader, back; then every list and screen.
        screen()
        await pilot.press("3", "enter")
        await pilot.pause()
        screen()
        await pilot.press("enter")
        await pilot.pause()
        screen()
        for key in ("a", "w", "l", "question_mark"):
            await pilot.press("escape", "escape")
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            screen()
        await pilot.press("escape", "escape", "slash", *"bold")
        await pilot.pause()
        screen()
        assert app.is_running  # no [@click=app.quit] anywhere acted
        await pilot.press("escape", "escape", "r")  # and a reload
        await app.settled()
    assert tree(hostile) == before  # the dashboard wrote nothing into the article folder
    for svg in seen:
        assert not any(c in svg for c in CONTROL)
        assert "&#27;" not in svg and "&#155;" not in svg
    shown = "".join(seen).replace("&#160;", " ")
    assert "[bold]outright[/bold]" in shown and "␛[31mplan␇" in shown
    assert "esc␛[31mred.txt" in shown and "[@click=app.quit]q" in shown


def test_a_file_cut_inside_a_character_is_still_utf8() -> None:
    from briefing.core.read.files import decode

    raw = "Café talks — “quoted”".encode()
    assert decode(raw[:-1]) == ("Café talks — “quoted", None)
    assert decode(raw[:-1] + b"x")[1] == "not UTF-8: read as Windows-1252"


def test_an_unreadable_folder_is_a_warning(write_articles, monkeypatch) -> None:
    import briefing.core.read.files as files

    folder = write_articles({"a.txt": GOOD, "locked/b.txt": GOOD})
    real = os.scandir

    def refuse(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(files.os, "scandir", refuse)
    found = discover([folder])
    assert [(f.path.name, f.problem) for f in found] == [
        ("a.txt", None), ("locked", "cannot read: Permission denied")]


def test_bytes_of_another_encoding_keep_every_character_one_column_wide() -> None:
    # Shift_JIS read as UTF-8 makes unassigned code points and stray combining marks besides
    # U+FFFD; a terminal and Rich count their widths apart, and a row would run past its
    # border. Each is shown as U+FFFD.
    import unicodedata

    from briefing.core.read.files import decode
    text, note = decode("交渉は三月二十日に再開される。日本と米国は関税で合意した。".encode("shift_jis"))
    assert text is not None and note is not None and "\ufffd" in text
    assert not [c for c in text if unicodedata.category(c) in ("Cn", "Co", "Cf", "Mn", "Me")]
    # Accidental sequences a reviewer found: a zero-width Thai vowel, an enclosing mark, a
    # right-to-left override, each of another width than one column.
    text, _ = decode("合意".encode("shift_jis") + b"\xe0\xb8\xb1 \xe2\x83\x9d \xe2\x80\xae \x81")
    assert text is not None and not [
        c for c in text if unicodedata.category(c) in ("Cn", "Co", "Cf", "Mn", "Me")]
