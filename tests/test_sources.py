"""Reading reports: every bad input is read, decoded, or skipped with its reason."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from incidentmap.errors import ReportError
from incidentmap.sources import decode, reports_from_paths

QUETTA = "Militants attacked a Levies post in Nushki on Saturday, officials in Quetta said.\n"


def _read(*paths: Path, max_bytes: int | None = None):
    reports, skipped = reports_from_paths(paths, max_bytes=max_bytes)
    return (
        reports,
        {s.path: s.reason for s in skipped},
        {w.path: w.reason for w in skipped.warnings},
    )


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- plain text and front matter -------------------------------------------------------


def test_utf8_text_is_kept_exactly_as_decoded(tmp_path: Path):
    text = "Quetta\r\nTurbat \u2014 Nushki\u2019s market.\n\n  Gwadar\t"
    path = _write(tmp_path / "a.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    reports, skipped, warnings = _read(path)
    assert [r.text for r in reports] == [text]  # BOM dropped, CRLF and spacing kept
    assert reports[0].doc_id == "a" and not skipped and not warnings


def test_a_saved_page_without_metadata_takes_the_date_above_its_story(tmp_path: Path):
    """A page saved as text prints its date under the headline; front matter wins over it."""
    page = "Levies man shot dead\nStaff Reporter\nPublished: 09:12 AM, 4 Mar 2019\n\n" + QUETTA
    (report,), _, _ = _read(_write(tmp_path / "page.txt", page))
    assert report.published == "2019-03-04"
    dated = _write(tmp_path / "dated.md", "---\npublished: 2020-01-02\n---\n" + page)
    assert _read(dated)[0][0].published == "2020-01-02"


def test_a_saved_page_without_metadata_takes_the_outlet_above_its_story(tmp_path: Path):
    """ "Source: Dawn" among a page's first lines names its publisher; front matter wins;
    a "source:" deep in the story is no header."""
    page = "# Levies man shot dead\nSource: Balochistan Levies Force\nDate: 2019-03-04\n\n" + QUETTA
    (report,), _, _ = _read(_write(tmp_path / "page.md", page))
    assert report.publisher == "Balochistan Levies Force"
    named = _write(tmp_path / "named.md", "---\npublisher: Dawn\n---\n" + page)
    assert _read(named)[0][0].publisher == "Dawn"
    deep = "\n".join(["A line."] * 8) + "\nSource: a police official\n" + QUETTA
    assert _read(_write(tmp_path / "deep.txt", deep))[0][0].publisher is None


def test_front_matter_gives_metadata_and_the_text_after_it(tmp_path: Path):
    path = _write(
        tmp_path / "r.md",
        "---\ntitle: Attack in Nushki\nurl: https://example.org/a\npublisher: Dawn\n"
        "published: 2026-01-31\n---\n" + QUETTA,
    )
    (report,), skipped, warnings = _read(path)
    assert report.text == QUETTA
    assert (report.title, report.url, report.publisher, report.published) == (
        "Attack in Nushki", "https://example.org/a", "Dawn", "2026-01-31"
    )  # fmt: skip
    assert not skipped and not warnings


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("title: [unclosed\nurl: x\n", "malformed YAML front matter (line 3)"),
        ("title: 'a\n", "malformed YAML front matter"),
        ("\tbad: indent\n  - x\n", "malformed YAML front matter"),
        ("- just\n- a list\n", "front matter is not a YAML mapping"),
        ("just a sentence\n", "front matter is not a YAML mapping"),
    ],
)
def test_malformed_front_matter_keeps_the_report_with_a_warning(
    tmp_path: Path, front: str, problem: str
):
    path = _write(tmp_path / "bad.md", f"---\n{front}---\n{QUETTA}")
    (report,), skipped, warnings = _read(path)
    assert report.text == QUETTA and report.title is None
    assert not skipped
    assert warnings[str(path)].startswith(problem)
    assert "kept the text after it" in warnings[str(path)]


def test_non_scalar_front_matter_values_are_not_metadata(tmp_path: Path):
    # Aliases could blow up into huge strings; lists and mappings are simply ignored.
    front = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: [*b, *b, *b]\nurl: {k: v}\npublisher: 7\n"
    path = _write(tmp_path / "r.md", f"---\n{front}---\n{QUETTA}")
    (report,), _, warnings = _read(path)
    assert report.title is None and report.url is None and report.publisher == "7"
    assert not warnings


def test_unclosed_front_matter_is_text(tmp_path: Path):
    text = "---\ntitle: never closed\n" + QUETTA
    (report,), skipped, warnings = _read(_write(tmp_path / "r.md", text))
    assert report.text == text and not skipped and not warnings


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n", "empty file"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty file"),
        ("utf16-blank.txt", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file"),
        ("front-only.md", b"---\ntitle: x\n---\n\n", "no text after the front matter"),
        ("nul.txt", b"Quetta\x00\x00\x01binary", "binary file (contains NUL bytes)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("controls.txt", bytes(range(1, 32)) * 20, "binary file"),
        ("nothing.html", b"<html><script>x()</script></html>", "HTML page has no visible text"),
    ],
)
def test_unreadable_files_are_skipped_with_the_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
):
    bad = _write(tmp_path / name, data)
    good = _write(tmp_path / "good.txt", QUETTA)
    reports, skipped, _ = _read(tmp_path)
    assert [r.path for r in reports] == [str(good)]
    assert skipped[str(bad)].startswith(reason), skipped


# --- encodings ---------------------------------------------------------------------------

WESTERN = (
    "Quetta \u2013 Caf\u00e9 attack; na\u00efve \u201creports\u201d said 5 killed. "
    "D\u00e9j\u00e0 vu.\n"
)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", WESTERN),
        ("cp1252", "Gunmen stormed a school in Turbat. The Chief Minister\u2019s office said so."),
        (
            "latin-1",
            "Caf\u00e9 in Z\u00fcrich, na\u00efve fa\u00e7ade; Gr\u00fc\u00dfe aus Quetta.\n",
        ),
    ],
)
def test_windows_and_latin1_text_is_detected_and_decoded(tmp_path: Path, encoding, text):
    path = _write(tmp_path / "win.txt", text.encode(encoding))
    (report,), skipped, warnings = _read(path)
    assert report.text == text and not skipped
    assert warnings[str(path)] == "not UTF-8: decoded as cp1252"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, codec: str):
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
    }.get(codec, b"")
    text = "Quetta \u2014 Nushki\u2019s \u0628\u0644\u0648\u0686\u0633\u062a\u0627\u0646.\r\n"
    path = _write(tmp_path / "wide.txt", bom + text.encode(codec))
    (report,), skipped, warnings = _read(path)
    assert report.text == text and not skipped
    assert "decoded as UTF-" in warnings[str(path)]


def test_utf16_without_byte_order_mark_is_recognised(tmp_path: Path):
    path = _write(tmp_path / "nobom.txt", QUETTA.encode("utf-16-le"))
    (report,), _, warnings = _read(path)
    assert report.text == QUETTA and "no byte-order mark" in warnings[str(path)]


def test_other_single_byte_encodings_are_left_to_the_detector():
    russian = "Боевики атаковали пост в Кветте в субботу, сообщили официальные лица."
    arabic = "هاجم مسلحون نقطة تفتيش في كويتا يوم السبت وقال مسؤولون إن خمسة قتلوا"
    assert decode(russian.encode("cp1251"), "r") == (russian, "cp1251")
    assert decode(arabic.encode("cp1256"), "a") == (arabic, "cp1256")


def test_utf8_with_a_stray_byte_is_utf8_with_a_replacement(tmp_path: Path):
    data = "Quetta\u2019s caf\u00e9 \u2014 ".encode() + b"\x92 and Turbat"
    path = _write(tmp_path / "mixed.txt", data)
    (report,), _, warnings = _read(path)
    assert report.text == "Quetta\u2019s caf\u00e9 \u2014 \ufffd and Turbat"
    assert "1 invalid byte" in warnings[str(path)]


def test_html_in_cp1252_is_decoded(tmp_path: Path):
    page = f"<html><head><title>Caf\u00e9</title></head><body><p>{WESTERN}</p></body></html>"
    (report,), _, warnings = _read(_write(tmp_path / "p.html", page.encode("cp1252")))
    assert report.title == "Caf\u00e9" and "Caf\u00e9 attack" in report.text
    assert warnings


# --- size --------------------------------------------------------------------------------


def test_oversized_report_is_refused_before_it_is_read(tmp_path: Path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(200_000_000)  # sparse: instant, no disk used
    good = _write(tmp_path / "ok.txt", QUETTA)
    tracemalloc.start()
    try:
        reports, skipped, _ = _read(tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.path for r in reports] == [str(good)]
    assert skipped[str(big)].startswith("file is 200 MB, over the ")
    assert "MB limit per report (split it, or save it as JSONL" in skipped[str(big)]
    assert peak < 2_000_000


def test_size_limit_is_a_parameter(tmp_path: Path):
    path = _write(tmp_path / "a.txt", QUETTA * 10)
    _, skipped, _ = _read(path, max_bytes=100)
    assert skipped[str(path)].startswith("file is 820 bytes, over the 100 bytes limit per report")
    reports, skipped, _ = _read(path, max_bytes=10_000)
    assert reports and not skipped


# --- JSONL -------------------------------------------------------------------------------


def _record(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_good_lines_count_and_bad_lines_are_named(tmp_path: Path):
    lines = [
        _record(id="a", title="A", url="https://x.org/a", text=QUETTA),  # 1 good
        "{not json",  # 2
        "",  # 3 blank: ignored
        _record(id="b", title="no text"),  # 4
        _record(id="c", text="   "),  # 5
        "[1, 2, 3]",  # 6
        "[" * 100_000 + "]" * 100_000,  # 7 too deep for the parser
        _record(id="d", text=QUETTA, published="2026-01-31"),  # 8 good
        '{"id": "e", "text": "9' + "9" * 5000 + '"}',  # 9 good (a long string is fine)
        '{"id": "f", "n": 1' + "0" * 5000 + ', "text": "x"}',  # 10 int too long to parse
    ]
    data = "\n".join(lines).encode() + b"\n" + b'{"id": "g", "text": "caf\xe9"}\n'  # 11 not UTF-8
    path = _write(tmp_path / "feed.jsonl", data)
    reports, skipped, _ = _read(path)
    assert [r.doc_id for r in reports] == ["a", "d", "e"]
    assert reports[0].path == f"{path}:1" and reports[0].url == "https://x.org/a"
    assert reports[1].published == "2026-01-31"
    bad = {int(p.rsplit(":", 1)[1]): reason for p, reason in skipped.items()}
    assert sorted(bad) == [2, 4, 5, 6, 7, 10, 11]
    assert bad[2].startswith("invalid JSON (Expecting property name")
    assert bad[4] == bad[6] == "record has no 'text' string"
    assert bad[5] == "empty text"
    assert bad[7].startswith("invalid JSON") and bad[10].startswith("invalid JSON")
    assert bad[11].startswith("not UTF-8")


def test_jsonl_record_without_id_is_named_by_file_and_line(tmp_path: Path):
    path = _write(tmp_path / "feed.jsonl", "\n" + _record(text=QUETTA) + "\n")
    (report,), _, _ = _read(path)
    assert report.doc_id == "feed-2"


def test_jsonl_keeps_the_text_exactly(tmp_path: Path):
    text = "Quetta\r\n\u2028Turbat\u0001 \ud7ff Nushki \U0001f4a5"
    (report,), _, warnings = _read(_write(tmp_path / "f.jsonl", _record(id="x", text=text)))
    assert report.text == text and not warnings


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\n\n  \n", "empty file"),
        (codecs.BOM_UTF16_LE + _record(text="x").encode("utf-16-le"), "JSONL must be UTF-8"),
        (b"\x00\x01\x02" * 100, "binary file"),
    ],
)
def test_unreadable_jsonl_files_are_skipped(tmp_path: Path, data: bytes, reason: str):
    path = _write(tmp_path / "f.jsonl", data)
    reports, skipped, _ = _read(path)
    assert not reports and skipped[str(path)].startswith(reason)


def test_jsonl_with_a_utf8_bom_is_read(tmp_path: Path):
    path = _write(tmp_path / "f.jsonl", codecs.BOM_UTF8 + _record(id="a", text=QUETTA).encode())
    (report,), skipped, _ = _read(path)
    assert report.doc_id == "a" and not skipped


def test_jsonl_line_over_the_limit_is_skipped_and_never_held(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write((_record(id="first", text=QUETTA * 60) + "\n").encode())  # > 4 kB
        handle.write(b'{"id": "huge", "text": "')
        handle.truncate(200_000_000)  # a 200 MB line (sparse NULs), then two more records
        handle.seek(0, 2)
        handle.write(b'"}\n' + (_record(id="last", text=QUETTA) + "\n").encode())
        handle.write((_record(id="limit", text="x" * 9_970) + "\n").encode())
    tracemalloc.start()
    try:
        reports, skipped, _ = _read(path, max_bytes=10_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.doc_id for r in reports] == ["first", "last", "limit"]
    assert skipped == {f"{path}:2": "line over the 10,000 bytes limit"}
    assert peak < 5_000_000  # reading 200 MB in bounded pieces


# --- folders, identity -------------------------------------------------------------------


def test_duplicate_doc_ids_are_made_unique_and_reported(tmp_path: Path):
    one = _write(tmp_path / "a" / "001.txt", QUETTA)
    two = _write(tmp_path / "b" / "001.txt", QUETTA)
    three = _write(tmp_path / "c" / "001~2.txt", QUETTA)  # the obvious new name is taken
    feed = _write(tmp_path / "d" / "f.jsonl", _record(id="001", text=QUETTA))
    reports, skipped, warnings = _read(tmp_path)
    ids = [r.doc_id for r in reports]
    assert ids == ["001", "001~3", "001~2", "001~4"]
    assert len(set(ids)) == len(ids) and not skipped
    assert warnings == {
        str(two): "duplicate doc_id '001' renamed '001~3'",
        f"{feed}:1": "duplicate doc_id '001' renamed '001~4'",
    }
    assert [r.path for r in reports] == [str(one), str(two), str(three), f"{feed}:1"]


def test_a_file_given_twice_is_read_once(tmp_path: Path):
    path = _write(tmp_path / "r.txt", QUETTA)
    reports, skipped, warnings = _read(tmp_path, path)
    assert len(reports) == 1 and not skipped
    assert warnings == {str(path): "given more than once; read once"}


def test_folder_walk_names_documents_it_cannot_read(tmp_path: Path):
    _write(tmp_path / "r.txt", QUETTA)
    pdf = _write(tmp_path / "sub" / "scan.pdf", b"%PDF-1.4")
    docx = _write(tmp_path / "notes.DOCX", b"PK")
    for quiet in ("data.csv", "photo.png", ".hidden.txt", ".git/x.txt", "README.md", "docs.json"):
        _write(tmp_path / quiet, "[]")
    reports, skipped, _ = _read(tmp_path)
    assert [r.doc_id for r in reports] == ["r"]
    assert set(skipped) == {str(pdf), str(docx)}
    assert skipped[str(pdf)].startswith("unsupported file type '.pdf'")


def test_given_paths_that_are_not_reports_are_skipped(tmp_path: Path):
    missing = tmp_path / "missing"
    table = _write(tmp_path / "table.csv", "a,b")
    _, skipped, _ = _read(missing, table, Path("/dev/null"))
    assert skipped == {
        str(missing): "no such file or folder",
        str(table): "unsupported file type '.csv'; reports are .htm, .html, .jsonl, .markdown, "
        ".md, .txt",
        "/dev/null": "not a regular file or folder",
    }


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = _write(tmp_path / "r.txt", QUETTA)

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    _, skipped, _ = _read(path)
    assert skipped == {str(path): "cannot read (Permission denied)"}


def test_sidecar_metadata_is_reread_on_every_run(tmp_path: Path):
    _write(tmp_path / "r.txt", QUETTA)
    _write(tmp_path / "docs.json", json.dumps([{"id": "r", "title": "First"}]))
    assert _read(tmp_path)[0][0].title == "First"
    _write(tmp_path / "docs.json", json.dumps([{"id": "r", "title": "Second"}]))
    assert _read(tmp_path)[0][0].title == "Second"


def test_decode_errors_are_report_errors():
    with pytest.raises(ReportError, match="^x: empty file$"):
        decode(b"   ", "x")
    with pytest.raises(ReportError, match="invalid utf-16 text"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "x")  # a lone surrogate


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path: Path):
    # JSON and YAML can escape a lone surrogate, which no output file can hold.
    line = '{"id": "s", "title": "T\\ud800", "text": "Blast in Turbat \\udc00 today."}'
    feed = _write(tmp_path / "f.jsonl", line)
    page = _write(tmp_path / "p.md", '---\ntitle: "Quetta \\ud800"\n---\n' + QUETTA)
    reports, skipped, warnings = _read(feed, page)
    assert [r.text for r in reports] == ["Blast in Turbat \ufffd today.", QUETTA]
    assert [r.title for r in reports] == ["T\ufffd", "Quetta \ufffd"]
    assert warnings == {f"{feed}:1": "1 lone surrogate escape(s) replaced by U+FFFD"}
    assert not skipped


@pytest.mark.parametrize("chunk", [1, 2, 4, 1 << 20])
def test_jsonl_lines_are_cut_exactly_at_the_limit(monkeypatch: pytest.MonkeyPatch, chunk: int):
    import io

    from incidentmap import sources

    monkeypatch.setattr(sources, "_CHUNK", chunk)
    data = b"12345\n123456\n\n1234\r\n" + b"x" * 50 + b"\n12345"
    lines = list(sources._lines(io.BytesIO(data), 5))
    assert lines == [b"12345\n", None, b"\n", b"1234\r\n", None, b"12345"]


# --- input built to hurt -----------------------------------------------------------------


@pytest.mark.parametrize(
    "front",
    [
        "published: 2026-31-01\n",  # month 31
        "published: 2026-02-30\n",  # no such day
        "published: 2026-01-31 25:61:00\n",  # no such time
        "title: " + "7" * 5000 + "\n",  # more digits than Python converts
        "title: " + "[" * 20000 + "\n",  # deeper than the YAML composer recurses
        "title: " + "[" * 20000 + "]" * 20000 + "\n",
    ],
)
def test_front_matter_python_cannot_build_keeps_the_report_with_a_warning(
    tmp_path: Path, front: str
):
    bad = _write(tmp_path / "bad.md", f"---\n{front}---\n{QUETTA}")
    _write(tmp_path / "good.md", f"---\ntitle: Good\n---\n{QUETTA}")
    reports, skipped, warnings = _read(tmp_path)
    assert [(r.doc_id, r.text, r.title) for r in reports] == [
        ("bad", QUETTA, None), ("good", QUETTA, "Good"),
    ]  # fmt: skip
    assert not skipped
    assert warnings[str(bad)].startswith("malformed YAML front matter")
    assert "kept the text after it" in warnings[str(bad)]


def test_file_names_that_are_not_utf8_are_read_and_shown_escaped(tmp_path: Path):
    folder = os.fsencode(tmp_path / "caf\u00e9")  # a Latin-1 folder name inside
    os.mkdir(folder.replace("\u00e9".encode(), b"\xe9"))
    latin = folder.replace("\u00e9".encode(), b"\xe9") + b"/r\xe9port.txt"
    with open(latin, "wb") as handle:
        handle.write(QUETTA.encode())
    with open(latin.replace(b".txt", b".pdf"), "wb") as handle:
        handle.write(b"%PDF")
    (report,), skipped, warnings = _read(tmp_path)
    assert report.doc_id == "r\\xe9port"
    assert report.path == f"{tmp_path}/caf\\xe9/r\\xe9port.txt"
    assert list(skipped) == [f"{tmp_path}/caf\\xe9/r\\xe9port.pdf"]
    for text in (report.doc_id, report.path, *skipped, *warnings):
        text.encode("utf-8")  # storable in every output


def test_utf16_without_byte_order_mark_in_urdu_is_text(tmp_path: Path):
    urdu = (
        "\u06a9\u0648\u0626\u0679\u06c1 \u0645\u06cc\u06ba "
        "\u062f\u06be\u0645\u0627\u06a9\u06c1\u06d4\n"
    ) * 5
    for codec in ("utf-16-le", "utf-16-be"):
        path = _write(tmp_path / f"{codec}.txt", urdu.encode(codec))
        (report,), skipped, warnings = _read(path)
        assert report.text == urdu and not skipped
        assert warnings[str(path)] == f"not UTF-8: decoded as {codec.upper()} (no byte-order mark)"


@pytest.mark.parametrize("where", [0, 10, 5000, 70000])
def test_a_stray_nul_is_read_the_same_wherever_it_stands(tmp_path: Path, where: int):
    text = (QUETTA * 1000)[:80000]
    data = text[:where] + "\x00" + text[where + 1 :]
    for name, raw in (("r.txt", data), ("f.jsonl", _record(id="j", text=data))):
        path = _write(tmp_path / name, raw)
        (report,), skipped, warnings = _read(path)
        assert report.text == text[:where] + "\ufffd" + text[where + 1 :] and not skipped
        where_warned = f"{path}:1" if name.endswith(".jsonl") else str(path)
        assert warnings == {where_warned: "1 NUL character(s) replaced by U+FFFD"}


def test_an_unreadable_subfolder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    good = _write(tmp_path / "r.txt", QUETTA)
    locked = tmp_path / "locked"
    _write(locked / "hidden-from-us.txt", QUETTA)
    real = os.scandir

    def scandir(path):
        if Path(path) == locked:  # as for a folder without read permission (we may be root)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    reports, skipped, _ = _read(tmp_path)
    assert [r.path for r in reports] == [str(good)]
    assert skipped == {str(locked): "cannot read folder (Permission denied)"}


def test_a_folder_without_read_permission_is_named(tmp_path: Path):
    """A real folder without read permission, read by a process the permission binds.

    Root reads every folder; under root (as in CI) the reading runs in a child process
    whose capabilities to override file permissions are dropped (util-linux ``setpriv``).
    """
    locked = tmp_path / "locked"
    _write(locked / "r.txt", QUETTA)
    _write(tmp_path / "r2.txt", QUETTA)
    code = (
        "import json, sys; from incidentmap.sources import reports_from_paths; "
        "_, s = reports_from_paths([sys.argv[1]]); "
        "print(json.dumps({x.path: x.reason for x in s}))"
    )
    command = [sys.executable, "-c", code, str(tmp_path)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "util-linux setpriv is needed to read as root without overrides"
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    locked.chmod(0)
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    finally:
        locked.chmod(0o755)
    assert json.loads(done.stdout) == {str(locked): "cannot read folder (Permission denied)"}


def test_symbolic_links_broken_outward_and_looping(tmp_path: Path):
    outside = _write(tmp_path / "elsewhere" / "secret.txt", QUETTA)
    folder = tmp_path / "reports"
    _write(folder / "r.txt", QUETTA)
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    (folder / "out.txt").symlink_to(outside)
    (folder / "loop").symlink_to(folder)  # a folder link back up: walked once
    (folder / "z-inside.md").symlink_to(folder / "r.txt")
    reports, skipped, warnings = _read(folder)
    assert sorted(r.doc_id for r in reports) == ["out", "r"]  # z-inside.md is r.txt again
    assert skipped == {str(folder / "gone.txt"): f"broken symbolic link (to {folder}/deleted.txt)"}
    assert warnings[str(folder / "out.txt")] == (
        f"symbolic link to {outside}, outside {folder}; read it (--no-follow refuses)"
    )
    assert warnings[str(folder / "z-inside.md")] == "given more than once; read once"

    reports, skipped = reports_from_paths([folder], follow_symlinks=False)
    assert [r.doc_id for r in reports] == ["r"]
    assert {s.path: s.reason for s in skipped} == {
        str(folder / "gone.txt"): f"broken symbolic link (to {folder}/deleted.txt)",
        **{
            str(folder / name): "symbolic link, not followed (--no-follow)"
            for name in ("out.txt", "loop", "z-inside.md")
        },
    }


def test_a_build_into_its_own_source_folder_reads_every_report_every_time(
    runner, example_dir: Path, tmp_path: Path
):
    """Only the files run.json lists are passed over, with a word; the folder still counts."""
    import shutil

    from incidentmap.cli import main

    folder = tmp_path / "reports"
    shutil.copytree(example_dir, folder)
    counts = []
    for _ in range(3):
        result = runner.invoke(main, ["build", str(folder), "-o", str(folder), "--tiles", "none"])
        assert result.exit_code == 0, result.output
        counts.append(json.loads((folder / "run.json").read_text())["counts"]["reports_read"])
    reports = [p for p in example_dir.glob("*.md") if p.name != "README.md"]
    assert counts[0] == counts[1] == counts[2] == len(reports)
    assert f"warning {folder / 'map.html'}: not read: incidentmap's output" in result.stderr
    # A later build into another folder reads that folder's reports too.
    result = runner.invoke(
        main, ["build", str(folder), "-o", str(tmp_path / "o"), "--tiles", "none"]
    )
    run = json.loads((tmp_path / "o" / "run.json").read_text())
    assert run["counts"]["reports_read"] == counts[0]
