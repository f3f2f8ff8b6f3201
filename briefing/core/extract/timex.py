"""A temporal tagger in the manner of HeidelTime: find date expressions and resolve them.

``tag_dates(text, reference)`` is the library entry point: it returns every date expression
in ``text``, past and future, with character offsets, a TIMEX3-style value and the calendar
period it covers, resolved against ``reference`` (the article's publication date). The word
tables (months, weekdays, parts of a month, seasons, tense markers), the rules' patterns and
the negative rules live in ``time.yaml``; this module holds the engine and the normalisation
functions that the rules name (``resolve:``), as HeidelTime keeps rules apart from its engine.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.language.lexicon import Lexicon, LexiconError, load_lexicon
from briefing.text.regex import with_first_chars

Day = dt.date


class _Groups:
    """A match whose missing named groups read as None, so rules can share handlers."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match
        self.groups = match.groupdict()
        self.string = match.string

    def __getitem__(self, name: str) -> str | None:
        return self.groups.get(name)

    def start(self) -> int:
        return self.match.start()


@dataclass(frozen=True)
class Timex:
    """One date expression: where it is, what it says, and the period it covers."""

    start: int
    end: int
    text: str
    value: str
    period_start: Day | None
    period_end: Day | None
    grain: str  # day, week, month, quarter, half, season, year, range


