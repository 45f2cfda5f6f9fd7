"""The declared shape of every JSON table of a rules folder: :data:`SPECS`.

This is the one place that says which keys each table (``numbers.json``,
``currencies.json``...) holds and what type each value has: **a key the code reads must be
declared here**, in its table's entry, or a rules folder holding it does not validate
(unknown keys are errors: a misspelt one would otherwise silently do nothing). The notation
is :mod:`claimx.rules_check`'s; :func:`check_table` checks a parsed table against its entry.

Pure: imports nothing outside the standard library and :mod:`claimx.rules_check`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from claimx.rules_check import ListOf, MapOf, RulesError, Shape, Spec, check, compile_spec, suggest

# Shapes the tables share.
WORDS = "[str]"
TOLERANCE = {"below": "number>=0", "above": "number>=0"}

# The declared shape of every table, by file name (without ``.json``). A key the code
# reads with a default is optional (``key?``): a rules folder of an older claimx lacks it.
SPECS: Mapping[str, Mapping[str, Spec]] = {
    "boilerplate": {
        "lines": ListOf({"id": "str", "regex": "str", "scope?": '"line"|"match"'}),
    },
    "currencies": {
        "symbols": "{str}",
        "names": "{str}",
        "subunits": "{str}",
        "subunit_factors?": "{decimal}",
        "subunits_after_unit_only?": WORDS,
        "generic_subunits?": WORDS,
        "ambiguous": "{[str]}",
        "per_units": "{str}",
        "per_words?": "{str}",
        "rate_adjectives?": "{str}",
        "rate_articles?": WORDS,
        "rate_not_before?": WORDS,
        "spaced_symbols?": WORDS,
        "code_scales?": "{number}",
        "scalable_codes?": WORDS,
        "local_dollar?": {"markers?": WORDS, "codes?": WORDS, "default?": "str"},
    },
    "dates": {
        "fiscal_year_start_month": "month",
        "numeric_date_order": '"dmy"|"mdy"',
        "two_digit_year_pivot": "int",
        "months": "{int}",
        "weekdays": "{int}",
        "units": '{["D"|"W"|"M"|"Y", int]}',
        "calendar_units": "{str}",
        "shift_words": "{int}",
        "relative_days": "{int}",
        "duration_suffixes": "{int}",
        "counts": "{int|null}",
        "vague_before_unit": "{int}",
        "vague_after_unit": "{int}",
        "part_words": "{str}",
        "part_bounds": "{{[int, int]}}",
        "period_end_words": WORDS,
        "decade_words": "{int}",
        "open_prefixes": "{str}",
        "open_suffixes": "{str}",
        "range_connectors": WORDS,
        "period_to_words": WORDS,
        "leading_words": WORDS,
        "not_dates": WORDS,
        "holidays": "{[int, int]}",
        "easter_offsets": "{int}",
        "weekday_holidays": "{[int, int, int, int]}",
        "business_day_units": WORDS,
        "work_week_words": WORDS,
        "number_words": "{int}",
        "tens_words": "{int}",
        "ordinal_words": "{int}",
        "scale_words": "{int}",
        "future_cues?": WORDS,
    },
    "fiscal_years": {
        "countries?": "{month}",
        "organisations?": "{month}",
    },
    "frame": {
        "modality": "{[str]}",
        "priority": WORDS,
        "after_window": "int",
        "max_metric_distance": "int",
        "dominant_entity": {"min_share": "number", "min_mentions": "int",
                            "headline_weight": "int"},
        "deadline_words": WORDS,
        "historical_years": "int",
        "place_currency": "{str}",
        "entity_aliases": "{str}",
        "date_weekday_joiners": WORDS,
        "date_future_only": {"rules": WORDS, "cues": WORDS, "not_after": WORDS,
                             "not_after_suffixes": WORDS},
        "date_ranges": {"now_words": WORDS, "openers": WORDS, "connectors": WORDS,
                        "between_connectors": WORDS},
        # The words of the parse-based reader (claimx.frame.reader.FrameLexicon, and the
        # framer's name_titles, metric_synonyms, place_metrics): a list is a set of words,
        # {str} maps a word to another, {[str]} lists words by group.
        "syntax": {
            "change_up": WORDS,
            "change_down": WORDS,
            "copulas": WORDS,
            "verb_measures": "{str}",
            "holder_nouns": "{[str]}",
            "pronouns": WORDS,
            "neuter_pronouns": WORDS,
            "attribution_verbs": WORDS,
            "modality_words": "{[str]}",
            "modal_aux": "{str}",
            "conditional_marks": WORDS,
            "status_words": "{[str]}",
            "report_status_words": "{[str]}",
            "report_nouns": WORDS,
            "dropped_words": WORDS,
            "container_nouns": WORDS,
            "comparison_words": WORDS,
            "person_pronouns": WORDS,
            "setting_nouns": WORDS,
            "change_nominals": "{str}",
            "infinitive_cues": WORDS,
            "arrival_verbs": WORDS,
            "share_nouns": WORDS,
            "unit_dimensions": "{[str]}",
            "pace_nouns": WORDS,
            "pace_prepositions": WORDS,
            "pace_qualifiers": "{str}",
            "reference_prepositions": WORDS,
            "present_words": WORDS,
            "origin_prepositions": WORDS,
            "institution_prepositions": WORDS,
            "price_prepositions": "{str}",
            "name_titles": WORDS,
            "metric_synonyms": "{str}",
            "place_metrics": WORDS,
            "change_prepositions": "{str}",
            "comparatives": "{str}",
            "comparative_prepositions": WORDS,
            "part_of": WORDS,
            "amount_of": WORDS,
            "change_of": WORDS,
            "holder_prepositions": WORDS,
            "place_prepositions": WORDS,
            "scope_prepositions": WORDS,
            "relative_pronouns": WORDS,
            "relative_possessives": WORDS,
            "recipient_verbs": WORDS,
            "definite_determiners": WORDS,
            "according": WORDS,
        },
        "limits": {"fallback_window": "int", "inherit_sentences": "int",
                   "opening_sentences": "int", "title_min_words": "int",
                   "title_share": "number"},
    },
    "hedges": {
        "lower": WORDS,
        "upper": WORDS,
        "approx": WORDS,
        "lower_after?": WORDS,
        "upper_after?": WORDS,
        "suffixes": WORDS,
        "pair_openers?": WORDS,
        "pair_connectors?": WORDS,
        "change_window?": "int>=0",
        "change_words?": WORDS,
    },
    "numbers": {
        "scales": "{number}",
        "units": "{number}",
        "tens": "{number}",
        "fractions": "{number}",
        "fraction_signs?": "{number}",
        "ratio_words?": WORDS,
        "negative?": WORDS,
        "vague": WORDS,
        "vague_ranges?": "{number}",
        "not_counted?": WORDS,
        "not_counted_modifiers?": WORDS,
        "not_counted_after_modifier?": WORDS,
        "measured_duration_possessive?": WORDS,
        "measured_duration_not_owned?": WORDS,
        "measured_duration_of_nouns?": WORDS,
        "measured_duration_not_of?": WORDS,
        "measured_duration_rates?": WORDS,
        "measured_duration_reach?": "int>=0",
        "measured_duration_statistics?": WORDS,
        "measured_duration_statistics_window?": "int>=0",
        "measured_duration_statistic_breaks?": WORDS,
        "measured_duration_limits?": WORDS,
        "measured_duration_not_after?": WORDS,
        "occurrence_words?": WORDS,
        "occurrences_before?": WORDS,
        "count_measures?": WORDS,
        "statistic_heads?": WORDS,
        "statistic_words?": WORDS,
        "count_measure_links?": WORDS,
        "range_end_not_nouns?": WORDS,
        "multiple_after?": WORDS,
        "one_in_a_list_reach?": "int>=0",
    },
    "reconcile": {
        "version": "int",
        "intervals": {"approx_tolerance": TOLERANCE, "rounding": TOLERANCE,
                      "hedges": MapOf(TOLERANCE)},
        "keys": {
            "change_prefixes": WORDS,
            "prefix_window_chars": "int>=0",
            "comparable_modalities": WORDS,
            "forward_modalities": WORDS,
            "facets": "{str}",
            "entity_aliases": "{str}",
            "entity_suffixes": WORDS,
            "same_thing_cues": WORDS,
            "compare_defaulted_holders": "bool",
            "qualifiers": WORDS,
            "qualifier_window_chars": "int>=0",
            "year_on_year_cues": WORDS,
            "base_window_chars": "int>=0",
            "spot_metrics": WORDS,
        },
        "counts": {"statistics": WORDS, "incidental": WORDS, "named_only": WORDS},
        "time": {"current_window_days": "int>=0"},
        "conflicts": {"max_ratio": {"cross_document": "number>=0",
                                    "within_document": "number>=0"}},
        "pragmatic": {"bound_ratio": "number>=0"},
        "projections": {"divergence": "number>=0", "horizon_window_years": "int>=0"},
        "arithmetic": {
            "lower_cues": WORDS,
            "higher_cues": WORDS,
            "comparison_cues": WORDS,
            "comparative_window_words": "int>=0",
            "max_paragraph_distance": "int>=0",
            "max_pair_gap_chars": "int>=0",
        },
        "growth": {
            "yoy_cues": WORDS,
            "increase_cues": WORDS,
            "decrease_cues": WORDS,
            "from_cues": WORDS,
            "multiples": "{number>=0}",
            "cue_window_chars": "int>=0",
            "rate_tolerance_pp": "number>=0",
            "multiple_tolerance": "number>=0",
        },
        "findings": {"max_claims_per_value": "int>=0"},
        "severity": {"weights": "{number>=0}", "base": "number>=0", "saturation": "number>=0"},
        "display": {"currency_symbols": "{str}", "scales": "[[str, number>=0]]",
                    "doc_id_chars": "int>=0"},
        "revisions": {"provisional_cues": WORDS, "revised_cues": WORDS,
                      "cue_window_chars": "int>=0", "later_source_min_days": "int>=0"},
        "scale_slip": {"factors": "[number>=0]", "digit_tolerance": "number>=0",
                       "min_digits": "int>=0", "part_cues": WORDS,
                       "max_part_gap_chars": "int>=0"},
        "confidence": {"weights": "{number>=0}"},
        "periods": {"min_whole_days": "int>=0"},
    },
    "sentences": {
        "number_abbreviations": WORDS,
    },
}

# The shape of one line of a pattern (.jsonl) file: spaCy's ruler pattern with its id.
PATTERN_LINE: Mapping[str, Spec] = {"label": "str", "pattern": "str|[object]", "id": "str"}


def check_table(name: str, value: Any, *, shown: str | None = None) -> Any:
    """``value`` (the parsed ``name``.json) checked against its spec, without its comment
    keys; raises :class:`RulesError` naming ``shown`` (default ``name.json``) and the key."""
    file = shown or f"{name}.json"
    if name not in SPECS:
        raise RulesError.at(file, "", f"not a table claimx reads ({suggest(name, SPECS)})")
    return check(_shape(name), value, file)


def check_pattern_line(value: Any, where: str) -> dict[str, Any]:
    """One pattern line checked against :data:`PATTERN_LINE` (``where``: ``file:line``)."""
    checked: dict[str, Any] = check(_pattern_line(), value, where)
    return checked


@cache
def _shape(name: str) -> Shape:
    return compile_spec(SPECS[name])


@cache
def _pattern_line() -> Shape:
    return compile_spec(PATTERN_LINE)
