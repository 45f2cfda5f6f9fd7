"""Every example row of the date tests, for the tests that look across the whole grammar."""

from __future__ import annotations

from importlib import import_module

from tests.normalize.dates.examples import Example

# The test modules with an EXAMPLES table, one per module of the package that reads phrases.
_MODULES = ("absolute", "calendar_dates", "durations", "fiscal_periods", "holidays", "numeric",
            "parts", "ranges", "relative", "reporting", "words")

ALL_EXAMPLES: list[Example] = [
    example
    for name in _MODULES
    for example in import_module(f"tests.normalize.dates.test_{name}").EXAMPLES
]
