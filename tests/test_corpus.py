"""Reading and decoding input documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.corpus import InputError, decode_bytes, iter_documents


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param("£4.6bn".encode(), "£4.6bn", "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf$4bn", "$4bn", "utf-8-sig", id="utf-8-bom"),
        pytest.param(b"\xa34.6bn", "£4.6bn", "cp1252", id="cp1252-pound"),
        pytest.param(b"caf\xe9 \x93quoted\x94", "café “quoted”", "cp1252", id="cp1252-quotes"),
        pytest.param(b"a\x81b", "a\x81b", "latin-1", id="latin-1-undefined-in-cp1252"),
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
