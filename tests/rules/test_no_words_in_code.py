"""No word of the text is written in the code that reads it: word lists live in rules/.

The modules that read text (components/, normalize/, frame/, reconcile/ and claims.py) are
walked as syntax trees. A string literal is a word of the text when it is compared with
something (``==``, ``!=``, ``in``, ``not in``), passed to a string method that tests or cuts
text (``startswith``, ``split``, ``removesuffix``...), used as a regular expression (a
``re.*`` call or a rule of the date grammar), or looked up in a dict literal; a module-level
constant is followed to its value. Each such literal is cut into words (runs of letters and
underscores, after the escapes, character classes, group names and counts of a regular
expression are taken out). A word must be a label the code itself defines: an upper-case
tag (spaCy's "NOUN", claimx's "MONEY", the shape "YNN") or one of ``LABELS`` below, or, in
the one module that compiles spaCy patterns, one of its pattern keys. A word of the text
belongs in a rules table, with its key documented in rules/README.md.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimx

SOURCE = Path(claimx.__file__).parent
SCANNED = ["components", "normalize", "frame", "reconcile", "claims.py"]

# Names claimx gives to things, never words of the text.
LABELS = frozenset(
    {
        # An amount's bound (claimx.normalize.amount.Bound) and the unit of percentage points.
        "lower", "upper", "exact", "approx", "range", "pp",
        # Claim kinds, and build_claims' "read the order off the figures".
        "money", "percent", "quantity", "duration", "date", "entity", "figures",
        # Facets, directions and modalities of the frame and of reconciliation.
        "level", "change", "baseline", "new_level", "share", "growth", "decrease", "down",
        "actual", "historical", "projection", "target", "hypothetical",
        # How a holder, metric or time was found; a figure's status.
        "stated", "resolved", "inherited", "defaulted", "provisional", "revised",
        # Date grains, the parts of a period, open bounds, the preferred side, numeric orders.
        "day", "days", "week", "weekend", "month", "quarter", "quarters", "half", "year",
        "fiscal_year", "decade", "century", "early", "late", "since", "after", "before",
        "past", "future", "dmy", "mdy",
        # Reconciliation's period keys: of a figure that names no period, and the prefix of a
        # relative period left unresolved ("rel::the third quarter").
        "current", "rel",
        # spaCy: dependency labels, pipe names, a layer architecture; a field's declared type.
        "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "case", "ccomp",
        "compound",
        "conj", "csubj", "dative", "dep", "det", "dobj", "mark", "nmod", "npadvmod", "nsubj",
        "nsubjpass", "nummod",
        "oprd", "parataxis", "pcomp", "pobj", "poss", "prep", "prt", "quantmod", "relcl", "xcomp",
        "parser", "lemmatizer", "spacy", "MaxoutWindowEncoder", "frozenset",
        # The rules notation of a declared table shape (claimx.rules_check).
        "str",
        # The frame.json syntax fields read by group; a span group of the Doc.
        "modality_words", "status_words", "holder_nouns", "unit_dimensions", "claimx_chosen",
    }
)
# The keys of a spaCy token pattern, which the ruler compiles.
PATTERN_KEYS = {
    "components/ruler.py": frozenset({"eq", "in", "not_in", "flag", "regex"}),
    # spaCy's names of its lemmatizer's modes
    "components/parsing.py": frozenset({"rule", "lookup"}),
}

TEXT_METHODS = frozenset(
    {"startswith", "endswith", "removeprefix", "removesuffix", "partition", "rpartition",
     "split", "rsplit", "strip", "lstrip", "rstrip", "index", "find", "count", "replace"}
)
RE_FUNCTIONS = frozenset(
    {"compile", "match", "search", "fullmatch", "sub", "subn", "split", "finditer", "findall"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
# What a regular expression says besides its words: escapes, classes, group names, counts.
_REGEX_SYNTAX = re.compile(r"\\[A-Za-z]|\[[^\]]*\]|\(\?P<\w+>|\(\?P=\w+\)|\{[^}]*\}")


def literals(node: ast.AST, constants: dict[str, ast.AST]) -> list[str]:
    """The string literals ``node`` stands for: a constant, the fixed parts of an f-string,
    the items of a collection or dict, a module-level constant's value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        ]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [text for item in node.elts for text in literals(item, constants)]
    if isinstance(node, ast.Dict):
        return [text for key in node.keys if key is not None for text in literals(key, constants)]
    if isinstance(node, ast.BinOp):
        return literals(node.left, constants) + literals(node.right, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
        return literals(node.args[0], constants)  # frozenset({...}), tuple([...])
    if isinstance(node, ast.Name) and node.id in constants:
        return literals(constants[node.id], constants)
    return []


def _constants(tree: ast.Module) -> dict[str, ast.AST]:
    found: dict[str, ast.AST] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target, value = statement.target, statement.value
        else:
            continue
        if isinstance(target, ast.Name):
            found[target.id] = value
    return found


def text_literals(source: str) -> Iterator[tuple[int, str, bool]]:
    """(line, literal, whether it is a regular expression) for each literal that ``source``
    tests text with."""
    tree = ast.parse(source)
    constants = _constants(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                for text in literals(side, constants):
                    yield node.lineno, text, False
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
            for text in literals(node.value, constants):
                yield node.lineno, text, False
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner, name = node.func.value, node.func.attr
            if isinstance(owner, ast.Name) and owner.id == "re" and name in RE_FUNCTIONS:
                for text in literals(node.args[0], constants) if node.args else []:
                    yield node.lineno, text, True
            elif name in TEXT_METHODS:
                for argument in node.args:
                    for text in literals(argument, constants):
                        yield node.lineno, text, False
        elif (
            isinstance(node, ast.Tuple)
            and len(node.elts) == 2
            and isinstance(node.elts[0], ast.JoinedStr | ast.Constant)
            and isinstance(node.elts[1], ast.Attribute)
        ):
            for text in literals(node.elts[0], constants):  # (pattern, rule) of the grammar
                yield node.lineno, text, True


def words_of(text: str, regex: bool) -> list[str]:
    return _WORD.findall(_REGEX_SYNTAX.sub(" ", text) if regex else text)


def unknown_words(source: str, allowed: frozenset[str] = LABELS) -> list[str]:
    """The words of the text ``source`` tests text with: none of ``allowed``, not a tag."""
    return [
        f"{line}: {word!r} in {text!r}"
        for line, text, regex in text_literals(source)
        for word in words_of(text, regex)
        if word not in allowed and not word.isupper()
    ]


def scanned_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        path = SOURCE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


@pytest.mark.parametrize(
    "path", scanned_files(), ids=lambda path: path.relative_to(SOURCE).as_posix()
)
def test_no_word_of_the_text_is_written_in_code(path: Path) -> None:
    module = path.relative_to(SOURCE).as_posix()
    allowed = LABELS | PATTERN_KEYS.get(module, frozenset())
    assert unknown_words(path.read_text(encoding="utf-8"), allowed) == []


@pytest.mark.parametrize(
    ("source", "word"),
    [
        ('if token.lower_ == "and":\n    pass\n', "and"),
        ('ok = word in ("st", "nd", "rd", "th")\n', "nd"),
        ('_JOINS = ("and", "but")\nok = word in _JOINS\n', "but"),
        ('import re\n_RANGE = re.compile(r"^(.+?)\\s+(?:to|or)\\s+(.+)$")\n', "to"),
        ('rules = [(rf"({u})\\s+(?:this|next)\\s+({wd})", relative.rest_of)]\n', "next"),
        ('ok = text.startswith("the ")\n', "the"),
        ('unit = {"ytd": "year"}[abbreviation]\n', "ytd"),
    ],
    ids=["equal", "in a tuple", "a module constant", "a regex", "a grammar rule",
         "a string method", "a dict literal"],
)
def test_a_word_compared_with_text_is_found(source: str, word: str) -> None:
    assert any(f"{word!r}" in found for found in unknown_words(source))


@pytest.mark.parametrize(
    "source",
    ['if bound == "lower":\n    pass\n', 'ok = token.pos_ in ("NOUN", "PROPN")\n',
     'import re\n_DIGITS = re.compile(r"\\d+(?:\\.\\d+)?[a-z]*")\n',
     'raise RulesError("dates table lacks the keys")\n'],
    ids=["a label", "tags", "regex syntax only", "a message"],
)
def test_labels_and_syntax_are_no_words(source: str) -> None:
    assert unknown_words(source) == []
