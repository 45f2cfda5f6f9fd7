"""Reconciliation: claims in, findings out.

Compares the figures that documents (and parts of one document) give for the same thing
and reports what does not fit together. Pure: plain claim dicts in, plain finding dicts
out; no spaCy (:mod:`claimx.io` reads the claims and writes the findings as JSONL). See
rules/reconcile.json for every tolerance and cue list, and :mod:`claimx.reconcile.findings`
for the finding types and the severity formula.
"""

from claimx.reconcile.engine import (
    ReconcileResult,
    ReconcileStats,
    reconcile,
    reconcile_with_stats,
    summarize,
)
from claimx.reconcile.findings import FINDING_TYPES, finding_id
from claimx.reconcile.intervals import ClaimValue, Interval, claim_value
from claimx.reconcile.tables import ReconcileTables, load_tables
from claimx.rules_check import RulesError

__all__ = [
    "FINDING_TYPES",
    "ClaimValue",
    "Interval",
    "ReconcileResult",
    "ReconcileStats",
    "ReconcileTables",
    "RulesError",
    "claim_value",
    "finding_id",
    "load_tables",
    "reconcile",
    "reconcile_with_stats",
    "summarize",
]
