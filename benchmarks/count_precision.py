"""Precision of count claims: what share of the quantity claims claimx makes are not counts.

    python benchmarks/count_precision.py [CORPUS] [--model default|blank] [--size 200]
                                         [--seed 14] [--verdicts FILE] [--show]

Runs claimx over the BBC folder (``../shared/corpora/bbc`` by default), takes a sample of
``--size`` quantity claims and scores it against a file of verdicts written by reading each
claim in its sentence (``benchmarks/data/count_precision_verdicts.jsonl``, one JSON object
per line: ``id``, ``text``, ``unit``, ``sentence``, ``count`` true or false, ``note``).

The sample is fixed by the seed: each claim's rank is the sha256 of the seed and its id, and
the ``--size`` lowest ranks are taken. A change to the extractor that adds or removes other
claims leaves the rest of the sample where it was, so most verdicts stay usable. A verdict
counts only while its claim still reads the same (same id, text and counted noun); a
sampled claim without one is listed as unjudged, with ``--show`` printing it as a verdict
line to fill in.

A claim passes when its number says how many or how much of something there is: a count
("600,000 tech professionals", "four senior directors", "tens of thousands of people") or a
measured amount in its unit ("14.27 million tonnes", "a 160GB hard drive"). It fails when
the number is no such quantity: a name ("19 Management", "Six Nations"), a rank or seeding,
an index level, a score, a version, part of a date, an age, a stretch of time or a multiple
("two years", "after 53 minutes", "a five-year plan", "four times as fast": the pipeline
makes those bare numbers), or a value misread ("382m track" as 382 million). A length of
time that measures an amount of something passes, as a population's statistic does ("six
hours a day", "two hours' PE", "up to two years in jail", "an average stay of 12 days"), and
so does a count of occurrences ("competed four times at the festival"). A counted noun cut
short by a hyphen or a quote ("6,100 UK" for "UK-based staff") is a fault of the noun, noted
in the verdict, not of the count. A benchmark, not a
test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
DEFAULT_VERDICTS = ROOT / "benchmarks" / "data" / "count_precision_verdicts.jsonl"
TARGET = 0.02


def rank(seed: int, claim_id: str) -> str:
    """The claim's place in the sample order: a hash, stable whatever other claims exist."""
    return hashlib.sha256(f"{seed}:{claim_id}".encode()).hexdigest()


def sample(claims: list[dict[str, Any]], size: int, seed: int) -> list[dict[str, Any]]:
    """The ``size`` quantity claims of lowest rank, in document order."""
    counts = [c for c in claims if c["kind"] == "quantity"]
    chosen = sorted(counts, key=lambda c: rank(seed, c["id"]))[:size]
    return sorted(chosen, key=lambda c: (c["doc_id"], c["start"]))


def key(record: dict[str, Any]) -> tuple[str, str, str | None]:
    """What a verdict is about: the claim's id, text and counted noun."""
    unit = record["unit"] if "unit" in record else record["value"]["unit"]
    return record["id"], record["text"], unit


def read_verdicts(path: Path) -> dict[tuple[str, str, str | None], dict[str, Any]]:
    """The verdicts of ``path`` by :func:`key` (none when the file is absent)."""
    if not path.is_file():
        return {}
    verdicts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record.get("count"), bool):
            raise SystemExit(f"{path}:{number}: 'count' must be true or false")
        verdicts[key(record)] = record
    return verdicts


def verdict_line(claim: dict[str, Any]) -> str:
    """A verdict line to fill in for ``claim`` (``count`` left null)."""
    record = {
        "id": claim["id"],
        "text": claim["text"],
        "unit": claim["value"]["unit"],
        "sentence": claim["sentence"],
        "count": None,
        "note": "",
    }
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default="default", help="claimx model (default, blank)")
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--verdicts", type=Path, default=DEFAULT_VERDICTS)
    parser.add_argument("--show", action="store_true",
                        help="print a verdict line for each unjudged claim")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"count_precision: no corpus folder at {args.corpus}", file=sys.stderr)
        return 1

    import claimx  # late: --help should not load spaCy

    result = claimx.extract([args.corpus], model=args.model)
    chosen = sample(result.claims, args.size, args.seed)
    verdicts = read_verdicts(args.verdicts)
    judged = [(c, verdicts[key(c)]) for c in chosen if key(c) in verdicts]
    unjudged = [c for c in chosen if key(c) not in verdicts]
    wrong = [(c, v) for c, v in judged if not v["count"]]
    total = sum(1 for c in result.claims if c["kind"] == "quantity")
    print(f"quantity claims in {args.corpus} ({args.model}): {total}")
    print(f"sample: {len(chosen)} (seed {args.seed}); judged {len(judged)}, "
          f"unjudged {len(unjudged)}")
    if judged:
        share = len(wrong) / len(judged)
        status = "within" if share <= TARGET else "above"
        print(f"not counts: {len(wrong)} of {len(judged)} ({share:.1%}; {status} the "
              f"{TARGET:.0%} target)")
    for claim, verdict in wrong:
        print(f"  {claim['id']}: {claim['text']!r} [{claim['value']['unit']}] "
              f"{verdict.get('note', '')}")
    if args.show:
        for claim in unjudged:
            print(verdict_line(claim))
    return 0


if __name__ == "__main__":
    sys.exit(main())
