"""Findings on real reporting: claimx's reconciliation scored against figures read by hand.

Two sets, each a corpus and a verdict file of figure pairs a fact-checker would compare (same
holder, same measure, same period), every pair with the verdict of a person who read both:

* ``cross_source``: short excerpts of several outlets reporting the same statistics (GDP
  releases and their revisions, company results, budgets, trade figures), in
  ``benchmarks/data/cross_source/`` (one ``.txt`` per excerpt, ``corpus.jsonl`` with their ids and
  dates, ``sources.jsonl`` with each excerpt's address, ``verdicts.jsonl``).
* ``bbc``: the BBC folder (``../shared/corpora/bbc``, not copied here), with the stories reported
  in two or more of its articles in ``benchmarks/data/bbc_stories.jsonl``, and the findings
  claimx has made there, read and judged, in ``benchmarks/data/bbc_findings_read.jsonl``.

Verdicts: ``disagreement`` (a real conflict, a scale slip included), ``revision`` (a provisional
and a revised figure), ``mislabelled_period`` (one figure given for two different periods or
bases), which a finding should report; and ``agree``, ``rounding``, ``different_scope`` (other
holders, measures, bases or currencies), ``forecast_vs_actual``, which it should not.

    python benchmarks/findings.py                       # run claimx (default model) on both sets
    python benchmarks/findings.py --model blank --sets cross_source
    python benchmarks/findings.py --cross-outputs DIR --bbc-outputs DIR   # score earlier outputs
    python benchmarks/findings.py --write-corpus        # rebuild corpus.jsonl from the excerpts

How a finding is judged: it matches a verdict pair when each of the pair's two figures overlaps
(same document, character spans overlapping) a claim the finding names, the two on different
sides of its comparison (by the ``values`` entries' figures) when it has ``values``; claim
spans come from claims.jsonl when present, else from the claim ids
(``<doc_id>:<start>-<end>``). A finding
matching several pairs takes the first verdict in ``VERDICTS`` order (real conflicts first). A
finding whose documents all have the same text (documents.jsonl's sha256) is a
``duplicate_documents`` false alarm; one matching no pair is ``unjudged``, to be read. Finding
types are not fixed here (``revision``, ``scale_slip``, ``period_mislabel`` and any later ones are
counted like the others), and a ``confidence`` field is reported when a finding has one.

Printed per set: findings by type and by verdict; recall of real disagreements and revisions
(a pair is found when some finding matches it; revisions also counted when typed ``revision``);
of those, the pairs whose two figures cannot both hold as written (their intervals, rounding
and hedges allowed, do not meet: the ones the figures alone can show; "7%" beside "6.8%" needs
a revision's words or a date); mislabelled periods found; false alarms per 10 articles,
judged ones alone and with the unjudged counted as false. Every finding is written with its
verdict, figures and sentences to ``WORK/findings.jsonl`` and, for reading,
``WORK/findings.txt``, followed by the real pairs no finding matched.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimx.io import atomic_writer, read_jsonl, write_jsonl
from claimx.reconcile import load_tables
from claimx.reconcile.intervals import Interval, claim_value

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
CROSS = DATA / "cross_source"
DEFAULT_BBC = ROOT.parent / "shared" / "corpora" / "bbc"
# Real conflicts first: a finding that matches several pairs is judged by the first one here.
REAL = ("disagreement", "revision", "mislabelled_period")
NOT_REAL = ("agree", "rounding", "different_scope", "forecast_vs_actual")
VERDICTS = REAL + NOT_REAL
RECALLED = ("disagreement", "revision")
NUMERIC = ("money", "percent", "quantity")
# Stories the BBC folder reports more than once, and findings claimx made there, read by hand.
BBC_VERDICTS = ("bbc_stories.jsonl", "bbc_findings_read.jsonl")


@dataclass(frozen=True)
class Figure:
    """A figure as written in one document: its text and character span."""

    doc_id: str
    text: str
    start: int
    end: int

    def overlaps(self, doc_id: str, start: int, end: int) -> bool:
        return doc_id == self.doc_id and start < self.end and self.start < end


@dataclass(frozen=True)
class Pair:
    """Two figures a fact-checker would compare, and what a reader found."""

    story: str
    measure: str
    verdict: str
    note: str
    figures: tuple[Figure, Figure]

    def describe(self) -> str:
        a, b = self.figures
        note = f" ({self.note})" if self.note else ""
        return (f"[{self.verdict}] {self.story}: {self.measure}: {a.doc_id} {a.text!r} / "
                f"{b.doc_id} {b.text!r}{note}")


@dataclass(frozen=True)
class Span:
    """A claim a finding names, located in its document."""

    claim_id: str
    doc_id: str
    text: str
    start: int
    end: int
    sentence: str | None


@dataclass
class Judged:
    """A finding with its claims located and the verdict it was given."""

    finding: dict[str, Any]
    spans: list[Span]
    verdict: str
    matched: list[Pair]


def load_pairs(path: Path) -> list[Pair]:
    """Read a verdict file (verdicts.jsonl, bbc_stories.jsonl)."""
    pairs = []
    for record in read_jsonl(path):
        first, second = (Figure(f["doc_id"], f["text"], f["start"], f["end"])
                         for f in record["figures"])
        if record["verdict"] not in VERDICTS:
            raise ValueError(f"{path}: unknown verdict {record['verdict']!r}")
        pairs.append(Pair(record["story"], record["measure"], record["verdict"],
                          record.get("note", ""), (first, second)))
    return pairs


def corpus_records(folder: Path = CROSS) -> list[dict[str, Any]]:
    """The cross-source excerpts as claimx JSONL records, from sources.jsonl and the .txt files:
    each with its address, which dates it for claimx when the page gave no date, as a crawled
    corpus's records would be."""
    records = []
    for source in read_jsonl(folder / "sources.jsonl"):
        text = (folder / f"{source['id']}.txt").read_text(encoding="utf-8")
        record: dict[str, Any] = {"id": source["id"], "text": text, "url": source["url"]}
        if source.get("date"):
            record["date"] = source["date"]
        records.append(record)
    return sorted(records, key=lambda r: str(r["id"]))


