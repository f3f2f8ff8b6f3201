"""Roles: the role phrase a sentence gives a person, before or after their name."""

from __future__ import annotations

import itertools
import re

from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.language.morphology import looks_past, singular

_WORDS_BACK = re.compile(r"[A-Za-z0-9][\w'’.\-]*|[,;:\"“”()]")
_CLAUSE_AFTER = re.compile(r",\s+([^,;]{3,60}?)(?=,|;|\.|$)")
# "X of Iceland, who chairs the group": a place or body of capitalised words before the clause.
_OF_BEFORE_CLAUSE = re.compile(r"\s+(\w+)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=,)")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_PLAIN_WORD = re.compile(r"(?<![A-Za-z&\-])[A-Za-z&\-]+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|(?<=s)'|(?<=s)’)$")  # and a plural's bare mark
_PUNCTUATION = frozenset([",", ";", ":", "\"", "“", "”"])

Back = list[tuple[int, int, str]]  # words before a place: (start, end, word)


_REACH = 64  # characters before a name that usually hold the words a role needs


def words_back(text: str, start: int, limit: int = 9) -> Back:
    """The last ``limit`` words (and marks) of ``text[:start]``, as a scan of it finds them.

    The scan starts just after a space some way back (no word runs across a space, so the
    words from there on are the same as from the start), and from the start only when
    that did not find enough of them."""
    scan_from = text.rfind(" ", 0, max(0, start - _REACH)) + 1
    while True:
        found = [(m.start(), m.end(), m.group())
                 for m in _WORDS_BACK.finditer(text, scan_from, start)]
        if len(found) >= limit or scan_from == 0:
            return found[-limit:]
        scan_from = 0


def title_at_end(words: list[str], rules: Rules) -> tuple[str, ...] | None:
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


def title_in(words: list[str], rules: Rules, limit: int = 6) -> int | None:
    """Where a whole title (not just a word of one, like "state") begins among ``words``."""
    canon = [rules.title_word(w.strip(".,'’")) or w.lower().strip(".,'’") for w in words]
    for i in range(min(len(canon), limit)):
        for title in rules.by_first.get(canon[i], ()):  # only titles that start here
            if tuple(canon[i:i + len(title)]) == title:
                return i
    return None


def _another_clause(back: Back, i: int, rules: Rules) -> bool:
    """Whether ``back[i]`` belongs to another clause than the role after it: a figure, or a
    past verb after a plain word ("only 18 pct supported opposition leader X"; not "the
    armed forces chief", "court-appointed")."""
    word = back[i][2]
    if word[:1].isdigit():
        return True
    if not (word.islower() and looks_past(word)) or "-" in word or i == 0 \
            or word in rules.words.role_modifiers:
        return False
    before = back[i - 1][2]
    return (before.islower() or before[:1].isdigit()) and before not in rules.words.determiners


def phrase_start(back: Back, rules: Rules, title_len: int = 1,
                 sides: SideFinder | None = None, listed: bool = False) -> int:
    """How far back a role phrase reaches from its title ("Sylvania's Trade and Industry ...").

    It does not reach past another person's name: a lower-case word after a capitalised word
    that is no role word ("X thanked U.S. Commerce Secretary Y"), nor take in a capitalised
    word that follows a plain lower-case word ("passed to Smith Prime Minister Ito's letter").
    """
    joiners, breaks = rules.words.joiners, rules.words.role_breaks
    first = len(back) - 1
    title_from = len(back) - title_len
    for i in range(len(back) - 1, -1, -1):
        word = back[i][2]
        low = word.lower()
        if low in joiners and not (listed and i >= title_from):  # "Chancellor of the ..."
            joins = _joins(back, i, rules, sides)
            # "Trade Secretary Helen Marsh and Commerce Minister X": another title just
            # before "and" means another person's role, not part of this one.
            another = i < title_from and any(rules.title_word(w) in rules.title_heads
                                             for _, _, w in back[max(0, i - 3):i])
            if joins and not another:
                first = i
                continue
            break
        if i < title_from and (not _ALNUM.match(word) or low in breaks
                               or word in rules.calendar  # "on Friday Deputy U.S. ..."
                               or (low in rules.speech and word.islower())
                               or _another_clause(back, i, rules)
                               # "quoted Chrysler Chairman X", "allow President X": a plain
                               # word before a capitalised role is none of it ("former" is)
                               or (word.islower() and back[i + 1][2][:1].isupper()
                                   and low not in rules.words.role_modifiers)
                               or (word.islower() and i > 0
                                   and _is_name_word(back[i - 1][2], rules, sides))):
            break
        first = i
    while first < len(back) and back[first][2].lower() in joiners:
        first += 1
    if (sides is not None and 0 < first < title_from and back[first - 1][2].islower()
            and back[first - 1][2].lower() not in rules.words.determiners
            and back[-1][2].lower() not in rules.words.company_titles
            and _is_name_word(back[first][2], rules, sides)):
        first += 1  # "to Smith Prime Minister Ito": Smith is not Ito's title (but "quoted
        # Chrysler Chairman X": a firm's title follows the firm's name)
        j = first
        while j < title_from and _is_name_word(back[j][2], rules, sides):
            j += 1
        if (j < title_from and back[j][2].lower() in joiners
                and not _is_name_word(back[j + 1][2], rules, sides)):
            first = j + 1  # "by both Helmut Kohl and Finance Minister X": nor are "Kohl", "and"
            # (but "Texas Savings and Loan Commissioner X" keeps "Savings and Loan")
    return first


