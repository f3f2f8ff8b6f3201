"""A bloc's party named by its body: in an article that names two unions, "the union" is the
one named before it ("The rail union EVG demanded talks ... the union said": EVG), so that
one union's deal does not close the other's demands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from briefing.language.lexicon import Lexicon
from briefing.model import DateItem, Participant, Sentence, Statement
from briefing.text.phrases import alternation
from briefing.text.quotes import inside_quotes


@dataclass(frozen=True)
class _Mention:
    sentence: int  # the index of its sentence in the article
    start: int
    body: str | None  # None: a name of the bloc's kind no table knows ("European Union")


@dataclass(frozen=True)
class _Bloc:
    bodies: re.Pattern[str]  # its bodies' names as written ("GDL", "IG Metall")
    word: re.Pattern[str]  # its own words in lower case ("the union")
    others: re.Pattern[str]  # a name of its kind ("European Union", "United Auto Workers")
    determiners: frozenset[str]  # words that open no such name ("The Union")


def _blocs(lexicon: Lexicon) -> dict[str, _Bloc]:
    """The blocs with bodies (``bodies_of_blocs`` in ``sides.yaml``), their words
    (``blocs``) and the words of their kind's names (``one_body_blocs``)."""
    def build() -> dict[str, _Bloc]:
        sides = lexicon["sides"]
        out: dict[str, _Bloc] = {}
        for bloc, names in (sides.get("bodies_of_blocs") or {}).items():
            words = [str(w) for w in (sides.get("blocs") or {}).get(bloc) or [] if str(w).islower()]
            kind = [str(w) for w in (sides.get("one_body_blocs") or {}).get(bloc) or []]
            if names and words:
                out[str(bloc)] = _Bloc(
                    re.compile(rf"(?<![\w-])(?:{_longest_first(names)})(?![\w-])"),
                    re.compile(rf"\b(?:{_longest_first(words)})\b"),
                    re.compile(rf"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:{_longest_first(kind)})\b"),
                    frozenset(w.lower() for w in lexicon["grammar"]["determiners"]))
        return out
    blocs: dict[str, _Bloc] = lexicon.cached("bloc_bodies", build)
    return blocs


def _longest_first(words: list[str]) -> str:
    return alternation(sorted((str(w) for w in words), key=len, reverse=True))


def name_bloc_bodies(statements: list[Statement], participants: list[Participant],
                     dates: list[DateItem], sentences: list[Sentence], lexicon: Lexicon) -> None:
    """Give a statement stated by or aimed at a bloc ("Unions"), a person acting for one and
    a date one acts with the body of that bloc the article names before the bloc's word
    (``_antecedent``), if it names one."""
    index = {s.text: n for n, s in enumerate(sentences)}
    for name, bloc in _blocs(lexicon).items():
        if not any(name in (s.by, s.to) for s in statements) and not any(
                p.side == name for p in participants) and not any(name in d.parties for d in dates):
            continue
        mentions = _mentions(sentences, bloc)
        if not any(m.body for m in mentions):
            continue
        body_at = partial(_body_at, index, mentions, bloc)
        for item in statements:
            if name in (item.by, item.to) and (body := body_at(item.evidence[0].sentence)):
                # (a body and its own bloc are one party: "the union's members backed strikes")
                if item.by == name:
                    item.by, item.to = body, (None if item.to == body else item.to)
                    item.joint = item.joint and item.to is not None
                else:
                    item.to = None if item.by == body else body
        for person in participants:
            if person.side == name and person.evidence:
                ev = person.evidence[0]
                start = ev.spans[0][0] if ev.spans else len(ev.sentence)
                person.side = body_at(ev.sentence, start) or person.side
        for date in dates:
            if name in date.parties and (body := body_at(date.evidence[0].sentence)):
                date.parties = list(dict.fromkeys(body if p == name else p for p in date.parties))


def _body_at(index: dict[str, int], mentions: list[_Mention], bloc: _Bloc, text: str,
             person: int | None = None) -> str | None:
    """The body the bloc's word in the sentence ``text`` stands for (for a person, the one
    their name at ``person`` stands for)."""
    at = index.get(text)
    if at is None:
        return None
    word = bloc.word.search(text)
    cut = person if person is not None else word.end() + 1 if word else None
    return _antecedent(mentions, at, cut)


def _mentions(sentences: list[Sentence], bloc: _Bloc) -> list[_Mention]:
    """The bloc's bodies and other names of its kind the sentences name, in order, none
    inside a quotation ('"The GDL does not speak for us," EVG chairman Martin Burkert said')."""
    out: list[_Mention] = []
    for n, s in enumerate(sentences):
        found = [_Mention(n, m.start(), m.group()) for m in bloc.bodies.finditer(s.text)]
        spans = [(m.start, m.start + len(m.body or "")) for m in found]
        for m in bloc.others.finditer(s.text):
            words = m.group().split()
            named = words[1:] if words[0].lower() in bloc.determiners else words
            # (not a body's own name, "The Teamsters", nor "The Union" alone)
            if len(named) > 1 and not any(a < m.end() and m.start() < b for a, b in spans):
                found.append(_Mention(n, m.end() - len(" ".join(named)), None))
        out += sorted((m for m in found if not inside_quotes(s.text, m.start)),
                      key=lambda m: m.start)
    return out


def _antecedent(mentions: list[_Mention], at: int, cut: int | None) -> str | None:
    """The body a bloc's word in sentence ``at`` stands for: the first named in that sentence
    before ``cut`` (the bloc's word's end and a space: "the rail union EVG"; None: no word of
    it there), else the first named in the last sentence before that names one, its subject
    as a rule ("The rail union EVG demanded that DB extend ... any improvement it grants
    the GDL. Its chairman said": EVG); None when that is a name of its kind no table knows
    ("The European Union said ... The union's trade commissioner")."""
    own = [m for m in mentions if m.sentence == at and cut is not None and m.start <= cut]
    if own:
        return own[0].body
    earlier = [m for m in mentions if m.sentence < at]
    if not earlier:
        return None
    last = earlier[-1].sentence
    return next(m.body for m in earlier if m.sentence == last)
