"""Mentions: the places in one sentence where a person is named, with what it says of them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.core.extract.participants.roles import (
    acting_for,
    appositive_after,
    copular_role,
    introduced_as_outsider,
    is_outsider,
    role_before,
    role_before_comma,
)
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.language.morphology import singular
from briefing.model import Sentence

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Patterns tried after a name start only where a run of spaces starts: tried from inside a
# long run, a leading \s* would rescan it from every position.
_WORD_AFTER = re.compile(r"(?<!\s)\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*)?([a-z]+)")
_NONSPACE = re.compile(r"\S+")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_PLAIN_WORD_AFTER = re.compile(r"[ ]([a-z]+)\b")
# "said Reform UK leader ...": no name ends there (but "said Joseph B. Ely II" does).
_NAME_GOES_ON = re.compile(r"[ ](?![IVX]+\b)[A-Z]\w")
_AFTER_ABBREVIATION = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){2,}[ ]+$")
_LAST_WORDS = re.compile(r"\b([A-Z][a-z]+)[ ]+([a-z]+)[ ]+(?:([a-z]+)[ ]+)?$")
# An editor's bracket around the words a quote leaves out: "(Finance Minister Dilson) Funaro".
_BRACKETED_SURNAME = re.compile(r"\)[ ]+([A-Z][\w’'-]*)")


@dataclass
class Mention:
    """One place where a candidate person is named, with what the text says of them."""

    tokens: tuple[str, ...]
    sentence: Sentence
    start: int
    end: int
    roles: list[str] = field(default_factory=list)
    role_span: tuple[int, int] | None = None
    strong: bool = False
    speaks: bool = False
    introduced: bool = False  # a role between commas right after the name ("X, the minister,")
    context: list[tuple[Sentence, int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def mentions_in(sent: Sentence, rules: Rules, sides: SideFinder,
                known: Callable[[str], bool] | None = None,
                outsiders: list[tuple[str, ...]] | None = None) -> list[Mention]:
    """The people a sentence names with a role, or as speaking, or (``known``) by the full
    name of someone who held an office that day ("Scott Bessent met ..."); the names of the
    outsiders it leaves out go to ``outsiders``."""
    text = sent.text
    found: list[Mention] = []
    tails = _tails(rules, sides)
    taken = -1
    for run in rules.name_run.finditer(text):
        if run.start() < taken:
            continue  # the surname after an editor's bracket, already taken with its name
        offset, tokens = _name_tail(run, rules, sides, tails)
        if not tokens or (offset == 0 and _continues_a_body(text, run.start(), rules)):
            continue
        start, end = run.start() + offset, run.end()
        bracketed = _surname_after_bracket(text, start, end, rules, sides)
        if bracketed is not None:
            tokens.append(bracketed.group(1))
            end = taken = bracketed.end()
        if len(tokens) == 1 and _AFTER_ABBREVIATION.search(text, max(0, start - 12), start):
            continue  # "the U.S. Will tell": wire copy capitalises the word after "U.S."
        if tokens[-1].endswith(("'s", "’s")):
            tokens[-1], end = tokens[-1][:-2], end - 2
        name = " ".join(tokens)
        if _is_side_or_org(name, sides, text, end, rules) \
                or name.lower() in rules.firms_named_like_people \
                or any(h.start <= start and end <= h.end for h in sides.find(text)):
            continue  # "Bear Stearns said", "L.F. Rothschild, sole manager", "the United
            # Arab Emirates, their last stop": a side's name or a part of one
        after = _PLAIN_WORD_AFTER.match(text, end)
        if after and after.group(1) in rules.outsiders:
            continue  # "said Paine Webber analyst X": the run names the analyst's firm
        found.append(_with_roles(Mention(tuple(tokens), sent, start, end), rules, sides))
    _share_coordinated_titles(found, text, rules)
    _drop_listed_people(found)
    kept: list[Mention] = []
    for m in found:
        if any(is_outsider(r, rules, sides) for r in m.roles) or _outsider_next_to(
                text, m, rules) or introduced_as_outsider(m.roles, rules):
            if outsiders is not None:
                outsiders.append(m.tokens)
                # The firm in an outsider's role is no one ("at stockbrokers Phillips and
                # Drew"): the words after its last link, not a person it works for ("adviser
                # to X" is no firm of X's).
                outsiders.extend(_firm_words(r, rules) for r in m.roles)
            continue
        unnamed = not m.roles and (not m.speaks or _affiliation_after(text, m.end, sides, rules)
                                   or _after_determiner(text, m.start, rules))
        # (looked up only where it decides: a mention kept with no role, or a surname alone)
        held = (unnamed or (len(m.tokens) == 1 and not m.strong)) and known is not None \
            and (len(m.tokens) > 1 or m.speaks) and known(m.name)
        if unnamed and not held:
            continue  # (nor "an official of the Secretaria de Economia said": a body)
        # A surname alone that only one office holder had that day ("Putin said ...") is
        # that holder's, not a bare surname another article may name in full.
        m.strong = m.strong or (held and len(m.tokens) == 1)
        kept.append(m)
    return kept


def _after_determiner(text: str, start: int, rules: Rules) -> bool:
    """Whether a determiner stands right before a name ("the Secretaria de Economia"): a
    body's name, no person's."""
    before = text[max(0, start - 8):start].split()
    return bool(before) and before[-1].lower() in rules.words.determiners


_APPOSITIVE_OPENER = re.compile(r",\s+([A-Za-z]+)\s")


def _with_roles(mention: Mention, rules: Rules, sides: SideFinder) -> Mention:
    """A mention with the roles its sentence gives it and whether it speaks."""
    text, start, end = mention.sentence.text, mention.start, mention.end
    role, mention.role_span, mention.strong = role_before(text, start, rules, sides)
    appositive = appositive_after(text, end, rules)
    # "Ortega, the Spanish minister, urged": a role between commas that opens with a
    # determiner (not "Nevertheless, Japanese officials said").
    opener = _APPOSITIVE_OPENER.match(text, end)
    mention.introduced = bool(appositive) and opener is not None \
        and opener.group(1).lower() in rules.words.determiners
    for candidate in (role, appositive, role_before_comma(text, start, end, rules),
                      acting_for(text, end, rules), copular_role(text, end, rules)):
        if candidate and candidate not in mention.roles:
            mention.roles.append(candidate)
    mention.speaks = _speech_adjacent(text, start, end, rules)
    return mention


def _continues_a_body(text: str, start: int, rules: Rules) -> bool:
    """Whether a capitalised run at ``start`` ends a body's name ("Canadian Union of Public
    Employees"), not a person's after a title ("Secretary of State X")."""
    found = _LAST_WORDS.search(text, max(0, start - 40), start)
    if found is None:
        return False
    body, link, determiner = found.groups()
    return ((link in rules.member_links or link in rules.words.body_name_links)
            and (determiner is None or determiner in rules.words.determiners)
            and body in rules.blocked and (not rules.title_word(body)
                                           or body.lower() in rules.words.body_name_heads))


