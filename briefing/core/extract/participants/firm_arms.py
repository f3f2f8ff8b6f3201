"""Firms an article names ("Ford Motor Co said"), the heads of their names, their national
arms ("GM Canada"), and the firms' names that are no one's surname."""

from __future__ import annotations

import re

from briefing.core.extract.participants.roles import without_possessive
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.extract.sides import SideFinder
from briefing.language.lexicon import Lexicon
from briefing.model import Participant, Sentence


def firm_heads(named: set[tuple[str, ...]]) -> frozenset[str]:
    """The first words of the companies an article names with their suffix (``firms_named``
    without owners: "Ford" of "Ford Motor Co"): alone, such a word names the firm, not a
    person of that surname."""
    return frozenset(firm[0] for firm in named if firm)


def subsidiary_heads(sentences: list[Sentence], lexicon: Lexicon, sides: SideFinder,
                     firms: frozenset[str]) -> frozenset[str]:
    """The firms an article names with a country after them, as a national arm is named ("GM
    Canada", "Stellantis Canada", "Ford of Canada"): there the country is part of the firm's
    name. A firm: a capitalised word that could name one (``_may_be_a_firm``), named as a
    company: with a company title ("GM Canada President", "president of Ford of Canada"), with
    a suffix elsewhere (``firms``: "Ford Motor Co"), or, right before the country, alone
    mid-sentence more than once ("when GM came forward", "talks with Stellantis.")."""
    rules = participant_rules(lexicon)
    # A capitalised word, maybe a link ("Ford of"), right before a country
    before_a_place = lexicon.cached("participants_before_a_place", lambda: re.compile(
        r"(?<![\w'’.&-])([A-Z][\w&-]*)[ ]+"
        rf"((?:{'|'.join(map(re.escape, sorted(rules.words.affiliation)))})[ ]+)?$"))
    not_firms = lexicon.cached("participants_not_firms", lambda: frozenset(
        lexicon.words("sides", "not_firms_before_a_country")) | (rules.home_bodies - {
            w.lower() for w in rules.generic_sides.get(rules.company_side or "", ())}))
    heads: set[str] = set()
    rejected: set[str] = set()
    for sentence in sentences:
        text = sentence.text
        for hit in sides.find(text):
            if not sides.is_country(text[hit.start:hit.end]):
                continue
            found = before_a_place.search(text, max(0, hit.start - 40), hit.start)
            if not found or found.group(1) in heads or found.group(1) in rejected:
                continue
            head, linked = found.group(1), found.group(2) is not None
            if not _may_be_a_firm(head, not_firms, rules, sides):
                rejected.add(head)
            elif (head in firms or _company_title_at(text, found.start(1), hit.end, rules)
                    or (not linked and _named_alone(head, sentences))):
                heads.add(head)
    return frozenset(heads)


def _may_be_a_firm(head: str, not_firms: frozenset[str], rules: Rules,
                   sides: SideFinder) -> bool:
    """Whether a word before a country could name a firm: capitalised in every part, no
    word of not_names ("But", "Fisheries"; a company's may be: "Motors"), no side or title,
    none of ``not_companies`` nor of ``not_firms`` (a party at home's bodies, "Workers", and
    ``not_firms_before_a_country``: "Western Canada", "Export-Import Bank of Japan")."""
    low = head.lower()
    return ((head not in rules.blocked or low in rules.home_bodies)  # a company's: "Motors"
            and all(part[:1].isupper() for part in head.split("-"))
            and not sides.is_side_word(head) and not rules.title_word(head)
            and low not in rules.not_companies and low not in not_firms)


def _company_title_at(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a company title comes right after ``text[start:end]`` or right before it with
    an affiliation link ("GM Canada President", "president of Ford of Canada")."""
    after = text[end:end + 40].removeprefix("'s").removeprefix("’s").split(maxsplit=1)
    before = text[max(0, start - 40):start].split()[-2:]
    titles = rules.words.company_titles
    return bool((after and after[0].lower().strip(",.") in titles)
                or (len(before) == 2 and before[1] in rules.words.affiliation
                    and before[0].lower() in titles))


def _named_alone(head: str, sentences: list[Sentence]) -> bool:
    """Whether ``head`` stands alone mid-sentence more than once: after a lower-case word or a
    comma, before no capitalised word and no "of"."""
    alone = re.compile(rf"(?<=[a-z,] ){re.escape(head)}\b(?![\w&-]| of\b| [A-Z])")
    count = 0
    for sentence in sentences:
        count += len(alone.findall(sentence.text))
        if count > 1:
            return True
    return False


def a_firms_name(surname: str, roles: list[str], firms: frozenset[str],
                 public_titles: frozenset[str]) -> bool:
    """Whether a person's surname, alone, names a firm of the article (``firm_heads``) rather
    than them: a person holding public office (a role with one of ``public_titles``: "Ontario
    Premier Doug Ford" where Ford Motor Co is named), none in that firm; not a firm's
    namesake ("chairman Alan Bond" of Bond Corp)."""
    return surname in firms and any(surname not in role and not public_titles.isdisjoint(
        role.lower().split()) for role in roles)


def after_a_title(text: str, surname: str, rules: Rules) -> bool:
    """Whether ``text`` names the surname right after a title or an honorific ("Premier
    Ford said", "Mr. Ford")."""
    for found in re.finditer(rf"\b([A-Z][\w-]*)\.?\s+{re.escape(surname)}\b", text):
        word = found.group(1)
        if word.lower() in rules.honorifics or rules.title_word(word):
            return True
    return False


def firms_not_people(participants: list[Participant], firms: frozenset[str],
                     lexicon: Lexicon) -> frozenset[str]:
    """The surnames of ``participants`` that, alone, name a firm of the article."""
    public = participant_rules(lexicon).government_titles
    surnames = ((p.name.split()[-1], p) for p in participants)
    return frozenset(s for s, p in surnames if a_firms_name(s, p.roles, firms, public))


def firms_named(sentences: list[Sentence], lexicon: Lexicon, owners: bool = True
           ) -> set[tuple[str, ...]]:
    """The companies an article names with their suffix ("Ranks Hovis McDougall Plc",
    "Toyota Motor Corp"): a name that begins one is that company ("Ranks Hovis said", "Toyota
    Motor said"), not a person."""
    suffixes = participant_rules(lexicon).company_suffixes  # as written: "Co", not "co"
    if not suffixes:
        return set()
    firm = lexicon.cached("participants_firm", lambda: re.compile(
        # At a word's start, at most five words: linear on any line.
        r"(?<![\w'’.&-])((?:[A-Z][\w&'’.-]*\s+){1,5})(?:"
        + "|".join(re.escape(s) for s in sorted(suffixes)) + r")\b"))
    # Only a sentence that holds a suffix's letters can name one: that plain search costs a
    # tenth of the pattern's, and four sentences in five hold none.
    held = lexicon.cached("participants_firm_suffix", lambda: re.compile(
        "|".join(re.escape(s) for s in sorted(suffixes))))
    runs = (m.group(1).split() for sent in sentences if held.search(sent.text)
            for m in firm.finditer(sent.text))
    # (``owners``: with an owner's possessive, "Sosnoff's MTS Acquisition Corp")
    return {tuple(without_possessive(w) for w in (
        run if owners or without_possessive(run[0]) == run[0] else run[1:])) for run in runs}
