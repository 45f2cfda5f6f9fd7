"""Scale benchmark for claimx.reconcile (a benchmark, not a test).

Generates synthetic claim lines (default 1,000,000 over 10,000 keys), streams them through
``reconcile_with_stats`` and reports claims per second and peak memory. With no ``--single``
it runs 100,000 and 1,000,000 claims, each in a fresh interpreter so that peak RSS belongs
to one size, and compares the time ratio with n log n.

Synthetic data: each key (entity, metric) has a base figure; most claims repeat it with the
usual rounding (consistent, so most blocks yield nothing), a few disagree by 30%, a few are
lower bounds far below it, some are historical or forward-looking, and one claim in a
thousand starts a "X% lower than" + "$a compared to $b" pair for the arithmetic check.

    python benchmarks/reconcile_scale.py                 # 100k and 1M, table
    python benchmarks/reconcile_scale.py --single 1000000 --tracemalloc
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from claimx.reconcile import load_tables, reconcile_with_stats

CLAIMS_PER_DOC = 20
SENTENCE = "Figures for {entity} show that {metric} reached {text} according to the report."
RATES = "Firms in {entity} charge rates {pct} lower than in Western countries."
PAIR = "A client might pay {a} per hour for a developer there, compared to {b} at home."


def generate(n: int, keys: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``n`` synthetic claim lines over ``keys`` keys, deterministic for a seed."""
    rng = random.Random(seed)
    entities = max(1, int(math.sqrt(keys)))
    start_day = date(2025, 1, 1)
    i = 0
    while i < n:
        doc = f"doc{i // CLAIMS_PER_DOC:07d}"
        doc_date = (start_day + timedelta(days=(i // CLAIMS_PER_DOC) % 300)).isoformat()
        if i % 1000 == 990 and i + 3 <= n:
            yield from _arithmetic_triple(doc, doc_date, i, rng)
            i += 3
            continue
        key = rng.randrange(keys)
        entity, metric = f"Entity {key % entities}", f"metric {key // entities}"
        base = 10 ** (6 + key % 4) * (1 + key % 97)
        roll = rng.random()
        bound, low, high, precision = "exact", base, base, base // 10
        modality, when = "actual", None
        if roll < 0.02:
            low = high = base * 13 // 10
        elif roll < 0.04:
            bound, low, high = "lower", base // 2, None
        elif roll < 0.09:
            modality, low, high = "historical", base // 3, base // 3
            when = {"claim_id": None, "text": "2015", "start": "2015-01-01",
                    "end": "2015-12-31", "grain": "year", "relative": False, "offset": None}
        elif roll < 0.12:
            modality, low, high = "projection", base * (2 + key % 3), base * (2 + key % 3)
            when = {"claim_id": None, "text": "2030", "start": "2030-01-01",
                    "end": "2030-12-31", "grain": "year", "relative": False, "offset": None}
        text = f"${low:,}" if bound != "lower" else f"over ${low:,}"
        sentence = SENTENCE.format(entity=entity, metric=metric, text=text)
        yield _claim(doc, doc_date, i, i, sentence, text, "money",
                     {"low": low, "high": high, "bound": bound, "unit": "USD", "per": None,
                      "precision": precision},
                     entity, metric, modality, when)
        i += 1


def _arithmetic_triple(
    doc: str, doc_date: str, i: int, rng: random.Random
) -> Iterator[dict[str, Any]]:
    entity = f"Entity {rng.randrange(100)}"
    stated = rng.choice([(30, 50), (55, 65)])
    pct = f"{stated[0]}-{stated[1]}%"
    rates = RATES.format(entity=entity, pct=pct)
    yield _claim(doc, doc_date, i, i, rates, pct, "percent",
                 {"low": stated[0], "high": stated[1], "bound": "range", "unit": "percent",
                  "per": None, "precision": 1}, entity, "rates", "actual", None)
    pair = PAIR.format(a="$50-70", b="$150+")
    yield _claim(doc, doc_date, i + 1, i + 1, pair, "$50-70", "money",
                 {"low": 50, "high": 70, "bound": "range", "unit": "USD", "per": "hour",
                  "precision": 1}, entity, "rates", "hypothetical", None)
    yield _claim(doc, doc_date, i + 2, i + 1, pair, "$150+", "money",
                 {"low": 150, "high": None, "bound": "lower", "unit": "USD", "per": None,
                  "precision": 1}, entity, "rates", "hypothetical", None)


def _claim(
    doc: str, doc_date: str, i: int, slot: int, sentence: str, text: str, kind: str,
    value: dict[str, Any], entity: str, metric: str, modality: str,
    when: dict[str, Any] | None,
) -> dict[str, Any]:
    # Claims of one sentence share its slot (sentence_start and paragraph).
    sentence_start = (slot % CLAIMS_PER_DOC) * 200
    start = sentence_start + sentence.index(text)
    return {
        "id": f"{doc}:{start}-{start + len(text)}", "doc_id": doc, "doc_date": doc_date,
        "kind": kind, "label": kind.upper(), "text": text, "start": start,
        "end": start + len(text), "sentence": sentence, "sentence_start": sentence_start,
        "paragraph": slot % CLAIMS_PER_DOC, "value": value,
        "subject": {"entity": entity, "metric": metric}, "time": when, "modality": modality,
        "cues": [], "rule_id": "synthetic", "source": "rules",
    }


def run_single(n: int, keys: int, trace: bool) -> dict[str, Any]:
    """Time generation alone, then generation + reconcile; report rates and peak memory."""
    tables = load_tables()
    started = time.perf_counter()
    for _ in generate(n, keys):
        pass
    generation = time.perf_counter() - started
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    result = reconcile_with_stats(generate(n, keys), tables=tables)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    traced = tracemalloc.get_traced_memory()[1] if trace else None
    if trace:
        tracemalloc.stop()
    reconcile_time = max(total - generation, 1e-9)
    return {
        "claims": n,
        "keys_requested": keys,
        "keys": result.stats.keys,
        "compared": result.stats.claims_compared,
        "findings": result.stats.findings_by_type,
        "generation_s": round(generation, 2),
        "total_s": round(total, 2),
        "reconcile_s": round(reconcile_time, 2),
        "cpu_s_with_generation": round(cpu, 2),
        "claims_per_s": round(n / reconcile_time),
        "claims_per_s_with_generation": round(n / total),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_before_mb": round(rss_before / 1024),
        "tracemalloc_peak_mb": None if traced is None else round(traced / 2**20),
        "tracemalloc": trace,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--single", type=int, help="run one size in this process")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keys", type=int, default=10_000)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also measure Python allocations (slows the run ~2x)")
    args = parser.parse_args()
    if args.single:
        print(json.dumps(run_single(args.single, args.keys, args.tracemalloc)))
        return
    rows = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--single", str(n), "--keys", str(args.keys)]
        if args.tracemalloc:
            command.append("--tracemalloc")
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{'claims':>10} {'keys':>7} {'findings':>9} {'reconcile s':>12} {'claims/s':>10} "
          f"{'peak RSS MB':>12}")
    for row in rows:
        found = sum(row["findings"].values())
        print(f"{row['claims']:>10,} {row['keys']:>7,} {found:>9,} {row['reconcile_s']:>12} "
              f"{row['claims_per_s']:>10,} {row['peak_rss_mb']:>12,}")
    # Repeated sizes (--sizes 100000 1000000 100000) show how much the machine itself drifts;
    # the ratio uses each size's fastest run.
    best: dict[int, float] = {}
    for row in rows:
        best[row["claims"]] = min(best.get(row["claims"], math.inf), row["reconcile_s"])
    if len(best) >= 2:
        small, large = min(best), max(best)
        size_ratio = large / small
        nlogn = size_ratio * math.log(large) / math.log(small)
        print(f"time ratio {best[large] / best[small]:.1f} for {size_ratio:.0f}x claims "
              f"(linear {size_ratio:.1f}, n log n {nlogn:.1f})")
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
