"""The three article formats: wire, Markdown with front matter, and plain text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from briefing.model import Article
from briefing.text.controls import visible

WIRE_HEAD = re.compile(r"\A\ufeff?[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]?(.*)", re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def parse_article(
    text: str, path: Path, article_id: str, is_boilerplate: re.Pattern[str]
) -> Article:
    """Recognise the format of ``text`` and split it into paragraphs of content."""
    warnings: list[str] = []
    title = source = None
    date: dt.date | None = None
    wire = WIRE_HEAD.match(text)
    front = None if wire else FRONT_MATTER.match(text)
    if wire:
        fmt = "wire"
        date = _iso_date(wire.group(1), warnings)
        body = wire.group(2) + text[wire.end():]
        paragraphs = body.splitlines()
    elif front:
        fmt = "markdown"
        meta = _front_matter(front.group(1), warnings)
        title = _text_field(meta, "title", warnings)
        source = _text_field(meta, "source", warnings)
        date = _date_field(meta, warnings)
        paragraphs = _blocks(text[front.end():])
    else:
        fmt = "plain"
        paragraphs = _blocks(text) if re.search(r"\n[ \t]*\n", text) else text.splitlines()
    paragraphs = [p for p in (" ".join(p.split()) for p in paragraphs) if p]
    paragraphs = [p for p in paragraphs if not is_boilerplate.fullmatch(p)]
    if fmt == "markdown":
        paragraphs = [_strip_markdown(p) for p in paragraphs]
    if not paragraphs:
        warnings.append("no article text found")  # then no date is news
    elif date is None:
        warnings.append("no publication date: relative dates are left unresolved")
    return Article(article_id, path, title, date, source, paragraphs, fmt, warnings)


def _blocks(body: str) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", body)]


def _strip_markdown(paragraph: str) -> str:
    # Headings and emphasis marks are layout, not words of the article.
    paragraph = re.sub(r"^#{1,6}\s+", "", paragraph)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", paragraph)


MAX_FRONT_MATTER = 64 * 1024  # a title, a date and a source; more is not front matter


def _front_matter(block: str, warnings: list[str]) -> dict[str, object]:
    if len(block) > MAX_FRONT_MATTER:
        warnings.append(f"front matter longer than {MAX_FRONT_MATTER // 1024} KB: ignored")
        return {}
    try:
        # Safe loading: a tag such as !!python/object is refused, never run.
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "unreadable"
        if isinstance(exc, yaml.constructor.ConstructorError):
            first = "a YAML tag that safe loading refuses"
        warnings.append(f"front matter is not valid YAML ({first}): ignored")
        return {}
    if not isinstance(meta, dict):
        warnings.append("front matter is not a mapping: ignored")
        return {}
    return meta


def _text_field(meta: dict[str, object], key: str, warnings: list[str]) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str | int | float | dt.date):
        # A list or mapping (perhaps nested aliases that would print as gigabytes).
        warnings.append(f"front matter {key!r} is not text: ignored")
        return None
    return " ".join(visible(str(value)).split())


def _date_field(meta: dict[str, object], warnings: list[str]) -> dt.date | None:
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    if not isinstance(value, str | int):
        warnings.append("front matter 'date' is not a date (YYYY-MM-DD): ignored")
        return None
    return _iso_date(visible(str(value)[:10]), warnings)


def _iso_date(value: str, warnings: list[str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        warnings.append(f"date {value!r} is not a calendar date (YYYY-MM-DD): ignored")
        return None
