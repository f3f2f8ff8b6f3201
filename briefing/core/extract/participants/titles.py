"""A title that names one country's office ("Commerce Secretary"), and whether that office
was someone else's on the article's day: then the title is another country's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from briefing.core.extract.participants.rules import Rules
from briefing.language.offices import OfficeTable, fold

MAIN = 2  # the story's most named sides: its main parties


def country_title(roles: list[str], rules: Rules) -> tuple[str, str] | None:
    """The first title of ``roles`` that names one country's office (``title_sides``), with
    that country."""
    for role in roles:
        words = [rules.title_word(w) or w.lower() for w in role.split()]
        for title, country in rules.title_sides.items():
            if tuple(words[-len(title):]) == title:
                return " ".join(title), country
    return None


def held_by_another(name: str, roles: list[str], rules: Rules, offices: OfficeTable | None,
                    on: date | None, named: Callable[[], list[str]]) -> str | None:
    """The country whose office a person's title names when the country ``title_sides``
    gives held it by someone else that day and another country that has the title
    (``title_shared``) is among the two sides ``named`` most (the story's parties, worked
    out only then): "Commerce Secretary Sunil Barthwal" in a 2025 US-India story is India's
    (the U.S. one was Howard Lutnick)."""
    found = country_title(roles, rules)
    if found is None or offices is None or on is None:
        return None
    title, country = found
    shared = rules.title_shared.get(title, ())
    # The title alone ("Commerce Secretary"), not a deputy's or an acting one's.
    if not shared or not any(len(r.split()) == len(title.split()) for r in roles):
        return None
    others = [c for c in shared if c in named()[:MAIN]]
    if not others:
        return None  # no other country's: the table may lag a new holder; keep the title's
    holder = offices.holder(title, country, on)
    if holder is None or fold(holder.name).split()[-1:] == fold(name).split()[-1:]:
        return None
    return others[0]


def held_office(name: str, offices: OfficeTable, on: date, heads: frozenset[str],
                named: Callable[[str], bool]) -> bool:
    """Whether a full name held an office on ``on``, or a surname only one holder that day
    had, as the head of a state or government (``heads``: "Putin said ..." where the article
    gives no title or full name; not "Ford said", the carmaker, for Ontario's premier) of a
    side the article names (``named``: not "said Ortega of the Graduate Institute" in a story
    that names no Nicaragua)."""
    found = offices.by_name(name, on)
    if " " in name:
        return bool(found)
    return len(found) == 1 and any(t.office.lower() in heads for t in found[0].terms) \
        and named(found[0].side)

