"""Throughput and peak memory of claimx against the bare statistical model, side by side.

    python benchmarks/throughput.py [CORPUS] [--repeat N] [--limit N]

Runs, on the same texts and the same machine, each in its own process (so peak RSS is per
variant): (a) ``claimx extract`` end to end with the default model, (b) the same with
``--model blank``, (c) bare ``spacy.load(<default model>)`` + ``nlp.pipe`` over the texts doing
nothing else. Prints words/second, the ratios a/c and b/c, and peak RSS. ``--repeat N``
feeds the corpus N times (as one streamed JSONL file) to show that memory does not grow
with corpus size. A benchmark, not a test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"

VARIANT = r"""
import json, resource, sys, time
from pathlib import Path
corpus, variant = Path(sys.argv[1]), sys.argv[2]
texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
words = sum(len(text.split()) for text in texts)
started = time.perf_counter()
if variant == "bare":
    import spacy
    from claimx.pipeline import resolve_model
    nlp = spacy.load(resolve_model())
    for _ in nlp.pipe(texts, batch_size=64):
        pass
else:
    import tempfile
    from claimx.extract import run_extract
    with tempfile.TemporaryDirectory() as out:
        run_extract([corpus], Path(out), model=variant)
seconds = time.perf_counter() - started
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"words": words, "seconds": seconds, "rss_mb": rss_mb}))
"""


def corpus_file(corpus: Path, repeat: int, limit: int | None, folder: Path) -> Path:
    """The corpus as one JSONL file (repeated ``repeat`` times, ids kept unique)."""
    files = sorted(p for p in corpus.rglob("*.txt"))[:limit]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for round_ in range(repeat):
            for file in files:
                text = file.read_text(encoding="utf-8", errors="replace")
                record = {"id": f"{round_}/{file.relative_to(corpus)}", "text": text}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run(path: Path, variant: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", VARIANT, str(path), variant],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="feed the corpus N times")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--variants", nargs="+", default=["default", "blank", "bare"],
                        choices=["default", "blank", "bare"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus_file(args.corpus, args.repeat, args.limit, Path(tmp))
        results = {variant: run(path, variant) for variant in args.variants}
    names = {"default": "(a) claimx, default model", "blank": "(b) claimx, --model blank",
             "bare": "(c) bare spaCy model, nlp.pipe"}
    print("| variant | words | seconds | words/s | peak RSS MB |\n|---|---:|---:|---:|---:|")
    for variant, r in results.items():
        print(f"| {names[variant]} | {r['words']:,.0f} | {r['seconds']:.1f} | "
              f"{r['words'] / r['seconds']:,.0f} | {r['rss_mb']:,.0f} |")
    if "bare" in results:
        bare = results["bare"]["words"] / results["bare"]["seconds"]
        for variant in ("default", "blank"):
            if variant in results:
                speed = results[variant]["words"] / results[variant]["seconds"]
                print(f"{names[variant][:3]}/(c) = {speed / bare:.2f}")


if __name__ == "__main__":
    main()
