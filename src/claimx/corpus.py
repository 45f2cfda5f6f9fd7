"""Finding and decoding input documents: files, folders and JSONL corpora.

Decoding rule (documented in the README): a byte-order mark wins; else strict UTF-8; else, if
the bytes look binary (a NUL byte, a known binary signature, or more than 10% control
characters), the file is reported and skipped; else Windows-1252, whose printable range covers
Latin-1 text such as the pound sign byte 0xA3; bytes that Windows-1252 leaves undefined fall
back to Latin-1. Text is never altered after decoding (CRLF stays CRLF), so every character
offset in the outputs indexes the decoded text exactly.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

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
    if data.startswith(BINARY_SIGNATURES) or b"\0" in data[:8192]:
        return True
    sample = data[:8192]
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
    if not data.strip():
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
    """
    document = read_text_file(path, doc_id, ref_date)
    if document.error is not None:
        return document
    import trafilatura  # imported on first HTML input: it takes a third of a second

    try:
        text = trafilatura.extract(
            document.text, include_comments=False, include_tables=True, favor_recall=True
        )
    except Exception as exc:
        return Document(doc_id, str(path), error=f"cannot extract HTML text: {exc}")
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


def walk_folder(folder: Path) -> Iterator[Path]:
    """Input files under a folder, recursively, in sorted order; symlink loops are skipped."""
    seen: set[tuple[int, int]] = set()

    def walk(current: Path) -> Iterator[Path]:
        try:
            stat = current.stat()
        except OSError:
            return
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                yield from walk(path)
            elif entry.name.lower().endswith(INPUT_SUFFIXES):
                yield path

    yield from walk(folder)


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The input paths, each checked to exist (raise InputError naming the first missing)."""
    checked = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {raw}")
        checked.append(path)
    return checked


def check_output_folder(paths: Iterable[str | Path], out_dir: Path) -> None:
    """Refuse an output folder that claimx would read back as input.

    Outputs are .jsonl files, which are inputs too: an output folder inside an input folder
    would feed a run's claims to the next run. (A hidden folder is never walked, so
    ``corpus/.claimx`` is allowed.)
    """
    target = out_dir.resolve()
    for raw in paths:
        folder = Path(raw).resolve()
        if not folder.is_dir() or not target.is_relative_to(folder):
            continue
        inside = target.relative_to(folder).parts
        if not any(part.startswith(".") for part in inside):
            raise InputError(
                f"output folder {out_dir} is inside input folder {raw}: claimx would read its "
                "own outputs next time; choose another -o"
            )


def iter_documents(paths: Iterable[str | Path], ref_date: date | None = None) -> Iterator[Document]:
    """Every document of the inputs, streamed, in a deterministic order.

    A file's id is its path relative to the input folder it was found in, without suffix
    (the stem for a file named directly); a JSONL record's id is its ``id``. A repeated id is
    reported as an error naming both sources, and the later document is skipped.
    """
    seen: dict[str, str] = {}
    for path in check_inputs(paths):
        for doc in _documents_of(path, ref_date):
            if doc.error is None and doc.id in seen:
                yield Document(
                    doc.id,
                    doc.source,
                    error=f"duplicate document id {doc.id!r}: also in {seen[doc.id]}",
                )
                continue
            seen.setdefault(doc.id, doc.source)
            yield doc


def _documents_of(path: Path, ref_date: date | None) -> Iterator[Document]:
    if path.is_dir():
        for file in walk_folder(path):
            relative = file.relative_to(path).with_suffix("").as_posix()
            yield from _documents_of_file(file, relative, ref_date)
    else:
        yield from _documents_of_file(path, path.stem, ref_date)


def _documents_of_file(path: Path, doc_id: str, ref_date: date | None) -> Iterator[Document]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_corpus(path, ref_date)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path, doc_id, ref_date)
    else:
        yield read_text_file(path, doc_id, ref_date)
