"""Fiscal years by holder: the month each country's government or an organisation starts its
fiscal year in (``rules/fiscal_years.json``).

Pure: a table in, a month out. Reconciliation uses it to read a figure's fiscal period
("FY24", "Q3 FY25") under its holder's own fiscal year: India's FY24 is April 2023 to March
2024, Pakistan's July 2023 to June 2024.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimx.resources import RulesError, default_rules_dir, read_table

TABLE = "fiscal_years"
_SECTIONS = ("countries", "organisations")


@dataclass(frozen=True)
class FiscalYears:
    """Holder (casefolded) -> the month its fiscal year starts in (1-12)."""

    starts: Mapping[str, int]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> FiscalYears:
        """Build from the parsed table, rejecting unknown sections and months outside 1-12."""
        data = {k: v for k, v in table.items() if not k.startswith("_")}
        unknown = set(data) - set(_SECTIONS)
        if unknown:
            raise RulesError(f"{TABLE}.json: unknown keys {sorted(unknown)}; "
                             f"expected {list(_SECTIONS)}")
        starts: dict[str, int] = {}
        for section in _SECTIONS:
            entries = data.get(section, {})
            if not isinstance(entries, Mapping):
                raise RulesError(f"{TABLE}.json {section}: expected an object")
            for name, month in entries.items():
                if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
                    raise RulesError(f"{TABLE}.json {section}.{name}: expected a month 1-12, "
                                     f"got {month!r}")
                starts[" ".join(str(name).casefold().split())] = month
        return cls(starts)

    def start_month(self, holder: str | None) -> int | None:
        """The month ``holder``'s fiscal year starts in, or None when it is not listed."""
        if not holder:
            return None
        return self.starts.get(" ".join(holder.casefold().split()))


def load_fiscal_years(rules_dir: str | Path | None = None) -> FiscalYears:
    """The fiscal-year table of a rules folder (the packaged one by default)."""
    if rules_dir is None:
        return _default()
    return FiscalYears.from_table(read_table(Path(rules_dir), TABLE))


@lru_cache(maxsize=1)
def _default() -> FiscalYears:
    return FiscalYears.from_table(read_table(default_rules_dir(), TABLE))
