"""Firms in roles and leads: the company an article opens on, a firm named before a title
("Pennzoil Co chairman") or after one ("chairman of the Continental Illinois National Bank"),
and the wire's stock tickers, which name the firm before them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.core.extract.participants.roles import title_in, without_possessive
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence
from briefing.text.regex import whole_words
from briefing.text.sentences import after_dateline

_TICKER = re.compile(r"<[^<>\s]{1,20}(?:>|$)")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_LEAD_TOKEN = re.compile(r"<[^<>\s]{1,20}>|<?[\w&'’.-]+>?")


def lead_company(sentences: list[Sentence], rules: Rules, sides: SideFinder) -> str | None:
    """The company an article opens on ("Phelps Dodge Corp officials said ...", "<Teck Corp>
    said ...", "New England Electric System <NES> expects ..."): the capitalised words that
    start its first sentence, ending in a company's suffix ("Corp", "Airlines"), in the
    wire's brackets or followed by a stock ticker; none when they name a side."""
    if not sentences:
        return None
    text = after_dateline(sentences[0].text)
    words: list[str] = []
    marked = False  # in the wire's brackets, or followed by a ticker: a listed company
    for n, found in enumerate(_LEAD_TOKEN.finditer(text)):
        token = found.group()
        if token.startswith("<") and token.endswith(">") and n:
            marked = True
            break
        if token.startswith("<"):
            marked, token = True, token[1:]
        closed = token.endswith(">")
        token = token.rstrip(">")
        if not (token[:1].isupper() or (words and token in rules.words.joiners)):
            break
        words.append(token)
        if closed:
            break
    owner = [i for i, w in enumerate(words) if w.endswith(("'", "'s", "’", "’s"))]
    if owner:  # "Saxon Oil Development Partners' Saxon Oil Co": the firm is the owned one
        words = words[owner[-1] + 1:]
    if words and words[0].lower() in rules.words.determiners:
        words = words[1:]
    while words and words[-1] in rules.words.joiners:
        words.pop()
    name = " ".join(words).rstrip(".,")
    if not name or (len(words) < 2 and not marked):
        return None
    company = rules.generic_sides.get(rules.company_side or "") or frozenset()
    if not (marked or words[-1] in rules.company_suffixes or words[-1] in company):
        return None
    return None if sides.first(name) else name


def a_company(name: str, sentences: list[Sentence], rules: Rules) -> bool:
    """Whether the article names ``name`` with a company's suffix somewhere ("Gelco Express
    said" where another sentence has "Gelco Express Ltd"): a firm, not a person."""
    return any(rules.patterns.company_after.match(s.text, found.end()) for s in sentences
               for found in re.finditer(re.escape(name), s.text))


def without_tickers(role: str) -> str:
    """A role without the wire's stock tickers ("Pennzoil Co <PZL> chairman"): a ticker
    names the firm before it, and is no body of its own."""
    return _TICKER.sub(" ", role) if "<" in role else role


_TICKER_TAIL = re.compile(r"^[A-Z0-9.]{1,12}>\s*")  # "OLIV.MI> chairman": a ticker cut in two


def as_written(role: str) -> str:
    """A role as a reader wants it: without the wire's tickers ("Chrysler Corp <C>
    treasurer") or the brackets around a private firm's name ("of <Sequoia Systems>")."""
    if "<" not in role and ">" not in role:
        return role
    bare = _TICKER.sub(" ", _TICKER_TAIL.sub("", role))
    return " ".join(bare.replace("<", " ").replace(">", " ").split())


def company_in_roles(roles: list[str], rules: Rules, sides: SideFinder) -> str | None:
    """A company named right before a title ("Pennzoil Co chairman", "Texaco's president",
    "Hanson Industries chairman"): the person acts for it. Capitalised words only, none a
    title (but one opening the role: "Major League Baseball Commissioner"), a side, a month
    or a word of ``not_companies`` ("Democratic senator", "House ... chairman")."""
    for role in roles:
        words = sides.without_arms(without_tickers(role).split())
        at = title_in(words, rules)
        head = words[at].strip(",.") if at else ""
        if not at or (head.lower() in rules.not_companies
                      and rules.title_word(head) != head.lower()):
            continue  # "Trading Commission Chairman": a body's word read as a title's
        name: list[str] = []
        for i in range(at - 1, -1, -1):
            word = words[i]
            bare = without_possessive(word).strip(".,")
            suffix = bare in rules.company_suffixes
            # A title's word or a word of not_companies opening the role before two words of
            # a name is the name's ("Major League Baseball Commissioner", "National Hockey
            # League Commissioner"); the caller keeps only a name of three words or repeated.
            opening = i == 0 and len(name) > 1 and bare == word
            if not suffix and (not bare[:1].isupper() or (rules.title_word(bare) and not opening)
                               or bare in rules.calendar
                               or (bare.lower() in rules.not_companies and not opening)
                               or (sides.is_side_word(bare)  # not "Air Canada", "Canada
                                   # Post": a firm's (``SideFinder.led_by_a_country``)
                                   and sides.find(" ".join(words[max(0, i - 1):i + 2])))):
                break
            if name and bare != word.strip(".,"):
                break  # a possessive before the name ends it: "Cominco's Teck chairman"
            name.insert(0, bare)
        whole = len(name)
        full = " ".join(name)
        while name and name[-1] in rules.company_suffixes:
            name.pop()
        # The whole of what comes before the title, or it is a phrase, not a name; and a
        # word a name may not be alone ("Education Minister") only with a suffix ("News Corp").
        if name and whole == at and not sides.first(" ".join(name)):
            if all(w in rules.blocked for w in name):
                return full if len(name) < whole else None
            return " ".join(name)
    return None


def firm_after_title(roles: list[str], rules: Rules, sides: SideFinder,
                      sentences: list[Sentence]) -> str | None:
    """A firm a company title names after "of" ("chairman of the Continental Illinois National
    Bank and Trust Co", "executive vice president of SMM Penarroya in France", "chairman of
    Austria's Creditanstalt"): the person acts for it, not for the place it is in. A name with
    no company suffix counts when the article names it again; none is a side's own name
    ("governor of the Bank of Spain"), holds a word of ``not_companies`` ("chairman of the
    House Ways and Means Committee") or names a union or an employers' body."""
    for role in roles:
        words = sides.without_arms(without_tickers(role).split())
        if any(w.lower() in rules.former for w in words):
            continue  # "formerly a vice president of X": not X's now
        for i, word in enumerate(words[:-1]):
            if word.lower() not in rules.words.employer_links or not _title_before(words[:i],
                                                                                  rules):
                continue
            name = _capitalised_run(words[i + 1:], rules, sides)
            if name and word.lower() not in rules.words.affiliation and (
                    len(name.split()) < 2 or any(w != without_possessive(w) for w in words[:i])):
                continue  # "spokesperson for LeBlanc" (a person), "the union's chairman for X"
            if name and _is_firm(name, rules, sides, sentences):
                return name
    return None


def _title_before(words: list[str], rules: Rules) -> bool:
    """Whether ``words`` end with a company title, past a bracketed word ("Executive Vice
    President (commercial)")."""
    if words and words[-1].startswith("(") and words[-1].endswith(")"):
        words = words[:-1]
    return bool(words) and words[-1].lower().strip(",") in rules.words.company_titles


def _capitalised_run(words: list[str], rules: Rules, sides: SideFinder) -> str | None:
    """The capitalised name that opens ``words``, past a determiner and a side's possessive
    ("the", "Austria's"); joiners only between capitalised words ("Bank and Trust Co")."""
    at = 0
    if at < len(words) and words[at].lower() in rules.words.determiners:
        at += 1
    # (a side's name, capitalised: not "the union's Harbour City branch", a kind's word)
    place = at < len(words) and without_possessive(words[at]) != words[at] \
        and words[at][:1].isupper() and sides.is_side_word(without_possessive(words[at]))
    name: list[str] = []
    rest = words[at + place:]
    for n, word in enumerate(rest):
        bare = word.strip(",;:()")
        if not _INITIALS.fullmatch(bare):  # "J.P." keeps its last dot; "Co." does not
            bare = bare.strip(".")
        if bare[:1].isupper() or bare == "&":
            name.append(without_possessive(bare))
        elif bare in rules.words.joiners and name:
            if (name[-1] in rules.company_suffixes and bare != "of"
                    and not _suffix_ahead(rest[n + 1:], rules)):
                break  # "Merrill Lynch and Co and ...", not "Bank and Trust Co"
            name.append(bare)
        else:
            break
        if name[-1] != bare:  # a possessive: "Kodak's unit" is Kodak's, "Quebec's Caisse" unclear
            return " ".join(name) if n + 1 == len(rest) or not rest[n + 1][:1].isupper() else None
        if bare != word.rstrip(".") and word[-1:] in ",;:()":
            break  # a comma or a bracket ends the name
    while name and (name[-1] in rules.words.joiners or name[-1] == "&"):
        name.pop()
    if place and not rules.not_companies.isdisjoint(w.lower() for w in name):
        return None  # "Poland's National Bank": the country's own bank
    return " ".join(name) or None


def _suffix_ahead(words: list[str], rules: Rules) -> bool:
    """Whether the capitalised words ahead end in a company suffix ("Trust Co")."""
    for word in words:
        bare = word.strip(".,;:()")
        if bare in rules.company_suffixes:
            return True
        if not bare[:1].isupper():
            return False
    return False


def _is_firm(name: str, rules: Rules, sides: SideFinder, sentences: list[Sentence]) -> bool:
    words = name.split()
    of_place = _named_of_a_place(name, sides, rules)
    if ((not of_place and (sides.first(name) or sides.first(name + ".")))
            or any(rules.title_word(w) for w in words) or set(words) <= rules.company_suffixes):
        return False  # a side ("the U.S" cut at its period), a title, a bare "Bank"
    low = {w.lower() for w in words}
    if not rules.home_bodies.isdisjoint(low) and rules.company_suffixes.isdisjoint(words):
        return False
    if not rules.company_suffixes.isdisjoint(words):
        return True
    # (a body of members named of its country is named in full once: "Pharmaceutical Research
    # and Manufacturers of America", then by its initials)
    return rules.not_companies.isdisjoint(low) and (named_again(name, sentences) or of_place)


NAME_BEFORE_PLACE = 2  # capitalised words a body's name holds before "of" and its place


def _named_of_a_place(name: str, sides: SideFinder, rules: Rules) -> bool:
    """Whether the only sides a name holds are the place it ends with after "of", after a
    name of its members in the plural ("Pharmaceutical Research and Manufacturers of America",
    "Communications Workers of America"): a body's name, not the country (not "Bank of
    Japan", a side's, nor "Federal Reserve Bank of New York")."""
    words = name.split()
    at = max((i for i, w in enumerate(words) if w in rules.words.affiliation), default=-1)
    head = [w for w in words[:max(at, 0)] if w[:1].isupper()]
    if at < 0 or len(head) < NAME_BEFORE_PLACE or head[-1].lower() not in rules.words.members:
        return False  # (not "Armed Forces of Ukraine", "Chamber of Deputies of Italy")
    place = " ".join(words[at + 1:])
    hits = sides.find(name)
    return bool(hits) and all(h.start >= len(name) - len(place) for h in hits) \
        and not sides.first(" ".join(words[:at]))


def acting_firm(roles: list[str], rules: Rules, sides: SideFinder, sentences: list[Sentence]
                ) -> str | None:
    """The company a role names before its title that its holder acts for (``company_in_roles``):
    a word or two before a title may be the title's own ("Additional Secretary"), so only a
    body the article names again or a firm's arm names ("Chrysler Canada President"), or one
    of three capitalised words ("Major League Baseball Commissioner")."""
    side = company_in_roles(roles, rules, sides)
    if side and (len(side.split()) > 2 or side in sides.firms or named_again(side, sentences)
                 or _executive_of(side, roles, rules)):
        return side
    return None


def _executive_of(name: str, roles: list[str], rules: Rules) -> bool:
    """Whether a role names ``name`` right before a title only a firm gives ("PhRMA chief
    executive", "Acme's chief financial officer": ``executive_titles``)."""
    for role in roles:
        low = " ".join(without_possessive(w) for w in role.lower().split())
        at = low.find(name.lower())
        if at < 0:
            continue
        rest = low[at + len(name):].strip(" ,.")
        if rest in rules.executive_titles:
            return True
    return False


def role_firms(roles: Iterable[list[str]], names: set[str], rules: Rules, sides: SideFinder,
               sentences: list[Sentence]) -> set[str]:
    """The companies that people's ``roles`` name and they act for (``acting_firm``): not a
    body of a bloc ("the Teamsters' president", "AMPTP negotiator"), a word of a person's
    full name among ``names`` ("Jones' chief of staff") or a side ("U.S. Senator": the name
    is read without its last dot, as "Co." is)."""
    blocs = frozenset().union(*(words for kind, words in rules.body_words.items()
                                if kind != rules.company_side))
    return {firm for held in roles if (firm := acting_firm(held, rules, sides, sentences))
            and firm not in rules.known_bodies and blocs.isdisjoint(firm.split())
            and not names.intersection(firm.split()) and not sides.find(f"{firm}.")}


def named_again(name: str, sentences: list[Sentence]) -> bool:
    """Whether the article names ``name`` more than once: a company the story is about is
    named again ("Pennzoil said ..."); a capitalised word of a title is not."""
    count = 0
    for sentence in sentences:
        for _ in whole_words(sentence.text, name):
            count += 1
            if count > 1:
                return True
    return False
