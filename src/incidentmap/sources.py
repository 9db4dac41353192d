"""Read reports from files and folders: .txt, .md (YAML front matter), .html and .jsonl.

Every report keeps its text exactly as decoded, so that mention offsets point into it.
Nothing given is lost in silence: a file (or JSONL line) that cannot be read comes back as
a ``SkippedReport`` with the reason, and a report read with a caveat as a ``ReadWarning``.
Both are listed on stderr and in ``run.json``; ``--strict`` refuses skipped reports.

How bad input is handled:

- *Size.* A .txt/.md/.html file larger than ``max_bytes`` is refused before it is read.
  A .jsonl file is streamed line by line, so it may be of any size; a line longer than
  ``max_bytes`` is skipped, and at most ``max_bytes`` of it is ever held in memory.
- *Encoding.* UTF-8 (with or without a byte-order mark); UTF-16/32 with a byte-order mark,
  or UTF-16 without one when the high bytes of its code units take a few values only
  (text in one or two scripts); UTF-8 with a few stray bytes (each
  becomes U+FFFD); Windows-1252, the usual encoding of pages saved on Windows, when it
  reads as Western European text (detectors often take short cp1252 texts for cp1250 or
  cp1257); else ``charset_normalizer``'s guess. Any of these but UTF-8 adds a warning that
  names the encoding. Binary data, empty files and empty JSONL texts are skipped. A few
  NUL characters in a text become U+FFFD, with a warning, wherever they stand.
- *Front matter.* Front matter that is not valid YAML, not a mapping, or holds values
  Python cannot build (``2026-02-30``, 20,000 nested brackets) does not cost the report:
  its text after the closing ``---`` is kept (so the broken YAML is not geoparsed as
  prose), without metadata, and a warning is recorded. Non-scalar values
  (lists, mappings) are ignored as metadata.
- *HTML.* Only the article is read (``report_from_html``): menus, sidebars, headers,
  footers and lists of other stories are dropped. The page is parsed in linear time; one
  nested deeper than the parser allows is skipped with the reason.
- *JSONL.* Each bad line (invalid JSON, not UTF-8, no ``text``) is skipped with its line
  number (``file.jsonl:7``); the good lines count. JSONL must be UTF-8 (RFC 8259). A
  lone surrogate escape (``\\ud800``), which no output file could hold, becomes U+FFFD
  with a warning (one character for one: offsets are unchanged).
- *Identity.* Duplicate doc ids are renamed ``id~2``, ``id~3``, ... with a warning; a
  file reached twice (a folder and a file in it) is read once, with a warning.
- *Folders.* Folders are walked recursively in sorted order, skipping hidden entries,
  companion files (``docs.json``, ``README.md``, ...) and the files an earlier build wrote
  there (those its ``run.json`` lists, with a warning); documents of a type incidentmap
  cannot read (PDF, Word, ...), folders that cannot be opened and broken symbolic links
  are listed as skipped rather than passed over. Symbolic links are followed, with a
  warning when one leads out of the folder (``follow_symlinks=False``, ``--no-follow``,
  lists each as skipped instead).
- *Names.* A file name that is not UTF-8 is read; its undecodable bytes are shown as
  ``\\xe9`` in the doc id and in every path written out (``shown``).
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import yaml

from . import settings
from .dates import HEADER_CHARS, HEADER_LINES, header_date
from .errors import ReportError
from .models import Report, SkippedReport

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
REPORT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
#: Documents an analyst may drop in a folder that incidentmap cannot read: these are
#: listed as skipped (convert them to text or HTML); other files in a folder are ignored.
UNREADABLE_SUFFIXES = {".pdf", ".doc", ".docx", ".rtf", ".odt", ".epub"}
#: A folder may carry metadata for its plain-text reports in this file: a JSON list of
#: objects with ``id`` and any of ``title``, ``url``, ``publisher``/``outlet``, ``published``.
SIDECAR_NAME = "docs.json"
IGNORED_NAMES = {SIDECAR_NAME, "README.md", "readme.md", "corrections.csv", "incidentmap.toml"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Bytes read at a time when skipping the rest of an over-long JSONL line.
_CHUNK = 1 << 20
_Sidecars = dict[Path, dict[str, dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """A report read with a caveat (a guessed encoding, broken front matter, a new id)."""

    path: str
    reason: str


class Skipped(list[SkippedReport]):
    """The reports skipped, in reading order, plus ``warnings`` about reports that were read.

    Warnings ride along with the skipped reports so that every caller that lists the
    skipped ones can list them too, while ``--strict`` (which refuses skipped reports
    only) is not triggered by them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[ReadWarning] = []

    def warn(self, path: str | Path, reason: str) -> None:
        """Record a warning about a report that was read."""
        logger.info("%s: %s", shown(path), reason)
        self.warnings.append(ReadWarning(shown(path), reason))


