"""Reading and decoding input documents."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from claimx.batch.corpus import (
    InputError,
    check_output_folder,
    decode_bytes,
    document_date,
    iter_documents,
)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2025-01-31", date(2025, 1, 31), id="iso-date"),
        pytest.param("2025-01-31T09:30:00Z", date(2025, 1, 31), id="datetime-keeps-its-day"),
        pytest.param(None, None, id="absent"),
        pytest.param("", None, id="empty"),
    ],
)
def test_document_date_reads_the_metadata_date(value: str | None, expected: date | None) -> None:
    assert document_date(value, "corpus.jsonl:3") == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(20250131, id="a-number"),
        pytest.param("31/01/2025", id="not-iso"),
        pytest.param("2025-02-30", id="no-such-day"),
    ],
)
def test_document_date_rejects_a_bad_date_naming_the_line(value: object) -> None:
    with pytest.raises(ValueError, match=r"^corpus\.jsonl:3: date must be"):
        document_date(value, "corpus.jsonl:3")


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param("£4.6bn".encode(), "£4.6bn", "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf$4bn", "$4bn", "utf-8-sig", id="utf-8-bom"),
        pytest.param(b"\xa34.6bn", "£4.6bn", "cp1252", id="cp1252-pound"),
        pytest.param(b"caf\xe9 \x93quoted\x94", "café “quoted”", "cp1252", id="cp1252-quotes"),
        pytest.param(b"a\x81b", "a\x81b", "cp1252", id="latin-1-undefined-in-cp1252"),
        pytest.param(b"\x80 50 million \x81", "€ 50 million \x81", "cp1252",
                     id="one-undefined-byte-leaves-the-rest-cp1252"),
        pytest.param(b"a\r\nb\rc", "a\r\nb\rc", "utf-8", id="line-endings-kept"),
    ],
)
def test_decode_bytes(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
        pytest.param(b"\x1f\x8b\x08\x00\xff\xfe\x00\x01", id="gzip"),
        pytest.param(bytes(range(1, 9)) * 50 + b"\xff", id="control-bytes"),
    ],
)
def test_decode_bytes_rejects_binary(data: bytes) -> None:
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(data)


def test_folder_ids_are_relative_paths_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b" / "001.txt", b"Second.")
    write(tmp_path / "a" / "001.md", b"First.")
    write(tmp_path / "a" / "skip.csv", b"not an input")
    docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["a/001", "b/001"]
    assert [d.text for d in docs] == ["First.", "Second."]


def test_file_id_is_its_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", b"Text.")
    (doc,) = iter_documents([path])
    assert (doc.id, doc.error, doc.encoding) == ("story", None, "utf-8")


def test_unreadable_inputs_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    write(tmp_path / "1-empty.txt", b"  \n")
    write(tmp_path / "2-image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "3-good.txt", b"Exports rose 5%.")
    docs = list(iter_documents([tmp_path]))
    assert [(d.id, d.error) for d in docs] == [
        ("1-empty", "empty file"),
        ("2-image", "binary file, not text"),
        ("3-good", None),
    ]


def test_jsonl_corpus_reports_bad_lines_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "One.", "date": "2025-01-31"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": 7, "text": "Seven."}),
    ]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines).encode())
    docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["a", "corpus:2", "corpus:3", "7"]
    assert docs[0].date is not None and docs[0].date.isoformat() == "2025-01-31"
    assert docs[1].error is not None and docs[1].error.startswith("bad JSONL line")
    assert docs[2].error == 'bad JSONL line: "text" must be a string'
    assert docs[3].text == "Seven."


def test_ids_never_become_paths(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps({"id": "../../x", "text": "T."}).encode())
    (doc,) = iter_documents([path])
    assert doc.id == "../../x"


def test_duplicate_ids_name_both_sources(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "a.txt", b"A.")
    second = write(tmp_path / "two" / "a.txt", b"A again.")
    docs = list(iter_documents([first, second]))
    assert docs[0].error is None
    assert docs[1].error == f"duplicate document id 'a': also in {first}"


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_documents([tmp_path / "absent"]))


def test_symlink_loop_is_not_followed_forever(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"A.")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.id for d in iter_documents([tmp_path])] == ["a"]


def test_reference_date_is_given_to_documents_without_one(tmp_path: Path) -> None:
    from datetime import date

    path = write(tmp_path / "a.txt", b"A.")
    (doc,) = iter_documents([path], ref_date=date(2025, 6, 1))
    assert doc.date == date(2025, 6, 1)


PAGE = """<html><head><title>Exports</title><script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe now</nav>
<article><h1>Exports soar</h1>
<p>Pakistan's IT exports rose to $4.6 billion, up 26.4% year on year.</p>
<p>Analysts predict $10 billion by 2030 if the pace holds.</p></article>
<footer>Copyright 2025 Example Media</footer></body></html>"""


def test_html_main_text_is_extracted_without_page_furniture(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE.encode())
    (doc,) = iter_documents([path])
    assert doc.error is None
    assert "$4.6 billion" in doc.text and "$10 billion by 2030" in doc.text
    assert "tracking" not in doc.text and "Subscribe" not in doc.text
    assert doc.encoding == "utf-8 (html)"


DATED_PAGE = PAGE.replace(
    "<title>Exports</title>",
    '<title>Exports</title><meta property="article:published_time" content="2024-07-15T08:00:00">',
)


@pytest.mark.parametrize(
    ("page", "ref_date", "expected"),
    [
        pytest.param(DATED_PAGE, None, date(2024, 7, 15), id="meta-tag"),
        pytest.param(DATED_PAGE, date(2025, 6, 1), date(2024, 7, 15), id="page-date-over-ref-date"),
        # The body's "by 2030" and "Copyright 2025" are dates in the text, not the page's.
        pytest.param(PAGE, None, None, id="no-date-is-not-guessed-from-the-text"),
        pytest.param(PAGE, date(2025, 6, 1), date(2025, 6, 1), id="undated-page-takes-ref-date"),
    ],
)
def test_an_html_page_is_dated_by_its_own_metadata(
    tmp_path: Path, page: str, ref_date: date | None, expected: date | None
) -> None:
    (doc,) = iter_documents([write(tmp_path / "page.html", page.encode())], ref_date=ref_date)
    assert doc.error is None and doc.date == expected


def test_a_jsonl_record_without_a_date_is_dated_by_its_address(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "GDP rose.", "url": "https://example.com/business/2012/10/01/gdp.html"},
        {"id": "b", "text": "GDP rose.", "url": "https://example.com/business/2012/10/01/gdp.html",
         "date": "2012-10-02"},
        {"id": "c", "text": "GDP rose.", "url": "https://example.com/story?p=283040"},
        {"id": "d", "text": "GDP rose.", "url": 20121001},
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(json.dumps(line) for line in lines).encode())
    docs = list(iter_documents([path], ref_date=date(2025, 6, 1)))
    assert [(d.id, d.date, d.error) for d in docs] == [
        ("a", date(2012, 10, 1), None),
        ("b", date(2012, 10, 2), None),
        ("c", date(2025, 6, 1), None),
        ("c:4", None, 'bad JSONL line: "url" must be a string'),
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.crainscleveland.com/article/20170830/news/133906/growth", date(2017, 8, 30)),
        ("https://www.france24.com/en/20191125-mexico-fell-in-recession", date(2019, 11, 25)),
        ("https://www.domain-b.com/companies/Volkswagen/20160425_emissions.html",
         date(2016, 4, 25)),
        ("https://sputniknews.com/20221120/inflation-1104446886.html", date(2022, 11, 20)),
        # digits inside a segment, in the query or out of the calendar are no date
        ("https://example.com/link/follow-20170101-p5e6jd", None),
        ("https://example.com/story?d=20170101", None),
        ("https://example.com/20170231/story", None),
        ("https://example.com/1413652090/story", None),
    ],
)
def test_an_address_with_an_undivided_date_dates_its_record(
    tmp_path: Path, url: str, expected: date | None
) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps({"id": "a", "text": "GDP rose.",
                                                   "url": url}).encode())
    (doc,) = iter_documents([path])
    assert doc.error is None and doc.date == expected


@pytest.mark.parametrize(
    ("record", "day", "window"),
    [
        pytest.param({"url": "http://www.theatlantic.com/business/archive/2010/09/gdp/63813/"},
                     None, (date(2010, 9, 1), date(2010, 9, 30)), id="year-and-month"),
        pytest.param({"url": "https://www.hl.co.uk/shares/share-research/202002/nestle"},
                     None, (date(2020, 2, 1), date(2020, 2, 29)), id="six-digit-segment"),
        pytest.param({"url": "https://www.finanznachrichten.de/nachrichten-2020-02/4884-nestle"},
                     None, (date(2020, 2, 1), date(2020, 2, 29)), id="after-a-hyphen"),
        pytest.param({"url": "https://example.com/news/2019/story"}, None,
                     (date(2019, 1, 1), date(2019, 12, 31)), id="year-only"),
        pytest.param({"date": "2020-02"}, None, (date(2020, 2, 1), date(2020, 2, 29)),
                     id="stated-month"),
        pytest.param({"date": "2019"}, None, (date(2019, 1, 1), date(2019, 12, 31)),
                     id="stated-year"),
        pytest.param({"date": "2019", "url": "https://example.com/2019/05/17/story"},
                     date(2019, 5, 17), None, id="an-address-day-beats-a-stated-year"),
        pytest.param({"url": "https://example.com/2010/09/21/story"}, date(2010, 9, 21), None,
                     id="a-day-is-a-date"),
        pytest.param({"url": "https://example.com/amp/85/story-2016-7"}, date(2025, 6, 1), None,
                     id="no-month-or-year-takes-the-reference-date"),
    ],
)
def test_a_month_or_year_bounds_an_undated_record(
    tmp_path: Path, record: dict[str, str], day: date | None, window: tuple[date, date] | None
) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps({"id": "a", "text": "GDP rose.",
                                                   **record}).encode())
    (doc,) = iter_documents([path], ref_date=date(2025, 6, 1))
    assert (doc.error, doc.date, doc.window) == (None, day, window)


def test_html_without_text_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a-empty.htm", b"<html><body><script>x()</script></body></html>")
    write(tmp_path / "b.txt", b"Profits rose 5%.")
    docs = list(iter_documents([tmp_path]))
    assert [(d.id, d.error) for d in docs] == [
        ("a-empty", "no main text found in HTML"),
        ("b", None),
    ]


def test_crlf_and_cr_line_endings_keep_offsets(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Title\r\n\r\nProfit hit $5m.\rSales rose 2%.")
    (doc,) = iter_documents([path])
    assert doc.text == "Title\r\n\r\nProfit hit $5m.\rSales rose 2%."  # nothing rewritten
    assert doc.text[20:23] == "$5m"


def test_a_long_single_line_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", b"Exports rose 5% to $4bn. " * 800_000)  # 20 MB
    (doc,) = iter_documents([path])
    assert doc.error is None and len(doc.text) == 20_000_000


# Robustness: inputs that must not stop a run (issue "Bad input, crashes and hostile data").


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfProfit hit $5m.")
    (doc,) = iter_documents([path])
    assert (doc.text, doc.encoding) == ("Profit hit $5m.", "utf-8-sig")
    assert doc.text[11:14] == "$5m"  # offsets count from the first character, not the BOM


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("Profit hit $5m.".encode("utf-16-le"), id="utf-16-without-bom"),
        pytest.param(b"Profit\x00hit $5m.", id="nul-in-valid-utf-8"),
        pytest.param(b"\x00" * 64, id="all-nul"),
    ],
)
def test_nul_bytes_mean_binary_even_when_valid_utf8(data: bytes) -> None:
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(data)


def test_a_long_single_line_non_utf8_file_decodes_in_linear_time(tmp_path: Path) -> None:
    # The UTF-8 attempt fails only at the last byte, so every decoding step runs over it all.
    path = write(tmp_path / "long.txt", b"Exports rose 5% to $4bn. " * 800_000 + b"\xa3")
    started = time.perf_counter()
    (doc,) = iter_documents([path])
    assert time.perf_counter() - started < 10  # linear: well under a second; quadratic: hours
    assert doc.encoding == "cp1252" and doc.text.endswith("$4bn. £")


def unreadable(path: Path) -> Path:
    path.chmod(0)
    if os.access(path, os.R_OK):
        path.chmod(0o755)
        pytest.skip("this user reads files whatever their mode (root)")
    return path


def test_an_unreadable_file_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    unreadable(write(tmp_path / "a.txt", b"Secret."))
    write(tmp_path / "b.txt", b"Profits rose 5%.")
    try:
        docs = list(iter_documents([tmp_path]))
    finally:
        (tmp_path / "a.txt").chmod(0o644)
    assert [(d.id, d.error) for d in docs] == [
        ("a", "cannot read: Permission denied"),
        ("b", None),
    ]


def test_an_unreadable_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    write(tmp_path / "locked" / "a.txt", b"Secret.")
    write(tmp_path / "open" / "b.txt", b"Profits rose 5%.")
    unreadable(tmp_path / "locked")
    try:
        docs = list(iter_documents([tmp_path]))
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [(d.id, d.error) for d in docs] == [
        ("locked", "cannot read folder: Permission denied"),
        ("open/b", None),
    ]


def test_a_loop_of_links_named_like_inputs_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    write(tmp_path / "c.txt", b"Profits rose 5%.")
    docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[0].error is not None and docs[0].error.startswith("cannot read: ")
    assert docs[2].error is None


def test_a_dangling_link_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (doc,) = iter_documents([tmp_path])
    assert (doc.id, doc.error) == ("gone", "cannot read: No such file or directory")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_in_a_folder_is_reported_instead_of_blocking_the_run(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.txt")
    write(tmp_path / "b.txt", b"Profits rose 5%.")
    docs = list(iter_documents([tmp_path]))
    assert [(d.id, d.error) for d in docs] == [
        ("a", "not a regular file (a pipe, socket or device)"),
        ("b", None),
    ]


def test_an_unreadable_document_does_not_hide_a_readable_one_with_its_id(tmp_path: Path) -> None:
    empty = write(tmp_path / "one" / "a.txt", b"")
    good = write(tmp_path / "two" / "a.txt", b"Profits rose 5%.")
    docs = list(iter_documents([empty, good]))
    assert [(d.source, d.error) for d in docs] == [
        (str(empty), "empty file"),
        (str(good), None),
    ]


# HTML pages.


MAGAZINE_PAGE = """<!DOCTYPE html><html><head><title>Tech</title>
<style>.menu { color: red }</style><script>window.ads = ["Buy now for $9.99"];</script></head>
<body><div class="menu"><a href="/">Home</a> | <a href="/deals">Deals under $5</a></div>
<div class="post"><h2>Startups raise record sums</h2>
<p>Venture funding for local startups reached $350 million in 2024, twice the year before.</p>
<p>More than 40 firms closed rounds, according to the industry association's annual survey.</p>
</div>
<div id="comments"><h3>LEAVE A REPLY</h3><p>Great article, I read it 3 times!</p></div>
<div class="footer">Visited 12 times | Share on social media</div></body></html>"""


def test_html_menus_scripts_and_comment_sections_are_dropped(tmp_path: Path) -> None:
    path = write(tmp_path / "post.htm", MAGAZINE_PAGE.encode())
    (doc,) = iter_documents([path])
    assert doc.error is None and doc.encoding == "utf-8 (html)"
    assert "reached $350 million in 2024" in doc.text
    assert "More than 40 firms" in doc.text
    for furniture in ("$9.99", "Deals under", "LEAVE A REPLY", "3 times", "Visited 12"):
        assert furniture not in doc.text


def test_html_in_windows_1252_is_decoded_before_extraction(tmp_path: Path) -> None:
    page = MAGAZINE_PAGE.replace("$350 million", "£350 million").encode("cp1252")
    (doc,) = iter_documents([write(tmp_path / "post.html", page)])
    assert doc.encoding == "cp1252 (html)" and "£350 million" in doc.text


def test_broken_html_pages_do_not_stop_a_run(tmp_path: Path) -> None:
    write(tmp_path / "1-truncated.html",
          b"<html><body><article><p>Profits rose 5% to $4bn in the year to March, the "
          b"company said on Monday.</p><p>Sales grew in every reg")
    write(tmp_path / "2-binary.html", b"\x1f\x8b\x08\x00" + bytes(range(256)))
    write(tmp_path / "3-doctype-only.html", b"<!DOCTYPE html>")
    write(tmp_path / "4-deep.html", b"<div>" * 100_000 + b"<p>Profits of $5m.</p>")
    write(tmp_path / "5-good.txt", b"Profits rose 5%.")
    docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["1-truncated", "2-binary", "3-doctype-only", "4-deep", "5-good"]
    assert docs[0].error is None and "Profits rose 5% to $4bn" in docs[0].text
    assert docs[1].error == "binary file, not text"
    assert docs[2].error == docs[3].error == "no main text found in HTML"
    assert docs[4].error is None


class BrokenExtractor:
    """A trafilatura whose extraction fails as a broken install makes it fail."""

    @staticmethod
    def extract(*args: object, **kwargs: object) -> str:
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\n"
                          "Install lxml[html-clean] or lxml_html_clean directly.")


@pytest.mark.parametrize(
    "module",
    [
        pytest.param(None, id="extractor-cannot-be-imported"),
        pytest.param(BrokenExtractor, id="extractor-raises"),
    ],
)
def test_a_failing_html_extractor_fails_that_page_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: object
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", module)
    write(tmp_path / "a.html", PAGE.encode())
    write(tmp_path / "b.txt", b"Profits rose 5%.")
    page, text = iter_documents([tmp_path])
    assert page.error is not None and page.error.startswith("cannot extract HTML text: ")
    assert "\n" not in page.error
    assert (text.error, text.text) == (None, "Profits rose 5%.")


# Hostile inputs: each is one document's one-line error, and the documents after it are read.


def test_a_lone_surrogate_in_a_jsonl_record_fails_that_record(tmp_path: Path) -> None:
    lines = ['{"id": "a", "text": "Sales \\ud800 rose 5%."}',
             '{"id": "b\\udc80", "text": "Sales rose 5%."}',
             '{"id": "c", "text": "Profits rose 5%."}']
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines).encode())
    docs = list(iter_documents([path]))
    assert [d.error for d in docs] == [
        "text is not valid Unicode (a lone surrogate, U+D800, at character 6)",
        "id is not valid Unicode (it holds a lone surrogate)",
        None,
    ]
    assert docs[1].id == "b\\udc80"  # shown escaped, so that it can be written
    assert docs[2].text == "Profits rose 5%."


def test_a_file_name_that_is_not_utf8_fails_that_file(tmp_path: Path) -> None:
    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Sales rose 5%.")
    write(tmp_path / "good.txt", b"Profits rose 5%.")
    bad, good = iter_documents([tmp_path])
    assert bad.error == "file name is not valid UTF-8"
    assert bad.id == "caf\\udce9" and bad.source.endswith("caf\\udce9.txt")
    assert good.error is None


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda path: os.mkfifo(path), id="pipe"),
        pytest.param(lambda path: os.symlink("/dev/zero", path), id="endless-device"),
    ],
)
@pytest.mark.parametrize("name", ["named.txt", "named.jsonl"])
def test_what_is_not_a_regular_file_is_refused_when_named(
    tmp_path: Path, make: Callable[[Path], None], name: str
) -> None:
    make(tmp_path / name)
    (doc,) = iter_documents([tmp_path / name])
    assert doc.error == "not a regular file (a pipe, socket or device)"


@pytest.mark.parametrize(
    ("size", "error"),
    [
        pytest.param(100, None, id="at-the-limit"),
        pytest.param(101, "larger than 100 bytes (raise --max-bytes to read it)", id="over"),
    ],
)
def test_a_file_over_max_bytes_is_refused(tmp_path: Path, size: int, error: str | None) -> None:
    path = write(tmp_path / "a.txt", b"x" * size)
    (doc,) = iter_documents([path], max_bytes=100)
    assert doc.error == error


def test_a_jsonl_line_over_max_bytes_is_skipped_and_the_next_is_read(tmp_path: Path) -> None:
    long = json.dumps({"id": "long", "text": "word " * 1000})
    path = write(tmp_path / "c.jsonl", f'{long}\n{{"id": "short", "text": "Rose 5%."}}\n'.encode())
    docs = list(iter_documents([path], max_bytes=200))
    assert [(d.id, d.source, d.error) for d in docs] == [
        ("c:1", f"{path}:1", "larger than 200 bytes (raise --max-bytes to read it)"),
        ("short", f"{path}:2", None),
    ]


def test_a_folder_tree_of_any_depth_is_walked(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1500):  # deeper than Python's recursion limit (and than mkdir(parents=True))
        deep /= "d"
        deep.mkdir()
    (deep / "bottom.txt").write_bytes(b"Profits rose 5%.")
    try:
        (doc,) = iter_documents([tmp_path])
        assert doc.error is None and doc.id.endswith("d/bottom")
    finally:  # shutil.rmtree, which pytest cleans up with, recurses
        (deep / "bottom.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


@pytest.mark.parametrize(
    "link",
    [
        pytest.param(lambda path: path.symlink_to(path), id="link-loop"),
        pytest.param(lambda path: path.symlink_to(path.parent / "gone.txt"), id="dangling-link"),
    ],
)
def test_a_named_file_that_cannot_be_read_is_reported_as_inside_a_folder(
    tmp_path: Path, link: Callable[[Path], None]
) -> None:
    link(tmp_path / "a.txt")
    write(tmp_path / "b.txt", b"Profits rose 5%.")
    named = [(d.id, d.error) for d in iter_documents([tmp_path / "a.txt", tmp_path / "b.txt"])]
    walked = [(d.id, d.error) for d in iter_documents([tmp_path])]
    assert named == walked
    assert named[0][1] is not None and named[0][1].startswith("cannot read: ")


# The output folder must not be one claimx reads back.


@pytest.mark.parametrize(
    ("inputs", "out", "refused"),
    [
        pytest.param(["corpus"], "corpus/outputs", True, id="inside-input-folder"),
        pytest.param(["corpus"], "corpus/deep/er/outputs", True, id="deep-inside"),
        pytest.param(["corpus"], "corpus", True, id="same-folder"),
        pytest.param(["corpus"], "corpus/new", True, id="inside-not-yet-made"),
        pytest.param(["corpus"], "corpus/.claimx", False, id="hidden-never-walked"),
        pytest.param(["corpus"], "outputs", False, id="beside"),
        pytest.param(["corpus/a.txt"], "corpus/outputs", False, id="input-file-named-directly"),
        pytest.param(["corpus/sub"], "corpus", False, id="input-inside-output"),
        pytest.param(["corpus/claims.jsonl"], "corpus", True, id="input-is-an-output-file"),
        pytest.param(["corpus", "other"], "other/out", True, id="second-input"),
    ],
)
def test_check_output_folder(tmp_path: Path, inputs: list[str], out: str, refused: bool) -> None:
    write(tmp_path / "corpus" / "a.txt", b"A.")
    write(tmp_path / "corpus" / "claims.jsonl", b"")
    write(tmp_path / "corpus" / "sub" / "b.txt", b"B.")
    (tmp_path / "other").mkdir()
    paths = [tmp_path / name for name in inputs]
    if refused:
        with pytest.raises(InputError, match="choose another -o"):
            check_output_folder(paths, tmp_path / out)
    else:
        check_output_folder(paths, tmp_path / out)


def test_check_output_folder_sees_through_links(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "corpus" / "outputs")
    with pytest.raises(InputError, match="inside input folder"):
        check_output_folder([tmp_path / "corpus"], tmp_path / "out")


def test_a_jsonl_record_keeps_its_address_s_country_code_domain(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Qantas made $2.5bn.",
         "url": "https://www.brisbanetimes.com.au/business/companies/qantas-20230823.html"},
        {"id": "b", "text": "Qantas made $2.5bn.", "url": "https://wsau.com/?p=594755"},
        {"id": "c", "text": "Qantas made $2.5bn."},
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(json.dumps(line) for line in lines).encode())
    assert [d.domain for d in iter_documents([path])] == ["au", None, None]
