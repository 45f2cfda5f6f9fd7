"""How an outputs folder was made, from its run.json, in a form a person reads.

run.json (written by every ``claimx extract``) records the claimx, spaCy and Python
versions, the model and pipeline, a sha256 of the rules folder, the inputs, the counts and
the timings. :func:`describe_run` lays them out one per line, and says whether the packaged
rules are still the ones the run used.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from claimx.rules_folder import RulesFolder

RUN_FILE = "run.json"
OUTPUT_FILES = (
    "claims.jsonl", "documents.jsonl", "conflicts.jsonl",
    "claims.parquet", "documents.parquet", "conflicts.parquet", "report.html",
)
STAGES = ("load_seconds", "extract_seconds", "reconcile_seconds")
# Keys laid out by describe_run; any other key of run.json is printed after them as is.
KNOWN_KEYS = frozenset({
    "claimx", "spacy", "python", "model", "pipeline", "rules_hash", "inputs", "ref_date",
    "argv", "counts", "timings",
})


def read_run(outputs_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """The run.json of an outputs folder (FileNotFoundError / ValueError when absent or bad)."""
    path = Path(outputs_dir) / RUN_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no {RUN_FILE} in {outputs_dir}")
    try:
        run = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(run, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return run


def describe_run(outputs_dir: str | os.PathLike[str]) -> str:
    """Versions, model, rules hash, inputs, counts, timings and files, one per line."""
    folder = Path(outputs_dir)
    run = read_run(folder)
    counts: Mapping[str, Any] = run.get("counts") or {}
    timings: Mapping[str, Any] = run.get("timings") or {}
    lines = [
        ("outputs", str(folder)),
        ("claimx", run.get("claimx")),
        ("spaCy", run.get("spacy")),
        ("Python", run.get("python")),
        ("model", run.get("model")),
        ("pipeline", ", ".join(run.get("pipeline") or [])),
        ("rules", _rules(run.get("rules_hash"))),
        ("inputs", ", ".join(str(i) for i in run.get("inputs") or [])),
        ("ref date", run.get("ref_date") or "none"),
        ("command", " ".join(["claimx", *map(str, run.get("argv") or [])])),
        ("documents", _documents(counts)),
        ("claims", _claims(counts)),
        ("findings", _or_none(counts.get("findings"), "none (not reconciled)")),
        ("timings", _timings(timings)),
        ("files", _files(folder)),
    ]
    lines += [(key, json.dumps(run[key], sort_keys=True, ensure_ascii=False))
              for key in sorted(set(run) - KNOWN_KEYS)]
    width = max(len(label) for label, _ in lines) + 2
    return "\n".join(f"{label:<{width}}{_or_none(value, '?')}" for label, value in lines)


def _or_none(value: Any, missing: str) -> str:
    return missing if value is None or value == "" else str(value)


def _rules(recorded: Any) -> str:
    if not recorded:
        return "?"
    now = RulesFolder.open(None).hash
    same = "the same" if now == recorded else "different"
    return f"sha256 {recorded} (packaged rules now: {same})"


def _documents(counts: Mapping[str, Any]) -> str:
    if counts.get("documents") is None:
        return "?"
    return f"{counts['documents']} ({counts.get('failed', 0)} unreadable)"


def _claims(counts: Mapping[str, Any]) -> str:
    if counts.get("claims") is None:
        return "?"
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted((counts.get("by_kind") or {}).items()))
    return f"{counts['claims']}" + (f" ({kinds})" if kinds else "")


def _timings(timings: Mapping[str, Any]) -> str:
    # The stages in the order they run, then any other timing.
    order = {key: n for n, key in enumerate(STAGES)}
    keys = sorted(timings, key=lambda key: (order.get(key, len(order)), key))
    parts = [f"{key.removesuffix('_seconds')} {float(timings[key]):.3f} s"
             for key in keys if isinstance(timings[key], int | float)]
    total = sum(float(v) for v in timings.values() if isinstance(v, int | float))
    return ", ".join(parts) + (f" (total {total:.3f} s)" if parts else "")


def _files(folder: Path) -> str:
    present = [(name, (folder / name).stat().st_size) for name in OUTPUT_FILES
               if (folder / name).is_file()]
    return ", ".join(f"{name} {_size(size)}" for name, size in present) or "none"


def _size(size: int) -> str:
    value, unit = float(size), "B"
    for bigger in ("kB", "MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
