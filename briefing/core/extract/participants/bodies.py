"""The bodies of a generic party's kind a text names in capitals ("the Letter Carriers Union",
"Skyline Airways"), and the one body of a kind a story names, that a person of that party
acts for."""

from __future__ import annotations

from briefing.core.extract.participants.roles import without_possessive
from briefing.core.extract.participants.rules import Rules
from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence


def bodies_in(text: str, rules: Rules, heads: frozenset[str], titled: bool = True
              ) -> list[str]:
    """The bodies a text names in capitals with a word such as "Union" or "Federation" in
    the name ("the Letter Carriers Union", "the Association of Cabin Crew"); not a title
    ("Union Secretary"), and, unless ``titled``, no name a title follows."""
    out: list[str] = []
    for found in rules.patterns.body.finditer(text):
        words = found.group().split()
        while words and words[0].lower() in rules.words.determiners:
            words = words[1:]  # "The Canadian Autoworkers Federation"
        if words and words[-1].endswith(".") and words[-1][:-1] not in rules.company_suffixes:
            words[-1] = words[-1][:-1]  # "of the Association of Cabin Crew." ends a sentence
        # A title after the name is the person's ("Alberta Teachers' Association President"),
        # one within it makes it no body ("Union Secretary"); one before its first word of
        # the kind is the name's own ("General Union of Petroleum Workers") unless a link
        # follows it, when it is the person's role ("Secretary General of the Teamsters
        # Union": the Teamsters Union).
        first = next((n for n, w in enumerate(words) if w in heads), len(words))
        link = max((n for n, w in enumerate(words[:first]) if w.lower() in rules.name_links
                    and any(rules.title_word(t) for t in words[:n])), default=-1)
        if link >= 0:
            words = words[link + 1:]
            while words and words[0].lower() in rules.words.determiners:
                words = words[1:]
        cut = next((n for n, w in enumerate(words) if rules.title_word(w)
                    and any(h in heads for h in words[:n])), len(words))
        if cut < len(words) and not titled:
            continue
        if cut > 1 and any(w in heads for w in words[:cut]) \
                and words[cut - 1].lower() not in rules.name_links:  # not "National Union of"
            out.append(" ".join(words[:cut]))
    return out


def story_body(side: str | None, sentences: list[Sentence], rules: Rules, sides: SideFinder,
               found: dict[str, list[str]]) -> str | None:
    """For a party named by what it is ("Unions"), or none, the one body of that kind the
    story names ("union president" where it names the United Auto Workers; a chief executive
    where Skyline Airways is the only company), not a body of another kind. ``found`` keeps
    each kind's bodies for the article's next person."""
    kind = side if side in rules.generic_sides else (rules.company_side if side is None
                                                     else None)
    heads = rules.generic_sides.get(kind or "")
    if not kind or not heads:
        return None
    if kind not in found:
        others = set(rules.generic_sides) - {kind}
        # (not a body another kind's own word names: "... Aerospace Workers" is no company)
        theirs = frozenset().union(*(rules.body_words.get(k, frozenset()) for k in others))
        # (a firm's name before its officer's title, "CBS Inc Chairman", is no reason to
        # give the firm to everyone of no side)
        titled = kind != rules.company_side
        found[kind] = sorted({b for s in sentences for b in bodies_in(s.text, rules, heads, titled)
                              if sides.first(b) not in others
                              and not _of_another_kind(b, theirs, rules)})
    return whole_body(found[kind][0], sides) if len(found[kind]) == 1 else None


def _of_another_kind(body: str, theirs: frozenset[str], rules: Rules) -> bool:
    """Whether a body's name holds another kind's own word ("... Aerospace Workers" is no
    firm), unless a firm's too: a legal form or a word of ``union_name_not`` ("Union Carbide
    Corp", "Union Pacific" are firms)."""
    words = body.split()
    return not theirs.isdisjoint(words) and rules.not_union_names.isdisjoint(words) \
        and rules.company_suffixes.isdisjoint(w.rstrip(".,") for w in words)


def whole_body(name: str, sides: SideFinder) -> str:
    """A body's name as a side: the side it is a whole alias of (a config's "National
    Union of Port and Rail Workers"), else itself (not "Unions" for its word "Union")."""
    hits = sides.find(name)
    return hits[0].side if hits and (hits[0].start, hits[0].end) == (0, len(name)) else name


def body_in_roles(roles: list[str], rules: Rules, heads: frozenset[str]) -> str | None:
    """The body a role names, if it names one."""
    for role in roles:
        for body in bodies_in(role, rules, heads):
            return body
    return None


def named_body(roles: list[str], rules: Rules) -> str | None:
    """The body of the company kind (an association, a federation) a role names whole, if
    any: not the end of a name cut at "and" ("International Oil and Gas Corp")."""
    heads = rules.generic_sides.get(rules.company_side or "")
    body = body_in_roles(roles, rules, heads) if heads else None
    if body is None or any(f" {w} {body}" in role for role in roles
                           for w in rules.words.coordinators):
        return None
    return body


def bloc_body_in_roles(roles: list[str], rules: Rules, sides: SideFinder) -> str | None:
    """A body of a bloc's kind other than firms that a role names: by a word of its kind
    ("president of Workers United", "head of the Canadian Union of Postal Workers") or by a
    short name of sides.yaml's ``bodies_of_blocs`` ("president of Unifor")."""
    for kind, heads in rules.generic_sides.items():
        body = body_in_roles(roles, rules, heads) if kind != rules.company_side else None
        if body is not None:
            return whole_body(body, sides)
    for role in roles:
        for word in role.split():
            bare = without_possessive(word.strip(",.;:()"))
            if bare in rules.known_bodies:
                return whole_body(bare, sides)
    return None
