"""Checks inside one document: stated differences and growth against the document's figures.

These checks read the words around each claim (its ``sentence``, located by ``start`` and
``sentence_start``) with the cue lists of rules/reconcile.json. While claims stream in,
:class:`DocumentIndex` keeps only the few that carry a cue, and the figures of sentences that
join two figures; everything else is dropped, so the index stays small.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations, pairwise
from typing import Any

from claimx.reconcile import findings
from claimx.reconcile.findings import Formatter, plain
from claimx.reconcile.intervals import (
    POS_INF,
    ZERO,
    Interval,
    representative,
    significant_digits,
)
from claimx.reconcile.records import CURRENT, ClaimRecord, Located, fold_key
from claimx.reconcile.tables import CueSet, ReconcileTables

_WORD = re.compile(r"[\w'-]+")
_DIGIT = re.compile(r"\d")
_HUNDRED = Decimal(100)
_ONE = Decimal(1)


@dataclass(slots=True)
class Placed:
    """A record with its place in the sentence."""

    record: ClaimRecord
    located: Located
    sentence_key: object


@dataclass(slots=True)
class Pair:
    """Two figures of one sentence joined by a comparison cue ("$50-70 ... compared to $150+")."""

    first: Placed
    second: Placed
    cue: str


class DocumentIndex:
    """Claims of each document that within-document checks may need."""

    def __init__(self, tables: ReconcileTables) -> None:
        self.tables = tables
        self.comparatives: dict[str, list[tuple[Placed, str, str]]] = {}
        self.rates: dict[str, list[tuple[Placed, str, bool]]] = {}
        self.multiples: dict[str, list[tuple[ClaimRecord, Decimal, str]]] = {}
        self.sentences: dict[tuple[str, object], list[Placed]] = {}
        # Where each document's figure sentences start, and which hold a non-percent figure:
        # a stated change may connect the levels of the next sentence.
        self.starts: dict[str, dict[int, bool]] = {}
        # One scan per sentence finds every cue that matters at sentence level.
        self._sentence_cues = CueSet.of(
            [*tables.comparison_cues.words, *tables.from_cues.words, *tables.multiple_cues.words,
             *tables.part_cues.words]
        )
        self._last: tuple[tuple[str, object], bool, str | None] | None = None
        # The current document's amounts by id, and each conversion with what it converts.
        self._money: tuple[str, dict[str, ClaimRecord]] = ("", {})
        self.conversions: dict[str, list[tuple[ClaimRecord, ClaimRecord]]] = {}

    def _paired_rate(self, located: Located) -> bool:
        """A percent in a from/to pair of percents ("slowed to 5.4% from 10.2%", "from 10.2%
        to 5.4%") is the level of a rate, not the change of the sentence's other figures."""
        t = self.tables
        width = t.prefix_window_chars
        if t.from_cues.ends(located.before(width)) or t.percent_then_to.search(
            located.sentence[max(0, located.rel_start - width) : located.rel_start]
        ):
            return True
        after = located.sentence[located.rel_end : located.rel_end + width]
        digit = _DIGIT.search(after)
        return bool(
            digit
            and t.from_cues.ends(after[: digit.start()])
            and t.percent_next.match(after[digit.start() :])
        )

    @property
    def growth_docs(self) -> set[str]:
        """Documents with a growth rate or multiple to check."""
        return set(self.rates) | set(self.multiples)

    def add(self, claim: Mapping[str, Any], record: ClaimRecord, located: Located) -> None:
        """Remember ``record`` if a within-document check could use it."""
        t = self.tables
        if record.kind == "money":
            self._remember_money(claim, record)
        raw_key = claim.get("sentence_start")
        placed = Placed(
            record, located, raw_key if isinstance(raw_key, int) else located.sentence
        )
        doc = record.doc_id
        starts = self.starts.setdefault(doc, {}) if isinstance(raw_key, int) else None
        if starts is not None and isinstance(raw_key, int):
            starts[raw_key] = starts.get(raw_key, False) or record.kind != "percent"
        if record.kind == "percent":
            words = _WORD.findall(located.sentence[located.rel_end :])
            for word in words[: t.comparative_window_words]:
                if word in t.lower_cues or word in t.higher_cues:
                    direction = "lower" if word in t.lower_cues else "higher"
                    self.comparatives.setdefault(doc, []).append((placed, direction, word.lower()))
                    break
            if record.facet == "growth" and not self._paired_rate(located):
                near = f"{located.before(t.cue_window_chars)} {located.after(t.cue_window_chars)}"
                yoy = any(c in t.yoy_cues for c in located.cues) or bool(t.yoy_cues.find(near))
                # The frame's direction when it read one ("fell 19%"); else cue words near.
                falling = record.direction == "down" or (
                    record.direction is None
                    and (
                        any(c in t.decrease_cues for c in located.cues)
                        or bool(t.decrease_cues.find(near))
                    )
                )
                self.rates.setdefault(doc, []).append(
                    (placed, "decrease" if falling else "increase", yoy)
                )
            return
        key = (doc, placed.sentence_key)
        if record.facet == "change":
            return
        if self._last is None or self._last[0] != key:
            found = self._sentence_cues.find(located.sentence)
            joined = any(
                c in t.comparison_cues or c in t.from_cues or c in t.part_cues for c in found
            )
            self._last = (key, joined, next((c for c in found if c in t.multiple_cues), None))
        _, joined, multiple = self._last
        if record.facet == "level":
            cue = next((c for c in located.cues if c in t.multiple_cues), multiple)
            if cue is not None:
                self.multiples.setdefault(doc, []).append((record, t.multiples[cue], cue))
        if joined:
            self.sentences.setdefault(key, []).append(placed)

    def _remember_money(self, claim: Mapping[str, Any], record: ClaimRecord) -> None:
        """Keep the document's amounts until a conversion names one ("$30m (£16m)")."""
        doc, amounts = self._money
        if doc != record.doc_id:
            amounts = {}
            self._money = (record.doc_id, amounts)
        converted = amounts.get(str(claim.get("converts")))
        if converted is not None:
            self.conversions.setdefault(record.doc_id, []).append((converted, record))
        amounts[record.id] = record

    def check(
        self, doc_records: Mapping[str, Sequence[ClaimRecord]], fmt: Formatter
    ) -> list[dict[str, Any]]:
        """All within-document findings. ``doc_records``: each growth doc's comparable claims."""
        by_doc: dict[str, list[list[Placed]]] = {}
        for (doc, _), members in self.sentences.items():
            by_doc.setdefault(doc, []).append(sorted(members, key=lambda p: p.located.rel_start))
        out: list[dict[str, Any]] = []
        for doc in sorted(by_doc):
            for members in by_doc[doc]:
                out.extend(self._parts(members, fmt))
        for doc in sorted(self.comparatives):
            pairs = [p for s in by_doc.get(doc, []) for p in self._pairs(s)]
            for placed, direction, word in self.comparatives[doc]:
                found = self._arithmetic(placed, direction, word, pairs, fmt)
                if found is not None:
                    out.append(found)
        for doc in sorted(self.rates):
            for placed, direction, yoy in self.rates[doc]:
                if yoy:
                    found = self._year_on_year(placed, direction, doc_records.get(doc, ()), fmt)
                else:
                    same = self.sentences.get((doc, placed.sentence_key), [])
                    found = self._from_to(placed, direction, same, fmt)
                    if found is None and not self._has_levels(placed):
                        found = self._from_to(
                            placed, direction, self._next_sentence(placed), fmt,
                            "from-to, next sentence",
                        )
                if found is not None:
                    out.append(found)
        every: list[tuple[ClaimRecord, ClaimRecord]] = []
        for doc in sorted(self.conversions):
            plausible = []
            for amount, conversion in self.conversions[doc]:
                found = self._conversion(amount, conversion, fmt)
                if found is not None:
                    out.append(found)
                elif amount.unit != conversion.unit:
                    plausible.append((amount, conversion))
            out.extend(self._document_rates(plausible, fmt))
            every.extend(plausible)
        # A conversion its own document already shows wrong is not reported again.
        flagged = {claim for found in out for claim in found["claims"]}
        out.extend(self._same_amount_rates(
            [(a, c) for a, c in every if c.id not in flagged], fmt
        ))
        for doc in sorted(self.multiples):
            for record, factor, word in self.multiples[doc]:
                found = self._multiple(record, factor, word, doc_records.get(doc, ()), fmt)
                if found is not None:
                    out.append(found)
        return out

    def _pairs(self, placed: Sequence[Placed]) -> list[Pair]:
        t = self.tables
        out = []
        for first, second in pairwise(placed):
            a, b = first.record, second.record
            if a.family != b.family or (a.per and b.per and a.per != b.per):
                continue
            if bool(a.per) != bool(b.per) and _times_apart(a, b) > t.max_inherited_per_ratio:
                continue  # "787.6 cents per share compared to $8.76 billion": not one measure
            if a.metric and b.metric and fold_key(a.metric) != fold_key(b.metric):
                # "net earnings ... were $13.6 billion, 56% higher than 2017, reflecting $4.6
                # billion of gains": two measures, not one compared with itself
                continue
            between = first.located.sentence[first.located.rel_end : second.located.rel_start]
            if len(between) > t.max_pair_gap_chars:
                continue
            cues = t.comparison_cues.find(between)
            if cues and _cue_before(between, cues, t.max_cue_gap_words):
                out.append(Pair(first, second, cues[0]))
        return out

    def _parts(self, placed: Sequence[Placed], fmt: Formatter) -> list[dict[str, Any]]:
        """A part larger than the whole it is introduced as a part of ("a budget of Rs 18
        trillion, of which ... Rs 4,000 trillion"): a likely scale slip."""
        t = self.tables
        out = []
        for whole, part in pairwise(placed):
            a, b = whole.record, part.record
            if a.family != b.family or a.per != b.per or not b.stated.low > a.stated.high:
                continue
            between = whole.located.sentence[whole.located.rel_end : part.located.rel_start]
            cues = t.part_cues.find(between)
            if not cues or len(between) > t.max_part_gap_chars:
                continue
            gap = b.stated.low - a.stated.high
            text = (
                f"{fmt.subject(a)}: {fmt.doc(a.doc_id)} gives {fmt.figure(b)} as part "
                f"(\"{cues[0]}\") of {fmt.figure(a)}, a part larger than its whole: a likely "
                f"thousand/million/billion slip"
            )
            out.append(findings.build(
                "scale_slip",
                entries=[(a, a.interval), (b, b.interval)],
                gap_absolute=gap,
                gap_relative=gap / abs(a.stated.high) if a.stated.high != 0 else None,
                gap_unit=b.unit or "",
                explanation=text,
                tables=t,
                details={"check": "part larger than whole", "part_cue": cues[0]},
            ))
        return out

    def _conversion(
        self, amount: ClaimRecord, conversion: ClaimRecord, fmt: Formatter
    ) -> dict[str, Any] | None:
        """A bracketed conversion further from the amount it converts than any exchange
        rate allows ("some £23bn (£12m)"): a likely thousand/million/billion slip
        (rules/reconcile.json scale_slip ``units_per_usd``, ``conversion_slack``)."""
        t = self.tables
        given_in, converted_in = amount.unit or "", conversion.unit or ""
        allowed = self._rates(given_in, converted_in)
        if allowed is None:
            return None
        given, converted = representative(amount.stated), representative(conversion.stated)
        if not (given.is_finite() and converted.is_finite()) or given <= 0 or converted <= 0:
            return None
        ratio = converted / given
        if self._fits(ratio, allowed) or self._another_currency_fits(amount, conversion, ratio):
            return None  # "24.2 trillion pesos ($10.2bn)": Colombian, not Mexican, pesos
        low, high = allowed
        nearest = high if ratio > high else low
        off = ratio / nearest if ratio > nearest else nearest / ratio
        expected = given * nearest
        text = (
            f"{fmt.subject(amount)}: {fmt.doc(amount.doc_id)} converts {fmt.figure(amount)} "
            f"to {fmt.figure(conversion)}, {plain(off.quantize(_ONE), grouped=True)} times "
            f"{'more' if ratio > nearest else 'less'} than any exchange rate from "
            f"{given_in} to {converted_in} gives: a likely thousand/million/billion slip"
        )
        gap = abs(converted - expected)
        return findings.build(
            "scale_slip",
            entries=[(amount, amount.interval), (conversion, conversion.interval)],
            gap_absolute=gap,
            gap_relative=gap / expected,
            gap_unit=conversion.unit or "",
            explanation=text,
            tables=t,
            details={"check": "conversion"},
        )

    def _another_currency_fits(
        self, amount: ClaimRecord, conversion: ClaimRecord, ratio: Decimal
    ) -> bool:
        """Whether a currency form several countries use, in either figure's text ("pesos",
        "Rs"), fits the conversion under one of its other codes: the code read may have been
        a guess (rules/currencies.json ``ambiguous``)."""
        t = self.tables

        def codes(record: ClaimRecord) -> set[str]:
            found = {record.unit or ""}
            for word in _WORD.findall(record.text.casefold()):
                found.update(t.ambiguous_currencies.get(word, ()))
            return found

        return any(
            allowed is not None and self._fits(ratio, allowed)
            for given_in in codes(amount)
            for converted_in in codes(conversion)
            for allowed in [self._rates(given_in, converted_in)]
        )

    def _rates(self, given_in: str, converted_in: str) -> tuple[Decimal, Decimal] | None:
        """The exchange rates from one currency to another that their traded ranges allow
        (rules/reconcile.json scale_slip ``units_per_usd``), None for a currency not listed;
        a currency into itself is 1."""
        rates = self.tables.units_per_usd
        if given_in == converted_in:
            return _ONE, _ONE
        if given_in not in rates or converted_in not in rates:
            return None
        return (
            rates[converted_in][0] / rates[given_in][1],
            rates[converted_in][1] / rates[given_in][0],
        )

    def _fits(self, ratio: Decimal, allowed: tuple[Decimal, Decimal]) -> bool:
        """Whether ``ratio`` lies within ``conversion_slack`` times of the allowed rates."""
        slack = self.tables.conversion_slack
        return allowed[0] / slack <= ratio <= allowed[1] * slack

    def _document_rates(
        self, conversions: Sequence[tuple[ClaimRecord, ClaimRecord]], fmt: Formatter
    ) -> list[dict[str, Any]]:
        """Conversions at a rate that agrees with none of the document's other conversions
        between the same currencies, over both figures' rounding widened by
        ``conversion_rate_tolerance`` (rules/reconcile.json scale_slip): "took $19.5m
        (£14.9m)" where the others convert at 0.53."""
        by_pair: dict[tuple[str, str], list[tuple[ClaimRecord, ClaimRecord, Interval]]] = {}
        for amount, conversion in conversions:
            rate = _rate(amount.interval, conversion.interval)
            if rate is not None:
                by_pair.setdefault((amount.unit or "", conversion.unit or ""), []).append(
                    (amount, conversion, rate)
                )
        tolerance = self.tables.conversion_rate_tolerance

        def agree(one: Interval, other: Interval) -> bool:
            return one.low <= other.high * (1 + tolerance) and (
                other.low * (1 - tolerance) <= one.high
            )

        out = []
        for _, rates in sorted(by_pair.items()):
            for at, (amount, conversion, rate) in enumerate(rates):
                others = [other for k, other in enumerate(rates) if k != at]
                if not others or (len(others) == 1 and at == 0):
                    continue  # two conversions: reported once, from the second
                if any(agree(rate, other) for _, _, other in others):
                    continue
                # The others' rate, as their most precise figures give it.
                usual = representative(min((r for _, _, r in others), key=_width))
                entries = [(amount, amount.interval), (conversion, conversion.interval)]
                if len(others) == 1:
                    entries += [(other, other.interval) for other in others[0][:2]]
                uses = "other conversion uses" if len(others) == 1 else "other conversions use"
                where = f"its {uses} {plain(usual, grouped=True)}"
                out.append(_mismatch(
                    amount, conversion, representative(rate), usual, where, entries,
                    {"check": "document's conversion rate", "document_rate": plain(usual)},
                    self.tables, fmt,
                ))
        return out

    def _same_amount_rates(
        self, conversions: Sequence[tuple[ClaimRecord, ClaimRecord]], fmt: Formatter
    ) -> list[dict[str, Any]]:
        """The same amount converted in two documents where one conversion keeps to the
        rates the corpus's conversions between the two currencies usually use (the band
        between the ``usual_band`` quantiles, widened by ``usual_band_tolerance``) and the
        other, over both figures' rounding, does not: "an $11bn (£5.7bn) accounting fraud"
        and "overstating its accounts by $11bn (£8.5bn)". Only documents at most
        ``max_conversion_days`` apart (or undated) are compared."""
        t = self.tables
        rated: list[tuple[ClaimRecord, ClaimRecord, Interval]] = []
        for amount, conversion in conversions:
            rate = _rate(amount.interval, conversion.interval)
            if rate is not None:
                rated.append((amount, conversion, rate))
        bands: dict[tuple[str, str], Interval] = {}
        by_pair: dict[tuple[str, str], list[Decimal]] = {}
        for amount, conversion, _ in rated:
            # the rate as written: a wide rounding ("$2bn (£1bn)") has no telling middle
            by_pair.setdefault((amount.unit or "", conversion.unit or ""), []).append(
                representative(conversion.stated) / representative(amount.stated))
        for pair, rates in by_pair.items():
            if len(rates) >= t.min_usual_conversions:
                bands[pair] = _band(sorted(rates), t.usual_band, t.usual_band_tolerance)
        groups: dict[tuple[str, Decimal, str], list[tuple[ClaimRecord, ClaimRecord, Interval]]] = {}
        for amount, conversion, rate in rated:
            key = (amount.unit or "", representative(amount.stated), conversion.unit or "")
            groups.setdefault(key, []).append((amount, conversion, rate))

        def usual(rate: Interval, band: Interval) -> bool:
            return rate.low <= band.high and band.low <= rate.high

        out = []
        for key in sorted(groups, key=lambda k: (k[0], str(k[1]), k[2])):
            members = groups[key]
            band = bands.get((key[0], key[2]))
            if (
                band is None
                or len({m[0].doc_id for m in members}) < 2
                or significant_digits(key[1]) < t.slip_min_digits  # "$10m" is too common
            ):
                continue
            # Each conversion off the usual rates once, beside the other document's that
            # keeps to them, the same holder's first ("Worldcom ... an $11bn (£5.8bn) fraud").
            witnesses: dict[str, list[tuple[ClaimRecord, ClaimRecord, Interval]]] = {}
            off: dict[str, tuple[ClaimRecord, ClaimRecord, Interval]] = {}
            for (a, ca, ra), (b, cb, rb) in combinations(members, 2):
                if a.doc_id == b.doc_id or usual(ra, band) == usual(rb, band) or (
                    not _close_in_time(a, b, t)
                ):
                    continue
                good, bad = ((a, ca, ra), (b, cb, rb)) if usual(ra, band) else (
                    (b, cb, rb), (a, ca, ra))
                off[bad[0].id] = bad
                witnesses.setdefault(bad[0].id, []).append(good)
            for bad_id in sorted(off):
                bad = off[bad_id]
                # Every document that keeps to the usual rates, the same holder's first.
                kept = sorted(witnesses[bad_id], key=lambda w: (
                    w[0].subject_key() != bad[0].subject_key(), w[0].entity != bad[0].entity,
                    w[0].doc_id, w[0].start,
                ))
                good = kept[0]
                middle = representative(band)
                others = len({w[0].doc_id for w in kept} - {good[0].doc_id})
                also = (
                    f" ({others} other document{'s' if others > 1 else ''} keep"
                    f"{'' if others > 1 else 's'} to the usual rates too)" if others else ""
                )
                where = (
                    f"{fmt.doc(good[0].doc_id)} converts the same amount to "
                    f"{fmt.figure(good[1])}{also} and the corpus's conversions use "
                    f"{plain(band.low, grouped=True)} to {plain(band.high, grouped=True)}"
                )
                entries = [
                    *((claim, claim.interval) for w in kept for claim in w[:2]),
                    (bad[0], bad[0].interval), (bad[1], bad[1].interval),
                ]
                out.append(_mismatch(
                    bad[0], bad[1], representative(bad[2]), middle, where, entries,
                    {"check": "same amount, another document's conversion",
                     "usual_rate": plain(middle),
                     "usual_rates": [plain(band.low), plain(band.high)]},
                    t, fmt,
                ))
        return out

    def _arithmetic(
        self, placed: Placed, direction: str, word: str, pairs: Sequence[Pair], fmt: Formatter
    ) -> dict[str, Any] | None:
        """A stated "X% lower/higher" against the nearest sentence comparing two figures."""
        t = self.tables
        p = placed.record
        if p.unit == "pp":
            return None
        candidates = []
        for pair in pairs:
            metric = pair.first.record.metric or pair.second.record.metric
            if not _checkable(p, pair.first.record, metric):
                continue
            distance = _paragraphs_apart(p, pair.first.record, placed, pair.first)
            if distance is None or distance > t.max_paragraph_distance:
                continue
            candidates.append((distance, abs(pair.first.record.start - p.start), pair))
        if not candidates:
            return None
        pair = min(candidates, key=lambda c: (c[0], c[1], c[2].first.record.id))[2]
        a, b = pair.first.record, pair.second.record
        if representative(a.stated) == representative(b.stated):
            return None
        small, large = (a, b) if representative(a.stated) < representative(b.stated) else (b, a)
        implied = _implied_share(direction, small.interval, large.interval)
        said = _implied_share(direction, small.stated, large.stated)
        if implied is None or said is None or implied.overlaps(p.interval):
            return None
        gap, relative = _gap(p.stated, said)
        per = a.per or b.per
        first_text = fmt.figure(a)
        second_text = fmt.figure(b) + (f" per {per}" if per and not b.per else "")
        text = (
            f"{fmt.subject(p)}: {fmt.doc(p.doc_id)} says {fmt.figure(p)} {word}, but its own "
            f"figures {first_text} {pair.cue} {second_text} imply "
            f"{_share_text(said, direction)} {word}, a gap of {plain(gap)} percentage points"
        )
        return findings.build(
            "arithmetic",
            entries=[(p, p.interval), (a, a.interval), (b, b.interval)],
            gap_absolute=gap,
            gap_relative=relative,
            gap_unit="pp",
            explanation=text,
            tables=t,
            subject=p if (p.entity or p.metric) else None,
            details={
                "direction": direction,
                "percent_cue": word,
                "comparison_cue": pair.cue,
                "percent_interval": _pair(p.interval),
                "implied": _pair(implied),
                "implied_from_stated": _pair(said),
                "inherited_per": per if (a.per is None) != (b.per is None) else None,
            },
        )

    def _year_on_year(
        self, placed: Placed, direction: str, records: Sequence[ClaimRecord], fmt: Formatter
    ) -> dict[str, Any] | None:
        """A year-on-year rate against the document's current and previous-year figures."""
        p = placed.record
        if not (p.entity and p.metric):
            return None
        same = [
            r
            for r in records
            if r.kind != "percent"
            and fold_key(r.entity) == fold_key(p.entity)
            and fold_key(r.metric) == fold_key(p.metric)
        ]
        later = [r for r in same if r.modality == "actual" and r.period == p.period]
        if not later:
            return None
        now = _nearest(p, later)
        earlier = [
            r
            for r in same
            if r.family == now.family
            and r.per == now.per
            and r.period != now.period  # a figure is never its own year-earlier level
            and (
                r.offset == "-P1Y"
                or (r.period != CURRENT and r.year is not None and now.year is not None
                    and r.year == now.year - 1)
            )
        ]
        if not earlier:
            return None
        before = _nearest(p, earlier)
        return self._rate_finding(p, direction, before, now, "year-on-year", fmt)

    def _has_levels(self, placed: Placed) -> bool:
        """The rate's own sentence holds a money or count figure."""
        key = placed.sentence_key
        starts = self.starts.get(placed.record.doc_id, {})
        return not isinstance(key, int) or starts.get(key, False)

    def _next_sentence(self, placed: Placed) -> list[Placed]:
        """The figures of the next sentence with figures in the same paragraph, if it joins
        two of them ("Sales fell 60%. They dropped from $10m to $4m.")."""
        key = placed.sentence_key
        doc = placed.record.doc_id
        if not isinstance(key, int):
            return []
        later = [start for start in self.starts.get(doc, ()) if start > key]
        if not later:
            return []
        members = self.sentences.get((doc, min(later)), [])
        if any(m.record.paragraph != placed.record.paragraph for m in members):
            return []
        return members

    def _from_to(
        self,
        placed: Placed,
        direction: str,
        same: Sequence[Placed],
        fmt: Formatter,
        how: str = "from-to",
    ) -> dict[str, Any] | None:
        """A change rate in a sentence that states both figures ("rose 20% from $10m to $12m"),
        or whose next sentence does."""
        t = self.tables
        p = placed.record
        families: dict[str, list[Placed]] = {}
        for other in same:
            if other.record.kind != "percent":
                families.setdefault(other.record.family, []).append(other)
        for members in families.values():
            if len(members) != 2:
                continue
            marked = [
                m for m in members
                if t.from_cues.ends(m.located.before(t.prefix_window_chars)) is not None
            ]
            if len(marked) != 1:
                continue
            before = marked[0].record
            now = next(m.record for m in members if m.record is not before)
            if not _checkable(p, now, now.metric):
                continue
            return self._rate_finding(p, direction, before, now, how, fmt)
        return None

    def _rate_finding(
        self,
        p: ClaimRecord,
        direction: str,
        before: ClaimRecord,
        now: ClaimRecord,
        how: str,
        fmt: Formatter,
    ) -> dict[str, Any] | None:
        implied = _implied_change(direction, before.interval, now.interval)
        said = _implied_change(direction, before.stated, now.stated)
        tol = self.tables.rate_tolerance_pp
        if implied is None or said is None or implied.overlaps(p.interval.widen(tol, tol)):
            return None
        slip = self._rate_slip(p, direction, before, now, fmt)
        if slip is not None:
            return slip
        gap, relative = _gap(p.stated, said)
        verb = "decline" if direction == "decrease" else "growth"
        text = (
            f"{fmt.subject(now)}: {fmt.doc(p.doc_id)} says {fmt.figure(p)} {verb}, but "
            f"{fmt.figure(now)} ({now.period_label}) against {fmt.figure(before)} "
            f"({before.period_label}) implies {_span_text(said, '%')}, a gap of {plain(gap)} "
            f"percentage points"
        )
        return findings.build(
            "growth_mismatch",
            entries=[(p, p.interval), (before, before.interval), (now, now.interval)],
            gap_absolute=gap,
            gap_relative=relative,
            gap_unit="pp",
            explanation=text,
            tables=self.tables,
            subject=now,
            details={
                "check": how,
                "direction": direction,
                "rate_interval": _pair(p.interval),
                "tolerance_pp": tol,
                "implied": _pair(implied),
                "implied_from_stated": _pair(said),
            },
        )

    def _rate_slip(
        self,
        p: ClaimRecord,
        direction: str,
        before: ClaimRecord,
        now: ClaimRecord,
        fmt: Formatter,
    ) -> dict[str, Any] | None:
        """A ``scale_slip`` when the stated change holds once one of the two levels it
        connects is read a thousand, a million or a billion times larger ("$8.86 billion, a
        6 percent increase compared with $8348.1 last year": $8,348.1 million); else None."""
        tol = self.tables.rate_tolerance_pp
        for factor in self.tables.slip_factors:
            for small, large in ((before, now), (now, before)):
                scaled = Interval(small.interval.low * factor, small.interval.high * factor)
                pair = (scaled, large.interval) if small is before else (large.interval, scaled)
                implied = _implied_change(direction, *pair)
                if implied is None or not implied.overlaps(p.interval.widen(tol, tol)):
                    continue
                text = (
                    f"{fmt.subject(now)}: {fmt.doc(p.doc_id)} says {fmt.figure(p)} from "
                    f"{fmt.figure(before)} to {fmt.figure(now)}, which holds only with "
                    f"{fmt.figure(small)} read {plain(factor, grouped=True)} times larger: a "
                    f"likely thousand/million/billion slip"
                )
                return findings.build(
                    "scale_slip",
                    entries=[(p, p.interval), (before, before.interval), (now, now.interval)],
                    gap_absolute=large.stated.low - small.stated.high,
                    gap_relative=None,
                    gap_unit=large.unit or "",
                    explanation=text,
                    tables=self.tables,
                    subject=now,
                    details={"factor": factor, "check": "stated change",
                             "slipped_claim": small.id},
                )
        return None

    def _multiple(
        self,
        cued: ClaimRecord,
        factor: Decimal,
        word: str,
        records: Sequence[ClaimRecord],
        fmt: Formatter,
    ) -> dict[str, Any] | None:
        """A stated multiple ("quadrupled") against the earlier and current figures."""
        if not cued.has_subject:
            return None
        same = [
            r
            for r in records
            if r.subject_key() == cued.subject_key() and r.kind != "percent"
        ]
        current = [r for r in same if r.modality == "actual" and r.period == CURRENT]
        past = [r for r in same if r.modality == "historical"]
        # An earlier figure of the same key (a baseline's is another) written beside the
        # later one is what that is compared with, not what it changed from ("more than
        # tripled to HK$15.1 billion, surpassing the previous record of HK$14.1 billion in
        # 2010")
        if cued in current:
            past = [r for r in past if not _beside(r, cued)]
        elif cued in past:
            current = [r for r in current if not _beside(cued, r)]
        if cued in past and current:
            before, now = cued, _nearest(cued, current)
        elif cued in current and past:
            before, now = _nearest(cued, past), cued
        else:
            return None
        ratio = _ratio(before.interval, now.interval)
        said = _ratio(before.stated, now.stated)
        tol = self.tables.multiple_tolerance
        allowed = Interval(factor * (_ONE - tol), factor * (_ONE + tol))
        if ratio is None or said is None or ratio.overlaps(allowed):
            return None
        gap, relative = _gap(Interval(factor, factor), said)
        text = (
            f"{fmt.subject(now)}: {fmt.doc(cued.doc_id)} says it {word} (x{plain(factor)}) from "
            f"{fmt.figure(before)} ({before.period_label}) to {fmt.figure(now)}, but those "
            f"figures imply x{_span_text(said, '')}, a gap of {findings.percent(relative)}"
        )
        return findings.build(
            "growth_mismatch",
            entries=[(before, before.interval), (now, now.interval)],
            gap_absolute=gap,
            gap_relative=relative,
            gap_unit="x",
            explanation=text,
            tables=self.tables,
            subject=now,
            details={
                "check": "multiple",
                "cue": word,
                "multiple": factor,
                "tolerance": tol,
                "implied": _pair(ratio),
                "implied_from_stated": _pair(said),
            },
        )


def _beside(one: ClaimRecord, other: ClaimRecord) -> bool:
    """Whether two figures stand in one sentence of one document."""
    return (
        one.doc_id == other.doc_id and one.sentence_key is not None
        and one.sentence_key == other.sentence_key
    )


def _band(rates: Sequence[Decimal], quantiles: tuple[Decimal, Decimal],
          tolerance: Decimal) -> Interval:
    """The rates between two quantiles of sorted ``rates`` (nearest rank), each end
    widened by ``tolerance`` (relative)."""
    last = len(rates) - 1
    low = rates[int(quantiles[0] * last + Decimal("0.5"))]
    high = rates[int(quantiles[1] * last + Decimal("0.5"))]
    return Interval(low * (1 - tolerance), high * (1 + tolerance))


def _rate(amount: Interval, conversion: Interval) -> Interval | None:
    """The exchange rates a conversion allows, over both figures' rounding."""
    if not (amount.low.is_finite() and amount.high.is_finite()) or amount.low <= 0:
        return None
    if not (conversion.low.is_finite() and conversion.high.is_finite()):
        return None
    return Interval(conversion.low / amount.high, conversion.high / amount.low)


def _mismatch(
    amount: ClaimRecord, conversion: ClaimRecord, given: Decimal, usual: Decimal, where: str,
    entries: list[tuple[ClaimRecord, Interval]], details: dict[str, Any],
    tables: ReconcileTables, fmt: Formatter,
) -> dict[str, Any]:
    """A conversion_mismatch: ``amount`` converted to ``conversion`` at rate ``given`` where
    ``usual`` is expected (``where`` says whose rate that is)."""
    given_in, converted_in = amount.unit or "", conversion.unit or ""
    text = (
        f"{fmt.subject(amount)}: {fmt.doc(amount.doc_id)} converts {fmt.figure(amount)} to "
        f"{fmt.figure(conversion)}, {plain(given, grouped=True)} {converted_in} per "
        f"{given_in}, where {where}"
    )
    gap = abs(given - usual)
    return findings.build(
        "conversion_mismatch",
        entries=entries,
        gap_absolute=gap,
        gap_relative=gap / usual,
        gap_unit=f"{converted_in} per {given_in}",
        explanation=text,
        tables=tables,
        details={**details, "rate": plain(given)},
    )


def _close_in_time(a: ClaimRecord, b: ClaimRecord, t: ReconcileTables) -> bool:
    """Whether two documents are at most ``max_conversion_days`` apart, or either undated."""
    if a.doc_date is None or b.doc_date is None:
        return True
    return abs((a.doc_date - b.doc_date).days) <= t.max_conversion_days


def _width(interval: Interval) -> Decimal:
    return interval.high - interval.low


def _implied_share(direction: str, small: Interval, large: Interval) -> Interval | None:
    """How much lower ``small`` is than ``large`` (or ``large`` higher than ``small``), in %."""
    s = Interval(max(small.low, ZERO), small.high)
    g = Interval(max(large.low, ZERO), large.high)
    if direction == "lower":
        if g.low == 0 or not s.low.is_finite():
            return None
        low = _ONE - s.high / g.low
        high = _ONE - s.low / g.high
    else:
        if s.high == 0 or not s.high.is_finite():
            return None
        low = g.low / s.high - _ONE
        high = g.high / s.low - _ONE if s.low > 0 else POS_INF
    return Interval(low * _HUNDRED, high * _HUNDRED)


def _implied_change(direction: str, before: Interval, now: Interval) -> Interval | None:
    """The growth (or decline) from ``before`` to ``now``, in %."""
    ratio = _ratio(before, now)
    if ratio is None:
        return None
    if direction == "decrease":
        return Interval((_ONE - ratio.high) * _HUNDRED, (_ONE - ratio.low) * _HUNDRED)
    return Interval((ratio.low - _ONE) * _HUNDRED, (ratio.high - _ONE) * _HUNDRED)


def _ratio(before: Interval, now: Interval) -> Interval | None:
    if before.low <= 0 or not before.high.is_finite() or now.low < 0:
        return None
    return Interval(now.low / before.high, now.high / before.low)


def _gap(stated: Interval, implied: Interval) -> tuple[Decimal, Decimal | None]:
    """Distance between two disjoint intervals, and relative to the stated side."""
    if implied.low > stated.high:
        gap, ref = implied.low - stated.high, stated.high
    else:
        gap, ref = stated.low - implied.high, stated.low
    return gap, (gap / abs(ref) if ref.is_finite() and ref != 0 else None)


def _share_text(share: Interval, direction: str) -> str:
    if (direction == "lower" and share.high >= _HUNDRED) or not share.high.is_finite():
        return f"at least {plain(share.low)}%"
    return _span_text(share, "%")


def _span_text(span: Interval, suffix: str) -> str:
    if not span.high.is_finite():
        return f"at least {plain(span.low)}{suffix}"
    if plain(span.low) == plain(span.high):
        return f"{plain(span.low)}{suffix}"
    return f"{plain(span.low)}{suffix}-{plain(span.high)}{suffix}"


def _pair(interval: Interval) -> list[Decimal | None]:
    return [end if end.is_finite() else None for end in interval]


def _paragraphs_apart(
    a: ClaimRecord, b: ClaimRecord, pa: Placed, pb: Placed
) -> int | None:
    if a.paragraph is not None and b.paragraph is not None:
        return abs(a.paragraph - b.paragraph)
    return 0 if pa.sentence_key == pb.sentence_key else None


def _nearest(anchor: ClaimRecord, records: Sequence[ClaimRecord]) -> ClaimRecord:
    def distance(r: ClaimRecord) -> tuple[int, int, str]:
        paragraphs = (
            abs(r.paragraph - anchor.paragraph)
            if r.paragraph is not None and anchor.paragraph is not None
            else 0
        )
        return (paragraphs, abs(r.start - anchor.start), r.id)

    return min(records, key=distance)


def _checkable(rate: ClaimRecord, level: ClaimRecord, metric: str | None) -> bool:
    """Whether a stated change ``rate`` may be checked against figures like ``level``
    (whose metric is ``metric``): the metrics do not differ, and figures of another sentence
    count only when neither metric is a word found near the figure rather than the frame's."""
    if rate.metric and metric and fold_key(rate.metric) != fold_key(metric):
        return False
    return level.sentence_key == rate.sentence_key or not (
        rate.guessed_metric or level.guessed_metric
    )


def _times_apart(a: ClaimRecord, b: ClaimRecord) -> float:
    """How many times the larger of two figures' stated values is the smaller (infinite
    with a zero)."""
    x, y = sorted(abs(representative(r.stated)) for r in (a, b))
    return float(y / x) if x else float("inf")


def _cue_before(between: str, cues: Sequence[str], max_words: int) -> bool:
    """Whether one of ``cues`` (found in ``between``, the text between two figures) stands
    at most ``max_words`` words, none of them a number, before the second figure ("compared
    to $150+", "than the $150"): "$13.6 billion, 56% higher than 2017, reflecting $4.6
    billion" compares the first figure with a year, not with the second."""
    lowered = between.lower()
    tails = [lowered[lowered.rfind(cue.lower()) + len(cue):]
             for cue in cues if cue.lower() in lowered]
    return any(
        len(_WORD.findall(tail)) <= max_words and not _DIGIT.search(tail) for tail in tails
    )
