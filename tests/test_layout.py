"""Lines, paragraphs, headings and boilerplate of plain-text articles."""

from __future__ import annotations

import pytest

from claimx.layout import Layout, compile_boilerplate, split_lines

TEXT = "Title Line\n\nFirst paragraph.\nStill first.\r\n\r\nSecond one.\nViews: 12"


def test_split_lines_keeps_exact_offsets_across_line_endings() -> None:
    for line in split_lines(TEXT):
        assert TEXT[line.start : line.end] == line.text
    assert [line.text for line in split_lines("a\r\nb\rc\n")] == ["a", "b", "c"]


def test_paragraphs_are_blank_line_separated() -> None:
    layout = Layout(TEXT)
    assert layout.paragraph(TEXT.index("Title")) == 0
    assert layout.paragraph(TEXT.index("Still")) == 1
    assert layout.paragraph(TEXT.index("Second")) == 2


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        pytest.param("Pakistan IT Exports Hit $4.6B Milestone", True, id="title"),
        pytest.param("Exports rose 5% last year.", False, id="sentence"),
    ],
)
def test_heading_lines(line: str, heading: bool) -> None:
    assert Layout(line).is_heading(0) is heading


def test_a_bullets_run_in_label_counts_as_heading_but_not_its_text() -> None:
    line = "  • Outsourcing Hubs: Cities like Karachi host parks."
    layout = Layout(line)
    assert layout.is_heading(line.index("Hubs"))
    assert not layout.is_heading(line.index("Karachi"))


def test_boilerplate_scopes() -> None:
    rules = compile_boilerplate(
        [
            {"id": "views", "regex": r"\bViews?: \d+\s*$"},
            {"id": "link", "regex": r"\(Link:[^)]*\)", "scope": "match"},
        ]
    )
    text = "By X, Views: 0\nSee PSEB. (Link: PSEB 2025)"
    layout = Layout(text, rules)
    assert layout.is_boilerplate(0, 2)
    assert not layout.is_boilerplate(text.index("PSEB"), text.index("PSEB") + 4)
    assert layout.is_boilerplate(text.index("2025"), text.index("2025") + 4)


def test_bad_boilerplate_regex_names_the_rule() -> None:
    with pytest.raises(ValueError, match="rule broken: bad regex"):
        compile_boilerplate([{"id": "broken", "regex": "("}])
