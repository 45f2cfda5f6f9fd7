"""Throughput, memory, --jobs and incremental re-runs of claimx, side by side with the bare
statistical model.

    python benchmarks/throughput.py [CORPUS] [--limit N] [--repeat N] [--jobs N]
                                    [--sections speed jobs memory incremental]

Every measurement runs in a process of its own (so peak RSS is per variant), on the same
texts, one after the other in one run:

speed        (a) ``claimx extract`` end to end with the default model, (b) the same with
             ``--model blank``, (c) bare ``spacy.load(<default model>)`` + ``nlp.pipe`` over the
             texts doing nothing else. Words/second, the ratios a/c and b/c, peak RSS.
jobs         claimx with ``--jobs N`` beside the single-process run of the same model
             (``--jobs-model``, default the default model): the speed-up, and whether claims.jsonl,
             documents.jsonl and conflicts.jsonl are byte for byte the same.
memory       claimx (``--memory-model``, default the default model) on the corpus once and
             ``--memory-repeat`` times (default 10): peak RSS of both, to show that it does
             not grow with the corpus. Then single huge documents made of the corpus's texts:
             20 MB on one line (white space folded), 20 MB in paragraphs, and 1 MB of its
             words in random order with no punctuation and a "$NNNm" every 100 words (one
             sentence, as a flattened table or a transcript is): seconds and peak RSS, to
             show that they do not grow with a document's or a sentence's length.
incremental  a full run into a fresh output folder, then the same corpus with 1% of the
             documents changed, re-run into that folder: the re-run's time as a share of
             the full run's, and whether its outputs equal a fresh run's on the changed corpus.

The clock of each variant starts after its imports (Python and library start-up are not
throughput) and includes loading the model and rules, processing, writing outputs and,
for claimx, reconciling. ``--repeat N`` feeds the corpus N times (as one streamed JSONL
file, ids kept unique) to show that memory does not grow with corpus size. Texts are read
as they are processed, by every variant. A benchmark, not a test: it reports, it does not
fail; absolute speeds vary across machines, so compare the ratios.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
OUTPUTS = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")

VARIANT = r"""
import json, resource, sys, time
from pathlib import Path
corpus, variant, out, jobs = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
if variant == "bare":
    import spacy
    from claimx.pipeline import resolve_model
else:
    from claimx.batch.run import run_extract
def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
started, cpu_started = time.perf_counter(), cpu()
if variant == "bare":
    nlp = spacy.load(resolve_model())
    with corpus.open(encoding="utf-8") as lines:
        for _ in nlp.pipe((json.loads(line)["text"] for line in lines), batch_size=64):
            pass
else:
    run_extract([corpus], Path(out), model=variant, jobs=jobs)
seconds, cpu_seconds = time.perf_counter() - started, cpu() - cpu_started
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "rss_mb": rss_mb,
                  "children_rss_mb": children_mb}))
"""


def write_corpus(files: list[Path], root: Path, repeat: int, path: Path,
                 changed: frozenset[int] | set[int] = frozenset()) -> int:
    """Write the corpus as one JSONL file; documents whose index is in ``changed`` get a
    sentence added. Returns the number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        index = 0
        for round_ in range(repeat):
            for file in files:
                text = file.read_text(encoding="utf-8", errors="replace")
                if index in changed:
                    text += "\n\nCorrection: the figure was revised to $2.5 billion in 2005.\n"
                words += len(text.split())
                record = {"id": f"{round_}/{file.relative_to(root).with_suffix('')}",
                          "text": text}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                index += 1
    return words


