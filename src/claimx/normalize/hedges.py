"""Hedges: the words before a figure that make it a bound or an approximation.

``strip_hedges`` is what the money, percent and count normalizers share; the same table's
phrase lists (``Tables.hedges``, ``Tables.suffixes``) feed the span-extension step of the
pipeline, so one table serves both.
"""

from __future__ import annotations

from claimx.normalize.amount import Bound
from claimx.normalize.tables import Tables, load_tables

BOUND_OF_GROUP: dict[str, Bound] = {"lower": "lower", "upper": "upper", "approx": "approx"}


def strip_hedges(
    text: str, tables: Tables | None = None, *, suffix: bool = True
) -> tuple[Bound | None, str]:
    """The bound a hedge gives (or None) and the text without hedge and suffix.

    ``text`` is lower-cased and stripped. "crossing the $2.5 billion mark" -> ("lower",
    "$2.5 billion"); a bound written after the figure counts when none stands before it:
    "500 or more" -> ("lower", "500"), and it turns an approximation into that bound.
    ``suffix=False`` keeps a trailing suffix word, for figures whose unit ends in one
    ("40 deutsche mark").
    """
    tables = tables or load_tables()
    bound: Bound | None = None
    match = tables.hedge_regex.match(text)
    if match:
        phrase = match.group("hedge")
        for group in ("lower", "upper", "approx"):
            if phrase in tables.hedges[group]:
                bound = BOUND_OF_GROUP[group]
                break
        text = text[match.end() :]
    else:
        article = next((a for a in tables.hedge_articles if text.startswith(f"{a} ")), None)
        if article is not None:
            text = text[len(article) + 1 :]
    if suffix:
        text = tables.suffix_regex.sub("", text)
    after = tables.trailing_regex.search(text)
    if after:
        # "about 500 or more" is a floor; a bound stated before the figure wins over one after.
        if bound in (None, "approx"):
            bound = "lower" if after.group("hedge") in tables.trailing["lower"] else "upper"
        text = text[: after.start()]
    return bound, text.strip()
