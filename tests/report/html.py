"""Reading the report's HTML back: start tags with their attributes."""

from __future__ import annotations

from html.parser import HTMLParser


class Elements(HTMLParser):
    """Start tags with their attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def having(self, tag: str, css_class: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and css_class in a.get("class", "").split()]


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser
