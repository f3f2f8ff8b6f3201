"""The storyline list in the dashboard (Pilot): it opens first on a folder of several
negotiations, Enter opens one, n/N step through them, S comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import Config
from briefing.tui.app import BriefingApp
from briefing.tui.lists import ListScreen
from briefing.tui.stories import StoryListScreen
from tests.stories_data import ALL, COCOA, MORE_OTHER, OTHER, STEEL, TRADE


def _app(write_articles, files: dict[str, str]) -> BriefingApp:
    folder: Path = write_articles(files)
    return BriefingApp(Config(path=None), paths=[folder], watch_files=False)


async def _ready(app: BriefingApp, pilot) -> None:
    await app.settled()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _ids(files: dict[str, str]) -> set[str]:
    return {Path(n).stem for n in files}


def _add_cocoa_report(app: BriefingApp, folder: Path) -> None:
    """A fourth cocoa report written to the folder while the app is open, and its notice."""
    from briefing.tui.messages import FilesChanged
    new = folder / "cocoa-4.txt"
    new.write_text(" date 2024-03-28 ICCO producers and consumers agreed on cocoa buffer "
                   "stock prices, delegates said.\n", encoding="utf-8")
    app.post_message(FilesChanged({new}, set()))


async def test_several_storylines_open_on_their_list(write_articles) -> None:
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        assert [s.size for s in screen.shown] == [3, 3, 2]
        assert screen.shown[-1].id == "other"
        # Under the list, what the folder holds: every article, those in none, the months.
        line = str(screen.query_one("#stories").border_subtitle)
        assert line.startswith("8 articles · 2 in no storyline · ")
        # Two storylines: the other articles' row is none.
        assert str(screen.query_one("#stories").border_title) == "Storylines (2)"
        await pilot.press(*"cocoa")
        assert len(screen.shown) == 1
        assert str(screen.query_one("#stories").border_title) == "Storylines (1 of 2)"
        await pilot.press("enter")
        await _ready(app, pilot)
        assert not isinstance(app.screen, StoryListScreen)
        assert {a.id for a in app.briefing.articles} == _ids(COCOA)
        assert "cocoa" in app.sub_title
        await pilot.press("n")
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(OTHER)
        await pilot.press("N")
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(COCOA)
        await pilot.press("S")
        await pilot.pause()
        listed = app.screen
        assert isinstance(listed, StoryListScreen)
        at = listed.query_one("#stories").highlighted
        below = listed.shown[min(at + 1, len(listed.shown) - 1)]  # after cocoa's, if any
        await pilot.press("down", "enter")
        await _ready(app, pilot)
        assert app.negotiation == below.name


async def test_one_storyline_with_a_few_strays_opens_straight_into_it(write_articles
                                                                       ) -> None:
    app = _app(write_articles, {**STEEL, **OTHER})
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        assert not isinstance(app.screen, StoryListScreen)
        assert {a.id for a in app.briefing.articles} == _ids(STEEL)
        assert "steel" in app.sub_title
        # The header tells that the folder holds more (found by a new user: "7 articles" of 8).
        whole = len(STEEL) + len(OTHER)
        assert app.sub_title.endswith(f"· {len(STEEL)} of {whole} articles")
        await pilot.press("n")
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(OTHER)
        assert app.sub_title.endswith(f"· {len(OTHER)} of {whole} articles")
        await pilot.press("N")
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(STEEL)


async def test_a_storylines_dashboard_tells_of_the_whole_folders_warnings(write_articles
                                                                          ) -> None:
    # Broken files join no storyline; opened straight into the steel talks, the header, the
    # toast and w still tell of them, once.
    from briefing.tui.screens import WarningsScreen
    app = _app(write_articles, {**STEEL, "empty.txt": "", "noise.txt": b"\x00\x01\x02"})
    async with app.run_test(size=(160, 40)) as pilot:
        await _ready(app, pilot)
        assert "steel" in app.sub_title and "2 warnings" in app.sub_title
        toasts = [n.message for n in app._notifications]
        assert sum("warning" in t for t in toasts) == 1 and "2 warnings" in toasts[-1]
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WarningsScreen)
        shown = " ".join(str(w.render()) for w in screen.query("Static"))
        assert "empty.txt" in shown and "noise.txt" in shown


async def test_a_folder_of_one_storyline_opens_straight_into_it(write_articles) -> None:
    app = _app(write_articles, TRADE)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        assert not isinstance(app.screen, StoryListScreen)
        assert app.negotiation is None  # the whole folder is the storyline
        assert {a.id for a in app.briefing.articles} == _ids(TRADE)
        assert [s.size for s in app.story_list] == [len(TRADE)]
        await pilot.press("S")  # nothing else to choose from: says so, stays
        await pilot.pause()
        assert not isinstance(app.screen, StoryListScreen)


async def test_a_folder_of_no_storyline_says_so_on_the_list_key(write_articles) -> None:
    # A new user's league talks, before they formed a storyline: S said "one storyline".
    app = _app(write_articles, OTHER)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press("S")
        await pilot.pause()
        assert not isinstance(app.screen, StoryListScreen)
        last = [n.message for n in app._notifications][-1]
        assert "no negotiation found" in last and "one storyline" not in last


async def test_one_storyline_among_many_other_articles_opens_on_the_list(write_articles
                                                                        ) -> None:
    app = _app(write_articles, {**STEEL, **OTHER, **MORE_OTHER})
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        assert [s.id for s in screen.shown][-1] == "other"
        assert [s.size for s in screen.shown] == [3, len(OTHER) + len(MORE_OTHER)]
        await pilot.press("enter")
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(STEEL)


async def test_the_list_takes_q_to_quit_and_any_other_letter_to_filter(write_articles) -> None:
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        # Typed on the list, "s" starts the filter, not the dashboard's side filter behind
        # it; a hyphen finds a name's dash ("canada-mexico" is "Mexico–Canada").
        await pilot.press(*"steel")
        assert [s.name.split(" · ")[1] for s in screen.shown] == ["steel"]
        await pilot.press(*("backspace" for _ in "steel"), *"canada-mexico")
        assert [s.name.split(" · ")[1] for s in screen.shown] == ["steel"]
        # A side by another of its names finds its storylines (found by a new user: "swiss").
        await pilot.press(*("backspace" for _ in "canada-mexico"), *"mexican")
        assert [s.name.split(" · ")[1] for s in screen.shown] == ["steel"]
        await pilot.press(*("backspace" for _ in "mexican"))
        await pilot.press("escape")  # back to the dashboard ...
        await pilot.press("S")  # ... and to the list again, where q filters and ctrl+q quits
        await pilot.pause()
        assert isinstance(app.screen, StoryListScreen)
        # ? opens the keys, and there is nothing to copy here: c is a letter of the filter.
        assert "copy_item" not in {b.binding.action for b in app.active_bindings.values()}
        await pilot.press("question_mark")
        await pilot.pause()
        assert not isinstance(app.screen, StoryListScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StoryListScreen)
        shown = {b.binding.key for b in app.active_bindings.values() if b.binding.show}
        assert "q" not in shown  # the footer does not offer the dashboard's q here ...
        assert "ctrl+q" in shown  # ... but the list's own way out
        await pilot.press("q")  # "quota": a storyline's name may start with q
        await pilot.pause()
        assert app.is_running and app.screen.query_one("#story_filter").value == "q"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_letters_typed_fast_all_reach_the_filter(write_articles) -> None:
    from textual.widgets import Input
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        # The first letter is not selected and typed over by the next.
        await pilot.press(*"sjk")
        assert app.screen.query_one("#story_filter", Input).value == "sjk"



async def test_a_q_typed_fast_stays_in_its_place_in_the_filter(write_articles) -> None:
    # A terminal delivers "q", "u", "o" before any of them is handled: "q" must not wait
    # for a binding's turn and land after the letters that followed it ("uoq").
    from textual import events
    from textual.widgets import Input
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        for letter in "quo":
            app.post_message(events.Key(letter, letter))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#story_filter", Input).value == "quo"


async def test_a_burst_of_keys_reaches_the_filter_before_its_focus_does(write_articles) -> None:
    # "coc", Backspace, "c", Enter sent at once: the Backspace and the Enter are the
    # filter's too, not lost to the list the focus is leaving.
    from textual import events
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        for key, char in [("c", "c"), ("o", "o"), ("x", "x"), ("backspace", None),
                          ("c", "c"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        await _ready(app, pilot)
        assert not isinstance(app.screen, StoryListScreen)
        assert {a.id for a in app.briefing.articles} == _ids(COCOA)


async def test_a_filter_may_start_with_a_letter_the_list_moves_by(write_articles) -> None:
    from textual.widgets import Input
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        screen = app.screen
        # "japan", "korea", "germany" begin with the list's j, k and g: typed on the list,
        # they are the filter's first letter; the arrows move the cursor.
        await pilot.press(*"japan")
        assert screen.query_one("#story_filter", Input).value == "japan"
        screen.query_one("#story_filter", Input).value = ""
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        await pilot.press("down")
        assert screen.query_one("#stories").highlighted == 1
        await pilot.press(*"ko")
        assert screen.query_one("#story_filter", Input).value == "ko"
        screen.query_one("#story_filter", Input).value = ""
        await pilot.press("escape", "S")
        await pilot.pause()
        await pilot.press(*"world")  # the dashboard's w (warnings) is a letter here
        assert app.screen.query_one("#story_filter", Input).value == "world"


async def test_home_and_end_move_the_list_even_from_the_filter(write_articles) -> None:
    # An analyst pressed End on the list for the last storyline: the filter's cursor moved.
    from textual.widgets import Input
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        screen = app.screen
        entries = screen.query_one("#stories")
        last = len(screen.shown) - 1
        assert last > 0
        await pilot.press("end")
        assert entries.highlighted == last
        await pilot.press("home")
        assert entries.highlighted == 0
        await pilot.press("s")  # the filter has the focus now, and a letter
        await pilot.press("backspace")
        assert screen.query_one("#story_filter", Input).has_focus
        await pilot.press("end")
        assert entries.highlighted == len(screen.shown) - 1


async def test_keys_typed_after_quit_open_nothing(write_articles) -> None:
    # "q" then "s" typed fast in a terminal pushed a list while the app closed (a traceback
    # and exit status 1): once exiting, the app refuses every bound action.
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press("escape")  # the dashboard
        await pilot.pause()
        assert app.check_action("side_filter", ()) and app.check_action("topic_filter", ())
        app.exit()
        assert not app.check_action("side_filter", ())
        assert not app.check_action("topic_filter", ())
        await pilot.press("s", "t")
        await pilot.pause()
        assert not any(isinstance(s, ListScreen) for s in app.screen_stack)
    assert app.return_code == 0


async def test_a_storyline_seen_before_quitting_elsewhere_is_not_new_next_time(
        write_articles) -> None:
    folder: Path = write_articles(ALL)
    # The other articles ("n" after cocoa): the app quits there.
    shown, _ = await _visit(folder, [*"cocoa", "enter"], ["n"])
    assert shown == _ids(OTHER)
    shown, titles = await _visit(folder, [*"cocoa", "enter"])
    assert shown == _ids(COCOA) and not any("new" in t for t in titles)


async def _visit(folder: Path, *steps: list[str]) -> tuple[set[str], list[str]]:
    """A session of the dashboard on ``folder``: each step's keys, then the load they start;
    then it quits (keeping what was seen). Returns what the last screen showed (taken before
    the quit: the panels go with the app): its articles and its panels' titles."""
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        for keys in steps:
            await pilot.press(*keys)
            await _ready(app, pilot)
        assert app.briefing is not None
        return {a.id for a in app.briefing.articles}, [p.border_title or "" for p in app.panels]


