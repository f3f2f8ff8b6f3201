"""Merging what single articles found into one briefing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from briefing.core.merge.names import (
    count_parties,
    first_named,
    party_names,
    renamed_date,
    renamed_participant,
    renamed_statement,
)
from briefing.core.merge.people import merge_participants
from briefing.core.merge.settle import settle_disputes
from briefing.core.merge.statements import cluster_statements
from briefing.language.lexicon import Lexicon, packaged_lexicon
from briefing.model import ArticleResult, DateItem, Evidence, Participant, Statement


@dataclass
class Merged:
    """The panels' items over all articles; dates unmerged, in merge order (``merge_dates``
    merges the ones a caller needs)."""

    participants: list[Participant]
    agreed: list[Statement]
    disputes: list[Statement]
    dated: list[DateItem]
    # Each settled dispute's report (article, sentence) -> where its cue ends, and the
    # agreement that settled it.
    settled_by: dict[tuple[str, str], tuple[int, Evidence]] = field(default_factory=dict)


def merge_results(results: list[ArticleResult], one_negotiation: bool = False,
                  lexicon: Lexicon | None = None) -> Merged:
    """Merge every article's findings, oldest article first (``one_negotiation``: the
    articles report one negotiation, whose agreement that ends the sides' dispute settles
    their disputes on its topic whatever their words; ``lexicon``: whose words settle, the
    packaged ones by default)."""
    ordered = sorted(results, key=lambda r: (r.article.date is None, r.article.date or 0,
                                             r.article.id))
    article_dates = {r.article.id: r.article.date for r in ordered}
    speakers: dict[str, tuple[Participant, bool]] = {}  # a bare surname -> whom it joined
    participants = merge_participants([r.participants for r in ordered], article_dates,
                                      speakers)
    named = {p.name for p in participants} | {p.name.split()[-1] for p in participants
                                              if p.name.split()}
    agreed = _by_speakers(cluster_statements([s for r in ordered for s in r.agreed]),
                          speakers, named)
    disputes = _by_speakers(cluster_statements([s for r in ordered for s in r.disputes
                                                if not s.outsider]),
                            speakers, named)
    dated = [d for r in ordered for d in r.dates]
    # One name per party before settling, which asks whether a dispute's parties made the deal.
    stated, order = [*agreed, *disputes], {r.article.id: n for n, r in enumerate(ordered)}
    # (one article is one story: "the union" of an article that names one union is it)
    renames = party_names(count_parties(participants, stated, dated),
                          one_negotiation or len(ordered) == 1,
                          first_named(participants, stated, dated, order))
    if renames:
        participants = [renamed_participant(p, renames) for p in participants]
        agreed = [renamed_statement(s, renames) for s in agreed]
        disputes = [renamed_statement(s, renames) for s in disputes]
        dated = [renamed_date(d, renames) for d in dated]
    settled_by: dict[tuple[str, str], tuple[int, Evidence]] = {}
    agreed, disputes = settle_disputes(agreed, disputes, article_dates, settled_by=settled_by,
                                       ended_whole=one_negotiation, lexicon=lexicon)
    return Merged(
        participants=participants,
        agreed=agreed,
        disputes=disputes,
        dated=dated,
        settled_by=settled_by,
    )


def _by_speakers(items: list[Statement], joined: dict[str, tuple[Participant, bool]],
                 named: set[str]) -> list[Statement]:
    """Statements stated by the side their speaker acts for over all articles, when the
    article named the speaker by surname only: one that names only "Moreau told reporters"
    in Rabat guesses her side from the sides named around her; another names her the
    Commission's chief negotiator. (A side aimed at that is the speaker's is the one the
    guess had stating it.)"""
    out: list[Statement] = []
    for s in items:
        person, weak = joined.get(s.speaker, (None, False)) if s.speaker else (None, False)
        # Only a name its article gave no role: that article's guess of a side is weak.
        side = person.side if person is not None and weak else None
        if person is not None and not weak and " " in s.speaker and s.speaker != person.name:
            s = replace(s, speaker=person.name)  # one written with a typo ("Roy Denmam")
        if side and side != s.by:
            aimed = s.to if s.to != side else s.by
            s = replace(s, by=side, to=aimed, joint=False)
        elif s.speaker and person is None and s.speaker not in named \
                and s.speaker.split()[-1] not in named:  # "Robert Dole" beside "Bob Dole"
            s = replace(s, speaker="")  # a name the merge found to be no one ("Diplomats")
        out.append(s)
    return out


# How far after a dispute's cue a date still belongs to its clause ("would close its ports to
# Norwegian vessels if no deal was reached by the end of the month"), in characters.
THREAT_REACH = 160


def _linked(sentence: str, cue: int, at: int, links: frozenset[str],
            others: list[tuple[int, int]], starts_words: frozenset[str]) -> bool:
    """Whether one of ``links`` ties the date at ``at`` to the cue that ends at ``cue``, no
    other date between the last of them and it ("... a deal by March 31, raising pressure
    ahead of next week's talks": the talks are no deadline of the threat; "by Tuesday, March
    31" and "if talks failed, starting on April 1" are)."""
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(sentence, cue, at)]
    last = max((start for start, w in words if w in links), default=-1)
    if last < 0 or any(last < start < at and sentence[end:at].strip(" ,")
                       for start, end in others):  # "Tuesday, March 31" is one date
        return False
    # After a comma only the date itself or its start ("..., starting on April 1"), not
    # another clause ("if Japan does not open its market, officials said ahead of talks").
    comma = sentence.rfind(",", last, at)
    rest = [w for start, w in words if start > comma] if comma >= 0 else []
    return comma < 0 or not rest or rest[0] in starts_words


_WORD = re.compile(r"[^\W\d_]+")


def settled_dates(dated: list[DateItem],
                  settled_by: dict[tuple[str, str], tuple[int, Evidence]],
                  links: frozenset[str], lexicon: Lexicon | None = None) -> list[DateItem]:
    """The dates, a settled dispute's own deadline marked as called off by the agreement
    that settled it (the threat withdrawn, the deadline a deal replaced): a date after the
    dispute's cue in its sentence, one of ``links`` between ("... if no deal was reached by
    the end of the month"; not "... ahead of a summit on March 26"), no semicolon, and no comma
    after the last of them ("... a deal by March 31, raising pressure ahead of next week's
    talks": the talks are no deadline of the threat). After that comma only words of
    time.yaml's ``threat_deadline_after_comma`` ("if talks failed, starting on April 1")."""
    if not settled_by or not links:
        return dated
    words = lexicon if lexicon is not None else packaged_lexicon()
    after_comma = words.cached("threat_deadline_after_comma", lambda: frozenset(
        words.words("time", "threat_deadline_after_comma")))
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}  # each sentence's dates
    for d in dated:
        e = d.evidence[0]
        if e.spans:
            spans.setdefault((e.article_id, e.sentence), []).append(e.spans[0])
    out: list[DateItem] = []
    for d in dated:
        e = d.evidence[0]
        cue, agreement = settled_by.get((e.article_id, e.sentence), (-1, None))
        between = e.sentence[cue:e.spans[0][0]] if e.spans else ";"
        if agreement is not None and not d.called_off and e.spans \
                and 0 <= e.spans[0][0] - cue <= THREAT_REACH and ";" not in between \
                and _linked(e.sentence, cue, e.spans[0][0], links,
                            spans[(e.article_id, e.sentence)], after_comma):
            d = replace(d, called_off=agreement.sentence)
        out.append(d)
    return out
