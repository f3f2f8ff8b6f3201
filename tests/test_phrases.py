"""The word-trie phrase matcher behind the cue and side lexicons."""

from __future__ import annotations

from briefing.text.phrases import PhraseMatcher


def hits(matcher: PhraseMatcher, text: str) -> list[str]:
    return [text[h.start:h.end] for h in matcher.finditer(text)]


def test_longest_phrase_wins_and_case_folds() -> None:
    m = PhraseMatcher().extend(["reach", "reach an agreement", "agreement"])
    assert hits(m, "They will Reach an Agreement soon.") == ["Reach an Agreement"]


def test_exact_phrases_keep_case() -> None:
    m = PhraseMatcher()
    m.add("US", "United States", exact=True)
    m.add("India")
    assert [h.phrase for h in m.finditer("us and US and india")] == ["United States", "India"]


def test_gap_allows_up_to_two_words_and_commas() -> None:
    m = PhraseMatcher().extend(["accord ... reached"])
    assert hits(m, "The accord, finally reached, held.") == ["accord, finally reached"]
    assert hits(m, "The accord was reached.") == ["accord was reached"]
    assert hits(m, "The accord was never, ever really reached.") == []


def test_words_match_whole_tokens_only() -> None:
    m = PhraseMatcher().extend(["row", "U.S."])
    assert hits(m, "A narrow arrow. The U.S.-Japan row.") == ["U.S.", "row"]


def test_possessive_and_contractions() -> None:
    m = PhraseMatcher().extend(["Japan", "won't accept"])
    assert hits(m, "Japan's envoy won't accept it.") == ["Japan", "won't accept"]


def test_letters_that_lower_to_two_characters_keep_offsets() -> None:
    m = PhraseMatcher().extend(["talks"])
    text = "İstanbul TALKS resume."
    assert hits(m, text) == ["TALKS"]


def test_kept_tokens_stay_bounded_without_forget() -> None:
    from briefing.text import phrases

    phrases.forget_tokens()
    for n in range(phrases.KEEP_TOKENS * 2 + 10):
        phrases.tokens(f"sentence number {n} of many")
    assert len(phrases._SEEN) <= phrases.KEEP_TOKENS
    assert [t[2] for t in phrases.tokens("sentence number 7 of many")][:2] == ["sentence", "number"]
