"""The frame reader's lexicon, once per session, and a frame read off a hand-written parse."""

from __future__ import annotations

import pytest

from claimx.frame.reader import Frame, FrameLexicon, read_frame
from claimx.frame.syntax import Sentence, sentence_from_rows
from claimx.rules_folder import RulesFolder

Row = tuple[str, str, str, str, int]


@pytest.fixture(scope="session")
def lexicon() -> FrameLexicon:
    return FrameLexicon.from_table(RulesFolder.open(None).table("frame")["syntax"])


def frame(
    rows: list[Row], mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int, lexicon: FrameLexicon,
) -> tuple[Sentence, Frame]:
    """The sentence of ``rows`` (heads relative to it) and the frame of its mention
    ``figure``."""
    sent = sentence_from_rows(rows, mentions, offset=100)
    return sent, read_frame(sent, sent.mentions[figure], lexicon)
