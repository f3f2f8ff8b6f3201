"""A storyline's sides, topic and name, from the signals of its articles."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter

from briefing.core.extract.participants.rules import rules as participant_rules
from briefing.core.merge.names import body_of, party_names
from briefing.core.stories.features import ACRONYM, CATEGORY, IN_A_NAME, Signal
from briefing.language.blocs import blocs
from briefing.language.lexicon import Lexicon
from briefing.model import Storyline

MAX_SIDES = 4
SIDE_SHARE = 0.3  # a side acts in at least this share of the storyline's articles
TOPIC_SHARE = 0.4  # the topic word that names a storyline is in this share of its articles
_SLUG = re.compile(r"[^0-9a-z]+")


def story_sides(group: list[Signal]) -> list[str]:
    """The parties that recur as actors of the storyline's statements, most active first."""
    seen: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    first: dict[str, int] = {}  # the place of the first article, by date, naming each
    for n, sig in enumerate(sorted(group, key=lambda g: (g.date is None, g.date or 0))):
        parties = sig.parties + sig.actors
        seen.update(parties.keys())
        weight.update(parties)
        for party in parties:
            first.setdefault(party, n)
    # One name per party, as a negotiation's briefing has it ("Unions" beside the one union
    # its articles name is that union), unless that leaves it one party where it had two
    # (the UAW and the unions' bloc, with GM no side: the storyline would go).
    renamed, renamed_weight = Counter(seen), Counter(weight)
    for old, new in party_names(seen, True, first).items():
        renamed[new] = max(renamed[new], renamed.pop(old))
        renamed_weight[new] += renamed_weight.pop(old, 0)
    least = max(2, SIDE_SHARE * len(group))
    if sum(n >= least for n in renamed.values()) >= min(2, sum(n >= least for n in seen.values())):
        seen, weight = renamed, renamed_weight
    ranked = _one_name_each(sorted(seen, key=lambda p: (-seen[p], -weight[p], p)))
    # A bloc its bodies outweigh is one of them ("Unions" beside the GDL and the EVG, once
    # "the union" reads as the one named before it): no name of its own, when two parties
    # remain without it (one named as often as its bodies together stays: which is unsaid).
    bodies = [p for p in ranked if weight[p] >= sum(weight[q] for q in ranked
                                                    if q != p and body_of(p, q))]
    if sum(seen[p] >= least for p in bodies) >= 2:
        ranked = bodies
    recurring = [p for p in ranked if seen[p] >= least]
    if len(recurring) >= 2 or len(group) > 2:
        return recurring[:MAX_SIDES] or ranked[:1]
    # Two articles: the parties both name, if two do; else every party of either.
    return ranked[:MAX_SIDES]


def _one_name_each(parties: list[str]) -> list[str]:
    """The parties without one named again by its initials ("IBM" beside "International
    Business Machines Corp", a firm's suffix aside): one party, not two sides."""
    def initials(name: str) -> str:
        return "".join(w[0] for w in name.split() if w[:1].isupper())
    shorts = [p for p in parties if p.isupper() and " " not in p and len(p) > 1]
    return [p for p in parties if not any(
        short != p and " " in p and initials(p).startswith(short)
        and len(initials(p)) - len(short) <= 1 for short in shorts)]


def story_topic(group: list[Signal], idf: dict[str, float]) -> str:
    """The storyline's most distinctive topic word, in the form its articles use most."""
    score: dict[str, float] = {}
    held: Counter[str] = Counter()
    # The forms written outside a name, sorted: a term's forms are those it opens.
    plain = sorted({f for sig in group for f in sig.forms if not f.startswith(IN_A_NAME)})
    named: dict[str, bool] = {}
    for sig in group:
        for term, n in sig.terms.items():
            if term.startswith((CATEGORY, ACRONYM)):  # ("Australia–CSR · csr": a firm's)
                continue
            if term not in named:  # (not "Hanwha Ocean": a word of a name only)
                prefix = term[:-1] or term
                at = bisect.bisect_left(plain, prefix)
                named[term] = not (at < len(plain) and plain[at].startswith(prefix))
            if not named[term]:
                score[term] = score.get(term, 0.0) + idf.get(term, 0.0) * (1 + math.log(n))
                held[term] += 1
    if not score:
        return ""
    # A word of a few of its articles is no name for the whole ("fish" among the goods of
    # three reports of eleven on the US-Swiss tariff talks).
    least = TOPIC_SHARE * len(group)
    top = max(score, key=lambda t: (held[t] >= least, score[t], t))
    forms: Counter[str] = Counter()
    for sig in group:
        forms.update({f: n for f, n in sig.forms.items() if f.startswith(top[:-1] or top)})
    return forms.most_common(1)[0][0] if forms else top


def span_label(start: dt.date | None, end: dt.date | None, joiner: str) -> str:
    """ "Mar–Jun 1987", "Mar 1987", "Nov 1986–Feb 1987"; empty without dates."""
    if start is None or end is None:
        return ""
    if start.year != end.year:
        return f"{start:%b %Y}{joiner}{end:%b %Y}"
    if start.month == end.month:
        return f"{start:%b %Y}"
    return f"{start:%b}{joiner}{end:%b %Y}"


def short(side: str, lexicon: Lexicon) -> str:
    """The short name of a side in a storyline's name ("US")."""
    names = lexicon["stories"].get("short_names") or {}
    return str(names.get(side, side))


