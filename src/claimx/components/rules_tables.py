"""The rules tables a component holds: read from a rules folder, saved with the pipeline.

A claimx component's word lists and limits are JSON tables of a rules folder
(rules/README.md). The component takes its tables, checked, from a
:class:`~claimx.rules_folder.RulesFolder` when it is created (the folder of its
``rules_dir`` setting; None, the default, is the packaged rules) and again whenever
``initialize(rules_dir=...)`` is called (a folder's path, or the run's open folder).
``to_disk`` writes the tables it holds into the component's folder of a saved pipeline,
under their rules-folder names (``frame.json``...), and ``from_disk`` reads them back,
checked, as spaCy's ``span_ruler`` does with its patterns: a saved pipeline needs neither
the rules folder it was built from nor a path in its config.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar, Self, TypeVar, get_type_hints

import srsly
from spacy.language import Language
from spacy.training import Example

from claimx.rules_check import read_json
from claimx.rules_folder import RulesError, RulesFolder, checked_tables

F = TypeVar("F", bound=Callable[..., Any])


def evaluated_annotations(method: F) -> F:
    """``method`` with its annotations evaluated. ``nlp.initialize()`` checks a component's
    ``[initialize]`` settings against the signature of its ``initialize``, and cannot read
    the strings that postponed annotations (``from __future__ import annotations``) leave."""
    method.__annotations__ = get_type_hints(method)
    return method


class RulesTables:
    """Mixin for a component built from the tables ``TABLES`` of a rules folder.

    The class sets ``TABLES`` and builds its state from them in :meth:`use_tables`; the
    mixin reads, keeps and serializes them.
    """

    TABLES: ClassVar[tuple[str, ...]] = ()
    rules_tables: dict[str, Any]

    def use_tables(self, tables: Mapping[str, Any]) -> None:
        """Build the component's state from ``tables`` (one per name of ``TABLES``)."""
        raise NotImplementedError

    def load_tables(self, tables: Mapping[str, Any]) -> None:
        """Hold ``tables`` (checked: a :class:`RulesFolder`'s, or :func:`checked_tables`)
        and build the component's state from them."""
        self.rules_tables = {name: tables[name] for name in self.TABLES}
        self.use_tables(self.rules_tables)

    @evaluated_annotations
    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        rules_dir: RulesFolder | str | Path | None = None,
    ) -> None:
        """Take the tables of the rules folder ``rules_dir`` (None: the packaged rules);
        ``get_examples`` and ``nlp`` are spaCy's initialize arguments, not needed here."""
        self.load_tables(RulesFolder.open(rules_dir).tables(self.TABLES))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The tables held, as bytes."""
        data: bytes = srsly.msgpack_dumps(self.rules_tables)
        return data

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        """Load the tables of :meth:`to_bytes`, checked."""
        tables = srsly.msgpack_loads(data)
        where = str(getattr(self, "name", type(self).__name__))  # the pipe's name
        self.load_tables(checked_tables(tables, self.TABLES, where))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the tables held into the folder ``path``, one ``NAME.json`` each."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, table in self.rules_tables.items():
            text = json.dumps(table, ensure_ascii=False, indent=2)
            (folder / f"{name}.json").write_text(text + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        """Load the tables :meth:`to_disk` wrote into ``path``, checked."""
        folder = Path(path)
        tables = {}
        # No fallback to the packaged rules here: the saved tables are the component's.
        for name in self.TABLES:
            file = folder / f"{name}.json"
            if not file.is_file():
                raise RulesError(f"rules table not found: {file}", file=str(file))
            tables[name] = read_json(file.read_text(encoding="utf-8"), str(file))
        self.load_tables(checked_tables(tables, self.TABLES, str(folder)))
        return self
