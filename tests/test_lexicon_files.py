"""The packaged word tables: each key once (YAML keeps the last of two silently)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"


class _Strict(yaml.SafeLoader):
    """A safe loader that refuses a mapping holding one key twice."""


def _mapping(loader: _Strict, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(k, deep=True) for k, _v in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"keys twice: {twice}",
                                                node.start_mark)
    return loader.construct_mapping(node, deep=True)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


TABLES = [*sorted((PACKAGE / "language" / "en").glob("*.yaml")), PACKAGE / "data" / "config.yaml"]


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_a_word_table_names_each_key_once(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)  # a safe loader, stricter