def without_possessive(word: str) -> str:
    """The word without a possessive ("Texaco's", "Starbucks'" -> "Texaco", "Starbucks")."""
    return _POSSESSIVE.sub("", word)


def _joins(back: Back, i: int, rules: Rules, sides: SideFinder | None) -> bool:
    """Whether the joiner at ``i`` joins two capitalised words of one role ("Trade and
    Industry Minister"). Not "cut rates Tuesday and U.S. Fed chairman X" (a day ends a
    clause), nor "Lee and U.S. President X" (a name, "and", a side's word: another person;
    "Ways and Means chairman", "Jobs and Families Minister" hold no side's word)."""
    if not 0 < i < len(back) - 1:
        return False
    before, after = back[i - 1][2], back[i + 1][2]
    if not (before[:1].isupper() and after[:1].isupper()) or before in rules.calendar:
        return False
    return not (back[i][2].lower() in rules.words.coordinators and sides is not None
                and _is_name_word(before, rules, sides)
                and sides.is_side_word(without_possessive(after)))


def _is_name_word(word: str, rules: Rules, sides: SideFinder | None) -> bool:
    """A capitalised word that no role phrase holds: not a title, a portfolio or body word,
    initials or a side's name."""
    bare = without_possessive(word)
    if sides is None or not bare[:1].isupper() or bare.isupper() or "." in bare:
        return False
    return not (rules.title_word(bare) or bare in rules.blocked or sides.is_side_word(bare))


_SPACED_DASH = re.compile(r"\s[-–—]\s+")


def role_before(text: str, start: int, rules: Rules, sides: SideFinder | None = None
                ) -> tuple[str, tuple[int, int] | None, bool]:
    """A role phrase right before the name that ends with a title ("Trade Minister X").

    A coordinated role before it ("ICCO chairman and Agriculture Minister X") is kept too.
    """
    back = words_back(text, start)
    if not back or text[back[-1][1]:start].strip():
        return "", None, False
    title = title_at_end([w for _, _, w in back], rules)
    listed = title is not None  # a title of the lexicon, its own "of" and "the" included
    if title is None:
        title = _title_with_portfolio(back, rules, sides)
        # A portfolio in plain words keeps its own "and" ("minister of mines and power"); in
        # capitals, or after "the", a body's name may follow ("leader of the Irish party
        # Fianna Fail", "leader of the moderate Force Ouvriere").
        listed = title is not None and all(
            w.islower() and w not in rules.words.determiners for _, _, w in back[-len(title):])
    if title is None:
        return "", None, False
    first = phrase_start(back, rules, len(title), sides, listed)
    if first > len(back) - len(title):
        return "", None, False  # cut inside its title ("of administration"): no role
    span = (back[first][0], back[-1][1])
    for dash in _SPACED_DASH.finditer(text, span[0], span[1]):
        span = (dash.end(), span[1])  # after a dateline ("TOKYO - Economy Minister X")
    role = text[span[0]:span[1]]
    if first > 0 and back[first - 1][2].lower() in rules.words.coordinators:
        earlier = back[: first - 1]
        if earlier and title_at_end([w for _, _, w in earlier], rules):
            e_first = phrase_start(earlier, rules, 1, sides)
            role = f"{text[earlier[e_first][0]:earlier[-1][1]]}; {role}"
    return role, span, title in rules.strong


