"""350 more annotated 1987 wires, a held-out set, kept without the wires' text.

usage: python bench/wire_golds.py [--tar PATH] --out DIR
       python bench/wire_golds.py --record GOLD_DIR [--tar PATH]

``bench/wire-annotations.yaml`` holds agreed and dispute keys for Reuters-21578 wires as
character offsets into each wire's text, with a digest of that text, so the repository holds
no article text. The first form writes each listed wire and its gold file
(``wNEWID.txt`` and ``wNEWID.gold.yaml``, GUIDE.md's form, the keys cut from the wire) into
DIR, a scratch folder that ``briefing train`` and ``bench/quality.py --with DIR`` read like
any gold folder. The second records the gold files of GOLD_DIR (``wNEWID.gold.yaml`` beside a
copy of wire NEWID, keys written as phrases) into the annotations file, replacing the wires
it already holds.

The 350 wires annotated are even NEWIDs, as ``../shared/eval/train`` and ``dev`` (none of
theirs, and none whose words are close to one of theirs: cosine under 0.5), each the nearest
neighbour of a train article by its words, so that they are like train in topic. Seven
annotators worked by GUIDE.md alone, each with five train articles mixed in unmarked: on those
35 they matched train's gold at agreed 0.93, disputes 0.86 (F1, as score.py counts). The
statement model is not fitted on them: they are a held-out 1987 set, scored with
``bench/quality.py --heldout --model briefing/data/statement_model.json --sets DIR``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "wire-annotations.yaml"
DEFAULT_TAR = ROOT.parent / "shared" / "data" / "reuters21578-wire.tar.gz"
PANELS = ("agreed", "disputes")
NAME = re.compile(r"w(\d+)\.gold\.yaml")
WRITTEN = re.compile(r"w\d+\.(?:gold\.yaml|txt)")  # what --out writes
HEADER = """\
# Agreed and dispute keys for Reuters-21578 wires (the corpus of ../shared/data), as
# [start, end] character offsets into each wire's text; `digest` is the text's blake2b
# (16 bytes). Annotated by GUIDE.md; written by `python bench/wire_golds.py --record DIR`,
# read by `python bench/wire_golds.py --out DIR`. No article text is kept here.
"""


def digest(text: str) -> str:
    """The digest the annotations keep of a wire's text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def wires(tar: Path, wanted: set[str]) -> dict[str, str]:
    """The text of the wanted NEWIDs, read from the corpus tarball (``SystemExit`` with one
    line when it cannot be read)."""
    out: dict[str, str] = {}
    try:
        with tarfile.open(tar) as archive:
            for member in archive:
                newid = Path(member.name).stem
                if member.isfile() and member.name.endswith(".txt") and newid in wanted:
                    handle = archive.extractfile(member)
                    if handle is not None:
                        out[newid] = handle.read().decode("utf-8", errors="replace")
    except (OSError, tarfile.TarError) as exc:
        raise SystemExit(f"{tar}: cannot read the wire corpus ({exc}); fix: give --tar "
                         "PATH to reuters21578-wire.tar.gz") from None
    return out


def load(path: Path = ANNOTATIONS, must_exist: bool = True) -> dict[str, dict[str, Any]]:
    """The annotations by NEWID (none when the file is not there and need not be)."""
    if not path.is_file():
        if must_exist:
            raise SystemExit(f"{path}: no annotations file; fix: record gold files first "
                             "(--record GOLD_DIR)")
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k).strip(): v for k, v in ((data or {}).get("wires") or {}).items()}


def write_golds(tar: Path, out: Path, annotations: Path = ANNOTATIONS) -> int:
    """Write every annotated wire and its gold file into ``out`` (replacing those an earlier
    run wrote there); the count written."""
    notes = load(annotations)
    texts = wires(tar, set(notes))
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if WRITTEN.fullmatch(old.name):
            old.unlink()  # a wire no longer annotated is not scored again
    written = 0
    for newid, note in sorted(notes.items(), key=lambda kv: int(kv[0])):
        text = texts.get(newid)
        if text is None or digest(text) != note["digest"]:
            print(f"wire {newid}: missing from {tar} or changed; skipped", file=sys.stderr)
            continue
        gold: dict[str, Any] = {"article": f"w{newid}.txt", "date": note["date"]}
        for panel in PANELS:
            gold[panel] = [{"key": text[a:b]} for a, b in note.get(panel) or []]
        (out / f"w{newid}.txt").write_text(text, encoding="utf-8")
        (out / f"w{newid}.gold.yaml").write_text(
            yaml.safe_dump(gold, sort_keys=False, allow_unicode=True), encoding="utf-8")
        written += 1
    return written


def _offsets(text: str, key: str) -> list[int] | None:
    """Where a key stands in the text: exactly, else ignoring case and runs of blanks."""
    at = text.find(key)
    if at >= 0:
        return [at, at + len(key)]
    pattern = r"\s+".join(re.escape(w) for w in key.split())
    found = re.search(pattern, text, re.IGNORECASE)
    return [found.start(), found.end()] if found else None


def _span(text: str, item: object, path: Path, panel: str) -> list[int]:
    """Where an item's key stands in its wire (``SystemExit`` for a key that is not there)."""
    key = item.get("key") if isinstance(item, dict) else None
    found = _offsets(text, key.strip()) if isinstance(key, str) and key.strip() else None
    if found is None:
        raise SystemExit(f"{path}: {panel} key {key!r} is not a phrase of its wire")
    return found


def record(golds: Path, tar: Path, annotations: Path = ANNOTATIONS) -> int:
    """Record the gold files of ``golds`` (``wNEWID.gold.yaml``) into the annotations file."""
    notes = load(annotations, must_exist=False)
    files = {m.group(1): p for p in sorted(golds.glob("w*.gold.yaml"))
             if (m := NAME.fullmatch(p.name))}
    texts = wires(tar, set(files))
    for newid, path in files.items():
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if newid not in texts or not isinstance(gold, dict) or "date" not in gold:
            raise SystemExit(f"{path}: no wire {newid} in {tar}, or no date: in the file")
        note: dict[str, Any] = {"digest": digest(texts[newid]), "date": str(gold["date"])}
        for panel in PANELS:
            note[panel] = [_span(texts[newid], item, path, panel) for item in gold.get(panel) or []]
        notes[newid] = note
    body = yaml.safe_dump({"source": "reuters21578-wire.tar.gz",
                           "wires": {k: notes[k] for k in sorted(notes, key=int)}},
                          sort_keys=False, default_flow_style=None, width=100)
    annotations.write_text(HEADER + body, encoding="utf-8")
    return len(files)


def main() -> int:
    """Write the annotated wires out, or record gold files; exit 1 when a wire was skipped."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tar", type=Path, default=DEFAULT_TAR, help="the wire corpus tarball")
    ap.add_argument("--out", type=Path, help="write the annotated wires and gold files here")
    ap.add_argument("--record", type=Path, metavar="GOLD_DIR",
                    help="record the gold files of GOLD_DIR into the annotations file")
    args = ap.parse_args()
    if args.record:
        print(f"{record(args.record, args.tar)} wires recorded in {ANNOTATIONS.name}")
    elif args.out:
        written = write_golds(args.tar, args.out)
        print(f"{written} annotated wires written to {args.out}")
        return 0 if written == len(load()) else 1
    else:
        ap.error("give --out DIR or --record GOLD_DIR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
