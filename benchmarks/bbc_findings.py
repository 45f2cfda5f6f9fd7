"""Every finding of a BBC run with the verdict it was given when read (a benchmark, not a test).

Run claimx on the BBC folder, then list its findings beside the verdicts in
``benchmarks/bbc_verdicts.jsonl`` (one line per finding read: its claim ids, the subject, the
verdict ``real`` or ``false``, and why). A finding is matched by its exact set of claim ids, so
a finding no one has read yet shows as ``unread``: read it, and add its line.

    claimx extract ../shared/corpora/bbc -o /tmp/bbc --no-cache
    python benchmarks/bbc_findings.py /tmp/bbc
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

VERDICTS = Path(__file__).with_name("bbc_verdicts.jsonl")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, blank lines skipped."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def verdict_table(path: Path) -> dict[tuple[str, ...], dict[str, Any]]:
    """Sorted claim ids -> the verdict line."""
    return {tuple(sorted(row["claims"])): row for row in read_jsonl(path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs", type=Path, help="an outputs folder or its conflicts.jsonl")
    parser.add_argument("--verdicts", type=Path, default=VERDICTS)
    args = parser.parse_args()
    conflicts = args.outputs / "conflicts.jsonl" if args.outputs.is_dir() else args.outputs
    verdicts = verdict_table(args.verdicts)
    counts: Counter[str] = Counter()
    for finding in read_jsonl(conflicts):
        row = verdicts.get(tuple(sorted(finding["claims"])))
        verdict = row["verdict"] if row else "unread"
        counts[verdict] += 1
        print(f"{verdict:6}  {finding['type']:20}  {finding['explanation']}")
        if row:
            print(f"{'':28}why: {row['why']}")
    read = counts["real"] + counts["false"]
    share = f"{counts['real'] / read:.0%}" if read else "n/a"
    print(f"\n{sum(counts.values())} findings: {counts['real']} real, {counts['false']} false, "
          f"{counts['unread']} unread; {share} of those read are real")


if __name__ == "__main__":
    main()
