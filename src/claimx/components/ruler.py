"""``claimx_span_ruler``: spaCy's span ruler, run only where a pattern can match.

spaCy's ``Matcher`` tries every pattern at every token, so its cost is tokens x patterns;
with several hundred patterns it dominates a rules-only run. Most tokens of an article can
take part in no pattern at all ("said", "the company's"), and every pattern needs at least
one specific token ("$", a month, a number). :class:`GatedMatcher` therefore:

1. evaluates each distinct token spec of the patterns once per *lexeme* (the spec tests
   ``ORTH``, ``LOWER``, ``IS_DIGIT``, a regex...: properties of the word, not of its
   position), and keeps the answer for the rest of the run;
2. splits the patterns into groups by an *anchor*: a token every match of the pattern must
   contain (the rarest non-optional one);
3. per document, considers only the groups one of its words anchors; per group, finds the
   runs of consecutive tokens that each satisfy some spec of the group and keeps the runs
   holding an anchor and, where every pattern of the group needs tokens besides its anchor,
   confirming tokens: for each pattern one of the tokens it needs ("%" after the number,
   "ago" after "years"), at up to two levels (a second such token per pattern);
4. runs the group's own ``Matcher`` on those runs only; a group of one-word patterns that
   test the word alone needs no matcher: each anchoring token is a match.

A match is a run of tokens that each satisfy one of its pattern's specs and that contains
its anchor, no further from it than the pattern reaches, so it lies inside one of the
windows matched: the matches are exactly those of the plain ``Matcher`` over the whole
document (``tests/components/test_ruler.py`` checks this on real and random text). Of a
spec's attributes only those of the word are tested (``IS_SENT_START``, ``POS`` or custom
attributes are left to the matcher), and a negated token (``"OP": "!"``) is taken to
accept any token: both only widen the windows. The component is otherwise spaCy's
``SpanRuler`` (same patterns, spans, order and serialization); ``gated: false`` turns
the gate off.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.vocab import Vocab

from claimx.components.rules_tables import evaluated_annotations
from claimx.rules_folder import RulesFolder

# Attributes that belong to the word itself, whatever its context: a spec built from these
# alone has one answer per lexeme. NORM is left out: tokenizer exceptions set it per token.
LEXICAL_ATTRS = frozenset({
    "ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX",
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
    "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
    "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
})
STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX"})
# Ops after which a token must be present at least once: such a token can anchor a pattern.
REQUIRED_OPS = frozenset({None, "1", "+"})
# How far a pattern with "*" or "+" may reach: bounded only by the run of tokens.
UNBOUNDED = 1 << 40
# Blocks of a lexeme's row of bits: groups it takes part in, groups it anchors, then the
# groups it confirms at each confirming level.
PART, ANCHOR, CONFIRMS = 0, 1, 2
# How many confirming levels a group may have (each costs a little per document).
CONFIRM_LEVELS = 2
# Runs of one group this close together are matched in one call (fewer, longer calls).
MERGE_GAP = 2
# Rough share of news tokens a spec accepts, used only to pick the rarest anchor: the
# choice changes speed, never matches.
COMMON_SHARE = 0.02
RARE_SHARE = 0.0005
PATTERN_SHARE = 0.02
COMMON_PUNCTUATION = frozenset([
    ".", ",", ";", ":", "!", "?", "'", '"', "(", ")", "[", "]", "-", "–", "—", "/", "&", "*",
    "'s", "’s", "‘", "’", "“", "”",
])
TokenSpec = dict[str, Any]


# The span group the rules write and claimx_figures reads.
RULES_KEY = "claimx_rules"


@Language.factory(
    "claimx_span_ruler",
    default_config={"spans_key": RULES_KEY, "validate": False, "gated": True},
    assigns=["doc.spans"],
)
def make_gated_span_ruler(
    nlp: Language, name: str, *, spans_key: str, validate: bool, gated: bool
) -> GatedSpanRuler:
    """Factory: a span ruler writing ``doc.spans[spans_key]``, gated unless ``gated`` is off.
    It starts without patterns: ``initialize`` gives it those of a rules folder."""
    return GatedSpanRuler(nlp, name, spans_key=spans_key, validate=validate, gated=gated)


def as_token_pattern(nlp: Language, record: dict[str, Any]) -> dict[str, Any]:
    """A phrase pattern as the equivalent ORTH token pattern.

    The span ruler would run every model component over each phrase to build its phrase
    matcher; tokenizing them here gives the same matches at a fraction of the load time.
    """
    if not isinstance(record["pattern"], str):
        return record
    tokens = [{"ORTH": token.text} for token in nlp.make_doc(record["pattern"])]
    return {**record, "pattern": tokens}


class GatedSpanRuler(SpanRuler):
    """spaCy's ``SpanRuler`` whose token patterns run through a :class:`GatedMatcher`."""

    _gate: GatedMatcher | None = None
    _warned_empty = False

    def __init__(
        self, nlp: Language, name: str, *, spans_key: str, validate: bool, gated: bool = True
    ) -> None:
        super().__init__(nlp, name, spans_key=spans_key, validate=validate)
        self.gated = gated

    def match(self, doc: Doc) -> list[Span]:
        """The pattern matches in ``doc`` as spans, deduplicated and sorted (as SpanRuler)."""
        if not self.gated:
            return cast(list[Span], super().match(doc))
        if not self._patterns and not self._warned_empty:
            # spaCy's SpanRuler warns (W036) through its matcher, which the gate skips.
            warnings.warn(
                f"{self.name}: no patterns: add them (add_patterns) or initialize the "
                "component; claimx finds no figures without them",
                stacklevel=2,
            )
            self._warned_empty = True
        if self._gate is None:
            self._gate = GatedMatcher(
                self.nlp.vocab,
                [
                    (repr((p["label"], p.get("id", ""))), p["pattern"])
                    for p in self._patterns
                    if isinstance(p["pattern"], list)
                ],
                validate=self.validate,
            )
        matches = self._gate(doc) + list(self.phrase_matcher(doc))
        labels = self._match_label_id_map
        return sorted({
            Span(doc, start, end, label=labels[key]["label"], span_id=labels[key]["id"])
            for key, start, end in matches
            if start != end
        })

    @evaluated_annotations
    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        patterns: Sequence[dict[str, Any]] | None = None,
        rules_dir: RulesFolder | str | Path | None = None,
    ) -> None:
        """Replace the patterns: by ``patterns`` if given (as spaCy's SpanRuler), else by
        every pattern line of the rules folder ``rules_dir`` (None: the packaged rules).
        Phrase patterns are tokenized here, with the pipeline's tokenizer."""
        if patterns is None:
            folder = RulesFolder.open(rules_dir)
            patterns = [as_token_pattern(self.nlp, p) for p in folder.patterns()]
        self.clear()
        self.add_patterns(list(patterns))

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add patterns (as SpanRuler does); the gate is rebuilt on the next document."""
        super().add_patterns(patterns)
        self._gate = None

    def clear(self) -> None:
        """Remove every pattern."""
        super().clear()
        self._gate = None

    def remove(self, label: str) -> None:
        """Remove the patterns with this label."""
        super().remove(label)
        self._gate = None

    def remove_by_id(self, pattern_id: str) -> None:
        """Remove the patterns with this id."""
        super().remove_by_id(pattern_id)
        self._gate = None


@dataclass
class _Group:
    """Patterns sharing an anchor spec, with how far their matches reach around it."""

    anchor: int | None
    specs: set[int] = field(default_factory=set)
    # For each pattern, the specs it needs besides the anchor (tokens every match holds).
    needs: list[set[int]] = field(default_factory=list)
    # Levels of confirming specs: each level holds, for every pattern, one spec it needs
    # (the rarest not chosen before). A window lacking a token that passes some spec of a
    # level holds no match of any pattern of the group.
    confirms: tuple[frozenset[int], ...] = ()
    patterns: list[tuple[str, list[TokenSpec]]] = field(default_factory=list)
    before: int = 0
    after: int = 0


def one_word(tokens: list[TokenSpec]) -> bool:
    """Whether a pattern is one token, exactly once, that tests only the word itself."""
    if len(tokens) != 1 or tokens[0].get("OP") not in (None, "1"):
        return False
    spec = {k: v for k, v in tokens[0].items() if k.upper() != "OP"}
    test = SpecTest.compile(spec)
    return not (test.slow or test.any_token) and test.lexical == spec


def op_reach(op: str | None) -> int:
    """The most tokens one token spec with quantifier ``op`` can take."""
    if op in (None, "1", "?", "!"):
        return 1
    quantified = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op or "")
    if quantified is None:  # "*", "+", and anything unknown
        return UNBOUNDED
    low, comma, high = quantified.groups()
    if not comma:
        return int(low)
    return int(high) if high else UNBOUNDED


class GatedMatcher:
    """Token patterns matched only on the runs of tokens where they can match.

    ``matcher(doc)`` returns the ``(key, start, end)`` triples a ``spacy.matcher.Matcher``
    holding the same patterns would return (as a list, in no particular order, possibly
    repeated), with keys as hashes of the given key strings.
    """

    def __init__(
        self,
        vocab: Vocab,
        patterns: Sequence[tuple[str, list[TokenSpec]]],
        *,
        validate: bool = False,
        merge_gap: int = MERGE_GAP,
    ) -> None:
        self.vocab = vocab
        self.merge_gap = merge_gap
        self.specs: list[TokenSpec] = []
        self._spec_ids: dict[str, int] = {}
        groups: dict[int | None, _Group] = {}
        for key, tokens in patterns:
            indexed = [(self._spec_id(token), token.get("OP")) for token in tokens]
            anchor_at = self._anchor(indexed)
            anchor = indexed[anchor_at][0] if anchor_at is not None else None
            group = groups.setdefault(anchor, _Group(anchor))
            group.specs.update(i for i, op in indexed if op != "!")
            if any(op == "!" for _, op in indexed):
                group.specs.add(self._spec_id({}))  # "any token" stands in for a negation
            group.patterns.append((key, tokens))
            group.needs.append({
                spec for position, (spec, op) in enumerate(indexed)
                if op in REQUIRED_OPS and position != anchor_at and self._lexical(spec)
            })
            reach = [op_reach(op) for _, op in indexed]
            if anchor_at is None or indexed[anchor_at][1] not in (None, "1"):
                group.before = group.after = UNBOUNDED
            else:
                group.before = max(group.before, min(sum(reach[:anchor_at]), UNBOUNDED))
                group.after = max(group.after, min(sum(reach[anchor_at + 1 :]), UNBOUNDED))
        self.groups = [groups[a] for a in sorted(groups, key=lambda a: -1 if a is None else a)]
        for group in self.groups:
            if group.anchor is not None:
                group.confirms = self._confirming_levels(group)
        self._before = np.array([g.before for g in self.groups], dtype=np.int64)
        self._after = np.array([g.after for g in self.groups], dtype=np.int64)
        # One matcher per group: a call costs about as much as a dozen tokens of matching,
        # yet joining groups whose windows meet costs more (each token is then tried
        # against every pattern of every group joined).
        self.matchers: list[Matcher] = []
        for group in self.groups:
            matcher = Matcher(vocab, validate=validate)
            for key, tokens in group.patterns:
                matcher.add(key, [tokens])
            self.matchers.append(matcher)
        # Groups of one-word patterns that test the word alone ("US", "takeover"): every
        # token anchoring such a group is a match of each of its patterns, no matcher needed.
        self.direct_keys: list[tuple[int, ...] | None] = [
            tuple(dict.fromkeys(vocab.strings.add(key) for key, _ in group.patterns))
            if all(one_word(tokens) for _, tokens in group.patterns) else None
            for group in self.groups
        ]
        self._direct = np.array([keys is not None for keys in self.direct_keys], dtype=bool)
        self.lexicon = SpecLexicon(vocab, self.specs, self.groups)

    def _spec_id(self, token: TokenSpec) -> int:
        spec = {k: v for k, v in token.items() if k.upper() != "OP"}
        key = json.dumps(spec, sort_keys=True, ensure_ascii=False)
        if key not in self._spec_ids:
            self._spec_ids[key] = len(self.specs)
            self.specs.append(spec)
        return self._spec_ids[key]

    def _confirming_levels(self, group: _Group) -> tuple[frozenset[int], ...]:
        """Up to CONFIRM_LEVELS sets of specs: for each pattern of the group, the rarest of
        the specs it needs besides the anchor that no earlier level chose. A match holds a
        token passing its own pattern's choice, hence some spec of every level."""
        levels: list[frozenset[int]] = []
        remaining = [needs - {group.anchor} for needs in group.needs]
        while len(levels) < CONFIRM_LEVELS and remaining and all(remaining):
            chosen = frozenset(
                min(specs, key=lambda spec: (spec_share(self.specs[spec]), spec))
                for specs in remaining
            )
            levels.append(chosen)
            remaining = [specs - chosen for specs in remaining]
        return tuple(levels)

    def _lexical(self, spec: int) -> bool:
        return any(a.upper() in LEXICAL_ATTRS for a in self.specs[spec])

    def _anchor(self, indexed: list[tuple[int, str | None]]) -> int | None:
        """Position of the pattern's anchor: a token every match holds, tested on the word
        alone (the rarest; a single token before a repeated one)."""
        candidates = [
            (spec_share(self.specs[spec]), op not in (None, "1"), position)
            for position, (spec, op) in enumerate(indexed)
            if op in REQUIRED_OPS and any(a.upper() in LEXICAL_ATTRS for a in self.specs[spec])
        ]
        return min(candidates)[2] if candidates else None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every match in ``doc``: ``(key hash, start, end)``."""
        found: list[tuple[int, int, int]] = []
        for group, start, end in self.windows(doc):
            direct = self.direct_keys[group]
            if direct is not None:  # a window of one anchoring token
                found.extend((key, start, end) for key in direct)
                continue
            found.extend(
                (key, start + s, start + e)
                for key, s, e in self.matchers[group](doc[start:end])
            )
        return found

    def windows(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(group, start, end)`` token ranges to match.

        Around each token that can anchor a group: as far as the group's patterns reach
        from their anchor, within the run of tokens that can take part in the group;
        windows of a group that overlap or nearly touch are joined.
        """
        length = len(doc)
        if length == 0 or not self.groups:
            return []
        found = self.lexicon.rows(np.asarray(doc.to_array("ORTH"), np.uint64))
        if found is None:
            return []
        active, flags = found
        width = length + 1  # a False column after each group's row keeps runs apart
        part = np.zeros((len(active), width), dtype=bool)
        part[:, :length] = flags[PART]
        anchored = np.zeros((len(active), width), dtype=bool)
        anchored[:, :length] = flags[ANCHOR]
        flat = part.ravel()
        hits = np.flatnonzero(anchored.ravel() & flat)
        if not len(hits):
            return []
        begins = np.flatnonzero(flat & ~np.concatenate(([False], flat[:-1])))
        ends = np.flatnonzero(flat & ~np.concatenate((flat[1:], [False]))) + 1
        run = np.searchsorted(begins, hits, side="right") - 1
        row = hits // width  # the group's row among the active groups
        group = active[row]
        low = np.maximum(begins[run], hits - self._before[group])
        high = np.minimum(ends[run], hits + self._after[group] + 1)
        reach = np.maximum.accumulate(high)
        first = np.ones(len(hits), dtype=bool)
        first[1:] = (low[1:] > reach[:-1] + self.merge_gap) | (row[1:] != row[:-1])
        first |= self._direct[group]  # one window per anchoring token
        starts = np.flatnonzero(first)
        lows = low[starts]
        highs = np.maximum.reduceat(high, starts)
        # Keep the windows holding, at every confirming level of their group, a token that
        # passes one of the level's specs.
        kept = np.ones(len(starts), dtype=bool)
        confirmed = np.zeros((len(active), width), dtype=bool)
        for level in range(CONFIRMS, len(flags)):
            confirmed[:, :length] = flags[level]
            at = np.flatnonzero(confirmed.ravel())
            kept &= np.searchsorted(at, lows) < np.searchsorted(at, highs)
        base = row[starts] * width
        return list(zip(
            group[starts][kept].tolist(),
            (lows - base)[kept].tolist(),
            (highs - base)[kept].tolist(),
            strict=True,
        ))


