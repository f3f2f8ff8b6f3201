"""Storylines as plain data (the JSON export's ``storylines``) and as a Markdown list."""

from __future__ import annotations

import json
from typing import Any

from briefing.export.markdown import md_escape as escape
from briefing.language.morphology import count_of
from briefing.model import Storyline


def story_dict(story: Storyline) -> dict[str, Any]:
    """One storyline as plain data."""
    return {
        "id": story.id, "name": story.name, "sides": story.sides, "topic": story.topic,
        "articles": story.article_ids, "size": story.size,
        "start": story.start.isoformat() if story.start else None,
        "end": story.end.isoformat() if story.end else None,
        "statements": story.statements,
    }


def stories_json(stories: list[Storyline]) -> str:
    """The storylines as JSON."""
    return json.dumps({"storylines": [story_dict(s) for s in stories]}, ensure_ascii=False,
                      separators=(",", ":"))


def stories_markdown(stories: list[Storyline]) -> str:
    """The storylines as a Markdown list: name, id, sides, articles."""
    lines = ["# Storylines", ""]
    for story in stories:
        sides = ", ".join(story.sides) or "-"
        lines.append(f"- **{escape(story.name)}** (`{story.id}`): "
                     f"{count_of(story.size, 'article')}, "
                     f"{count_of(story.statements, 'statement')}; sides: {escape(sides)}")
    return "\n".join(lines) + "\n"
