"""The model's attribute ruler, applied without trying every pattern at every token.

spaCy's ``AttributeRuler`` maps each token's fine-grained tag (and a few words and arcs) to
its part of speech, morphology and lemma exceptions through a ``Matcher`` that tries all of
its patterns (179 in ``en_core_web_sm``) at every token: a quarter of the figure parser's
time. Nearly all of those patterns look at one token only, and at a handful of its
attributes (tag, lower-case form, arc label, whether it is white space), so what they set on
a token is a function of those few values: :class:`TokenAttributeRules` works it out once
per distinct combination and keeps it, and runs a ``Matcher`` only for the patterns that span
several tokens ("gon na", "let 's"). It applies every matching pattern's attributes to a
token in the ruler's own order (a later pattern wins, as in ``AttributeRuler.match``), so
the annotations are the same; :func:`fast_rules` returns None for a ruler whose patterns look
at anything else, and the caller keeps the ruler itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# Token attributes a one-token pattern may test, in the order of a token's key.
KEY_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
KEY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
# Attributes written for all tokens at once; any other (a tag, an arc label) token by token.
ARRAY_ATTRS = (POS, MORPH, LEMMA)
# Distinct token keys kept before the cache starts over (a few thousand in a news corpus).
MAX_KEYS = 200_000


def fast_rules(ruler: Any) -> TokenAttributeRules | None:
    """The rules of ``ruler`` (an ``AttributeRuler``) in fast form, or None when one of its
    patterns tests an attribute or an operator this module does not read."""
    patterns = getattr(ruler, "patterns", None)
    attrs = getattr(ruler, "attrs", None)
    indices = getattr(ruler, "indices", None)
    if patterns is None or attrs is None or indices is None or len(patterns) != len(attrs):
        return None
    single: list[tuple[int, list[dict[str, Any]]]] = []
    multi: list[tuple[int, list[list[dict[str, Any]]]]] = []
    for number, entry in enumerate(patterns):
        alternatives = entry["patterns"]
        if not all(_readable(token) for pattern in alternatives for token in pattern):
            return None
        if all(len(pattern) == 1 for pattern in alternatives) and indices[number] in (0, -1):
            single.append((number, [pattern[0] for pattern in alternatives]))
        else:
            multi.append((number, alternatives))
    return TokenAttributeRules(ruler.vocab, single, multi, list(attrs), list(indices))


def _readable(token: Mapping[str, Any]) -> bool:
    for key, value in token.items():
        if key not in KEY_FIELDS:
            return False
        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN", "REGEX"}:
            return False
        if not isinstance(value, (str, bool, dict)):
            return False
    return True


def _matches(token: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    """Whether a one-token pattern ``token`` matches a token with these ``values``."""
    for key, wanted in token.items():
        value = values[key]
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
            if "REGEX" in wanted and not re.search(wanted["REGEX"], str(value)):
                return False
        elif value != wanted:
            return False
    return True


class TokenAttributeRules:
    """An attribute ruler's patterns: one-token patterns read off a cache of token keys,
    longer ones through a ``Matcher`` of their own."""

    def __init__(
        self,
        vocab: Vocab,
        single: Sequence[tuple[int, list[dict[str, Any]]]],
        multi: Sequence[tuple[int, list[list[dict[str, Any]]]]],
        attrs: Sequence[Mapping[int, int]],
        indices: Sequence[int],
    ) -> None:
        self.vocab = vocab
        self.single = single
        self.attrs = attrs
        self.indices = indices
        self.matcher = Matcher(vocab)
        for number, alternatives in multi:
            self.matcher.add(str(number), alternatives)
        self.has_multi = bool(multi)
        # The one-token patterns to try on a token: those that want its lower-case form or
        # its tag, and those that want neither.
        self._by_lower: dict[str, set[int]] = {}
        self._by_tag: dict[str, set[int]] = {}
        self._anywhere: set[int] = set()
        for position, (_, tokens) in enumerate(single):
            for token in tokens:
                if isinstance(token.get("LOWER"), str):
                    self._by_lower.setdefault(token["LOWER"], set()).add(position)
                elif isinstance(token.get("TAG"), str):
                    self._by_tag.setdefault(token["TAG"], set()).add(position)
                else:
                    self._anywhere.add(position)
        # token key (hashes of KEY_ATTRS) -> the numbers of the one-token patterns it matches
        self._numbers: dict[tuple[int, ...], tuple[int, ...]] = {}
        # token key -> the attributes those patterns leave on it (later ones win)
        self._merged: dict[tuple[int, ...], dict[int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 0) -> Iterator[Doc]:
        """The documents with the ruler's attributes set; the distinct token keys of all of
        them are looked up once (a batch of short windows shares most of its words)."""
        batch = list(docs)
        sizes = [len(doc) for doc in batch]
        if not sum(sizes):
            yield from batch
            return
        # One row per distinct token key, and each token's row.
        keys, rows = np.unique(
            np.concatenate([doc.to_array(KEY_ATTRS).reshape(-1, len(KEY_ATTRS))
                            for doc in batch if len(doc)]),
            axis=0, return_inverse=True,
        )
        rows = rows.reshape(-1)
        new = np.zeros((len(keys), len(ARRAY_ATTRS)), dtype=np.uint64)
        setting = np.zeros((len(keys), len(ARRAY_ATTRS)), dtype=bool)
        extra: list[int] = []  # the rows whose patterns set attributes beyond ARRAY_ATTRS
        merged_of = [self._merged_of(tuple(key)) for key in keys.tolist()]
        for row, merged in enumerate(merged_of):
            for column, attr in enumerate(ARRAY_ATTRS):
                if attr in merged:
                    new[row, column], setting[row, column] = merged[attr], True
            if any(attr not in ARRAY_ATTRS for attr in merged):
                extra.append(row)
        offset = 0
        for doc, size in zip(batch, sizes, strict=True):
            if size:
                own = rows[offset : offset + size]
                offset += size
                self._set(doc, keys, own, new, setting, extra, merged_of)
            yield doc

    def _set(self, doc: Doc, keys: Any, rows: Any, new: Any, setting: Any,
             extra: list[int], merged_of: list[dict[int, int]]) -> None:
        """Set the attributes of ``doc``, whose tokens have the key rows ``rows``."""
        values: Any = doc.to_array(list(ARRAY_ATTRS))
        values = np.where(setting[rows], new[rows].astype(values.dtype), values)
        others: list[tuple[int, dict[int, int]]] = [
            (int(i), merged_of[row]) for row in extra for i in np.flatnonzero(rows == row)
        ]
        for i, numbers in self._multi_matches(doc).items():
            # a token that a longer pattern covers: every pattern of it, in the ruler's order
            merged: dict[int, int] = {}
            for number in sorted({*self._numbers_of(tuple(keys[rows[i]].tolist())),
                                  *numbers}):
                merged.update(self.attrs[number])
            for column, attr in enumerate(ARRAY_ATTRS):
                if attr in merged:
                    values[i, column] = merged[attr]
            others.append((i, merged))
        doc.from_array(list(ARRAY_ATTRS), values)
        for i, merged in others:
            rest = {k: v for k, v in merged.items() if k not in ARRAY_ATTRS}
            if rest:
                set_token_attrs(doc[i], rest)

    def _multi_matches(self, doc: Doc) -> dict[int, list[int]]:
        """Token -> numbers of the longer patterns that set its attributes."""
        found: dict[int, list[int]] = {}
        if not self.has_multi:
            return found
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            number = int(self.vocab.strings[match_id])
            index = self.indices[number]
            found.setdefault(start + index if index >= 0 else end + index, []).append(number)
        return found

    def _numbers_of(self, key: tuple[int, ...]) -> tuple[int, ...]:
        numbers = self._numbers.get(key)
        if numbers is None:
            if len(self._numbers) >= MAX_KEYS:
                self._numbers.clear()
                self._merged.clear()
            strings = self.vocab.strings
            values: dict[str, Any] = {
                "TAG": strings[key[0]] if key[0] else "",
                "LOWER": strings[key[1]] if key[1] else "",
                "DEP": strings[key[2]] if key[2] else "",
                "IS_SPACE": bool(key[3]),
            }
            candidates = (
                self._by_lower.get(values["LOWER"], set())
                | self._by_tag.get(values["TAG"], set())
                | self._anywhere
            )
            numbers = self._numbers[key] = tuple(
                self.single[position][0] for position in sorted(candidates)
                if any(_matches(token, values) for token in self.single[position][1])
            )
        return numbers

    def _merged_of(self, key: tuple[int, ...]) -> dict[int, int]:
        merged = self._merged.get(key)
        if merged is None:
            merged = {}
            for number in self._numbers_of(key):
                merged.update(self.attrs[number])
            self._merged[key] = merged
        return merged
