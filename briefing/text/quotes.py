"""Quotation marks in a piece cut from a sentence: balanced again."""

from __future__ import annotations

import re

STRAIGHT = '"'
LEFT, RIGHT = "“", "”"  # a lone ’ is as often an apostrophe as a closing mark: left alone


def balance_quotes(text: str) -> str:
    """``text`` with the quotation marks it lost restored: a piece of a sentence that ends a
    quote ('... for Mexico City," Campos said') opens it again, and one that opens a quote
    and stops inside it closes it. A straight mark opens after a space or at the start,
    else closes."""
    opened = unopened = 0
    for i, ch in enumerate(text):
        if ch == STRAIGHT:
            if i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–":  # ("demand—"We will")
                opened += 1
            elif opened:
                opened -= 1
            else:
                unopened += 1
    text = STRAIGHT * unopened + text + STRAIGHT * opened
    depth = unopened = 0
    for ch in text:
        if ch == LEFT:
            depth += 1
        elif ch == RIGHT:
            if depth:
                depth -= 1
            else:
                unopened += 1
    return LEFT * unopened + text + RIGHT * depth


QUOTE_MARKS = re.compile('["“”]')  # straight or curly, opening or closing


def inside_quotes(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside a quotation: an odd number of quotation marks
    before it."""
    return len(QUOTE_MARKS.findall(text, 0, at)) % 2 == 1
