"""Accuracy of claimx's claim frames (what each figure is about) against the frame gold set.

The gold set is ``tests/frames/gold/*.jsonl`` (its README defines every field): money,
percent and count figures of 66 articles annotated by reading. This script scores one or
more claimx outputs folders against it, side by side, per split (dev, heldout, all):

    python benchmarks/frames.py                              # runs claimx extract itself
    python benchmarks/frames.py OLD NEW --label old --label new
    python benchmarks/frames.py NEW --json scores.json --errors errors.txt

With no folder it copies the 66 articles into a temporary folder laid out so that the
document ids come out as the gold ids (BBC articles under ``business/`` etc., seeds by their
stem), runs ``claimx extract --no-cache`` there with the default model, and scores that.
Not a test: the BBC articles are read from outside the repository (``../shared/corpora/bbc``).

How a figure is scored (gold figures marked ``not_claim`` are left out):

* found: a claim of kind money, percent, quantity or duration in the same document overlaps
  the figure; the one with the largest character overlap is its match (the earliest on a
  tie). Every other field is scored over the matched figures only.
* value: ``low`` and ``high`` equal to the gold ones within 1e-9 relative (a change may be
  signed: "fell 0.7%" as -0.7 is right), and for money and percent the same ``unit``.
  "quantity found, right value" is the share of all gold counts matched and read right (a
  recall, target 85%).
* durations: the gold set counts lengths of time as quantities ("for six weeks" is 6 weeks,
  "a two-year ban" 2 years), while claimx claims them as kind ``duration`` (a stretch of
  time, no count of things: a count claim must say how many of something there are). A
  duration claim holds the same number with its time word as the unit, so it is matched like
  a count: the figure was found and its value read. The row "quantity, durations left out"
  scores the gold counts against money, percent and quantity claims only, as before durations
  were claims, so that both figures are reported.
* measure: the claim's ``subject.measure`` (``subject.metric`` for claims that have no
  measure field) is set and its head noun (the last word before any post-modifier, lower case,
  a final "s" stripped unless "ss") is the head of the gold measure or of the gold metric; a
  gold null needs a null.
* metric, exact: ``subject.metric`` has the gold metric's content words (lower case, crude
  singular, spaCy's stop words dropped); metric, head: the same head noun. Null needs null.
* entity: ``subject.entity`` equals the gold holder or one of ``entity_alts``, compared in
  lower case without a leading "the " or a trailing "'s"; null needs null.
* time: a gold null needs a null ``time``; else the span of ``time.claim_id``
  (``<doc>:<start>-<end>``) overlaps the gold phrase at ``time_start``.
* modality: equal to the gold one, "historical" counted as "actual".
* attribution: over gold figures with an attribution, ``subject.source`` (or a top-level
  ``attribution``) shares a content word with it. "source given where none" is the share of
  gold figures without one that get a source (lower is better).
* facet: ``value.facet`` (absent: "level") equals the gold facet; direction: over gold
  changes, ``value.direction`` equals the gold direction.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

ROOT = Path(__file__).resolve().parents[1]
FRAMES = ROOT / "tests" / "frames"
GOLD = FRAMES / "gold"
ARTICLES = FRAMES / "articles.json"
SEEDS = ROOT / "seeds"
DEFAULT_BBC = ROOT.parent / "shared" / "corpora" / "bbc"
FIGURE_KINDS = frozenset({"money", "percent", "quantity", "duration"})
# The figure kinds of claimx before lengths of time were claims: "quantity, durations left out".
WITHOUT_DURATIONS = FIGURE_KINDS - {"duration"}
UNIT_KINDS = frozenset({"money", "percent"})  # a count's unit is its noun, not compared
RELATIVE_TOLERANCE = 1e-9
SPLITS = ("dev", "heldout", "all")
# Modalities that mean the same for the gold set: a historical figure is reported as fact.
MODALITY_ALIASES = {"historical": "actual"}
QUANTITY_TARGET = 0.85

Row = Mapping[str, Any]
Claim = Mapping[str, Any]


# -- words -------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a phrase, lower case, punctuation dropped ("pre-tax" is two words)."""
    out: list[str] = []
    word = ""
    for char in text.lower():
        if char.isalnum():
            word += char
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def singular(word: str) -> str:
    """A crude singular: a final "s" stripped unless the word ends in "ss"."""
    if len(word) > 1 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# Words that open a noun phrase's post-modifiers: the head is the last word before them.
POST_MODIFIER_OPENERS = frozenset([
    "of", "with", "to", "in", "for", "from", "on", "at", "by", "between", "under", "over",
    "against", "about", "among", "who", "which", "that", "whose", "than", "after", "before",
    "since", "during", "without", "within", "until", "per", "across", "into", "outside",
])