def reports_from_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int | None = None,
    follow_symlinks: bool = True,
) -> tuple[list[Report], Skipped]:
    """Read every report under the given files and folders.

    Parameters
    ----------
    paths
        Files or folders; folders are walked recursively in sorted order.
    max_bytes
        Refuse report files (and JSONL lines) larger than this (default
        ``settings.max_report_bytes``).
    follow_symlinks
        Read files and walk folders that symbolic links in a folder lead to (a link that
        leads out of the folder is noted as a warning); False lists each link as skipped.

    Returns
    -------
    tuple
        The reports read, with unique ``doc_id`` s, and the reports skipped with reasons
        (its ``warnings`` list the reports read with a caveat).
    """
    skipped = Skipped()
    reports = list(
        iter_reports(paths, skipped, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    )
    return unique_doc_ids(reports, skipped), skipped


def iter_reports(
    paths: Iterable[str | Path],
    skipped: Skipped,
    *,
    max_bytes: int | None = None,
    follow_symlinks: bool = True,
) -> Iterator[Report]:
    """``reports_from_paths`` as a stream: each report as it is read, ids not yet unique.

    A build reads a corpus this way, so that only the reports in work are in memory;
    ``UniqueIds`` then makes the ids unique. Skipped files and warnings go to ``skipped``
    as they are met.
    """
    max_bytes = settings.max_report_bytes if max_bytes is None else max_bytes
    sidecars: _Sidecars = {}
    seen: set[Path] = set()
    for path in report_files(paths, skipped, follow_symlinks=follow_symlinks):
        key = path.resolve()
        if key in seen:
            skipped.warn(path, "given more than once; read once")
            continue
        seen.add(key)
        try:
            for report in reports_from_file(path, max_bytes=max_bytes, skipped=skipped):
                yield _shown_report(_dated(_published_by(apply_sidecar(report, path, sidecars))))
        except ReportError as err:
            skipped.append(SkippedReport(shown(err.path), err.reason))


def shown(text: str | Path) -> str:
    """A path (or a doc id made from one) as text any output can hold.

    File names need not be UTF-8: Python keeps their undecodable bytes as lone surrogates,
    which no UTF-8 file can store. Such a byte is shown as ``\\xe9``; valid names are
    unchanged.
    """
    text = str(text)
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return _SURROGATE.sub("\ufffd", text)
    return raw.decode("utf-8", "backslashreplace")


def _shown_report(report: Report) -> Report:
    """``report`` with its id and path made storable (see ``shown``)."""
    doc_id, path = shown(report.doc_id), shown(report.path)
    if (doc_id, path) == (report.doc_id, report.path):
        return report
    return replace(report, doc_id=doc_id, path=path)


def report_files(
    paths: Iterable[str | Path], skipped: Skipped, *, follow_symlinks: bool = True
) -> Iterator[Path]:
    """Yield the report files under ``paths``, noting given paths that are not reports."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _FolderWalk(path, skipped, follow_symlinks=follow_symlinks).files()
        elif path.is_file():
            if path.suffix.lower() in REPORT_SUFFIXES:
                yield path
            else:
                skipped.append(SkippedReport(shown(path), _unsupported(path.suffix)))
        elif path.exists():
            skipped.append(SkippedReport(shown(path), "not a regular file or folder"))
        elif path.is_symlink():
            skipped.append(SkippedReport(shown(path), _broken_link(path)))
        else:
            skipped.append(SkippedReport(shown(path), "no such file or folder"))


class _FolderWalk:
    """The report files under one folder, in sorted order, with every file passed over named.

    Hidden entries, companion files (``IGNORED_NAMES``) and the outputs an earlier build
    wrote into a folder (``own_outputs``) are passed over; documents of a type incidentmap
    cannot read, folders it may not open and broken symbolic links are listed as skipped.
    Symbolic links are followed (unless ``follow_symlinks`` is False); one that leads out
    of the folder is noted, and a folder reached twice (a link loop) is walked once.
    """

    def __init__(self, root: Path, skipped: Skipped, *, follow_symlinks: bool) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.skipped = skipped
        self.follow = follow_symlinks
        self.events: list[tuple[Path, SkippedReport | ReadWarning | None]] = []
        self.visited = {self.real_root}

    def files(self) -> Iterator[Path]:
        """Walk the folder, then yield its reports and record the rest in sorted order."""
        pending = [self.root]
        while pending:
            self._scan(pending.pop(), pending)
        for path, event in sorted(self.events, key=lambda item: item[0]):
            if event is None:
                yield path
            elif isinstance(event, ReadWarning):
                self.skipped.warn(path, event.reason)
            else:
                self.skipped.append(event)

    def _scan(self, folder: Path, pending: list[Path]) -> None:
        try:
            with os.scandir(folder) as entries:
                children = [(Path(e.path), e.is_symlink()) for e in entries]
        except OSError as err:
            self._skip(folder, f"cannot read folder ({err.strerror or err})")
            return
        outputs = own_outputs(folder)
        for child, is_link in children:
            name = child.name
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            if name in outputs:
                if child.suffix.lower() in REPORT_SUFFIXES:
                    reason = "not read: incidentmap's output of an earlier build (run.json)"
                    self.events.append((child, ReadWarning(shown(child), reason)))
                continue
            if is_link and not self._link_usable(child):
                continue
            if child.is_dir():
                real = child.resolve()
                if real not in self.visited:
                    self.visited.add(real)
                    pending.append(child)
            elif child.is_file():
                self._file(child)

    def _file(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix in REPORT_SUFFIXES:
            self.events.append((path, None))
        elif suffix in UNREADABLE_SUFFIXES:
            self._skip(path, _unsupported(suffix))

    def _link_usable(self, link: Path) -> bool:
        """Whether to follow ``link``; a broken, refused or outward link is noted."""
        looks_like_report = link.suffix.lower() in REPORT_SUFFIXES | UNREADABLE_SUFFIXES
        if not link.exists():
            if looks_like_report or not link.suffix:
                self._skip(link, _broken_link(link))
            return False
        if not self.follow:
            if looks_like_report or link.is_dir():
                self._skip(link, "symbolic link, not followed (--no-follow)")
            return False
        target = link.resolve()
        if not target.is_relative_to(self.real_root) and (looks_like_report or target.is_dir()):
            note = f"symbolic link to {shown(target)}, outside {shown(self.root)}; read it"
            self.events.append((link, ReadWarning(shown(link), f"{note} (--no-follow refuses)")))
        return True

    def _skip(self, path: Path, reason: str) -> None:
        self.events.append((path, SkippedReport(shown(path), reason)))


def _broken_link(link: Path) -> str:
    try:
        return f"broken symbolic link (to {shown(os.readlink(link))})"
    except OSError:
        return "broken symbolic link"


def own_outputs(folder: Path) -> frozenset[str]:
    """Names of the files incidentmap wrote into ``folder``, as its ``run.json`` lists them.

    A build whose output folder is (or lies in) a source folder must not read its own
    ``map.html`` as a report; every other file there is read as usual. A ``run.json`` that
    is not incidentmap's (no ``incidentmap`` version, no ``outputs``) names nothing.
    """
    path = folder / "run.json"
    try:
        with path.open(encoding="utf-8") as handle:
            run = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return frozenset()
    if not isinstance(run, dict) or "incidentmap" not in run:
        return frozenset()
    outputs = run.get("outputs")
    names = [n for n in outputs if isinstance(n, str)] if isinstance(outputs, dict) else []
    return frozenset([*names, path.name])


def _unsupported(suffix: str) -> str:
    kinds = ", ".join(sorted(REPORT_SUFFIXES))
    return f"unsupported file type {suffix or '(none)'!r}; reports are {kinds}"


def reports_from_file(path: Path, *, max_bytes: int, skipped: Skipped) -> Iterator[Report]:
    """Read one file into one report (or several, for JSONL, one at a time).

    Raises
    ------
    ReportError
        The file cannot be read as a report; the caller skips it (a JSONL file may have
        given good lines before).
    """
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from reports_from_jsonl(path, max_bytes=max_bytes, skipped=skipped)
            return
        data = _read_limited(path, max_bytes)
    except OSError as err:
        raise ReportError(str(path), f"cannot read ({err.strerror or err})") from err
    text, encoding = decode(data, str(path))
    if encoding != "utf-8":
        skipped.warn(path, f"not UTF-8: decoded as {encoding}")
    text = _replace_nul(text, path, skipped)
    if suffix in HTML_SUFFIXES:
        yield report_from_html(text, path)
    else:
        yield report_from_text(text, path, skipped=skipped)


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing (before reading) one larger than ``max_bytes``."""
    with path.open("rb") as handle:
        size = path.stat().st_size
        data = b""
        if size <= max_bytes:
            # read(n) allocates n bytes up front: ask for the size, then any growth.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    if size > max_bytes or len(data) > max_bytes:
        size = max(size, len(data))
        msg = (
            f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit per report "
            "(split it, or save it as JSONL, which is read line by line)"
        )
        raise ReportError(str(path), msg)
    return data


def _megabytes(size: int) -> str:
    if size < 1_000_000:
        return f"{size:,} bytes"
    return f"{size / 1e6:.1f} MB" if size < 10e6 else f"{size / 1e6:.0f} MB"


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decode report bytes; return the text and the encoding used (see the module notes).

    Raises
    ------
    ReportError
        The data is empty, binary, or text in no encoding found.
    """
    text, encoding = _decode(data, where)
    if not text.strip():
        raise ReportError(where, "empty file")
    sample = text[:65536]
    if sum(not (c.isprintable() or c.isspace()) for c in sample) > len(sample) * 0.05:
        if "\x00" in sample:
            raise ReportError(where, "binary file (contains NUL bytes)")
        raise ReportError(where, f"binary file (mostly unprintable as {encoding})")
    return text, encoding


def _replace_nul(text: str, where: str | Path, skipped: Skipped | None) -> str:
    """A text with a few NUL characters (and no more: see ``decode``) keeps them as U+FFFD.

    One character for one, so offsets are unchanged; wherever they stand in the file, the
    report is read the same way, with a warning, and no NUL reaches an output.
    """
    count = text.count("\x00")
    if count:
        text = text.replace("\x00", "\ufffd")
        if skipped is not None:
            skipped.warn(where, f"{count} NUL character(s) replaced by U+FFFD")
    return text


def _decode(data: bytes, where: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.upper()
            except UnicodeDecodeError as err:
                raise ReportError(where, f"invalid {codec} text (byte {err.start})") from err
    if b"\x00" in data[:4096] and (wide := _utf16_without_bom(data)) is not None:
        return wide
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
        if bad < valid:
            return text.removeprefix("\ufeff"), f"UTF-8 with {bad} invalid byte(s) replaced"
    try:
        text = data.decode("cp1252")
        letters = [c for c in text[:65536] if c.isalpha()]
        if sum(not c.isascii() for c in letters) <= 0.3 * len(letters):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if b"\x00" in data:
            raise ReportError(where, "binary file (contains NUL bytes)")
        raise ReportError(where, "not text in any encoding detected")
    return str(best), str(best.encoding)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark, in any script, or None.

    Text in one or two scripts keeps the high byte of its code units to a few values
    (0x00 for ASCII spaces and digits, 0x06 for Arabic and Urdu letters, ...), which binary
    data does not; the byte order is the one whose high bytes look like that.
    """
    if len(data) % 2:
        return None
    sample = data[:65536]
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[::2])):
        common = sorted((high.count(value) for value in set(high)), reverse=True)
        if sum(common[:2]) >= 0.9 * len(high):
            try:
                return data.decode(codec), f"{codec.upper()} (no byte-order mark)"
            except UnicodeDecodeError:
                continue
    return None