def _surname_after_bracket(text: str, start: int, end: int, rules: Rules,
                           sides: SideFinder) -> re.Match[str] | None:
    """The surname after a bracket that closes on a first name an editor put in a quote
    ("compare notes on (Brazilian Finance Minister Dilson) Funaro"), if there is one."""
    if not text.startswith(")", end) or text.rfind("(", 0, start) <= text.rfind(")", 0, start):
        return None
    found = _BRACKETED_SURNAME.match(text, end)
    if found is None:
        return None
    word = _POSSESSIVE.sub("", found.group(1))
    if word in rules.blocked or rules.title_word(word) or sides.is_side_word(word):
        return None
    return found


def _tails(rules: Rules, sides: SideFinder) -> dict[str, tuple[int, list[str]]]:
    """The name tails worked out so far under this side finder (looked up once a sentence,
    not once a capitalised run)."""
    memo = rules.tails.get(sides)
    if memo is None:
        memo = rules.tails[sides] = {}
    return memo


def _name_tail(run: re.Match[str], rules: Rules, sides: SideFinder,
               memo: dict[str, tuple[int, list[str]]]) -> tuple[int, list[str]]:
    """The longest tail of a capitalised run that can be a person's name: its offset in the
    run and its words (a fresh list: callers change it)."""
    text = run.group()
    key, prior = text, ""
    if text.split(" ", 1)[0] in sides.given_names:  # "negotiator Chad Bown": the title before
        prior = (run.string[max(0, run.start() - 40):run.start()].split() or [""])[-1]
        key = f"{prior} {text}"
    found = memo.get(key)
    if found is None:
        if len(memo) > 65536:
            memo.clear()
        found = memo[key] = _tail_of(text, rules, sides, prior)
    return found[0], list(found[1])