def head_noun(phrase: str | None) -> str | None:
    """The head of a noun phrase, singular: its last word before any post-modifier (a
    preposition, a relative pronoun, or a participle after the first word): "IT exports" ->
    "export", "years with the company" -> "year", "people killed" -> "people"; None for
    no words."""
    found = words(phrase) if phrase else []
    for n, word in enumerate(found):
        if n and (word in POST_MODIFIER_OPENERS or word.endswith(("ed", "ing"))):
            found = found[:n]
            break
    return singular(found[-1]) if found else None


def content_words(phrase: str | None) -> frozenset[str]:
    """The phrase's words, singular, without stop words: the key a metric is compared by."""
    if not phrase:
        return frozenset()
    return frozenset(singular(word) for word in words(phrase) if word not in STOP_WORDS)


def entity_key(name: str | None) -> str | None:
    """A holder's name as compared: lower case, no leading "the ", no trailing "'s"."""
    if name is None:
        return None
    key = " ".join(name.lower().split())
    key = key.removeprefix("the ")
    for suffix in ("'s", "’s", "'", "’"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    return key.strip()


# -- reading claims ----------------------------------------------------------------------


def subject_of(claim: Claim) -> Mapping[str, Any]:
    subject = claim.get("subject")
    return subject if isinstance(subject, Mapping) else {}


def value_of(claim: Claim) -> Mapping[str, Any]:
    value = claim.get("value")
    return value if isinstance(value, Mapping) else {}


def predicted_measure(claim: Claim) -> str | None:
    """``subject.measure``; ``subject.metric`` for claims made before the field existed."""
    subject = subject_of(claim)
    return subject.get("measure") if "measure" in subject else subject.get("metric")


def predicted_source(claim: Claim) -> str | None:
    """Who states the figure: ``subject.source`` or a top-level ``attribution``."""
    source = subject_of(claim).get("source", claim.get("attribution"))
    if isinstance(source, Mapping):  # a structured source: its text
        source = source.get("text")
    return source if isinstance(source, str) and source.strip() else None


def predicted_facet(claim: Claim) -> Any:
    return value_of(claim).get("facet", "level")


def predicted_modality(claim: Claim) -> Any:
    modality = claim.get("modality")
    return MODALITY_ALIASES.get(modality, modality) if isinstance(modality, str) else modality


def span_of(claim_id: Any) -> tuple[int, int] | None:
    """The offsets named by a claim id ``<doc>:<start>-<end>``; None when it names none."""
    if not isinstance(claim_id, str) or ":" not in claim_id:
        return None
    start, _, end = claim_id.rpartition(":")[2].partition("-")
    if not (start.isdigit() and end.isdigit()):
        return None
    return int(start), int(end)


def predicted_time_span(claim: Claim) -> tuple[int, int] | None:
    time = claim.get("time")
    return span_of(time.get("claim_id")) if isinstance(time, Mapping) else None


# -- matching ----------------------------------------------------------------------------


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Row, claims: Iterable[Claim],
          kinds: frozenset[str] = FIGURE_KINDS) -> Claim | None:
    """The figure claim (of ``kinds``) of the gold figure's document that overlaps it most
    (earliest on a tie), or None. ``claims`` may hold any document's claims: others are
    ignored."""
    best: Claim | None = None
    best_key: tuple[int, int] = (0, 0)
    span = (gold["start"], gold["end"])
    for claim in claims:
        if claim.get("doc_id") != gold["doc"] or claim.get("kind") not in kinds:
            continue
        shared = overlap(span, (claim["start"], claim["end"]))
        key = (shared, -claim["start"])
        if shared > 0 and (best is None or key > best_key):
            best, best_key = claim, key
    return best


# -- fields ------------------------------------------------------------------------------


