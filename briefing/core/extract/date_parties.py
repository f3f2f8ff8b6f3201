"""Who acts with each date: the parties its sentence names as acting (not a place or a
target), people by full name, sides as written, shown beside what is due ("visit · Lyng")."""

from __future__ import annotations

import re

from briefing.core.extract.actor_words import Words, honorific_forms
from briefing.core.extract.actors import Actor, People, actors_in, words_of
from briefing.core.extract.sides import SideFinder
from briefing.core.extract.speakers import speaking_through
from briefing.language.lexicon import Lexicon
from briefing.model import DateItem, Participant
from briefing.text.regex import is_word_char
from briefing.text.sentences import dateline_end


def name_parties(dates: list[DateItem], participants: list[Participant], sides: SideFinder,
                 lexicon: Lexicon, firm_surnames: frozenset[str] = frozenset()) -> None:
    """Set ``who`` on one article's dates: the parties acting in each one's sentence (not a
    place or a target: "talks in London", "tariffs on Japan"), people by full name, sides as
    written and each once, none a word of its ``what`` already names ("Lyng will visit Japan
    next month" -> "visit · Lyng"); ``firm_surnames``: surnames that alone name a firm
    (``firms_not_people``)."""
    if not dates:
        return
    people = People([p for p in participants if not p.provisional and p.name.strip()],
                    anyone=True, firm_surnames=firm_surnames,
                    honorifics=honorific_forms(lexicon))  # a name tells who, a side or none
    words = words_of(lexicon)
    memo: dict[str, tuple[list[tuple[str, str]], list[str]]] = {}
    for item in dates:
        text = item.evidence[0].sentence
        if text not in memo:
            skip = dateline_end(text)  # "WASHINGTON, May 8 (Reuters) - "
            acting = [a for a in actors_in(text, people, sides, words) if a.start >= skip]
            memo[text] = (_named(text, acting, people.full), _parties(text, acting, words))
        named, item.parties = memo[text]
        item.who = [name for name, written in named
                    if not any(_holds(item.what, w) for w in (name, written))]


def _parties(text: str, acting: list[Actor], words: Words) -> list[str]:
    """The sides acting with a date, but the one that reports it when others act ("Freedonia
    must reach a deal by March 31, the European Commission said": Freedonia's deadline)."""
    agents = [a for a in acting if a.agent and a.side]
    speaker, _aside = speaking_through(text, agents, words)
    found = list(dict.fromkeys(a.side for a in agents))
    others = [s for s in found if speaker is None or s != speaker.side]
    return others or found


def _holds(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as whole words ("Nigeria" does not hold "Niger")."""
    if text.isascii() and name.isascii():
        # What the pattern below finds, with no pattern compiled per name (that was over half
        # the time spent naming dates' parties). Only ASCII: there lower() is the pattern's
        # case folding and a word character is a letter, a digit or "_".
        low, key = text.lower(), name.lower()
        at = low.find(key)
        while at >= 0:
            end = at + len(key)
            if not (at > 0 and is_word_char(low[at - 1])) \
                    and not (end < len(low) and is_word_char(low[end])):
                return True
            at = low.find(key, at + 1)
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def _named(text: str, actors: list[Actor], full: dict[str, str]) -> list[tuple[str, str]]:
    """(name shown, name as written) of each acting party, once: a person by full name, a
    side as written but once, and not in a title before its own officer ("British Trade
    Secretary Helen Marsh" is Helen Marsh alone)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    agents = [a for a in actors if a.agent]
    for n, a in enumerate(agents):
        written = text[a.start:a.end]
        person = full.get(written)
        if person is not None:
            if all(person != shown for shown, _ in out):
                out.append((person, written))
            continue
        after = agents[n + 1] if n + 1 < len(agents) else None
        if a.side in seen or (after is not None and full.get(text[after.start:after.end])
                              and after.side == a.side and after.start - a.end < _TITLE_REACH):
            continue
        seen.add(a.side)
        out.append((written, written))
    return out


_TITLE_REACH = 40  # characters of a title between a side's adjective and its officer
