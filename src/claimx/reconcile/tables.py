"""The data tables of reconciliation (``rules/reconcile.json``), typed.

Every tolerance, cue word and weight the checks use comes from here, so a researcher can
tune the stage without touching code. The table's shape is declared with every other
table's in :data:`claimx.rules_spec.SPECS` and checked when a rules folder is read
(unknown keys are rejected: a misspelt key would otherwise silently fall back to nothing;
keys starting with ``_`` are comments).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from claimx.normalize.fiscal import FiscalYears, load_fiscal_years
from claimx.rules_check import RulesError
from claimx.rules_folder import RulesFolder
from claimx.rules_spec import check_table

TABLE_NAME = "reconcile.json"
_TOKEN = re.compile(r"\w+")


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
    def of(cls, words: Sequence[str]) -> CueSet:
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
    """Everything in rules/reconcile.json, typed, and the holders' fiscal years of
    rules/fiscal_years.json. Build with :func:`load_tables`."""

    approx_tolerance: Tolerance
    rounding: Tolerance
    truncation_share: Decimal
    rounded_only_units: frozenset[str]
    hedges: Mapping[str, Tolerance]
    hedge_cues: CueSet
    change_prefixes: CueSet
    prefix_window_chars: int
    comparable_modalities: frozenset[str]
    stated_period_modalities: Mapping[str, str]  # a past fact of a stated period: "actual"
    forward_modalities: frozenset[str]
    facets: Mapping[str, str]
    entity_aliases: Mapping[str, str]
    # an amount's or a rate's metric -> the metric it is compared as ("sales" -> "revenue")
    metric_aliases: Mapping[str, str]
    whole_holder_words: tuple[str, ...]
    # metrics that are themselves a change on a year earlier (inflation), casefolded
    yearly_rates: frozenset[str]
    entity_joiners: Mapping[str, str]  # a word that joins a name's parts -> its sign ("&")
    entity_suffixes: frozenset[str]
    same_thing_cues: CueSet
    compare_defaulted_holders: bool
    qualifiers: CueSet
    qualifier_names: frozenset[str]
    qualifier_forms: Mapping[str, str]  # a qualifier's written form -> the name in the key
    qualifier_window_chars: int
    basis_qualifiers: CueSet  # "in constant currencies", right after a figure
    basis_qualifier_names: Mapping[str, str]  # each phrase -> the qualifier in the key
    # a word right before a figure that makes it an amount added ("a further") -> its key
    increment_words: Mapping[str, str]
    year_on_year_cues: CueSet
    period_basis_cues: CueSet  # "on a quarterly basis": a change on the period before
    # qualifiers such a change has as published ("seasonally adjusted"): not in its key
    seasonal_qualifiers: frozenset[str]
    metric_qualifiers: frozenset[str]  # qualifiers that lead the metric ("operating profit")
    base_window_chars: int
    spot_metrics: frozenset[str]
    count_statistics: frozenset[str]
    count_incidental: frozenset[str]
    count_named_only: frozenset[str]
    plural_endings: tuple[tuple[str, str, int], ...]
    """(plural ending, singular ending, shortest word): "companies" -> "company"."""
    singular_endings: tuple[str, ...]
    status_cues: CueSet
    status_of: Mapping[str, str]
    sentence_cues: CueSet
    revision_window_chars: int
    later_source_min_days: int
    earlier_facets: frozenset[str]
    """Facets of a figure a document gives as an earlier figure of its key (a baseline)."""
    slip_factors: tuple[Decimal, ...]
    slip_digit_tolerance: Decimal
    slip_min_digits: int
    decimal_factors: tuple[Decimal, ...]
    decimal_min_digits: int
    part_cues: CueSet
    max_part_gap_chars: int
    conversion_slack: Decimal
    conversion_rate_tolerance: Decimal
    min_usual_conversions: int
    usual_band: tuple[Decimal, Decimal]
    """The share of the corpus's conversions below the usual band's ends (0.05, 0.95)."""
    usual_band_tolerance: Decimal
    max_conversion_days: int
    units_per_usd: Mapping[str, tuple[Decimal, Decimal]]
    """The range each currency has traded in, in units per US dollar."""
    confidence_weights: Mapping[str, Decimal]
    min_whole_days: int
    rate_bases: Mapping[str, str]
    """The words of a key's metric or qualifiers that state a rate's basis, with the basis."""
    basis_names: Mapping[str, str]
    annual_basis: str  # the basis a whole year's change has when none is stated
    unsaid_bases: frozenset[str]
    """Bases reports often leave unsaid: no mislabel of a figure with no basis stated."""
    whole_period_words: tuple[str, ...]
    year_cues: CueSet  # "for the year": a figure whose sentence names a year as its period
    """Words opening a metric that say only that its period is a whole year ("full-year"):
    dropped from the key of a figure whose period is one."""
    conventional_bases: Mapping[str, Mapping[str, str]]
    """Casefolded holder -> casefolded metric -> the basis its quarterly growth is told on."""
    quarter_days: tuple[int, int]
    # the basis a company's result's change over a quarter, unstated, is on
    results_basis: str | None
    # how near an undated report's time a yearless period's year ends, in days, and how much
    # nearer than another year's (periods.yearless_days)
    yearless_days: tuple[int, int]
    current_window_days: int
    monthly_metrics: frozenset[str]  # endings of a metric published every month
    monthly_window_days: int  # how far apart two reports of one month's figure may be
    results_metrics: frozenset[str]  # endings of a company result's metric
    results_window_days: int  # how far apart two reports of one result may be
    pragmatic_bound_ratio: Decimal
    conflict_max_ratio: Mapping[str, Decimal]
    conflict_max_change_points: Decimal
    conflict_max_sign_flip_points: Decimal  # a rise and a fall of two reports near zero
    conflict_conversion_tolerance: Decimal
    projection_divergence: Decimal
    horizon_window_years: int
    lower_cues: CueSet
    higher_cues: CueSet
    comparison_cues: CueSet
    comparative_window_words: int
    max_paragraph_distance: int
    max_pair_gap_chars: int
    max_inherited_per_ratio: float
    max_cue_gap_words: int
    yoy_cues: CueSet
    increase_cues: CueSet
    decrease_cues: CueSet
    from_cues: CueSet
    multiples: Mapping[str, Decimal]
    multiple_cues: CueSet
    cue_window_chars: int
    rate_tolerance_pp: Decimal
    multiple_tolerance: Decimal
    percent_next: re.Pattern[str]
    """A number and a percent word at the start of a text ("5 per cent")."""
    percent_then_to: re.Pattern[str]
    """A percent word and a to word at the end of a text ("from 5% to")."""
    max_claims_per_value: int
    severity_weights: Mapping[str, Decimal]
    severity_base: Decimal
    severity_saturation: Decimal
    currency_symbols: Mapping[str, str]
    scales: tuple[tuple[str, Decimal], ...]
    doc_id_hash_chars: int
    change_words: Mapping[str, str]
    """How a change with a direction is written: "a rise of", "a fall of" by direction."""

    fiscal_years: FiscalYears
    ambiguous_currencies: Mapping[str, tuple[str, ...]]
    """currencies.json ``ambiguous``: a currency form several countries use ("pesos") and
    the codes it may stand for; a claim in one may hold a guessed code."""

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], fiscal_years: FiscalYears | None = None
    ) -> ReconcileTables:
        """The tables from the parsed reconcile.json, checked against its declared shape
        (:data:`claimx.rules_spec.SPECS`: unknown and missing keys are errors), and the
        fiscal years of holders (default: the packaged rules/fiscal_years.json)."""
        return cls._build(
            check_table("reconcile", data), fiscal_years or load_fiscal_years(),
            _packaged().ambiguous_currencies,
        )

    @classmethod
    def _build(
        cls, top: Mapping[str, Any], fiscal_years: FiscalYears,
        ambiguous: Mapping[str, Sequence[str]],
    ) -> ReconcileTables:
        if top["version"] != 1:
            raise RulesError.at(TABLE_NAME, "version", f"unsupported version {top['version']!r}")
        iv, keys, counts = top["intervals"], top["keys"], top["counts"]
        rev, slip, gr, ar = top["revisions"], top["scale_slip"], top["growth"], top["arithmetic"]
        sev, disp, proj = top["severity"], top["display"], top["projections"]
        hedges = {_fold(word): _tolerance(tol) for word, tol in iv["hedges"].items()}
        multiples = {word.casefold(): _decimal(v) for word, v in gr["multiples"].items()}
        same_thing = CueSet.of(keys["same_thing_cues"])
        status_cues = CueSet.of([*rev["provisional_cues"], *rev["revised_cues"]])
        percent, to_words = _alternation(gr["percent_words"]), _alternation(gr["to_words"])
        return cls(
            approx_tolerance=_tolerance(iv["approx_tolerance"]),
            truncation_share=_decimal(iv["truncation_share"]),
            rounded_only_units=frozenset(iv["rounded_only_units"]),
            rounding=_tolerance(iv["rounding"]),
            hedges=hedges,
            hedge_cues=CueSet.of(list(hedges)),
            change_prefixes=CueSet.of(keys["change_prefixes"]),
            prefix_window_chars=keys["prefix_window_chars"],
            comparable_modalities=frozenset(keys["comparable_modalities"]),
            stated_period_modalities=dict(keys["stated_period_modalities"]),
            forward_modalities=frozenset(keys["forward_modalities"]),
            facets=dict(keys["facets"]),
            metric_aliases={
                _fold(name): canonical
                for name, canonical in keys.get("metric_aliases", {}).items()
            },
            whole_holder_words=tuple(_fold(w) for w in keys.get("whole_holder_words", ())),
            yearly_rates=frozenset(_fold(name) for name in keys.get("yearly_rates", ())),
            entity_aliases={
                _fold(name): canonical for name, canonical in keys["entity_aliases"].items()
            },
            entity_joiners=dict(keys.get("entity_joiners", {})),
            entity_suffixes=_words(keys["entity_suffixes"]),
            same_thing_cues=same_thing,
            # The names go into the same alternation, longest first, so that "gross domestic
            # product" is found (and then dropped) where "gross" alone would be.
            qualifiers=CueSet.of([*keys["qualifiers"], *keys.get("qualifier_forms", {}),
                                  *keys["qualifier_names"]]),
            qualifier_names=_words(keys["qualifier_names"]),
            qualifier_forms={" ".join(form.casefold().split()): name
                             for form, name in keys.get("qualifier_forms", {}).items()},
            qualifier_window_chars=keys["qualifier_window_chars"],
            basis_qualifiers=CueSet.of(list(keys["basis_qualifiers"])),
            basis_qualifier_names={" ".join(phrase.casefold().split()): name
                                   for phrase, name in keys["basis_qualifiers"].items()},
            increment_words={_fold(word): name
                             for word, name in keys.get("increment_words", {}).items()},
            year_on_year_cues=CueSet.of(keys["year_on_year_cues"]),
            period_basis_cues=CueSet.of(keys.get("period_basis_cues", [])),
            metric_qualifiers=frozenset(_fold(w) for w in keys.get("metric_qualifiers", [])),
            seasonal_qualifiers=frozenset(_fold(w) for w in keys.get("seasonal_qualifiers", [])),
            base_window_chars=keys["base_window_chars"],
            spot_metrics=_words(keys["spot_metrics"]),
            compare_defaulted_holders=keys["compare_defaulted_holders"],
            count_statistics=_words(counts["statistics"]),
            count_incidental=_words(counts["incidental"]),
            count_named_only=_words(counts["named_only"]),
            plural_endings=tuple(
                (str(plural), str(singular), int(shortest))
                for plural, singular, shortest in counts["plural_endings"]
            ),
            singular_endings=tuple(counts["singular_endings"]),
            status_cues=status_cues,
            sentence_cues=CueSet.of([*same_thing.words, *status_cues.words]),
            status_of={
                **{_fold(w): "revised" for w in rev["revised_cues"]},
                **{_fold(w): "provisional" for w in rev["provisional_cues"]},
            },
            revision_window_chars=rev["cue_window_chars"],
            later_source_min_days=rev["later_source_min_days"],
            earlier_facets=frozenset(rev["earlier_facets"]),
            slip_factors=tuple(_decimal(f) for f in slip["factors"]),
            slip_digit_tolerance=_decimal(slip["digit_tolerance"]),
            slip_min_digits=slip["min_digits"],
            decimal_factors=tuple(_decimal(f) for f in slip["decimal_factors"]),
            decimal_min_digits=slip["decimal_min_digits"],
            part_cues=CueSet.of(slip["part_cues"]),
            max_part_gap_chars=slip["max_part_gap_chars"],
            conversion_slack=_decimal(slip["conversion_slack"]),
            conversion_rate_tolerance=_decimal(slip["conversion_rate_tolerance"]),
            min_usual_conversions=slip["min_usual_conversions"],
            usual_band=(_decimal(slip["usual_band"][0]), _decimal(slip["usual_band"][1])),
            usual_band_tolerance=_decimal(slip["usual_band_tolerance"]),
            max_conversion_days=slip["max_conversion_days"],
            units_per_usd=_rate_ranges(slip["units_per_usd"]),
            confidence_weights={
                how: _decimal(w) for how, w in top["confidence"]["weights"].items()
            },
            min_whole_days=top["periods"]["min_whole_days"],
            rate_bases=dict(top["periods"]["rate_bases"]),
            basis_names=dict(top["periods"]["basis_names"]),
            annual_basis=top["periods"]["annual_basis"],
            unsaid_bases=frozenset(top["periods"].get("unsaid_bases", ())),
            year_cues=CueSet.of(top["periods"].get("year_cues", [])),
            whole_period_words=tuple(sorted(
                (_fold(w) for w in top["periods"].get("whole_period_words", ())),
                key=lambda w: (-len(w), w))),
            conventional_bases={
                _fold(place): {_fold(metric): basis for metric, basis in metrics.items()}
                for place, metrics in top["periods"].get("conventional_bases", {}).items()
            },
            quarter_days=tuple(top["periods"].get("quarter_days", (0, 0))),
            results_basis=top["periods"].get("results_basis"),
            yearless_days=tuple(top["periods"].get("yearless_days", (0, 0))),
            current_window_days=top["time"]["current_window_days"],
            monthly_metrics=_words(top["time"].get("monthly_metrics", [])),
            monthly_window_days=top["time"].get(
                "monthly_window_days", top["time"]["current_window_days"]),
            results_metrics=_words(top["time"].get("results_metrics", [])),
            results_window_days=top["time"].get(
                "results_window_days", top["time"]["current_window_days"]),
            pragmatic_bound_ratio=_decimal(top["pragmatic"]["bound_ratio"]),
            conflict_max_ratio={
                kind: _decimal(ratio) for kind, ratio in top["conflicts"]["max_ratio"].items()
            },
            conflict_max_change_points=_decimal(top["conflicts"]["max_change_points"]),
            conflict_max_sign_flip_points=_decimal(
                top["conflicts"]["max_sign_flip_points"]),
            conflict_conversion_tolerance=_decimal(
                top["conflicts"]["conversion_tolerance"]),
            projection_divergence=_decimal(proj["divergence"]),
            horizon_window_years=proj["horizon_window_years"],
            lower_cues=CueSet.of(ar["lower_cues"]),
            higher_cues=CueSet.of(ar["higher_cues"]),
            comparison_cues=CueSet.of(ar["comparison_cues"]),
            comparative_window_words=ar["comparative_window_words"],
            max_paragraph_distance=ar["max_paragraph_distance"],
            max_pair_gap_chars=ar["max_pair_gap_chars"],
            max_inherited_per_ratio=float(ar["max_inherited_per_ratio"]),
            max_cue_gap_words=ar["max_cue_gap_words"],
            yoy_cues=CueSet.of(gr["yoy_cues"]),
            increase_cues=CueSet.of(gr["increase_cues"]),
            decrease_cues=CueSet.of(gr["decrease_cues"]),
            from_cues=CueSet.of(gr["from_cues"]),
            multiples=multiples,
            multiple_cues=CueSet.of(list(multiples)),
            cue_window_chars=gr["cue_window_chars"],
            rate_tolerance_pp=_decimal(gr["rate_tolerance_pp"]),
            multiple_tolerance=_decimal(gr["multiple_tolerance"]),
            percent_next=re.compile(rf"[\d.,]+\s*(?:{percent})", re.IGNORECASE),
            percent_then_to=re.compile(rf"(?:{percent})\s+(?:{to_words})\s*$", re.IGNORECASE),
            max_claims_per_value=max(1, top["findings"]["max_claims_per_value"]),
            severity_weights={name: _decimal(w) for name, w in sev["weights"].items()},
            severity_base=_decimal(sev["base"]),
            severity_saturation=_decimal(sev["saturation"]),
            currency_symbols=dict(disp["currency_symbols"]),
            scales=tuple((letter, _decimal(factor)) for letter, factor in disp["scales"]),
            doc_id_hash_chars=disp["doc_id_hash_chars"],
            change_words=dict(disp["change_words"]),
            fiscal_years=fiscal_years,
            ambiguous_currencies={
                _fold(form): tuple(codes) for form, codes in ambiguous.items()
            },
        )


def load_tables(rules: RulesFolder | str | Path | None = None) -> ReconcileTables:
    """The reconciliation tables of a rules folder (its reconcile.json and
    fiscal_years.json; None: the packaged rules, built once)."""
    if rules is None:
        return _packaged()
    folder = RulesFolder.open(rules)
    return ReconcileTables._build(
        folder.table("reconcile"), FiscalYears.from_table(folder.table("fiscal_years")),
        folder.table("currencies")["ambiguous"],
    )


@cache
def _packaged() -> ReconcileTables:
    return load_tables(RulesFolder.open(None))


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longer first; a space matches any white space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _words(words: list[str]) -> frozenset[str]:
    return frozenset(_fold(word) for word in words)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _rate_ranges(table: Mapping[str, Sequence[float]]) -> dict[str, tuple[Decimal, Decimal]]:
    """scale_slip.units_per_usd: each currency's [low, high]."""
    ranges = {}
    for code, pair in table.items():
        if len(pair) != 2:
            raise RulesError.at(
                TABLE_NAME, f"scale_slip.units_per_usd.{code}", "expected [low, high]"
            )
        ranges[code] = (_decimal(min(pair)), _decimal(max(pair)))
    return ranges


def _decimal(value: float) -> Decimal:
    # str() keeps the number as written (0.1, not 0.1000000000000000055511151231257827).
    return Decimal(str(value))


def _tolerance(value: Mapping[str, float]) -> Tolerance:
    return Tolerance(_decimal(value["below"]), _decimal(value["above"]))
