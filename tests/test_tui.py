"""The dashboard through Textual's Pilot: every key, focus, selection and the detail screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import Config
from briefing.tui.app import BriefingApp
from briefing.tui.lists import ListScreen
from briefing.tui.panels import PanelList
from briefing.tui.screens import DetailScreen, HelpScreen, ReaderScreen, WarningsScreen

ONE = (" date 2026-03-02 Freedonian Trade Minister Olga Brandt said the two sides agreed to "
       "hold the next round in Port Sylvan on March 20.\n"
       "Sylvania rejected the Freedonian demand for lower steel duties, a spokesman said.\n"
       "Sylvanian envoy Piet Laan said Sylvania would not cut its tariffs.\n"
       "Both sides agreed on a common customs form.\n"
       "Brandt said a deadline of April 30 still stood.\n"
       "Freedonia threatened to impose duties on Sylvanian cars.\n"
       "Sylvania protested against the Freedonian quota.\n")
TWO = ("---\ntitle: Talks resume\ndate: 2026-03-05\n---\n\n"
       "Sylvania accused Freedonia of dumping steel, Sylvanian envoy Piet Laan said.\n\n"
       "Ministers will meet again next week.\n")
MARKUP = (" date 2026-03-06 Sylvania rejected the plan [bold]outright[/bold] and "
          "[@click=app.quit]quit[/] the talks, Sylvanian envoy Piet Laan said.\n")


def make_app(folder: Path, **config: object) -> BriefingApp:
    return BriefingApp(Config(path=None, articles=[folder],
                              sides={"Freedonia": ["Freedonian"], "Sylvania": ["Sylvanian"]},
                              **config))  # type: ignore[arg-type]


async def ready(pilot) -> None:
    await pilot.app.settled()
    await pilot.pause()


@pytest.fixture
def folder(write_articles) -> Path:
    return write_articles({"one.txt": ONE, "two.md": TWO})


def evidence_prompts(app: BriefingApp) -> list:
    """The detail screen's evidence rows, as the Text they show."""
    evidence = app.screen.query_one("#evidence")
    return [evidence.get_option_at_index(i).prompt for i in range(evidence.option_count)]


def list_rows(screen) -> list[str]:
    """The rows of a full-screen list (the timeline, the articles), as text."""
    entries = screen.query_one("#entries")
    return [entries.row_at(i).plain for i in range(entries.row_count)]


async def open_reader(pilot, *keys: str) -> ReaderScreen:
    """The reader, opened from a panel's item and its first source by ``keys``."""
    await ready(pilot)
    await pilot.press(*keys, "enter", "enter")
    assert isinstance(pilot.app.screen, ReaderScreen)
    return pilot.app.screen


def counts(app: BriefingApp) -> dict[str, int]:
    return {p.id: len(p.items) for p in app.panels}