def _tail_of(text: str, rules: Rules, sides: SideFinder, prior: str = ""
             ) -> tuple[int, list[str]]:
    words = text.split()
    offsets = [m.start() for m in _NONSPACE.finditer(text)]
    best = len(words)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        bare = _POSSESSIVE.sub("", word.rstrip("."))
        if word.lower() in rules.particles and i > 0:
            continue
        if i < len(words) - 1 and bare != word.rstrip("."):
            break  # "Cominco's Townson": the name starts after its employer's
        if i < len(words) - 1 and len(word) == 3 and bare in rules.calendar:
            # "Pham Thu Hang", "Jan Simpson": a day's or month's abbreviation before a name's
            # last word is the name's ("Jan 15" has a number, no name).
            best = i
            continue
        if (i == len(words) - 1 and i > 0 and bare.lower() in rules.given_names_that_are_words
                and not _not_a_name_word(words[i - 1], words[i - 1], rules, sides)):
            best = i  # "Minister Han Jun": a given name that is a month's abbreviation
            continue
        if i == len(words) - 2 and sides.is_given_name(words[i - 1] if i else prior, bare,
                                                       words[i + 1]):
            best = i  # "Commissioner Chad McIntosh": a side's name that is a given name
            continue
        if i < len(words) - 1 and bare.lower() in rules.words.body_name_adjectives:
            return 0, []  # "International Environmental Law": a body's name ends there
        if _not_a_name_word(word, bare, rules, sides):
            before = (bare in rules.family_words and i > 0
                      and not _not_a_name_word(words[i - 1], words[i - 1], rules, sides))
            if bare in rules.family_words and (
                    (best == i + 1 == len(words) - 1 and not before)  # "Premier He Lifeng"
                    or (i == len(words) - 1 and before)):  # "Liu He"
                best = i  # a family name that is also a word
                if i == len(words) - 1:
                    continue
            break
        best = i
    tokens = words[best:]
    while tokens and tokens[0].lower() in rules.particles and tokens[0].islower():
        tokens, best = tokens[1:], best + 1
    if not tokens or _INITIALS.fullmatch(tokens[-1]):
        return 0, []  # "Smith and J.", "I.C.": a name does not end with initials
    return offsets[best], tokens


def _not_a_name_word(word: str, bare: str, rules: Rules, sides: SideFinder) -> bool:
    """Whether a capitalised word cannot be part of a person's name: a blocked word or place, an
    honorific, a title, an outsider's word ("Analyst Lee"), a side's name ("U.S.")."""
    return (bare in rules.blocked or bare.lower() in rules.firm_not_names
            or bare.replace("’", "'").endswith(rules.contractions)  # "They're"
            or bare.rpartition("-")[2] in rules.company_suffixes  # "Spar-Casse-Bank"
            or bare.lower() in rules.honorifics
            or bool(rules.title_word(bare)) or bare.lower() in rules.outsiders
            or sides.is_side_word(bare) or sides.is_side_word(word))


def _is_side_or_org(name: str, sides: SideFinder, text: str, end: int, rules: Rules) -> bool:
    hits = sides.find(name)
    if hits and hits[0].start == 0 and hits[0].end == len(name):
        return True
    return bool(rules.patterns.company_after.match(text, end))


def _drop_listed_people(found: list[Mention]) -> None:
    """A list of people is no one's role: "between Treasury Secretary A, Finance Minister B
    and Bank President C" gives A no role "Finance Minister B and Bank President C"."""
    titled = [(m, m.roles[0]) for m in found if m.roles and len(m.tokens) > 1]
    for m in found:
        # Only a phrase that opens on another's title and name ("adviser to Chancellor X"
        # is a role of its own).
        m.roles = [r for r in m.roles if not any(
            o is not m and r.startswith(title) and o.name in r for o, title in titled)]


def _share_coordinated_titles(found: list[Mention], text: str, rules: Rules) -> None:
    """``Commissioners A and B``: a plural title before two names is the role of both."""
    for first, second in itertools.pairwise(found):
        between = text[first.end:second.start]
        one = singular(first.roles[0].split()[-1].lower()) if first.roles else None
        if (one and rules.title_word(one) and not second.roles
                and rules.patterns.and_between.fullmatch(between)):
            # Not "Commerce Secretary X and Y": a title in the singular is X's alone. Each
            # holds it in the singular ("Presidents X and Y": each is "President").
            *head, last = first.roles[0].split()
            first.roles[0] = " ".join([*head, last[:1] + one[1:]])
            second.roles.append(first.roles[0])
            second.strong = first.strong


_NEAR_WORDS = re.compile(r"[A-Za-z]+")
_OUTSIDER_REACH = 3  # words before a name that can make it an outsider's
# Words of the phrase after a name's comma read for an outsider's role: the role word ends
# a noun phrase of several modifiers ("a Touche Ross federal budget policy analyst").
_APPOSITIVE_REACH = 7
_CLAUSE_MARKS = re.compile(r"[,;:\"“”()]")