def run_claimx(inputs: Sequence[Path], out_dir: Path, model: str, jobs: int) -> Path:
    """Run ``claimx extract`` into ``out_dir`` (its cache makes a re-run quick)."""
    command = [sys.executable, "-m", "claimx.cli", "extract", *map(str, inputs), "-o",
               str(out_dir), "--model", model, "--jobs", str(jobs), "--quiet"]
    print(f"running: claimx extract {' '.join(command[4:])}", file=sys.stderr)
    done = subprocess.run(command, check=False)
    if done.returncode != 0:
        raise ValueError(f"claimx extract exited with {done.returncode}")
    return out_dir


def claim_span(claim_id: str) -> tuple[str, int, int]:
    """``<doc_id>:<start>-<end>`` -> (doc_id, start, end); document ids may hold colons."""
    doc_id, _, span = claim_id.rpartition(":")
    start, _, end = span.partition("-")
    return doc_id, int(start), int(end)


def load_findings(out_dir: Path) -> tuple[list[dict[str, Any]], dict[str, Span]]:
    """The findings of an outputs folder, and the spans of the claims they name."""
    conflicts = out_dir / "conflicts.jsonl"
    if not conflicts.is_file():
        raise ValueError(f"{conflicts} is missing (run claimx extract first)")
    findings = list(read_jsonl(conflicts))
    texts: dict[str, str] = {}
    for finding in findings:
        for value in finding.get("values", []):
            texts[value["claim_id"]] = value.get("text", "")
        for claim_id in finding.get("claims", []):
            texts.setdefault(claim_id, "")
    spans: dict[str, Span] = {}
    claims = out_dir / "claims.jsonl"
    if claims.is_file():
        for claim in read_jsonl(claims):
            if claim["id"] in texts:
                spans[claim["id"]] = Span(claim["id"], claim["doc_id"], claim["text"],
                                          claim["start"], claim["end"], claim.get("sentence"))
    for claim_id, text in texts.items():
        if claim_id not in spans:
            doc_id, start, end = claim_span(claim_id)
            spans[claim_id] = Span(claim_id, doc_id, text, start, end, None)
    return findings, spans


