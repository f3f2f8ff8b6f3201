"""Exporters of a briefing: JSON (the README's "Export"), Markdown and iCalendar; and the serialised
form of one article's results that the cache stores."""

from briefing.export.ics import to_ics
from briefing.export.json import to_dict, to_json
from briefing.export.markdown import md_escape, to_markdown

__all__ = ["md_escape", "to_dict", "to_ics", "to_json", "to_markdown"]
