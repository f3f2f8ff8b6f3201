"""Participants: named people with their roles and the side they act for.

Patterns, in the manner of PETRARCH's title dictionaries:
``TITLE NAME`` ("US Treasury Secretary Scott Bessent"), ``ROLE, NAME,`` ("Japan's top
negotiator, Ryosei Akazawa,"), ``NAME, ROLE,`` ("Jorge Cardenas, manager of ..."),
``NAME, negotiating for X,`` and ``NAME said`` / ``said NAME``. A later bare surname is the
same person. Outsiders (analysts, reporters) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.sides import SideFinder
from briefing.extract.statements import inflections
from briefing.lexicon import Lexicon
from briefing.model import Evidence, Participant, Sentence

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*\.?|[A-Z]\.|[,;:\"“”()]|\S")


@dataclass
class _Rules:
    titles: list[tuple[str, ...]]
    strong: set[tuple[str, ...]]
    outsiders: set[str]
    acting_for: list[str]
    honorifics: set[str]
    particles: set[str]
    not_names: set[str]
    speech: set[str]
    name_run: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        cap = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
        particle = "|".join(sorted(self.particles, key=len, reverse=True))
        self.name_run = re.compile(rf"\b{cap}(?:\s+(?:(?:{particle})\s+){{0,2}}{cap})*\b")


def _rules(lexicon: Lexicon) -> _Rules:
    def build() -> _Rules:
        roles = lexicon["roles"]
        titles = sorted({tuple(t.lower().split()) for t in roles["titles"]}, key=len, reverse=True)
        speech: set[str] = set()
        for verb in roles["speech_verbs"]:
            speech |= set(inflections(verb, lexicon))
        return _Rules(
            titles=titles,
            strong={tuple(t.lower().split()) for t in roles["strong_titles"]},
            outsiders={w.lower() for w in roles["outsider_roles"]},
            acting_for=[a.lower() for a in roles["acting_for"]],
            honorifics={h.lower() for h in roles["honorifics"]},
            particles={p for p in roles["particles"]},
            not_names=set(roles["not_names"]),
            speech=speech,
        )
    return lexicon.cached("participant_rules", build)


@dataclass
class _Person:
    name: str
    roles: list[str] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    first_sentence: int = 0


_STOP_BACK = {"the", "a", "an", "and", "or", "with", "to", "by", "for", "from", "in", "on", "at",
              "as", "that", "who", "which", "when", "while", "but", "met", "told", "said", "says",
              "says,", "between", "among", "including", "like", "than", "his", "her", "its"}


def extract_participants(
    sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder
) -> list[Participant]:
    """Find the participants of one article, in order of first mention."""
    rules = _rules(lexicon)
    people: dict[str, _Person] = {}
    singles: list[tuple[str, str, Sentence, tuple[int, int], bool]] = []
    month_words = {m.capitalize() for m in lexicon["time"]["months"]}
    day_words = {d.capitalize() for d in lexicon["time"]["weekdays"]}
    blocked = rules.not_names | month_words | day_words

    for sent in sentences:
        text = sent.text
        for run in rules.name_run.finditer(text):
            name_start, tokens = _name_suffix(run, blocked, sides, rules)
            if not tokens:
                continue
            name = " ".join(tokens)
            start = run.start() + name_start
            end = run.end()
            if _is_side_or_org(name, sides, text, end):
                continue
            role, role_span = _role_before(text, start, rules)
            appositive = _appositive_after(text, end, rules)
            before_comma = _role_before_comma(text, start, end, rules)
            acting = _acting_for(text, end, rules)
            role_text = role or appositive or before_comma or acting
            if role_text and _is_outsider(role_text, rules):
                continue
            speaks = _speech_adjacent(text, start, end, rules)
            if not role_text and not speaks:
                continue
            if not role_text and _affiliation_after(text, end, sides):
                continue
            spans = ((start, end),) + ((role_span,) if role_span else ())
            if len(tokens) == 1 or (len(tokens) == 2 and tokens[0].endswith(".")
                                    and len(tokens[0]) == 2 and not role_text):
                singles.append((name, role_text or "", sent, (start, end), bool(role)))
                continue
            person = people.setdefault(name, _Person(name, first_sentence=sent.index))
            if role_text and role_text not in person.roles:
                person.roles.append(role_text)
            side = _side_for(role_text, text, start, sides)
            if side:
                person.sides.append(side)
            person.evidence.append(Evidence(sent.article_id, text, spans))

    for name, role_text, sent, span, titled in singles:
        match = _by_surname(name, people)
        if match is None:
            strong = titled and _strong_title(role_text, rules)
            if not strong:
                continue
            match = people.setdefault(name, _Person(name, first_sentence=sent.index))
        if role_text and role_text not in match.roles:
            match.roles.append(role_text)
        side = _side_for(role_text, sent.text, span[0], sides)
        if side:
            match.sides.append(side)
        match.evidence.append(Evidence(sent.article_id, sent.text, (span,)))

    fallback = sides.dominant([s.text for s in sentences])
    out: list[Participant] = []
    for person in sorted(people.values(), key=lambda p: p.first_sentence):
        surname = person.name.split()[-1]
        pattern = re.compile(rf"\b{re.escape(surname)}\b")
        mentions = [s for s in sentences if pattern.search(s.text)]
        evidence = _dedupe(person.evidence)
        for s in mentions:
            if not any(e.sentence == s.text for e in evidence):
                m = pattern.search(s.text)
                evidence.append(Evidence(s.article_id, s.text, ((m.start(), m.end()),)))
        side = person.sides[0] if person.sides else _sentence_side(mentions, sides) or fallback
        out.append(Participant(person.name, side, person.roles, len(mentions), evidence))
    return out


def _name_suffix(run: re.Match[str], blocked: set[str], sides: SideFinder,
                 rules: _Rules) -> tuple[int, list[str]]:
    """The longest tail of a capitalised run that can be a person's name."""
    words = run.group().split()
    offsets = [m.start() for m in re.finditer(r"\S+", run.group())]
    best = len(words)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        bare = word.rstrip(".")
        if word in rules.particles:
            continue
        if (bare in blocked or word in blocked or bare.lower() in rules.honorifics
                or (sides.first(word) and sides.first(word) == sides.first(bare)
                and _whole_side(word, sides))):
            break
        best = i
    tokens = words[best:]
    while tokens and tokens[0] in rules.particles:
        tokens, best = tokens[1:], best + 1
    if not tokens or not tokens[-1][0].isupper() or (tokens[-1].endswith(".") and len(tokens) > 0 \
            and len(tokens[-1]) == 2):
        return 0, []
    return (offsets[best] if best < len(offsets) else 0), tokens