def report_from_text(text: str, path: Path, *, skipped: Skipped | None = None) -> Report:
    """Read a .txt/.md report: optional YAML front matter, then the text.

    Front matter that is not a YAML mapping is dropped with a warning (see module notes).
    """
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        problem = None
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            problem = "malformed YAML front matter" + (
                f" (line {mark.line + 2})" if mark is not None else ""
            )
        except RecursionError:
            problem = "malformed YAML front matter (nested too deep)"
        except (ValueError, OverflowError, TypeError) as err:
            # YAML that parses into values Python cannot build: 2026-02-30, 25:61 as a
            # time, an integer of thousands of digits.
            problem = f"malformed YAML front matter (a value out of range: {_short(err)})"
        else:
            if isinstance(loaded, dict):
                meta = loaded
            elif loaded is not None:
                problem = "front matter is not a YAML mapping"
        if problem is not None:
            if skipped is None:
                raise ReportError(str(path), problem)
            skipped.warn(path, f"{problem}; kept the text after it, without metadata")
        text = text[match.end() :]
        if not text.strip():
            raise ReportError(str(path), "no text after the front matter")
    return Report(doc_id=path.stem, text=text, path=str(path), **metadata(meta))


def _short(err: BaseException) -> str:
    """An exception's message on one line, at most 80 characters."""
    text = " ".join(str(err).split())
    return text if len(text) <= 80 else text[:79] + "\u2026"


