"""The chair of a forum's body ("chairman of the ICCO Council", "Council president",
"co-chair"): they act for the forum, not for the country that sent them (``forum_chairs``
in roles.yaml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.core.extract.sides import SideFinder
from briefing.model import Sentence
from briefing.text.phrases import contains_run

_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class ForumChairs:
    """Chairs' titles, the bodies a forum's chair chairs, the titles that need no body, and
    the forums (canonical side names)."""

    titles: frozenset[str]
    bodies: frozenset[tuple[str, ...]]
    bare: frozenset[str]
    forums: frozenset[str]
    filler: frozenset[str]  # determiners and links: "chairman *of the* council"

    def chaired(self, roles: list[str], sides: SideFinder, article: list[Sentence],
                title_word: Callable[[str], str | None]) -> str | None:
        """The forum whose body a role chairs: the forum the role names, else, for a role of
        a chair's title and a body's words only, the forum the article names most."""
        forums = {sides.as_named(f) for f in self.forums}
        bare = False
        for role in roles:
            words = [w.lower() for w in _WORD.findall(role) if w != "s"]  # "ICCO's"
            titled = [w for w in words if (title_word(w) or w) in self.titles or w in self.bare]
            if not titled:
                continue
            body = next((b for b in self.bodies if contains_run(tuple(words), b)), None)
            named = [h.side for h in sides.find(role) if h.side in forums]
            if named and body:
                return named[0]
            rest = sorted(w for w in words if w not in self.filler and w not in titled)
            if not named and (rest == sorted(body or ()) if body
                              else not rest and any(w in self.bare for w in titled)):
                bare = True
        if not bare:
            return None
        return next((s for s in sides.ranked([s.text for s in article]) if s in forums), None)


def forum_chairs(data: dict[str, Any], filler: frozenset[str]) -> ForumChairs | None:
    """The ``forum_chairs`` table of roles.yaml."""
    if not data:
        return None
    return ForumChairs(
        frozenset(str(t).lower() for t in data.get("titles") or []),
        frozenset(tuple(str(b).lower().split()) for b in data.get("bodies") or []),
        frozenset(str(t).lower() for t in data.get("bare") or []),
        frozenset(str(f) for f in data.get("forums") or []),
        filler)