def _month_end(year: int, month: int) -> Day:
    return Day(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_monday(day: Day) -> Day:
    return day - dt.timedelta(days=day.weekday())


def _day_value(day: Day) -> str:
    return day.isoformat()


def _period_value(start: Day, end: Day) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


class _Tables:
    """The compiled grammar for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        time = lexicon["time"]
        self.months: dict[str, int] = {k.lower(): int(v) for k, v in time["months"].items()}
        self.ambiguous = {m.lower() for m in time.get("ambiguous_months", [])}
        self.weekdays: dict[str, int] = {k.lower(): int(v) for k, v in time["weekdays"].items()}
        self.numbers: dict[str, int] = {k.lower(): int(v) for k, v in time["numbers"].items()}
        self.ordinals: dict[str, int] = {k.lower(): int(v) for k, v in time["ordinals"].items()}
        self.parts: dict[str, tuple[int, int | str]] = {
            k.lower(): (int(v[0]), v[1]) for k, v in time["parts"].items()
        }
        self.seasons: dict[str, tuple[int, int]] = {
            k.lower(): (int(v[0]), int(v[1])) for k, v in time["seasons"].items()
        }
        self.future = _word_set(time.get("future_markers", []))
        self.past = _word_set(time.get("past_markers", []))
        self.vague = [v.lower() for v in time.get("vague", [])]
        self.reporting = _word_set(time.get("reporting_verbs", []))
        self.modals = _word_set(time.get("future_modals", []))

        month = _alternation(self.months) + r"\.?"
        wday = _alternation(self.weekdays) + r"\.?"
        number = r"(?:\d{1,2}|" + _alternation(self.numbers) + ")"
        ordinal = _alternation(self.ordinals)
        part = _alternation(self.parts)
        season = _alternation(self.seasons)
        day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
        year = r"(?:1[89]\d\d|2[01]\d\d)"
        slots = {"month": month, "wday": wday, "number": number, "ordinal": ordinal,
                 "part": part, "season": season, "day": day, "year": year}
        rules: list[tuple[str, Callable[[_Groups, Day | None, int], tuple | None],
                          frozenset[str], frozenset[str]]] = []
        for rule in time["rules"]:
            if rule["resolve"] not in RESOLVERS:
                raise LexiconError(f"time.yaml: rule {rule.get('name')!r} names an unknown "
                                   f"resolver {rule['resolve']!r}")
            handler = getattr(self, f"_{rule['resolve']}")
            problem = pattern_problem(rule["pattern"])
            if problem:
                raise LexiconError(f"time.yaml: rule {rule.get('name')!r} has a bad pattern "
                                   f"({problem})")
            pattern = _fill(rule["pattern"], slots)
            # The first kind of word a rule names is one it cannot match without.
            kinds = re.findall(r"\{(month|wday|season|year|ordinal|part)\}", rule["pattern"])
            needs = frozenset(kinds[:1])
            words = frozenset(w.lower() for w in rule.get("words", []))
            rules.append((pattern, handler, needs, words))
        # A sentence without any of these words holds no date: skip the rules for it.
        self.trigger_words = frozenset(
            w for t in [*self.months, *self.weekdays, *self.seasons, *time.get("trigger_words", [])]
            for w in re.findall(r"[a-z0-9]+", t.lower())[:1])
        self.negatives = [
            (with_first_chars(_fill(n, slots), re.IGNORECASE),
             frozenset(re.findall(r"\{(month|wday|season|year|ordinal|part)\}", n)[:1]))
            for n in time.get("not_dates", [])]
        self.range_joins = re.compile(r"(?<!\s)\s*(?:and|to|until|till|through|-|–)\s*$",
                                      re.IGNORECASE)
        self.rules = [
            (with_first_chars(rf"\b{rx}\b", re.IGNORECASE), handler, needs, words)
            for rx, handler, needs, words in rules
        ]
        self.rule_words = frozenset().union(*(words for *_, words in self.rules))
        self._selected: dict[tuple[frozenset[str], frozenset[str]],
                             list[tuple[int, re.Pattern[str]]]] = {}
        # Which kinds of date words a sentence holds decides which rules are worth running.
        first_words = {
            "month": self.months, "wday": self.weekdays, "season": self.seasons,
            "ordinal": self.ordinals, "part": self.parts}
        # An entry's longest word stands for it ("the end of" -> "end"): a sentence without it
        # cannot hold the entry.
        self.kind_words = {
            kind: frozenset(max(re.findall(r"[a-z0-9]+", w.lower()), key=len) for w in words)
            for kind, words in first_words.items()}

    def rules_for(self, kinds: set[str], words: set[str]) -> list[tuple[int, re.Pattern[str]]]:
        """The rules worth running on a text with these kinds of date words and these words
        (in rule order), worked out once per combination: few combinations recur."""
        key = (frozenset(kinds), frozenset(words & self.rule_words))
        selected = self._selected.get(key)
        if selected is None:
            selected = self._selected[key] = [
                (order, regex) for order, (regex, _, needs, any_of) in enumerate(self.rules)
                if needs <= kinds and (not any_of or any_of & words)]
        return selected

    def kinds_in(self, text: str) -> tuple[set[str], set[str]] | None:
        """The kinds of date words ``text`` holds and its words, or None when it holds no
        date word at all."""
        words = set(_WORDS.findall(text.lower()))
        has_year = _YEAR.search(text) is not None
        if not has_year and not words & self.trigger_words:
            return None
        kinds = {kind for kind, vocab in self.kind_words.items() if words & vocab}
        if has_year:
            kinds.add("year")
        return kinds, words

    # -- helpers -----------------------------------------------------------------------------
    def _month_of(self, token: str) -> int:
        return self.months[token.lower().rstrip(".")]

    def _num(self, token: str) -> int:
        token = token.lower()
        return int(token) if token.isdigit() else self.numbers[token]

    @staticmethod
    def _day_of(token: str) -> int:
        return int(_DIGITS.match(token).group())

    @staticmethod
    def _year_for(month: int, day: int, ref: Day, tense: int) -> int:
        """The year of a year-less date: the tense of the sentence decides (HeidelTime)."""
        try:
            candidate = Day(ref.year, month, min(day, calendar.monthrange(ref.year, month)[1]))
        except ValueError:
            return ref.year
        if tense > 0 and candidate < ref - dt.timedelta(days=14):
            return ref.year + 1
        if tense < 0 and candidate > ref + dt.timedelta(days=120):
            return ref.year - 1
        if tense == 0 and (candidate - ref).days < -183:
            return ref.year + 1
        if tense == 0 and (candidate - ref).days > 183:
            return ref.year - 1
        return ref.year

    # -- rules: each returns (start, end, grain, value) or None ------------------------------
    def _exact(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        month, day = self._month_of(m["m"]), self._day_of(m["d"])
        if not 1 <= day <= 31:
            return None
        if m["y"]:
            year = int(m["y"])
        elif ref is None:
            return None, None, "day", f"XXXX-{month:02d}-{day:02d}"
        else:
            year = self._year_for(month, day, ref, tense)
        try:
            date = Day(year, month, day)
        except ValueError:
            return None
        return date, date, "day", _day_value(date)

    def _range_one_month(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        month = self._month_of(m["m1"])
        d1, d2 = self._day_of(m["d1"]), self._day_of(m["d2"])
        if ref is None and not m["y"]:
            return None, None, "range", f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}"
        year = int(m["y"]) if m["y"] else self._year_for(month, d1, ref, tense)
        try:
            start, end = Day(year, month, d1), Day(year, month, d2)
        except ValueError:
            return None
        if end < start:
            return None
        return start, end, "range", _period_value(start, end)

    def _range_two_months(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        m1, m2 = self._month_of(m["m1"]), self._month_of(m["m2"])
        d1, d2 = self._day_of(m["d1"]), self._day_of(m["d2"])
        if ref is None and not m["y"]:
            return None, None, "range", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}"
        year = int(m["y"]) if m["y"] else self._year_for(m1, d1, ref, tense)
        try:
            start = Day(year, m1, d1)
            end = Day(year + (1 if m2 < m1 else 0), m2, d2)
        except ValueError:
            return None
        return start, end, "range", _period_value(start, end)

    def _month_span(self, year: int, month: int, part: str | None) -> tuple[Day, Day, str]:
        if not part:
            return Day(year, month, 1), _month_end(year, month), f"{year:04d}-{month:02d}"
        first, last = self.parts[" ".join(part.lower().split())]
        end_day = calendar.monthrange(year, month)[1] if last == "last" else int(last)
        return Day(year, month, first), Day(year, month, end_day), f"{year:04d}-{month:02d}"

    def _month(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        token = m["m"].lower().rstrip(".")
        if token in self.ambiguous and not (m["y"] or m["m"][0].isupper()):
            return None
        if token in self.ambiguous and not m["y"] and not self._month_context(m):
            return None
        return self._part_month(m, ref, tense)

    def _relative_month(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        """"last August", "next March", "this June": the nearest such month that way."""
        month = self._month_of(m["m"])
        if ref is None:
            return None, None, "month", f"XXXX-{month:02d}"
        rel = m["rel"].lower()
        year = ref.year
        if rel == "last" and month >= ref.month:
            year -= 1
        elif rel == "next" and month <= ref.month:
            year += 1
        start, end, value = self._month_span(year, month, None)
        return start, end, "month", value

    @staticmethod
    def _month_context(m: _Groups) -> bool:
        """A bare "May" or "March" is a month only after a preposition or before a noun."""
        before = m.string[max(0, m.start() - 12):m.start()].lower().split()
        return bool(before) and before[-1] in {
            "in", "by", "until", "till", "before", "after", "since", "from", "of", "during",
            "early", "mid", "late", "last", "next", "this", "a", "the", "end", "through", "to",
        }

    def _part_month(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        """A month, or a part of one ("mid-May"), in the year the tense points at."""
        month = self._month_of(m["m"])
        if m["y"]:
            year = int(m["y"])
        elif ref is None:
            return None, None, "month", f"XXXX-{month:02d}"
        else:
            year = self._year_for(month, 15, ref, tense)
        start, end, value = self._month_span(year, month, m["part"])
        return start, end, "month", value

    def _part_relative(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        if ref is None:
            return None, None, m["unit"].lower(), "XXXX"
        unit, rel = m["unit"].lower(), m["rel"].lower()
        shift = {"next": 1, "this": 0, "last": -1}[rel]
        part = " ".join(m["part"].lower().split())
        if unit == "month":
            year, month = _add_months(ref.year, ref.month, shift)
            start, end, value = self._month_span(year, month, part)
            return start, end, "month", value
        if unit == "week":
            monday = _week_monday(ref) + dt.timedelta(weeks=shift)
            first, last = (0, 2) if self.parts[part][0] == 1 else (4, 6)
            if self.parts[part][0] == 11:
                first, last = 2, 3
            start, end = monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)
            iso = monday.isocalendar()
            return start, end, "week", f"{iso[0]:04d}-W{iso[1]:02d}"
        year = ref.year + shift
        first_month, last_month = {1: (1, 4), 11: (5, 8), 21: (9, 12)}[self.parts[part][0]]
        return Day(year, first_month, 1), _month_end(year, last_month), "year", f"{year:04d}"

    def _quarter(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        q = self.ordinals[m["ord"].lower()]
        if not 1 <= q <= 4:
            return None
        if m["y"]:
            year = int(m["y"])
        elif ref is None:
            return None, None, "quarter", f"XXXX-Q{q}"
        else:
            year = ref.year
            if tense > 0 and q < (ref.month - 1) // 3 + 1:
                year += 1
        start = Day(year, 3 * q - 2, 1)
        return start, _month_end(year, 3 * q), "quarter", f"{year:04d}-Q{q}"

    def _half(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        h = self.ordinals[m["ord"].lower()]
        if m["y"]:
            year = int(m["y"])
        elif ref is None:
            return None, None, "half", f"XXXX-H{h}"
        else:
            year = ref.year + (1 if tense > 0 and h == 1 and ref.month > 6 else 0)
        return Day(year, 6 * h - 5, 1), _month_end(year, 6 * h), "half", f"{year:04d}-H{h}"

    def _season(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        name = m["s"].lower()
        if name == "fall" and not (m["rel"] or m["y"]):
            return None  # "fall" is far more often the verb
        first, last = self.seasons[name]
        code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
        if m["y"]:
            year = int(m["y"])
        elif ref is None:
            return None, None, "season", f"XXXX-{code.get(name, 'SE')}"
        elif m["rel"]:
            year = ref.year + {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
        else:
            # The occurrence nearest the article's date: the one it falls in, one just gone,
            # or the next; the sentence's tense breaks a tie.
            def distance(y: int) -> int:
                lo = Day(y, first, 1)
                hi = _month_end(y + 1 if last < first else y, last)
                gap = (lo - ref).days if ref < lo else (ref - hi).days if ref > hi else 0
                return gap * (1 if (ref < lo) == (tense >= 0) else 2)
            year = min((ref.year - 1, ref.year, ref.year + 1), key=distance)
        end_year = year + 1 if last < first else year
        start, end = Day(year, first, 1), _month_end(end_year, last)
        return start, end, "season", f"{year:04d}-{code.get(name, 'SE')}"

    def _year(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        year = int(m["y"])
        return Day(year, 1, 1), Day(year, 12, 31), "year", f"{year:04d}"

    def _week_after_next(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        if ref is None:
            return None, None, "week", "XXXX-WXX"
        monday = _week_monday(ref) + dt.timedelta(weeks=2)
        iso = monday.isocalendar()
        return monday, monday + dt.timedelta(days=6), "week", f"{iso[0]:04d}-W{iso[1]:02d}"

    def _relative_unit(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        unit = m["unit"].lower()
        rel = " ".join(m["rel"].lower().split())
        if ref is None:
            return None, None, unit, "XXXX"
        shift = {"next": 1, "the following": 1, "this": 0, "later this": 0, "last": -1,
                 "the previous": -1, "earlier this": 0}[rel]
        after = ref + dt.timedelta(days=1)
        if unit == "week":
            monday = _week_monday(ref) + dt.timedelta(weeks=shift)
            start, end = monday, monday + dt.timedelta(days=6)
            if shift == 0 and (rel == "earlier this" or tense < 0):
                end = ref  # "this week announced": the part already gone
            elif shift == 0:
                start = max(start, after) if end >= after else start
            iso = monday.isocalendar()
            return start, end, "week", f"{iso[0]:04d}-W{iso[1]:02d}"
        if unit == "month":
            year, month = _add_months(ref.year, ref.month, shift)
            start, end = Day(year, month, 1), _month_end(year, month)
            if rel == "later this":
                start = min(after, end)
            return start, end, "month", f"{year:04d}-{month:02d}"
        year = ref.year + shift
        start, end = Day(year, 1, 1), Day(year, 12, 31)
        if rel == "later this":
            start = min(after, end)
        return start, end, "year", f"{year:04d}"

    def _span_end(self, ref: Day, n: int, unit: str) -> Day:
        if unit == "day":
            return ref + dt.timedelta(days=n)
        if unit == "week":
            return ref + dt.timedelta(weeks=n)
        if unit == "month":
            year, month = _add_months(ref.year, ref.month, n)
            return Day(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
        try:
            return ref.replace(year=ref.year + n)
        except ValueError:
            return ref.replace(year=ref.year + n, day=28)

    def _within(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        if ref is None:
            return None, None, "range", "XXXX"
        end = self._span_end(ref, self._num(m["n"]), m["unit"].lower())
        start = ref + dt.timedelta(days=1)
        return start, end, "range", _period_value(start, end)

    def _in_time(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        if ref is None:
            return None, None, "day", "XXXX"
        day = self._span_end(ref, self._num(m["n"]), m["unit"].lower())
        return day, day, "day", _day_value(day)

    def _deictic(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        shift = {"tomorrow": 1, "yesterday": -1, "today": 0, "tonight": 0}[m["w"].lower()]
        if ref is None:
            return None, None, "day", "XXXX-XX-XX"
        day = ref + dt.timedelta(days=shift)
        return day, day, "day", _day_value(day)

    def _weekday(self, m: _Groups, ref: Day | None, tense: int) -> tuple | None:
        token = m["wd"].lower().rstrip(".")
        if len(token) <= 4 and not m["wd"][0].isupper():
            return None  # "sun", "wed", "sat" as words
        if token in {"sun", "sat", "wed", "mon"} and not m["wd"].endswith("."):
            return None
        target = self.weekdays[token]
        if ref is None:
            return None, None, "day", "XXXX-XX-XX"
        rel = (m["rel"] or "").lower()
        ahead = (target - ref.weekday()) % 7 or 7
        behind = (ref.weekday() - target) % 7  # "said on Monday" in a Monday paper is today
        if rel == "next":
            shift = ahead
        elif rel == "last" or (tense < 0 and rel != "this"):
            shift = -behind
        elif tense > 0 or rel == "this":
            shift = ahead
        else:
            shift = -behind
        day = ref + dt.timedelta(days=shift)
        return day, day, "day", _day_value(day)

    # -- tense -------------------------------------------------------------------------------
    def tense(self, text: str, start: int, end: int) -> int:
        """+1 if the sentence around the expression speaks of the future, -1 of the past.

        Every tense marker in the sentence votes, the nearer to the expression the more; only
        the words within TENSE_REACH characters count (a sentence is rarely longer, and the
        cost per date then stays constant however long the text).
        """
        floor = max(0, start - TENSE_REACH)
        lo = max(text.rfind(". ", floor, start), text.rfind("; ", floor, start), floor - 1) + 1
        ceiling = end + TENSE_REACH
        hi_candidates = [i for i in (text.find(". ", end, ceiling), text.find("; ", end, ceiling))
                         if i >= 0]
        hi = min(hi_candidates) if hi_candidates else min(len(text), ceiling)
        before = _TENSE_WORDS.findall(text[lo:start].lower())
        after = _TENSE_WORDS.findall(text[end:hi].lower())
        if any(w in self.reporting for w in before[-3:]):
            return -1  # "said on Friday", "told reporters Saturday": when it was said
        score = 0.0
        for words, direction in ((before[::-1], -1), (after, 1)):
            for i, word in enumerate(words):
                pair = (f"{words[i + 1]} {word}" if direction < 0 else f"{word} {words[i + 1]}"
                        ) if i + 1 < len(words) else ""
                weight = 1.0 / (1 + i / 3) * (1.0 if direction < 0 or i == 0 else 0.6)
                if word in self.modals and direction < 0:
                    score += max(weight, 0.5)  # "will draw up ... and present it Tuesday"
                elif word in self.future or pair in self.future:
                    score += weight
                elif word in self.past or pair in self.past:
                    score -= weight
                elif word in self.reporting:
                    score -= weight / 2 if direction < 0 else 0.0
                elif (len(word) > 4 and word.endswith("ed")
                      and not (direction < 0 and i > 0 and words[i - 1] == "to")
                      and not (i + 1 < len(words) and direction < 0
                               and words[i + 1] in _AUXILIARIES)):
                    score -= weight / 2  # a past-tense verb
        return (score > 0.2) - (score < -0.2)


_WORDS = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\d+")
TENSE_REACH = 400
_TENSE_WORDS = re.compile(r"[a-z']+")
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
_AUXILIARIES = {"be", "been", "being", "is", "are", "was", "were", "to", "will", "would", "has",
                "have", "had", "not"}


# What a rule's ``resolve:`` may name, and the {placeholders} its pattern may hold.
RESOLVERS = frozenset({
    "exact", "range_one_month", "range_two_months", "month", "relative_month", "part_month",
    "part_relative", "quarter", "half", "season", "year", "week_after_next", "relative_unit",
    "within", "in_time", "deictic", "weekday"})
SLOTS = ("month", "wday", "number", "ordinal", "part", "season", "day", "year")


def pattern_problem(pattern: str, rule: bool = True) -> str | None:
    """Why a date rule's (or, with ``rule=False``, a negative rule's) pattern cannot be used,
    or None: an unknown placeholder or a regular expression that does not compile."""
    unknown = sorted(set(re.findall(r"\{([a-z]+)\}", pattern)) - set(SLOTS))
    if unknown:
        return (f"unknown placeholder {{{unknown[0]}}} (known: "
                + ", ".join(f"{{{s}}}" for s in SLOTS) + ")")
    filled = _fill(pattern, {s: "(?:x)" for s in SLOTS})
    try:
        re.compile(rf"\b{filled}\b" if rule else filled, re.IGNORECASE)
    except re.error as exc:
        return f"bad regular expression ({exc.msg})"
    return None


def _fill(pattern: str, slots: dict[str, str]) -> str:
    """Put the word tables into a rule's {placeholders}; other braces stay regex counts."""
    return re.sub(r"\{([a-z]+)\}", lambda m: slots[m.group(1)], pattern)