def load_documents(out_dir: Path) -> dict[str, dict[str, Any]]:
    path = out_dir / "documents.jsonl"
    return {d["id"]: d for d in read_jsonl(path)} if path.is_file() else {}


def _sides(finding: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """The side of the comparison each claim of a finding stands on: its figure as compared
    (the ``values`` entry's interval and bound); empty for findings without ``values``."""
    return {
        value["claim_id"]: (value.get("low"), value.get("high"), value.get("bound"))
        for value in finding.get("values") or () if isinstance(value, dict) and "claim_id" in value
    }


def _across(pair: Pair, spans: list[Span], sides: dict[str, tuple[Any, ...]]) -> bool:
    """Whether each of the pair's two figures overlaps a claim the finding names, on two
    different sides of the comparison when the finding says which (a pair of two figures the
    finding puts on one side, which agree there, is not what it compares)."""
    first, second = (
        [s for s in spans if fig.overlaps(s.doc_id, s.start, s.end)] for fig in pair.figures
    )
    if not first or not second:
        return False
    if len(set(sides.values())) < 2:
        return True  # no sides by figure: one figure under two periods (a period mislabel)
    return any(sides.get(a.claim_id) != sides.get(b.claim_id) for a in first for b in second)


def judge(finding: dict[str, Any], spans: list[Span], pairs: Sequence[Pair],
          documents: dict[str, dict[str, Any]]) -> Judged:
    """Give a finding the verdict of the pairs it covers (see the module docstring)."""
    sides = _sides(finding)
    matched = [
        pair for pair in pairs
        if _across(pair, spans, sides)
    ]
    matched.sort(key=lambda p: VERDICTS.index(p.verdict))
    docs = {s.doc_id for s in spans}
    hashes = {documents.get(d, {}).get("sha256") for d in docs}
    if matched:
        verdict = matched[0].verdict
    elif len(docs) > 1 and len(hashes) == 1 and None not in hashes:
        verdict = "duplicate_documents"
    else:
        verdict = "unjudged"
    return Judged(finding, spans, verdict, matched)


@dataclass
class Score:
    """What one set's findings came to."""

    name: str
    articles: int
    pairs: list[Pair]
    judged: list[Judged]
    # the real pairs whose two figures cannot both hold as written (their claims' intervals,
    # rounding and hedges allowed, do not meet): the ones a finding can see from the figures
    # alone; the others ("7%" and "6.8%") need a revision's words or a date to tell apart
    apart: frozenset[Pair] = frozenset()

    def found(self, pair: Pair, finding_type: str | None = None) -> bool:
        return any(pair in j.matched
                   and (finding_type is None or j.finding.get("type") == finding_type)
                   for j in self.judged)

    def per10(self, count: int) -> str:
        # the article count comes from documents.jsonl; without it there is no rate
        return f"{10 * count / self.articles:.2f}" if self.articles else "-"

    def lines(self) -> list[str]:
        by_type = Counter(str(j.finding.get("type")) for j in self.judged)
        by_verdict = Counter(j.verdict for j in self.judged)
        judged_pairs = Counter(p.verdict for p in self.pairs)
        out = [f"{self.name}: {self.articles} articles, {len(self.pairs)} judged pairs "
               f"({', '.join(f'{v} {judged_pairs[v]}' for v in VERDICTS if judged_pairs[v])})",
               f"  findings: {len(self.judged)}"
               + (f" ({', '.join(f'{t} {n}' for t, n in sorted(by_type.items()))})"
                  if by_type else ""),
               "  by verdict: " + (", ".join(f"{v} {n}" for v, n in sorted(
                   by_verdict.items(), key=lambda vn: (_order(vn[0]), vn[0]))) or "-")]
        for verdict in (*RECALLED, "mislabelled_period"):
            wanted = [p for p in self.pairs if p.verdict == verdict]
            hit = sum(self.found(p) for p in wanted)
            line = f"  {verdict} pairs found: {hit} of {len(wanted)}"
            if verdict == "revision":
                line += f" (typed revision: {sum(self.found(p, 'revision') for p in wanted)})"
            out.append(line)
        real = [p for p in self.pairs if p.verdict in RECALLED]
        hit = sum(self.found(p) for p in real)
        out.append(f"  recall of real disagreements + revisions: {hit} of {len(real)} "
                   f"({_percent(hit, len(real))})")
        if self.apart:
            apart = [p for p in real if p in self.apart]
            seen = sum(self.found(p) for p in apart)
            out.append(f"    of those whose figures cannot both hold as written: {seen} of "
                       f"{len(apart)} ({_percent(seen, len(apart))}); the other "
                       f"{len(real) - len(apart)} agree within rounding as written, or were "
                       "not read as figures")
        false = sum(by_verdict[v] for v in (*NOT_REAL, "duplicate_documents"))
        unjudged = by_verdict["unjudged"]
        true = sum(by_verdict[v] for v in REAL)
        out.append(f"  false alarms per 10 articles: {self.per10(false)} judged ({false}); "
                   f"{self.per10(false + unjudged)} counting the {unjudged} unjudged as false")
        out.append(f"  real among judged findings: {true} of {true + false} "
                   f"({_percent(true, true + false)})")
        return out


def _order(verdict: str) -> int:
    return VERDICTS.index(verdict) if verdict in VERDICTS else len(VERDICTS)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def score_set(name: str, out_dir: Path, pairs: list[Pair]) -> Score:
    findings, spans = load_findings(out_dir)
    documents = load_documents(out_dir)
    judged = [judge(f, [spans[c] for c in f.get("claims", [])], pairs, documents)
              for f in findings]
    articles = sum(1 for d in documents.values() if not d.get("error"))
    return Score(name, articles, pairs, judged, apart_as_written(out_dir, pairs))


def apart_as_written(out_dir: Path, pairs: Sequence[Pair]) -> frozenset[Pair]:
    """The pairs each of whose figures is a claim of ``out_dir``'s claims.jsonl and whose two
    claims' intervals (rounding and hedges allowed, as reconciliation reads them) do not
    meet; empty without claims.jsonl."""
    path = out_dir / "claims.jsonl"
    if not path.is_file():
        return frozenset()
    tables = load_tables()
    wanted = {f.doc_id for p in pairs for f in p.figures}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for claim in read_jsonl(path):
        if claim["doc_id"] in wanted and claim["kind"] in NUMERIC:
            by_doc.setdefault(claim["doc_id"], []).append(claim)

    def interval(figure: Figure) -> Interval | None:
        for claim in by_doc.get(figure.doc_id, ()):
            if figure.overlaps(claim["doc_id"], claim["start"], claim["end"]):
                value = claim_value(claim["value"], claim["text"], tables)
                return value.interval if value is not None else None
        return None

    apart = set()
    for pair in pairs:
        first, second = (interval(f) for f in pair.figures)
        if first is not None and second is not None and not first.overlaps(second):
            apart.add(pair)
    return frozenset(apart)


def finding_record(score: Score, judged: Judged) -> dict[str, Any]:
    finding = judged.finding
    return {
        "set": score.name,
        "verdict": judged.verdict,
        "finding_id": finding.get("id"),
        "type": finding.get("type"),
        "confidence": finding.get("confidence"),
        "severity": finding.get("severity"),
        "subject": finding.get("subject"),
        "explanation": finding.get("explanation"),
        "figures": [{"claim_id": s.claim_id, "doc_id": s.doc_id, "text": s.text,
                     "start": s.start, "end": s.end, "sentence": s.sentence}
                    for s in judged.spans],
        "matched": [{"story": p.story, "measure": p.measure, "verdict": p.verdict,
                     "note": p.note} for p in judged.matched],
    }


def readable(score: Score) -> list[str]:
    out = [f"# {score.name}", *score.lines(), ""]
    for number, judged in enumerate(sorted(score.judged, key=lambda j: (_order(j.verdict),
                                                                         j.verdict)), 1):
        finding = judged.finding
        confidence = finding.get("confidence")
        out.append(f"{number}. [{judged.verdict}] {finding.get('type')}"
                   + (f", confidence {confidence}" if confidence is not None else "")
                   + f": {finding.get('explanation')}")
        for pair in judged.matched:
            out.append(f"   verdict: {pair.describe()}")
        for span in judged.spans:
            out.append(f"   - {span.doc_id} [{span.start}:{span.end}] {span.text!r}"
                       + (f": {span.sentence}" if span.sentence else ""))
        out.append("")
    missed = [p for p in score.pairs if p.verdict in REAL and not score.found(p)]
    out.append(f"## {score.name}: real pairs no finding matched ({len(missed)})")
    out.extend(f"- {p.describe()}" for p in missed)
    out.append("")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run or read claimx's outputs for each set, score them, print and write the findings."""
    try:
        return run(argv)
    except (OSError, ValueError, KeyError) as exc:
        print(f"findings: error: {exc}", file=sys.stderr)
        return 1


def run(argv: Sequence[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=["cross_source", "bbc"],
                        default=["cross_source", "bbc"])
    parser.add_argument("--model", default="default", help="claimx --model (default, blank, ...)")
    parser.add_argument("--jobs", type=int, default=1, help="claimx --jobs")
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="the BBC folder")
    parser.add_argument("--cross-outputs", type=Path, help="score this outputs folder "
                        "instead of running claimx on the cross-source corpus")
    parser.add_argument("--bbc-outputs", type=Path, help="score this outputs folder instead "
                        "of running claimx on the BBC folder")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "claimx-findings",
                        help="where claimx's outputs and findings.jsonl/.txt are written")
    parser.add_argument("--write-corpus", action="store_true",
                        help="rebuild cross_source/corpus.jsonl from the excerpts and stop")
    options = parser.parse_args(argv)
    if options.write_corpus:
        write_jsonl(CROSS / "corpus.jsonl", corpus_records())
        return 0
    work: Path = options.work
    work.mkdir(parents=True, exist_ok=True)
    scores = []
    if "cross_source" in options.sets:
        out_dir = options.cross_outputs or run_claimx(
            [CROSS / "corpus.jsonl"], work / f"cross_source-{options.model}", options.model,
            options.jobs)
        scores.append(score_set("cross_source", out_dir, load_pairs(CROSS / "verdicts.jsonl")))
    if "bbc" in options.sets:
        out_dir = options.bbc_outputs or run_claimx(
            [options.bbc], work / f"bbc-{options.model}", options.model, options.jobs)
        pairs = [p for name in BBC_VERDICTS for p in load_pairs(DATA / name)]
        scores.append(score_set("bbc", out_dir, pairs))
    for score in scores:
        print("\n".join(score.lines()))
    records = [finding_record(s, j) for s in scores for j in s.judged]
    write_jsonl(work / "findings.jsonl", records)
    with atomic_writer(work / "findings.txt") as handle:
        handle.write("\n".join(line for s in scores for line in readable(s)))
    print(f"every finding with its verdict: {work / 'findings.txt'} (and findings.jsonl)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
