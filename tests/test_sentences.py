"""Sentence splitting on newswire text."""

from __future__ import annotations

import pytest


def texts(sentences, paragraph: str) -> list[str]:
    return [s.text for s in sentences(paragraph)]


def test_splits_plain_sentences(sentences) -> None:
    assert texts(sentences, "Talks resumed. Both sides met. They left.") == [
        "Talks resumed.", "Both sides met.", "They left."]


def test_abbreviations_do_not_end_sentences(sentences) -> None:
    got = texts(sentences, "Mr. Lind met Gen. Ortiz of Acme Corp. on Jan. 5 at No. 10 Pier.")
    assert len(got) == 1


def test_us_followed_by_capital_word_stays_one_sentence(sentences) -> None:
    # Reuters capitalised the word after "U.S.": "the U.S. Over ...".
    text = "Freedonia wants the U.S. Over the next month to cut duties on steel."
    assert len(texts(sentences, text)) == 1


def test_us_followed_by_capitalised_joining_word_stays_one_sentence(sentences) -> None:
    # In the wire's capitals "And", "In", "On" after "U.S." join far more often than they
    # start a sentence ("trade friction between the U.S. And Freedonia").
    for text in ("Friction between the U.S. And Freedonia grew.",
                 "Freedonia sold wheat to the U.S. In exchange for credits.",
                 "Freedonia denied breaking a pact with the U.S. On steel trade."):
        assert len(texts(sentences, text)) == 1, text


def test_us_at_sentence_end_still_splits(sentences) -> None:
    got = texts(sentences, "The envoy flew to the U.S. The talks begin Monday.")
    assert got == ["The envoy flew to the U.S.", "The talks begin Monday."]


def test_initials_do_not_split(sentences) -> None:
    assert len(texts(sentences, "The plan came from J. K. Osei, the minister.")) == 1


def test_quotes_close_sentences(sentences) -> None:
    got = texts(sentences, '"We will not sign." The minister left the room.')
    assert got == ['"We will not sign."', "The minister left the room."]


def test_sentences_are_substrings_of_the_paragraph(sentences) -> None:
    paragraph = "Dr. Amal Reyes said so. Prices fell 2.5 pct in the U.S. Over time, they rose."
    for sentence in sentences(paragraph):
        assert sentence.text in paragraph


def test_number_abbreviation_only_before_a_number(sentences) -> None:
    assert len(texts(sentences, "They met at No. 10 Downing Street.")) == 1
    assert texts(sentences, "He said no. Talks ended.") == ["He said no.", "Talks ended."]


@pytest.mark.parametrize(("lead", "dateline"), [
    ("LONDON, Feb 6 (Meridian Wire) - Talks resumed.", "LONDON, Feb 6 (Meridian Wire) - "),
    ("NEW YORK, March 3, 1987 - Talks resumed.", "NEW YORK, March 3, 1987 - "),
    ("BRUSSELS (Reuters) - Talks resumed.", "BRUSSELS (Reuters) - "),
    ("WASHINGTON — Talks resumed.", "WASHINGTON — "),
    # Found by a new user: an accented place was no dateline, and its day became the summit's.
    ("BRASÍLIA, July 3 – Talks resumed.", "BRASÍLIA, July 3 – "),
    ("SÃO PAULO — Talks resumed.", "SÃO PAULO — "),
    # Found by a new user: a report filed from two cities was no dateline, and its cities
    # became sides ("DUBAI/LONDON": a storyline named "OPEC+–UK").
    ("DUBAI/LONDON, Nov 29 (Reuters) - Talks resumed.", "DUBAI/LONDON, Nov 29 (Reuters) - "),
    ("NEW YORK/LONDON, Oct 3 - Talks resumed.", "NEW YORK/LONDON, Oct 3 - "),
    ("DUBAI/LONDON - Talks resumed.", "DUBAI/LONDON - "),
    # Found by a reviewer: a lead that opens on two sides or an aside is no dateline.
    ("U.S. - Japan talks resumed.", ""),
    ("OPEC - the oil cartel - said output fell.", ""),
])
def test_what_is_a_dateline(lead: str, dateline: str) -> None:
    from briefing.text.sentences import DATELINE, after_dateline
    found = DATELINE.match(lead)
    assert (found.group() if found else "") == dateline
    assert after_dateline(lead) == lead[len(dateline):]