async def test_what_was_there_last_time_is_not_new_in_storylines_never_opened(
        write_articles) -> None:
    # Found by a new-user helper: one storyline opened, then quit; opened again with no file
    # changed, the whole folder (Escape) had marked every other storyline's items new.
    folder: Path = write_articles(ALL)
    await _visit(folder, [*"cocoa", "enter"])
    shown, titles = await _visit(folder, ["escape"])  # the whole folder's briefing
    assert shown == _ids(ALL) and not any("new" in t for t in titles)


@pytest.mark.parametrize("keys", [("c", "o", "c", "o", "a", "enter"), ("escape",)])
async def test_the_list_shows_an_article_that_came_while_the_dashboard_was_open(
        write_articles, keys: tuple[str, ...]) -> None:
    # On a storyline's dashboard (its storylines found again with it) or the whole folder's
    # (found again when the list is asked for).
    folder: Path = write_articles(ALL)
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press(*keys)
        await _ready(app, pilot)
        assert not isinstance(app.screen, StoryListScreen)
        _add_cocoa_report(app, folder)
        await _ready(app, pilot)
        assert len(app.briefing.articles) == (4 if len(keys) > 1 else 9)
        await pilot.press("S")
        await _ready(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        assert [s.size for s in screen.stories if "cocoa" in s.name.lower()] == [4]
        assert str(screen.query_one("#stories").border_subtitle).startswith("9 articles")


async def test_the_list_opens_on_the_storyline_on_screen(write_articles) -> None:
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press(*"cocoa", "enter")
        await _ready(app, pilot)
        opened = app.negotiation
        await pilot.press("S")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        assert screen.shown[screen.query_one("#stories").highlighted].name == opened
        await pilot.press("enter")  # Enter reopens it, not the first storyline
        await _ready(app, pilot)
        assert app.negotiation == opened


async def test_help_on_the_list_tells_the_lists_keys(write_articles) -> None:
    from textual.widgets import Static

    from briefing.tui.screens import HelpScreen
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        assert isinstance(app.screen, StoryListScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = [k for k, _what in app.screen.rows]
        assert "Enter" in keys and not any("j" in k.split(" / ") for k in keys)
        assert app.screen.query(Static)
        # Typed into the filter and taken out again: ? still asks for the keys.
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c", "backspace", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_warnings_note_over_the_list_says_where_w_works(write_articles) -> None:
    app = _app(write_articles, {**ALL, "bad.txt": b"\x00\x00binary"})
    notes: list[str] = []
    app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        assert isinstance(app.screen, StoryListScreen)
        assert any("press w on the dashboard (Escape)" in n for n in notes), notes


async def _changed_on_the_whole_folder(app: BriefingApp, pilot, folder: Path) -> None:
    """The whole folder's dashboard, with an article added since its storylines were found."""
    await _ready(app, pilot)
    await pilot.press("escape")
    await _ready(app, pilot)
    _add_cocoa_report(app, folder)
    await _ready(app, pilot)


async def test_s_pressed_twice_while_the_storylines_are_found_opens_one_list(
        write_articles) -> None:
    import threading
    folder: Path = write_articles(ALL)
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _changed_on_the_whole_folder(app, pilot, folder)
        gate, real = threading.Event(), app.corpus.storylines

        def slow():  # a large folder: the second press lands while the first still works
            gate.wait(10)
            return real()
        app.corpus.storylines = slow  # type: ignore[method-assign]
        await pilot.press("S")
        await pilot.press("S")
        gate.set()
        await _ready(app, pilot)
        assert sum(isinstance(s, StoryListScreen) for s in app.screen_stack) == 1


async def test_a_failure_finding_the_storylines_is_one_line_not_a_crash(write_articles) -> None:
    folder: Path = write_articles(ALL)
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _changed_on_the_whole_folder(app, pilot, folder)

        def broken():
            raise OSError("the disk went away")
        app.corpus.storylines = broken  # type: ignore[method-assign]
        await pilot.press("S")
        await _ready(app, pilot)
        assert app.is_running and not isinstance(app.screen, StoryListScreen)
        assert any("the disk went away" in n.message for n in app._notifications)


async def test_a_storyline_renamed_by_a_live_article_shows_its_own_articles(
        write_articles) -> None:
    from briefing.tui.messages import FilesChanged
    folder: Path = write_articles(ALL)
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press(*"steel", "enter")
        await _ready(app, pilot)
        before = app.negotiation
        assert before and {a.id for a in app.briefing.articles} == _ids(STEEL)
        # A report two months on joins the steel talks and stretches their name's span.
        new = folder / "steel-4.txt"
        new.write_text(" date 2024-06-12 Canada and Mexico failed to agree on steel quotas, "
                       "Grant said.\n", encoding="utf-8")
        app.post_message(FilesChanged({new}, set()))
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(STEEL) | {"steel-4"}
        assert app.negotiation != before and "Jun" in app.negotiation
        assert str(app.sub_title).startswith(app.negotiation)
        await pilot.press("n", "N")  # away and back: the same storyline, by its new name
        await _ready(app, pilot)
        assert {a.id for a in app.briefing.articles} == _ids(STEEL) | {"steel-4"}


async def test_an_open_list_shows_an_article_that_came_while_it_was_open(
        write_articles) -> None:
    folder: Path = write_articles(ALL)
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        await pilot.press(*"coc")  # a filter typed stays
        _add_cocoa_report(app, folder)
        await _ready(app, pilot)
        await _ready(app, pilot)
        assert app.screen is screen
        assert [s.size for s in screen.shown] == [4]
        assert str(screen.query_one("#stories").border_subtitle).startswith("9 articles")
        assert screen.query_one("#story_filter").value == "coc"


async def test_a_list_opened_over_a_storyline_shows_an_article_that_came(write_articles) -> None:
    # The storyline behind the list finds the storylines again with the update; the list
    # must show those, not wait for a change still to come.
    folder: Path = write_articles(ALL)
    app = BriefingApp(Config(path=None), paths=[folder], watch_files=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press(*"steel", "enter")
        await _ready(app, pilot)
        await pilot.press("S")
        await _ready(app, pilot)
        screen = app.screen
        assert isinstance(screen, StoryListScreen)
        _add_cocoa_report(app, folder)
        await _ready(app, pilot)
        await _ready(app, pilot)
        assert app.screen is screen
        assert [s.size for s in screen.shown if "cocoa" in s.name.lower()] == [4]
        assert str(screen.query_one("#stories").border_subtitle).startswith("9 articles")


async def test_a_failed_switch_keeps_the_header_of_the_storyline_shown(write_articles,
                                                                      monkeypatch) -> None:
    # Found by a reviewer: after a failed switch the header named the storyline not shown.
    app = _app(write_articles, ALL)
    async with app.run_test(size=(140, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press(*"cocoa", "enter")
        await _ready(app, pilot)
        header = app.sub_title

        def broken(*args: object, **kwargs: object) -> None:
            raise OSError("disk gone")
        monkeypatch.setattr(app.corpus, "briefing", broken)
        await pilot.press("n")
        await _ready(app, pilot)
        assert app.sub_title == header
