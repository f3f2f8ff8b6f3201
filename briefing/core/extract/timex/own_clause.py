"""The clause a date stands in, as the words before it show: asides cut out, and a clause of
time of its own ("before the duties expire on Friday")."""

from __future__ import annotations

import re

from briefing.core.extract.timex.gone_by import holds_past_verb
from briefing.core.extract.timex.vocab import Vocabulary

TENSE_WORDS = re.compile(r"[a-z']+")  # the lower-case words that may bear on a tense
TENSE_REACH = 400  # characters either side of a date whose words may bear on its tense


def without_asides(v: Vocabulary, words: list[str], span: str) -> list[str]:
    """The words before a date without a closed relative aside among them ("The union,
    which struck last week, meets on Monday"; ", convened by the ICCO,": the aside's tense
    is its own)."""
    if ", " not in span:
        return words
    parts = [TENSE_WORDS.findall(part) for part in span.lower().split(", ")]
    asides = [bool(found) and (found[0] in v.relatives or _passive_aside(v, found)
                               or _described(v, found, parts[n + 1:n + 2]))
              for n, found in enumerate(parts)]
    if asides[-1]:
        return words  # the date stands in an aside of its own, read with those before it
    # An aside between two commas is closed by the one after it.
    return [w for n, found in enumerate(parts) if not (n and asides[n]) for w in found]


def _described(v: Vocabulary, found: list[str], then: list[list[str]]) -> bool:
    """Whether a part between commas is a noun phrase with a relative clause of its own, the
    next part going on with the sentence's verb ("Fumio Watanabe, a senior official who has
    been trying to arrange the merger, will present ...": the trying is no tense of the
    presenting; not "In a statement, the union whose members walked out said, on Monday,
    ...", the main clause)."""
    return (found[0] in v.determiners and not v.relatives.isdisjoint(found[1:])
            and bool(then) and bool(then[0])
            and (then[0][0] in v.future_or_modal or then[0][0] in v.auxiliaries))


SUBORDINATE_REACH = 8  # words before a date in which "before", "until" open its own clause


def own_clause(v: Vocabulary, before: list[str], raw: str) -> list[str]:
    """The words of a date's own clause when a word of time (``time_subordinators``) opens it
    right before the date, a subject and a verb and no past verb after it: "talks failed to
    produce a deal before the duties expire on Friday" (ahead, whatever failed); not "before
    September 30", a preposition, nor "before travelling to Europe at the weekend", a
    participle's phrase whose time the main clause's verb gives (``raw``: the words as
    written, where "Beijing" is no participle)."""
    for i in range(len(before) - 1, max(-1, len(before) - 1 - SUBORDINATE_REACH), -1):
        if before[i] in v.subordinators:
            rest = before[i + 1:]
            if rest and f"{before[i]} {rest[0]}" in v.subordinator_idioms:
                continue  # "once again": an adverb
            if rest and (_participle(v, rest[0], raw) or rest[0] in v.prepositions
                         or rest[0] in v.parts):
                return before  # "until at least", "until late in the weekend": no clause
            if len(rest) > 1 and not holds_past_verb(v, rest):
                return rest
            return before
    return before


def holds_present_modal(v: Vocabulary, own: list[str], raw: str) -> bool:
    """Whether a clause's words hold a present modal (``time_clause_present_modals``) written
    in lower case (not the month: "before May shipment")."""
    return any(w in v.present_modals and _written_lower(w, raw) for w in own)


def _participle(v: Vocabulary, word: str, raw: str) -> bool:
    """Whether ``word`` (lower case), last written in ``raw`` in lower case, is a participle
    (not "during", a preposition)."""
    if len(word) < 5 or not word.endswith(v.participle_suffixes) or word in v.prepositions:
        return False
    return _written_lower(word, raw)


def _written_lower(word: str, raw: str) -> bool:
    """Whether ``word`` is last written in ``raw`` in lower case ("Beijing", "May": names)."""
    at = raw.lower().rfind(word)
    return at >= 0 and raw[at].islower()


def _passive_aside(v: Vocabulary, words: list[str]) -> bool:
    """Whether words after a comma open a reduced relative: a participle and its agent
    (", convened by the ICCO, in London on Monday"), or one that names (", known as
    INC-5.4,")."""
    return len(words) > 1 and (words[0] in v.naming_participles or (
        words[1] in v.agent_markers and (
            words[0] in v.past or (len(words[0]) > 4 and words[0].endswith(v.past_suffixes)))))


def present_relative(v: Vocabulary, lead: list[str]) -> bool:
    """Whether a date closes a relative clause in the present right before it, its own
    clause whatever the main one's tense: a relative word, one of ``present_relative_verbs``
    and one of ``present_relative_links`` ("which expires on")."""
    if len(lead) < 3:
        return False
    opener, verb, link = lead[-3:]
    return (opener in v.past_relatives and verb in v.present_relative_verbs
            and link in v.present_relative_links)


def before_apposition(v: Vocabulary, text: str, end: int, hi: int, rest: list[str]
                       ) -> list[str]:
    """The words after a date but those of a noun phrase in apposition (a comma, one of
    ``appositive_openers``, the next comma: "from Wednesday, the first rail walkout since
    2024, after talks ended": its past word is not the clause's), the words after it up to
    another clause (``tense_breaks``: "..., paralysed rail traffic" still counts)."""
    at = text.find(", ", end, hi)
    while at >= 0:
        nxt = _words(text[at + 2:at + 12])[:1]
        if nxt and nxt[0] in v.appositive_openers:
            close = text.find(", ", at + 2, hi)
            more = _words(text[close + 2:hi]) if close >= 0 else []
            if more and (more[0] in v.past or more[0].endswith(v.past_suffixes)):
                return rest  # the sentence's own past verb after it: "..., paralysed traffic"
            cut = next((i for i, w in enumerate(more) if w in v.tense_breaks), len(more))
            return _words(text[end:at]) + more[:cut]
        at = text.find(", ", at + 2, hi)
    return rest


def _words(text: str) -> list[str]:
    return TENSE_WORDS.findall(text.lower())
