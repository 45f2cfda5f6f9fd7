"""The README says what the code does: its examples run, its tables match the code."""

from __future__ import annotations

import re

import pytest

from claimx.dataframes import CLAIMS, CONFLICT_CLAIMS, CONFLICTS, DOCUMENTS, DTYPES, Table
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# A block whose first line is "# file: PATH" is a file for the reader's own repository (a
# test module): it runs under pytest below, not as a script.
FILE_BLOCK = re.compile(r"# file: (\S+)\n")
ALL_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
BLOCKS = [code for code in ALL_BLOCKS if not FILE_BLOCK.match(code)]
FILES = {match[1]: code for code in ALL_BLOCKS if (match := FILE_BLOCK.match(code))}


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block-{n}" for n in range(len(BLOCKS))])
def test_readme_example_runs(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})


def test_the_pandas_example_finds_the_seed_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    example = next(code for code in BLOCKS if "load_claims" in code)
    names: dict[str, object] = {"__name__": "readme"}
    exec(compile(example, "README.md", "exec"), names)
    exports = names["exports"]
    assert list(exports["text"])[-2:] == ["$10 billion", "$25 billion"]  # type: ignore[index]
    assert set(names["evidence"]["type"]) == {  # type: ignore[index]
        "arithmetic", "divergent_projection", "pragmatic"}


def test_the_dtype_table_is_the_declaration() -> None:
    tables: dict[str, Table] = {
        "load_claims": CLAIMS,
        "load_conflicts": CONFLICTS,
        "load_conflicts(by_claim=True)": CONFLICT_CLAIMS,
        "load_documents": DOCUMENTS,
    }
    documented: dict[str, dict[str, str]] = {name: {} for name in tables}
    for frame, dtype, columns in re.findall(
        r"^\| `(load_[^`]+)` \| `([^`]+)`[^|]* \| (.+) \|$", README, re.M
    ):
        for column in re.findall(r"`([^`]+)`", columns):
            documented[frame][column] = dtype
    declared = {
        name: {column: DTYPES[kind] for column, kind in table.columns.items()}
        for name, table in tables.items()
    }
    assert documented == declared


SOURCE_TREE = re.search(r"^    src/claimx/\n(.*?)\n\n", README, re.M | re.S)
PACKAGE = ROOT / "src" / "claimx"


def tree_entries() -> list[str]:
    """The paths the README's source tree names at the start of a line, nested by indent."""
    assert SOURCE_TREE, "no source tree in the README"
    entries, folder = [], ""
    for line in SOURCE_TREE[1].splitlines():
        match = re.match(r"^( {6}| {8})([\w.]+/|\w+\.py) ", line)
        if match:
            nested = len(match[1]) == 8
            entries.append(f"{folder}{match[2]}" if nested else match[2])
            folder = match[2] if match[2].endswith("/") and not nested else folder
    return entries


def test_the_source_tree_names_only_what_exists() -> None:
    named = tree_entries()
    assert "batch/corpus.py" in named
    assert [entry for entry in named if not (PACKAGE / entry).exists()] == []


def test_the_source_tree_names_every_module_and_package() -> None:
    assert SOURCE_TREE
    words = set(re.findall(r"[\w.]+/?", SOURCE_TREE[1]))
    modules = [*PACKAGE.glob("*.py"), *(PACKAGE / "batch").glob("*.py")]
    packages = [path.parent for path in PACKAGE.glob("*/__init__.py")]
    present = {path.name for path in modules if path.name != "__init__.py"}
    present |= {f"{path.name}/" for path in packages}
    assert sorted(present - words) == []


def test_the_exit_codes_are_tabled() -> None:
    assert re.findall(r"^\| (\d+) \| ", README, re.M) == ["0", "1", "2", "3", "130"]


@pytest.fixture
def recipe(pytester: pytest.Pytester) -> pytest.Pytester:
    """A repository holding the README's regression-test file and one seed article."""
    test_file = pytester.path / "tests" / "test_articles.py"
    test_file.parent.mkdir()
    test_file.write_text(FILES["tests/test_articles.py"], encoding="utf-8")
    articles = pytester.path / "tests" / "articles"
    articles.mkdir()
    seed = ROOT / "seeds" / "001_d94bdd705235d052.txt"
    (articles / "article.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return pytester


def test_the_regression_recipe_pins_then_passes(recipe: pytest.Pytester) -> None:
    first = recipe.runpytest_inprocess("-p", "no:cacheprovider")
    second = recipe.runpytest_inprocess("-p", "no:cacheprovider")
    assert (first.ret, second.ret) == (pytest.ExitCode.TESTS_FAILED, pytest.ExitCode.OK)
    assert (recipe.path / "tests" / "test_articles" / "test_claims_article_.yml").is_file()


def test_the_regression_recipe_fails_on_a_changed_figure(recipe: pytest.Pytester) -> None:
    recipe.runpytest_inprocess("-p", "no:cacheprovider")
    article = recipe.path / "tests" / "articles" / "article.txt"
    text = article.read_text(encoding="utf-8")
    assert "$25 billion" in text
    article.write_text(text.replace("$25 billion", "$35 billion"), encoding="utf-8")
    changed = recipe.runpytest_inprocess("-p", "no:cacheprovider")
    assert changed.ret == pytest.ExitCode.TESTS_FAILED
    changed.stdout.fnmatch_lines(["*$35 billion*"])
