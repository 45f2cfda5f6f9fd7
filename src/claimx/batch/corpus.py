"""Finding and decoding input documents: files, folders and JSONL corpora.

Decoding rule (documented in the README): a byte-order mark wins; else a NUL byte in the
first 8 KiB means binary (UTF-16 without a byte-order mark too: text files have no NUL bytes);
else strict UTF-8; else, if the bytes look binary (a known binary signature, or more than 10%
control characters), the file is reported and skipped; else Windows-1252, whose printable range
covers Latin-1 text such as the pound sign byte 0xA3; bytes that Windows-1252 leaves undefined
fall back to Latin-1. Text is never altered after decoding (CRLF and CR stay as they are), so
every character offset in the outputs indexes the decoded text exactly. Every step is one pass
over the bytes or a look at the first 8 KiB: a 20 MB one-line file decodes in a tenth of a
second.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# The files an extract run writes into its output folder (run.py names them too; an input
# file that is one of them would be read, then overwritten).
OUTPUT_FILES = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")

# Signatures of common binary formats that can sit in a folder of articles by mistake.
BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\x1f\x8b",  # gzip
    b"PK\x03\x04",  # zip, docx, xlsx
    b"%PDF",
    b"\xff\xd8\xff",  # jpeg
    b"GIF8",
    b"\x7fELF",
)
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
NOT_REGULAR = "not a regular file (a pipe, socket or device)"
CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}
# The largest document claimx reads (--max-bytes): far above any article, and a bound on what
# a file that never ends (a device, a runaway log) can take before it is refused.
MAX_BYTES = 100_000_000
COUNTRY_CODE_LETTERS = 2  # a country-code top-level domain: "au", "nz", "ca"
# Read size when skipping the rest of an over-long JSONL line.
SKIP_CHUNK = 1 << 20
# How much of a file the binary sniffing looks at: enough for any header, and constant, so
# that sniffing a huge file costs nothing.
SNIFF_BYTES = 8192
# What htmldate reads when a document has an address but no page (a JSONL record's "url").
EMPTY_PAGE = "<html><body></body></html>"
# The latest publication date read from a page (htmldate's default is today's date, which
# would make a run's outputs depend on the day it runs).
LATEST_PAGE_DATE = "2099-12-31"
# A date written as eight digits at the start of an address's path segment ("/20170830/",
# "/20191125-mexico-...", "/20160425_emissions.html"), which htmldate reads only with
# separators. Inside a segment ("follow-20170101") or in the query, digits are an id.
COMPACT_ADDRESS_DATE = re.compile(
    r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


# An address that dates its page only to a month ("/2010/09/second-quarter", "/202002/",
# "nachrichten-2020-02/") or a year ("/2019/some-story"): the page came out within it. The
# month follows its year in a segment of its own, as six digits that are a whole segment,
# or after a hyphen; the year is a whole segment.
ADDRESS_MONTH = re.compile(
    r"/((?:19|20)\d\d)/?(0[1-9]|1[0-2])(?=/)|[/-]((?:19|20)\d\d)-(0[1-9]|1[0-2])(?=/)"
)
ADDRESS_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/)")
# A publication date stated to the month or the year only ("2020-02", "2019").
PARTIAL_DATE = re.compile(r"((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?")

Window = tuple[date, date]  # the first and last day a document may have come out on


class InputError(ValueError):
    """An input path that cannot be used at all (a usage error, reported before the run)."""


@dataclass(frozen=True)
class Document:
    """One input document, or the record of why it could not be read."""

    id: str
    source: str
    text: str = ""
    date: date | None = None
    encoding: str | None = None
    error: str | None = None
    # with no date, the month or year it came out in, when that is known
    window: Window | None = None
    # the country-code domain of its address ("au" for brisbanetimes.com.au), when known
    domain: str | None = None

    @cached_property
    def sha256(self) -> str | None:
        """Content hash of the decoded text (None for an unreadable document); the run
        asks for it several times, so it is computed once."""
        if self.error is not None:
            return None
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes by the module's rule; raise ValueError for binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\0" in data[:SNIFF_BYTES]:
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise ValueError("binary file, not text")
    return data.decode("cp1252", errors=LATIN1_FALLBACK), "cp1252"


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    """Windows-1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): each is read
    as Latin-1 (the C1 control it names there), alone, so the rest of the file keeps its
    Windows-1252 reading (0x80 stays the euro sign)."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


