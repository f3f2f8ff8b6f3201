"""The office-holder table: it loads and checks, one-seat offices never overlap, lookups work."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from briefing.language import offices
from briefing.language.offices import OfficesError, OfficeTable, fold, load_offices, load_table, overlaps

PACKAGED = Path(offices.__file__).parent / "en" / "offices.yaml"


@pytest.fixture(scope="module")
def table() -> OfficeTable:
    return offices.packaged_table()


def d(text: str) -> date:
    return date.fromisoformat(text)


# --------------------------------------------------------------------------- the data


def test_packaged_table_loads_and_validates() -> None:
    holders = load_offices(PACKAGED)
    assert len(holders) > 300
    assert all(h.terms for h in holders)


def test_both_periods_are_covered(table: OfficeTable) -> None:
    def count(on: date) -> int:
        return sum(1 for h in table.holders if h.terms_on(on))

    assert count(d("1987-06-01")) > 150
    assert count(d("2025-06-01")) > 130


def test_no_one_seat_office_has_two_holders_at_once(table: OfficeTable) -> None:
    assert overlaps(table.holders, table.offices) == []


def test_every_side_is_canonical(table: OfficeTable) -> None:
    sides = offices.packaged_sides()
    assert {t.side for h in table.holders for t in h.terms} <= sides


def test_overlap_check_finds_two_presidents() -> None:
    table = OfficeTable(load_offices_text("""
holders:
  - name: Ann One
    side: Japan
    terms: [{office: president, from: 2020-01-01, to: 2024-01-01}]
  - name: Bo Two
    side: Japan
    terms: [{office: president, from: 2023-01-01}]
  - name: Cy Three
    side: Japan
    terms: [{office: president, from: 2024-01-01, to: 2024-06-01}]
"""))
    problems = overlaps(table.holders)
    assert len(problems) == 2
    assert "'Bo Two'" in problems[0] and "'Ann One'" in problems[0]


def test_handover_on_the_same_day_is_no_overlap() -> None:
    table = OfficeTable(load_offices_text("""
holders:
  - {name: Ann One, side: Japan, terms: [{office: president, from: 2020-01-01, to: 2024-01-01}]}
  - {name: Bo Two, side: Japan, terms: [{office: president, from: 2024-01-01}]}
  - {name: Cy Three, side: Japan, terms: [{office: envoy, from: 2020-01-01}]}
  - {name: Di Four, side: Japan, terms: [{office: envoy, from: 2021-01-01}]}
