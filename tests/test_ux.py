"""What a new user meets (issue 15): each point of the walk through the dashboard and the
exports, as a test that fails if it comes back."""

from __future__ import annotations

import datetime as dt
import signal
from pathlib import Path

import pytest

from briefing.core.extract.sides import SideFinder
from briefing.export import to_markdown
from briefing.export.ics import summary
from briefing.model import Briefing, DateItem, Evidence, Statement
from briefing.tui.lists import ListScreen
from briefing.tui.panels import PanelList, date_row, parties_width, statement_row
from briefing.tui.screens import ReaderScreen
from tests.test_tui import ONE, TWO, make_app, ready


@pytest.fixture
def folder(write_articles) -> Path:
    return write_articles({"one.txt": ONE, "two.md": TWO})


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_a_range_across_the_new_year_shows_both_years() -> None:
    item = DateItem(day("1987-02-27"), day("1988-02-26"), "a year", "quota period", "P1Y", [])
    assert date_row(item, None).plain.startswith("1987-02-27…1988-02-26")
    short = DateItem(day("1987-03-01"), day("1987-03-31"), "March", "talks", "1987-03", [])
    assert date_row(short, None).plain.startswith("1987-03-01…03-31")


def test_markdown_sections_say_when_they_are_empty() -> None:
    empty = Briefing(day("2026-03-02"), [], [], [], [], [])
    text = to_markdown(empty)
    assert text.count("_None found in these articles._") == 4


def test_a_one_word_calendar_title_keeps_the_dates_own_words() -> None:
    ev = [Evidence("a", "A review is due next month.")]
    assert summary(DateItem(day("2026-04-01"), day("2026-04-30"), "next month", "review",
                            "2026-04", ev)) == "review: next month"
    assert summary(DateItem(day("2026-04-01"), day("2026-04-01"), "April 1", "steel talks",
                            "2026-04-01", ev)) == "steel talks"


def test_a_half_width_panel_names_the_sides_by_their_abbreviations(lexicon) -> None:
    # Found at 124 columns: "United Kingdom ▸ India:" left a third of the row for the point.
    short = SideFinder({"Freedonia": ["FR", "Freedonian"]}, lexicon).short
    assert short["United States"] == "US" and short["European Union"] == "EU"
    assert short["Freedonia"] == "FR" and "Japan" not in short  # short enough already
    assert "Palestine" not in short  # "PLO" is another body's (found by a reviewer)
    briefing = Briefing(day("2026-03-02"), [], [], [], [], [], side_short=short)
    said = Statement("dispute", "Washington rejected the offer.", [Evidence("a", "…")],
                     by="United States", to="Freedonia")
    half = statement_row(said, briefing, parties_width(60)).plain
    assert "  US ▸ FR:  Washington rejected" in half
    assert "United States ▸ Freedonia:" in statement_row(said, briefing).plain  # room enough


