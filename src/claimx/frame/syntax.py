"""A parsed sentence as plain data, and the tree walks the frame reader needs.

No spaCy here: the ``claimx_frame`` component copies each parsed sentence into a
:class:`Sentence`, and tests build them by hand (:func:`sentence_from_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

VERB_POS = frozenset({"VERB", "AUX"})
# The fewest words joined by hyphens read as one modifier ("like-for-like").
HYPHEN_COMPOUND_WORDS = 3
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
# the arcs of a figure hung as an adverbial ("6.3%" on "annualized" in "a 6.3% annualized rate")
FIGURE_ADVERBIALS = frozenset({"npadvmod", "advmod"})


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: its document index ``i``, words, tags and arc (``head`` is a document
    index; the root is its own head)."""

    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    tag: str = ""  # the fine-grained tag ("VBZ"), where the parse gives one
    spaced: bool = True  # white space follows it in the text
    lower: str = field(init=False, default="")  # the text in lower case, asked for often

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


def with_base_phrases(tokens: Sequence[Tok], phrases: frozenset[tuple[str, ...]]) -> list[Tok]:
    """``tokens`` with each written-out base of a change ("year on year", "month on
    month": ``phrases``, lower case) made a modifier of its own: the parser reads its first
    word as a noun that the figure before it or the noun after it hangs on ("rose 5% year on
    year": 5% a compound of "year"; "a rise in month on month industrial output": "month"
    what rose). What hung on the phrase hangs where the phrase hung; a noun the phrase
    qualifies takes the phrase's place and holds it."""
    out = list(tokens)
    if not out:
        return out
    first = out[0].i
    lowers = [tok.text.lower() for tok in out]

    def rehang(i: int, head: int, dep: str) -> None:
        tok = out[i - first]
        out[i - first] = replace(tok, dep=dep, head=head)

    words = set(lowers)
    for phrase in sorted(phrases, key=len, reverse=True):
        if not words.issuperset(phrase):
            continue  # most sentences hold none
        size = len(phrase)
        for at in range(len(out) - size + 1):
            if tuple(lowers[at:at + size]) != phrase:
                continue
            start, last = first + at, first + at + size - 1
            inside = range(start, last + 1)
            lead = out[at]
            head, dep = lead.head, lead.dep
            qualified = out[at + size - 1].head
            if qualified > last and qualified - first < len(out) and (
                out[qualified - first].pos == "NOUN"
            ):
                # "in month on month industrial output": output takes the phrase's place
                rehang(qualified, head, dep)
                head = qualified
            elif head in inside:
                continue
            for tok in list(out):
                if tok.head == start and tok.i not in inside:
                    rehang(tok.i, head, dep)  # "5%" hangs on "rose", not on "year"
            rehang(start, head, "advmod")
            for k in range(start + 1, last + 1):
                rehang(k, k - 1, "prep" if k == start + 1 else "pobj")
    return out


def hyphen_joined(
    tokens: Sequence[int], words: Sequence[str], tight: Callable[[int], bool]
) -> str:
    """``words`` (of the tokens at ``tokens``) joined by spaces, and by a hyphen where the
    text writes one between two of them with no space either side (``tight``: whether the
    token at an index is such a hyphen): "like-for-like sales", "pre-tax profit"."""
    out = ""
    for n, (i, word) in enumerate(zip(tokens, words, strict=True)):
        if n and i == tokens[n - 1] + 2 and tight(i - 1):
            out += "-" + word
        else:
            out += (" " if n else "") + word
    return out.replace(" - ", "-")