def same_number(gold: Any, predicted: Any) -> bool:
    """Both None, or two numbers equal within ``RELATIVE_TOLERANCE``."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if isinstance(predicted, bool) or not isinstance(predicted, int | float):
        return False
    return bool(abs(gold - predicted) <= RELATIVE_TOLERANCE * max(abs(gold), abs(predicted)))


def value_right(gold: Row, claim: Claim) -> bool:
    ends = (gold["value"]["low"], gold["value"]["high"])
    value = value_of(claim)
    low, high = value.get("low"), value.get("high")
    numbers = same_number(ends[0], low) and same_number(ends[1], high)
    if not numbers and gold["facet"] == "change":  # "fell 0.7%" may be read as -0.7
        negated = tuple(None if end is None else -end for end in reversed(ends))
        numbers = same_number(negated[0], low) and same_number(negated[1], high)
    if gold["kind"] in UNIT_KINDS:
        return numbers and value.get("unit") == gold["value"]["unit"]
    return numbers


def measure_right(gold: Row, claim: Claim) -> bool:
    predicted = predicted_measure(claim)
    if gold["measure"] is None:
        return predicted is None
    heads = {head_noun(gold["measure"]), head_noun(gold["metric"])} - {None}
    return predicted is not None and head_noun(predicted) in heads


def metric_exact(gold: Row, claim: Claim) -> bool:
    predicted = subject_of(claim).get("metric")
    if gold["metric"] is None or predicted is None:
        return gold["metric"] is None and predicted is None
    return content_words(predicted) == content_words(gold["metric"])


def metric_head(gold: Row, claim: Claim) -> bool:
    predicted = subject_of(claim).get("metric")
    if gold["metric"] is None or predicted is None:
        return gold["metric"] is None and predicted is None
    return head_noun(predicted) == head_noun(gold["metric"])


def entity_right(gold: Row, claim: Claim) -> bool:
    predicted = entity_key(subject_of(claim).get("entity"))
    if gold["entity"] is None:
        return predicted is None
    names = [gold["entity"], *gold.get("entity_alts", [])]
    return predicted is not None and predicted in {entity_key(name) for name in names}


def time_right(gold: Row, claim: Claim) -> bool:
    if gold["time"] is None:
        return claim.get("time") is None
    span = predicted_time_span(claim)
    phrase = (gold["time_start"], gold["time_start"] + len(gold["time"]))
    return span is not None and overlap(span, phrase) > 0


def modality_right(gold: Row, claim: Claim) -> bool:
    return bool(predicted_modality(claim) == gold["modality"])


def attribution_right(gold: Row, claim: Claim) -> bool | None:
    if gold["attribution"] is None:
        return None
    return bool(content_words(predicted_source(claim)) & content_words(gold["attribution"]))


def attribution_false(gold: Row, claim: Claim) -> bool | None:
    if gold["attribution"] is not None:
        return None
    return predicted_source(claim) is not None


def facet_right(gold: Row, claim: Claim) -> bool:
    return bool(predicted_facet(claim) == gold["facet"])


def direction_right(gold: Row, claim: Claim) -> bool | None:
    if gold["facet"] != "change":
        return None
    return bool(value_of(claim).get("direction") == gold["direction"])


def shown_time(claim: Claim) -> Any:
    time = claim.get("time")
    return None if not isinstance(time, Mapping) else [time.get("text"), time.get("claim_id")]


@dataclass(frozen=True)
class Field:
    """One scored field: how a matched figure is judged (None: not scored for it) and what
    the error listing shows of the gold row and of the claim."""

    name: str
    score: Callable[[Row, Claim], bool | None]
    gold: Callable[[Row], Any]
    predicted: Callable[[Claim], Any]
    lower_is_better: bool = False


FIELDS = (
    Field("value", value_right, lambda g: g["value"],
          lambda c: {k: value_of(c).get(k) for k in ("low", "high", "unit")}),
    Field("measure", measure_right, lambda g: [g["measure"], g["metric"]], predicted_measure),
    Field("metric exact", metric_exact, lambda g: g["metric"],
          lambda c: subject_of(c).get("metric")),
    Field("metric head", metric_head, lambda g: g["metric"],
          lambda c: subject_of(c).get("metric")),
    Field("entity", entity_right, lambda g: [g["entity"], *g.get("entity_alts", [])],
          lambda c: subject_of(c).get("entity")),
    Field("time", time_right, lambda g: [g["time"], g["time_start"]], shown_time),
    Field("modality", modality_right, lambda g: g["modality"], lambda c: c.get("modality")),
    Field("attribution", attribution_right, lambda g: g["attribution"], predicted_source),
    Field("source given where none", attribution_false, lambda g: g["attribution"],
          predicted_source, lower_is_better=True),
    Field("facet", facet_right, lambda g: g["facet"], predicted_facet),
    Field("direction", direction_right, lambda g: g["direction"],
          lambda c: value_of(c).get("direction")),
)
QUANTITY_ROW = "quantity found, right value"
WITHOUT_DURATIONS_ROW = "quantity, durations left out"
ROWS = ("found", QUANTITY_ROW, WITHOUT_DURATIONS_ROW, *(field.name for field in FIELDS))
LOWER_IS_BETTER = frozenset(field.name for field in FIELDS if field.lower_is_better)


def count_right(gold: Row, claim: Claim | None) -> bool | None:
    """A gold count found with the right value; None for money and percent figures."""
    if gold["kind"] != "quantity":
        return None
    return claim is not None and value_right(gold, claim)


def judge(gold: Row, claim: Claim | None,
          without_durations: Claim | None = None) -> dict[str, bool | None]:
    """Every row of the table for one gold figure: True/False, or None when not scored.
    ``claim`` is its match, ``without_durations`` its match among claims of the kinds before
    durations were claims (:data:`WITHOUT_DURATIONS`)."""
    judged: dict[str, bool | None] = {
        "found": claim is not None,
        QUANTITY_ROW: count_right(gold, claim),
        WITHOUT_DURATIONS_ROW: count_right(gold, without_durations),
    }
    for field in FIELDS:
        judged[field.name] = None if claim is None else field.score(gold, claim)
    return judged


def tally(golds: Iterable[Row], claims_by_doc: Mapping[str, Sequence[Claim]]) -> dict[
        str, dict[str, list[int]]]:
    """``{row: {split: [right, scored]}}`` over the scored gold figures."""
    counts = {row: {split: [0, 0] for split in SPLITS} for row in ROWS}
    for gold in scored(golds):
        claims = claims_by_doc.get(gold["doc"], ())
        judged = judge(gold, match(gold, claims), match(gold, claims, WITHOUT_DURATIONS))
        for row, verdict in judged.items():
            if verdict is None:
                continue
            for split in (gold["split"], "all"):
                counts[row][split][0] += verdict
                counts[row][split][1] += 1
    return counts


def scored(golds: Iterable[Row]) -> list[Row]:
    """The gold figures that are claims (``not_claim`` not true)."""
    return [gold for gold in golds if gold.get("not_claim") is not True]


# -- files -------------------------------------------------------------------------------


def load_gold(folder: Path = GOLD) -> list[dict[str, Any]]:
    rows = [
        json.loads(line)
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return sorted(rows, key=lambda row: (row["doc"], row["start"], row["end"]))


def load_claims(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The figure claims of an outputs folder, by document id."""
    path = folder / "claims.jsonl"
    if not path.is_file():
        raise SystemExit(f"frames.py: {folder}: no claims.jsonl (not a claimx outputs folder)")
    by_doc: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                claim = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"frames.py: {path}:{number}: not JSON: {exc}") from None
            if claim.get("kind") in FIGURE_KINDS:
                by_doc.setdefault(claim["doc_id"], []).append(claim)
    return by_doc


