"""People: mentions grouped into one person per name (a later surname is the same person)."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.extract.participants.mentions import Mention
from briefing.model import Evidence, Sentence


@dataclass
class Person:
    name: str
    tokens: tuple[str, ...]
    first: int
    roles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    spans: list[tuple[Sentence, int, int]] = field(default_factory=list)
    provisional: bool = False


def _fold(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.lower().rstrip(".") for t in tokens)


class _Names:
    """Full names by their folded tokens, with every name's tails indexed: which names end in
    ("brandt",) is a lookup, so an article naming thousands of people stays linear."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, ...], Person] = {}
        self.ending: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # tail -> longer names

    def add(self, key: tuple[str, ...], person: Person) -> None:
        self.people[key] = person
        for n in range(1, len(key)):
            self.ending.setdefault(key[n:], []).append(key)

    def pop(self, key: tuple[str, ...]) -> Person:
        for n in range(1, len(key)):
            self.ending[key[n:]].remove(key)
        return self.people.pop(key)

    def longer(self, key: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The names that end in ``key`` and are longer."""
        return self.ending.get(key, [])

    def owners(self, key: tuple[str, ...]) -> list[Person]:
        """The people whose name is ``key`` or ends in it."""
        found = [self.people[key]] if key in self.people else []
        return found + [self.people[k] for k in self.longer(key)]


def resolve(mentions: list[Mention]) -> list[Person]:
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
                names.add(key, Person(m.name, m.tokens, m.sentence.index))
    people = list(names.people.values())
    for m in mentions:
        key = _fold(m.tokens)
        owners = names.owners(key)
        if len(owners) == 1:
            person = owners[0]
        elif not owners and (m.strong or ((m.speaks or m.introduced) and len(key) == 1)):
            # A bare "Brandt said" or "Brandt, the minister, urged" may be someone another
            # article names in full: kept, marked provisional, for the merge to attach or drop.
            person = Person(m.name, m.tokens, m.sentence.index, provisional=not m.strong)
            names.add(key, person)
            people.append(person)
        else:
            continue
        _attach(person, m)
    # A surname alone that is a word of a name given in full ("Xi" of "Xi Jinping", "Ahn" of
    # "Ahn Duk-geun") is that person named again: kept as the speaker it is, but provisional
    # (the merge joins it or drops it), not a participant of its own.
    within = {t for p in people if len(p.tokens) > 1 for t in _fold(p.tokens)[:-1]}
    for p in people:
        if len(p.tokens) == 1 and _fold(p.tokens)[0] in within:
            p.provisional = True
    return sorted(people, key=lambda p: p.first)


def _attach(person: Person, m: Mention) -> None:
    """A mention's roles, evidence and places added to its person."""
    for role in m.roles:
        for part in role.split("; "):
            if part not in person.roles:
                person.roles.append(part)
    spans = ((m.start, m.end),) + ((m.role_span,) if m.role_span else ())
    person.evidence.append(Evidence(m.sentence.article_id, m.sentence.text, spans))
    person.spans.append((m.sentence, m.start, m.end))
    person.spans.extend(m.context)
