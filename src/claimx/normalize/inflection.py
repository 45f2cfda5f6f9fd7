"""Words in a crude singular, to match nouns written in either number ("exports" and
"export", "companies" and "company"), with the endings as data from a rules table."""

from __future__ import annotations

from collections.abc import Sequence


def singular(
    word: str,
    plural_endings: Sequence[tuple[str, str, int]],
    singular_endings: Sequence[str],
) -> str:
    """``word`` (lower case) with the first of ``plural_endings`` it ends in replaced:
    (plural ending, singular ending, shortest word it applies to), so "companies" ->
    "company" and "exports" -> "export", but "gas" stays. A word ending in one of
    ``singular_endings`` ("loss", "bonus") is no plural."""
    if word.endswith(tuple(singular_endings)):
        return word
    for plural, single, shortest in plural_endings:
        if word.endswith(plural) and len(word) >= shortest:
            return word[: len(word) - len(plural)] + single
    return word