def document_path(doc: str, bbc: Path) -> Path:
    """Where a gold document's text is: a BBC id names a file under ``bbc``, a seed id a seed."""
    return bbc / f"{doc}.txt" if "/" in doc else SEEDS / f"{doc}.txt"


def read_text(path: Path) -> str:
    """A document's text as claimx reads it (no newline translation); "" when absent."""
    if not path.is_file():
        return ""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def extract(out: Path, bbc: Path, model: str) -> Path:
    """Run ``claimx extract`` on the gold articles into ``out``; returns ``out``."""
    articles = json.loads(ARTICLES.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="claimx-frames-") as inputs:
        for doc in sorted(articles):
            source = document_path(doc, bbc)
            if not source.is_file():
                raise SystemExit(f"frames.py: {source}: missing (give the BBC folder with --bbc)")
            target = Path(inputs) / f"{doc}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        command = [sys.executable, "-m", "claimx.cli", "extract", inputs, "-o", str(out),
                   "--model", model, "--no-cache", "--no-reconcile", "-q"]
        subprocess.run(command, check=True)
    return out


# -- reports -----------------------------------------------------------------------------


def percent(cell: Sequence[int]) -> str:
    right, n = cell
    return f"{100 * right / n:5.1f} ({n})" if n else "    - (0)"


def table(labels: Sequence[str], tallies: Sequence[Mapping[str, Mapping[str, list[int]]]],
          figures: Mapping[str, int]) -> str:
    """Per row, each folder's accuracy per split: "percent (figures scored)"."""
    width = 11
    field_width = max(len(row) for row in ROWS) + 2
    lines = [
        " " * field_width + " | ".join(label[: 3 * width + 2].ljust(3 * width + 2)
                                       for label in labels),
        " " * field_width + " | ".join(
            " ".join(split.rjust(width) for split in SPLITS) for _ in labels),
    ]
    for row in ROWS:
        lines.append(row.ljust(field_width) + " | ".join(
            " ".join(percent(counts[row][split]).rjust(width) for split in SPLITS)
            for counts in tallies))
    lines.append("gold figures: " + ", ".join(f"{split} {figures[split]}" for split in SPLITS)
                 + f"; quantity target {QUANTITY_TARGET:.0%}; 'source given where none':"
                 " lower is better")
    return "\n".join(lines)