def _title_with_portfolio(back: Back, rules: Rules, sides: SideFinder | None = None
                          ) -> tuple[str, ...] | None:
    """"Minister for Trade Negotiations X", "vice minister for international affairs X": a
    title, "for" or "of", then up to four words of portfolio right before the name; a place
    is no portfolio ("officials in Seoul hope Lee")."""
    for k in range(len(back) - 2, max(len(back) - 7, -1), -1):
        link = back[k][2].lower()
        if link not in rules.words.portfolio_links or k == 0:
            continue
        head = title_at_end([w for _, _, w in back[:k]], rules)
        portfolio = [w for _, _, w in back[k + 1:]]
        if portfolio and portfolio[0].lower() in rules.words.determiners:
            portfolio = portfolio[1:]  # "Secretary in the Ministry of Finance X"
        if head and portfolio and all(_PLAIN_WORD.match(w) and w.lower() not in rules.words.role_breaks
                                      and not (sides is not None and sides.is_side_word(w))
                                      for w in portfolio):
            return tuple(w.lower() for w in [*[w for _, _, w in back[k - len(head):k]], link,
                                             *portfolio])
    return None


def role_before_comma(text: str, start: int, end: int, rules: Rules) -> str:
    """``ROLE, NAME,``: a role phrase, a comma, then the name ("Japan's top negotiator, X," or
    "The vice minister of the trade ministry, X,")."""
    head = text[:start].rstrip()
    of = rules.patterns.of_name.match(text, end)  # "the producers' spokeswoman, X of Ghana."
    if not head.endswith(",") or not rules.patterns.said_next.match(text, of.end() if of else end):
        return ""
    back = words_back(text, len(head) - 1, 10)  # the words of head[:-1]
    if not back:
        return ""
    if title_at_end([w for _, _, w in back[-7:]], rules) is not None:
        tail = back[-7:]
        return text[tail[phrase_start(tail, rules)][0]:tail[-1][1]]
    portfolio = _title_with_portfolio(back, rules)  # "Qatar's minister of state for foreign
    if portfolio is not None:  # affairs, X,"
        return text[back[phrase_start(back, rules, len(portfolio), listed=True)][0]:back[-1][1]]
    # "the TITLE of ORGANISATION": the phrase runs from a determiner or the sentence start.
    determiners, affiliation = rules.words.determiners, rules.words.affiliation
    for k in range(len(back) - 1, -1, -1):
        word = back[k][2]
        if word in _PUNCTUATION:
            return ""
        if word.lower() in determiners or back[k][0] == 0:
            phrase = back[k + 1:] if word.lower() in determiners else back[k:]
            words = [w for _, _, w in phrase]
            titled = title_in(words, rules, 4)
            if titled is not None and not affiliation.isdisjoint(
                    w.lower() for w in words[titled:titled + 3]):
                return text[phrase[0][0]:phrase[-1][1]]
    return ""


# Words of an appositive role at most: a body's full name can be long ("chairman of the
# General Agreement on Tariffs and Trade's negotiating group on agriculture").
_APPOSITIVE_WORDS = 16


def appositive_after(text: str, end: int, rules: Rules) -> str:
    """``NAME, ROLE,``: an appositive after the name that holds a title."""
    m = rules.patterns.appositive.match(text, end)
    if not m:
        return ""
    phrase = m.group(1).strip()
    words = phrase.split()
    said = next((i for i, w in enumerate(words) if i and w in rules.words.reporting), None)
    if said is not None:  # "X, vice-president of GM Overseas told a news briefing"
        words = words[:said]
        phrase = " ".join(words)
    if (not words or len(words) > _APPOSITIVE_WORDS or words[0].lower() in rules.speech
            or words[0] in rules.words.relatives or words[0].lower() in rules.words.auxiliaries
            or _a_clause(words, rules)):
        return ""
    at = title_in(words, rules)
    if at is None or (at == 0 and _plural(words[at], rules)):
        return ""  # "A and B, the officials who have handled the talks": no role of one
    return phrase


def _plural(word: str, rules: Rules) -> bool:
    """Whether a title word is written in the plural ("officials", "ministers"); not a
    plural's possessive ("Ministers' spokeswoman" is one person's role)."""
    if word.rstrip(".,").endswith(("'", "’")):
        return False
    one = singular(word.lower().strip(".,'’"))
    return one is not None and rules.title_word(one) == one


def _a_clause(words: list[str], rules: Rules) -> bool:
    """Whether the words after ``NAME,`` are a clause with a verb of its own and its object,
    not a role ("backed the Commission", "According to X, the president raised the cost")."""
    w = rules.words
    for word, nxt in itertools.pairwise(words):
        if word in w.relatives:
            return False  # "an official who attended the talks": the verb is the relative's
        if word.islower() and word.endswith(w.past_suffixes) and nxt.lower() in w.determiners:
            return True
    return False


_COPULAR_CHARS = 60  # the longest role stated with "is"
_COPULAR = re.compile(r"\s+(\w+)\s+([^,;]{3,200}?)"
                      r"(?=,|;|(?<!\.[A-Z])\.\s|\.$|$)")  # "U.S." ends nothing


