"""The data tables of reconciliation (``rules/reconcile.json``), read and checked.

Every tolerance, cue word and weight the checks use comes from here, so a researcher can
tune the stage without touching code. Unknown keys are rejected (a misspelt key would
otherwise silently fall back to nothing); keys starting with ``_`` are comments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

TABLE_NAME = "reconcile.json"
_TOKEN = re.compile(r"\w+")


class TablesError(ValueError):
    """rules/reconcile.json is missing a key, has an unknown one, or a value of the wrong type."""


@dataclass(frozen=True)
class Tolerance:
    """Relative widening of an approximate figure: ``below`` off the low end, ``above`` on top."""

    below: Decimal
    above: Decimal


@dataclass(frozen=True)
class CueSet:
    """A list of cue words and phrases, matched case-insensitively on whole words."""

    words: tuple[str, ...]
    pattern: re.Pattern[str]
    tail: re.Pattern[str]
    key_tokens: frozenset[str]

    @classmethod
    def of(cls, words: list[str]) -> CueSet:
        """Compile ``words`` into one alternation, longest first so phrases beat their words."""
        ordered = tuple(
            sorted({" ".join(w.casefold().split()) for w in words}, key=lambda w: (-len(w), w))
        )
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!)"
        # The tail pattern runs on reversed text, so that "does the text end with a cue?" is
        # one anchored match instead of a search from every position.
        backwards = "|".join(
            re.escape(w[::-1]).replace(r"\ ", r"\s+") for w in ordered
        ) or r"(?!)"
        # A cue ending in "." ("vs.") must not demand a word boundary after the dot.
        return cls(
            ordered,
            re.compile(rf"(?<!\w)(?:{body})(?:(?<=\W)|(?!\w))", re.IGNORECASE),
            re.compile(rf"\W*(?P<cue>{backwards})(?!\w)", re.IGNORECASE),
            # Each cue's longest word: a cue matches only where all its words are, and its
            # longest is the rarest ("in other words" is not worth a search wherever "in" is).
            frozenset(max(_TOKEN.findall(w), key=len) for w in ordered if _TOKEN.search(w)),
        )

    def find(self, text: str) -> list[str]:
        """The cues found in ``text``, casefolded, in order of appearance."""
        # A big alternation tried at every position is slow; most texts hold no cue at all,
        # which a set lookup of their words shows at once.
        if self.key_tokens.isdisjoint(_TOKEN.findall(text.casefold())):
            return []
        return [" ".join(m.group(0).casefold().split()) for m in self.pattern.finditer(text)]

    def ends(self, text: str) -> str | None:
        """The cue that ``text`` ends with (only punctuation or symbols after it), if any."""
        match = self.tail.match(text[::-1])
        return " ".join(match.group("cue")[::-1].casefold().split()) if match else None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and " ".join(word.casefold().split()) in self.words


@dataclass(frozen=True)
class ReconcileTables:
    """Everything in rules/reconcile.json, typed. Build with :func:`load_tables`."""

    approx_tolerance: Tolerance
    rounding: Tolerance
    truncation_share: Decimal
    hedges: Mapping[str, Tolerance]
    hedge_cues: CueSet
    change_prefixes: CueSet
    prefix_window_chars: int
    comparable_modalities: frozenset[str]
    forward_modalities: frozenset[str]
    facets: Mapping[str, str]
    entity_aliases: Mapping[str, str]
    entity_suffixes: frozenset[str]
    same_thing_cues: CueSet
    compare_defaulted_holders: bool
    qualifiers: CueSet
    qualifier_names: frozenset[str]
    qualifier_window_chars: int
    year_on_year_cues: CueSet
    base_window_chars: int
    spot_metrics: frozenset[str]
    count_statistics: frozenset[str]
    count_incidental: frozenset[str]
    count_named_only: frozenset[str]
    status_cues: CueSet
    status_of: Mapping[str, str]
    sentence_cues: CueSet
    revision_window_chars: int
    later_source_min_days: int
    slip_factors: tuple[Decimal, ...]
    slip_digit_tolerance: Decimal
    slip_min_digits: int
    part_cues: CueSet
    max_part_gap_chars: int
    confidence_weights: Mapping[str, Decimal]
    min_whole_days: int
    current_window_days: int
    pragmatic_bound_ratio: Decimal
    conflict_max_ratio: Mapping[str, Decimal]
    projection_divergence: Decimal
    horizon_window_years: int
    lower_cues: CueSet
    higher_cues: CueSet
    comparison_cues: CueSet
    comparative_window_words: int
    max_paragraph_distance: int
    max_pair_gap_chars: int
    yoy_cues: CueSet
    increase_cues: CueSet
    decrease_cues: CueSet
    from_cues: CueSet
    multiples: Mapping[str, Decimal]
    multiple_cues: CueSet
    cue_window_chars: int
    rate_tolerance_pp: Decimal
    multiple_tolerance: Decimal
    max_claims_per_value: int
    severity_weights: Mapping[str, Decimal]
    severity_base: Decimal
    severity_saturation: Decimal
    currency_symbols: Mapping[str, str]
    scales: tuple[tuple[str, Decimal], ...]
    doc_id_chars: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReconcileTables:
        """Build the tables from the parsed JSON, rejecting unknown or missing keys."""
        top = _section(data, "", {"version", "intervals", "keys", "time", "conflicts", "pragmatic",
                                  "projections", "arithmetic", "growth", "findings", "severity",
                                  "display", "counts", "revisions", "scale_slip", "confidence",
                                  "periods"})
        if top["version"] != 1:
            raise TablesError(f"{TABLE_NAME}: unsupported version {top['version']!r}")
        iv = _section(top["intervals"], "intervals", {"approx_tolerance", "rounding",
                                                        "truncation_share", "hedges"})
        keys = _section(top["keys"], "keys", {"change_prefixes", "prefix_window_chars",
                                              "comparable_modalities", "forward_modalities",
                                              "facets", "entity_aliases", "entity_suffixes",
                                              "same_thing_cues", "compare_defaulted_holders",
                                              "qualifiers", "qualifier_names",
                                              "qualifier_window_chars",
                                              "year_on_year_cues", "base_window_chars",
                                              "spot_metrics"})
        counts = _section(top["counts"], "counts", {"statistics", "incidental", "named_only"})
        rev = _section(top["revisions"], "revisions", {"provisional_cues", "revised_cues",
                                                       "cue_window_chars",
                                                       "later_source_min_days"})
        slip = _section(top["scale_slip"], "scale_slip", {"factors", "digit_tolerance",
                                                          "min_digits", "part_cues",
                                                          "max_part_gap_chars"})
        provisional = _strings(rev["provisional_cues"], "revisions.provisional_cues")
        revised = _strings(rev["revised_cues"], "revisions.revised_cues")
        trust = _section(top["confidence"], "confidence", {"weights"})
        periods = _section(top["periods"], "periods", {"min_whole_days"})
        time = _section(top["time"], "time", {"current_window_days"})
        prag = _section(top["pragmatic"], "pragmatic", {"bound_ratio"})
        conf = _section(top["conflicts"], "conflicts", {"max_ratio"})
        max_ratio = _mapping(conf["max_ratio"], "conflicts.max_ratio")
        proj = _section(top["projections"], "projections", {"divergence",
                                                            "horizon_window_years"})
        ar = _section(top["arithmetic"], "arithmetic", {
            "lower_cues", "higher_cues", "comparison_cues", "comparative_window_words",
            "max_paragraph_distance", "max_pair_gap_chars"})
        gr = _section(top["growth"], "growth", {
            "yoy_cues", "increase_cues", "decrease_cues", "from_cues", "multiples",
            "cue_window_chars", "rate_tolerance_pp", "multiple_tolerance"})
        out = _section(top["findings"], "findings", {"max_claims_per_value"})
        sev = _section(top["severity"], "severity", {"weights", "base", "saturation"})
        disp = _section(top["display"], "display", {"currency_symbols", "scales",
                                                    "doc_id_chars"})
        hedges = {
            " ".join(word.casefold().split()): _tolerance(tol, f"intervals.hedges.{word}")
            for word, tol in _mapping(iv["hedges"], "intervals.hedges").items()
        }
        multiples = {
            word.casefold(): _decimal(v, f"growth.multiples.{word}")
            for word, v in _mapping(gr["multiples"], "growth.multiples").items()
        }
        same_thing = _cues(keys["same_thing_cues"], "keys.same_thing_cues")
        status_cues = CueSet.of([*provisional, *revised])
        return cls(
            approx_tolerance=_tolerance(iv["approx_tolerance"], "intervals.approx_tolerance"),
            rounding=_tolerance(iv["rounding"], "intervals.rounding"),
            truncation_share=_decimal(iv["truncation_share"], "intervals.truncation_share"),
            hedges=hedges,
            hedge_cues=CueSet.of(list(hedges)),
            change_prefixes=_cues(keys["change_prefixes"], "keys.change_prefixes"),
            prefix_window_chars=_int(keys["prefix_window_chars"], "keys.prefix_window_chars"),
            comparable_modalities=frozenset(
                _strings(keys["comparable_modalities"], "keys.comparable_modalities")),
            forward_modalities=frozenset(
                _strings(keys["forward_modalities"], "keys.forward_modalities")),
            facets=_names(keys["facets"], "keys.facets"),
            entity_aliases={
                _fold(name): canonical
                for name, canonical in _names(keys["entity_aliases"], "keys.entity_aliases").items()
            },
            entity_suffixes=_words(keys["entity_suffixes"], "keys.entity_suffixes"),
            same_thing_cues=same_thing,
            # The names go into the same alternation, longest first, so that "gross domestic
            # product" is found (and then dropped) where "gross" alone would be.
            qualifiers=CueSet.of([
                *_strings(keys["qualifiers"], "keys.qualifiers"),
                *_strings(keys["qualifier_names"], "keys.qualifier_names"),
            ]),
            qualifier_names=frozenset(
                _fold(w) for w in _strings(keys["qualifier_names"], "keys.qualifier_names")
            ),
            qualifier_window_chars=_int(keys["qualifier_window_chars"],
                                        "keys.qualifier_window_chars"),
            year_on_year_cues=_cues(keys["year_on_year_cues"], "keys.year_on_year_cues"),
            base_window_chars=_int(keys["base_window_chars"], "keys.base_window_chars"),
            spot_metrics=_words(keys["spot_metrics"], "keys.spot_metrics"),
            compare_defaulted_holders=_bool(keys["compare_defaulted_holders"],
                                            "keys.compare_defaulted_holders"),
            count_statistics=_words(counts["statistics"], "counts.statistics"),
            count_incidental=_words(counts["incidental"], "counts.incidental"),
            count_named_only=_words(counts["named_only"], "counts.named_only"),
            status_cues=status_cues,
            sentence_cues=CueSet.of([*same_thing.words, *status_cues.words]),
            status_of={
                **{_fold(w): "revised" for w in revised},
                **{_fold(w): "provisional" for w in provisional},
            },
            revision_window_chars=_int(rev["cue_window_chars"], "revisions.cue_window_chars"),
            later_source_min_days=_int(rev["later_source_min_days"],
                                       "revisions.later_source_min_days"),
            slip_factors=tuple(
                _decimal(f, "scale_slip.factors") for f in _list(slip["factors"],
                                                                 "scale_slip.factors")
            ),
            slip_digit_tolerance=_decimal(slip["digit_tolerance"], "scale_slip.digit_tolerance"),
            slip_min_digits=_int(slip["min_digits"], "scale_slip.min_digits"),
            part_cues=_cues(slip["part_cues"], "scale_slip.part_cues"),
            max_part_gap_chars=_int(slip["max_part_gap_chars"], "scale_slip.max_part_gap_chars"),
            confidence_weights={
                how: _decimal(w, f"confidence.weights.{how}")
                for how, w in _mapping(trust["weights"], "confidence.weights").items()
            },
            min_whole_days=_int(periods["min_whole_days"], "periods.min_whole_days"),
            current_window_days=_int(time["current_window_days"], "time.current_window_days"),
            pragmatic_bound_ratio=_decimal(prag["bound_ratio"], "pragmatic.bound_ratio"),
            conflict_max_ratio={
                kind: _decimal(max_ratio[kind], f"conflicts.max_ratio.{kind}")
                for kind in ("cross_document", "within_document")
            },
            projection_divergence=_decimal(proj["divergence"], "projections.divergence"),
            horizon_window_years=_int(proj["horizon_window_years"],
                                      "projections.horizon_window_years"),
            lower_cues=_cues(ar["lower_cues"], "arithmetic.lower_cues"),
            higher_cues=_cues(ar["higher_cues"], "arithmetic.higher_cues"),
            comparison_cues=_cues(ar["comparison_cues"], "arithmetic.comparison_cues"),
            comparative_window_words=_int(ar["comparative_window_words"],
                                          "arithmetic.comparative_window_words"),
            max_paragraph_distance=_int(ar["max_paragraph_distance"],
                                        "arithmetic.max_paragraph_distance"),
            max_pair_gap_chars=_int(ar["max_pair_gap_chars"], "arithmetic.max_pair_gap_chars"),
            yoy_cues=_cues(gr["yoy_cues"], "growth.yoy_cues"),
            increase_cues=_cues(gr["increase_cues"], "growth.increase_cues"),
            decrease_cues=_cues(gr["decrease_cues"], "growth.decrease_cues"),
            from_cues=_cues(gr["from_cues"], "growth.from_cues"),
            multiples=multiples,
            multiple_cues=CueSet.of(list(multiples)),
            cue_window_chars=_int(gr["cue_window_chars"], "growth.cue_window_chars"),
            rate_tolerance_pp=_decimal(gr["rate_tolerance_pp"], "growth.rate_tolerance_pp"),
            multiple_tolerance=_decimal(gr["multiple_tolerance"], "growth.multiple_tolerance"),
            max_claims_per_value=max(1, _int(out["max_claims_per_value"],
                                             "findings.max_claims_per_value")),
            severity_weights={
                name: _decimal(w, f"severity.weights.{name}")
                for name, w in _mapping(sev["weights"], "severity.weights").items()
            },
            severity_base=_decimal(sev["base"], "severity.base"),
            severity_saturation=_decimal(sev["saturation"], "severity.saturation"),
            currency_symbols={
                str(k): str(v)
                for k, v in _mapping(disp["currency_symbols"], "display.currency_symbols").items()
            },
            scales=tuple(
                (str(pair[0]), _decimal(pair[1], "display.scales"))
                for pair in _list(disp["scales"], "display.scales")
            ),
            doc_id_chars=_int(disp["doc_id_chars"], "display.doc_id_chars"),
        )


def load_tables(path: Path | None = None) -> ReconcileTables:
    """Read reconciliation tables from ``path``, or the packaged ``rules/reconcile.json``."""
    if path is None:
        return _default_tables()
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


def folder_tables(rules_dir: Path | None) -> ReconcileTables:
    """The reconciliation tables of a rules folder (its ``reconcile.json``), or the packaged
    ones when the folder is None or has none."""
    if rules_dir is None or not (Path(rules_dir) / TABLE_NAME).is_file():
        return _default_tables()
    return load_tables(Path(rules_dir) / TABLE_NAME)


@lru_cache(maxsize=1)
def _default_tables() -> ReconcileTables:
    resource = files("claimx") / "rules" / TABLE_NAME
    return _parse(resource.read_text(encoding="utf-8"), TABLE_NAME)


def _parse(text: str, where: str) -> ReconcileTables:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TablesError(f"{where}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    return ReconcileTables.from_dict(_mapping(data, where))


def _section(value: Any, where: str, expected: set[str]) -> dict[str, Any]:
    data = {k: v for k, v in _mapping(value, where or TABLE_NAME).items() if not k.startswith("_")}
    unknown, missing = set(data) - expected, expected - set(data)
    if unknown or missing:
        raise TablesError(
            f"{TABLE_NAME} {where or 'top level'}: unknown keys {sorted(unknown)}, "
            f"missing keys {sorted(missing)}; expected {sorted(expected)}"
        )
    return data


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TablesError(f"{TABLE_NAME} {where}: expected an object, got {type(value).__name__}")
    return {k: v for k, v in value.items() if not k.startswith("_")}


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise TablesError(f"{TABLE_NAME} {where}: expected a list, got {type(value).__name__}")
    return value


def _strings(value: Any, where: str) -> list[str]:
    items = _list(value, where)
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise TablesError(f"{TABLE_NAME} {where}: expected a list of non-empty strings")
    return [str(item) for item in items]


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise TablesError(f"{TABLE_NAME} {where}: expected true or false, got {value!r}")
    return value


def _names(value: Any, where: str) -> dict[str, str]:
    data = _mapping(value, where)
    if not all(isinstance(v, str) and v.strip() for v in data.values()):
        raise TablesError(f"{TABLE_NAME} {where}: expected an object of non-empty strings")
    return {str(k): str(v) for k, v in data.items()}


def _words(value: Any, where: str) -> frozenset[str]:
    return frozenset(_fold(word) for word in _strings(value, where))


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _cues(value: Any, where: str) -> CueSet:
    return CueSet.of(_strings(value, where))


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TablesError(f"{TABLE_NAME} {where}: expected a non-negative integer, got {value!r}")
    return value


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise TablesError(f"{TABLE_NAME} {where}: expected a non-negative number, got {value!r}")
    # str() keeps the number as written (0.1, not 0.1000000000000000055511151231257827).
    return Decimal(str(value))


def _tolerance(value: Any, where: str) -> Tolerance:
    data = _section(value, where, {"below", "above"})
    return Tolerance(_decimal(data["below"], f"{where}.below"),
                     _decimal(data["above"], f"{where}.above"))
