"""A rules folder is read and checked once (claimx.rules_folder.RulesFolder): every table
against its declared shape (claimx.rules_spec.SPECS), every pattern line, and the errors
name the file and the key, on one line, with exit code 3 from the command line."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.cli import EXIT_SETUP, main
from claimx.normalize.rules import Normalizers
from claimx.reconcile import load_tables
from claimx.rules_folder import RulesError, RulesFolder, default_rules_dir, files_hash, folder_files
from claimx.rules_spec import SPECS, MapOf

Table = dict[str, Any]


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the packaged rules folder, to break."""
    return shutil.copytree(default_rules_dir(), tmp_path / "rules")


def edit(rules: Path, name: str, change: Callable[[Table], object]) -> None:
    path = rules / f"{name}.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    change(table)
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")


def error_of(rules: Path) -> str:
    with pytest.raises(RulesError) as caught:
        RulesFolder.open(rules)
    return str(caught.value)


def extract(rules: Path, tmp_path: Path) -> tuple[int, list[str]]:
    """Exit code and stderr lines of ``claimx extract`` with the rules folder ``rules``."""
    corpus = tmp_path / "in"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text("Exports rose 12% to $4.6 billion in 2024.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "extract", str(corpus), "-o", str(tmp_path / "out"), "--model", "blank", "-q",
        "--rules", str(rules),
    ])
    return result.exit_code, result.stderr.splitlines()


def declared_keys(spec: Mapping[str, Any], prefix: str = "") -> Iterator[str]:
    """The key paths of ``spec``'s objects of fixed keys (not those inside lists or maps)."""
    for key, value in spec.items():
        path = f"{prefix}{key.removesuffix('?')}"
        yield path
        if isinstance(value, Mapping):
            yield from declared_keys(value, f"{path}.")


def lookup(table: Mapping[str, Any], path: str) -> bool:
    for key in path.split("."):
        if not isinstance(table, Mapping) or key not in table:
            return False
        table = table[key]
    return True


# --- the packaged rules -----------------------------------------------------------------


def test_the_packaged_rules_validate() -> None:
    folder = RulesFolder.open(default_rules_dir())  # read afresh, as a folder of one's own
    assert folder.pattern_files and all(folder.table(name) for name in SPECS)


def test_the_hash_covers_every_file_of_the_folder(rules: Path) -> None:
    assert RulesFolder.open(rules).hash == RulesFolder.open(None).hash
    (rules / "README.md").write_text("mine", encoding="utf-8")
    assert RulesFolder.open(rules).hash == files_hash(folder_files(rules))
    assert RulesFolder.open(rules).hash != RulesFolder.open(None).hash


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_declared_key_is_in_the_packaged_table(name: str) -> None:
    """A declared key the packaged rules lack is a misspelling in the spec."""
    table = RulesFolder.open(None).table(name)
    assert [key for key in declared_keys(SPECS[name]) if not lookup(table, key)] == []


def test_comment_keys_are_dropped_at_every_depth() -> None:
    def comments(value: Any) -> list[str]:
        if isinstance(value, dict):
            return [k for k in value if k.startswith("_")] + [
                c for v in value.values() for c in comments(v)
            ]
        return [c for v in value for c in comments(v)] if isinstance(value, list) else []

    folder = RulesFolder.open(None)
    assert [c for name in SPECS for c in comments(folder.table(name))] == []


def test_a_map_of_objects_is_declared_with_map_of() -> None:
    assert isinstance(SPECS["reconcile"]["intervals"], Mapping)
    assert isinstance(SPECS["reconcile"]["intervals"]["hedges"], MapOf)


# --- errors name the file and the key ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("currencies", lambda t: t.update(symbols=["$"]),
         "currencies.json: symbols: expected an object, got a list"),
        ("dates", lambda t: t.pop("months"), "dates.json: months: required key missing"),
        ("dates", lambda t: t.update(numeric_date_order="ymd"),
         'dates.json: numeric_date_order: expected "dmy" or "mdy", got "ymd"'),
        ("dates", lambda t: t["units"].update(day=["D"]),
         "dates.json: units.day: expected a list of 2, got a list of 1"),
        ("numbers", lambda t: t["scales"].update(million="1e6"),
         'numbers.json: scales.million: expected a number, got "1e6"'),
        ("hedges", lambda t: t["lower"].insert(0, 5),
         "hedges.json: lower[0]: expected a string, got 5"),
        ("hedges", lambda t: t["lower"].insert(0, " "),
         'hedges.json: lower[0]: expected a string, got " "'),
        ("frame", lambda t: t["syntax"].update(copulas="be"),
         'frame.json: syntax.copulas: expected a list, got "be"'),
        ("frame", lambda t: t["limits"].pop("title_share"),
         "frame.json: limits.title_share: required key missing"),
        ("reconcile", lambda t: t["severity"].update(base=-1),
         "reconcile.json: severity.base: expected a non-negative number, got -1"),
        ("reconcile", lambda t: t["keys"].update(compare_defaulted_holders="no"),
         'reconcile.json: keys.compare_defaulted_holders: expected true or false, got "no"'),
        ("fiscal_years", lambda t: t["countries"].update(India=13),
         "fiscal_years.json: countries.India: expected a month 1-12, got 13"),
        ("dates", lambda t: t.update(fiscal_year_start_month=0),
         "dates.json: fiscal_year_start_month: expected a month 1-12, got 0"),
        ("boilerplate", lambda t: t["lines"][0].update(scope="page"),
         'boilerplate.json: lines[0].scope: expected "line" or "match", got "page"'),
        ("sentences", lambda t: t.update(number_abbreviations=None),
         "sentences.json: number_abbreviations: expected a list, got null"),
    ],
    ids=["object-not-list", "missing-key", "not-a-choice", "short-pair", "string-not-number",
         "number-not-string", "blank-string", "nested-list", "nested-missing", "negative",
         "not-a-bool", "not-a-month", "fiscal-start-not-a-month", "item-of-a-list", "null"],
)
def test_a_wrong_value_names_the_file_and_key(
    rules: Path, name: str, change: Callable[[Table], object], message: str
) -> None:
    edit(rules, name, change)
    assert error_of(rules) == message


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("numbers", lambda t: t.update(scalez={}),
         "numbers.json: scalez: unknown key (did you mean scales?)"),
        ("reconcile", lambda t: t["pragmatic"].update(bound_ration=1),
         "reconcile.json: pragmatic.bound_ration: unknown key (did you mean bound_ratio?)"),
        ("frame", lambda t: t["syntax"].update(copula=["be"]),
         "frame.json: syntax.copula: unknown key (did you mean copulas?)"),
    ],
    ids=["top-level", "in-a-section", "in-the-syntax"],
)
def test_an_unknown_key_is_named(
    rules: Path, name: str, change: Callable[[Table], object], message: str
) -> None:
    edit(rules, name, change)
    assert error_of(rules) == message


