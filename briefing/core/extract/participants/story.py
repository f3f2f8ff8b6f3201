"""What one article says that every person's side may need: its sides most named first, the
company it opens on, whether it is a legislature's or an executive's own story."""

from __future__ import annotations

from functools import cached_property

from briefing.core.extract.participants.executives import Executive
from briefing.core.extract.participants.firms import lead_company
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence
from briefing.text.sentences import after_dateline

MAIN_SIDES = 2  # the article's most named sides, whose names as places count
LEGISLATURE_SHARE = 0.25  # of an article's sentences naming its legislature: its own story
LEGISLATURE_SHARE_ABROAD = 0.4  # the same where another country is among the main sides


class Story:
    """What one article says that every person's side may need, each worked out once and
    only if needed: its sides most named first, the company it opens on, whether it is a
    legislature's own story, the bodies of each generic side it names."""

    def __init__(self, sentences: list[Sentence], rules: Rules, sides: SideFinder) -> None:
        self.sentences, self.rules, self.sides = sentences, rules, sides
        self._at_home: dict[str, bool] = {}
        self._executive: dict[str, tuple[Executive, str] | None] = {}
        self.bodies: dict[str, list[str]] = {}  # per generic side, the bodies of its kind
        # The companies people's roles name that they act for (``firms.role_firms``), once
        # the people are known
        self.role_firms: set[str] = set()

    @cached_property
    def ranked(self) -> list[str]:
        """The article's sides, most named first."""
        return self.sides.ranked([after_dateline(s.text, s.index) for s in self.sentences])

    def names(self, side: str) -> bool:
        """Whether the article names ``side``."""
        return side in self.ranked

    @property
    def main(self) -> list[str]:
        """The article's most named sides, whose names as places count."""
        return self.ranked[:MAIN_SIDES]

    @cached_property
    def lead(self) -> str | None:
        """The company the article opens on, if it opens on one."""
        return lead_company(self.sentences, self.rules, self.sides)

    def firm(self, roles: list[str]) -> str | None:
        """The company whose officer someone of a company's titles alone is: the one the
        article opens on, else, of a title only firms give ("Chief Executive Brian Niccol"),
        the one company that people's roles name (``role_firms``: "Starbucks' chief partner
        officer")."""
        if self.lead or len(self.role_firms) != 1 or not all(
                " ".join(role.lower().split()) in self.rules.executive_titles for role in roles):
            return self.lead
        return next(iter(self.role_firms))

    def legislature_story(self, country: str) -> bool:
        """Whether the article tells the country's legislature's own business at home: its
        words or members in a quarter of the sentences, or in two fifths where another country
        is among the two most named sides (a trade bill aimed abroad)."""
        if country not in self._at_home:
            legislature = self.rules.legislatures[country]
            bodies = any(legislature.body.search(s.text) for s in self.sentences)
            itself = [legislature.itself_in(s.text) for s in self.sentences]
            named = sum(named or legislature.member_in(s.text)
                        or (bodies and legislature.refers_in(s.text))
                        for named, s in zip(itself, self.sentences, strict=True))
            if not any(itself):
                named = 0  # a member's title alone makes no story the legislature's
            others = [s for s in self.main if s != country and s in self.rules.countries]
            share = LEGISLATURE_SHARE_ABROAD if others else LEGISLATURE_SHARE
            self._at_home[country] = named >= share * len(self.sentences)
        return self._at_home[country]

    def opening_body(self, country: str, chamber: str) -> str | None:
        """The chamber's body the article opens on ("The House Agriculture Committee
        approved ..."), whose members the story is about."""
        if not self.sentences:
            return None
        for m in self.rules.legislatures[country].body.finditer(self.sentences[0].text):
            if m.group().startswith(chamber):
                return m.group()
        return None

    def executive(self, side: str) -> tuple[Executive, str] | None:
        """The side's executive and its name in this story, if the story is the side's own
        business and names it (``executives`` in roles.yaml)."""
        if side not in self._executive:
            self._executive[side] = None
            for key, body in self.rules.executives.items():
                if self.sides.as_named(key) != side or not self._own_business(side):
                    continue
                name = body.named((s.text for s in self.sentences), self.rules.title_word,
                                  self.rules.words.determiners)
                if name:
                    self._executive[side] = (body, name)
        return self._executive[side]

    def _own_business(self, side: str) -> bool:
        """No country outside the side (or its bloc's members) among the main sides; a
        legislature's own story where the side has one."""
        if side in self.rules.legislatures:
            return self.legislature_story(side)
        return all(s == side or s not in self.rules.countries
                   or self.sides.bloc_of(s, [side]) is not None for s in self.main)
