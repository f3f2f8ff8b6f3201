"""A bloc's party named by its body: in an article that names two unions, "the union" is the
one named last before it ("The rail union EVG demanded talks ... the union said": EVG), so
that one union's deal does not close the other's demands."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.language.lexicon import Lexicon
from briefing.model import Participant, Sentence, Statement


@dataclass(frozen=True)
class _Mention:
    sentence: int  # the index of its sentence in the article
    start: int
    body: str


def _patterns(lexicon: Lexicon) -> dict[str, re.Pattern[str]]:
    """Each bloc's pattern of its bodies' names (``bodies_of_blocs`` in ``sides.yaml``), as
    written: whole words, case kept ("GDL", "IG Metall")."""
    def build() -> dict[str, re.Pattern[str]]:
        table = lexicon["sides"].get("bodies_of_blocs") or {}
        out: dict[str, re.Pattern[str]] = {}
        for bloc, names in table.items():
            alternation = "|".join(re.escape(str(n)) for n in sorted(
                names or [], key=lambda n: -len(str(n))))
            if alternation:
                out[str(bloc)] = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
        return out
    patterns: dict[str, re.Pattern[str]] = lexicon.cached("bloc_body_patterns", build)
    return patterns


def name_bloc_bodies(statements: list[Statement], participants: list[Participant],
                     sentences: list[Sentence], lexicon: Lexicon) -> None:
    """Give a statement stated by or aimed at a bloc ("Unions"), and a person acting for
    one, the body of that bloc the article names before it (``_antecedent``), if it names
    any."""
    index = {s.text: n for n, s in enumerate(sentences)}
    for bloc, pattern in _patterns(lexicon).items():
        if not any(bloc in (s.by, s.to) for s in statements) \
                and not any(p.side == bloc for p in participants):
            continue
        mentions = [_Mention(n, m.start(), m.group()) for n, s in enumerate(sentences)
                    for m in pattern.finditer(s.text)]
        if not mentions:
            continue
        for item in statements:
            ev = item.evidence[0]
            at = index.get(ev.sentence)
            if at is None or bloc not in (item.by, item.to):
                continue
            body = _antecedent(mentions, at, ev.spans[0][0] if ev.spans and item.cue else None)
            if body is None:
                continue
            # (a body and its own bloc are one party: "the union's members backed strikes")
            if item.by == bloc:
                item.by, item.to = body, (None if item.to == body else item.to)
                item.joint = item.joint and item.to is not None
            else:
                item.to = None if item.by == body else body
        for person in participants:
            if person.side != bloc or not person.evidence:
                continue
            ev = person.evidence[0]
            at = index.get(ev.sentence)
            if at is not None:
                start = ev.spans[0][0] if ev.spans else len(ev.sentence)
                person.side = _antecedent(mentions, at, start) or person.side


def _antecedent(mentions: list[_Mention], at: int, cue: int | None) -> str | None:
    """The body a bloc's word in sentence ``at`` stands for: the first named in that sentence
    before the cue (``cue`` None: the whole sentence is the cue), else the first named in the
    last sentence before that names one, its subject as a rule ("The rail union EVG
    demanded that DB extend ... any improvement it grants the GDL. Its chairman said": EVG)."""
    own = [m for m in mentions if m.sentence == at and (cue is None or m.start < cue)]
    if own:
        return own[0].body
    earlier = [m for m in mentions if m.sentence < at]
    if not earlier:
        return None
    last = earlier[-1].sentence
    return next(m.body for m in earlier if m.sentence == last)
