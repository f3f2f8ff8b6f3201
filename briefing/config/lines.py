"""Where a key stands in a config file, to name its line in a message."""

from __future__ import annotations

import functools
import re

import yaml


class Lines:
    """Where each key of the config file is, to name its line in a message. The file is
    composed again only when a message needs a line: a good config is parsed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def root(self) -> yaml.Node | None:
        try:
            return yaml.compose(self.text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            return None

    def where(self, key: str) -> str:
        """``key`` with its line, as "line 7: lexicon.text.boilerplate[0]"."""
        line = self.line(key)
        return f"line {line}: {key}" if line else key

    def line(self, key: str) -> int | None:
        """The line of ``key`` ("sides.India", "negotiations[0].name"), if the file has it."""
        node = self.root
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if k.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and part.startswith("["):
                index = int(part[1:-1])
                node = node.value[index] if index < len(node.value) else None
            else:
                node = None
            if node is None:
                return None
        return node.start_mark.line + 1 if node is not None else None