"""))
    assert overlaps(table.holders, {"envoy": offices.Office("envoy", shared=True)}) == []


def load_offices_text(text: str) -> list[offices.OfficeHolder]:
    return offices.parse_offices(text, "test.yaml")[1]


# --------------------------------------------------------------------------- validation

BAD_ROWS = [
    ("holders:\n  - {side: Japan, terms: [{office: pm, from: 2020-01-01}]}\n", "`name` is missing"),
    ("holders:\n  - {name: A B, side: Japn, terms: [{office: pm, from: 2020-01-01}]}\n", "side 'Japn'"),
    ("holders:\n  - {name: A B, side: Japan}\n", "`terms` is missing"),
    ("holders:\n  - {name: A B, side: Japan, terms: [{office: pm}]}\n", "`from` is missing"),
    ("holders:\n  - {name: A B, side: Japan, terms: [{office: pm, from: 2020-13-01}]}\n", "is not a date"),
    ("holders:\n  - {name: A B, side: Japan, terms: [{office: pm, from: 2020-01-01, to: 2019-01-01}]}\n",
     "before `from`"),
    ("holders:\n  - {name: A B, side: Japan, terms: [{office: pm, from: 2020-05}]}\n",
     "needs `approx: true`"),
    ("holders:\n  - {name: A B, side: Japan, terms: [{office: pm, from: 2020-01-01, until: 2021}]}\n",
     "unknown key 'until'"),
    ("holders:\n  - {name: A B, side: Japan, terms: [{from: 2020-01-01}]}\n", "`office` is missing"),
    ("holders:\n  - {name: A B, side: Japan, aliases: AB, terms: [{office: pm, from: 2020-01-01}]}\n"
     "  - {name: A B, side: Japan, terms: [{office: pm, from: 2021-01-01}]}\n", "listed twice"),
    ("offices:\n  pm: {shared: maybe}\nholders: []\n", "`shared` must be true or false"),
    ("holders: {name: A B}\n", "must be a list"),
]


@pytest.mark.parametrize(("text", "problem"), BAD_ROWS)
def test_a_bad_row_is_a_one_line_error_naming_file_line_and_fix(text: str, problem: str) -> None:
    with pytest.raises(OfficesError) as err:
        offices.parse_offices(text, "extra.yaml")
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("extra.yaml:")
    assert problem in message
    assert " — " in message or "must" in message  # the fix or what is expected


def test_error_names_the_line_of_the_bad_term(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("holders:\n"
                    "  - name: Ann One\n"
                    "    side: Japan\n"
                    "    terms:\n"
                    "      - {office: president, from: 2020-01-01}\n"
                    "      - {office: president, from: 20201-01-01}\n", "utf-8")
    with pytest.raises(OfficesError, match=r"mine\.yaml:6: holder 'Ann One', term 2: `from`"):
        load_offices(path)


def test_a_partial_date_spans_its_month() -> None:
    [h] = load_offices_text("holders:\n  - {name: A B, side: Japan, terms: "
                            "[{office: pm, from: 2020-02, to: 2020-03, approx: true}]}\n")
    [t] = h.terms
    assert (t.start, t.end, t.approx) == (d("2020-02-01"), d("2020-03-31"), True)


def test_a_user_file_extends_the_packaged_table(tmp_path: Path) -> None:
    extra = tmp_path / "negotiators.yaml"
    extra.write_text("holders:\n  - name: Jane Roe\n    side: Japan\n    terms:\n"
                     "      - {office: chief negotiator, titles: [rice envoy], from: 2025-03-01}\n", "utf-8")
    table = load_table(extra)
    match = table.holder("Roe", None, d("2025-06-01"))
    assert match is not None and match.side == "Japan"
    assert table.holder("Reagan", None, d("1987-06-01")) is not None
    duplicate = tmp_path / "again.yaml"
    duplicate.write_text("holders:\n  - {name: Ronald Reagan, side: United States, "
                         "terms: [{office: actor, from: 1937-01-01, to: 1964-01-01}]}\n", "utf-8")
    with pytest.raises(OfficesError, match="already in"):
        load_table(duplicate)


# --------------------------------------------------------------------------- lookups by name


@pytest.mark.parametrize(("name", "on", "side", "office"), [
    ("Šefčovič", "2025-04-10", "European Union", "trade commissioner"),
    ("Sefcovic", "2025-04-10", "European Union", "trade commissioner"),
    ("SEFCOVIC", "2025-04-10", "European Union", "trade commissioner"),
    ("Maros Sefcovic", "2025-04-10", "European Union", "trade commissioner"),
    ("Sir Keir Starmer", "2025-05-08", "Britain", "prime minister"),
    ("Starmer", "2025-05-08", "Britain", "prime minister"),
    ("Akazawa", "2025-07-23", "Japan", "economic revitalization minister"),
    ("Lee Jae Myung", "2025-07-31", "South Korea", "president"),
    ("Lee Jae-myung", "2025-07-31", "South Korea", "president"),
    ("He Lifeng", "2025-05-11", "China", "vice premier"),
    ("von der Leyen", "2025-07-27", "European Union", "commission president"),
    ("Zelenskyy", "2025-02-28", "Ukraine", "president"),
    ("Karin Keller-Sutter", "2025-08-01", "Switzerland", "president of the confederation"),
    ("Keller Sutter", "2025-08-01", "Switzerland", "president of the confederation"),
    ("Poehl", "1987-02-22", "West Germany", "bundesbank president"),
    ("Pöhl", "1987-02-22", "West Germany", "bundesbank president"),
    ("Yeutter", "1987-04-01", "United States", "trade representative"),
    ("Nakasone", "1987-04-30", "Japan", "prime minister"),
    ("De Clercq", "1987-03-01", "European Community", "trade commissioner"),
    ("Aqazadeh", "1987-03-01", "Iran", "oil minister"),
    ("Lukman", "1987-03-01", "Nigeria", "oil minister"),
])
def test_a_name_on_a_date_gives_side_and_office(table: OfficeTable, name: str, on: str, side: str,
                                                office: str) -> None:
    match = table.holder(name, None, d(on))
    assert match is not None, name
    assert match.side == side
    assert office in match.offices


def test_a_name_outside_its_term_finds_no_one(table: OfficeTable) -> None:
    assert table.holder("Reagan", None, d("2025-03-01")) is None
    assert table.holder("Šefčovič", None, d("2024-11-30")) is None  # trade commissioner from Dec 1
    assert table.holder("Šefčovič", None, d("2024-12-01")) is not None
    assert table.holder("Yeutter", None, d("1985-06-30")) is None
    assert table.holder("Volcker", None, d("1987-08-10")) is not None
    assert table.holder("Volcker", None, d("1987-08-12")) is None


def test_the_date_tells_apart_two_people_of_one_surname(table: OfficeTable) -> None:
    pat = table.holder("Carney", None, d("1987-05-01"))
    mark = table.holder("Carney", None, d("2025-05-01"))
    assert pat is not None and pat.name == "Pat Carney" and pat.offices == ("international trade minister",)
    assert mark is not None and mark.name == "Mark Carney" and mark.offices == ("prime minister",)


def test_a_surname_two_people_share_on_one_date_is_ambiguous(table: OfficeTable) -> None:
    assert table.holder("Baker", None, d("1987-06-01")) is None
    match = table.holder("Secretary Baker", None, d("1987-06-01"))
    assert match is not None and match.name == "James Baker"
    howard = table.holder("Howard Baker", None, d("1987-06-01"))
    assert howard is not None and howard.offices == ("chief of staff",)


def test_a_common_word_is_no_surname(table: OfficeTable) -> None:
    assert table.holder("He", None, d("2025-05-11")) is None
    assert table.by_name("He", d("2025-05-11")) == []


def test_a_term_for_another_side_changes_the_side(table: OfficeTable) -> None:
    before = table.holder("Camdessus", None, d("1986-06-01"))
    after = table.holder("Camdessus", None, d("1987-06-01"))
    assert before is not None and before.side == "France"
    assert after is not None and after.side == "IMF"
    opec = table.holder("OPEC president", None, d("1987-03-01"))
    assert opec is not None and opec.name == "Rilwanu Lukman" and opec.side == "OPEC"


# --------------------------------------------------------------------------- lookups by title


@pytest.mark.parametrize(("title", "side", "on", "name"), [
    ("President", "United States", "1987-06-01", "Ronald Reagan"),
    ("the president", "United States", "2025-06-01", "Donald Trump"),
    ("the prime minister", "Japan", "2025-05-01", "Shigeru Ishiba"),
    ("the prime minister", "Japan", "2025-11-01", "Sanae Takaichi"),
    ("the prime minister", "Japan", "1987-03-01", "Yasuhiro Nakasone"),
    ("the prime minister", "Japan", "1987-12-01", "Noboru Takeshita"),
    ("Chancellor", "West Germany", "1987-03-01", "Helmut Kohl"),
    ("Chancellor", "Britain", "1987-03-01", "Nigel Lawson"),
    ("Chancellor", "Germany", "2025-06-01", "Friedrich Merz"),
    ("trade representative", "United States", "2025-06-01", "Jamieson Greer"),
    ("USTR", "United States", "1987-06-01", "Clayton Yeutter"),
    ("Commerce Secretary", "United States", "1987-09-01", None),  # Baldrige died, Verity not yet
    ("Commerce Secretary", "United States", "1987-11-01", "C. William Verity"),
    ("Fed chairman", "United States", "1987-09-01", "Alan Greenspan"),
    ("trade commissioner", "European Union", "2025-06-01", "Maroš Šefčovič"),
    ("economic revitalization minister", "Japan", "2025-06-01", "Ryosei Akazawa"),
    ("Economic Revitalisation Minister", "Japan", "2025-06-01", "Ryosei Akazawa"),
    ("oil minister", "Saudi Arabia", "1987-03-01", "Hisham Nazer"),
    ("President", "European Union", "2025-06-01", None),  # Commission, Council or ECB?
    ("Premier", "China", "2025-06-01", "Li Qiang"),
    # The years between the 1987 wires and today's articles, a sample checked by hand.
    ("President", "United States", "1996-06-01", "Bill Clinton"),
    ("President", "United States", "2010-06-01", "Barack Obama"),
    ("the prime minister", "Britain", "2000-06-01", "Tony Blair"),
    ("Chancellor", "Germany", "2002-06-01", "Gerhard Schröder"),
    ("Chancellor", "Germany", "2010-06-01", "Angela Merkel"),
    ("the prime minister", "Japan", "2004-06-01", "Junichiro Koizumi"),
    ("the prime minister", "Canada", "2010-06-01", "Stephen Harper"),
    ("President", "Brazil", "2005-06-01", "Luiz Inácio Lula da Silva"),
    ("the prime minister", "India", "2008-06-01", "Manmohan Singh"),
    ("Premier", "China", "2000-06-01", "Zhu Rongji"),
    ("Chancellor", "Britain", "2000-06-01", "Gordon Brown"),
    ("trade representative", "United States", "2003-06-01", "Robert Zoellick"),
    ("trade commissioner", "European Union", "2002-06-01", "Pascal Lamy"),
    # Leaders named in 2025's talks.
    ("the prime minister", "Greece", "2025-06-01", "Kyriakos Mitsotakis"),
    ("the prime minister", "New Zealand", "2025-06-01", "Christopher Luxon"),
    ("secretary of the army", "United States", "2025-11-20", "Dan Driscoll"),
])
def test_a_bare_title_and_a_side_on_a_date_give_the_holder(table: OfficeTable, title: str, side: str,
                                                           on: str, name: str | None) -> None:
    match = table.holder(title, side, d(on))
    assert (match.name if match else None) == name


def test_the_side_may_be_in_the_title(table: OfficeTable) -> None:
    for text, on, name in [("U.S. President", "1987-03-01", "Ronald Reagan"),
                           ("Japanese Prime Minister", "1987-03-01", "Yasuhiro Nakasone"),
                           ("Japan's prime minister", "2025-05-01", "Shigeru Ishiba"),
                           ("British Prime Minister", "1987-03-01", "Margaret Thatcher")]:
        match = table.holder(text, None, d(on))
        assert match is not None and match.name == name, text


def test_a_bare_title_without_a_side_finds_no_one(table: OfficeTable) -> None:
    assert table.holder("the prime minister", None, d("2025-05-01")) is None


def test_the_incoming_holder_wins_on_a_handover_day(table: OfficeTable) -> None:
    match = table.holder("President", "United States", d("2025-01-20"))
    assert match is not None and match.name == "Donald Trump"
    assert table.holder("President", "United States", d("2025-01-19")).name == "Joe Biden"  # type: ignore[union-attr]


def test_a_title_before_a_name(table: OfficeTable) -> None:
    for text, on, name in [("President Reagan", "1987-03-01", "Ronald Reagan"),
                           ("President Trump", "2025-04-02", "Donald Trump"),
                           ("Trade Representative Clayton Yeutter", "1987-03-01", "Clayton Yeutter"),
                           ("Oil Minister Hisham Nazer", "1987-03-01", "Hisham Nazer"),
                           ("King Fahd", "1987-03-01", "Fahd bin Abdulaziz Al Saud"),
                           ("Commissioner Šefčovič", "2025-04-02", "Maroš Šefčovič")]:
        match = table.holder(text, None, d(on))
        assert match is not None and match.name == name, text


def test_fold() -> None:
    assert fold("Maroš Šefčovič") == "maros sefcovic"
    assert fold("Arne Øien") == "arne oien"
    assert fold("U.S. Trade Representative") == "us trade representative"
    assert fold("Japan's Lee Jae-myung") == "japan lee jae myung"


def test_lookups_cost_no_measurable_time(table: OfficeTable) -> None:
    import time

    start = time.perf_counter()
    for _ in range(1000):
        table.holder("the prime minister", "Japan", d("2025-05-01"))
        table.holder("Sefcovic", None, d("2025-05-01"))
    assert time.perf_counter() - start < 1.0


# --------------------------------------------------------------------------- presidencies


def test_the_ec_council_presidency_rotates_every_half_year_among_members(lexicon) -> None:
    from briefing.core.extract.participants.rules import rules
    found = rules(lexicon)
    rows = found.presidencies["European Union"]
    members = set(lexicon["sides"]["bloc_members"]["European Union"])
    starts = [start for start, _ in rows]
    assert starts == sorted(starts) and all(s.day == 1 and s.month in (1, 7) for s in starts)
    assert all(b.toordinal() - a.toordinal() <= 184 for a, b in pairwise(starts))
    assert all(member in members for _, member in rows if member)
    # A sample checked by hand.
    assert found.chairing("European Union", d("1987-03-15")) == "Belgium"
    assert found.chairing("European Union", d("1987-10-20")) == "Denmark"
    assert found.chairing("European Union", d("1992-12-31")) == "Britain"
    assert found.chairing("European Union", d("2025-09-01")) == "Denmark"
    assert found.chairing("European Union", d("1979-12-31")) is None
