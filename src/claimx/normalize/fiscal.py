"""Fiscal years by holder: the month each country's government or an organisation starts its
fiscal year in (``rules/fiscal_years.json``).

Pure: a table in, a month out. Reconciliation uses it to read a figure's fiscal period
("FY24", "Q3 FY25") under its holder's own fiscal year: India's FY24 is April 2023 to March
2024, Pakistan's July 2023 to June 2024.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimx.rules_folder import RulesFolder

TABLE = "fiscal_years"
_SECTIONS = ("countries", "organisations")


@dataclass(frozen=True)
class FiscalYears:
    """Holder (casefolded) -> the month its fiscal year starts in (1-12)."""

    starts: Mapping[str, int]
    company_starts: Mapping[str, int] = field(default_factory=dict)  # by country
    # The words of a fiscal year stated in a report ("its fiscal year ends in September"):
    # ``labels`` name the year, ``start_words`` and ``end_words`` lead to the month it
    # starts or ends in.
    stated: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> FiscalYears:
        """Build from the checked table (:class:`~claimx.rules_folder.RulesFolder`: its
        months are 1-12)."""
        starts: dict[str, int] = {}
        for section in _SECTIONS:
            for name, month in table.get(section, {}).items():
                starts[_key(name)] = month
        companies = {_key(name): month
                     for name, month in table.get("company_countries", {}).items()}
        stated = {role: tuple(words)
                  for role, words in table.get("stated_years", {}).items()
                  if not role.startswith("_")}
        return cls(starts, companies, stated)

    def company_start_month(self, country: str | None) -> int | None:
        """The month the companies of ``country`` start their fiscal year in, where the
        table says they keep one (India: 4), else None."""
        if not country:
            return None
        return self.company_starts.get(_key(country))

    def start_month(self, holder: str | None) -> int | None:
        """The month ``holder``'s fiscal year starts in, or None when it is not listed."""
        if not holder:
            return None
        return self.starts.get(_key(holder))


def _key(name: object) -> str:
    return " ".join(str(name).casefold().split())


def load_fiscal_years(rules: RulesFolder | str | Path | None = None) -> FiscalYears:
    """The fiscal-year table of a rules folder (the packaged one by default)."""
    if rules is None:
        return _default()
    return FiscalYears.from_table(RulesFolder.open(rules).table(TABLE))


@lru_cache(maxsize=1)
def _default() -> FiscalYears:
    return FiscalYears.from_table(RulesFolder.open(None).table(TABLE))
