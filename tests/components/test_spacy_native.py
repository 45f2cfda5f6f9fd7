"""claimx's components in a user's own spaCy pipeline: found through spaCy's entry points,
their rules read through ``initialize`` and saved with the pipeline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
import spacy
import srsly
from spacy.language import Language

from claimx.batch.corpus import iter_documents
from claimx.batch.run import process
from claimx.io import dumps
from claimx.pipeline import build_nlp, resolve_model
from claimx.rules_folder import RulesError, default_rules_dir
from tests.conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
FACTORIES = sorted(point.name for point in entry_points(group="spacy_factories")
                   if point.name.startswith("claimx_"))
# Components that read a rules folder, with a table each reads and one of its keys.
RULES_PIPES = [
    ("claimx_sentences", "sentences", "number_abbreviations"),
    ("claimx_figures", "hedges", "approx"),
    ("claimx_frame", "frame", "deadline_words"),
]

BLANK_SCRIPT = """
import spacy
nlp = spacy.blank("en")
for name in ("claimx_sentences", "claimx_figures", "claimx_frame"):
    nlp.add_pipe(name)
doc = nlp("Exports rose 12% to $4.6 billion in 2024.")
print(type(doc._.claimx_figures).__name__, "claimx" in __import__("sys").modules)
"""
# Loads a saved pipeline in a fresh process (claimx imported only by spaCy's entry
# points while loading) and prints the seeds' claims as claimx extract writes them.
LOAD_SCRIPT = """
import json, sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1])
imported = "claimx" in sys.modules
from claimx.batch.corpus import iter_documents
from claimx.io import dumps
from claimx.batch.run import process
paths = [Path(p) for p in sys.argv[2:]]
claims = [dumps(c) for _, _, found in process(nlp, iter_documents(paths)) for c in found]
print(json.dumps({"imported_by_load": imported, "claims": claims}))
"""


def seed_claims(nlp: Language) -> list[str]:
    """Every seed's claims, as the JSON lines claimx extract writes."""
    return [dumps(c) for _, _, found in process(nlp, iter_documents(SEED_PATHS)) for c in found]


def users_pipeline(model: str) -> Language:
    """The README's recipe: a model of one's own, then claimx's components in their order."""
    nlp = spacy.load(model)
    nlp.add_pipe("claimx_sentences")
    nlp.add_pipe("claimx_span_ruler", name="claimx_rules")
    nlp.add_pipe("claimx_figures")
    nlp.add_pipe("claimx_sentence_cap")
    nlp.add_pipe("claimx_figure_parser")
    nlp.add_pipe("claimx_frame")
    nlp.get_pipe("claimx_rules").initialize(lambda: [], nlp=nlp)
    return nlp


def edited_rules(folder: Path) -> Path:
    """A copy of the packaged rules with "around" no longer a hedge: the seed's "around
    the $1 billion mark" becomes a plain "$1 billion"."""
    shutil.copytree(default_rules_dir(), folder)
    hedges = folder / "hedges.json"
    table = json.loads(hedges.read_text(encoding="utf-8"))
    table["approx"] = [word for word in table["approx"] if word != "around"]
    hedges.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    return folder


def load_elsewhere(nlp: Language, tmp_path: Path) -> dict[str, Any]:
    """Save ``nlp``, move the folder, load it in a fresh Python: what the script printed."""
    nlp.to_disk(tmp_path / "saved")
    moved = tmp_path / "moved"
    shutil.move(tmp_path / "saved", moved)
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT, str(moved), *map(str, SEED_PATHS)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, Any] = json.loads(result.stdout)
    return loaded


