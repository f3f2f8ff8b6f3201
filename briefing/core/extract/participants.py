"""Participants: named people with their roles and the side they act for.

Patterns, in the manner of PETRARCH's title dictionaries:
``TITLE NAME`` ("US Treasury Secretary Scott Bessent"), ``ROLE, NAME,`` ("Japan's top
negotiator, Ryosei Akazawa,"), ``NAME, ROLE,`` ("Jorge Cardenas, manager of ..."),
``NAME, negotiating for X,``, ``TITLES NAME and NAME`` and ``NAME said`` / ``said NAME``.
A role said of "the chairman of X" just before a bare ``NAME said`` is that person's. A later
surname (or any tail of the name) is the same person. Outsiders (analysts, reporters) are left
out. The side comes from the role, else a title that implies a country, else the sides named
around the person's mentions.
"""

from __future__ import annotations

import difflib
import itertools
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field

from briefing.core.extract.sides import SideFinder
from briefing.core.extract.statements import inflections
from briefing.language.lexicon import Lexicon
from briefing.model import Evidence, Participant, Sentence

_WORDS_BACK = re.compile(r"[A-Za-z0-9][\w'’.\-]*|[,;:\"“”()]")
_ORG_TOKEN = re.compile(r"\b([A-Z]{2,6}(?:-[A-Z][A-Za-z]+)?|[A-Z][a-z]+-[A-Z][a-z]+)\b")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Patterns tried after a name start only where a run of spaces starts: tried from inside a
# long run, a leading \s* would rescan it from every position.
_WORD_AFTER = re.compile(r"(?<!\s)\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*)?([a-z]+)")
_NONSPACE = re.compile(r"\S+")
_WORD_RUN = re.compile(r"\w+")
_SEARCH_AT_MOST = 2000  # people x sentences searched one by one before an index pays
_ALNUM = re.compile(r"[A-Za-z0-9]")
_PLAIN_WORD = re.compile(r"(?<![A-Za-z&\-])[A-Za-z&\-]+$")
_SAID_NEXT = re.compile(r"\s*(?:,|said\b|told\b|$)")
_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an)\s+)?([^,;\"“”]{3,90}?)(?=,|;|\.\s|\.$|\s+said\b|$)")
_CLAUSE_AFTER = re.compile(r",\s+([^,;]{3,60}?)(?=,|;|\.|$)")
_ANAPHORIC = re.compile(r",\s+(?:the|a|an)\s+([^,]{3,80}?)(?:,\s+[^,]{1,20})?,\s+said\.?$")
_AND_BETWEEN = re.compile(r"(?<!\s),?\s+and\s+")
_OF_NAME = re.compile(r"(?<!\s)\s+of\s+((?:[A-Z][\w&'’\-]*\s*)+)")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_STOP_BACK = {"the", "a", "an", "or", "with", "to", "by", "for", "from", "in", "on", "at", "as",
              "that", "who", "which", "when", "while", "but", "met", "between", "among",
              "including", "like", "than", "his", "her", "its", "their", "after", "before"}


@dataclass
class _Rules:
    titles: list[tuple[str, ...]]
    strong: set[tuple[str, ...]]
    title_sides: dict[tuple[str, ...], str]
    not_for: frozenset[str]
    outsiders: set[str]
    acting_for: list[str]
    honorifics: set[str]
    particles: set[str]
    blocked: set[str]
    speech: set[str]
    company_after: re.Pattern[str]
    not_bodies: frozenset[str]
    title_words: set[str] = field(init=False)
    name_run: re.Pattern[str] = field(init=False)
    _canon: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Name tails by capitalised run, per side finder: "The", "He", "Net" start thousands
        # of sentences, and a run's tail depends only on its words.
        self.tails: weakref.WeakKeyDictionary[SideFinder, dict[str, tuple[int, list[str]]]] = (
            weakref.WeakKeyDictionary())
        self.title_words = {w for t in self.titles for w in t}
        self.title_heads = {t[-1] for t in self.titles}
        self.by_head: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:  # longest first, as self.titles is sorted
            self.by_head.setdefault(title[-1], []).append(title)
        # Typos keep the first letters ("Represenative"): compare only within that bucket.
        self._by_prefix: dict[str, list[str]] = {}
        for word in self.title_words:
            if len(word) >= 7:
                self._by_prefix.setdefault(word[:2], []).append(word)
        cap = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:'s|’s)?|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
        particle = "|".join(sorted(self.particles | {p.capitalize() for p in self.particles},
                                   key=len, reverse=True))
        self.name_run = re.compile(rf"\b{cap}(?:\s+(?:(?:{particle})\s+){{0,2}}{cap})*\b")

    def title_word(self, word: str) -> str | None:
        """The title word that ``word`` is, allowing plurals and wire typos ("Represenative")."""
        low = word.lower().strip(".,")
        if low not in self._canon:
            found: str | None = None
            if low in self.title_words:
                found = low
            elif low.endswith("s") and low[:-1] in self.title_words:
                found = low[:-1]
            elif len(low) >= 8 and low.isalpha():
                near = self._by_prefix.get(low[:2], [])
                close = difflib.get_close_matches(low, near, n=1, cutoff=0.9) if near else []
                found = close[0] if close else None
            self._canon[low] = found
        return self._canon[low]


def _rules(lexicon: Lexicon) -> _Rules:
    def build() -> _Rules:
        roles = lexicon["roles"]
        months = {m.capitalize() for m in lexicon["time"]["months"]}
        days = {d.capitalize() for d in lexicon["time"]["weekdays"]}
        speech: set[str] = set()
        for verb in roles["speech_verbs"]:
            speech |= set(inflections(verb, lexicon))
        return _Rules(
            titles=sorted({tuple(t.lower().split()) for t in roles["titles"]}, key=len, reverse=True),
            strong={tuple(t.lower().split()) for t in roles["strong_titles"]},
            title_sides={tuple(k.lower().split()): v for k, v in roles.get("title_sides", {}).items()},
            not_for=frozenset(w.lower() for w in roles.get("not_acting_for", [])),
            outsiders={w.lower() for w in roles["outsider_roles"]},
            acting_for=[a.lower() for a in roles["acting_for"]],
            honorifics={h.lower() for h in roles["honorifics"]},
            particles=set(roles["particles"]),
            blocked=set(roles["not_names"]) | months | days,
            speech=speech,
            # From where a run of spaces starts (see _WORD_AFTER).
            company_after=re.compile(r"(?<!\s)\s*(?:" + "|".join(
                re.escape(s) for s in roles.get("company_suffixes", [])) + r")\b"
                if roles.get("company_suffixes") else r"(?!)"),
            not_bodies=frozenset(roles.get("not_bodies", [])),
        )
    return lexicon.cached("participant_rules", build)


@dataclass
class _Mention:
    """One place where a candidate person is named, with what the text says of them."""

    tokens: tuple[str, ...]
    sentence: Sentence
    start: int
    end: int
    roles: list[str] = field(default_factory=list)
    role_span: tuple[int, int] | None = None
    strong: bool = False
    speaks: bool = False
    context: list[tuple[Sentence, int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    first: int
    roles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    spans: list[tuple[Sentence, int, int]] = field(default_factory=list)
    provisional: bool = False


def extract_participants(
    sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder
) -> list[Participant]:
    """Find the participants of one article, in order of first mention."""
    rules = _rules(lexicon)
    mentions: list[_Mention] = []
    pending: tuple[str, Sentence] | None = None  # "..., the chairman of X, said." then "Y said"
    for sent in sentences:
        found = _mentions_in(sent, rules, sides)
        if pending:
            for m in found:
                if not m.roles and m.speaks:
                    m.roles.append(pending[0])
                    m.context.append((pending[1], 0, 0))  # its subject is their side
                    break
        role = "" if found else _anaphoric_role(sent.text, rules)
        pending = (role, sent) if role else None
        mentions.extend(found)
    people = _resolve(mentions, rules)
    fallback: list[str | None] = []  # the article's most named side, worked out only if needed
    out: list[Participant] = []
    # With many people and sentences, which sentences hold each word is worked out once and a
    # person's sentences are looked up, so an article naming thousands of people costs no
    # more than its length; a usual article just searches its few sentences.
    holding: dict[str, list[Sentence]] | None = None
    if len(people) * len(sentences) > _SEARCH_AT_MOST:
        holding = {}
        for sent in sentences:
            for word in set(_WORD_RUN.findall(sent.text)):
                holding.setdefault(word, []).append(sent)
    for person in people:
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(t) for t in person.tokens[-1:]) + r"\b")
        # A match of \bSurname\b starts a run of word characters equal to the surname's first.
        first = _WORD_RUN.match(person.tokens[-1])
        candidates = (holding.get(first.group(), []) if holding is not None and first
                      else sentences)
        mentioned = [s for s in candidates if pattern.search(s.text)]
        evidence = _dedupe(person.evidence)
        for s in mentioned:
            if not any(e.sentence == s.text for e in evidence):
                m = pattern.search(s.text)
                assert m is not None
                evidence.append(Evidence(s.article_id, s.text, ((m.start(), m.end()),)))
        side = _side_of(person, mentioned, rules, sides)
        if side is None:
            if not fallback:
                fallback.append(sides.dominant([s.text for s in sentences]))
            side = fallback[0]
        out.append(Participant(person.name, side, person.roles, len(mentioned), evidence,
                               provisional=person.provisional))
    return out


# -- finding mentions in one sentence ---------------------------------------------------------

def _mentions_in(sent: Sentence, rules: _Rules, sides: SideFinder) -> list[_Mention]:
    text = sent.text
    found: list[_Mention] = []
    for run in rules.name_run.finditer(text):
        offset, tokens = _name_tail(run, rules, sides)
        if not tokens:
            continue
        start, end = run.start() + offset, run.end()
        if tokens[-1].endswith(("'s", "’s")):
            tokens[-1], end = tokens[-1][:-2], end - 2
        if _is_side_or_org(" ".join(tokens), sides, text, end, rules):
            continue
        mention = _Mention(tuple(tokens), sent, start, end)
        role, mention.role_span, mention.strong = _role_before(text, start, rules)
        for candidate in (role, _appositive_after(text, end, rules),
                          _role_before_comma(text, start, end, rules), _acting_for(text, end, rules)):
            if candidate and candidate not in mention.roles:
                mention.roles.append(candidate)
        mention.speaks = _speech_adjacent(text, start, end, rules)
        found.append(mention)
    _share_coordinated_titles(found, text)
    kept: list[_Mention] = []
    for m in found:
        if any(_is_outsider(r, rules) for r in m.roles):
            continue
        if not m.roles and (not m.speaks or _affiliation_after(text, m.end, sides)):
            continue
        kept.append(m)
    return kept


def _name_tail(run: re.Match[str], rules: _Rules, sides: SideFinder) -> tuple[int, list[str]]:
    """The longest tail of a capitalised run that can be a person's name: its offset in the
    run and its words (a fresh list: callers change it)."""
    text = run.group()
    memo = rules.tails.get(sides)
    if memo is None:
        memo = rules.tails[sides] = {}
    found = memo.get(text)
    if found is None:
        if len(memo) > 65536:
            memo.clear()
        found = memo[text] = _tail_of(text, rules, sides)
    return found[0], list(found[1])


def _tail_of(text: str, rules: _Rules, sides: SideFinder) -> tuple[int, list[str]]:
    words = text.split()
    offsets = [m.start() for m in _NONSPACE.finditer(text)]
    best = len(words)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        bare = _POSSESSIVE.sub("", word.rstrip("."))
        if word.lower() in rules.particles and i > 0:
            continue
        if (bare in rules.blocked or bare.lower() in rules.honorifics
                or rules.title_word(bare) or sides.is_side_word(bare)):
            break
        best = i
    tokens = words[best:]
    while tokens and tokens[0].lower() in rules.particles and tokens[0].islower():
        tokens, best = tokens[1:], best + 1
    if not tokens or (len(tokens[-1]) == 2 and tokens[-1].endswith(".")):
        return 0, []
    return offsets[best], tokens


def _is_side_or_org(name: str, sides: SideFinder, text: str, end: int, rules: _Rules) -> bool:
    hits = sides.find(name)
    if hits and hits[0].start == 0 and hits[0].end == len(name):
        return True
    return bool(rules.company_after.match(text, end))


def _words_back(text: str, start: int, limit: int = 9) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORDS_BACK.finditer(text, 0, start)][-limit:]


