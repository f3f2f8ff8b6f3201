"""Cache keys: what a stored result or briefing depends on, from a declared manifest.

A stored article result is valid while the code and data that produced it are unchanged; a
stored briefing also while every file and the merge's inputs are. The manifest names whole
packages, not files, so a module added, moved or renamed inside them changes the key by
itself, and a new package the parser comes to depend on is one line here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from briefing.config import Config
from briefing.core.pipeline import Parser
from briefing.core.read.files import Found

# What an article's results depend on: the parser's code, its language data, the records
# and the cache's encoding of them.
PARSER_MANIFEST = ("briefing.core", "briefing.language", "briefing.text", "briefing.model",
                   "briefing.export.serial", "briefing.session.cache",
                   "briefing/data/statement_model.json")
# What a merged briefing depends on besides the results: how articles join a negotiation.
MERGE_MANIFEST = ("briefing.core.merge", "briefing.core.pipeline",
                  "briefing.session.negotiations", "briefing.session.stories")
HASHED = (".py", ".yaml")


def _files(module: str) -> Iterator[tuple[str, Traversable]]:
    """(name relative to the package root, file) for a module or every file of a package;
    a name with slashes is a data file of the package (the packaged statement model)."""
    if "/" in module:
        top, _, rest = module.partition("/")
        entry = resources.files(top).joinpath(rest)
        if not entry.is_file():
            raise LookupError(f"cache manifest: no data file {module}")
        yield rest, entry
        return
    package, _, leaf = module.rpartition(".")
    root = resources.files(package)
    if root.joinpath(f"{leaf}.py").is_file():
        yield f"{leaf}.py", root.joinpath(f"{leaf}.py")
    elif root.joinpath(leaf).is_dir():
        yield from _walk(root.joinpath(leaf), leaf)
    else:  # a manifest that names nothing would key the cache on less than it should
        raise LookupError(f"cache manifest: no module or package {module}")


def _walk(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}/{entry.name}"
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _walk(entry, name)
        elif entry.is_file() and entry.name.endswith(HASHED):
            yield name, entry


def manifest_digest(modules: Iterable[str]) -> hashlib._Hash:
    """A running hash of every file the named modules and packages hold."""
    digest = hashlib.sha256()
    for module in modules:
        for name, entry in _files(module):
            digest.update(name.encode())
            digest.update(entry.read_bytes())
    return digest


def parser_version(parser: Parser) -> str:
    """What a cached result depends on: the parser's code and data, the lexicon additions,
    the sides and the statement model the config selects."""
    digest = manifest_digest(PARSER_MANIFEST)
    digest.update(parser.model.fingerprint.encode() if parser.model else b"rules")
    digest.update(parser.lexicon.fingerprint.encode())
    digest.update(repr(sorted(parser.config.sides.items())).encode())
    return digest.hexdigest()[:20]


def briefing_key(config: Config, found: list[Found], as_of: dt.date | None,
                 negotiation: str | None, version: str) -> str:
    """What a merged briefing depends on: the parser, every file's identity and state, the
    date and the negotiation. Any change to any of them gives another key."""
    digest = manifest_digest(MERGE_MANIFEST)
    digest.update(f"{version}|{as_of}|{negotiation}|".encode())
    digest.update(repr([(n.name, n.keywords, sorted(n.sides.items()), n.folders)
                        for n in config.negotiations]).encode())
    for f in found:
        digest.update(f"{f.path}|{f.size}|{f.mtime_ns}|{f.problem}\n".encode())
    return digest.hexdigest()


def path_key(path: Path) -> str:
    """The key of a file in the cache and in a session: its absolute path."""
    return os.path.abspath(path)
