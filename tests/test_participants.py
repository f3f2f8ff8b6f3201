"""Participants: names, roles, sides, coreference and who is left out."""

from __future__ import annotations

import pytest

from briefing.extract.participants import extract_participants


@pytest.fixture
def people(parser, sentences):
    def find(text: str) -> dict[str, object]:
        found = extract_participants(sentences(text), parser.lexicon, parser.sides)
        return {p.name: p for p in found}
    return find


def test_title_before_name(people) -> None:
    found = people("Freedonian Trade Minister Olga Brandt said talks would resume.")
    assert list(found) == ["Olga Brandt"]
    assert found["Olga Brandt"].side == "Freedonia"
    assert found["Olga Brandt"].roles == ["Freedonian Trade Minister"]


def test_title_with_and_of(people) -> None:
    found = people("Sylvania's Commerce and Industry Minister Ravi Anand met Secretary of State "
                   "Lena Park of Freedonia.")
    assert found["Ravi Anand"].roles == ["Sylvania's Commerce and Industry Minister"]
    assert "Lena Park" in found


def test_appositive_before_the_name(people) -> None:
    found = people("Sylvania's top negotiator, Tomas Vel, said the gap was narrowing.")
    assert found["Tomas Vel"].roles == ["Sylvania's top negotiator"]
    assert found["Tomas Vel"].side == "Sylvania"


def test_appositive_after_the_name(people) -> None:
    found = people("Ines Caro, chairman of the Freedonian Steel Board, said no offer was made.")
    assert found["Ines Caro"].roles == ["chairman of the Freedonian Steel Board"]
    assert found["Ines Caro"].side == "Freedonia"


def test_surname_is_the_same_person_and_counts_mentions(people) -> None:
    found = people("Trade Minister Olga Brandt of Freedonia arrived. Brandt said she was hopeful. "
                   "Later Brandt left.")
    assert list(found) == ["Olga Brandt"]
    assert found["Olga Brandt"].mentions == 3


def test_strong_title_with_surname_only(people) -> None:
    found = people("President Markov of Sylvania rejected the offer.")
    assert "Markov" in found


def test_particles_and_hyphens(people) -> None:
    found = people("Freedonian delegate Anna van der Berg met Sylvanian envoy Jean-Luc Morel.")
    assert {"Anna van der Berg", "Jean-Luc Morel"} <= set(found)


def test_acting_for_a_side(people) -> None:
    found = people("Karl Benz-Huber, negotiating for the employers, said the offer was final.")
    assert found["Karl Benz-Huber"].roles == ["negotiating for the employers"]
    assert found["Karl Benz-Huber"].side == "Employers"


def test_outside_analysts_are_left_out(people) -> None:
    found = people("Mara Quinn, an economist at Delta Bank, said a deal was unlikely. "
                   "Leo Hart of Hart Research said so too.")
    assert found == {}


def test_places_months_and_titles_alone_are_not_people(people) -> None:
    found = people("Prime Minister said in New Delhi on Monday that March talks in Port Sylvan "
                   "were useful. The Trade Ministry agreed.")
    assert found == {}


def test_honorific_is_not_part_of_the_name(people) -> None:
    found = people("Freedonian envoy Mr. Piet Laan said the talks were over.")
    assert "Piet Laan" in found
