"""Counts that carry a claim: "over 600,000 (tech professionals)", "15+ (IT startups)".

Only the number is read here; the pipeline supplies the counted noun phrase as the unit.
Vague counts ("thousands of jobs") state no figure and give None.
"""

from __future__ import annotations

from claimx.normalize.amount import Amount
from claimx.normalize.hedges import strip_hedges
from claimx.normalize.numbers import parse_number
from claimx.normalize.tables import Tables, load_tables


def parse_count(text: str, tables: Tables | None = None) -> Amount | None:
    """The count a span states (unit None), or None for no figure or a vague one."""
    tables = tables or load_tables()
    cleaned = " ".join(text.lower().replace("\u00a0", " ").split())
    bound, core = strip_hedges(cleaned, tables)
    if core.endswith("+"):
        core, bound = core[:-1].strip(), bound or "lower"
    if core in tables.vague:
        return None
    number = parse_number(core, tables)
    if number is None or number.value < 0:
        return None
    if bound == "lower":
        return Amount(number.value, None, "lower", None, None, number.precision)
    if bound == "upper":
        return Amount(None, number.value, "upper", None, None, number.precision)
    return Amount(number.value, number.value, bound or "exact", None, None, number.precision)
