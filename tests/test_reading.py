"""Reading files: formats, encodings, boilerplate and broken files."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

from briefing.core.read.files import decode, discover


def read(parser, path: Path):
    return parser.read_article(path, path.stem)[1]


def test_wire_format(parser, write_articles) -> None:
    folder = write_articles({"a.txt": " date 2026-03-02 First paragraph here.\nSecond one.\nREUTER\n"})
    art = read(parser, folder / "a.txt")
    assert art.format == "wire"
    assert art.date == dt.date(2026, 3, 2)
    assert art.paragraphs == ["First paragraph here.", "Second one."]
    assert art.warnings == []


def test_markdown_front_matter(parser, write_articles) -> None:
    text = "---\ntitle: Talks stall\ndate: 2026-03-04\nsource: Wire\n---\n\nOne line\ncontinues.\n\nTwo.\n"
    art = read(parser, write_articles({"b.md": text}) / "b.md")
    assert (art.format, art.title, art.source) == ("markdown", "Talks stall", "Wire")
    assert art.date == dt.date(2026, 3, 4)
    assert art.paragraphs == ["One line continues.", "Two."]


def test_plain_text_has_no_date_and_says_so(parser, write_articles) -> None:
    art = read(parser, write_articles({"c.txt": "Ministers met.\n\nThey will meet again next week.\n"})
               / "c.txt")
    assert art.format == "plain" and art.date is None
    assert any("no publication date" in w for w in art.warnings)


def test_boilerplate_lines_are_dropped(parser, write_articles) -> None:
    text = " date 2026-03-02 Body.\n[Copyright Some Wire]\nPhoto by A. Person\n(c) Wire 2026\nReuter\n"
    art = read(parser, write_articles({"d.txt": text}) / "d.txt")
    assert art.paragraphs == ["Body."]


def test_encodings() -> None:
    text = "Café talks — “quoted”"
    assert decode(codecs.BOM_UTF8 + text.encode())[0] == text
    assert decode(text.encode("utf-16"))[0] == text
    assert decode(text.encode("cp1252")) == (text, "not UTF-8: read as Windows-1252")
    assert decode(b"\x00\x01binary\x00")[0] is None


def test_binary_file_is_a_warning_not_a_crash(parser, write_articles) -> None:
    art = read(parser, write_articles({"e.txt": b"\x89PNG\x00\x00\x01"}) / "e.txt")
    assert art.paragraphs == [] and "binary" in art.warnings[0]


def test_bad_front_matter_is_a_warning(parser, write_articles) -> None:
    art = read(parser, write_articles({"f.md": "---\ntitle: [unclosed\n---\nBody.\n"}) / "f.md")
    assert any("front matter" in w for w in art.warnings)
    assert art.paragraphs == ["Body."]


def test_discover_is_recursive_sorted_and_skips_hidden(write_articles) -> None:
    folder = write_articles({"b.txt": "x", "a/z.md": "x", "a/y.txt": "x", ".hidden/q.txt": "x",
                             "notes.yaml": "x"})
    names = [f.path.relative_to(folder).as_posix() for f in discover([folder])]
    assert names == ["b.txt", "a/y.txt", "a/z.md"]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    found = discover([tmp_path / "nope"])
    assert found[0].problem == "no such file or folder"


def test_a_parser_failure_is_a_warning_on_that_article(parser, write_articles, monkeypatch) -> None:
    import briefing.core.pipeline as pipeline

    real = pipeline.extract_dates

    def fragile(sentences, date, lexicon, sides=None):
        if any("explode" in s.text for s in sentences):
            raise RuntimeError("boom")
        return real(sentences, date, lexicon, sides)

    monkeypatch.setattr(pipeline, "extract_dates", fragile)
    folder = write_articles({"a.txt": " date 2026-03-02 Sylvania rejected the offer.\n",
                             "b.txt": " date 2026-03-02 This one will explode.\n"})
    results = {r.article.id: r for r in parser.parse_paths([folder])}
    assert results["a"].disputes and results["a"].article.warnings == []
    assert results["b"].article.warnings == ["could not be parsed (RuntimeError: boom)"]
