"""A date phrase in the one spelling the grammar reads: lower case, plain punctuation, number
words as digits ("twenty-seventh" -> "27th", "nineteen eighty six" -> "1986"), no "the"."""

from __future__ import annotations

import re

from claimx.normalize.dates.tables import DateTables


def normalize_phrase(tables: DateTables, text: str) -> str:
    """Lower case, plain punctuation, number words as digits, without "the"."""
    s = text.lower().strip()
    s = re.sub(r"[\u2018\u2019\u02bc`]", "'", s)
    s = re.sub(r"[\u2010-\u2015\u2212~]", "-", s)
    s = re.sub(r"[\"\u201c\u201d()\[\]]", " ", s)
    # "january-to-march": a range connector written with hyphens
    s = re.sub(rf"(?<=[a-z])-({tables.re_word_connector})-(?=[a-z])", r" \1 ", s)
    s = re.sub(r"(?<=[a-z])\.", " ", s)  # "Dec. 31" and "Jan." abbreviations
    s = re.sub(r",", " ", s)
    s = tables.re_digit_month.sub(r"\1 \2", s)  # "31dec" -> "31 dec"
    s = tables.re_month_digit.sub(r"\1 \2", s)  # "dec31" -> "dec 31"
    if tables.re_roman is not None:  # "iii quarter" -> "3rd quarter"
        s = tables.re_roman.sub(
            lambda m: f"{(n := tables.romans[m.group(1)])}{tables.ordinal_suffix(n)} ", s)
    s = number_words_as_digits(tables, s)
    s = re.sub(r"\s+", " ", s).strip()
    window = tables.re_article_window.fullmatch(s)
    if window:
        sign = tables.suffixes[window.group(3)]
        shift = next((word for word, way in tables.shifts.items() if way == sign), None)
        if shift is not None:
            s = f"{shift} {window.group(1)} {window.group(2)}"  # "the 3 months prior"
    lone = re.fullmatch(rf"(?:{tables.re_article}) ({tables.re_article_unit})", s)
    if lone:
        s = f"{tables.grammar.this_word} {lone.group(1)}"  # "the year" alone: the current one
    s = re.sub(rf"\b(?:{tables.re_article})\b", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .;:!?")
    return s


def number_words_as_digits(tables: DateTables, s: str) -> str:
    """Runs of number words as digits: "twenty-seventh" -> "27th", "a decade" unchanged."""
    pieces = re.split(r"(\s+|-)", s)  # words at even indexes, separators at odd ones
    out: list[str] = []
    i = 0
    while i < len(pieces):
        word = pieces[i]
        if i % 2 or word not in tables.number_tokens or word in tables.number_connectors:
            out.append(word)
            i += 1
            continue
        run, j = [word], i
        while j + 2 < len(pieces) and _continues_number(tables, run, pieces[j + 2]):
            run.append(pieces[j + 2])
            j += 2
        while run[-1] in tables.number_connectors:
            run.pop()
            j -= 2
        out.append(_number_from_words(tables, run))
        i = j + 1
    return "".join(out)


def _continues_number(tables: DateTables, run: list[str], word: str) -> bool:
    if word not in tables.number_tokens or run[-1] in tables.ordinals:
        return False
    # "and" only joins after a scale word: "two thousand and five", not "ten and twelve".
    return word not in tables.number_connectors or run[-1] in tables.scales


def _number_from_words(tables: DateTables, words: list[str]) -> str:
    """Digits for a run of number words; two-digit pairs read as years."""
    ordinal = words[-1] in tables.ordinals
    if set(words) & set(tables.scales):
        total = current = 0
        for w in words:
            if w in tables.scales:
                if tables.scales[w] >= 1000:
                    total += max(current, 1) * tables.scales[w]
                    current = 0
                else:
                    current = max(current, 1) * tables.scales[w]
            elif w not in tables.number_connectors:
                current += _word_value(tables, w)
        value = total + current
        return str(value) + (tables.ordinal_suffix(value) if ordinal else "")
    chunks: list[int] = []
    chunk_is_ordinal: list[bool] = []
    pending: int | None = None
    for w in words:
        value = _word_value(tables, w)
        if w in tables.tens:
            if pending is not None:
                chunks.append(pending)
                chunk_is_ordinal.append(False)
            pending = value
        elif pending is not None and pending % 10 == 0 and pending >= 20 and value < 10:
            chunks.append(pending + value)
            chunk_is_ordinal.append(w in tables.ordinals)
            pending = None
        else:
            if pending is not None:
                chunks.append(pending)
                chunk_is_ordinal.append(False)
                pending = None
            chunks.append(value)
            chunk_is_ordinal.append(w in tables.ordinals)
    if pending is not None:
        chunks.append(pending)
        chunk_is_ordinal.append(False)
    # "nineteen eighty six" -> 1986, "twenty twenty" -> 2020.
    parts: list[str] = []
    i = 0
    while i < len(chunks):
        value, is_ord = chunks[i], chunk_is_ordinal[i]
        if (
            i + 1 < len(chunks)
            and 10 <= value <= 20
            and not is_ord
            and not chunk_is_ordinal[i + 1]
            and chunks[i + 1] >= 10
        ):
            parts.append(str(value * 100 + chunks[i + 1]))
            i += 2
            continue
        parts.append(str(value) + (tables.ordinal_suffix(value) if is_ord else ""))
        i += 1
    return " ".join(parts)


def _word_value(tables: DateTables, word: str) -> int:
    for table in (tables.numbers, tables.tens, tables.ordinals):
        if word in table:
            return table[word]
    return 0
