"""A deadline given to someone ("Britain has until July 9 to satisfy the conditions", "gave
each side 30 days to put together an accord"): its label is who must act and what, from both
sides of the date."""

from __future__ import annotations

from briefing.core.extract.dates.context import DateContext
from briefing.core.extract.dates.literal import literal
from briefing.core.extract.dates.terms import LABEL_WORDS, TERM, first_terms, last_terms
from briefing.core.extract.timex import Timex

_WHO_WORDS = 3  # words of the one given the deadline, at most


def given_until(context: DateContext, tx: Timex, lo: int, hi: int) -> str:
    """"Britain to satisfy the conditions or face the higher rate" for "Britain has until
    July 9 to satisfy ..."; "" when the date is no deadline given (``given_until`` before it,
    an infinitive after it)."""
    text, words = context.text, context.words
    given = (words.given_until.search(text, lo, tx.start)
             or words.given_span.search(text, lo, tx.start))  # "has 60 days to respond"
    after = TERM.findall(text[tx.end:hi])
    if given is None or not after or after[0].lower() not in words.infinitive:
        return ""
    if given.group("who"):
        who = TERM.findall(given.group("who"))  # "gives Britain until": Britain
    else:
        who = TERM.findall(text[lo:given.start()])
        said = [n for n, t in enumerate(who)
                if t.lower() in words.reporting | words.complementizers]
        who = who[said[-1] + 1:] if said else who
        while who and who[-1].lower() in words.verb_rests:
            who.pop()  # "participants will have 60 days": participants
        who = last_terms(who, _WHO_WORDS)
    if not who or not any(t[0].isalpha() for t in who) or who[0].lower() in words.relatives:
        return ""  # (nor "The ministers, who had until July 9 to decide": the clause's own)
    what = first_terms(after, LABEL_WORDS)
    while what and what[-1].lower() in words.stop:
        what.pop()  # "... or face the"
    return f"{literal(text[lo:], ' '.join(who))} {literal(text[tx.end:], ' '.join(what))}"
