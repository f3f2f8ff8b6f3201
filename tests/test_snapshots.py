"""Layout snapshots of the dashboard on the bundled samples, at 80x24, 150x42 and 220x60,
and of a terminal too small for it."""

from __future__ import annotations

from briefing.tui.app import BriefingApp


async def _footer_settled(pilot) -> None:
    """Wait until the footer lists the keys of what has focus: it refreshes a moment after
    focus moves, later on a loaded machine (a condition, not a sleep)."""
    for n in range(500):
        await pilot.pause(0.01 if n else None)  # at most 5 s; usually returns at once
        screen = pilot.app.screen
        shown = {k.description for k in screen.query("FooterKey")} - {"palette"}
        wanted = {b.binding.description for b in screen.active_bindings.values()
                  if b.binding.show}
        if shown == wanted:
            return
    raise AssertionError(f"footer shows {shown}, not {wanted}")


async def _ready(pilot) -> None:
    await pilot.app.settled()
    await _footer_settled(pilot)


def test_dashboard_wide(snap_compare, sample_config) -> None:
    assert snap_compare(BriefingApp(sample_config), terminal_size=(150, 42), run_before=_ready)


def test_dashboard_narrow(snap_compare, sample_config) -> None:
    assert snap_compare(BriefingApp(sample_config), terminal_size=(80, 24), run_before=_ready)


def test_dashboard_very_wide(snap_compare, sample_config) -> None:
    assert snap_compare(BriefingApp(sample_config), terminal_size=(220, 60), run_before=_ready)


def test_a_terminal_too_small_says_so(snap_compare, sample_config) -> None:
    assert snap_compare(BriefingApp(sample_config), terminal_size=(40, 10), run_before=_ready)


def test_detail_screen(snap_compare, sample_config) -> None:
    async def open_first_dispute(pilot) -> None:
        await _ready(pilot)
        await pilot.press("3", "enter")
        await _ready(pilot)

    assert snap_compare(BriefingApp(sample_config), terminal_size=(120, 30),
                        run_before=open_first_dispute)


def test_timeline_screen(snap_compare, sample_config) -> None:
    async def open_timeline(pilot) -> None:
        await _ready(pilot)
        await pilot.press("l")
        await _ready(pilot)

    assert snap_compare(BriefingApp(sample_config), terminal_size=(120, 30),
                        run_before=open_timeline)


def test_reader_screen(snap_compare, sample_config) -> None:
    async def open_reader(pilot) -> None:
        await _ready(pilot)
        await pilot.press("3", "j", "enter", "enter")
        await _ready(pilot)

    assert snap_compare(BriefingApp(sample_config), terminal_size=(120, 30),
                        run_before=open_reader)