def _word_set(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _alternation(words: dict[str, object] | list[str]) -> str:
    keys = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys) + ")"


def _tables(lexicon: Lexicon) -> _Tables:
    return lexicon.cached("timex_tables", lambda: _Tables(lexicon))


_DEFAULT: Lexicon | None = None


def tag_dates(text: str, reference: Day | None, lexicon: Lexicon | None = None) -> list[Timex]:
    """Every date expression in ``text``, resolved against ``reference``.

    Each ``Timex`` has character offsets into ``text``, a TIMEX3-style ``value``
    (``2025-05-15``, ``2025-05``, ``2025-W21``, ``2025-Q2``, ``2025``, or ``start/end`` for a
    range) and the calendar period it covers. Expressions are found left to right without
    overlaps; the longest rule wins. Without a reference, relative expressions keep ``X``
    placeholders and no period.
    """
    global _DEFAULT
    if lexicon is None:
        if _DEFAULT is None:
            _DEFAULT = load_lexicon()
        lexicon = _DEFAULT
    tables = _tables(lexicon)
    found_kinds = tables.kinds_in(text)
    if found_kinds is None:
        return []
    kinds, words = found_kinds
    candidates: list[tuple[int, int, int, re.Match[str]]] = [
        (match.start(), -match.end(), order, match)
        for order, regex in tables.rules_for(kinds, words) for match in regex.finditer(text)]
    if not candidates:
        return []
    # Negative rules ("May-June futures") only matter where some rule matched.
    blocked = [m.span("not") if "not" in rx.groupindex else m.span()
               for rx, needs in tables.negatives if needs <= kinds for m in rx.finditer(text)]
    if blocked:
        candidates = [c for c in candidates if not any(a <= c[0] < b for a, b in blocked)]
    candidates.sort(key=lambda c: c[:3])
    found: list[Timex] = []
    taken_until = -1
    for start, neg_end, order, match in candidates:
        if start < taken_until:
            continue
        tense = tables.tense(text, start, -neg_end)
        result = tables.rules[order][1](_Groups(match), reference, tense)
        if result is None:
            continue
        begin, end, grain, value = result
        found.append(Timex(start, -neg_end, match.group(), value, begin, end, grain))
        taken_until = -neg_end
    return _join_ranges(text, found, tables)


def _join_ranges(text: str, found: list[Timex], tables: _Tables) -> list[Timex]:
    """"between January 1987 and December 1992", "from May to July": one period, not two."""
    out: list[Timex] = []
    for tx in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.period_start and tx.period_end
                and tables.range_joins.fullmatch(text[prev.end:tx.start])
                and text[:prev.start].rstrip().rsplit(None, 1)[-1:] in (["between"], ["from"],
                                                                       ["Between"], ["From"])
                and prev.period_start <= tx.period_end):
            out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end],
                            f"{prev.period_start.isoformat()}/{tx.period_end.isoformat()}",
                            prev.period_start, tx.period_end, "range")
        else:
            out.append(tx)
    return out