async def test_the_new_mark_keeps_the_columns_aligned(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        panel = app.panels[0]
        app._new = {id(panel.items[0])}
        app.refresh_panels()
        rows = [panel.row_at(i).plain for i in range(panel.row_count)]
        assert rows[0].startswith("● ") and rows[1].startswith("  ")
        assert rows[0].index("×") == rows[1].index("×")


async def test_reload_keeps_the_rows_and_says_it_ran(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        before = [p.row_count for p in app.panels]
        await pilot.press("r")
        assert [p.row_count for p in app.panels] == before
        assert not any(p.loading for p in app.panels)
        await ready(pilot)
        assert any(n.message.startswith("Read again: 2 articles") for n in app._notifications)


async def test_a_failed_reload_keeps_the_briefing_and_its_header(folder: Path,
                                                                 monkeypatch) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        header, rows = app.sub_title, [p.row_count for p in app.panels]

        def broken(*args: object, **kwargs: object) -> None:
            raise OSError("disk gone")
        monkeypatch.setattr(app.corpus, "open", broken)
        await pilot.press("r")
        await ready(pilot)
        await pilot.pause()
        assert app.sub_title == header and "again" not in app.sub_title
        assert [p.row_count for p in app.panels] == rows
        assert "disk gone" in str(app.query_one("#notice").render())


async def test_the_timeline_and_the_article_list_follow_the_filter(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await ready(pilot)
        every = app.screen.query_one("#entries").row_count
        await pilot.press("escape", "slash", *"port sylvan", "enter", "l")
        await ready(pilot)
        entries = app.screen.query_one("#entries")
        assert 0 < entries.row_count < every
        assert "filter" in entries.border_title
        await pilot.press("escape", "a")
        assert isinstance(app.screen, ListScreen)
        articles = app.screen.query_one("#entries")
        assert articles.row_count == 1 and "one.txt" in articles.row_at(0).plain


async def test_an_untitled_article_is_listed_by_its_first_sentence(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        rows = [app.screen.query_one("#entries").row_at(i).plain for i in range(2)]
        # Its file's name, then its first sentence.
        assert any(r.startswith("2026-03-02  one.txt  Freedonian Trade Minister Olga Brandt")
                   for r in rows)
        assert any("Talks resume" in r for r in rows)


async def test_a_person_says_when_they_were_seen(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("1")
        laan = [p.name for p in app.panels[0].items].index("Piet Laan")
        app.panels[0].highlighted = laan
        await pilot.press("enter")
        heading = str(app.screen.query_one("#detail-heading").render())
        assert "seen 2026-03-02 to 2026-03-05" in heading


async def test_shrinking_the_terminal_keeps_the_highlighted_row_in_view(write_articles) -> None:
    lines = "".join(f"Freedonia rejected demand number {n} for steel quotas.\n"
                    for n in range(60))
    folder = write_articles({"many.txt": " date 2026-03-02 " + lines})
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3", "G")
        panel: PanelList = app.panels[2]
        assert panel.highlighted == panel.row_count - 1
        await pilot.resize_terminal(100, 16)
        await pilot.pause()
        top = panel.scroll_offset.y
        assert top <= panel.highlighted < top + panel.scrollable_content_region.height


async def test_the_reader_scrolls_with_j_and_shift_g(write_articles) -> None:
    body = "".join(f"Paragraph {n}: Sylvania rejected the demand.\n" for n in range(80))
    folder = write_articles({"long.txt": " date 2026-03-02 " + body})
    app = make_app(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("a", "enter")
        await ready(pilot)
        assert isinstance(app.screen, ReaderScreen)
        reader = app.screen.query_one("#reader")
        await pilot.press("G")
        await pilot.pause()
        assert reader.scroll_y > 0
        await pilot.press("g", "j")
        await pilot.pause()
        assert reader.scroll_y == 1


async def test_a_hang_up_leaves_as_quit_does(folder: Path) -> None:
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        signal.raise_signal(signal.SIGHUP)
        await pilot.pause()
    assert app.return_code == 0


async def test_the_articles_list_puts_undated_ones_last_and_counts_what_its_filter_keeps(
        write_articles) -> None:
    folder = write_articles({"dated.txt": ONE, "undated.txt": "Freedonia wants a deal.\n",
                             "earlier.txt": " date 2026-02-27 The port reopened.\n",
                             "titled.md": "---\ntitle: Port talks\ndate: 2026-02-28\n---\n"
                                          "The port talks resumed.\n"})
    app = make_app(folder)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        entries = app.screen.query_one("#entries")
        rows = [entries.row_at(i).plain for i in range(4)]
        assert rows[-1].startswith("undated") and not rows[0].startswith("undated")
        # The file's name stands before the lead sentence, not cut off at the row's end; every
        # row has the column, so the headlines stand in line.
        assert rows[0][12:].startswith("dated.txt") and rows[2][12:].startswith("earlier.txt")
        assert rows[1][12:].startswith("titled.md")  # a titled article's too
        column = 12 + len("earlier.txt") + 2  # the longest name, then two spaces
        assert all(r[column - 1] == " " and r[column] != " " for r in rows), rows
        await pilot.press("slash", *"undated")
        assert entries.row_count == 1 and "1 of 4 shown" in entries.border_title


def test_a_few_long_names_or_sides_leave_the_role_room() -> None:
    # One firm's long name as a side squeezed every row's role to "Pres…": where the
    # longest do not leave the role room, the columns are as wide as most names and sides.
    from briefing.model import Participant
    from briefing.tui.panels import column_widths
    people = [Participant(f"Ann Lee{i:02}", "United States") for i in range(18)] + [
        Participant("Bartholomew Featherstonehaugh", "Diamond Shamrock Corporation"),
        Participant("Li Wei", "China")]
    assert column_widths(people, 0) == (24, 16)  # not laid out yet: the longest
    assert column_widths(people, 120) == (24, 16)  # room enough
    assert column_widths(people, 55) == (9, 13)
    assert column_widths(people, 36) == (9, 7)


def test_a_long_name_keeps_its_surname_in_a_narrow_column() -> None:
    # "Marianne Si…" lost the "Naess" that the later reports use.
    from briefing.model import Participant
    from briefing.tui.panels import participant_row
    row = participant_row(Participant("Marianne Sivertsen Naess", "Norway"), 12, 8).plain
    assert row.startswith("M. S. Naess ")
    assert participant_row(Participant("Li Wei", "China"), 12, 8).plain.startswith("Li Wei ")
    from briefing.tui.panels import clip_name
    assert clip_name("Ursula von der Leyen", 14) == "U. v. d. Leyen"
    assert clip_name("James A. Baker III", 12) == "J. A. Baker…"  # not "J. A. B. III"


def test_a_period_across_the_new_year_keeps_the_columns_in_line() -> None:
    # "2025-12-01…2026-01-31" is 21 characters: every row of the list gets that width, so
    # "how soon" stands in one column.
    from briefing.tui.panels import when_width
    as_of = dt.date(2025, 11, 20)
    short = DateItem(dt.date(2026, 1, 1), dt.date(2026, 1, 31), "January", "talks", "", [])
    long = DateItem(dt.date(2025, 12, 1), dt.date(2026, 1, 31), "this winter", "talks", "", [])
    width = when_width([short, long])
    rows = [date_row(d, as_of, width).plain for d in (short, long)]
    assert width == 21 and rows[0].index(" in ") == rows[1].index(" in ")


def test_how_soon_keeps_its_column_however_far_the_date() -> None:
    # Each row's label column ends at the same place: "1060d ago" would push it one on.
    as_of = dt.date(2026, 12, 4)
    days = [dt.date(2026, 12, 9), dt.date(2027, 6, 1), dt.date(2031, 1, 1),
            dt.date(2026, 11, 1), dt.date(2026, 1, 1), dt.date(2024, 1, 8)]
    rows = [date_row(DateItem(d, d, "x", "talks", "", []), as_of).plain for d in days]
    assert [r[16:25].strip() for r in rows] == [
        "in 5d", "in 6mo", "in 4y", "33d ago", "11mo ago", "2y ago"]
    assert len({r.index("talks") for r in rows}) == 1


async def test_the_participant_columns_follow_a_resized_terminal(tmp_path: Path) -> None:
    # Shown narrow, then widened: the role column gets the room back.
    from briefing.config import Config
    from briefing.tui.app import BriefingApp
    (tmp_path / "a.txt").write_text(
        " date 2026-03-02 Freedonian Deputy Trade and Industry Minister Bartholomew "
        "Featherstonehaugh-Lindqvist said Sylvania rejected the steel offer.\n",
        encoding="utf-8")
    app = BriefingApp(Config(path=None), paths=[tmp_path], watch_files=False)
    async with app.run_test(size=(100, 30)) as pilot:  # two panels a row, each narrow
        await app.settled()
        for _ in range(50):  # the panel may be filled before its first layout: wait for it
            await pilot.pause()
            if app.panels[0]._widths[0] < 24:
                break
        narrow = app.panels[0]._widths
        assert narrow[0] < 24  # squeezed at 100 columns
        await pilot.resize_terminal(200, 30)
        for _ in range(50):  # the resize reaches the panel after a few turns of the loop
            await pilot.pause()
            if app.panels[0]._widths != narrow:
                break
        assert app.panels[0]._widths != narrow
        assert "Minister" in app.panels[0].row_at(0).plain


@pytest.mark.parametrize(("size", "info", "warning"), [((60, 16), 1.5, 10), ((120, 40), 5, 10)])
async def test_a_toast_on_a_small_terminal_stays_briefly(write_articles, size, info,
                                                        warning) -> None:
    # At 50x14 "Cleared filter" covered the Upcoming panel for seconds; warnings keep theirs.
    from textual.notifications import Notify
    app = make_app(write_articles({"one.txt": ONE}))
    posted: list[float] = []
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        original = app.post_message

        def spy(message):  # type: ignore[no-untyped-def]
            if isinstance(message, Notify):
                posted.append(message.notification.timeout)
            return original(message)
        app.post_message = spy  # type: ignore[method-assign]
        app.notify("Cleared the filter.")
        app.notify("A warning.", severity="warning", timeout=10)
        await pilot.pause()
    assert posted == [info, warning]


async def test_a_narrow_panel_keeps_room_for_what_was_said(write_articles) -> None:
    # At 90 columns a disputes row had only its date and sides: "European Union ▸ Britain:…".
    folder = write_articles({"a.txt": " date 2026-03-01 The European Union rejected the "
                                      "United States' demand to cut steel quotas, officials "
                                      "said.\n"})
    app = make_app(folder)
    async with app.run_test(size=(90, 30)) as pilot:
        await ready(pilot)
        disputes = app.query_one("#disputes", PanelList)
        row = disputes.row_at(0).plain[:disputes.size.width]  # what the panel shows of it
        assert "▸" in row and ":  " in row and len(row.split(":  ", 1)[1]) >= 12, row
        await pilot.resize_terminal(200, 40)  # wider: the sides in full again
        await ready(pilot)
        assert "European Union ▸ United States:" in disputes.row_at(0).plain


def test_the_header_keeps_the_date_and_the_count_in_a_narrow_terminal() -> None:
    # Found by two new users: at 80 columns the header ended "as of 2026-1…", the article
    # count gone; the storyline's name gives way instead.
    from briefing.tui.header import header_text
    name = "EU–Morocco · fisheries · Feb–Mar 2026"
    rest = ["", "as of 2026-03-20", "8 articles", ""]
    narrow = header_text(name, rest, 80, "briefing")
    assert narrow.endswith("· as of 2026-03-20 · 8 articles") and "…" in narrow
    assert len("briefing — " + narrow) <= 80 - 18  # the icon's and the clock's room
    assert header_text(name, rest, 160, "briefing") == f"{name} · as of 2026-03-20 · 8 articles"
    assert header_text("", rest, 80, "briefing") == "as of 2026-03-20 · 8 articles"


async def test_zoom_fills_the_screen_with_one_panel_and_follows_the_keys(folder: Path) -> None:
    # Found by a new user: at 150 columns a dispute row kept about 45 characters of its text.
    app = make_app(folder)
    async with app.run_test(size=(150, 40)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        half = app.panels[2].size.width
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is app.panels[2]
        assert app.panels[2].size.width > 1.8 * half
        await pilot.press("2")  # another panel, zoomed in turn
        await pilot.pause()
        assert app.screen.maximized is app.panels[1] and app.focused is app.panels[1]
        await pilot.press("tab")  # and so does Tab (found by a reviewer: it did nothing)
        await pilot.pause()
        assert app.screen.maximized is app.panels[2] and app.focused is app.panels[2]
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.screen.maximized is app.panels[1] and app.focused is app.panels[1]
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is None
        await pilot.press("z", "escape")  # Escape zooms out too
        await pilot.pause()
        assert app.screen.maximized is None and app.focused is app.panels[1]
        assert "zoom" in {b.id for b in app.all_bindings()}  # in the help; `keys:` remaps it
        await pilot.press("tab")  # unzoomed, Tab moves to the next panel as ever
        await pilot.pause()
        assert app.screen.maximized is None and app.focused is app.panels[2]


def test_a_focus_that_arrives_as_the_app_closes_is_ignored(folder: Path) -> None:
    # Found by bench/scale.py: leaving right after the first paint, a panel's late focus
    # event met an empty screen stack and the app ended in a traceback.
    from textual import events

    from briefing.tui.panels import PANELS
    app = make_app(folder)
    assert not app.screen_stack
    app.on_descendant_focus(events.DescendantFocus(PanelList(PANELS[0])))


async def test_an_empty_upcoming_panel_says_what_fell_due_since_the_last_report(
        write_articles) -> None:
    # Found by two new users and a Reuters analyst: a storyline that ended before the
    # folder's newest article showed an empty Upcoming panel and no word of why.
    from briefing.config import Config
    from briefing.tui.app import BriefingApp
    folder = write_articles({"a.txt": " date 2026-03-02 Freedonia and Sylvania will meet on "
                                      "March 10 to discuss steel quotas, officials said.\n"})
    app = BriefingApp(Config(path=None, articles=[folder]), as_of=day("2026-03-20"))
    async with app.run_test() as pilot:
        await ready(pilot)
        dates = app.query_one("#dates", PanelList)
        shown = dates.row_at(0).plain
        assert "1 fell due after the last report here (2026-03-02)" in shown
        assert "--as-of 2026-03-02" in shown
    briefing = app.briefing
    assert briefing is not None
    assert "_1 fell due after the last report here (2026-03-02)" in to_markdown(briefing)