LATIN1_FALLBACK = "claimx-latin1-for-undefined"
codecs.register_error(LATIN1_FALLBACK, _latin1_for_undefined)


def looks_binary(data: bytes) -> bool:
    """True for data that is not plausibly text in any 8-bit encoding."""
    sample = data[:SNIFF_BYTES]
    if data.startswith(BINARY_SIGNATURES) or b"\0" in sample:
        return True
    controls = sum(1 for byte in sample if byte in CONTROL_BYTES)
    return controls > len(sample) // 10


def document_date(value: Any, where: str) -> date | None:
    """A document's publication date from its metadata: YYYY-MM-DD (or None when absent, or
    stated to the month or year only: :func:`document_window`)."""
    if value in (None, "") or document_window(value) is not None:
        return None
    if not isinstance(value, str):
        raise ValueError(
            f"{where}: date must be a YYYY-MM-DD (or YYYY-MM, YYYY) string, got {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ValueError(
            f"{where}: date must be YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}") from exc


def document_window(value: Any) -> Window | None:
    """The month or year a document's metadata states as its date ("2020-02", "2019"), or
    None (no date, or a full one: :func:`document_date` reads that)."""
    if not isinstance(value, str) or (match := PARTIAL_DATE.fullmatch(value)) is None:
        return None
    return _window(int(match[1]), int(match[2]) if match[2] else None)


def address_domain(url: str) -> str | None:
    """The country-code top-level domain of an address ("au" for
    "https://www.brisbanetimes.com.au/business/..."), lower-cased; None for a generic one
    (".com") or an address without a host."""
    host = urlsplit(url).hostname or ""
    last = host.rsplit(".", 1)[-1] if "." in host else ""
    return last if len(last) == COUNTRY_CODE_LETTERS and last.isalpha() else None


def address_window(url: str) -> Window | None:
    """The month, else the year, an address dates its page to, or None."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    month = ADDRESS_MONTH.search(path)
    if month is not None:
        year, number = (month[1], month[2]) if month[1] else (month[3], month[4])
        return _window(int(year), int(number))
    year_only = ADDRESS_YEAR.search(path)
    return _window(int(year_only[1]), None) if year_only is not None else None


def _window(year: int, month: int | None) -> Window:
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def page_date(html: str | None, url: str | None) -> date | None:
    """A page's publication date from its own metadata, or None when it gives none.

    Read by htmldate (the date extractor trafilatura itself uses, maintained with it): the
    page's date meta tags, its JSON-LD and the date in its address ("/2012/10/01/"), with the
    original publication date preferred to a modified one; an address whose date has no
    separators ("/20170830/") is read here when htmldate finds nothing. The quick search
    only: htmldate's extensive search guesses from dates written in the text, which in a news
    story are the dates of the events it reports. The latest date it accepts is fixed, not
    today, so that a run gives the same outputs whatever day it runs.
    """
    if not html and not url:
        return None
    try:
        # Imported on the first page or address only, inside the guard: a broken install or a
        # page htmldate cannot read costs that page its date, never the run.
        import htmldate

        found = htmldate.find_date(html or EMPTY_PAGE, url=url, extensive_search=False,
                                   original_date=True, max_date=LATEST_PAGE_DATE)
    except Exception:
        return None
    if found:
        return date.fromisoformat(found)
    return compact_address_date(url) if url else None


def compact_address_date(url: str) -> date | None:
    """The date an address writes as eight digits opening a path segment, or None."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in COMPACT_ADDRESS_DATE.finditer(path):
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:  # 20190231
            continue
        if day.isoformat() <= LATEST_PAGE_DATE:
            return day
    return None