def _title_at_end(words: list[str], rules: _Rules) -> tuple[str, ...] | None:
    if not words:
        return None
    last = rules.title_word(words[-1])
    if last is None:
        return None
    canon = [rules.title_word(w) or w.lower().rstrip(".") for w in words[-4:]]
    for title in rules.by_head.get(last, ()):
        if len(title) <= len(canon) and tuple(canon[-len(title):]) == title:
            return title
    return None


def _title_in(words: list[str], rules: _Rules, limit: int = 6) -> int | None:
    """Where a whole title (not just a word of one, like "state") begins among ``words``."""
    canon = [rules.title_word(w.strip(".,'’")) or w.lower().strip(".,'’") for w in words]
    for i in range(min(len(canon), limit)):
        for title in rules.titles:
            if tuple(canon[i:i + len(title)]) == title:
                return i
    return None


def _phrase_start(back: list[tuple[int, int, str]], rules: _Rules, title_len: int = 1) -> int:
    """How far back a role phrase reaches from its title ("Sylvania's Trade and Industry ...")."""
    first = len(back) - 1
    title_from = len(back) - title_len
    for i in range(len(back) - 1, -1, -1):
        word = back[i][2]
        low = word.lower()
        if low in {"of", "and", "&"}:
            inner = 0 < i < len(back) - 1
            joins = inner and back[i - 1][2][:1].isupper() and back[i + 1][2][:1].isupper()
            # "Trade Secretary Helen Marsh and Commerce Minister X": another title just
            # before "and" means another person's role, not part of this one.
            another = i < title_from and any(rules.title_word(w) in rules.title_heads
                                             for _, _, w in back[max(0, i - 3):i])
            if joins and not another:
                first = i
                continue
            break
        if i < title_from and (not _ALNUM.match(word) or low in _STOP_BACK
                               or (low in rules.speech and word.islower())):
            break
        first = i
    while first < len(back) and back[first][2].lower() in {"of", "and", "&"}:
        first += 1
    return first


