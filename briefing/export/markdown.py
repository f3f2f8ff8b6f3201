"""The Markdown export: a readable briefing, every item with its sources."""

from __future__ import annotations

import re

from briefing.language.morphology import count_of
from briefing.model import Briefing, Evidence

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: no emphasis, links, HTML or control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return _MD_SPECIAL.sub(r"\\\1", text)


_QUOTATION_MARKS = ('"', "“", "”")
DISPUTED_SOURCE = "dispute it settled · "  # before a settled dispute's source (and on screen)


def _sources(briefing: Briefing, evidence: list[Evidence], settled: int = 0) -> list[str]:
    """The source lines of an item's evidence, the last ``settled`` marked as the reports of
    a dispute it settled."""
    lines = []
    for n, ev in enumerate(evidence):
        disputed = DISPUTED_SOURCE if n >= len(evidence) - settled else ""
        art = briefing.article(ev.article_id)
        where = md_escape(art.label) if art else md_escape(ev.article_id)
        when = f", {art.date.isoformat()}" if art and art.date else ""
        # A sentence that opens with a quotation or leaves one open is shown as written:
        # wrapped, it would read unbalanced twice over.
        said = md_escape(ev.sentence)
        text = ev.sentence
        unbalanced = text.count('"') % 2 or text.count("“") != text.count("”")
        shown = said if unbalanced or text.startswith(_QUOTATION_MARKS) else f"“{said}”"
        lines.append(f"    - {disputed}{where}{when}: {shown}")
    return lines


NONE = "_None found in these articles._"


def to_markdown(briefing: Briefing) -> str:
    """A readable briefing: the four sections, each item with its sources."""
    as_of = briefing.as_of.isoformat() if briefing.as_of else "undated"
    # A storyline's briefing (`export --story`) says whose it is.
    title = (f"{md_escape(briefing.storylines[0].name)}: briefing as of {as_of}"
             if len(briefing.storylines) == 1 else f"Briefing as of {as_of}")
    out = [f"# {title}", "",
           f"{count_of(len(briefing.articles), 'article')}, "
           f"{count_of(len(briefing.warnings), 'warning')}.", ""]
    out += ["## Participants", ""]
    for p in briefing.participants:
        role = f", {md_escape(p.main_role)}" if p.main_role else ""
        out.append(f"- **{md_escape(p.name)}** ({md_escape(p.side or 'side unknown')}{role}), "
                   f"{count_of(p.mentions, 'mention')}")
        out += _sources(briefing, p.evidence[:1])
    if not briefing.participants:
        out.append(NONE)
    for title, items in (("Agreed", briefing.agreed), ("Open disputes", briefing.disputes)):
        out += ["", f"## {title}", ""]
        for s in items:
            notes = [f"{s.reports} reports"] if s.reports > 1 else []
            if s.first_disputed:
                notes.append(f"disputed since {s.first_disputed.isoformat()}")
            if s.topics:
                notes.append(", ".join(s.topics))
            extra = f" ({md_escape('; '.join(notes))})" if notes else ""
            who = f"**{md_escape(s.parties)}:** " if s.parties else ""
            out.append(f"- {who}{md_escape(s.text)}{extra}")
            out += _sources(briefing, s.evidence, s.settled_reports)
        if not items:
            out.append(NONE)
    out += ["", "## Upcoming dates", ""]
    for d in briefing.dates:
        span = d.start.isoformat() if d.start == d.end else f"{d.start} to {d.end}"
        out.append(f"- **{span}**: {md_escape(d.label)} ({md_escape(d.expression)})")
        out += _sources(briefing, d.evidence)
    passed = briefing.passed_since_last_report()
    if passed and passed[1]:  # a storyline that ended before the folder's newest article
        out.append(f"_{passed[1]} fell due after the last report here ({passed[0]}); "
                   f"`--as-of {passed[0]}` shows them ahead._")
    elif not briefing.dates:
        out.append(NONE)
    if briefing.warnings:
        out += ["", "## Warnings", ""]
        out += [f"- {md_escape(a.path.name)}: {md_escape(w)}" for a, w in briefing.warnings]
    return "\n".join(out) + "\n"
