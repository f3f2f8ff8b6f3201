"""The one error a bad config gives: the file, the line, the key, the problem and the fix."""

from __future__ import annotations

from pathlib import Path

from briefing.text.controls import visible_name


class ConfigError(Exception):
    """A config that cannot be used; ``str()`` is the one line to show the user."""

    def __init__(self, path: Path | str, key: str, problem: str, fix: str,
                 line: int | None = None) -> None:
        where = f"line {line}: {key}" if line else key
        # One line, whatever a key holds: a YAML key may be "\n" or an escape sequence.
        super().__init__(visible_name(f"{path}: {where}: {problem}; fix: {fix}"))
        self.path, self.key, self.problem, self.fix, self.line = path, key, problem, fix, line