def open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading; raise ValueError when it is not a regular file.

    Opened without blocking, then looked at: opening a pipe for reading would wait for a
    writer, and a device (``/dev/zero``) never ends.
    """
    handle = os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb")
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        raise ValueError(NOT_REGULAR)
    return handle


def too_large(max_bytes: int) -> str:
    """The error of a document over the size limit."""
    return f"larger than {max_bytes:,} bytes (raise --max-bytes to read it)"


def read_text_file(
    path: Path, doc_id: str, ref_date: date | None, max_bytes: int = MAX_BYTES
) -> Document:
    """One text file as a Document (with an error instead of text when it cannot be read,
    is not a regular file, or holds more than ``max_bytes``)."""
    source = str(path)
    try:
        with open_regular(path) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Document(doc_id, source, error=f"cannot read: {exc.strerror or exc}")
    except ValueError as exc:
        return Document(doc_id, source, error=str(exc))
    if len(data) > max_bytes:
        return Document(doc_id, source, error=too_large(max_bytes))
    if not data or data.isspace():  # isspace stops at the first other byte; strip would copy
        return Document(doc_id, source, error="empty file")
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        return Document(doc_id, source, error=str(exc))
    return Document(doc_id, source, text=text, date=ref_date, encoding=encoding)


def read_html_file(
    path: Path, doc_id: str, ref_date: date | None, max_bytes: int = MAX_BYTES
) -> Document:
    """An HTML page as a Document whose text is the page's main text.

    Main-text extraction (dropping navigation, scripts, footers, comment sections) is done
    by trafilatura, a maintained library built for exactly this on news pages; offsets in
    the outputs index the extracted text. The encoding is recorded as "<encoding> (html)".
    The bytes are decoded by this module's rule, as for text files, not by the page's own
    charset declaration.

    trafilatura over selectolax, measured on a small news page with a menu, a comment section
    and a footer: trafilatura imports in 0.25-0.35 s and reads the page in 1.2-1.8 ms (about
    1 s per MB on large pages), selectolax (lexbor) in 0.02 s and 0.1 ms; but selectolax only
    parses, so its text kept the menu and the comments unless a hand-kept list of tags and
    class names dropped them, while trafilatura returned the article alone. Next to the spaCy
    pipeline's time per article, trafilatura's cost does not show.
    """
    document = read_text_file(path, doc_id, ref_date, max_bytes)
    if document.error is not None:
        return document
    try:
        # Imported on the first HTML input only (the import is most of its cost), and inside
        # the guard: an extractor that cannot even be imported (a dependency missing from a
        # broken install) fails this document, not the run.
        import trafilatura

        text = trafilatura.extract(
            document.text, include_comments=False, include_tables=True, favor_recall=True
        )
    except Exception as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return Document(doc_id, str(path), error=f"cannot extract HTML text: {reason}")
    if not text or not text.strip():
        return Document(doc_id, str(path), error="no main text found in HTML")
    return Document(doc_id, str(path), text=text, date=page_date(document.text, None) or ref_date,
                    encoding=f"{document.encoding} (html)")


def read_jsonl_corpus(
    path: Path, ref_date: date | None, max_bytes: int = MAX_BYTES
) -> Iterator[Document]:
    """Documents of a JSONL corpus: one ``{"id", "text", "date"?, "url"?}`` object per line (a
    line over ``max_bytes`` is reported and skipped without being held). A record without a
    date is dated by its address when the address holds one."""
    source = str(path)
    try:
        handle = open_regular(path)
    except OSError as exc:
        yield Document(path.stem, source, error=f"cannot read: {exc.strerror or exc}")
        return
    except ValueError as exc:
        yield Document(path.stem, source, error=str(exc))
        return
    with handle:
        lineno = 0
        while raw := handle.readline(max_bytes + 1):
            lineno += 1
            where = f"{source}:{lineno}"
            if len(raw) > max_bytes:
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(SKIP_CHUNK)
                yield Document(f"{path.stem}:{lineno}", where, error=too_large(max_bytes))
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
                if not isinstance(record, dict):
                    raise ValueError("a line must be a JSON object")
                doc_id, text = record.get("id"), record.get("text")
                if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or doc_id == "":
                    raise ValueError('"id" must be a non-empty string or integer')
                if not isinstance(text, str):
                    raise ValueError('"text" must be a string')
                url = record.get("url")
                if url is not None and not isinstance(url, str):
                    raise ValueError('"url" must be a string')
                stated = record.get("date")
                doc_date = document_date(stated, where) or page_date(None, url)
                # a month or a year only, stated or in the address, bounds an undated
                # document's date: it takes no reference date
                window = None if doc_date is not None else (
                    document_window(stated) or (address_window(url) if url else None))
                if window is None:
                    doc_date = doc_date or ref_date
            except (ValueError, UnicodeDecodeError) as exc:
                message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield Document(f"{path.stem}:{lineno}", where, error=f"bad JSONL line: {message}")
                continue
            yield Document(str(doc_id), where, text=text, date=doc_date, encoding="utf-8",
                           window=window, domain=address_domain(url) if url else None)


def walk_folder(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Input files under a folder, recursively, in sorted order, each as ``(path, None)``.

    What cannot be walked or read is yielded as ``(path, reason)`` so that it is reported, not
    silently dropped: a folder that cannot be listed, an input-named entry that cannot be
    looked at (a dangling link, a link loop), an input-named pipe, socket or device (reading
    one would block the run). Hidden entries are skipped; a folder reached twice through
    symbolic links is walked once, so a link to an enclosing folder ends. The walk keeps its
    own stack of open folders, so no depth of nesting exhausts Python's recursion limit.
    """
    seen: set[tuple[int, int]] = set()
    try:
        top = folder.stat()
    except OSError as exc:
        yield folder, f"cannot read folder: {exc.strerror or exc}"
        return
    stack = [_folder_entries(folder, top, seen)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry[1], os.stat_result):
            stack.append(_folder_entries(entry[0], entry[1], seen))
        else:
            yield entry[0], entry[1]