def test_factories_load_without_importing_claimx_and_register_their_extensions() -> None:
    result = subprocess.run([sys.executable, "-c", BLANK_SCRIPT], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    # The extensions exist (a list, not E047), and only spaCy's entry points loaded claimx.
    assert result.stdout.split() == ["list", "True"]


def test_a_ruler_without_patterns_says_so() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_span_ruler")
    with pytest.warns(UserWarning, match="no patterns"):
        nlp("Exports rose 12%.")


def test_a_users_own_pipeline_gives_the_claims_of_build_nlp(nlp: Language) -> None:
    assert seed_claims(users_pipeline(resolve_model())) == seed_claims(nlp)


def test_a_saved_pipeline_loads_elsewhere_with_the_same_claims(
    nlp: Language, tmp_path: Path
) -> None:
    loaded = load_elsewhere(nlp, tmp_path)
    assert loaded == {"imported_by_load": True, "claims": seed_claims(nlp)}


def test_a_saved_pipeline_keeps_its_own_rules_folder(nlp: Language, tmp_path: Path) -> None:
    rules = edited_rules(tmp_path / "rules")
    custom = build_nlp(rules_dir=rules)
    claims = seed_claims(custom)
    assert claims != seed_claims(nlp)  # the edit shows in the claims
    shutil.rmtree(rules)  # the saved pipeline needs it no more
    assert load_elsewhere(custom, tmp_path)["claims"] == claims


def test_the_config_names_no_rules_folder(tmp_path: Path) -> None:
    rules = edited_rules(tmp_path / "rules")
    config = build_nlp("blank", rules).config.to_str()
    assert str(tmp_path) not in config
    assert str(default_rules_dir()) not in config


def test_initialize_settings_give_every_component_a_rules_folder(tmp_path: Path) -> None:
    rules = edited_rules(tmp_path / "rules")
    config = build_nlp("blank").config.copy()
    config["initialize"]["components"] = {
        name: {"rules_dir": str(rules)}
        for name in ("claimx_sentences", "claimx_rules", "claimx_figures", "claimx_frame")
    }
    nlp = spacy.blank("en").from_config(config)
    nlp.initialize()
    assert seed_claims(nlp) == seed_claims(build_nlp("blank", rules))


def test_a_pipeline_survives_a_bytes_round_trip(tmp_path: Path) -> None:
    custom = build_nlp("blank", edited_rules(tmp_path / "rules"))
    copy = spacy.blank("en").from_config(custom.config).from_bytes(custom.to_bytes())
    assert seed_claims(copy) == seed_claims(custom)


@pytest.mark.parametrize(("factory", "table", "key"), RULES_PIPES,
                         ids=[factory for factory, _, _ in RULES_PIPES])
def test_a_component_saves_the_tables_it_was_given(
    factory: str, table: str, key: str, tmp_path: Path
) -> None:
    rules = shutil.copytree(default_rules_dir(), tmp_path / "rules")
    contents = json.loads((rules / f"{table}.json").read_text(encoding="utf-8"))
    contents[key] = [*contents[key], "edited"]
    (rules / f"{table}.json").write_text(json.dumps(contents), encoding="utf-8")
    component: Any = spacy.blank("en").add_pipe(factory)
    component.initialize(lambda: [], rules_dir=rules)
    component.to_disk(tmp_path / "saved")
    from_disk: Any = spacy.blank("en").add_pipe(factory)
    from_bytes: Any = spacy.blank("en").add_pipe(factory)
    from_disk.from_disk(tmp_path / "saved")
    from_bytes.from_bytes(component.to_bytes())
    assert from_disk.rules_tables[table][key][-1] == "edited"
    assert from_disk.rules_tables == from_bytes.rules_tables == component.rules_tables


def test_a_rules_folder_without_a_scale_word_keeps_its_abbreviation(tmp_path: Path) -> None:
    rules = shutil.copytree(default_rules_dir(), tmp_path / "rules")
    numbers = json.loads((rules / "numbers.json").read_text(encoding="utf-8"))
    del numbers["scales"]["m"]
    (rules / "numbers.json").write_text(json.dumps(numbers), encoding="utf-8")
    nlp = spacy.blank("en")
    sentences: Any = nlp.add_pipe("claimx_sentences")
    assert [t.text for t in nlp.make_doc("$500m.")] == ["$", "500", "m", "."]
    sentences.initialize(lambda: [], rules_dir=rules)
    assert [t.text for t in nlp.make_doc("$500m.")] == ["$", "500", "m."]


def test_a_rules_folders_abbreviation_ends_no_sentence_before_a_number(tmp_path: Path) -> None:
    rules = shutil.copytree(default_rules_dir(), tmp_path / "rules")
    table = json.loads((rules / "sentences.json").read_text(encoding="utf-8"))
    table["number_abbreviations"].append("xyz")
    (rules / "sentences.json").write_text(json.dumps(table), encoding="utf-8")
    nlp = spacy.blank("en")
    sentences: Any = nlp.add_pipe("claimx_sentences")
    text = "See Xyz. 12 of the law."
    assert len(list(nlp(text).sents)) == 2  # "xyz" is no abbreviation of the packaged rules
    sentences.initialize(lambda: [], rules_dir=rules)
    assert [s.text for s in nlp(text).sents] == [text]


def test_a_saved_component_without_its_table_names_the_file(tmp_path: Path) -> None:
    component: Any = spacy.blank("en").add_pipe("claimx_frame")
    component.to_disk(tmp_path / "saved")
    (tmp_path / "saved" / "frame.json").unlink()
    with pytest.raises(RulesError, match=r"rules table not found: .*saved/frame\.json"):
        component.from_disk(tmp_path / "saved")


def test_a_saved_table_of_the_wrong_shape_names_the_file_and_key(tmp_path: Path) -> None:
    component: Any = spacy.blank("en").add_pipe("claimx_frame")
    component.to_disk(tmp_path / "saved")
    saved = tmp_path / "saved" / "frame.json"
    table = json.loads(saved.read_text(encoding="utf-8"))
    table["limits"]["title_share"] = "most"
    saved.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(RulesError, match=r'saved/frame\.json: limits\.title_share: expected a '
                                         r'number, got "most"$'):
        component.from_disk(tmp_path / "saved")


def test_bytes_of_a_table_of_the_wrong_shape_name_the_pipe_and_key() -> None:
    component: Any = spacy.blank("en").add_pipe("claimx_frame")
    tables = {**component.rules_tables,
              "frame": {**component.rules_tables["frame"], "priority": "holder"}}
    with pytest.raises(RulesError, match=r'^claimx_frame/frame\.json: priority: expected a list'):
        component.from_bytes(srsly.msgpack_dumps(tables))


@pytest.mark.parametrize("factory", FACTORIES)
def test_every_factory_declares_what_it_assigns(factory: str) -> None:
    assert Language.get_factory_meta(factory).assigns


def test_the_pipeline_meets_every_declared_requirement(nlp: Language) -> None:
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert problems == {name: [] for name in nlp.pipe_names}


def test_the_figure_parser_names_the_pipes_it_lacks() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="the pipeline has no tok2vec, tagger"):
        nlp.add_pipe("claimx_figure_parser")