async def test_loads_four_panels_with_counts(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        got = counts(app)
        assert got["participants"] == 2 and got["agreed"] == 2
        assert got["disputes"] >= 2 and got["dates"] >= 2
        titles = [p.border_title for p in app.panels]
        assert titles[0] == "Participants (2)" and titles[1] == "Agreed (2)"
        # The folder's one storyline named first; no "0 warnings".
        assert app.sub_title == "Sylvania–Freedonia · steel · Mar 2026 · as of 2026-03-05 · " \
            "2 articles"
        assert app.focused is app.panels[0]


async def test_the_focus_comes_back_after_the_terminal_was_too_small(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        await pilot.resize_terminal(40, 10)  # "too small": the panels hide, focus with them
        await pilot.pause()
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "disputes"


async def test_the_smallest_terminal_drawn_shows_a_row_in_every_panel(folder: Path) -> None:
    # Found by a new user: at 44 by 12, the size the README gave as the least, the four
    # panels stacked in one column were borders with no row between them.
    from briefing.tui.app import MIN_SIZE
    app = make_app(folder)
    async with app.run_test(size=MIN_SIZE) as pilot:
        await ready(pilot)
        assert not app.query_one("#too-small").display
        assert all(p.scrollable_content_region.height >= 1 for p in app.panels)
        # And under a filter's bar, which a short terminal draws one line high (a reviewer
        # found three panels bare at 44 by 14 once a filter was kept).
        await pilot.press("slash", *"steel", "enter")
        await ready(pilot)
        assert app.query_one("#filter").display
        assert all(p.scrollable_content_region.height >= 1 for p in app.panels)
        await pilot.resize_terminal(MIN_SIZE[0], MIN_SIZE[1] - 1)
        await pilot.pause()
        assert app.query_one("#too-small").display


async def test_tab_shift_tab_and_number_keys(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        ids = []
        for key in ("tab", "tab", "tab", "tab", "shift+tab", "3", "1", "4", "2"):
            await pilot.press(key)
            ids.append(app.focused.id)
        assert ids == ["agreed", "disputes", "dates", "participants", "dates", "disputes",
                       "participants", "dates", "agreed"]


async def test_moving_within_a_panel(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        panel: PanelList = app.focused  # type: ignore[assignment]
        last = len(panel.items) - 1
        moves = []
        for key in ("j", "down", "k", "G", "g", "end", "up", "home"):
            await pilot.press(key)
            moves.append(panel.highlighted)
        assert moves == [1, 2, 1, last, 0, last, last - 1, 0]


async def test_enter_opens_detail_and_escape_goes_back(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        at = [p.name for p in app.panels[0].items].index("Piet Laan")
        await pilot.press("1", *"j" * at, "enter")
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.item.name == "Piet Laan"
        sources = evidence_prompts(app)
        assert any("one.txt — 2026-03-02" in s.plain for s in sources)
        assert any("Talks resume — 2026-03-05" in s.plain for s in sources)
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)
        assert app.focused is app.panels[0] and app.panels[0].highlighted == at


async def test_detail_highlights_the_matched_words(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        at = next(i for i, d in enumerate(app.panels[2].items) if "rejected" in d.text)
        await pilot.press("3", *"j" * at, "enter")
        evidence = evidence_prompts(app)[0]
        marked = [(s.start, s.end) for s in evidence.spans if str(s.style) == "bold reverse"]
        assert [evidence.plain[a:b] for a, b in marked] == ["rejected"]


async def test_copy_puts_item_and_source_on_clipboard(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2", "c")
        # The heading says who agreed: the speaker, and the side they speak for.
        assert app.clipboard.startswith("Agreed (Olga Brandt, Freedonia & Sylvania): Freedonian Trade")
        assert "one.txt, 2026-03-02: " in app.clipboard


async def test_reload_reads_changes_from_disk(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        before = counts(app)["agreed"]
        (folder / "three.txt").write_text(
            " date 2026-03-07 The two sides signed a pact on rail freight.\n", encoding="utf-8")
        await pilot.press("r")
        await ready(pilot)
        assert counts(app)["agreed"] == before + 1
        assert "3 articles" in app.sub_title


async def test_help_lists_every_key(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = dict((desc, keys) for keys, desc in app.screen.rows)
        assert keys["Quit"] == "q" and keys["Next panel"] == "Tab"
        assert keys["Next item"] == "↓ / j" and keys["Show this help"] == "?"
        # Each screen's own keys under its name; a key every screen shares listed once.
        rows = app.screen.rows
        headings = [desc for k, desc in rows if not k]
        assert any(h.startswith("An item's sources") for h in headings)
        assert any(h.startswith("An article") for h in headings)
        assert headings[-1] == "The warnings (w)" and rows[-1] == ("Escape / w / q",
                                                                  "Close the warnings")
        escapes = [i for i, (k, _d) in enumerate(rows) if k == "Escape"]
        assert len(escapes) == 3 and all(
            not rows[i - 1][0] for i in escapes)  # each right under its screen's heading
        assert [k for k, _d in rows].count("c") == 1
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def _help(app, pilot) -> dict[str, str]:
    """Press ? on the screen shown: what the help lists, each key by what it does."""
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    return {desc: keys for keys, desc in app.screen.rows}


async def test_help_on_an_item_lists_that_screens_keys(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        keys = await _help(app, pilot)
        assert keys["Back from the item"] == "Escape" and keys["Quit"] == "q"
        assert "Next panel" not in keys and "Side" not in " ".join(keys)  # the dashboard's
        assert not any(d.startswith("Open the item") for d in keys)  # a panel's Enter
        # Found by a new user: Enter, which opens a source, was not listed.
        assert keys["Open the article at this source's sentence"] == "Enter"


async def test_help_in_the_reader_lists_the_keys_that_scroll_it(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        keys = await _help(app, pilot)
        assert keys["Scroll down"] == "↓ / j" and keys["A page down"] == "PgDn"
        assert "Next item" not in keys  # j scrolls the article; there are no items
        assert keys["Back from the article"] == "Escape"


async def test_quit(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_keys_remapped_from_config(folder: Path) -> None:
    app = make_app(folder, keys={"next_panel": "n", "quit": "x"})
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        assert app.focused.id == "agreed"
        await pilot.press("question_mark")
        assert dict((d, k) for k, d in app.screen.rows)["Quit"] == "x"
        await pilot.press("escape", "x")
        await pilot.pause()
        assert not app.is_running


async def test_warnings_screen(write_articles) -> None:
    folder = write_articles({"one.txt": ONE, "bad.txt": b"\x00\x00binary"})
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert "1 warning" in app.sub_title
        await pilot.press("w")
        assert isinstance(app.screen, WarningsScreen)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "bad.txt: binary file (skipped)" in text


async def test_no_articles_says_where_it_looked(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(empty)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        notice = app.query_one("#notice")
        assert notice.display
        assert str(empty) in str(notice.render()) and "briefing FOLDER" in str(notice.render())
        panel = app.panels[1]
        assert panel.items == [] and not panel.selectable and panel.row_count == 1


async def test_markup_in_articles_is_shown_literally(write_articles) -> None:
    app = make_app(write_articles({"m.txt": MARKUP}))
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        svg = app.export_screenshot()
        assert "[bold]outright[/bold]" in svg.replace("&#160;", " ")
        await pilot.press("enter")
        await pilot.pause()
        shown = evidence_prompts(app)[0].plain
        assert "[bold]outright[/bold] and [@click=app.quit]quit[/]" in shown
        await pilot.click("#evidence")
        await pilot.pause()
        assert app.is_running


async def test_mouse_click_focuses_a_panel(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.click("#dates")
        assert app.focused.id == "dates"


async def test_the_header_is_clipped_again_for_the_width_it_is_resized_to(folder: Path) -> None:
    # Found by a reviewer: the header was clipped for the width it was first drawn at, so a
    # terminal widened after opening kept the storyline's name cut short.
    app = make_app(folder)
    whole = "Sylvania–Freedonia · steel · Mar 2026 · as of 2026-03-05 · 2 articles"
    async with app.run_test(size=(60, 40)) as pilot:
        await ready(pilot)
        assert "…" in app.sub_title and app.sub_title.endswith("as of 2026-03-05 · 2 articles")
        await pilot.resize_terminal(160, 40)
        await ready(pilot)
        assert app.sub_title == whole
        await pilot.resize_terminal(60, 40)
        await ready(pilot)
        assert "…" in app.sub_title
        # A resize while the articles are read again leaves the header saying so (a reviewer
        # saw the old header come back over "reading the articles again…").
        app.sub_title = "reading the articles again…"
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert app.sub_title == "reading the articles again…"


async def test_narrow_terminal_is_one_column(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(70, 40)) as pilot:
        await ready(pilot)
        assert app.screen.has_class("-narrow")
        xs = {p.region.x for p in app.panels}
        assert len(xs) == 1


async def until(pilot, condition, seconds: float = 10.0) -> bool:
    """Let the app run until ``condition()`` holds; False if it never does in time."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_live_update_shows_new_changed_and_deleted_articles(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert "2 articles" in app.sub_title
        (folder / "three.txt").write_text(
            " date 2026-03-07 Freedonian envoy Ana Pires said Freedonia and Sylvania signed a "
        "pact on steel duties.\n",
            encoding="utf-8")
        assert await until(pilot, lambda: "3 articles" in app.sub_title)
        assert "Ana Pires" in [p.name for p in app.panels[0].items]
        assert any("New: three.txt" in n.message for n in app._notifications)
        (folder / "three.txt").write_text(
            " date 2026-03-07 Freedonian envoy Ana Pires-Lo said the rail talks failed.\n",
            encoding="utf-8")
        assert await until(pilot, lambda: "Ana Pires-Lo" in [p.name for p in app.panels[0].items])
        (folder / "three.txt").unlink()
        assert await until(pilot, lambda: "2 articles" in app.sub_title)
        assert "Ana Pires-Lo" not in [p.name for p in app.panels[0].items]


async def test_progress_bar_follows_a_cold_parse(write_articles, monkeypatch) -> None:
    folder = write_articles({f"a{i}.txt": ONE for i in range(5)})
    app = make_app(folder)
    seen: list[tuple[float, bool, str]] = []
    real = BriefingApp.on_load_progress

    def watch(self: BriefingApp, message) -> None:
        real(self, message)
        bar = self.query_one("#progress")
        seen.append((bar.progress, bar.display, self.sub_title))
    monkeypatch.setattr(BriefingApp, "on_load_progress", watch)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        bar = app.query_one("#progress")
        assert (bar.total, bar.progress) == (5, 5) and not bar.display
    # Shown from the start, only forward (bursts fold into their latest figure), gone at
    # the end; the header counts.
    assert seen[0] == (0, True, "reading articles… 0 of 5")
    shown = [p for p, display, _ in seen if display]
    assert shown == sorted(shown) and all(p < 5 for p in shown)
    assert seen[-1][:2] == (5, False) and "building the briefing" in seen[-1][2]


async def test_a_corrupt_cache_is_a_notification_not_a_crash(write_articles, private_dirs) -> None:
    folder = write_articles({"one.txt": ONE})
    cache = private_dirs / "cache" / "briefing" / "cache.sqlite3"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"garbage" * 1000)
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert len(app.panels[0].items) == 2
        assert any("rebuilding" in n.message for n in app._notifications)


async def test_slash_filters_every_panel_and_escape_clears(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        before = counts(app)
        await pilot.press("slash")
        assert app.focused.id == "filter"
        await pilot.press(*"laan")
        assert [p.name for p in app.panels[0].items] == ["Piet Laan"]
        assert app.panels[0].border_title == "Participants (1 of 2)"
        # The filter comes before the date and the counts: a narrow header cuts its end.
        assert "· filter: “laan” · as of" in app.sub_title
        await pilot.press("enter")
        assert app.focused is app.panels[0]
        await pilot.press("escape")
        assert counts(app) == before and "filter" not in app.sub_title


async def test_a_panel_emptied_by_a_filter_stays_empty_when_the_terminal_is_resized(
        folder: Path) -> None:
    # Found by a new user: a panel that had emptied showed its last rows again after a resize
    # (the rows of another storyline, or of a filter only half typed), "(12)" in its title.
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"zzzz", "enter")
        agreed = app.panels[1]
        assert agreed.items == [] and agreed.border_title == "Agreed (0 of 2)"
        await pilot.resize_terminal(90, 40)
        await ready(pilot)
        assert agreed.items == [] and agreed.border_title == "Agreed (0 of 2)"
        assert "Nothing matches the filter." in agreed.row_at(0).plain


async def side_picker(pilot):
    """The side picker, opened with s once the app is ready: its list of entries."""
    await ready(pilot)
    await pilot.press("s")
    await ready(pilot)
    assert isinstance(pilot.app.screen, ListScreen)
    return pilot.app.screen.query_one("#entries")


async def test_side_and_topic_pickers_filter_and_x_clears(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        entries = await side_picker(pilot)
        assert entries.row_at(0).plain == "Every side"
        # Typing narrows the list; Enter picks the highlighted side.
        await pilot.press("slash", *"sylv", "enter")
        await ready(pilot)
        assert app.filters.side == "Sylvania" and not isinstance(app.screen, ListScreen)
        assert all(p.side == "Sylvania" for p in app.panels[0].items)
        assert all("Sylvania" in d.sides for d in app.panels[2].items)
        await pilot.press("t")
        assert isinstance(app.screen, ListScreen)
        # A topic's count is of the items the side filter keeps: what picking it shows.
        count = int(app.screen.query_one("#entries").row_at(1).plain.split()[-2])
        await pilot.press("j", "enter")
        topic = app.filters.topic
        assert topic and all(topic in d.topics for d in app.panels[2].items)
        assert count == sum(len(p.items) for p in app.panels[1:])
        await pilot.press("x")
        assert (app.filters.side, app.filters.topic) == (None, None)
        assert "filter" not in app.sub_title
        assert any("Cleared" in n.message for n in app._notifications)


async def test_the_side_picker_gives_the_short_name_the_rows_show(write_articles) -> None:
    # Found by a new user: the picker said "Britain" where the rows it kept said "UK:".
    folder = write_articles({"a.txt": (
        " date 2026-03-02 Britain rejected the European Union's demand for fishing quotas, "
        "British Trade Secretary Ann Hale said.\n")})
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        entries = await side_picker(pilot)
        rows = [entries.row_at(i).plain for i in range(entries.row_count)]
        assert any(r.startswith("Britain (UK)  ") for r in rows), rows
        assert any(r.startswith("European Union (EU)  ") for r in rows), rows


async def test_escape_says_when_it_drops_a_kept_filter(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"laan", "enter", "escape")
        assert app.filters.text == ""
        assert any("“laan” cleared" in n.message for n in app._notifications)
        # Reopened on the kept filter, Escape in the box drops it too: it says so.
        app.clear_notifications()
        await pilot.press("slash", *"laan", "enter", "slash", "escape")
        assert app.filters.text == ""
        assert any("“laan” cleared" in n.message for n in app._notifications)
        # A filter only being typed is dropped in view: no message.
        app.clear_notifications()
        await pilot.press("slash", *"laan", "escape")
        assert app.filters.text == "" and not app._notifications


async def test_dashboard_keys_do_nothing_behind_another_screen(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3", "enter")
        assert isinstance(app.screen, DetailScreen)
        for key in ("s", "t", "slash", "l", "a", "1", "tab"):
            await pilot.press(key)
            assert isinstance(app.screen, DetailScreen), key
        assert not app.filters.active
        footer_keys = {b.key for _, b, enabled, _ in app.screen.active_bindings.values()
                       if enabled}
        assert "slash" not in footer_keys and "s" not in footer_keys


async def test_every_screen_moves_with_j_k_g_and_shift_g(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3", "enter")  # a dispute told by more than one sentence? any will do
        evidence = app.screen.query_one("#evidence")
        evidence.add_option("one more source")
        await pilot.press("j")
        assert evidence.highlighted == 1
        await pilot.press("k")
        assert evidence.highlighted == 0
        await pilot.press("G")
        assert evidence.highlighted == evidence.option_count - 1
        await pilot.press("g")
        assert evidence.highlighted == 0


async def test_the_command_palette_offers_the_dashboard_actions(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert any(t.startswith("Timeline of every dated event") and t.endswith("(l)")
                   for t in titles)
        assert any("Clear every filter" in t for t in titles)
        # Not Textual's keys panel, which squeezed the dashboard and no key closed: `?` is
        # this app's list of keys, offered among the actions.
        assert "Keys" not in titles and "Theme" in titles


async def test_the_open_command_palette_finds_the_dashboard_actions(folder: Path) -> None:
    # The palette is a screen of its own: the actions are judged for the screen under it.
    from textual.command import CommandList, CommandPalette
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"timeline")
        found = app.screen.query_one(CommandList)
        for _ in range(100):
            if found.option_count:
                break
            await pilot.pause(0.02)
        prompts = [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]
        assert any("Timeline of every dated event" in p for p in prompts)
        await pilot.press("enter")
        await ready(pilot)
        assert type(app.screen).__name__ == "ListScreen"


async def test_timeline_lists_past_and_upcoming(folder: Path) -> None:
    (folder / "past.txt").write_text(" date 2026-03-04 Sylvania said the steel talks with "
                                     "Freedonia broke down on March 1.\n", encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await ready(pilot)
        texts = list_rows(app.screen)
        assert any("2026-03-20" in t for t in texts) and any("2026-03-01" in t for t in texts)
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("escape", "escape")
        assert app.focused is app.panels[0]


async def test_the_timelines_filter_looks_in_the_sentences_too(folder: Path) -> None:
    # Found by a new user: "/ strike" missed a date whose label is "walkouts will start".
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await ready(pilot)
        await pilot.press("slash", *"port sylvan")
        texts = list_rows(app.screen)
        assert len(texts) == 1 and "2026-03-20" in texts[0]


async def test_the_arrows_move_a_lists_rows_from_its_filter(folder: Path) -> None:
    # Found by a new user: Down did nothing while the timeline's filter had the focus, and
    # Enter then opened the first row, not the one wanted.
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await ready(pilot)
        await pilot.press("slash", *"20")
        entries = app.screen.query_one("#entries")
        assert len(list_rows(app.screen)) > 1 and entries.highlighted == 0
        await pilot.press("down")
        assert entries.highlighted == 1
        await pilot.press("end")
        assert entries.highlighted == len(list_rows(app.screen)) - 1
        await pilot.press("home")
        assert entries.highlighted == 0


async def test_evidence_opens_the_reader_at_the_sentence(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(100, 12)) as pilot:
        await open_reader(pilot, "3", "G")
        hit = app.screen.query_one(".hit")
        marked = [str(s.style) for s in hit.content.spans]
        assert "bold reverse" in marked
        reader = app.screen.query_one("#reader")
        assert reader.scroll_offset.y > 0 or hit.region.y < 12
        await pilot.press("escape")
        assert isinstance(app.screen, DetailScreen)


async def test_the_reader_keeps_the_heading_over_the_first_paragraph(folder: Path) -> None:
    # Found by a new user: a source in the article's first paragraph scrolled the heading
    # (which article, which day) out of view.
    async with make_app(folder).run_test(size=(100, 12)) as pilot:
        reader = await open_reader(pilot, "2", "g")
        assert reader.query_one(".hit").id == "p0"
        await pilot.pause()
        assert reader.query_one("#reader").scroll_offset.y == 0


async def test_articles_list_opens_an_article(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        entries = app.screen.query_one("#entries")
        assert "Talks resume" in entries.row_at(0).plain  # newest first
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        text = " ".join(str(p.content) for p in app.screen.query(".paragraph"))
        assert "Ministers will meet again next week." in text


async def test_f_in_the_article_list_shows_only_that_articles_items(folder: Path) -> None:
    # Found by an analyst checking single wires: the only way to list one article's items was
    # the JSON export.
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        everything = [len(p.items) for p in app.panels]
        await pilot.press("a")
        assert "Talks resume" in app.screen.query_one("#entries").row_at(0).plain
        await pilot.press("f")  # the newest article, "Talks resume"
        assert not isinstance(app.screen, ListScreen)
        items = [item for p in app.panels for item in p.items]
        assert items and all(any(e.article_id == "two" for e in item.evidence)
                             for item in items)
        assert "article Talks resume" in app.sub_title
        await pilot.press("a")  # the list still offers every article to pick another
        assert len(list_rows(app.screen)) == 2
        await pilot.press("escape", "x")
        assert [len(p.items) for p in app.panels] == everything
        assert "filter" not in app.sub_title
        # ... and a briefing without the article (another storyline) drops the filter
        app.filters.article, app.filters.article_label = "gone", "Gone"
        app.filters.fit(app.briefing)
        assert app.filters.article is None and not app.filters.active


def fake_editor(tmp_path: Path, name: str, monkeypatch) -> Path:
    """$EDITOR as a script called ``name`` that writes its arguments to the file returned."""
    marker = tmp_path / "opened.txt"
    script = tmp_path / name
    script.write_text(f'#!/bin/sh\necho "$@" > {marker}\n')
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    return marker


async def test_o_opens_the_article_in_the_editor(folder: Path, tmp_path: Path, monkeypatch) -> None:
    marker = fake_editor(tmp_path, "editor.sh", monkeypatch)
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2", "o")
        await pilot.pause()
    assert marker.read_text().strip().endswith("one.txt")


async def test_o_opens_an_editor_that_takes_a_line_at_the_items_sentence(
        folder: Path, tmp_path: Path, monkeypatch) -> None:
    # Found by a new user: `o` opened the pager at the top of the file, not at the sentence.
    marker = fake_editor(tmp_path, "vi", monkeypatch)  # a program known to take "+LINE FILE"
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        evidence = app.panels[2].current.evidence[0]
        await pilot.press("o")
        await pilot.pause()
    path = app.briefing.article(evidence.article_id).path
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if evidence.sentence[:40] in text)
    assert line > 1 and marker.read_text().split() == [f"+{line}", str(path)]


def test_an_editor_not_known_to_take_a_line_gets_the_file_alone(tmp_path: Path) -> None:
    from briefing.session.external import external_command
    path = tmp_path / "a.txt"
    path.write_text(" date 2026-03-02 First.\nSecond line here.\n", encoding="utf-8")
    assert external_command("code --wait", path, "Second line") == ["code", "--wait", str(path)]
    assert external_command("less -R", path, "Second line") == ["less", "-R", "+2", str(path)]
    assert external_command("less", path, "Not in the file") == ["less", str(path)]
    # A paragraph wrapped mid-sentence, and Debian's name for vim (found by a reviewer).
    path.write_text("---\ndate: 2026-03-02\n---\n\nTalks resumed. The two sides\nagreed to meet "
                    "again.\n", encoding="utf-8")
    assert external_command("vim.basic", path, "The two sides agreed to meet again.") == [
        "vim.basic", "+5", str(path)]


async def test_new_items_are_marked_on_the_next_visit(folder: Path) -> None:
    app = make_app(folder, )
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert "new" not in app.panels[0].border_title  # a first visit marks nothing
    (folder / "three.txt").write_text(
        " date 2026-03-07 Freedonian envoy Ana Pires said Freedonia and Sylvania signed a "
        "pact on steel duties.\n",
        encoding="utf-8")
    again = make_app(folder)
    async with again.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert again.panels[0].border_title == "Participants (3, 1 new)"
        row = again.panels[0].row_at(
            [p.name for p in again.panels[0].items].index("Ana Pires"))
        assert row.plain.startswith("● ")


async def test_a_replay_marks_nothing_new_and_records_nothing_seen(folder: Path) -> None:
    # Found by a new user: "briefing --as-of DAY" marked the old articles' rows new.
    import datetime as dt
    async with make_app(folder).run_test(size=(140, 40)) as pilot:
        await ready(pilot)
    (folder / "three.txt").write_text(
        " date 2026-03-07 Freedonian envoy Ana Pires said Freedonia and Sylvania signed a "
        "pact on steel duties.\n", encoding="utf-8")
    replay = BriefingApp(Config(path=None, articles=[folder], sides={
        "Freedonia": ["Freedonian"], "Sylvania": ["Sylvanian"]}), as_of=dt.date(2026, 3, 8))
    async with replay.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert "new" not in replay.panels[0].border_title
    again = make_app(folder)  # what the replay showed is still new on the next visit
    async with again.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert again.panels[0].border_title == "Participants (3, 1 new)"


async def test_a_date_due_within_a_week_stands_out(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        dates = app.panels[3]
        rows = {d.expression: dates.row_at(i) for i, d in enumerate(dates.items)}
        soon = rows["next week"]
        assert any(str(s.style) == "bold reverse" for s in soon.spans)


async def test_n_switches_between_negotiations_and_the_unmatched(write_articles) -> None:
    from briefing.config import Negotiation
    folder = write_articles({"one.txt": ONE, "two.md": TWO,
                             "other.txt": " date 2026-03-04 Lumbria and Ostland agreed on a "
                                          "fisheries pact, Lumbrian envoy Ida Kron said.\n"})
    app = make_app(folder, negotiations=[
        Negotiation("Steel talks", keywords=["steel"]),
        Negotiation("Customs", keywords=["customs"])])
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert app.sub_title.startswith("Steel talks · ")
        assert {a.id for a in app.briefing.articles} == {"one", "two"}
        await pilot.press("n")
        await ready(pilot)
        assert app.sub_title.startswith("Customs · ")
        assert {a.id for a in app.briefing.articles} == {"one"}
        await pilot.press("n")
        await ready(pilot)
        assert app.sub_title.startswith("Articles that match no negotiation · ")
        assert [p.name for p in app.panels[0].items] == ["Ida Kron"]
        await pilot.press("n")
        await ready(pilot)
        assert app.sub_title.startswith("Steel talks · ")


async def test_n_with_one_negotiation_says_there_is_no_other(folder: Path) -> None:
    # A new user with no config found "list several under 'negotiations:' in the config"
    # confusing: one negotiation is what the articles hold.
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        assert any("one negotiation: there is no other" in n.message
                   for n in app._notifications)


async def test_an_unknown_binding_id_is_a_notification_and_the_rest_apply(folder: Path) -> None:
    app = make_app(folder, keys={"quitt": "x", "timeline": "T"},
                   key_places={"quitt": "line 4: keys.quitt"},
                   warnings=["c.yaml: line 2: colour: unknown key ignored"])
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        messages = [n.message for n in app._notifications]
        assert any("line 4: keys.quitt: unknown binding id ignored; did you mean 'quit'?" in m
                   for m in messages)
        assert any("colour: unknown key ignored" in m for m in messages)
        await pilot.press("T")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ListScreen"


async def test_the_footer_lists_the_focused_panels_keys_once_loaded(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert "Open" in {k.description for k in app.screen.query("FooterKey")}


async def test_a_panel_key_and_enter_typed_together_open_that_panels_item(folder: Path) -> None:
    """Keys that arrive in one read (a fast typist, a pasted sequence, tmux send-keys) are
    handled in order: the panel key moves focus before Enter opens the item."""
    from textual import events
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        for key in ("3", "enter"):
            app.post_message(events.Key(key, "3" if key == "3" else "\r"))
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.item in app.panels[2].items
        await pilot.press("escape")
        for key in ("tab", "enter"):
            app.post_message(events.Key(key, "\t" if key == "tab" else "\r"))
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.item in app.panels[3].items


async def test_keys_typed_in_one_burst_after_slash_are_the_filters(folder: Path) -> None:
    # A terminal may deliver "/quota" before "/" is handled: "q" must not quit, "s" must not
    # open the side picker; every letter reaches the filter.
    from textual import events
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        for key, char in [("slash", "/"), *((c, c) for c in "quotas"), ("backspace", None)]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, ListScreen)
        assert app.query_one("#filter").value == "quota"
        # The same on a picker's list: "/syl" in one burst filters the sides.
        await pilot.press("escape", "s")
        await ready(pilot)
        assert isinstance(app.screen, ListScreen)
        for key, char in [("slash", "/"), *((c, c) for c in "sylv")]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#find").value == "sylv"


async def test_keys_after_enter_or_escape_in_one_burst_are_the_dashboards(folder: Path) -> None:
    # "/", Escape, "l": the timeline, not an "l" in the hidden filter box.
    from textual import events

    async def burst(pilot, keys) -> None:
        for key, char in keys:
            app.post_message(events.Key(key, char))
        await ready(pilot)

    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await burst(pilot, [("slash", "/"), ("escape", None), ("l", "l")])
        assert app.query_one("#filter").value == "" and not app.filters.text
        assert isinstance(app.screen, ListScreen)  # the timeline
        await pilot.press("escape")
        await ready(pilot)
        await burst(pilot, [("slash", "/"), ("t", "t"), ("enter", "\r"), ("l", "l")])
        assert app.filters.text == "t" and isinstance(app.screen, ListScreen)


async def test_a_live_update_leaves_the_focus_in_the_filter_being_typed(folder: Path) -> None:
    from textual.widgets import Input

    from briefing.tui.messages import FilesChanged
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"laa")
        new = folder / "three.txt"
        new.write_text(" date 2026-03-03 Talks went on.\n", encoding="utf-8")
        app.post_message(FilesChanged({new}, set()))
        await ready(pilot)
        assert isinstance(app.focused, Input)
        await pilot.press("n")  # still the filter's letter, not the next storyline
        assert app.query_one("#filter").value == "laan"


async def test_opening_the_filter_clears_the_toasts_over_it(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("x")  # "No filter to clear.": a toast at the bottom
        assert app._notifications
        await pilot.press("slash")
        assert not app._notifications


async def test_a_settled_items_detail_marks_the_disputes_it_settled(write_articles) -> None:
    from briefing.export.markdown import DISPUTED_SOURCE
    folder = write_articles({
        "a1.txt": " date 2026-03-05 Sylvania rejected the Freedonian demand for a 35 percent "
                  "share of the herring catch.\n",
        "a2.txt": " date 2026-03-20 Freedonia and Sylvania reached an agreement giving Freedonia "
                  "a 30 percent share of the herring catch, ending their dispute over the "
                  "quota.\n"})
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("2", "enter")
        shown = [prompt.plain for prompt in evidence_prompts(app)]
        assert len(shown) == 2
        assert DISPUTED_SOURCE not in shown[0] and "reached an agreement" in shown[0]
        assert DISPUTED_SOURCE in shown[1] and "rejected" in shown[1]