def copular_role(text: str, end: int, rules: Rules) -> str:
    """``NAME is ROLE``: a title stated of the person ("Bra Kanon is chairman of the ICCO
    Council and ..."), the title first (after "the" at most): not "X is expected to"."""
    m = _COPULAR.match(text, end)
    if not m or m.group(1) not in rules.words.copulas:
        return ""
    words = m.group(2).split()
    for i, word in enumerate(words[1:-1], 1):  # "... Council and rumours ...": a new clause
        if word in rules.words.coordinators and words[i + 1][:1].islower():
            words = words[:i]
            break
    if len(" ".join(words)) > _COPULAR_CHARS:
        return ""
    if words and words[0].lower() in rules.words.determiners and words[0].lower() not in (
            rules.indefinites):
        words = words[1:]
    return " ".join(words) if words and title_in(words, rules, limit=1) == 0 else ""


def acting_for(text: str, end: int, rules: Rules) -> str:
    """``NAME, negotiating for X,`` or ``NAME of Y, who chairs X,``: a clause of whom one
    acts for or leads."""
    of = _OF_BEFORE_CLAUSE.match(text, end)
    if of and of.group(1) in rules.member_links:
        end = of.end()
    m = _CLAUSE_AFTER.match(text, end)
    if m and any(m.group(1).lower().startswith(a) for a in rules.acting_for):
        return m.group(1)
    return ""


def anaphoric_role(text: str, rules: Rules) -> str:
    """"..., the chairman of the Coffee Board, CMB, said.": a role whose name comes next."""
    m = rules.patterns.anaphoric.search(text)
    if m and title_in(m.group(1).split(), rules, 3) is not None:
        return m.group(1)
    return ""


def is_outsider(role: str, rules: Rules, sides: SideFinder | None = None) -> bool:
    """Whether a role is an outsider's: an analyst's, a journalist's, or a market firm's
    staff ("general manager of Sanwa Bank", "currency adviser at Swiss Bank Corp"), the firm
    not being a side of its own ("World Bank vice president")."""
    words = {w.lower().strip(",.'’") for w in role.split()}
    if not rules.outsiders.isdisjoint(words):
        return True
    spaced = f" {' '.join(role.lower().split())} "
    if any(phrase in spaced for phrase in rules.outsider_phrases):
        return True  # "head of China research at Ardent Global"
    links = [i for i, w in enumerate(role.split()) if w in rules.outsider_links]
    if links and rules.government_titles.isdisjoint(words) and any(
            w[:1].isupper() and w.lower().strip(",.'’") in rules.outsider_firm_words
            for w in role.split()[links[-1] + 1:]):
        return True  # "senior managing director of Sanwa Research Institute" (no minister's)
    if rules.market_staff.isdisjoint(words) or rules.market_firms.isdisjoint(words):
        return False
    if sides is not None:
        for hit in sides.find(role):
            role = role[:hit.start] + " " * (hit.end - hit.start) + role[hit.end:]
        words = {w.lower().strip(",.'’") for w in role.split()}
    return not rules.market_firms.isdisjoint(words)


def introduced_as_outsider(roles: list[str], rules: Rules) -> bool:
    """Whether a person's only roles introduce them as an outsider with "a" ("a trade
    lawyer in Ottawa", "a soybean grower"): ``outsiders_when_introduced``."""
    def introduced(role: str) -> bool:
        words = [w.lower().strip(",.'’") for w in role.split()]
        return bool(words) and words[0] in rules.indefinites and not \
            rules.outsiders_when_introduced.isdisjoint(words)
    return bool(roles) and all(map(introduced, roles))


def without_others(role: str, others: list[str], rules: Rules) -> str | None:
    """A role cleared of the other people it names (``others``: their full names): a title
    after a colleague's name and "and" ("Vice-President A B and Treasury Secretary") is the
    title; a role that runs on into the next person of a list ("chairman of the Board and
    A B") ends before them; what another person did to one ("accompanied by governor A B")
    is no role (None)."""
    for name in others:
        if name not in role:
            continue  # (most roles name no one: no pattern to build)
        found = re.search(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])", role)
        if not found:
            continue
        after = role[found.end():].split()
        if len(after) > 1 and after[0] in rules.words.coordinators:
            return without_others(" ".join(after[1:]), others, rules)
        before = role[:found.start()].split()
        if any(w.lower() in rules.words.agent_links for w in before):
            return None
        joined = [i for i, w in enumerate(before) if w in rules.words.coordinators]
        if not after and joined and joined[-1] > 0:
            return " ".join(before[:joined[-1]])
    return role