def test_a_comment_key_is_no_unknown_key(rules: Path) -> None:
    edit(rules, "numbers", lambda t: t["scales"].update(_why="lakh is Indian English"))
    assert "_why" not in RulesFolder.open(rules).table("numbers")["scales"]


def test_a_key_given_twice_is_named(rules: Path) -> None:
    path = rules / "hedges.json"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '"lower":', '"lower": ["over"], "lower":', 1), encoding="utf-8")
    assert error_of(rules) == 'hedges.json: "lower": key given twice in one object'


def test_a_json_file_that_is_no_table_is_named(rules: Path) -> None:
    (rules / "currency.json").write_text("{}", encoding="utf-8")
    assert error_of(rules) == "currency.json: not a table claimx reads (did you mean currencies?)"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"label": "MONEY", "pattern": "x"', "money.jsonl:1: not valid JSON"),
        ('{"label": "MONEY", "pattern": "x", "id": "a", "note": 1}',
         "money.jsonl:1: note: unknown key"),
        ('{"label": "MONEY", "pattern": 5, "id": "a"}',
         "money.jsonl:1: pattern: expected a string or a list, got 5"),
        ('{"label": "MONEY", "pattern": [5], "id": "a"}',
         "money.jsonl:1: pattern[0]: expected an object, got 5"),
    ],
    ids=["not-json", "unknown-key", "wrong-type", "token-not-an-object"],
)
def test_a_bad_pattern_line_names_the_file_line_and_key(
    rules: Path, line: str, message: str
) -> None:
    (rules / "money.jsonl").write_text(line + "\n", encoding="utf-8")
    assert error_of(rules).startswith(message)


# --- from the command line: exit 3, one line naming the file ----------------------------


@pytest.mark.parametrize("name", sorted(SPECS))
def test_a_corrupt_table_stops_extract_with_its_name(
    rules: Path, tmp_path: Path, name: str
) -> None:
    (rules / f"{name}.json").write_text('{"a": 1,\n', encoding="utf-8")
    code, lines = extract(rules, tmp_path)
    assert code == EXIT_SETUP
    assert len(lines) == 1
    assert lines[0].startswith(f"claimx: error: {name}.json:2:1: not valid JSON")


@pytest.mark.parametrize(
    ("breaks", "named"),
    [
        (lambda rules: [p.unlink() for p in rules.iterdir()], "holds no rules files"),
        (lambda rules: (rules / "money.jsonl").unlink(), "lacks money.jsonl"),
        (lambda rules: (rules / "currencies.json").unlink(), "lacks currencies.json"),
    ],
    ids=["empty-folder", "no-money-patterns", "no-currencies-table"],
)
def test_a_folder_lacking_rules_stops_extract(
    rules: Path, tmp_path: Path, breaks: Callable[[Path], object], named: str
) -> None:
    breaks(rules)
    code, lines = extract(rules, tmp_path)
    assert code == EXIT_SETUP
    assert len(lines) == 1 and named in lines[0]


def test_a_bad_table_stops_reconcile_with_its_name(rules: Path, tmp_path: Path) -> None:
    edit(rules, "reconcile", lambda t: t["growth"].update(multiples=[]))
    claims = tmp_path / "claims.jsonl"
    claims.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "reconcile", str(claims), "-o", str(tmp_path / "out"), "--rules", str(rules),
    ])
    assert result.exit_code == EXIT_SETUP
    assert result.stderr.splitlines() == [
        "claimx: error: reconcile.json: growth.multiples: expected an object, got a list"
    ]


# --- an edited value reaches what reads it ------------------------------------------------


def test_an_edited_table_reaches_the_normalizers(rules: Path) -> None:
    edit(rules, "currencies", lambda t: t["names"].update(zorkmids="ZMK"))
    amount = Normalizers.from_rules(RulesFolder.open(rules)).money("5 zorkmids")
    assert amount is not None and amount.unit == "ZMK"
    assert Normalizers.from_rules(None).money("5 zorkmids") is None


def test_an_edited_fiscal_year_reaches_reconciliation(rules: Path) -> None:
    edit(rules, "fiscal_years", lambda t: t["countries"].update(India=1))
    assert load_tables(rules).fiscal_years.start_month("India") == 1
    assert load_tables().fiscal_years.start_month("India") == 4
