"""The function words the participant patterns are made of (``grammar`` and ``roles``),
and the forums named around people (``sides``), read once per lexicon."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.language.lexicon import Lexicon


@dataclass
class Words:
    """The function words the participant patterns are made of (``grammar`` and ``roles``)."""

    determiners: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]
    auxiliaries: frozenset[str]
    copulas: frozenset[str]  # "is": "X is chairman of ..." states a role held now
    role_breaks: frozenset[str]
    role_modifiers: frozenset[str]  # lower-case words that lead a capitalised role
    company_titles: frozenset[str]  # title heads that follow a firm's name ("Chrysler Chairman")
    joiners: frozenset[str]  # role joiners, and "&"
    portfolio_links: frozenset[str]
    affiliation: frozenset[str]
    agent_links: frozenset[str]  # "accompanied *by* X": what X does, no role of the person
    reporting: frozenset[str]  # "said", "told": the end of a role after a name
    # What may follow "said NAME" when NAME speaks ("said X today", "said X of Acme", "said
    # X and Y"); another word there is a verb of what was said ("said Bofors Nobel spent").
    after_speaker: frozenset[str]
    adverb_suffixes: tuple[str, ...]  # "said X flatly"
    past_suffixes: tuple[str, ...]  # "backed the Commission": a verb, no role
    # sides.yaml ``forums`` named around a person: an audience or a venue ("told GATT
    # delegates"), never whom they act for (a role does: "GATT Director-General Arthur Dunkel").
    venues: frozenset[str]
    # Words of a body's name before a capitalised run's last words, and the links in one:
    # the run ends the body's name, no person's ("the Center for International
    # Environmental Law said", "the Texas Commission on Environmental Quality said").
    body_name_adjectives: frozenset[str]
    body_name_heads: frozenset[str]
    body_name_links: frozenset[str]
    first_person: frozenset[str] = frozenset()  # "we", "our": a quotation of one's own side
    employer_links: frozenset[str] = frozenset()  # "spokeswoman *for* Novo Nordisk"
    members: frozenset[str] = frozenset()  # "Manufacturers": a body of members


def function_words(lexicon: Lexicon) -> Words:
    """The function words of a lexicon, as sets."""
    role_breaks = frozenset(lexicon.words("roles", "role_breaks"))
    affiliation = frozenset(lexicon.words("roles", "affiliation_links"))
    coordinators = frozenset(lexicon.words("grammar", "coordinators"))
    return Words(
        employer_links=frozenset(lexicon.words("roles", "employer_links")),
        members=frozenset(lexicon.words("roles", "member_words")),
        determiners=frozenset(lexicon.words("grammar", "determiners")),
        relatives=frozenset(lexicon.words("grammar", "relative_words")),
        coordinators=coordinators,
        auxiliaries=frozenset(lexicon.words("grammar", "auxiliaries")),
        copulas=frozenset(lexicon.words("grammar", "present_copulas")),
        role_breaks=role_breaks,
        role_modifiers=frozenset(lexicon.words("roles", "role_modifiers")),
        company_titles=frozenset(lexicon.words("roles", "company_titles")),
        joiners=frozenset([*lexicon.words("roles", "role_joiners"), "&"]),
        portfolio_links=frozenset(lexicon.words("roles", "portfolio_links")),
        affiliation=affiliation,
        agent_links=frozenset(lexicon.words("roles", "agent_links")),
        reporting=frozenset(lexicon.words("roles", "reporting_after_name")),
        after_speaker=(role_breaks | affiliation | coordinators
                       | frozenset(lexicon.words("roles", "after_a_speaker"))),
        adverb_suffixes=tuple(lexicon.words("grammar", "adverb_suffixes")),
        past_suffixes=tuple(lexicon.words("time", "past_suffixes")),
        venues=frozenset(str(f) for f in lexicon["sides"].get("forums") or []),
        body_name_adjectives=frozenset(lexicon.words("roles", "body_name_adjectives")),
        body_name_heads=frozenset(lexicon.words("roles", "body_name_heads")),
        body_name_links=frozenset(lexicon.words("roles", "body_name_links")),
        first_person=frozenset(lexicon.words("grammar", "first_person")),
    )