def _role_before(text: str, start: int, rules: _Rules) -> tuple[str, tuple[int, int] | None, bool]:
    """A role phrase right before the name that ends with a title ("Trade Minister X").

    A coordinated role before it ("ICCO chairman and Agriculture Minister X") is kept too.
    """
    back = _words_back(text, start)
    if not back or text[back[-1][1]:start].strip():
        return "", None, False
    title = _title_at_end([w for _, _, w in back], rules)
    if title is None:
        title = _title_with_portfolio(back, rules)
    if title is None:
        return "", None, False
    first = _phrase_start(back, rules, len(title))
    if first >= len(back):
        return "", None, False
    span = (back[first][0], back[-1][1])
    role = text[span[0]:span[1]]
    if first > 0 and back[first - 1][2].lower() == "and":
        earlier = back[: first - 1]
        if earlier and _title_at_end([w for _, _, w in earlier], rules):
            e_first = _phrase_start(earlier, rules)
            role = f"{text[earlier[e_first][0]:earlier[-1][1]]}; {role}"
    return role, span, title in rules.strong


def _title_with_portfolio(back: list[tuple[int, int, str]], rules: _Rules) -> tuple[str, ...] | None:
    """"Minister for Trade Negotiations X", "vice minister for international affairs X": a
    title, "for" or "of", then up to four words of portfolio right before the name."""
    for k in range(len(back) - 2, max(len(back) - 7, -1), -1):
        if back[k][2].lower() not in {"for", "of"} or k == 0:
            continue
        head = _title_at_end([w for _, _, w in back[:k]], rules)
        portfolio = [w for _, _, w in back[k + 1:]]
        if head and all(_PLAIN_WORD.match(w) and w.lower() not in _STOP_BACK
                        for w in portfolio):
            return tuple(w.lower() for w in [*[w for _, _, w in back[k - len(head):k]], "for",
                                             *portfolio])
    return None