def _folder_entries(
    current: Path, info: os.stat_result, seen: set[tuple[int, int]]
) -> Iterator[tuple[Path, str | os.stat_result | None]]:
    """One folder's entries in sorted order: ``(path, None)`` an input file, ``(path,
    reason)`` one that cannot be read, ``(path, stat)`` a subfolder to walk."""
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return
    seen.add(key)
    try:
        with os.scandir(current) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError as exc:
        yield current, f"cannot read folder: {exc.strerror or exc}"
        return
    for name in names:
        if name.startswith("."):
            continue
        path = current / name
        is_input = name.lower().endswith(INPUT_SUFFIXES)
        try:
            entry_info = path.stat()
        except OSError as exc:
            if is_input:
                yield path, f"cannot read: {exc.strerror or exc}"
            continue
        if stat.S_ISDIR(entry_info.st_mode):
            yield path, entry_info
        elif is_input and stat.S_ISREG(entry_info.st_mode):
            yield path, None
        elif is_input:
            yield path, NOT_REGULAR


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The input paths, each checked to exist (raise InputError naming the first missing).

    Only a path that is not there at all is a usage error: one that is there but cannot be
    read (no permission, a dangling link, a link loop) is reported as a document and the run
    goes on, as it would be inside a folder.
    """
    checked = []
    for raw in paths:
        path = Path(raw)
        try:
            path.lstat()
        except (FileNotFoundError, NotADirectoryError):
            raise InputError(f"no such file or folder: {raw}") from None
        except OSError:
            pass  # it is there; reading it reports why it cannot be read, as inside a folder
        checked.append(path)
    return checked


def check_output_folder(
    paths: Iterable[str | Path], out_dir: Path, *, writes: Iterable[str] = OUTPUT_FILES
) -> None:
    """Refuse (raise InputError) an output folder whose files claimx would read as input.

    Outputs are .jsonl files, and .jsonl is an input format: an output folder inside an input
    folder would feed one run's claims to the next, and an input file that is one of the files
    the run ``writes`` would be read and then overwritten. Allowed: an output folder that the
    walk never enters (a hidden one, ``corpus/.claimx``), one beside the inputs, and one that
    holds input files named directly (``claimx extract out/corpus.jsonl -o out``). Paths are
    compared after resolving symbolic links; a link inside an input folder that points to
    the output folder is not looked for (that would mean walking the whole input tree).
    """
    target = out_dir.resolve()
    written = {target / name for name in writes}
    for raw in paths:
        path = Path(os.path.realpath(raw))  # Path.resolve raises on a link loop; this does not
        if path in written:
            raise InputError(
                f"input {raw} is an output of this run (in output folder {out_dir}): claimx "
                "would read it and then overwrite it; choose another -o"
            )
        if not path.is_dir() or not target.is_relative_to(path):
            continue
        inside = target.relative_to(path).parts
        if not any(part.startswith(".") for part in inside):
            raise InputError(
                f"output folder {out_dir} is inside input folder {raw}: claimx would read its "
                "own outputs next time; choose another -o"
            )


def iter_documents(
    paths: Iterable[str | Path], ref_date: date | None = None, *, max_bytes: int = MAX_BYTES
) -> Iterator[Document]:
    """Every document of the inputs, streamed, in a deterministic order.

    A file's id is its path relative to the input folder it was found in, without suffix
    (the stem for a file named directly); a JSONL record's id is its ``id``. An id is held by
    the first readable document that has it: a later readable one is reported as an error
    naming both sources and skipped, so claims never mix two documents. An unreadable
    document holds no id (it has no claims), so it never hides a readable namesake.
    """
    seen: dict[str, str] = {}
    for path in check_inputs(paths):
        for found in _documents_of(path, ref_date, max_bytes):
            doc = valid_unicode(found)
            if doc.error is None:
                if doc.id in seen:
                    yield Document(
                        doc.id,
                        doc.source,
                        error=f"duplicate document id {doc.id!r}: also in {seen[doc.id]}",
                    )
                    continue
                seen[doc.id] = doc.source
            yield doc


def _documents_of(path: Path, ref_date: date | None, max_bytes: int) -> Iterator[Document]:
    if path.is_dir():
        for found, error in walk_folder(path):
            if error is not None:
                yield Document(_folder_id(found, path), str(found), error=error)
            else:
                yield from _documents_of_file(found, _folder_id(found, path), ref_date, max_bytes)
    else:
        yield from _documents_of_file(path, path.stem, ref_date, max_bytes)


def _folder_id(found: Path, folder: Path) -> str:
    """The id of a path found in an input folder: its path there, without an input suffix."""
    if found == folder:  # the input folder itself could not be listed
        return folder.resolve().name or str(folder)
    relative = found.relative_to(folder)
    if relative.name.lower().endswith(INPUT_SUFFIXES):
        relative = relative.with_suffix("")
    return relative.as_posix()


def _documents_of_file(
    path: Path, doc_id: str, ref_date: date | None, max_bytes: int
) -> Iterator[Document]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_corpus(path, ref_date, max_bytes)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path, doc_id, ref_date, max_bytes)
    else:
        yield read_text_file(path, doc_id, ref_date, max_bytes)


def valid_unicode(doc: Document) -> Document:
    """``doc``, or an error record when its id, source or text cannot be written as UTF-8.

    A file name that is not valid UTF-8 reaches Python with its bad bytes as lone surrogates
    (\\udcXX), and JSON allows a lone surrogate in a string (``"\\ud800"``); neither can be
    written to a UTF-8 output, hashed or cached. The record shows them as escapes.
    """
    problem = None
    if _unencodable_at(doc.source) is not None:
        problem = "file name is not valid UTF-8"
    elif _unencodable_at(doc.id) is not None:
        problem = "id is not valid Unicode (it holds a lone surrogate)"
    elif (at := _unencodable_at(doc.text)) is not None:
        problem = (f"text is not valid Unicode (a lone surrogate, U+{ord(doc.text[at]):04X}, "
                   f"at character {at})")
    if problem is None:
        return doc
    if doc.error is not None:
        problem = f"{doc.error} ({problem})"
    return Document(escaped(doc.id), escaped(doc.source), error=problem)


def _unencodable_at(value: str) -> int | None:
    """Where the first character that UTF-8 cannot hold stands in ``value`` (or None)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def escaped(value: str) -> str:
    """``value`` with what UTF-8 cannot hold (lone surrogates) written as backslash escapes."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")
