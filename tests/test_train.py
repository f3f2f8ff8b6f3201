"""``briefing train`` and the statement model, through the real entry point where it counts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from briefing.language.weights import ModelError, StatementModel
from briefing.learn.goldset import GoldError, load_gold

BIN = shutil.which("briefing") or str(Path(sys.executable).parent / "briefing")
# CI runs on a clean clone with ../shared beside it (the repo at /work/main, shared at
# /work/shared): shared data is found relative to the repo root, and skipped when absent.
SHARED_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"

ARTICLES = {
    "a1": (" date 2026-03-02 Freedonia and Sylvania agreed on Monday to cut duties on grain.\n"
           "Sylvania rejected the Freedonian demand for lower steel duties, a spokesman said.\n"
           "The weather in Port Sylvan was mild.\n",
           ["agreed on Monday to cut duties"], ["rejected the Freedonian demand"]),
    "a2": (" date 2026-03-09 The two sides signed a pact on fishing quotas.\n"
           "Freedonia threatened to impose tariffs on Sylvanian cars.\n"
           "Delegates had lunch in the capital.\n",
           ["signed a pact on fishing quotas"], ["threatened to impose tariffs"]),
    "a3": (" date 2026-03-16 Negotiators failed to agree on a quota formula.\n"
           "Ministers settled the dispute over citrus rules.\n",
           ["settled the dispute over citrus"], ["failed to agree on a quota formula"]),
    "a4": (" date 2026-03-23 Sylvania insisted that Freedonia scrap its steel duties.\n"
           "Both sides reached an accord on car parts.\n",
           ["reached an accord on car parts"], ["insisted that Freedonia scrap"]),
}


def briefing(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([BIN, *args], capture_output=True, text=True, cwd=cwd,
                          env=dict(os.environ), timeout=300)


def write_gold(folder: Path, name: str, text: str, agreed: list[str], disputes: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"article": f"{name}.txt", "date": text.split()[1],
            "agreed": [{"key": k} for k in agreed], "disputes": [{"key": k} for k in disputes]}
    (folder / f"{name}.gold.yaml").write_text(json.dumps(gold), encoding="utf-8")


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    for name, (text, agreed, disputes) in ARTICLES.items():
        write_gold(folder, name, text, agreed, disputes)
    return folder


def test_train_writes_a_model_the_config_selects(gold_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    run = briefing("train", str(gold_dir), "--out", str(out), "--folds", "2", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "cross-validated" in run.stdout and "agreed" in run.stdout
    model = StatementModel.from_json(out.read_text(encoding="utf-8"))
    assert model.weights and model.meta["articles"] == 4
    config = tmp_path / "config.yaml"
    config.write_text(f"model: {out.name}\n", encoding="utf-8")
    export = briefing("export", "--config", str(config), "--format", "json", str(gold_dir),
                      cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    assert json.loads(export.stdout)["articles"]


def test_retraining_is_identical_run_to_run(gold_dir: Path, tmp_path: Path) -> None:
    outs = [tmp_path / "m1.json", tmp_path / "m2.json"]
    for out in outs:
        assert briefing("train", str(gold_dir), "--out", str(out), "--folds", "0",
                        cwd=tmp_path).returncode == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()


@pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="../shared/eval/dev is not beside the repo")
def test_train_end_to_end_on_shared_dev(tmp_path: Path) -> None:
    out = tmp_path / "dev-model.json"
    run = briefing("train", str(SHARED_DEV), "--out", str(out), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "17 annotated articles" in run.stdout and "fold 5/5" in run.stdout
    assert StatementModel.from_json(out.read_text(encoding="utf-8")).weights


@pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="../shared/eval/dev is not beside the repo")
def test_retraining_on_a_fixed_shared_subset_is_identical(tmp_path: Path) -> None:
    subset = tmp_path / "subset"
    subset.mkdir()
    for gold in sorted(SHARED_DEV.glob("*.gold.yaml"))[:5]:
        shutil.copy(gold, subset / gold.name)
        article = load_gold(gold).path
        shutil.copy(article, subset / article.name)
    texts = []
    for n in (1, 2):
        out = tmp_path / f"m{n}.json"
        assert briefing("train", str(subset), "--out", str(out), "--folds", "0",
                        cwd=tmp_path).returncode == 0
        texts.append(out.read_text(encoding="utf-8"))
    assert texts[0] == texts[1]


def _one_line_exit_2(run: subprocess.CompletedProcess[str], *words: str) -> None:
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr
    for word in words:
        assert word in lines[0]


def test_folder_without_gold_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text(" date 2026-03-02 Nothing here.\n", encoding="utf-8")
    _one_line_exit_2(briefing("train", str(empty), cwd=tmp_path), "no *.gold.yaml", "fix:")


def test_gold_file_that_does_not_parse(gold_dir: Path, tmp_path: Path) -> None:
    (gold_dir / "a1.gold.yaml").write_text("article: [a1.txt\n", encoding="utf-8")
    _one_line_exit_2(briefing("train", str(gold_dir), cwd=tmp_path), "a1.gold.yaml", "YAML")


def test_gold_key_not_in_its_article(gold_dir: Path, tmp_path: Path) -> None:
    write_gold(gold_dir, "a5", " date 2026-03-30 Talks went on.\n", ["agreed on a moon base"], [])
    _one_line_exit_2(briefing("train", str(gold_dir), cwd=tmp_path), "a5.gold.yaml",
                     "agreed on a moon base", "does not occur")


def test_load_gold_reports_the_key(tmp_path: Path) -> None:
    write_gold(tmp_path, "x", " date 2026-03-30 Talks went on.\n", [], ["walked out"])
    with pytest.raises(GoldError, match="disputes\\[0\\]"):
        load_gold(tmp_path / "x.gold.yaml")


@pytest.mark.parametrize(("value", "problem"), [
    ("missing.json", "cannot be read"),
    ("bad.json", "not a statement model"),
    ("[1, 2]", "must be packaged, rules or a file name"),
])
def test_bad_model_key_is_one_line_and_exit_2(tmp_path: Path, value: str, problem: str) -> None:
    (tmp_path / "bad.json").write_text('{"format": "something else"}', encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(f"model: {value}\n", encoding="utf-8")
    _one_line_exit_2(briefing("export", "--config", str(config), cwd=tmp_path),
                     str(config), "model", problem, "fix:")


def test_rules_turn_the_model_off(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("model: rules\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLES["a1"][0], encoding="utf-8")
    run = briefing("export", "--config", str(config), "--format", "json", str(tmp_path / "a.txt"),
                   cwd=tmp_path)
    assert run.returncode == 0 and json.loads(run.stdout)["disputes"]


def test_model_file_is_checked() -> None:
    with pytest.raises(ModelError):
        StatementModel.from_json('{"format": "briefing-statement-model/1", "weights": 3}')


def test_packaged_model_finds_plain_statements(parser, sentences) -> None:
    from briefing.core.extract.statement_model import extract_statements

    assert parser.model is not None
    agreed, disputes = extract_statements(
        sentences("Freedonia and Sylvania reached an agreement on grain quotas. "
                  "Sylvania rejected the Freedonian proposal, a spokesman said."),
        parser.lexicon, parser.sides, parser.model)
    assert [a.evidence[0].sentence for a in agreed] == [
        "Freedonia and Sylvania reached an agreement on grain quotas."]
    assert [d.evidence[0].sentence for d in disputes] == [
        "Sylvania rejected the Freedonian proposal, a spokesman said."]


@pytest.mark.parametrize(("text", "found"), [
    ("Without the extension, Sylvania's duties on steel would have risen to 50% on July 1.",
     False),
    ("Had the deadline stood, a 35% Freedonian tariff on cars would have taken effect.", False),
    ("Sylvania's duties on steel will rise to 50% on July 1, Freedonia warned.", True),
    ("Without a deal, Sylvania said, any talks would have to be held on an equal footing.",
     True),  # "would have to": a demand
    ("Without a deal by March 31, Freedonia would have no choice but to impose tariffs on "
     "Sylvanian cars.", True),  # a threat
    ("Without naming Sylvania, the minister said Freedonia rejected a cut that would have "
     "hurt farmers.", True),  # no counterfactual opens it
])
def test_a_counterfactual_is_neither_agreed_nor_disputed(parser, sentences, text: str,
                                                         found: bool) -> None:
    from briefing.core.extract.statement_model import StatementModel, extract_statements
    # A model that calls every candidate a dispute: only the counterfactual rule says no.
    model = StatementModel({}, (-1.0, 1.0))
    agreed, disputes = extract_statements(sentences(text), parser.lexicon, parser.sides, model)
    assert not agreed and bool(disputes) is found


def test_a_margin_does_not_depend_on_the_order_of_the_features() -> None:
    from briefing.language.weights import StatementModel

    # Summed left to right, these give 0.0 in one order and 1.0 in another.
    model = StatementModel({"big": (1e16, 0.0), "one": (1.0, 0.0), "minus": (-1e16, 0.0)})
    orders = (["big", "one", "minus"], ["big", "minus", "one"], ["one", "minus", "big"])
    assert {model.scores(order)[0] for order in orders} == {1.0}


def test_a_weight_counts_a_folders_articles_more(gold_dir: Path, tmp_path: Path) -> None:
    from briefing.learn.goldset import load_golds, parse_weight, repeats
    golds = load_golds([gold_dir])
    assert repeats(golds, {gold_dir: 3}) == [3] * len(golds)
    assert repeats(golds, {tmp_path / "elsewhere": 3}) == [1] * len(golds)
    assert parse_weight(f"{gold_dir}=2") == (gold_dir, 2)
    once, twice = tmp_path / "once.json", tmp_path / "twice.json"
    assert briefing("train", str(gold_dir), "--folds", "0", "--out", str(once)).returncode == 0
    run = briefing("train", str(gold_dir), "--folds", "0", "--weight", f"{gold_dir}=2",
                   "--out", str(twice))
    assert run.returncode == 0, run.stderr
    assert json.loads(twice.read_text())["weights"] != json.loads(once.read_text())["weights"]


@pytest.mark.parametrize("spec", ["gold", "gold=0", "gold=two", "=2"])
def test_a_bad_weight_is_one_line_and_exit_2(gold_dir: Path, tmp_path: Path, spec: str) -> None:
    run = briefing("train", str(gold_dir), "--folds", "0", "--weight", spec,
                   "--out", str(tmp_path / "m.json"))
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert "--weight" in run.stderr


def test_split_at_writes_a_model_per_era_that_the_parse_picks_by_date(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    for name, (text, agreed, disputes) in ARTICLES.items():
        write_gold(folder, name, text, agreed, disputes)
        old = text.replace("date 2026-", "date 1987-")  # the same story, on the 1987 wire
        write_gold(folder, f"old-{name}", old, agreed, disputes)
    out = tmp_path / "model.json"
    run = briefing("train", str(folder), "--out", str(out), "--folds", "2",
                   "--split-at", "2000-01-01", "--generic", "always", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "before 2000-01-01: cross-validated" in run.stdout
    assert "from 2000-01-01: cross-validated" in run.stdout
    model = StatementModel.from_json(out.read_text(encoding="utf-8"))
    later = model.later
    assert later is not None and model.until == "2000-01-01"
    assert model.meta["articles"] == 4 and later.meta["articles"] == 8  # the old ones alone
    assert (model.generic, later.generic) == ("none", "always")
    assert any(f.startswith("s+|w=") for f in later.weights)  # a whole sentence's words
    assert not any(f.startswith("s+|") for f in model.weights)
    import datetime as dt
    assert model.for_day(dt.date(1987, 3, 2)) is model
    assert model.for_day(dt.date(2026, 3, 2)) is later
    assert model.for_day(None) is model
    again = StatementModel.from_json(model.to_json())
    assert again.to_json() == model.to_json() and again.fingerprint == model.fingerprint


def test_keep_before_keeps_the_earlier_model_and_fits_the_later(tmp_path: Path) -> None:
    folder, more = tmp_path / "gold", tmp_path / "more"
    for name, (text, agreed, disputes) in ARTICLES.items():
        write_gold(folder, name, text, agreed, disputes)
        write_gold(folder, f"old-{name}", text.replace("date 2026-", "date 1987-"), agreed,
                   disputes)
        write_gold(more, f"again-{name}", text, agreed, disputes)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    split = ["--split-at", "2000-01-01", "--folds", "0"]
    assert briefing("train", str(folder), *split, "--out", str(first)).returncode == 0
    # An old article only in the second run: a refit would change the earlier model.
    write_gold(more, "old-extra", ARTICLES[next(iter(ARTICLES))][0].replace(
        "date 2026-", "date 1987-"), [], [])
    run = briefing("train", str(folder), str(more), *split, "--keep-before", str(first),
                   "--out", str(second))
    assert run.returncode == 0, run.stderr
    kept, old = (StatementModel.from_json(p.read_text(encoding="utf-8")) for p in (second, first))
    assert (kept.weights, kept.bias, kept.thresholds) == (old.weights, old.bias, old.thresholds)
    assert kept.later is not None and old.later is not None
    assert kept.later.weights != old.later.weights  # fitted again, on more articles
    # A model that is not split at the same day: one line, exit 2, nothing written.
    unsplit = tmp_path / "unsplit.json"
    assert briefing("train", str(folder), "--folds", "0", "--out", str(unsplit)).returncode == 0
    third = tmp_path / "third.json"
    run = briefing("train", str(folder), *split, "--keep-before", str(unsplit), "--out",
                   str(third))
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert "--keep-before" in run.stderr and not third.exists()
    # Told before any training: a file that is not there, or no --split-at.
    for extra in (["--split-at", "2000-01-01"], []):
        run = briefing("train", str(folder), *extra, "--keep-before", str(tmp_path / "no.json"),
                       "--out", str(third))
        assert run.returncode == 2 and "annotated articles" not in run.stdout


def test_a_bad_split_day_is_one_line_and_exit_2(gold_dir: Path, tmp_path: Path) -> None:
    run = briefing("train", str(gold_dir), "--split-at", "soon", cwd=tmp_path)
    assert run.returncode == 2 and "not a date" in run.stderr


@pytest.mark.parametrize("doc, problem", [
    ({"generic": "sometimes"}, "'generic'"),
    ({"later": {"format": "briefing-statement-model/1", "weights": {}, "bias": [0, 0],
                "thresholds": [0, 0]}, "until": "next year"}, "'until'"),
])
def test_a_model_file_with_a_bad_mode_or_era_is_refused(doc: dict[str, object],
                                                        problem: str) -> None:
    base = {"format": "briefing-statement-model/1", "weights": {}, "bias": [0, 0],
            "thresholds": [0, 0]}
    with pytest.raises(ModelError, match=problem):
        StatementModel.from_json(json.dumps({**base, **doc}))


def test_a_sentence_with_no_cue_is_a_candidate_only_in_the_modes_that_say_so(parser) -> None:
    from briefing.core.extract.statement_model import candidates
    from briefing.core.extract.statement_model.candidates import SENTENCE, with_sentence
    text = "Visa numbers were never on the table, the minister said."
    lexicon = parser.lexicon
    cands = candidates(text, lexicon)
    assert not cands
    assert with_sentence(cands, text, lexicon, "none") == []
    whole = with_sentence(cands, text, lexicon, "fallback")
    assert [c.cue.kind for c in whole] == [SENTENCE] and whole[0].cue.negated
    cued = "Sylvania rejected the demand."
    found = candidates(cued, lexicon)
    assert found and SENTENCE not in [c.cue.kind for c in found]
    assert with_sentence(found, cued, lexicon, "fallback") == found
    assert with_sentence(found, cued, lexicon, "always")[-1].cue.kind == SENTENCE


def test_a_whole_sentence_item_shows_its_sentence(parser, sentences) -> None:
    from briefing.core.extract.statement_model import extract_statements
    model = StatementModel({"s+|w=table": (0.0, 5.0)}, (-1.0, -1.0), generic="fallback")
    sents = sentences("Visa numbers were never on the table, the minister said.")
    agreed, disputes = extract_statements(sents, parser.lexicon, parser.sides, model)
    assert not agreed and len(disputes) == 1
    assert disputes[0].text == "Visa numbers were never on the table, the minister said."
    assert disputes[0].evidence[0].spans == ((0, len(sents[0].text)),)


@pytest.mark.parametrize(("text", "found"), [
    # A new user's auto talks had "declined to comment on the union's demands" open, and
    # settled by the deal; among 3,000 Reuters wires six such disputes went.
    ("Freedonia's state carmaker declined to comment on the union's demands.", False),
    ("Sylvania did not respond to requests for comment on Freedonia's demands for lower "
     "steel quotas.", False),
    ("A Sylvanian spokesman declined to say whether Sylvania would reject the quota demands.",
     False),
    # ... but a clause after it may say something.
    ("A Sylvanian spokesman declined to comment on the report, noting the dispute over steel "
     "quotas remained under arbitration.", True),
])
def test_a_non_answer_states_nothing(parser, sentences, text: str, found: bool) -> None:
    from briefing.core.extract.statement_model import extract_statements

    agreed, disputes = extract_statements(sentences(text), parser.lexicon, parser.sides,
                                          parser.model)
    assert bool(agreed or disputes) == found


def _bench(name: str) -> ModuleType:
    """A script of bench/ as a module (bench is no package)."""
    import importlib.util
    path = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_wire_annotations_keep_offsets_not_text_and_give_the_keys_back(tmp_path: Path) -> None:
    import tarfile

    import yaml

    wire = (" date 1987-03-02 Rotterdam port employers and the dock union agreed a new pay "
            "scale on Monday.\nThe union still demands a shorter working week.\n")
    source = tmp_path / "corpus" / "reuters21578-wire"
    source.mkdir(parents=True)
    (source / "42.txt").write_text(wire, encoding="utf-8")
    tar = tmp_path / "wires.tar.gz"
    with tarfile.open(tar, "w:gz") as archive:
        archive.add(source, arcname="reuters21578-wire")
    golds = tmp_path / "golds"
    golds.mkdir()
    (golds / "w42.gold.yaml").write_text(
        "article: x.txt\ndate: 1987-03-02\nagreed:\n  - key: agreed a new pay scale\n"
        "disputes:\n  - key: still  demands a shorter\n", encoding="utf-8")
    wire_golds = _bench("wire_golds")
    notes = tmp_path / "notes.yaml"
    assert wire_golds.record(golds, tar, notes) == 1
    kept = notes.read_text(encoding="utf-8")
    assert "pay scale" not in kept and "demands" not in kept  # offsets, not the wire's words
    out = tmp_path / "out"
    assert wire_golds.write_golds(tar, out, notes) == 1
    gold = load_gold(out / "w42.gold.yaml")
    assert gold.keys == {"agreed": ["agreed a new pay scale"],
                         "disputes": ["still demands a shorter"]}
    # A wire whose text changed since it was annotated is skipped, not cut wrongly.
    data = yaml.safe_load(kept)
    data["wires"]["42"]["digest"] = "0" * 32
    notes.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert wire_golds.write_golds(tar, out, notes) == 0
    assert not list(out.iterdir())  # nor is the earlier run's copy left to be scored
    # A key that is not in its wire, or a corpus that is not there, stops with one line.
    (golds / "w42.gold.yaml").write_text("article: x.txt\ndate: 1987-03-02\nagreed:\n"
                                         "  - key: a phrase of no wire\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a phrase of its wire"):
        wire_golds.record(golds, tar, notes)
    with pytest.raises(SystemExit, match="cannot read the wire corpus"):
        wire_golds.write_golds(tmp_path / "none.tar.gz", out, notes)


def test_packaged_model_finds_agreements_reached_in_the_plural(parser, sentences) -> None:
    # A new user's Medicare folder: "reached agreements with Medicare" had no candidate.
    from briefing.core.extract.statement_model import extract_statements

    agreed, _ = extract_statements(
        sentences("Acme and Zenco reached agreements with the agency on the prices of two "
                  "drugs."), parser.lexicon, parser.sides, parser.model)
    assert len(agreed) == 1


def test_a_unilateral_act_is_not_agreed(parser, sentences) -> None:
    # A new user's mackerel folder: "set a unilateral mackerel quota" stood in Agreed.
    from briefing.core.extract.statement_model import extract_statements

    agreed, _ = extract_statements(
        sentences("Sylvania set a unilateral herring quota of 48,000 tonnes for 2026 on "
                  "Wednesday, claiming 16 percent of the catch limit the coastal states agreed "
                  "last month and drawing protests from Freedonia."),
        parser.lexicon, parser.sides, parser.model.for_day(date(2026, 4, 1)))
    assert agreed == []
    # ... but a word of another clause is not the agreement's: "..., ending a three-month
    # dispute over the islands' unilateral quota" (the same user's settlement).
    agreed, _ = extract_statements(
        sentences("The European Commission formally closed its procedure against Sylvania on "
                  "Tuesday, ending a three-month dispute over the islands' unilateral herring "
                  "quota after Sylvania cut its catch limit for 2026 to 70,000 tonnes."),
        parser.lexicon, parser.sides, parser.model.for_day(date(2026, 5, 12)))
    assert len(agreed) == 1


def test_an_agreement_to_end_unilateral_acts_is_agreed(parser, sentences) -> None:
    # A reviewer's probe: "agreed to lift their unilateral sanctions" stood in no panel.
    from briefing.core.extract.statement_model import extract_statements

    agreed, _ = extract_statements(
        sentences("Freedonia and Sylvania agreed to lift their unilateral sanctions on "
                  "Tuesday."), parser.lexicon, parser.sides, parser.model.for_day(
                      date(2026, 3, 2)))
    assert len(agreed) == 1
