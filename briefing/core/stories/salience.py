"""Salience within a briefing: who acts most, and which statements are reported most."""

from __future__ import annotations

import datetime as dt

from briefing.language.lexicon import Lexicon
from briefing.model import Briefing, Participant, Statement
from briefing.text.phrases import PhraseMatcher

MEMO = 200_000  # sentences whose off-topic kind is kept, at most


def _recency(day: dt.date | None, as_of: dt.date | None) -> float:
    if day is None or as_of is None:
        return 0.0
    return 1.0 / (1.0 + max((as_of - day).days, 0) / 30.0)


def participant_weight(person: Participant, acts: int, as_of: dt.date | None) -> float:
    """How much a person acts: statements they make, mentions, and how recently."""
    return 3.0 * acts + person.mentions + 2.0 * _recency(person.last_seen, as_of)


def statement_weight(item: Statement, dates: dict[str, dt.date], as_of: dt.date | None
                     ) -> float:
    """How salient a statement is: its reports and how recently it was reported."""
    latest = max((dates[e.article_id] for e in item.evidence if e.article_id in dates),
                 default=None)
    return item.reports + 2.0 * _recency(latest, as_of)


def rank_briefing(briefing: Briefing, lexicon: Lexicon | None = None) -> None:
    """Order participants and statements by salience, most salient first (stable). A
    person acts in a statement whose sentence is one the person was found in: not every
    sentence holding a word of their name ("World", "Court", another Baker). With a
    ``lexicon``, statements about a company deal or a market report come after the rest
    (a whole folder's briefing keeps them: filings repeated by twenty firms are no news)."""
    stated = {(ev.article_id, ev.sentence)
              for item in [*briefing.agreed, *briefing.disputes] for ev in item.evidence}
    acts = {p.name: sum(1 for ev in p.evidence if (ev.article_id, ev.sentence) in stated)
            for p in briefing.participants}
    as_of = briefing.as_of
    briefing.participants.sort(
        key=lambda p: -participant_weight(p, acts.get(p.name, 0), as_of))
    dates = {a.id: a.date for a in briefing.articles if a.date}
    for items in (briefing.agreed, briefing.disputes):
        # Of a folder with dates, what only undated files say (notes, a README) comes last.
        items.sort(key=lambda s: (lexicon is not None and _mostly_off_topic(s, lexicon),
                                  bool(dates) and not any(e.article_id in dates
                                                          for e in s.evidence),
                                  -statement_weight(s, dates, as_of)))


def _mostly_off_topic(item: Statement, lexicon: Lexicon) -> bool:
    """Whether most of the sentences that report a statement are company or market news
    (one misspelt report, "Undewriters", does not make twenty filings news)."""
    off = sum(1 for ev in item.evidence if off_topic(ev.sentence, lexicon) is not None)
    return 2 * off > len(item.evidence)


def _off_topic(lexicon: Lexicon) -> PhraseMatcher:
    def build() -> PhraseMatcher:
        matcher = PhraseMatcher()
        for kind, phrases in (lexicon["stories"].get("off_topic") or {}).items():
            for phrase in phrases or []:
                matcher.add(str(phrase), str(kind))
        return matcher
    return lexicon.cached("stories_off_topic", build)


def off_topic(sentence: str, lexicon: Lexicon) -> str | None:
    """What a sentence is about when it is a company deal or a market report (the kind in
    the ``off_topic`` lexicon), else None. Kept per sentence: a live update ranks the whole
    folder again, and its tens of thousands of sentences are the same ones."""
    memo: dict[str, str | None] = lexicon.cached("stories_off_topic_memo", dict)
    if sentence not in memo:
        if len(memo) > MEMO:
            memo.clear()
        memo[sentence] = next((hit.phrase for hit in _off_topic(lexicon).finditer(sentence)),
                              None)
    return memo[sentence]


def about_the_negotiation(item: Statement, lexicon: Lexicon) -> bool:
    """Whether a statement may enter a negotiation's briefing: some sentence that reports it
    is not about a company deal or a market report."""
    return any(off_topic(ev.sentence, lexicon) is None for ev in item.evidence)


def drop_off_topic(briefing: Briefing, lexicon: Lexicon) -> int:
    """Leave out of a negotiation's briefing the agreed items and disputes about a company
    deal or a market report, and from its timeline the past dates only such news gives
    ("The Canadian dollar rose on Friday"; a date still upcoming stays); how many agreed
    items and disputes were left out."""
    before = len(briefing.agreed) + len(briefing.disputes)
    briefing.agreed = [s for s in briefing.agreed if about_the_negotiation(s, lexicon)]
    briefing.disputes = [s for s in briefing.disputes if about_the_negotiation(s, lexicon)]
    as_of = briefing.as_of
    briefing.dated = [d for d in briefing.dated if as_of is None or d.end > as_of or any(
        off_topic(ev.sentence, lexicon) is None for ev in d.evidence)]
    return before - len(briefing.agreed) - len(briefing.disputes)