class SpecLexicon:
    """For each lexeme seen: which groups it can take part in, which it anchors and which
    it confirms (at each level).

    Answers are computed on first sight of a lexeme and kept as one row of bits per lexeme
    (blocks PART, ANCHOR, then one per confirming level; 8 groups to a byte). Rows are
    found by the lexeme's hash in a :class:`HashRows` table, so a document's rows come from
    a few array operations, with no Python loop over its words.
    """

    def __init__(self, vocab: Vocab, specs: Sequence[TokenSpec], groups: Sequence[_Group]):
        self.vocab = vocab
        self.n_groups = len(groups)
        self.tests = [SpecTest.compile(spec) for spec in specs]
        self.member_of: list[list[int]] = [[] for _ in specs]
        self.anchor_of: list[list[int]] = [[] for _ in specs]
        self.levels = max((len(group.confirms) for group in groups), default=0)
        # (level, group) pairs a spec confirms, and those no spec has to (all tokens do).
        self.confirm_of: list[list[tuple[int, int]]] = [[] for _ in specs]
        unconfirmed = [
            (level, index) for index, group in enumerate(groups)
            for level in range(len(group.confirms), self.levels)
        ]
        self.unconfirmed = (
            np.array([level for level, _ in unconfirmed], dtype=np.int64),
            np.array([index for _, index in unconfirmed], dtype=np.int64),
        )
        self.any_token_groups: list[int] = []
        for index, group in enumerate(groups):
            for level, confirming in enumerate(group.confirms):
                for spec in confirming:
                    self.confirm_of[spec].append((level, index))
            for spec in group.specs:
                self.member_of[spec].append(index)
            if group.anchor is not None:
                self.anchor_of[group.anchor].append(index)
            if any(self.tests[spec].any_token for spec in group.specs):
                self.any_token_groups.append(index)
        self.unanchored = [i for i, group in enumerate(groups) if group.anchor is None]
        self.by_value = index_values(self.tests)
        self.rest = [i for i, test in enumerate(self.tests) if test.needs_call]
        # Most specs tried on every lexeme hold a regex the lexeme must match. One search
        # of all those regexes joined tells, for most words, that none matches: only the
        # other specs are then tried.
        self.regex_gates: dict[str, re.Pattern[str]] = {}
        self.gated_rest: dict[str, list[int]] = {}
        ungated: list[int] = []
        gates: dict[str, dict[str, None]] = {}  # attribute -> the gating regexes
        for spec in self.rest:
            # A regex that matches the empty word (a lookahead: "not a year") lets nearly
            # every word through: it gates nothing.
            regex = next(
                (c for c in self.tests[spec].checks
                 if c[1] == "regex" and c[2].search("") is None),
                None,
            )
            if regex is None or not joinable(regex[2]):
                ungated.append(spec)
            else:
                self.gated_rest.setdefault(regex[0], []).append(spec)
                gates.setdefault(regex[0], {})[regex[2].pattern] = None
        for attr, patterns in gates.items():
            joined = join_regexes(patterns)
            if joined is None:
                ungated.extend(self.gated_rest.pop(attr))
            else:
                self.regex_gates[attr] = joined
        self.ungated_rest = ungated
        # The specs tried on every word mostly test flags and word lists: the words that
        # give those tests the same answers accept the same of them, found once.
        self.ungated_checks = sorted(
            {c for spec in ungated for c in self.tests[spec].checks if c[1] != "flag"},
            key=repr,
        )
        self.ungated_flags = 0
        for spec in ungated:
            for attr, op, _ in self.tests[spec].checks:
                if op == "flag":
                    self.ungated_flags |= 1 << IDS[attr]
        self._ungated_answers: dict[tuple[int, tuple[bool, ...]], list[int]] = {}
        self._packed: dict[tuple[int, ...], int] = {}  # accepted specs -> row of _unique
        # The word's string attributes the checks read besides its text (ORTH).
        self.value_attrs = sorted(
            {check[0] for test in self.tests for check in test.checks if check[1] != "flag"}
            - {"ORTH"}
        )
        self.slow = [i for i, test in enumerate(self.tests) if test.slow]
        self.slow_matcher = Matcher(vocab)
        for i in self.slow:
            self.slow_matcher.add(str(i), [[self.tests[i].lexical]])
        self.slow_keys = {vocab.strings.add(str(i)): i for i in self.slow}
        self.blocks = CONFIRMS + self.levels
        # What accepting each spec sets in a lexeme's row, and what every row starts with.
        self.spec_masks = np.zeros((len(specs), self.blocks, self.n_groups), dtype=bool)
        for spec in range(len(specs)):
            self.spec_masks[spec, PART, self.member_of[spec]] = True
            self.spec_masks[spec, ANCHOR, self.anchor_of[spec]] = True
            for level, index in self.confirm_of[spec]:
                self.spec_masks[spec, CONFIRMS + level, index] = True
        self.base_row = np.zeros((self.blocks, self.n_groups), dtype=bool)
        self.base_row[PART, self.any_token_groups] = True
        self.base_row[CONFIRMS + self.unconfirmed[0], self.unconfirmed[1]] = True
        self.width = -(-self.n_groups // 8)  # bytes of a block
        self._unique = np.zeros((0, self.blocks, self.width), dtype=np.uint8)
        self._rows = HashRows()  # lexeme hash -> row of _bits
        self._bits = np.zeros((256, self.blocks, self.width), dtype=np.uint8)

    def rows(
        self, orths: NDArray[np.uint64]
    ) -> tuple[NDArray[np.int64], NDArray[np.bool_]] | None:
        """For a document's tokens: the groups that can match in it (anchored by one of
        its words, with a word passing some spec of each confirming level), and for those
        groups a block x group x token boolean array (PART, ANCHOR, the confirming
        levels); None when no group can match."""
        rows = self._rows.find(orths)
        if rows is None:
            unknown = self._rows.find(orths, missing=-1)
            assert unknown is not None
            self._learn(np.unique(orths[unknown < 0]))
            rows = self._rows.find(orths)
            assert rows is not None
        bits = self._bits[rows]  # token x block x byte
        seen = np.bitwise_or.reduce(bits, axis=0)  # block x byte
        possible = np.bitwise_and.reduce(seen[ANCHOR:], axis=0)
        active = np.flatnonzero(np.unpackbits(possible, bitorder="little")[: self.n_groups])
        if not len(active):
            return None
        chosen = (bits[:, :, active >> 3] >> (active & 7).astype(np.uint8)) & np.uint8(1)
        return active, chosen.view(bool).transpose(1, 2, 0)

    def _learn(self, orths: NDArray[np.uint64]) -> None:
        first, count = len(self._rows), len(orths)
        if first + count > len(self._bits):
            grown = np.zeros(
                (max(first + count, 2 * len(self._bits)), self.blocks, self.width),
                dtype=np.uint8,
            )
            grown[:first] = self._bits[:first]
            self._bits = grown
        texts = [self.vocab.strings[orth] for orth in orths.tolist()]
        # Words accepting the same specs share a row: each distinct row is built once.
        which = [self._row_of(tuple(sorted(accepted))) for accepted in self._accepted(texts)]
        self._bits[first : first + count] = self._unique[which]
        self._rows.add(orths)

    def _row_of(self, accepted: tuple[int, ...]) -> int:
        """The index in ``_unique`` of the packed row of a word accepting ``accepted``."""
        known = self._packed.get(accepted)
        if known is None:
            fresh = self.base_row.copy()
            for spec in accepted:
                fresh |= self.spec_masks[spec]
            fresh[ANCHOR, self.unanchored] = fresh[PART, self.unanchored]
            known = self._packed[accepted] = len(self._unique)
            packed = np.packbits(fresh, axis=-1, bitorder="little")
            self._unique = np.concatenate((self._unique, packed[np.newaxis]))
        return known

    def _accepted(self, texts: list[str]) -> Iterable[Iterable[int]]:
        slow_hits = self._slow_hits(texts)
        for text, slow in zip(texts, slow_hits, strict=True):
            yield self._specs_accepting(text, slow)

    def _specs_accepting(self, text: str, slow: set[int]) -> Iterable[int]:
        lexeme = self.vocab[text]
        values = {"ORTH": text}
        for attr in self.value_attrs:
            values[attr] = getattr(lexeme, f"{attr.lower()}_")
        flags = lexeme.flags
        answers = (flags & self.ungated_flags,
                   tuple(check_holds(check, flags, values) for check in self.ungated_checks))
        always = self._ungated_answers.get(answers)
        if always is None:
            always = self._ungated_answers[answers] = self._passing(
                self.ungated_rest, flags, values
            )
        candidates: set[int] = set()
        for attr, gate in self.regex_gates.items():
            if gate.search(values[attr]) is not None:
                candidates.update(self.gated_rest[attr])
        for attr, value in values.items():
            candidates.update(self.by_value.get((attr, value), ()))
        return [*slow, *always, *self._passing(candidates, flags, values)]

    def _passing(
        self, specs: Iterable[int], flags: int, values: dict[str, str]
    ) -> list[int]:
        """Those of ``specs`` whose every check the word passes."""
        known: dict[tuple[str, str, Any], bool] = {}  # checks shared by several specs
        accepted = []
        for spec in specs:
            for check in self.tests[spec].checks:
                passed = known.get(check)
                if passed is None:
                    passed = known[check] = check_holds(check, flags, values)
                if not passed:
                    break
            else:
                accepted.append(spec)
        return accepted

    def _slow_hits(self, texts: list[str]) -> list[set[int]]:
        hits: list[set[int]] = [set() for _ in texts]
        if self.slow:
            for key, start, _ in self.slow_matcher(Doc(self.vocab, words=texts)):
                hits[start].add(self.slow_keys[key])
        return hits


class HashRows:
    """Row numbers of 64-bit hashes, 0, 1, 2... in the order added, looked up for a whole
    array of hashes at once.

    A direct-mapped table indexed by the hash's low bits holds most hashes (spaCy's
    string hashes are uniform); the few whose slot is taken go to a dict.
    """

    def __init__(self, bits: int = 20) -> None:
        self.mask = np.uint64((1 << bits) - 1)
        self.hashes = np.zeros(1 << bits, dtype=np.uint64)
        self.rows = np.full(1 << bits, -1, dtype=np.int64)
        self.overflow: dict[int, int] = {}
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def add(self, hashes: NDArray[np.uint64]) -> None:
        """Number new (distinct, not yet added) hashes from ``len(self)`` on."""
        for value in hashes.tolist():
            slot = value & int(self.mask)
            if self.rows[slot] < 0:
                self.hashes[slot] = value
                self.rows[slot] = self.size
            else:
                self.overflow[value] = self.size
            self.size += 1

    def find(
        self, hashes: NDArray[np.uint64], missing: int | None = None
    ) -> NDArray[np.int64] | None:
        """The row of each hash; a hash not added gives ``missing``, or, if that is None,
        the answer is None."""
        slots = (hashes & self.mask).astype(np.int64)
        rows = self.rows[slots]
        other = np.flatnonzero((self.hashes[slots] != hashes) | (rows < 0))
        if len(other):
            rows = rows.copy()
            for at, value in zip(other.tolist(), hashes[other].tolist(), strict=True):
                row = self.overflow.get(value, missing)
                if row is None:
                    return None
                rows[at] = row
        return rows


@dataclass(frozen=True)
class SpecTest:
    """The part of a token spec that tests the word alone, as a test on a lexeme.

    Attributes that depend on context (``IS_SENT_START``, ``POS``, custom attributes) are
    left out: what remains is a condition every token matching the spec meets.
    ``any_token``: nothing remains (or the spec is empty), so every token may take part.
    ``slow``: a form not handled here; spaCy's matcher answers ``lexical`` instead.
    ``equal``: (attribute, value) pairs one of which the lexeme must have, if the spec
    lists its values (the spec is then found by look-up, not tried on every lexeme).
    """

    checks: tuple[tuple[str, str, Any], ...] = ()
    any_token: bool = False
    slow: bool = False
    equal: tuple[tuple[str, str], ...] = ()
    lexical: TokenSpec = field(default_factory=dict)

    @property
    def needs_call(self) -> bool:
        """True when the test must be tried on every new lexeme (no value to look up)."""
        return not self.any_token and not self.slow and not self.equal

    @classmethod
    def compile(cls, spec: TokenSpec) -> SpecTest:
        """The test for ``spec`` (a token pattern without its ``OP``)."""
        lexical = {a: v for a, v in spec.items() if a.upper() in LEXICAL_ATTRS}
        if not lexical:
            return cls(any_token=True)
        checks: list[tuple[str, str, Any]] = []
        equal: list[tuple[str, str]] = []
        for raw_attr, value in lexical.items():
            attr = "ORTH" if raw_attr.upper() == "TEXT" else raw_attr.upper()
            if isinstance(value, dict):
                if len(value) != 1:
                    return cls(slow=True, lexical=lexical)
                ((op, arg),) = value.items()
                if attr in STRING_ATTRS and op == "IN" and all(isinstance(v, str) for v in arg):
                    equal.extend((attr, v) for v in arg)
                    checks.append((attr, "in", frozenset(arg)))
                elif attr in STRING_ATTRS and op == "NOT_IN":
                    checks.append((attr, "not_in", frozenset(arg)))
                elif attr in STRING_ATTRS and op == "REGEX" and isinstance(arg, str):
                    checks.append((attr, "regex", _regex(arg)))
                else:
                    return cls(slow=True, lexical=lexical)
            elif attr in STRING_ATTRS and isinstance(value, str):
                equal.append((attr, value))
                checks.append((attr, "eq", value))
            elif attr.startswith(("IS_", "LIKE_")) and isinstance(value, bool):
                checks.append((attr, "flag", value))
            else:
                return cls(slow=True, lexical=lexical)
        keyed = [attr for attr, op, _ in checks if op in ("in", "eq")]
        return cls(
            checks=tuple(checks),
            # Values of one attribute serve as the look-up key.
            equal=tuple((a, v) for a, v in equal if keyed and a == keyed[0]),
            lexical=lexical,
        )


def check_holds(check: tuple[str, str, Any], flags: int, values: dict[str, str]) -> bool:
    """Whether a word passes one check of a :class:`SpecTest`: ``flags`` are its lexeme's
    flag bits (``Lexeme.flags``), ``values`` its string attributes by name."""
    attr, op, arg = check
    if op == "flag":
        return bool(flags >> IDS[attr] & 1) is bool(arg)
    value = values[attr]
    if op == "eq":
        return bool(value == arg)
    if op == "in":
        return bool(value in arg)
    if op == "not_in":
        return bool(value not in arg)
    return bool(arg.search(value) is not None)


def joinable(regex: re.Pattern[str]) -> bool:
    """Whether ``regex`` keeps its meaning as one alternative of a larger regex (no flags
    of its own, no references to its groups)."""
    plain = regex.flags & ~(re.UNICODE) == 0
    return plain and not re.search(r"\\\d|\(\?P[<=]", regex.pattern)


def join_regexes(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One regex that finds a match exactly where one of ``patterns`` does, or None."""
    try:
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
    except re.error:
        return None


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    # One compiled object per pattern: checks on the same regex are then evaluated once.
    return re.compile(pattern)


def index_values(tests: Sequence[SpecTest]) -> dict[tuple[str, str], list[int]]:
    """(attribute, value) -> the specs that need that value (their look-up index)."""
    index: dict[tuple[str, str], list[int]] = {}
    for spec, test in enumerate(tests):
        for key in dict.fromkeys(test.equal):
            index.setdefault(key, []).append(spec)
    return index


def word_share(word: str) -> float:
    """A rough share of news tokens that are ``word``: function words and punctuation
    are common, other words and symbols ("%", "£") rare."""
    if word.lower() in STOP_WORDS or (not word.isalnum() and word in COMMON_PUNCTUATION):
        return COMMON_SHARE
    return RARE_SHARE


def spec_share(spec: TokenSpec) -> float:
    """A rough share of news tokens that ``spec`` accepts (lower is a better anchor)."""
    share = 1.0
    for raw_attr, value in spec.items():
        attr = raw_attr.upper()
        if attr in STRING_ATTRS | {"TEXT"}:
            if isinstance(value, str):
                words: list[str] = [value]
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                words = value["IN"]
            elif isinstance(value, dict) and "REGEX" in value:
                share = min(share, PATTERN_SHARE)
                continue
            else:
                continue
            share = min(share, sum(word_share(word) for word in words))
        elif attr in ("LIKE_NUM", "IS_DIGIT") and value is True:
            share = min(share, PATTERN_SHARE)
    return share