def run(corpus: Path, variant: str, out: Path, jobs: int = 1) -> dict[str, float]:
    """One variant in its own process: seconds and peak RSS."""
    done = subprocess.run(
        [sys.executable, "-c", VARIANT, str(corpus), variant, str(out), str(jobs)],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def same_outputs(one: Path, other: Path) -> bool:
    """Whether two output folders hold the same bytes in every JSONL output."""
    return all((one / n).read_bytes() == (other / n).read_bytes() for n in OUTPUTS)


def section_speed(corpus: Path, words: int, tmp: Path) -> None:
    names = {"default": "(a) claimx, default model", "blank": "(b) claimx, --model blank",
             "bare": "(c) bare spaCy model, nlp.pipe"}
    results = {v: run(corpus, v, tmp / f"speed-{v}") for v in ("default", "blank", "bare")}
    print("\n## speed\n")
    print("| variant | words | seconds | words/s | CPU seconds | words/CPU-s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for variant, r in results.items():
        print(f"| {names[variant]} | {words:,} | {r['seconds']:.1f} | "
              f"{words / r['seconds']:,.0f} | {r['cpu_seconds']:.1f} | "
              f"{words / r['cpu_seconds']:,.0f} | {r['rss_mb']:,.0f} |")
    bare = results["bare"]
    for variant in ("default", "blank"):
        r = results[variant]
        print(f"{names[variant][:3]}/(c) = {bare['seconds'] / r['seconds']:.2f} "
              f"(by CPU time: {bare['cpu_seconds'] / r['cpu_seconds']:.2f})")


def section_jobs(corpus: Path, words: int, tmp: Path, jobs: int, model: str) -> None:
    one = run(corpus, model, tmp / "jobs-1", 1)
    many = run(corpus, model, tmp / f"jobs-{jobs}", jobs)
    print(f"\n## --jobs ({model} model)\n")
    print("| jobs | seconds | words/s | peak RSS MB (main / largest worker) |")
    print("|---:|---:|---:|---:|")
    for n, r in ((1, one), (jobs, many)):
        print(f"| {n} | {r['seconds']:.1f} | {words / r['seconds']:,.0f} | "
              f"{r['rss_mb']:,.0f} / {r['children_rss_mb']:,.0f} |")
    print(f"speed-up with --jobs {jobs}: {one['seconds'] / many['seconds']:.2f}x; "
          f"outputs byte-identical: {same_outputs(tmp / 'jobs-1', tmp / f'jobs-{jobs}')}")


def section_memory(
    files: list[Path], root: Path, tmp: Path, model: str, repeat: int
) -> None:
    print(f"\n## memory ({model} model)\n")
    print("| corpus | documents | words | seconds | peak RSS MB |\n|---|---:|---:|---:|---:|")
    for times in (1, repeat):
        corpus = tmp / f"memory-{times}.jsonl"
        words = write_corpus(files, root, times, corpus)
        r = run(corpus, model, tmp / f"memory-{times}")
        print(f"| BBC x {times} | {len(files) * times:,} | {words:,} | {r['seconds']:.0f} | "
              f"{r['rss_mb']:,.0f} |")
        corpus.unlink()
        shutil.rmtree(tmp / f"memory-{times}")
    for name, path in huge_documents(files, tmp):
        words = len(path.read_text(encoding="utf-8").split())
        r = run(path, model, tmp / "memory-huge")
        print(f"| {name} | 1 | {words:,} | {r['seconds']:.0f} | {r['rss_mb']:,.0f} |")
        path.unlink()
        shutil.rmtree(tmp / "memory-huge")


def huge_documents(files: list[Path], tmp: Path) -> list[tuple[str, Path]]:
    """The huge single documents of the memory section, written under ``tmp``."""
    texts = [file.read_text(encoding="utf-8", errors="replace") for file in files]
    size = 20_000_000

    def repeated(separator: str, fold: bool) -> str:
        parts, held, index = [], 0, 0
        while held < size:
            text = texts[index % len(texts)]
            text = " ".join(text.split()) if fold else text.strip()
            parts.append(text)
            held += len(text) + len(separator)
            index += 1
        return separator.join(parts)[:size]

    pick = random.Random(0)
    words = [w for text in texts[:200] for w in text.split() if w.isalpha()]
    salad, held = [], 0
    while held < 1_000_000:
        word = f"${pick.randint(1, 999)}m" if len(salad) % 100 == 99 else pick.choice(words)
        salad.append(word)
        held += len(word) + 1
    documents = {
        "one document, 20 MB on one line": repeated(" ", fold=True),
        "one document, 20 MB in paragraphs": repeated("\n\n", fold=False),
        "one sentence of 1 MB (no punctuation)": " ".join(salad)[:1_000_000],
    }
    written = []
    for n, (name, text) in enumerate(documents.items()):
        path = tmp / f"huge-{n}.txt"
        path.write_text(text, encoding="utf-8")
        written.append((name, path))
    return written


def section_incremental(
    files: list[Path], root: Path, repeat: int, tmp: Path, model: str
) -> None:
    total = len(files) * repeat
    changed = set(random.Random(0).sample(range(total), max(1, total // 100)))
    before, after = tmp / "incr-before.jsonl", tmp / "incr-after.jsonl"
    write_corpus(files, root, repeat, before)
    write_corpus(files, root, repeat, after, changed)
    out, fresh = tmp / "incr-out", tmp / "incr-fresh"
    full = run(before, model, out)
    shutil.copy(after, before)  # same path: the re-run sees the same inputs, 1% changed
    rerun = run(before, model, out)
    run(before, model, fresh)
    print(f"\n## incremental re-run ({model} model)\n")
    print(f"full run: {full['seconds']:.1f} s; re-run with {len(changed)} of {total} documents "
          f"changed: {rerun['seconds']:.1f} s = {100 * rerun['seconds'] / full['seconds']:.1f}% "
          f"of the full run; outputs equal a fresh run's: {same_outputs(out, fresh)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="feed the corpus N times")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the jobs section")
    parser.add_argument("--jobs-model", default="default", choices=["default", "blank"])
    parser.add_argument("--incremental-model", default="default", choices=["default", "blank"])
    parser.add_argument("--memory-model", default="default", choices=["default", "blank"])
    parser.add_argument("--memory-repeat", type=int, default=10)
    parser.add_argument("--sections", nargs="+", default=["speed", "jobs", "incremental"],
                        choices=["speed", "jobs", "memory", "incremental"])
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("*.txt"))[: args.limit]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = tmp / "corpus.jsonl"
        words = write_corpus(files, args.corpus, args.repeat, corpus)
        print(f"{len(files) * args.repeat:,} documents, {words:,} words "
              f"({len(files)} files x {args.repeat})")
        if "speed" in args.sections:
            section_speed(corpus, words, tmp)
        if "jobs" in args.sections:
            section_jobs(corpus, words, tmp, args.jobs, args.jobs_model)
        if "memory" in args.sections:
            section_memory(files, args.corpus, tmp, args.memory_model, args.memory_repeat)
        if "incremental" in args.sections:
            section_incremental(files, args.corpus, args.repeat, tmp, args.incremental_model)


if __name__ == "__main__":
    main()
