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

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# The files an extract run writes into its output folder (extract.py names them too; an input
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
CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}
# How much of a file the binary sniffing looks at: enough for any header, and constant, so
# that sniffing a huge file costs nothing.
SNIFF_BYTES = 8192


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

    @property
    def sha256(self) -> str | None:
        """Content hash of the decoded text (None for an unreadable document)."""
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
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def looks_binary(data: bytes) -> bool:
    """True for data that is not plausibly text in any 8-bit encoding."""
    sample = data[:SNIFF_BYTES]
    if data.startswith(BINARY_SIGNATURES) or b"\0" in sample:
        return True
    controls = sum(1 for byte in sample if byte in CONTROL_BYTES)
    return controls > len(sample) // 10


def parse_date(value: Any, where: str) -> date | None:
    """A publication date given as YYYY-MM-DD (or None)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: date must be a YYYY-MM-DD string, got {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ValueError(f"{where}: date must be YYYY-MM-DD, got {value!r}") from exc


def read_text_file(path: Path, doc_id: str, ref_date: date | None) -> Document:
    """One text file as a Document (with an error instead of text when it cannot be read)."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id, source, error=f"cannot read: {exc.strerror or exc}")
    if not data or data.isspace():  # isspace stops at the first other byte; strip would copy
        return Document(doc_id, source, error="empty file")
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        return Document(doc_id, source, error=str(exc))
    return Document(doc_id, source, text=text, date=ref_date, encoding=encoding)


def read_html_file(path: Path, doc_id: str, ref_date: date | None) -> Document:
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
    document = read_text_file(path, doc_id, ref_date)
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
    return Document(doc_id, str(path), text=text, date=ref_date,
                    encoding=f"{document.encoding} (html)")


def read_jsonl_corpus(path: Path, ref_date: date | None) -> Iterator[Document]:
    """Documents of a JSONL corpus: one ``{"id", "text", "date"?}`` object per line."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Document(path.stem, source, error=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                record = json.loads(raw.decode("utf-8-sig"))
                if not isinstance(record, dict):
                    raise ValueError("a line must be a JSON object")
                doc_id, text = record.get("id"), record.get("text")
                if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or doc_id == "":
                    raise ValueError('"id" must be a non-empty string or integer')
                if not isinstance(text, str):
                    raise ValueError('"text" must be a string')
                doc_date = parse_date(record.get("date"), where) or ref_date
            except (ValueError, UnicodeDecodeError) as exc:
                message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield Document(f"{path.stem}:{lineno}", where, error=f"bad JSONL line: {message}")
                continue
            yield Document(str(doc_id), where, text=text, date=doc_date, encoding="utf-8")


def walk_folder(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Input files under a folder, recursively, in sorted order, each as ``(path, None)``.

    What cannot be walked or read is yielded as ``(path, reason)`` so that it is reported, not
    silently dropped: a folder that cannot be listed, an input-named entry that cannot be
    looked at (a dangling link, a link loop), an input-named pipe, socket or device (reading
    one would block the run). Hidden entries are skipped; a folder reached twice through
    symbolic links is walked once, so a link to an enclosing folder ends.
    """
    seen: set[tuple[int, int]] = set()

    def walk(current: Path, info: os.stat_result) -> Iterator[tuple[Path, str | None]]:
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
                yield from walk(path, entry_info)
            elif is_input and stat.S_ISREG(entry_info.st_mode):
                yield path, None
            elif is_input:
                yield path, "not a regular file (a pipe, socket or device)"

    try:
        top = folder.stat()
    except OSError as exc:
        yield folder, f"cannot read folder: {exc.strerror or exc}"
        return
    yield from walk(folder, top)


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The input paths, each checked to exist (raise InputError naming the first missing)."""
    checked = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {raw}")
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
        path = Path(raw).resolve()
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


def iter_documents(paths: Iterable[str | Path], ref_date: date | None = None) -> Iterator[Document]:
    """Every document of the inputs, streamed, in a deterministic order.

    A file's id is its path relative to the input folder it was found in, without suffix
    (the stem for a file named directly); a JSONL record's id is its ``id``. An id is held by
    the first readable document that has it: a later readable one is reported as an error
    naming both sources and skipped, so claims never mix two documents. An unreadable
    document holds no id (it has no claims), so it never hides a readable namesake.
    """
    seen: dict[str, str] = {}
    for path in check_inputs(paths):
        for doc in _documents_of(path, ref_date):
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


def _documents_of(path: Path, ref_date: date | None) -> Iterator[Document]:
    if path.is_dir():
        for found, error in walk_folder(path):
            if error is not None:
                yield Document(_folder_id(found, path), str(found), error=error)
            else:
                yield from _documents_of_file(found, _folder_id(found, path), ref_date)
    else:
        yield from _documents_of_file(path, path.stem, ref_date)


def _folder_id(found: Path, folder: Path) -> str:
    """The id of a path found in an input folder: its path there, without an input suffix."""
    if found == folder:  # the input folder itself could not be listed
        return folder.resolve().name or str(folder)
    relative = found.relative_to(folder)
    if relative.name.lower().endswith(INPUT_SUFFIXES):
        relative = relative.with_suffix("")
    return relative.as_posix()


def _documents_of_file(path: Path, doc_id: str, ref_date: date | None) -> Iterator[Document]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_corpus(path, ref_date)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path, doc_id, ref_date)
    else:
        yield read_text_file(path, doc_id, ref_date)
