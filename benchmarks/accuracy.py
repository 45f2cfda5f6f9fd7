"""Accuracy of claimx against Microsoft Recognizers-Text's English specs, beside quantulum3.

Each case's ``Input`` goes through the pipeline ``claimx extract`` runs (``build_nlp`` and
``claimx.batch.run.process``, with the case's ReferenceDateTime as the document date); the
claims are matched to the spec's Results by character span and their values compared. The
same cases go through quantulum3 and are scored by the same rules. Not a test: it reads the
specs from outside the repository (``../shared/specs/recognizers-text`` by default).

    python benchmarks/accuracy.py                       # rules-only pipeline ("blank")
    python benchmarks/accuracy.py --model default       # with the statistical model
    python benchmarks/accuracy.py --failures Currency   # list what fails, with claimx's reading

How a case is scored (a case passes a column when every scored result in it does):

* found: a claim of the file's kinds has the result's span or overlaps it (each claim is
  used for at most one result, the largest overlap first). A case with no scored result is
  "found" (and correct) when no claim of those kinds is made in it: a false alarm fails it.
* value: for a point value, claimx's stated figure equals it (``low`` = ``high``, or the one
  stated end of a lower or upper bound: the spec marks "$ 247 million" inside "more than $ 247
  million"). For NumberRange the interval: ``(30,)`` needs a lower bound of 30, ``[20,30)`` a
  range from 20 to 30, ``[20,20]`` the point 20; open and closed ends are not told apart,
  since claimx records no such difference.
* unit: money in the spec's ISO code; a spec unit with no ISO code ("Dollar", "Pound",
  "Cent") is read through rules/currencies.json, as claimx reads text, a subunit by its
  ``subunit_factors`` share there (50 "Cent" = 0.50 USD, 5 "Mao" = 0.5 CNY). Percent must be
  ``percent``.
* Currency and Percent results with no value (a bare "dollar" or "percent") state no figure
  and are not scored. NumberModel and NumberRangeModel hold bare numbers, which claimx makes
  claims only when they count a noun; those rows score every figure the pipeline finds: the
  claims (durations too: "more than thirty years" was a bare number before lengths of time
  were claims, and states its number the same way), plus the counts (QUANTITY spans, read by
  the same ``parse_count``) that the claim stage drops for want of a counted noun, and the
  bare numbers (NUMBER spans, never claims, read by ``parse_count`` with negative numbers
  allowed).
* "Number, text alone" scores the normalizer by itself: each NumberModel result's text is read
  by ``claimx.normalize.numbers.parse_number`` (and by quantulum3), as claimx reads the number of
  a figure once the pipeline has found it.
* DateTime: the date-only cases (results of type date or daterange, none with a time of day;
  duration and set results in them are not scored, nor are results the spec leaves "not
  resolved"). The spec's ends are exclusive (2008 -> end 2009-01-01), claimx's inclusive; an
  explicit range "2014 to 2018" ends in the spec at the start of its right end, which is
  accepted too. A before / after / since / until result is read against the date claimx
  finds without the preposition (its spans leave those words to the frame): after 2016 starts
  the day after claimx's "2016" ends, before 2018 ends where "2018" starts. The spec reads a
  single day as the instant it begins, so "after 1 May" may also start on 1 May; a mod naming
  an edge reads as claimx reads the words: before-end ("before the end of June") runs to the
  last day, after-start ("after the start of March") from the first.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from claimx.batch.corpus import Document
from claimx.batch.run import process
from claimx.normalize.numbers import parse_number
from claimx.normalize.quantity import parse_count
from claimx.normalize.tables import Tables, load_tables
from claimx.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPECS = ROOT.parent / "shared" / "specs" / "recognizers-text"
FILES = {
    "Currency": "CurrencyModel.json",
    "Percent": "PercentModel.json",
    "NumberRange": "NumberRangeModel.json",
    "Number": "NumberModel.json",
    "DateTime": "DateTimeModel.json",
}
# The claim kinds a file's results are matched against.
KINDS = {
    "Currency": {"money"},
    "Percent": {"percent"},
    # A duration claim ("more than thirty years") states its number as a count does.
    "NumberRange": {"money", "percent", "quantity", "duration"},
    "Number": {"money", "percent", "quantity", "duration"},
    "DateTime": {"date"},
}
TARGETS = {"Currency": 0.90, "Percent": 1.0, "NumberRange": 0.85, "DateTime": 0.80}
DATE_TYPES = ("datetimeV2.date", "datetimeV2.daterange")
TIME_TYPES = (
    "datetimeV2.time",
    "datetimeV2.timerange",
    "datetimeV2.datetime",
    "datetimeV2.datetimerange",
    "datetimeV2.timezone",
)
_RANGE = re.compile(r"^([\[(])\s*([^,]*?)\s*,\s*([^\])]*?)\s*([\])])$")
Reader = Callable[[str, "Sequence[Case]"], "list[list[Found]]"]


@dataclass(frozen=True)
class Expected:
    """One spec result: where it is and what it means."""

    start: int
    end: int  # exclusive
    text: str
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    dates: tuple[dict[str, Any], ...] = ()  # the spec's resolution values (alternatives)


@dataclass(frozen=True)
class Found:
    """One figure read by a tool, reduced to what the scoring compares."""

    start: int
    end: int
    kind: str
    text: str
    low: Decimal | None = None
    high: Decimal | None = None
    bound: str = "exact"
    unit: str | None = None
    first: date | None = None  # dates: first and last day, inclusive
    last: date | None = None

    def describe(self) -> str:
        """A one-line reading for failure listings."""
        if self.kind == "date":
            return f"{self.text!r} date {self.first}..{self.last}"
        return f"{self.text!r} {self.kind} {self.bound} {self.low}..{self.high} {self.unit}"


@dataclass(frozen=True)
class Case:
    """One spec case with the results that are scored."""

    index: int
    text: str
    ref: date | None
    expected: tuple[Expected, ...]


@dataclass
class Score:
    """Counts of one tool on one file."""

    cases: int = 0
    found: int = 0
    value: int = 0
    value_unit: int = 0
    failures: list[tuple[Case, str, list[Found]]] = field(default_factory=list)


# ---------------------------------------------------------------------------- the specs


def load_cases(path: Path, name: str, tables: Tables) -> list[Case]:
    """The cases of one spec file, with their results as :class:`Expected`."""
    cases = []
    for index, raw in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
        results = raw.get("Results", [])
        types = {r.get("TypeName") for r in results}
        if name == "DateTime" and (types & set(TIME_TYPES) or not types & set(DATE_TYPES)):
            continue
        expected = [e for r in results if (e := expect(name, raw["Input"], r, tables))]
        if name == "DateTime" and not expected:
            continue  # only unresolved dates: nothing to score
        ref_text = (raw.get("Context") or {}).get("ReferenceDateTime")
        ref = datetime.fromisoformat(ref_text).date() if ref_text else None
        cases.append(Case(index, raw["Input"], ref, tuple(expected)))
    return cases


def locate(text: str, result: dict[str, Any]) -> tuple[int, int]:
    """Character span of a result in the input (the spec's End is inclusive)."""
    start, end = result["Start"], result["End"] + 1
    if text[start:end].lower() != result["Text"].lower():
        found = text.lower().find(result["Text"].lower())
        if found >= 0:
            return found, found + len(result["Text"])
    return start, end


def expect(name: str, text: str, result: dict[str, Any], tables: Tables) -> Expected | None:
    """The scored reading of one spec result, or None when it is not scored."""
    start, end = locate(text, result)
    resolution = result.get("Resolution") or {}
    base = {"start": start, "end": end, "text": result["Text"]}
    if name == "DateTime":
        if result.get("TypeName") not in DATE_TYPES:
            return None
        values = tuple(
            v for v in resolution.get("values", [])
            if v.get("value") != "not resolved" and ({"value", "start", "end"} & set(v))
        )
        return Expected(**base, dates=values) if values else None
    value = resolution.get("value")
    if value in (None, "null"):
        return None
    if name == "NumberRange":
        match = _RANGE.match(value)
        if match is None:
            return None
        low, high = decimal(match.group(2)), decimal(match.group(3))
        return Expected(**base, low=low, high=high)
    number = decimal(value.rstrip("%"))
    if number is None:
        return None
    if name == "Percent":
        return Expected(**base, low=number, high=number, unit="percent")
    if name == "Currency":
        code, factor = spec_currency(resolution, tables)
        # A currency the rules do not know can never be matched: score it as such.
        unit = code or f"unknown {resolution.get('unit')}"
        return Expected(**base, low=number * factor, high=number * factor, unit=unit)
    return Expected(**base, low=number, high=number)


def decimal(text: str) -> Decimal | None:
    """A spec number ("1E-12", "-0.8", "") as Decimal, or None."""
    try:
        return Decimal(text) if text.strip() else None
    except InvalidOperation:
        return None


def currency_code(name: str, tables: Tables) -> tuple[str | None, Decimal]:
    """ISO code and factor of a currency name, read through rules/currencies.json."""
    key = name.lower().strip()
    if key in tables.subunits:
        return tables.subunits[key], tables.subunit_factors[key]
    for table in (tables.names, tables.symbols):
        if key in table:
            return table[key], Decimal(1)
        if key + "s" in table:
            return table[key + "s"], Decimal(1)
    return None, Decimal(1)


def spec_currency(resolution: dict[str, Any], tables: Tables) -> tuple[str | None, Decimal]:
    """The ISO code of a spec currency result and the factor its value is stated in."""
    if resolution.get("isoCurrency"):
        return str(resolution["isoCurrency"]), Decimal(1)
    return currency_code(str(resolution.get("unit") or ""), tables)


# ---------------------------------------------------------------------------- the tools


def as_decimal(value: Any) -> Decimal | None:
    """A JSON number as Decimal, through its shortest text (no binary noise)."""
    return None if value is None else Decimal(str(value))


def claimx_reader(model: str) -> Reader:
    """A function reading cases through the pipeline ``claimx extract`` runs."""
    nlp = build_nlp(model)

    def read(name: str, cases: Sequence[Case]) -> list[list[Found]]:
        documents = [Document(str(c.index), "spec", c.text, date=c.ref) for c in cases]
        found = [
            [claim_found(claim) for claim in claims]
            for _, _, claims in process(nlp, documents)
        ]
        if name in ("Number", "NumberRange"):
            for case, figures in zip(cases, found, strict=True):
                figures.extend(bare_counts(nlp, case.text, figures))
        return found

    return read


def claim_found(claim: dict[str, Any]) -> Found:
    """A claim line as :class:`Found`."""
    value = claim["value"]
    base = {"start": claim["start"], "end": claim["end"], "kind": claim["kind"],
            "text": claim["text"]}
    if claim["kind"] == "date":
        return Found(**base, first=iso(value.get("start")), last=iso(value.get("end")))
    if claim["kind"] == "entity":
        return Found(**base)
    return Found(**base, low=as_decimal(value["low"]), high=as_decimal(value["high"]),
                 bound=value["bound"], unit=value["unit"])


def bare_counts(nlp: Any, text: str, claims: list[Found]) -> list[Found]:
    """Figures the pipeline found but did not make claims: counts with no counted noun
    after them, and bare numbers (which may be negative)."""
    taken = {(c.start, c.end) for c in claims}
    extra = []
    for record in nlp(text)._.claimx_figures or []:
        span = (record["start"], record["end"])
        if record["kind"] not in ("quantity", "number") or span in taken:
            continue
        amount = parse_count(text[span[0] : span[1]], signed=record["kind"] == "number")
        if amount is not None:
            extra.append(Found(*span, "quantity", text[span[0] : span[1]], amount.low,
                               amount.high, amount.bound, None))
    return extra


def number_text_reader(name: str, cases: Sequence[Case]) -> list[list[Found]]:
    """claimx's number normalizer on each case's text alone."""
    tables = load_tables()
    found = []
    for case in cases:
        number = parse_number(case.text, tables)
        found.append([] if number is None else [
            Found(0, len(case.text), "quantity", case.text, number.value, number.value)
        ])
    return found


def text_cases(cases: Sequence[Case]) -> list[Case]:
    """Each scored result as a case of its own, its text as the whole input."""
    return [
        Case(case.index, want.text, case.ref, (replace(want, start=0, end=len(want.text)),))
        for case in cases
        for want in case.expected
    ]


def iso(text: str | None) -> date | None:
    """An ISO date string as a date."""
    return date.fromisoformat(text) if text else None


def quantulum_reader() -> Reader | None:
    """quantulum3 read the same way, or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError:
        return None
    tables = load_tables()

    def read(name: str, cases: Sequence[Case]) -> list[list[Found]]:
        if name == "DateTime":
            return [[] for _ in cases]  # quantulum3 reads no dates
        out = []
        for case in cases:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    quantities = parser.parse(case.text)
            except Exception:
                quantities = []
            out.append([quantity_found(q, case.text, tables) for q in quantities])
        return out

    return read


def quantity_found(quantity: Any, text: str, tables: Tables) -> Found:
    """A quantulum3 Quantity as :class:`Found`: currency, percentage or plain number."""
    start, end = quantity.span
    value = Decimal(str(quantity.value))
    unit, kind, factor = None, "quantity", Decimal(1)
    entity = getattr(quantity.unit.entity, "name", "")
    if entity == "currency":
        kind = "money"
        unit = getattr(quantity.unit, "currency_code", None)
        if not unit:
            unit, factor = currency_code(quantity.unit.name, tables)
    elif quantity.unit.name == "percentage":
        kind, unit = "percent", "percent"
    value *= factor
    if quantity.uncertainty:
        spread = Decimal(str(quantity.uncertainty)) * factor
        return Found(start, end, kind, text[start:end], value - spread, value + spread,
                     "range", unit)
    return Found(start, end, kind, text[start:end], value, value, "exact", unit)


# ---------------------------------------------------------------------------- scoring


def close(a: Decimal | None, b: Decimal | None) -> bool:
    """Equal, allowing for the spec's 15-digit rounding of fractions ("0.666666666666667")."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= abs(b) * Decimal("1e-12") + Decimal("1e-15")


def value_ok(name: str, want: Expected, got: Found) -> bool:
    """Does the reading ``got`` state the spec's value?"""
    if name == "DateTime":
        return any(date_ok(value, got) for value in want.dates)
    if name == "NumberRange":
        return close(got.low, want.low) and close(got.high, want.high)
    stated = got.high if got.bound == "upper" else got.low
    if got.bound in ("lower", "upper"):
        return close(stated, want.low)
    return close(got.low, want.low) and close(got.high, want.high)


def date_ok(value: dict[str, Any], got: Found) -> bool:
    """A claimx period against one spec resolution (exclusive ends, see the module doc)."""
    first, last = got.first, got.last
    if first is None and last is None:
        return False
    mod, _, edge = (value.get("Mod") or "").partition("-")
    # "before the end of X" runs to X's last day, "after the start of X" from its first.
    mod = {("before", "end"): "until", ("after", "start"): "since"}.get((mod, edge), mod)
    if "value" in value and "start" not in value and "end" not in value:
        day = iso(value["value"])
        return first == day and last == day
    start, end = iso(value.get("start")), iso(value.get("end"))
    after = last + timedelta(days=1) if last else None
    if mod in ("before", "after", "since", "until") and first is not None and last is not None:
        anchored = {
            "before": (None, first),
            "after": (after, None),
            "since": (first, None),
            "until": (None, after),
        }[mod]
        if (start, end) == anchored:
            return True
        # The spec reads a single day as the instant it starts: "after 1 May" from 1 May.
        if mod == "after" and first == last and (start, end) == (first, None):
            return True
    if start != first:
        return False
    if end is None or last is None:
        return end is None and last is None
    if end == after:
        return True
    # "2014 to 2018" (timex "(a,b,P..)"): the spec's end is the start of the right end.
    timex = str(value.get("timex", ""))
    return timex.startswith("(") and (end == last or (
        after is not None and after.day == 1 and end.day == 1 and end < last
        and (last - end).days < 370
    ))


def match(expected: Sequence[Expected], found: Sequence[Found]) -> list[Found | None]:
    """For each result, the reading with its span, else the one overlapping it most."""
    used: set[int] = set()
    chosen: list[Found | None] = []
    for want in expected:
        best: tuple[bool, int, int] | None = None
        for index, got in enumerate(found):
            overlap = min(want.end, got.end) - max(want.start, got.start)
            if index in used or overlap <= 0:
                continue
            exact = (got.start, got.end) == (want.start, want.end)
            if best is None or (exact, overlap) > best[:2]:
                best = (exact, overlap, index)
        if best is not None:
            used.add(best[2])
        chosen.append(found[best[2]] if best is not None else None)
    return chosen


def score(name: str, cases: Sequence[Case], readings: Sequence[Sequence[Found]]) -> Score:
    """Counts of one tool over one file."""
    result = Score()
    kinds = KINDS[name]
    for case, read in zip(cases, readings, strict=True):
        relevant = [f for f in read if f.kind in kinds]
        result.cases += 1
        if not case.expected:
            ok = not any(f.kind in kinds for f in read)
            if ok:
                result.found += 1
                result.value += 1
                result.value_unit += 1
            else:
                result.failures.append((case, "false alarm", relevant))
            continue
        chosen = match(case.expected, relevant)
        if any(c is None for c in chosen):
            result.failures.append((case, "not found", relevant))
            continue
        result.found += 1
        pairs = [(w, c) for w, c in zip(case.expected, chosen, strict=True) if c is not None]
        if not all(value_ok(name, want, got) for want, got in pairs):
            result.failures.append((case, "value", relevant))
            continue
        result.value += 1
        if all(want.unit in (None, got.unit) for want, got in pairs):
            result.value_unit += 1
        else:
            result.failures.append((case, "unit", relevant))
    return result


# ---------------------------------------------------------------------------- report


def percent(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def table(rows: Iterable[tuple[str, str, Score | None]]) -> str:
    """A Markdown table: file, tool, cases, found, value exact, value+unit exact."""
    lines = [
        "| file | tool | cases | found | value exact | value+unit exact |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, tool, s in rows:
        if s is None:
            lines.append(f"| {name} | {tool} | - | - | - | - |")
            continue
        has_unit = name in ("Currency", "Percent")
        unit = f"{s.value_unit} ({percent(s.value_unit, s.cases).strip()})" if has_unit else "-"
        lines.append(
            f"| {name} | {tool} | {s.cases} | {s.found} ({percent(s.found, s.cases).strip()}) "
            f"| {s.value} ({percent(s.value, s.cases).strip()}) | {unit} |"
        )
    return "\n".join(lines)


def expected_text(case: Case) -> str:
    parts = []
    keys = ("start", "end", "value", "Mod")
    for e in case.expected:
        if e.dates:
            values = [{k: v for k, v in d.items() if k in keys} for d in e.dates]
            parts.append(f"{e.text!r} {values}")
        else:
            parts.append(f"{e.text!r} {e.low}..{e.high} {e.unit or ''}".rstrip())
    return "; ".join(parts) or "(nothing)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--specs", type=Path, default=DEFAULT_SPECS,
                      help="folder of the Recognizers-Text spec files")
    args.add_argument("--model", action="append", choices=["blank", "default"],
                      help="claimx pipeline(s) to score (default: blank); repeatable")
    args.add_argument("--files", nargs="+", choices=list(FILES), default=list(FILES))
    args.add_argument("--no-quantulum", action="store_true", help="skip quantulum3")
    args.add_argument("--failures", nargs="*", choices=list(FILES), metavar="FILE",
                      help="list the cases claimx fails in these files (all when none named)")
    options = args.parse_args(argv)
    models = options.model or ["blank"]
    tables = load_tables()
    tools: list[tuple[str, Reader]] = [
        (f"claimx ({model})", claimx_reader(model)) for model in models
    ]
    quantulum = None if options.no_quantulum else quantulum_reader()
    if quantulum is not None:
        tools.append(("quantulum3", quantulum))
    rows: list[tuple[str, str, Score | None]] = []
    scores: dict[tuple[str, str], Score] = {}
    for name in options.files:
        cases = load_cases(options.specs / FILES[name], name, tables)
        for tool, read in tools:
            if tool == "quantulum3" and name == "DateTime":
                rows.append((name, tool, None))
                continue
            result = score(name, cases, read(name, cases))
            scores[name, tool] = result
            rows.append((name, tool, result))
        if name == "Number":
            alone = text_cases(cases)
            text_tools: list[tuple[str, Reader]] = [("claimx parse_number", number_text_reader)]
            text_tools += [("quantulum3", quantulum)] if quantulum is not None else []
            for tool, read in text_tools:
                rows.append(("Number, text alone", tool, score(name, alone, read(name, alone))))
    print(table(rows))
    failing = options.failures if options.failures != [] else list(FILES)
    for name in failing or ():
        for tool, _ in tools[: len(models)]:
            listed = scores.get((name, tool))
            if listed is None:
                continue
            print(f"\n## {name}: {tool} fails {len(listed.failures)}")
            for case, why, got in listed.failures:
                print(f"[{why}] {case.text[:160]!r}")
                print(f"    want: {expected_text(case)}")
                print(f"    got:  {'; '.join(f.describe() for f in got) or '(nothing)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