def _outsider_next_to(text: str, m: Mention, rules: Rules) -> bool:
    """"OTA analyst Henry Kelly said", "said X, a stock analyst at Y": an outsider's role
    that no title holds, right before the name or as the phrase after its comma (a
    determiner, at most one modifier that is no verb of speech, the role word: not "X,
    told reporters")."""
    tail = _CLAUSE_MARKS.split(text[max(0, m.start - 40):m.start])[-1]
    if any(w.lower() in rules.outsiders for w in _NEAR_WORDS.findall(tail)[-_OUTSIDER_REACH:]):
        return True
    after = text[m.end:m.end + 80]
    if not after.startswith(","):
        # "said X of a Swiss environmental group": someone of a body named only with "a";
        # "said X of brokers James Capel": a market firm's.
        near = _NEAR_WORDS.findall(after)[:2]
        # (Only "of": "X in a statement", "X at a news conference" are where, not whose.)
        return (len(near) == 2 and after[:1].isspace() and near[0].lower() in rules.member_links
                and (near[1].lower() in rules.indefinites
                     or (near[1].islower() and near[1] in rules.market_firms)))
    phrase = [w.lower() for w in _NEAR_WORDS.findall(_CLAUSE_MARKS.split(after[1:])[0])]
    words = phrase[:_APPOSITIVE_REACH]
    if words and words[0] in rules.words.determiners:
        words = words[1:]
    if not words or words[0] in rules.speech:
        return False  # "X, told reporters"
    # The role word, after up to a few modifiers ("an economist at", "a China trade analyst").
    head = next((i for i, w in enumerate(words)
                 if w in rules.outsider_links or w.endswith(rules.clause_suffixes)), len(words))
    if any(w in rules.outsiders for w in words[:head]) or (
            phrase[0] in rules.indefinites and not m.roles
            and not rules.outsiders_when_introduced.isdisjoint(words[:head])):
        return True  # "said X, a trade lawyer in Ottawa"
    # In a body named only as "a" something ("president of a shippers' federation", "who
    # heads a watch industry association"): not one of the parties.
    return any(w in rules.outsider_links and i + 1 < len(phrase)
               and phrase[i + 1] in rules.indefinites
               for i, w in enumerate(phrase[:_OUTSIDER_REACH + 2]) if i)  # not "X, at a meeting"


def _speech_adjacent(text: str, start: int, end: int, rules: Rules) -> bool:
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1) in rules.speech:
        return True
    before = text[:start].rstrip().rsplit(None, 1)
    if not before or before[-1] not in rules.speech or before[-1] in rules.speech_lemmas:
        return False  # "said X"; not "Sao Paulo state X", "told X" (whom it was said to)
    # "said Smith, ...", "said Smith on Friday", "said Smith today": the speaker; "said Bofors
    # Nobel spent 50 mln": the subject of what was said, a verb after it.
    if _NAME_GOES_ON.match(text, end):
        return False  # a word of a longer name or title: "said Reform UK leader Nigel Farage"
    verb = _PLAIN_WORD_AFTER.match(text, end)
    return not (verb and verb.group(1) not in rules.words.after_speaker
                and not verb.group(1).endswith(rules.words.adverb_suffixes))


_CLAUSE_END = re.compile(r"[,.;:()]")


def _affiliation_after(text: str, end: int, sides: SideFinder, rules: Rules) -> bool:
    """``NAME of Some Firm``: an affiliation that is not a side marks an outsider; after "the",
    one of ``outsider_bodies`` ("of the Center for Strategic and International Studies")."""
    m = rules.patterns.of_name.match(text, end)
    if m is not None and m.group("det") and rules.outsider_bodies.isdisjoint(
            _CLAUSE_END.split(text[m.start("name"):m.start("name") + 80], 1)[0].lower().split()):
        return False  # "of the UAW", "of the Teamsters": a party's body, as likely as not
    return m is not None and sides.first(m.group("name")) is None


def _firm_words(role: str, rules: Rules) -> tuple[str, ...]:
    """The words of an outsider's role after its last link word ("at", "of"): its firm."""
    words = role.split()
    links = [i for i, w in enumerate(words) if w.lower() in rules.outsider_links]
    return tuple(words[links[-1] + 1:]) if links else ()


def said_by_outsider(sent: Sentence, rules: Rules, sides: SideFinder) -> bool:
    """Whether an outsider speaks the sentence: a name left out of the participants as an
    analyst's, an economist's, a lecturer's ("said Daniel Ross, an analyst at X") stands next
    to its verb of speech, and no participant's does."""
    text = sent.text
    lowered = f" {' '.join(_NEAR_WORDS.findall(text.lower()))} "
    words = set(lowered.split())
    if rules.outsiders.isdisjoint(words) and rules.outsiders_when_introduced.isdisjoint(words) \
            and rules.market_staff.isdisjoint(words) and not any(
                phrase in lowered for phrase in rules.outsider_phrases):
        return False  # no outsider's word, so no one to look for (the look cost 2% of a parse)
    outsiders: list[tuple[str, ...]] = []
    if any(m.speaks for m in mentions_in(sent, rules, sides, None, outsiders)):
        return False
    for name in (" ".join(run) for run in outsiders):
        at = text.find(name) if name else -1
        if at >= 0 and _speech_adjacent(text, at, at + len(name), rules):
            return True
    return False
