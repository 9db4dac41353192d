"""Text helpers shared by the extraction and role stages: folding and sentence spans."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

_PUNCT_FOLD = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u00a0": " ",
}  # fmt: skip
#: The only characters that ignoring case relates to ASCII letters and digits ("\u0131"
#: matches 'i'), or whose lower case is not one character or is ASCII, beside ASCII
#: letters. In text without them, ignoring case for ASCII words is lower-casing, which is
#: much faster to search (see the tests).
CASE_SPECIALS = "\u0130\u0131\u017f\u212a"
#: Runs of non-ASCII characters (captured, so ``split`` alternates ASCII and non-ASCII).
_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


@cache
def _fold_char(char: str) -> str:
    if char in _PUNCT_FOLD:
        return _PUNCT_FOLD[char]
    decomposed = "".join(
        c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
    ).lower()
    if len(decomposed) == 1:
        return decomposed
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie ('h(?:ighway|otel)'), for a fast scan.

    Python's engine tries the branches of a flat alternation one after the other at every
    position; branching on the first letters keeps a scan of the text near C speed.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


#: Texts at least this long are reports (or parts of them): their folds are remembered.
_LONG_TEXT = 256


def fold(text: str) -> str:
    """Lower-case and strip accents *without changing the length* of the text.

    Matching runs on the folded text and reports offsets into it, so every character must
    map to exactly one character; that is why this is not ``casefold()``. Extraction and
    the role rules each fold the same report: the last few long texts' folds are kept.
    """
    return _fold_long(text) if len(text) >= _LONG_TEXT else _fold(text)


@lru_cache(maxsize=4)
def _fold_long(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    # Runs of ASCII are lowered whole; only the (few) other characters go one by one.
    parts = _NON_ASCII.split(text)
    parts[::2] = [part.lower() for part in parts[::2]]
    parts[1::2] = ["".join(map(_fold_char, part)) for part in parts[1::2]]
    return "".join(parts)


#: ASCII characters that separate words (everything but letters and digits) -> space.
_ASCII_SEPARATORS = bytes(b if chr(b).isalnum() or b >= 0x80 else 0x20 for b in range(256))
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")


def _non_ascii_separator(match: re.Match[str]) -> str:
    char = match.group()
    return char if char.isalnum() else " "


def spaced_words(text: str) -> str:
    """``text`` with every non-alphanumeric character a space, between two spaces.

    Same length plus two, so offsets carry over (minus one). A name found in this form
    stands as whole words: the gazetteer's matcher runs over it (see ``find_names``).
    ASCII text goes through ``bytes.translate``, which is many times faster than a regex.
    """
    # surrogatepass: a lone surrogate (possible in a str from Python code) stays one char.
    spaced = (
        text.encode("utf-8", "surrogatepass")
        .translate(_ASCII_SEPARATORS)
        .decode("utf-8", "surrogatepass")
    )
    if not text.isascii():
        spaced = _NON_ASCII_CHAR.sub(_non_ascii_separator, spaced)
    return f" {spaced} "


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> str:
    """Fold a gazetteer name the way ``fold`` folds text, with spaces collapsed.

    Memoised: the same few thousand names are folded again in every report.
    """
    return " ".join(fold(name).split())


#: The ezafe between two words of a folded name, written apart or hyphenated: "dasht e
#: goran", "gulshan-e-hadeed", "khuda-i-abadan". The gazetteer spells names with each form
#: of it; resolution reads them all as one.
EZAFE = re.compile(r"(?<=[a-z])(?: (?:e|i)-? | ?-(?:e|i)- ?)(?=[a-z])")


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "brig", "sgt", "st", "no",
    "vs", "etc", "inc", "ltd", "co", "jr", "sr", "prof", "govt", "dept", "approx", "u.s",
    "p.m", "a.m", "e.g", "i.e", "d.i", "d.g", "i.g", "dig", "ig", "sho", "ssp",
}  # fmt: skip
_ABBREVIATION_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."
#: A sentence ends at a line break, or at a run of ``.!?`` (and closing quotes or brackets)
#: before white space and a capital or digit. Written to begin with one character class, so
#: that the regex engine skips ahead to the candidates: ~2.7x faster than the plain
#: ``[.!?]+[closers]*(?=...)|\n``, which matches the same spans (see the tests).
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]*[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9]))"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans ``(start, end)``; line breaks always end a sentence.

    A full stop after a known abbreviation or a single capital letter (``D.I. Khan``) does
    not end a sentence. Extraction, events and claims each split the same report: the
    last few texts' spans are kept, and each caller gets a list of its own.
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("."):
            # The word before the full stop: the run of letters and dots ending there.
            cut = start + len(text[start : match.start()].rstrip(_ABBREVIATION_CHARS))
            token = text[cut : match.start()].lower().rstrip(".")
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        end = match.end()
        _append_trimmed(spans, text, start, end)
        start = end
    _append_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append ``(start, end)`` without its outer white space, unless nothing else is left."""
    piece = text[start:end]
    kept = piece.lstrip()
    if kept:
        start += len(piece) - len(kept)
        spans.append((start, start + len(kept.rstrip())))


def is_word_char(char: str) -> bool:
    """True for characters that continue a word (letters and digits)."""
    return char.isalnum()
