"""Noun phrases that hold two parties: a side's adjective or possessive before a party's
noun ("the Dutch port and rail workers' union" is the union, not the Netherlands)."""

from __future__ import annotations

from briefing.core.extract.actor_words import Actor, Words

QUALIFIER_WORDS = 5  # words between an adjective of a side and the party it qualifies


def heads(text: str, found: list[Actor], words: Words) -> list[Actor]:
    """Without a side's adjective (or possessive) that only qualifies the party after it in
    one noun phrase ("the Dutch port and rail workers' union", "the Netherlands' national
    port and rail workers' union": the union's): lower-case words between, the last a
    plural's possessive, no determiner, auxiliary or preposition, and the party after it a
    common noun."""
    out: list[Actor] = []
    for n, a in enumerate(found):
        b = found[n + 1] if n + 1 < len(found) else None
        gap = text[a.end:b.start] if b is not None else ""
        owner = gap.startswith(("'", "’"))
        if b is not None and not a.person and not b.person and a.side != b.side \
                and (owner or text[a.start:a.end] != a.side) \
                and text[a.start:a.start + 1].isupper() and text[b.start:b.start + 1].islower():
            between = gap.lstrip("'’").removeprefix("s ").split()
            plain = [w.rstrip("'’").lower() for w in between]
            # The word before the party a plural's possessive ("workers' union"): one noun
            # phrase, not a clause ("The Dutch government told unions").
            if 0 < len(between) <= QUALIFIER_WORDS and all(w[:1].islower() for w in between) \
                    and between[-1].endswith(("'", "’")) and all(
                    w.isalpha() and w not in words.outside_phrase for w in plain):
                continue
        out.append(a)
    return out