def _role_before_comma(text: str, start: int, end: int, rules: _Rules) -> str:
    """``ROLE, NAME,``: a role phrase, a comma, then the name ("Japan's top negotiator, X," or
    "The vice minister of the trade ministry, X,")."""
    head = text[:start].rstrip()
    if not head.endswith(",") or not _SAID_NEXT.match(text, end):
        return ""
    back = _words_back(head[:-1], len(head) - 1, 10)
    if not back:
        return ""
    if _title_at_end([w for _, _, w in back[-7:]], rules) is not None:
        tail = back[-7:]
        return text[tail[_phrase_start(tail, rules)][0]:tail[-1][1]]
    # "the TITLE of ORGANISATION": the phrase runs from a determiner or the sentence start.
    for k in range(len(back) - 1, -1, -1):
        word = back[k][2]
        if word in {",", ";", ":", "\"", "“", "”"}:
            return ""
        if word.lower() in {"the", "a", "an"} or back[k][0] == 0:
            phrase = back[k + 1:] if word.lower() in {"the", "a", "an"} else back[k:]
            words = [w for _, _, w in phrase]
            titled = _title_in(words, rules, 4)
            if titled is not None and "of" in [w.lower() for w in words[titled:titled + 3]]:
                return text[phrase[0][0]:phrase[-1][1]]
    return ""


