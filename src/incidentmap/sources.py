"""Read reports from files and folders: .txt, .md (YAML front matter), .html and .jsonl.

Every report keeps its text exactly as decoded, so that mention offsets point into it.
Unreadable reports are not fatal: they come back as ``SkippedReport`` rows with the reason.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from . import settings
from .errors import ReportError
from .models import Report, SkippedReport

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
REPORT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
#: A folder may carry metadata for its plain-text reports in this file: a JSON list of
#: objects with ``id`` and any of ``title``, ``url``, ``publisher``/``outlet``, ``published``.
SIDECAR_NAME = "docs.json"
IGNORED_NAMES = {SIDECAR_NAME, "README.md", "readme.md", "corrections.csv", "incidentmap.toml"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def reports_from_paths(
    paths: Iterable[str | Path], *, max_bytes: int | None = None
) -> tuple[list[Report], list[SkippedReport]]:
    """Read every report under the given files and folders.

    Parameters
    ----------
    paths
        Files or folders; folders are walked recursively in sorted order.
    max_bytes
        Refuse files larger than this (default ``settings.max_report_bytes``).

    Returns
    -------
    tuple
        The reports read, with unique ``doc_id`` s, and the reports skipped with reasons.
    """
    max_bytes = settings.max_report_bytes if max_bytes is None else max_bytes
    reports: list[Report] = []
    skipped: list[SkippedReport] = []
    for path in report_files(paths, skipped):
        try:
            reports.extend(reports_from_file(path, max_bytes=max_bytes, skipped=skipped))
        except ReportError as err:
            skipped.append(SkippedReport(err.path, err.reason))
    return unique_doc_ids(reports, skipped), skipped


def report_files(paths: Iterable[str | Path], skipped: list[SkippedReport]) -> Iterator[Path]:
    """Yield the report files under ``paths``, noting given paths that are not reports."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in REPORT_SUFFIXES
                    and child.name not in IGNORED_NAMES
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    yield child
        elif path.is_file():
            if path.suffix.lower() in REPORT_SUFFIXES:
                yield path
            else:
                skipped.append(SkippedReport(str(path), f"unsupported file type {path.suffix!r}"))
        else:
            skipped.append(SkippedReport(str(path), "no such file or folder"))


def reports_from_file(
    path: Path, *, max_bytes: int, skipped: list[SkippedReport]
) -> list[Report]:
    """Read one file into one report (or several, for JSONL)."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ReportError(str(path), f"cannot read: {err.strerror}") from err
    if size > max_bytes:
        msg = f"file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB limit per report"
        raise ReportError(str(path), msg)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return reports_from_jsonl(path, skipped=skipped)
    text = decode(path.read_bytes(), str(path))
    if suffix in HTML_SUFFIXES:
        report = report_from_html(text, path)
    else:
        report = report_from_text(text, path)
    return [apply_sidecar(report, path)]


def decode(data: bytes, where: str) -> str:
    """Decode report bytes: UTF-8 first, then a detected encoding; refuse binary data."""
    if not data.strip():
        raise ReportError(where, "empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReportError(where, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReportError(where, "not text in any encoding detected")
    text = str(best)
    if sum(not (c.isprintable() or c.isspace()) for c in text) > len(text) * 0.05:
        raise ReportError(where, "binary file (mostly unprintable after decoding)")
    logger.info("%s: decoded as %s", where, best.encoding)
    return text


def report_from_text(text: str, path: Path) -> Report:
    """A .txt/.md report: optional YAML front matter, then the text."""
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = f" (line {mark.line + 2})" if mark is not None else ""
            raise ReportError(str(path), f"malformed YAML front matter{line}") from err
        if loaded is not None and not isinstance(loaded, dict):
            raise ReportError(str(path), "front matter is not a YAML mapping")
        meta = loaded or {}
        text = text[match.end() :]
    return Report(doc_id=path.stem, text=text, path=str(path), **metadata(meta))


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
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def reports_from_jsonl(path: Path, *, skipped: list[SkippedReport]) -> list[Report]:
    """One report per JSONL line; a bad line is skipped with its line number, not the file."""
    text = decode(path.read_bytes(), str(path))
    reports = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            skipped.append(SkippedReport(where, f"invalid JSON ({err.msg})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            skipped.append(SkippedReport(where, "record has no 'text' string"))
            continue
        if not record["text"].strip():
            skipped.append(SkippedReport(where, "empty text"))
            continue
        doc_id = _text_or_none(record.get("id")) or f"{path.stem}-{number}"
        reports.append(Report(doc_id=doc_id, text=record["text"], path=where, **metadata(record)))
    return reports


class _HTMLText(HTMLParser):
    """Collect visible text, the title, the canonical URL and a publication date."""

    BLOCKS = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "section", "article", "header", "footer", "blockquote", "pre",
        "figcaption", "title",
    }  # fmt: skip
    HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower():
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"])
        if tag in self.HIDDEN and tag != "head":
            self.hidden_depth += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN and tag != "head" and self.hidden_depth:
            self.hidden_depth -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.hidden_depth:
            self.parts.append(data)


def report_from_html(html: str, path: Path) -> Report:
    """Extract the visible text and page metadata of an HTML report."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise ReportError(str(path), "HTML page has no visible text")
    meta = parser.meta
    published = (
        meta.get("article:published_time") or meta.get("date") or meta.get("pubdate")
        or meta.get("time")
    )  # fmt: skip
    return Report(
        doc_id=path.stem,
        text=text,
        path=str(path),
        title=_text_or_none(meta.get("og:title") or parser.title),
        url=_text_or_none(meta.get("canonical") or meta.get("og:url")),
        publisher=_text_or_none(meta.get("og:site_name")),
        published=_text_or_none(published[:10] if published else None),
    )


def apply_sidecar(report: Report, path: Path) -> Report:
    """Fill missing metadata from a ``docs.json`` beside the report, if there is one."""
    record = _sidecar(path.parent).get(report.doc_id)
    if not record:
        return report
    extra = metadata(record)
    return replace(
        report, **{k: v for k, v in extra.items() if getattr(report, k) is None and v}
    )


_SIDECARS: dict[Path, dict[str, dict[str, Any]]] = {}


def _sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    if folder not in _SIDECARS:
        records: dict[str, dict[str, Any]] = {}
        file = folder / SIDECAR_NAME
        if file.is_file():
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
                records = {str(r["id"]): r for r in data if isinstance(r, dict) and "id" in r}
            except (ValueError, TypeError, OSError):
                logger.warning("%s: ignored (not a JSON list of records with 'id')", file)
        _SIDECARS[folder] = records
    return _SIDECARS[folder]


def unique_doc_ids(reports: list[Report], skipped: list[SkippedReport]) -> list[Report]:
    """Make doc ids unique (``id``, ``id~2``, ...) and note each renaming."""
    seen: dict[str, int] = {}
    out = []
    for report in reports:
        count = seen.get(report.doc_id, 0) + 1
        seen[report.doc_id] = count
        if count > 1:
            new_id = f"{report.doc_id}~{count}"
            logger.warning("%s: duplicate doc_id %r renamed %r", report.path, report.doc_id, new_id)
            report = replace(report, doc_id=new_id)
        out.append(report)
    return out