def numbers(labels: Sequence[str], paths: Sequence[str],
            tallies: Sequence[Mapping[str, Mapping[str, list[int]]]]) -> dict[str, Any]:
    return {
        "folders": [
            {
                "label": label,
                "path": path,
                "fields": {
                    row: {split: {"right": right, "scored": n,
                                  "accuracy": round(right / n, 4) if n else None}
                          for split, (right, n) in counts[row].items()}
                    for row in ROWS
                },
            }
            for label, path, counts in zip(labels, paths, tallies, strict=True)
        ]
    }


def sentence_around(text: str, start: int, end: int) -> str:
    """The line (an article paragraph) around a span, cut to 300 characters."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    line = text[left: right if right >= 0 else len(text)]
    offset = start - left
    if len(line) > 300:
        cut = max(0, offset - 150)
        line = ("…" if cut else "") + line[cut: cut + 300] + "…"
    return " ".join(line.split())


def errors(label: str, golds: Iterable[Row], claims_by_doc: Mapping[str, Sequence[Claim]],
           bbc: Path) -> list[str]:
    """One block per gold figure with a wrong field: the sentence, then gold vs claim."""
    blocks: list[str] = []
    for gold in scored(golds):
        claims = claims_by_doc.get(gold["doc"], ())
        claim = match(gold, claims)
        judged = judge(gold, claim, match(gold, claims, WITHOUT_DURATIONS))
        wrong = [row for row, verdict in judged.items() if verdict is not None
                 and verdict is (row in LOWER_IS_BETTER)]
        if not wrong:
            continue
        if claim is not None and isinstance(claim.get("sentence"), str):
            sentence = claim["sentence"]
        else:
            path = document_path(gold["doc"], bbc)
            sentence = sentence_around(read_text(path), gold["start"], gold["end"])
        lines = [f"== {label} {gold['doc']}:{gold['start']}-{gold['end']} {gold['text']!r}"
                 f" ({gold['kind']}, {gold['split']})", f"   {sentence}"]
        for field in FIELDS:
            if field.name in wrong:
                shown = json.dumps(field.predicted(claim), ensure_ascii=False) if claim else "-"
                lines.append(f"   {field.name:<24} gold "
                             f"{json.dumps(field.gold(gold), ensure_ascii=False)}"
                             f"  predicted {shown}")
        if claim is None:
            lines.append("   not found")
        blocks.append("\n".join(lines))
    return blocks


def main(argv: Sequence[str] | None = None) -> int:
    """Score outputs folders (or a fresh extraction) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", nargs="*", type=Path, metavar="OUTPUTS_DIR",
                        help="claimx outputs folders (default: run claimx extract now)")
    parser.add_argument("--label", action="append", default=[], metavar="NAME",
                        help="a column name per folder, in order (default: folder names)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the numbers here")
    parser.add_argument("--errors", type=Path, metavar="FILE",
                        help="write every figure with a wrong field here, for reading")
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC,
                        help="the BBC corpus folder (default: ../shared/corpora/bbc)")
    parser.add_argument("--model", default="default",
                        help="model for the extraction when no folder is given")
    parser.add_argument("--extract-to", type=Path, metavar="DIR",
                        help="keep the extraction made when no folder is given in DIR")
    args = parser.parse_args(argv)
    if args.label and len(args.label) != max(1, len(args.outputs)):
        parser.error("give one --label per outputs folder")

    golds = load_gold()
    with tempfile.TemporaryDirectory(prefix="claimx-frames-out-") as scratch:
        folders = list(args.outputs) or [
            extract(args.extract_to or Path(scratch), args.bbc, args.model)]
        labels = args.label or (
            [folder.name for folder in folders] if args.outputs else ["current"])
        claims = [load_claims(folder) for folder in folders]
    tallies = [tally(golds, by_doc) for by_doc in claims]
    figures = {split: sum(1 for gold in scored(golds) if split in (gold["split"], "all"))
               for split in SPLITS}
    print(table(labels, tallies, figures))
    if args.json:
        payload = numbers(labels, [str(folder) for folder in folders], tallies)
        payload["gold_figures"] = figures
        args.json.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
    if args.errors:
        blocks = [block for label, by_doc in zip(labels, claims, strict=True)
                  for block in errors(label, golds, by_doc, args.bbc)]
        args.errors.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