def _whole_side(word: str, sides: SideFinder) -> bool:
    hits = sides.find(word)
    return bool(hits) and hits[0].start == 0 and hits[0].end >= len(word.rstrip(".'’s"))


def _is_side_or_org(name: str, sides: SideFinder, text: str, end: int) -> bool:
    hits = sides.find(name)
    if hits and hits[0].start == 0 and hits[0].end == len(name):
        return True
    return bool(re.match(r"\s*(?:Corp|Inc|Co|Ltd|Bank|Group|AG|SA|Plc)\b", text[end:]))


def _words_back(text: str, start: int, limit: int = 8) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[A-Za-z0-9][\w'’.\-]*|[,;:\"“”()]", text[:start]):
        out.append((m.start(), m.end(), m.group()))
    return out[-limit:]


def _title_at_end(words: list[str], rules: _Rules) -> tuple[str, ...] | None:
    lowered = [w.lower().rstrip(".") for w in words]
    for title in rules.titles:
        if len(title) <= len(lowered) and tuple(lowered[-len(title):]) == title:
            return title
    return None


def _role_before(text: str, start: int, rules: _Rules) -> tuple[str, tuple[int, int] | None]:
    """A role phrase that ends right before the name with a title ("Trade Minister X")."""
    back = _words_back(text, start)
    if not back or not re.fullmatch(r"\s*", text[back[-1][1]:start]):
        return "", None
    words = [w for _, _, w in back]
    if _title_at_end(words, rules) is None:
        return "", None
    first = len(back) - 1
    for i in range(len(back) - 1, -1, -1):
        word = back[i][2]
        low = word.lower()
        if low in {"of", "and"}:
            if i > 0 and back[i - 1][2][:1].isupper() and back[i + 1][2][:1].isupper():
                first = i
                continue
            break
        if not re.match(r"[A-Za-z0-9]", word) or low in _STOP_BACK or low in rules.speech:
            break
        first = i
    while first < len(back) and back[first][2].lower() in {"of", "and"}:
        first += 1
    span = (back[first][0], back[-1][1])
    return text[span[0]:span[1]], span


def _role_before_comma(text: str, start: int, end: int, rules: _Rules) -> str:
    """``ROLE, NAME,``: a role phrase, a comma, then the name ("its top negotiator, X,")."""
    head = text[:start].rstrip()
    if not head.endswith(",") or not re.match(r"\s*(?:,|said\b|told\b|$)", text[end:]):
        return ""
    back = _words_back(head[:-1], len(head) - 1, 7)
    words = [w for _, _, w in back]
    if not words or _title_at_end(words, rules) is None:
        return ""
    first = len(back) - 1
    for i in range(len(back) - 1, -1, -1):
        low = back[i][2].lower()
        if not re.match(r"[A-Za-z0-9]", back[i][2]) or low in _STOP_BACK or low in rules.speech:
            break
        first = i
    return text[back[first][0]:back[-1][1]]


def _appositive_after(text: str, end: int, rules: _Rules) -> str:
    """``NAME, ROLE,``: an appositive after the name that holds a title."""
    m = re.match(r",\s+((?:the|a|an)\s+)?([^,;\"“”]{3,90}?)(?=,|;|\.\s|\.$|\s+said\b|$)",
                 text[end:])
    if not m:
        return ""
    phrase = m.group(2).strip()
    words = phrase.split()
    if not words or len(words) > 12 or words[0].lower() in rules.speech:
        return ""
    lowered = [w.lower().strip(".'’s") for w in words]
    for title in rules.titles:
        n = len(title)
        for i in range(min(len(lowered), 6) - n + 1):
            if tuple(lowered[i:i + n]) == title:
                return phrase
    return ""


def _acting_for(text: str, end: int, rules: _Rules) -> str:
    rest = text[end:]
    m = re.match(r",\s+([^,;]{3,60}?)(?=,|;|\.|$)", rest)
    if not m:
        return ""
    phrase = m.group(1)
    return phrase if any(phrase.lower().startswith(a) for a in rules.acting_for) else ""


def _speech_adjacent(text: str, start: int, end: int, rules: _Rules) -> bool:
    after = re.match(r"\s*(?:\([^)]*\)\s*)?([a-z]+)", text[end:])
    if after and after.group(1) in rules.speech:
        return True
    before = re.search(r"([a-z]+)\s*$", text[:start])
    return bool(before and before.group(1) in rules.speech)


def _affiliation_after(text: str, end: int, sides: SideFinder) -> bool:
    """``NAME of Some Firm``: an affiliation that is not a side marks an outsider."""
    m = re.match(r"\s+of\s+((?:[A-Z][\w&'’\-]*\s*)+)", text[end:])
    return bool(m) and sides.first(m.group(1)) is None


def _is_outsider(role: str, rules: _Rules) -> bool:
    return any(w.lower().strip(",.") in rules.outsiders for w in role.split())


def _strong_title(role: str, rules: _Rules) -> bool:
    words = role.split()
    return _title_at_end(words, rules) in rules.strong


def _by_surname(name: str, people: dict[str, _Person]) -> _Person | None:
    key = name.rstrip(".").split()[-1]
    found = [p for p in people.values() if p.name.split()[-1] == key]
    return found[0] if len(found) == 1 else None


def _side_for(role: str, sentence: str, start: int, sides: SideFinder) -> str | None:
    """The side a role names; else the nearest side named before the person in the sentence."""
    if role:
        side = sides.first(role)
        if side:
            return side
        org = re.search(r"\b([A-Z]{2,6}|[A-Z][a-z]+-[A-Z][a-z]+)\b", role)
        if org and org.group(1) not in {"GMT", "CEO"}:
            return org.group(1)
    before = [h for h in sides.find(sentence[:start])]
    return before[-1].side if before else None


def _sentence_side(sentences: list[Sentence], sides: SideFinder) -> str | None:
    for sent in sentences:
        side = sides.first(sent.text)
        if side:
            return side
    return None


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: dict[str, Evidence] = {}
    for ev in evidence:
        if ev.sentence in seen:
            merged = tuple(sorted(set(seen[ev.sentence].spans) | set(ev.spans)))
            seen[ev.sentence] = Evidence(ev.article_id, ev.sentence, merged)
        else:
            seen[ev.sentence] = ev
    return list(seen.values())
