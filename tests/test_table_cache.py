"""The office table kept between runs: built once, rebuilt when its texts change, never an
error when the cache dir cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.language import table_cache


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_a_table_is_built_once_then_read_back() -> None:
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"rows": 3}

    assert table_cache.get_or_build(["a", "b"], build) == {"rows": 3}
    assert table_cache.get_or_build(["a", "b"], build) == {"rows": 3}
    assert len(builds) == 1
    assert table_cache.get_or_build(["a", "c"], build) == {"rows": 3}  # another text
    assert len(builds) == 2


def test_a_broken_or_unwritable_cache_only_costs_a_build(cache_home: Path) -> None:
    table_cache.get_or_build(["x"], lambda: [1])
    [kept] = table_cache.cache_dir().glob("table-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert table_cache.get_or_build(["x"], lambda: [2]) == [2]
    blocked = cache_home / "briefing"
    for path in sorted(blocked.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    blocked.rmdir()
    blocked.write_text("a file where the cache dir would be")
    assert table_cache.get_or_build(["y"], lambda: [3]) == [3]


def test_only_a_few_tables_are_kept() -> None:
    for i in range(table_cache.KEEP + 3):
        table_cache.get_or_build([str(i)], lambda i=i: i)  # type: ignore[misc]
    assert len(list(table_cache.cache_dir().glob("table-*.pickle"))) == table_cache.KEEP


def test_the_office_table_from_the_cache_answers_as_the_built_one() -> None:
    from datetime import date

    from briefing.language.offices import load_table
    built = load_table()
    again = load_table()
    assert len(list(table_cache.cache_dir().glob("table-*.pickle"))) == 1
    for name in ("Ronald Reagan", "Maroš Šefčovič", "Kim Yong-beom"):
        first = built.by_name(name, date(2025, 10, 1) if name != "Ronald Reagan" else date(1987, 3, 1))
        second = again.by_name(name, date(2025, 10, 1) if name != "Ronald Reagan" else date(1987, 3, 1))
        assert [m.side for m in first] == [m.side for m in second] != []
