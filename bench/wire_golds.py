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
    """The text of the wanted NEWIDs, read from the corpus tarball."""
    out: dict[str, str] = {}
    with tarfile.open(tar) as archive:
        for member in archive:
            newid = Path(member.name).stem
            if member.isfile() and member.name.endswith(".txt") and newid in wanted:
                handle = archive.extractfile(member)
                if handle is not None:
                    out[newid] = handle.read().decode("utf-8", errors="replace")
    return out


def load(path: Path = ANNOTATIONS) -> dict[str, dict[str, Any]]:
    """The annotations by NEWID."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(k): v for k, v in ((data or {}).get("wires") or {}).items()}


def write_golds(tar: Path, out: Path, annotations: Path = ANNOTATIONS) -> int:
    """Write every annotated wire and its gold file into ``out``; the count written."""
    notes = load(annotations)
    texts = wires(tar, set(notes))
    out.mkdir(parents=True, exist_ok=True)
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


def record(golds: Path, tar: Path, annotations: Path = ANNOTATIONS) -> int:
    """Record the gold files of ``golds`` (``wNEWID.gold.yaml``) into the annotations file."""
    notes = load(annotations)
    files = {m.group(1): p for p in sorted(golds.glob("w*.gold.yaml"))
             if (m := NAME.fullmatch(p.name))}
    texts = wires(tar, set(files))
    for newid, path in files.items():
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        text = texts[newid]
        note: dict[str, Any] = {"digest": digest(text), "date": str(gold["date"])}
        for panel in PANELS:
            spans = [_offsets(text, str(item["key"])) for item in gold.get(panel) or []]
            if None in spans:
                raise SystemExit(f"{path}: a {panel} key is not in wire {newid}")
            note[panel] = spans
        notes[newid] = note
    body = yaml.safe_dump({"source": "reuters21578-wire.tar.gz",
                           "wires": {k: notes[k] for k in sorted(notes, key=int)}},
                          sort_keys=False, default_flow_style=None, width=100)
    annotations.write_text(HEADER + body, encoding="utf-8")
    return len(files)


def main() -> int:
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
        print(f"{write_golds(args.tar, args.out)} annotated wires written to {args.out}")
    else:
        ap.error("give --out DIR or --record GOLD_DIR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