def test_a_dash_against_a_figure_is_a_token_of_its_own(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    text = "months of FY2024—$13.8 billion—is"
    assert "FY2024—$13.8" in [t.text for t in nlp.make_doc(text)]
    nlp.add_pipe("claimx_sentences")
    assert [t.text for t in nlp.make_doc(text)] == [
        "months", "of", "FY2024", "—", "$13.8", "billion", "—", "is"]
    rules = shutil.copytree(default_rules_dir(), tmp_path / "rules")
    table = json.loads((rules / "sentences.json").read_text(encoding="utf-8"))
    del table["split_dashes"]
    (rules / "sentences.json").write_text(json.dumps(table), encoding="utf-8")
    nlp.get_pipe("claimx_sentences").initialize(lambda: [], rules_dir=rules)
    assert "FY2024—$13.8" in [t.text for t in nlp.make_doc(text)]  # a rules folder's choice


@pytest.mark.parametrize(("text", "tokens"), [
    ("A$2.5 billion($2.3 billion)", ["A$", "2.5", "billion", "(", "$2.3", "billion", ")"]),
    ("£5m(€7m)", ["£", "5m", "(", "€7", "m", ")"]),
    ("the company(s)", ["the", "company(s", ")"]),  # no figure after it
])
def test_a_bracket_against_a_word_before_a_figure_is_a_token_of_its_own(
    tmp_path: Path, text: str, tokens: list[str]
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_sentences")
    assert [t.text for t in nlp.make_doc(text)] == tokens
    nlp.to_disk(tmp_path / "pipeline")
    assert [t.text for t in spacy.load(tmp_path / "pipeline").make_doc(text)] == tokens