def metadata(meta: dict[str, Any]) -> dict[str, str | None]:
    """Normalise title/url/publisher/published from front matter or a JSON record."""
    published = meta.get("published", meta.get("date"))
    if isinstance(published, datetime | date):
        published = published.isoformat()[:10]
    return {
        "title": _text_or_none(meta.get("title")),
        "url": _text_or_none(meta.get("url")),
        "publisher": _text_or_none(meta.get("publisher", meta.get("outlet"))),
        "published": _text_or_none(published),
    }


def _text_or_none(value: Any) -> str | None:
    """Return a scalar as stripped text; lists, mappings and blanks as None."""
    if value is None or not isinstance(value, str | int | float | date):
        return None
    try:
        text = str(value)
    except ValueError:  # an integer of more digits than Python will print (0xfff...)
        return None
    text = _SURROGATE.sub("\ufffd", text).strip()
    return text or None


def reports_from_jsonl(path: Path, *, max_bytes: int, skipped: Skipped) -> Iterator[Report]:
    """One report per JSONL line, streamed; a bad line is skipped with its number.

    Raises
    ------
    ReportError
        The file is not UTF-8, holds no line at all, or is binary (no good line, and NUL
        bytes): then it is one skipped file rather than a skipped line per byte run.
    """
    bad: list[SkippedReport] = []
    lines = 0
    good = 0
    binary = False
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(tuple(bom for bom, _ in _BOMS)):
            raise ReportError(str(path), "JSONL must be UTF-8 (found a UTF-16/32 byte-order mark)")
        handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
        for number, raw in enumerate(_lines(handle, max_bytes), start=1):
            where = f"{path}:{number}"
            if raw is not None and not raw.strip():
                continue
            lines += 1
            if raw is None:
                bad.append(SkippedReport(where, f"line over the {_megabytes(max_bytes)} limit"))
                continue
            try:
                default_id = f"{path.stem}-{number}"
                report = _report_from_line(raw, where, default_id=default_id, skipped=skipped)
            except ReportError as err:
                binary = binary or b"\x00" in raw
                bad.append(SkippedReport(err.path, err.reason))
                continue
            good += 1
            yield report
    if not lines:
        raise ReportError(str(path), "empty file")
    if binary and not good:
        raise ReportError(str(path), "binary file (contains NUL bytes)")
    skipped.extend(bad)


