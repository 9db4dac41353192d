"""Saved web pages: the article only, on three outlet layouts, in time linear in the page."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from incidentmap.errors import ReportError
from incidentmap.options import BuildOptions
from incidentmap.pipeline import analyse
from incidentmap.sources import report_from_html, reports_from_paths

PAGES = Path(__file__).parent / "data" / "html"
LAYOUTS = sorted(p.name for p in PAGES.glob("*.html"))
#: Places the pages name only in menus, sidebars, footers and lists of other stories.
FURNITURE = ("Turbat", "Zhob", "Chaman", "Quetta", "Karachi", "Lahore", "Peshawar", "Kabul",
             "Islamabad", "Gwadar", "Hub", "Kalat", "Most read", "Related", "Share")  # fmt: skip


def test_three_layouts_are_there():
    assert LAYOUTS == ["related-cards.html", "semantic-sidebar.html", "table-layout.html"]


@pytest.mark.parametrize("name", LAYOUTS)
def test_only_the_article_is_read(name: str):
    (report,), skipped = reports_from_paths([PAGES / name])
    assert not skipped
    assert "check post in Sibi" in report.text
    assert "hospital" in report.text  # the story's last paragraph is kept
    for word in FURNITURE:
        assert word not in report.text, word
    assert report.published == "2026-02-01"
    assert "Sibi" in (report.title or "")


def test_page_metadata_is_taken_from_the_head():
    (report,), _ = reports_from_paths([PAGES / "semantic-sidebar.html"])
    assert report.title == "Police post attacked in Sibi"
    assert report.url == "https://ledger.example/pakistan/2026/02/01/sibi-police-post"
    assert report.publisher == "The Frontier Ledger"
    # The date of the story, not of the cards of other stories before it.
    (cards,), _ = reports_from_paths([PAGES / "related-cards.html"])
    assert cards.published == "2026-02-01" and cards.publisher == "Balochistan Courier"


@pytest.mark.parametrize("name", LAYOUTS)
def test_sidebar_and_menus_make_no_place(name: str):
    places = analyse([PAGES / name], BuildOptions(use_cache=False)).places
    assert sorted(places[places["role"] == "incident"]["name"]) == ["Sibi"]
    assert set(places["name"]) == {"Sibi"}


def test_three_outlets_corroborate_one_place():
    places = analyse([PAGES], BuildOptions(use_cache=False)).places
    assert list(places["name"]) == ["Sibi"]
    assert int(places.iloc[0]["n_sources"]) == 3


def test_a_wrapper_with_a_sidebar_class_is_not_dropped():
    page = ('<html><body><div class="site has-sidebar"><p>Gunmen attacked a check post in '
            "Sibi on Saturday.</p><div class='sidebar'><p>Firing in Turbat</p></div></div>"
            "</body></html>")  # fmt: skip
    report = report_from_html(page, Path("w.html"))
    assert report.text == "Gunmen attacked a check post in Sibi on Saturday."


def test_hidden_and_aria_hidden_blocks_are_dropped():
    page = (
        "<html><body><article><p>Gunmen attacked a check post in Sibi.</p>"
        "<div hidden><p>Turbat</p></div><p aria-hidden='true'>Zhob</p>"
        "<section><h3>Read more</h3><p>Chaman</p></section></article></body></html>"
    )
    assert report_from_html(page, Path("h.html")).text == "Gunmen attacked a check post in Sibi."


@pytest.mark.parametrize(
    "page",
    [
        "<a" * 400_000,  # 800 KB: 344 s with html.parser
        "<a x=" * 200_000,
        "<!--" * 250_000,
        "<![" * 300_000,
        "&#" * 400_000,
        "<p><b><i>" * 100_000 + "Sibi",
        "<p>Sibi" * 200_000,
        '<a href="x">Sibi' * 100_000,
    ],
    ids=lambda p: repr(p[:12]),
)
def test_pathological_markup_is_read_in_bounded_time(page: str):
    started = time.perf_counter()
    try:
        report_from_html(page, Path("p.html"))
    except ReportError as err:
        assert err.reason.startswith("HTML page")
    # Generous for a loaded machine: these take 0.01-1.5 s; html.parser took minutes.
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize("tag", ["div", "b", "table"])
def test_a_page_nested_deeper_than_the_parser_allows_is_refused_not_cut(tag: str):
    page = "<html><body>" + f"<{tag}>" * 5000 + "Sibi attack"
    with pytest.raises(ReportError, match="HTML page refused: Excessive depth"):
        report_from_html(page, Path("deep.html"))


def test_a_deep_but_sane_page_is_read_whole():
    page = "<html><body>" + "<div>" * 600 + "<p>Gunmen attacked Sibi.</p>" + "</div>" * 600
    page += "<p>Police said the attackers fled.</p></body></html>"
    text = report_from_html(page, Path("deep.html")).text
    assert text == "Gunmen attacked Sibi.\n\nPolice said the attackers fled."
