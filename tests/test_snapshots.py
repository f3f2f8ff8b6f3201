"""Layout snapshots of the dashboard on the bundled samples, at two terminal sizes."""

from __future__ import annotations

from briefing.tui.app import BriefingApp


async def _ready(pilot) -> None:
    await pilot.app.settled()
    await pilot.pause()


def test_dashboard_wide(snap_compare, sample_config) -> None:
    assert snap_compare(BriefingApp(sample_config), terminal_size=(150, 42), run_before=_ready)


def test_dashboard_narrow(snap_compare, sample_config) -> None:
    assert snap_compare(BriefingApp(sample_config), terminal_size=(80, 48), run_before=_ready)


def test_detail_screen(snap_compare, sample_config) -> None:
    async def open_first_dispute(pilot) -> None:
        await _ready(pilot)
        await pilot.press("3", "enter")
        await pilot.pause()

    assert snap_compare(BriefingApp(sample_config), terminal_size=(120, 30),
                        run_before=open_first_dispute)


def test_timeline_screen(snap_compare, sample_config) -> None:
    async def open_timeline(pilot) -> None:
        await _ready(pilot)
        await pilot.press("l")
        await pilot.pause()

    assert snap_compare(BriefingApp(sample_config), terminal_size=(120, 30),
                        run_before=open_timeline)


def test_reader_screen(snap_compare, sample_config) -> None:
    async def open_reader(pilot) -> None:
        await _ready(pilot)
        await pilot.press("3", "j", "enter", "enter")
        await pilot.pause()

    assert snap_compare(BriefingApp(sample_config), terminal_size=(120, 30),
                        run_before=open_reader)