def _lines(handle: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Yield the lines of a binary file, or None for a line longer than ``max_bytes``.

    Lines are read a chunk at a time: a long line is given up as soon as it passes
    ``max_bytes`` and the rest of it is read and dropped chunk by chunk, so memory stays
    bounded whatever the file holds.
    """
    while chunk := handle.readline(_CHUNK):
        line = bytearray(chunk)
        while not chunk.endswith(b"\n") and len(line) <= max_bytes:
            chunk = handle.readline(_CHUNK)
            if not chunk:
                break
            line += chunk
        if len(line) - line.endswith(b"\n") > max_bytes:
            del line
            while chunk and not chunk.endswith(b"\n"):
                chunk = handle.readline(_CHUNK)
            yield None
        else:
            yield bytes(line)


def _report_from_line(
    raw: bytes, where: str, *, default_id: str, skipped: Skipped | None = None
) -> Report:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ReportError(where, f"not UTF-8 (byte {err.start + 1} of the line)") from err
    except json.JSONDecodeError as err:
        raise ReportError(where, f"invalid JSON ({err.msg}, column {err.colno})") from err
    except (ValueError, RecursionError) as err:
        raise ReportError(where, f"invalid JSON ({err})") from err
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ReportError(where, "record has no 'text' string")
    text = record["text"]
    if not text.strip():
        raise ReportError(where, "empty text")
    # JSON may escape lone surrogates (\ud800), which no file can hold: each becomes
    # U+FFFD, one character for one, so offsets still point into the text.
    text, replaced = _SURROGATE.subn("\ufffd", text)
    if replaced and skipped is not None:
        skipped.warn(where, f"{replaced} lone surrogate escape(s) replaced by U+FFFD")
    text = _replace_nul(text, where, skipped)
    doc_id = _text_or_none(record.get("id")) or default_id
    return Report(doc_id=doc_id, text=text, path=where, **metadata(record))


#: Elements that end a line of text.
_HTML_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "td", "th", "table", "section", "article", "main", "blockquote", "pre", "figure",
    "figcaption", "hr", "address", "body",
})  # fmt: skip
#: Elements that never hold the article's words: page furniture and what is not text.
_HTML_DROP = frozenset({
    "nav", "aside", "footer", "header", "form", "button", "select", "textarea", "script",
    "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "dialog", "menu", "head", "title",
})  # fmt: skip
#: ARIA roles of page furniture.
_HTML_DROP_ROLES = frozenset({
    "navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar",
    "dialog", "alertdialog", "toolbar",
})  # fmt: skip
#: Words of ``class``/``id`` values that mark furniture: menus, sidebars, "related" and "most
#: read" lists, sharing, comments. Hyphenated pairs count joined ("most-read" -> "mostread").
_HTML_DROP_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "sidebar", "aside", "footer", "header", "masthead",
    "breadcrumb", "breadcrumbs", "related", "mostread", "mostviewed", "mostpopular",
    "popular", "trending", "recommended", "recommendations", "promo", "advert",
    "advertisement", "ads", "share", "sharing", "social", "newsletter", "subscribe",
    "comments", "comment", "cookie", "cookies", "tags", "outbrain", "taboola", "readmore",
    "alsoread", "morestories", "moreon", "topstories", "latestnews", "editorspicks",
})  # fmt: skip
#: Headings that open a list of other stories: the block they head is dropped.
_OTHER_STORIES = re.compile(
    r"(most (read|viewed|popular|shared)|related|read (more|also|next)|also read|more (from|on|"
    r"stories|news)|trending|recommended|editor'?s picks|top stories|latest( news)?|popular)\b",
    re.I,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"[a-z0-9]+")


def report_from_html(html: str, path: Path) -> Report:
    """The article of a saved web page: its text, title, canonical URL and date.

    Only the article is kept: the ``<article>`` with the most text (else ``<main>``, else
    the body), without navigation, sidebars, headers and footers, forms, "related" or
    "most read" lists, sharing and comment blocks (by element, ARIA role, ``class``/``id``
    words, or a heading such as "Most read"). A place named only in a menu or in the
    headline of another story is not a place of this report.

    The page is parsed by libxml2 (through lxml), whose time is linear in the page's
    length (Python's ``html.parser`` is quadratic on some markup, CVE-2025-6069); a page
    nested deeper than libxml2's limit is refused with the reason, never cut silently.

    Raises
    ------
    ReportError
        The page cannot be parsed, is nested too deeply, or has no article text.
    """
    page = _parse_html(html, path)
    meta = _page_metadata(page)
    _drop_furniture(page)
    root = _article_root(page)
    published = (
        meta.get("article:published_time") or meta.get("datepublished") or meta.get("date")
        or meta.get("pubdate") or _first_time(root) or _first_time(page)
    )  # fmt: skip
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in _html_text(root).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise ReportError(str(path), "HTML page has no visible text")
    return Report(
        doc_id=path.stem,
        text=text,
        path=str(path),
        title=_text_or_none(meta.get("og:title") or meta.get("title")),
        url=_text_or_none(meta.get("canonical") or meta.get("og:url")),
        publisher=_text_or_none(meta.get("og:site_name")),
        published=_text_or_none(published[:10] if published else None),
    )


def _parse_html(html: str, path: Path) -> Any:
    """Parse a page with libxml2; refuse one it gave up on (too deep) rather than cut it."""
    import lxml.etree
    import lxml.html

    # huge_tree lifts libxml2's default depth of 256 (real pages stay far below the
    # 2,048 it allows then); a page that reaches it is refused below, with the reason.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True,
        no_network=True, default_doctype=False,
    )  # fmt: skip
    try:
        page = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as err:
        if "empty" in str(err).lower():  # libxml2 found no element at all
            raise ReportError(str(path), "HTML page has no visible text") from err
        raise ReportError(str(path), f"HTML page cannot be parsed ({err})") from err
    fatal = [e for e in parser.error_log if e.level == lxml.etree.ErrorLevels.FATAL]
    if fatal:
        reason = " ".join(fatal[0].message.split(", use")[0].split())
        raise ReportError(str(path), f"HTML page refused: {reason}")
    return page


def _page_metadata(page: Any) -> dict[str, str]:
    """``<meta>`` values by lower-cased property/name, the canonical link and the title."""
    meta: dict[str, str] = {}
    for element in page.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = element.get("content")
        if key and content is not None:
            meta.setdefault(key.lower(), content)
    for element in page.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            meta.setdefault("canonical", element.get("href"))
    for element in page.iter("title"):
        meta.setdefault("title", element.text_content())
        break
    return meta


def _drop_furniture(page: Any) -> None:
    """Remove page furniture in place (its tail text stays with the parent).

    The clues of ``_looks_like_furniture`` (a ``class`` word, a heading) can also sit on
    a wrapper of the whole page (``<div class="site has-sidebar">``): an element holding
    half of the page's text or more is the content, whatever its clues say.
    """
    body = page.find("body")
    total = len((body if body is not None else page).text_content())
    for element in list(page.iter()):
        if element.getparent() is None:
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in ("html", "body"):
            continue
        if not tag or tag in _HTML_DROP:
            element.drop_tree()  # comments, scripts, menus, sidebars, headers, footers
        elif _looks_like_furniture(element, tag) and len(element.text_content()) * 2 < total:
            element.drop_tree()


def _looks_like_furniture(element: Any, tag: str) -> bool:
    """True for an element that looks like furniture rather than the article.

    That is: hidden, an ARIA furniture role, a furniture ``class``/``id`` word, or a
    block headed "Most read", "Related stories" and the like.
    """
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in _HTML_DROP_ROLES:
        return True
    words = _WORD.findall(f"{element.get('class') or ''} {element.get('id') or ''}".lower())
    pairs = {a + b for a, b in zip(words, words[1:], strict=False)}
    if _HTML_DROP_WORDS.intersection(words) or _HTML_DROP_WORDS.intersection(pairs):
        return True
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is None or first.tag not in _HEADINGS or tag in ("article", "main"):
        return False
    return bool(_OTHER_STORIES.match(" ".join(first.text_content().split())))


def _article_root(page: Any) -> Any:
    """The element holding the article: the wordiest ``<article>``, else ``<main>``, else body."""
    articles = [a for a in page.iter("article") if _words(a)]
    if articles:
        return max(articles, key=_words)  # the first of equals: max keeps the first
    for main in page.xpath("//main | //*[@role='main']"):
        if _words(main):
            return main
    body = page.find("body")
    return body if body is not None else page


def _words(element: Any) -> int:
    return len(element.text_content().split())


def _first_time(element: Any) -> str | None:
    for time in element.iter("time"):
        if time.get("datetime"):
            return str(time.get("datetime"))
    return None


def _html_text(root: Any) -> str:
    """The text of ``root``, a line break at every block element (walked without recursion)."""
    import lxml.etree

    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag.lower() in _HTML_BLOCKS
        if event == "start":
            if block:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
        else:
            if block:
                parts.append("\n")
            if element.tail and element is not root:
                parts.append(element.tail)
    return "".join(parts)


def _published_by(report: Report) -> Report:
    """A report without a publisher takes the one its page names above the story, if any.

    Pages saved as text often print "Source: Dawn" or "Publisher: ISPR" among their first
    short lines; the outlet (or the body that issued a statement) is what ACLED's
    ``source`` and the claims of a press release need.
    """
    if report.publisher is not None:
        return report
    for line in report.text[:HEADER_CHARS].splitlines()[:HEADER_LINES]:
        match = _PUBLISHER_LINE.match(line)
        if match:
            return replace(report, publisher=match.group(1).strip())
    return report


#: A page's line naming its outlet: "Source: Dawn", "Publisher: ISPR".
_PUBLISHER_LINE = re.compile(r"^\s*(?:Source|Publisher|Outlet)\s*:\s*(\S.{0,118})$", re.I)


def _dated(report: Report) -> Report:
    """A report without a date takes the one its page prints above the story, if any."""
    if report.published is not None:
        return report
    found = header_date(report.text)
    return report if found is None else replace(report, published=found)


def apply_sidecar(report: Report, path: Path, sidecars: _Sidecars | None = None) -> Report:
    """Fill missing metadata from a ``docs.json`` beside the report, if there is one.

    ``sidecars`` caches the parsed files by folder for one reading run.
    """
    sidecars = {} if sidecars is None else sidecars
    if path.parent not in sidecars:
        sidecars[path.parent] = _read_sidecar(path.parent / SIDECAR_NAME)
    record = sidecars[path.parent].get(report.doc_id)
    if not record:
        return report
    extra = metadata(record)
    return replace(report, **{k: v for k, v in extra.items() if getattr(report, k) is None and v})


def _read_sidecar(file: Path) -> dict[str, dict[str, Any]]:
    if not file.is_file():
        return {}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return {str(r["id"]): r for r in data if isinstance(r, dict) and "id" in r}
    except (ValueError, TypeError, OSError):
        logger.warning("%s: ignored (not a JSON list of records with 'id')", file)
        return {}


def unique_doc_ids(reports: list[Report], skipped: Skipped | None = None) -> list[Report]:
    """Make doc ids unique (``id``, ``id~2``, ...) and note each renaming as a warning.

    A repeated id takes the first number that no report of the list has as its id.
    """
    ids = UniqueIds(":memory:")
    try:
        out = {seq: r for seq, r in enumerate(reports) if ids.admit(seq, r)}
        out.update(ids.held(skipped))
    finally:
        ids.close()
    return [out[seq] for seq in range(len(reports))]


class UniqueIds:
    """``unique_doc_ids`` for a stream of reports, with only the repeated ones held back.

    A repeated id is renamed ``id~2`` (or the next number no report has), and which
    names are free is known only once every report is read. So the ids seen are kept in
    an SQLite file (not in memory: a corpus may have millions), a report whose id is new
    goes on at once, and a repeat is kept back in the file, with its place in the stream,
    to be renamed at the end (``held``), exactly as ``unique_doc_ids`` renames it.

    Parameters
    ----------
    path
        The SQLite file to make (in the run's store), or ``":memory:"``.
    """

    def __init__(self, path: Path | str) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("CREATE TABLE held (seq INTEGER PRIMARY KEY, report TEXT)")
        self.held_back = 0

    def admit(self, seq: int, report: Report) -> bool:
        """True for a report whose id is new; a repeat is held back (see ``held``)."""
        cursor = self.db.execute("INSERT OR IGNORE INTO ids VALUES (?)", (report.doc_id,))
        if cursor.rowcount:
            return True
        fields = [report.doc_id, report.text, report.path, report.title, report.url,
                  report.publisher, report.published]  # fmt: skip
        self.db.execute("INSERT INTO held VALUES (?, ?)", (seq, json.dumps(fields)))
        self.held_back += 1
        return False

    def held(self, skipped: Skipped | None = None) -> Iterator[tuple[int, Report]]:
        """The reports held back, in stream order, renamed (each renaming a warning)."""
        rows = self.db.execute("SELECT seq, report FROM held ORDER BY seq").fetchall()
        for seq, data in rows:
            report = Report(*json.loads(data))
            number = 2
            while self._taken(f"{report.doc_id}~{number}"):
                number += 1
            new_id = f"{report.doc_id}~{number}"
            self.db.execute("INSERT INTO ids VALUES (?)", (new_id,))
            if skipped is not None:
                skipped.warn(report.path, f"duplicate doc_id {report.doc_id!r} renamed {new_id!r}")
            yield seq, replace(report, doc_id=new_id)

    def _taken(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM ids WHERE id = ?", (doc_id,)).fetchone() is not None

    def close(self) -> None:
        """Close the file."""
        self.db.close()