def name_pair(sides: list[str], lexicon: Lexicon, day: dt.date | None = None) -> list[str]:
    """The sides a storyline is named by: the first, and the next that is neither a member
    of its bloc on ``day`` nor a bloc it then belongs to (``bloc_members`` in sides.yaml):
    France argues within the EU in the EU-Mercosur talks, which are the EU's and Mercosur's;
    Britain and the EU talk as two sides since 2020. A commodity council (``forums`` in
    stories.yaml) gives way to the two roles meeting there ("Producers–Consumers"), and a
    bloc with only its members is named alone ("OPEC")."""
    if not sides:
        return []
    section = lexicon["stories"]
    roles = [s for s in sides if s in set(section.get("generic_parties") or [])]
    if set(sides[:2]) & set(section.get("forums") or []) and len(roles) > 1:
        return roles[:2]  # ("Consumers–ICCO · cocoa" read as if the council were a side)
    found = blocs(lexicon)
    first = _as_named_body(sides, lexicon)
    for other in sides[1:]:
        if not found.is_member(other, first, day) and not found.is_member(first, other, day) \
                and not _one_party(first, other, lexicon):
            return [first, other]
    if first != sides[0] and all(_one_party(first, o, lexicon) for o in sides):
        return [first]  # a union and "Unions" only: the union's name
    # A bloc's own quarrels: "OPEC", not "OPEC–Saudi Arabia"; "EC", not "France–EC".
    bloc = next((o for o in sides[1:] if found.is_member(first, o, day)), first)
    if all(o == bloc or found.is_member(o, bloc, day) for o in sides if o != bloc):
        return [bloc]
    return sides[:2]


def _one_party(a: str, b: str, lexicon: Lexicon) -> bool:
    """Whether one of two sides is a generic party ("Unions") and the other a body of its
    kind ("United Auto Workers": ``generic_sides`` in roles.yaml; "GDL": ``bodies_of_blocs``
    in sides.yaml): one party, twice named."""
    kinds = participant_rules(lexicon).generic_sides
    return a == b or any(g in kinds and (not kinds[g].isdisjoint(o.split()) or body_of(g, o))
                         for g, o in ((a, b), (b, a)))


def _as_named_body(sides: list[str], lexicon: Lexicon) -> str:
    """The first side, or the body of its kind among the others when it is a generic party:
    "United Auto Workers", not "Unions"."""
    generic = participant_rules(lexicon).generic_sides
    return next((o for o in sides[1:] if o not in generic and _one_party(sides[0], o, lexicon)),
                sides[0])


def retopiced(story: Storyline, ident: str) -> bool:
    """Whether ``ident`` was this storyline's id before its topic word changed (another
    article came, and with it the words that tell this storyline from the rest): the same
    pair, another topic, the same first month ("us-switzerland-tariffs-2025-11" for
    "us-switzerland-quotas-2025-11")."""
    if not story.topic or story.start is None:
        return False
    month = f"-{story.start:%Y-%m}"
    topic = "-" + _SLUG.sub("-", story.topic.lower()).strip("-") + month
    if not story.id.endswith(topic) or not ident.endswith(month) or ident == story.id:
        return False
    pair = story.id[:-len(topic)]
    # The old topic is one word ("tariffs"): not "us-steel", which would make a bloc's own
    # storyline ("eu-steel-2025-11") answer for another pair's ("eu-us-steel-2025-11").
    old = ident[len(pair) + 1:-len(month)] if ident.startswith(pair + "-") else ""
    return bool(old) and "-" not in old


def name_storyline(group: list[Signal], idf: dict[str, float], lexicon: Lexicon) -> Storyline:
    """A storyline from its articles' signals, with its name, sides and span."""
    section = lexicon["stories"]
    joiner, separator = str(section["side_joiner"]), str(section["name_separator"])
    sides = story_sides(group)
    topic = story_topic(group, idf)
    dates = sorted(s.date for s in group if s.date)
    start, end = (dates[0], dates[-1]) if dates else (None, None)
    parts = [joiner.join(short(s, lexicon) for s in name_pair(sides, lexicon, start)), topic,
             span_label(start, end, joiner)]
    name = separator.join(p for p in parts if p)
    ordered = sorted(group, key=lambda s: (s.date or dt.date.min, s.article_id))
    slug = _SLUG.sub("-", separator.join(parts[:2]).lower()).strip("-")
    ident = f"{slug}-{start:%Y-%m}" if start else slug
    return Storyline(ident, name, sides, topic, [s.article_id for s in ordered], start, end,
                     statements=sum(s.statements for s in group), subjects=story_subjects(group))


SUBJECT_SHARE = 0.25  # of a storyline's articles that name a word it is found by


def story_subjects(group: list[Signal]) -> list[str]:
    """The topics its articles name and the topic words they use, most articles first (the
    words a person types to find it: "fish", "coffee", "fisheries")."""
    held: Counter[str] = Counter()
    for sig in group:
        held.update({t[len(CATEGORY):] for t in sig.terms if t.startswith(CATEGORY)})
        held.update({f for f in sig.forms if not f.startswith(IN_A_NAME)})
    # Not a word one report of many names ("coffee" once in twenty on EU-Mercosur).
    least = max(1, math.ceil(SUBJECT_SHARE * len(group)))
    return sorted((w for w in held if held[w] >= least), key=lambda w: (-held[w], w))


def unique_names(stories: list[Storyline]) -> None:
    """Two storylines named alike (two members' quarrels with their bloc on one topic, begun
    the same month) get "-2" after the id and " (2)" after the name, the one whose first
    article came later: every storyline can be picked by either."""
    seen: dict[str, int] = {}
    for story in sorted(stories, key=lambda s: (s.start or dt.date.min, s.article_ids[:1])):
        n = seen[story.id] = seen.get(story.id, 0) + 1
        if n > 1:
            story.id, story.name = f"{story.id}-{n}", f"{story.name} ({n})"