def _appositive_after(text: str, end: int, rules: _Rules) -> str:
    """``NAME, ROLE,``: an appositive after the name that holds a title."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return ""
    phrase = m.group(1).strip()
    words = phrase.split()
    if not words or len(words) > 12 or words[0].lower() in rules.speech or words[0] in {
            "who", "which", "whose", "where"}:
        return ""
    return phrase if _title_in(words, rules) is not None else ""


def _acting_for(text: str, end: int, rules: _Rules) -> str:
    m = _CLAUSE_AFTER.match(text, end)
    if m and any(m.group(1).lower().startswith(a) for a in rules.acting_for):
        return m.group(1)
    return ""


def _anaphoric_role(text: str, rules: _Rules) -> str:
    """"..., the chairman of the Coffee Board, CMB, said.": a role whose name comes next."""
    m = _ANAPHORIC.search(text)
    if m and _title_in(m.group(1).split(), rules, 3) is not None:
        return m.group(1)
    return ""


def _share_coordinated_titles(found: list[_Mention], text: str) -> None:
    """``Commissioners A and B``: a plural title before two names is the role of both."""
    for first, second in itertools.pairwise(found):
        between = text[first.end:second.start]
        if first.roles and not second.roles and _AND_BETWEEN.fullmatch(between):
            second.roles.append(first.roles[0])
            second.strong = first.strong


def _speech_adjacent(text: str, start: int, end: int, rules: _Rules) -> bool:
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1) in rules.speech:
        return True
    before = text[:start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1] in rules.speech


def _affiliation_after(text: str, end: int, sides: SideFinder) -> bool:
    """``NAME of Some Firm``: an affiliation that is not a side marks an outsider."""
    m = _OF_NAME.match(text, end)
    return bool(m) and sides.first(m.group(1)) is None


def _is_outsider(role: str, rules: _Rules) -> bool:
    return any(w.lower().strip(",.") in rules.outsiders for w in role.split())


# -- one person per name ----------------------------------------------------------------------

def _fold(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.lower().rstrip(".") for t in tokens)


class _Names:
    """Full names by their folded tokens, with every name's tails indexed: which names end in
    ("brandt",) is a lookup, so an article naming thousands of people stays linear."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, ...], _Person] = {}
        self.ending: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # tail -> longer names

    def add(self, key: tuple[str, ...], person: _Person) -> None:
        self.people[key] = person
        for n in range(1, len(key)):
            self.ending.setdefault(key[n:], []).append(key)

    def pop(self, key: tuple[str, ...]) -> _Person:
        for n in range(1, len(key)):
            self.ending[key[n:]].remove(key)
        return self.people.pop(key)

    def longer(self, key: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The names that end in ``key`` and are longer."""
        return self.ending.get(key, [])

    def owners(self, key: tuple[str, ...]) -> list[_Person]:
        """The people whose name is ``key`` or ends in it."""
        found = [self.people[key]] if key in self.people else []
        return found + [self.people[k] for k in self.longer(key)]


def _resolve(mentions: list[_Mention], rules: _Rules) -> list[_Person]:
    """Group mentions into people: a name that is the tail of a longer one is that person."""
    names = _Names()
    for m in mentions:
        key = _fold(m.tokens)
        if len(key) >= 2 and key not in names.people and not names.longer(key):
            for shorter in [key[n:] for n in range(1, len(key) - 1) if key[n:] in names.people]:
                person = names.pop(shorter)
                person.name, person.tokens = m.name, m.tokens
                names.add(key, person)
            if key not in names.people:
                names.add(key, _Person(m.name, m.tokens, m.sentence.index))
    people = list(names.people.values())
    for m in mentions:
        key = _fold(m.tokens)
        owners = names.owners(key)
        if len(owners) == 1:
            person = owners[0]
        elif not owners and (m.strong or (m.speaks and len(key) == 1)):
            # A bare "Brandt said" may be someone another article names in full: kept, marked
            # provisional, for the merge to attach or drop.
            person = _Person(m.name, m.tokens, m.sentence.index, provisional=not m.strong)
            names.add(key, person)
            people.append(person)
        else:
            continue
        for role in m.roles:
            for part in role.split("; "):
                if part not in person.roles:
                    person.roles.append(part)
        spans = ((m.start, m.end),) + ((m.role_span,) if m.role_span else ())
        person.evidence.append(Evidence(m.sentence.article_id, m.sentence.text, spans))
        person.spans.append((m.sentence, m.start, m.end))
        person.spans.extend(m.context)
    return sorted(people, key=lambda p: p.first)


# -- sides ------------------------------------------------------------------------------------

def _side_of(person: _Person, mentioned: list[Sentence], rules: _Rules,
             sides: SideFinder) -> str | None:
    """Role first, then a title that implies a country, then the sides around the mentions."""
    for role in person.roles:
        side = sides.first(role)
        if side:
            return side
    for role in person.roles:
        org = _ORG_TOKEN.search(role)
        if org and org.group(1) not in rules.not_bodies:
            return org.group(1)
    for role in person.roles:
        words = [rules.title_word(w) or w.lower() for w in role.split()]
        for title, side in rules.title_sides.items():
            if tuple(words[-len(title):]) == title:
                return side
    votes: Counter[str] = Counter()
    for sentence, start, end in person.spans:
        text = sentence.text
        quoted = _quoted_spans(text)
        for hit in sides.find(text):
            if any(a <= hit.start < b for a, b in quoted):
                continue  # what they say, not whom they speak for
            before = text[:hit.start].split()[-1:] if hit.start else []
            if before and before[0].lower() in rules.not_for:
                continue
            gap = start - hit.end if hit.end <= start else hit.start - end
            votes[hit.side] += 1.0 / (1 + max(gap, 0) / 30)
    if votes:
        return votes.most_common(1)[0][0]
    for sentence in mentioned:
        side = sides.first(sentence.text)
        if side:
            return side
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    if text.count('"') % 2 == 1 and text.lstrip().startswith('"') is False:
        # An odd quote: the sentence continues a quotation opened before it.
        spans.append((0, text.find('"')))
    return spans


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: dict[str, Evidence] = {}
    for ev in evidence:
        if ev.sentence in seen:
            merged = tuple(sorted(set(seen[ev.sentence].spans) | set(ev.spans)))
            seen[ev.sentence] = Evidence(ev.article_id, ev.sentence, merged)
        else:
            seen[ev.sentence] = ev
    return list(seen.values())