def with_hyphen_compounds(
    tokens: Sequence[Tok],
    tight: frozenset[int],
    keep: frozenset[tuple[str, ...]] = frozenset(),
    figures: frozenset[int] = frozenset(),
) -> list[Tok]:
    """``tokens`` with each word of three or more words joined by hyphens (``tight``: the
    indices of hyphens written with no space either side) made one modifier of the noun
    right after it: the parser reads "like-for-like sales" as an interjection, a preposition
    and an adjective, so "like" would be what changed. The word's last part qualifies the
    noun; its other parts qualify the last; what hung on a part hangs on the noun, and the
    noun takes the word's place when it hung on a part. A word with a digit ("10-year-old")
    is left alone: it may hold a figure, and so is one with a word of ``figures`` (the
    indices of figures' tokens: "father-of-two", "half-a-second"), one joined to a word
    before it ("30-frame-a-second", "15-and-a-half"), and one of ``keep`` (lower case,
    hyphens included: the bases of a change, mended on their own)."""
    out = list(tokens)
    if not out or not tight:
        return out
    n = 0
    while n < len(out):
        end = n
        while (
            end + 2 < len(out) and out[end + 1].i in tight
            and out[end].text.isalpha() and out[end + 2].text.isalpha()
        ):
            end += 2
        words = (end - n) // 2 + 1
        if words < HYPHEN_COMPOUND_WORDS or end + 1 >= len(out) or (
            out[end + 1].pos not in ("NOUN", "PROPN")
        ) or tuple(t.lower for t in out[n:end + 1]) in keep or (
            n > 0 and out[n - 1].i in tight
        ) or any(t.i in figures for t in out[n:end + 1]):
            n = end + 1
            continue
        group = range(out[n].i, out[end].i + 1)
        noun = out[end + 1]
        outside = next(((t.head, t.dep) for t in out[n:end + 1] if t.head not in group), None)
        last = out[end].i
        for k, tok in enumerate(out):
            if tok.i in group:
                head, dep = (noun.i, "amod") if tok.i == last else (
                    (last, "punct") if tok.text == "-" else (last, "compound"))
            elif tok.head in group:
                head, dep = ((outside if outside is not None else (tok.i, "ROOT"))
                             if tok.i == noun.i else (noun.i, tok.dep))
            else:
                continue
            out[k] = replace(tok, dep=dep, head=head)
        n = end + 1
    return out


def with_figures_on_nouns(
    tokens: Sequence[Tok], in_figures: frozenset[int], participles: frozenset[str]
) -> list[Tok]:
    """``tokens`` with a figure the parser hung, as an adverbial, on a participle that
    qualifies a noun hung on that noun as its number ("contracted at a 6.3% annualized
    seasonally adjusted rate": 6.3% numbers the rate, which "annualized" qualifies too; the
    parser made "%" a modifier of "annualized"; ``participles``: their tags, rules/frame.json
    ``past_participle_tags``); not on a comparative ("668,000 fewer jobs")."""
    out = list(tokens)
    if not out:
        return out
    first = out[0].i
    for n, tok in enumerate(out):
        if tok.i not in in_figures or tok.head in in_figures or tok.dep not in FIGURE_ADVERBIALS:
            continue
        if not tok.spaced:
            continue  # "18-rated games", "a four-wheeled device": one hyphenated word
        qualifier = tok.head - first
        if not 0 <= qualifier < len(out) or out[qualifier].dep != "amod" or (
            out[qualifier].tag not in participles  # "668,000 fewer jobs": a comparison
        ):
            continue
        noun = out[qualifier].head - first
        if 0 <= noun < len(out) and noun > n and out[noun].pos == "NOUN":
            out[n] = replace(tok, head=out[noun].i, dep="nummod")
    return out


NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


def with_nouns_read_as_verbs(tokens: Sequence[Tok]) -> list[Tok]:
    """``tokens`` with a word the tagger took for a verb read as the noun the parser made it:
    an object or subject with an article of its own ("reversing a revised 3.31 percent fall":
    a fall, not a verb)."""
    out = list(tokens)
    with_article = {tok.head for tok in out if tok.dep == "det" and tok.head != tok.i}
    for n, tok in enumerate(out):
        if tok.pos in VERB_POS and tok.dep in NOUN_ROLES and tok.i in with_article:
            out[n] = replace(tok, pos="NOUN")
    return out


def with_pairs_apart(
    tokens: Sequence[Tok], starts: frozenset[str], ends: frozenset[str]
) -> list[Tok]:
    """``tokens`` with the second end of a from/to pair hung where the first is: the parser
    often hangs "to" on "from" ("revised down the jobs gains, from 157,000 to 133,000": "to
    133,000" under "from"), so the second end would read as part of the first's phrase. A
    preposition of ``ends`` on one of ``starts`` that hangs on a verb moves to that verb,
    and what the parser hung on the first after the second goes with the second ("from 95
    million to between 200 and 250 million by 2007": "by 2007" is the second's)."""
    out = list(tokens)
    if not out:
        return out
    first = out[0].i
    for n, tok in enumerate(out):
        start = tok.head - first
        if not (
            tok.dep == "prep" and tok.text.lower() in ends and 0 <= start < len(out)
            and out[start].dep == "prep" and out[start].text.lower() in starts
        ):
            continue
        verb = out[start].head
        if not (0 <= verb - first < len(out) and out[verb - first].pos in VERB_POS):
            continue
        out[n] = replace(tok, head=verb)
        for k in range(n + 1, len(out)):
            later = out[k]
            if later.head == out[start].i and later.dep != "pobj":
                out[k] = replace(later, head=tok.i)
    return out


