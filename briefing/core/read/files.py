"""Finding article files and turning their bytes into text, whatever the encoding."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.config import ARTICLE_SUFFIXES
from briefing.text.controls import visible

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Found:
    """A path named by the user or found in a folder, with a problem if it cannot be read.

    ``size`` and ``mtime_ns`` come from the one ``stat`` that discovery made.
    """

    path: Path
    problem: str | None = None
    size: int = -1
    mtime_ns: int = -1


def discover(paths: Iterable[Path], suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> list[Found]:
    """Every article file under ``paths``: files as given, folders recursively, sorted.

    Hidden files and folders are skipped; a folder is walked once even through links.
    """
    found: list[Found] = []
    seen: set[Path] = set()
    for path in paths:
        if not path.exists():
            found.append(Found(path, "no such file or folder"))
        elif path.is_dir():
            found.extend(_walk(path, suffixes, seen))
        else:
            found.append(_found(path))
    return found


def _walk(root: Path, suffixes: tuple[str, ...], seen: set[Path]) -> list[Found]:
    out: list[Found] = []
    real = root.resolve()
    if real in seen:
        return out
    seen.add(real)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        return [Found(root, f"cannot read: {exc.strerror or exc}")]
    folders = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows links; a loop is stopped by ``seen``
        except OSError:
            is_dir = False
        if is_dir:
            folders.append(Path(entry.path))
        elif name.lower().endswith(suffixes):
            out.append(_found(Path(entry.path)))
    for folder in folders:  # files of a folder first, then its subfolders, all by name
        out.extend(_walk(folder, suffixes, seen))
    return out


def _found(path: Path) -> Found:
    """A Found for ``path``, saying why it is not a readable regular file. Never opens it."""
    try:
        st = os.stat(path)
    except OSError as exc:
        return Found(path, f"cannot read: {exc.strerror or exc}")
    if not stat.S_ISREG(st.st_mode):
        return Found(path, "not a regular file (skipped)")
    return Found(path, None, st.st_size, st.st_mtime_ns)


def read_raw(path: Path, max_bytes: int = MAX_BYTES) -> tuple[bytes | None, list[str]]:
    """Read a file's bytes, at most ``max_bytes``; return them (None if unreadable) and warnings.

    Only a regular file is read: the file is opened without blocking and checked before a
    byte is read, so a FIFO or device put where an article was is never waited on.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return None, [f"cannot read: {exc.strerror or exc}"]
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, ["not a regular file (skipped)"]
        raw, more = _read_upto(fd, max_bytes, st.st_size)
    except OSError as exc:
        return None, [f"cannot read: {exc.strerror or exc}"]
    finally:
        os.close(fd)
    if more:
        return raw, [f"larger than {max_bytes // (1024 * 1024)} MB: only the start was read"]
    return raw, []


_PIECE = 1 << 16  # read on in pieces of this size when a file grew after its stat


def _read_upto(fd: int, limit: int, size: int) -> tuple[bytes, bool]:
    """The first ``limit`` bytes of a file ``size`` bytes long when it was stat'ed, and
    whether there were more. A read is sized by the file, not by the limit: a buffer of the
    limit (20 MB) for every small article cost more than the parse of a short one."""
    parts: list[bytes] = []
    got = 0
    want = max(min(size, limit), 1)
    while got < limit:
        piece = os.read(fd, min(want, limit - got))
        if not piece:
            break
        parts.append(piece)
        got += len(piece)
        want = max(want, _PIECE)  # the file grew since its stat: read on in pieces
    more = got >= limit and bool(os.read(fd, 1))  # one byte tells, without a copy
    return (parts[0] if len(parts) == 1 else b"".join(parts)), more


def decode_raw(raw: bytes | None, warnings: list[str]) -> tuple[str | None, list[str]]:
    """Decode bytes from ``read_raw``, adding a warning when the encoding was a guess."""
    if raw is None:
        return None, warnings
    text, note = decode(raw)
    if text is not None:
        text = visible(text)  # escape sequences in an article must not reach a terminal
    return text, warnings + ([note] if note else [])


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252, else UTF-8 with
    replacement characters.

    Returns the text (None for binary data) and a note when the guess is worth a warning.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _or_none(raw[len(codecs.BOM_UTF8):], "utf-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _or_none(raw, "utf-16")
    if b"\x00" in raw:
        return None, "binary file (skipped)"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            # Cut inside the last character (a capped or half-written file): still UTF-8.
            return raw[:exc.start].decode("utf-8"), None
    try:
        return raw.decode("cp1252"), "not UTF-8: read as Windows-1252"
    except UnicodeDecodeError:
        # Shift_JIS, GB2312 and the like: keep what can be read rather than drop the file.
        return _garbled(raw.decode("utf-8", errors="replace")), (
            "unknown text encoding: bytes that are not UTF-8 are shown as �")


# What bytes of another encoding read as UTF-8 make besides U+FFFD: code points unassigned
# or private, invisible format characters (a zero width space, a right-to-left override) and
# marks on nothing, each of a width a terminal and Rich count apart (a row then runs past its
# border). Unicode general categories; a file of a known encoding keeps its marks.
_GARBLE = frozenset(("Cn", "Co", "Cf", "Mn", "Me"))


class _Garbled(dict[int, int]):
    """A translate table worked out per code point once: each character in ``_GARBLE``
    becomes U+FFFD, the rest stays."""

    def __missing__(self, code: int) -> int:
        self[code] = 0xFFFD if unicodedata.category(chr(code)) in _GARBLE else code
        return self[code]


_GARBLED = _Garbled()


def _garbled(text: str) -> str:
    return text if text.isascii() else text.translate(_GARBLED)


def _or_none(raw: bytes, encoding: str) -> tuple[str | None, str | None]:
    try:
        return raw.decode(encoding).lstrip("\ufeff"), None
    except UnicodeDecodeError:
        return None, f"invalid {encoding.upper()} (skipped)"


def content_hash(raw: bytes) -> str:
    """The hash that says whether a file's content changed."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()