@dataclass(frozen=True, slots=True)
class Mention:
    """A chosen span of the sentence: a figure (MONEY, PERCENT, QUANTITY, DATE) or a named
    entity with its canonical ``name``; ``start``/``end`` are token indices."""

    start: int
    end: int
    label: str
    name: str | None = None
    rule: str | None = None  # the rule that made a date ("date-on-the-day")

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and self.start <= i < self.end


@dataclass(slots=True)
class Sentence:
    """The tokens of one parsed sentence (document indices ``start`` to ``end``) and the
    spans chosen in it."""

    tokens: Sequence[Tok]
    mentions: Sequence[Mention]
    _owner: dict[int, int] = field(default_factory=dict)
    _children: dict[int, list[int]] = field(default_factory=dict)
    _lowers: frozenset[str] | None = None
    # the first token's index and the one after the last, read on every look-up: kept
    start: int = field(init=False, default=0)
    end: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        if self.tokens:
            self.start = self.tokens[0].i
            self.end = self.tokens[-1].i + 1
        for index, mention in enumerate(self.mentions):
            for i in range(mention.start, mention.end):
                self._owner.setdefault(i, index)
        for tok in self.tokens:
            if tok.head != tok.i and self.start <= tok.head < self.end:
                self._children.setdefault(tok.head, []).append(tok.i)

    def __getitem__(self, i: int) -> Tok:
        return self.tokens[i - self.start]

    def head(self, i: int) -> int:
        """The head of token ``i`` (``i`` itself for a root or an arc leaving the sentence)."""
        head = self.tokens[i - self.start].head
        return head if self.start <= head < self.end else i

    def lowers(self) -> frozenset[str]:
        """The sentence's words in lower case, gathered once (a long sentence with many
        figures asks for them once per figure)."""
        if self._lowers is None:
            self._lowers = frozenset(tok.lower for tok in self.tokens)
        return self._lowers

    def children(self, i: int, *deps: str) -> list[int]:
        """Children of ``i`` in order, only those with one of ``deps`` when given."""
        kids = self._children.get(i, [])
        if not deps:
            return list(kids)
        tokens, start = self.tokens, self.start
        return [k for k in kids if tokens[k - start].dep in deps]

    def ancestors(self, i: int) -> Iterator[int]:
        """The heads above ``i``, nearest first (bounded: a cycle cannot hang the walk)."""
        tokens, start, end = self.tokens, self.start, self.end
        for _ in range(len(tokens)):
            head = tokens[i - start].head
            if head == i or not start <= head < end:
                return
            yield head
            i = head

    def mention_at(self, i: int) -> Mention | None:
        index = self._owner.get(i)
        return self.mentions[index] if index is not None else None

    def span_root(self, start: int, end: int) -> int:
        """The token of ``start``..``end`` whose head lies outside it (the first such)."""
        for i in range(start, end):
            head = self.head(i)
            if head == i or not start <= head < end:
                return i
        return start

    def subtree(self, i: int) -> list[int]:
        """``i`` and every token below it, in order (each once: a cycle in a broken parse
        cannot hang the walk)."""
        found, stack = {i}, [i]
        while stack:
            for child in self._children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return sorted(found)

    def path(self, a: int, b: int) -> list[int]:
        """The tokens on the tree path from ``a`` to ``b``, both included."""
        up_a = [a, *self.ancestors(a)]
        up_b = [b, *self.ancestors(b)]
        on_b = {node: n for n, node in enumerate(up_b)}
        for n, node in enumerate(up_a):
            if node in on_b:
                return up_a[: n + 1] + list(reversed(up_b[: on_b[node]]))
        return up_a + list(reversed(up_b))  # two roots: joined through the sentence


def sentence_from_rows(
    rows: Sequence[tuple[str, str, str, str, int]],
    mentions: Sequence[tuple[int, int, str] | tuple[int, int, str, str]] = (),
    offset: int = 0,
) -> Sentence:
    """A sentence from ``(text, lemma, pos, dep, head)`` rows (heads relative to the
    sentence) and ``(start, end, label[, name])`` mentions: how tests write parses."""
    tokens = [
        Tok(offset + n, text, lemma, pos, dep, offset + head)
        for n, (text, lemma, pos, dep, head) in enumerate(rows)
    ]
    spans = [
        Mention(offset + m[0], offset + m[1], m[2], m[3] if len(m) > 3 else None)
        for m in mentions
    ]
    return Sentence(tokens, spans)
