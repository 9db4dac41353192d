"""Find place mentions in a report's text, with exact offsets.

Three kinds of mention come out of one report:

* gazetteer names (``match`` = ``name`` or ``alias``), found by an Aho-Corasick scan over the
  folded text, kept only where they stand as whole, capitalised words, leftmost-longest;
* sites, roads and neighbourhoods (``match`` = ``site``: "Serena Hotel", "Kuchlak bypass",
  "University of Karachi") that the gazetteer cannot know; they are attached later to the
  place they lie in, and keep their own surface;
* unknown named areas (``match`` = ``area``: "the Balgatar area of Kech district"), placed at
  the level of the district or town the text puts them in.

Pure text processing: no I/O, no geometry.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ._text import (
    CASE_SPECIALS,
    alternation,
    fold,
    fold_name,
    sentence_spans,
    spaced_words,
)
from .geocode.base import IndexedGazetteer
from .geocode.roads import HIGHWAY_NUMBER, highway_of
from .models import COARSE_KINDS, PlaceMention, Report

#: Capitalised words that begin sentences or titles far more often than they name places.
COMMON_WORDS = frozenset(
    """
    a an and as at by for from if in into is it of on or the to up we he she they this that
    these those there here then when where while who why how what which all any both each
    many more most much no not now only other over same so some such than too very just also
    security police army navy forces force officials official government minister chief
    state president prime home interior information health provincial federal district
    deputy commissioner assistant inspector general senior additional superintendent
    station house officer spokesman spokesperson sources source reports report news
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    earlier later meanwhile however according following after before during despite since
    until under upon within without between among against around across along
    central northern southern eastern western north south east west frontier border
    mobile independence victoria unity progress union liberty justice mercy hope
    one two three four five six seven eight nine ten eleven twelve twenty dozens hundreds
    """.split()
)
#: Faiths and sects, written like names but naming people ("a dispute between Sunni and
#: Shia tribes"): never an unknown area.
FAITHS = frozenset(
    "sunni sunnis shia shias shiite shiites christian christians hindu hindus sikh sikhs "
    "ahmadi ahmadis muslim muslims barelvi deobandi ismaili ismailis zikri zikris".split()
)
#: Words after a place name that make the whole a name of something else.
ORG_HEADS = frozenset(
    """
    army navy corps police levies rangers constabulary railways railway airlines liberation
    front party tehreek tehrik movement league assembly government college university
    institute corridor initiative guard guards board authority council commission chamber
    bank club cricket division department ministry commissioner deputy inspector chief
    minister secretary
    governor senator home information medical teaching civil press times tribune news
    observer post express group brigade force forces economic high supreme court bar
    national provincial development chamber post shura muslim people peoples awami
    gladiators zalmi kings qalandars united sultans municipal metropolitan committee
    """.split()
)
#: Words after a place name that keep it a place ("Peshawar City", "Kech district").
PLACE_WORDS = frozenset(
    """
    city town district tehsil division area areas province region valley village port
    bazaar bazar market road highway bypass chowk cantt cantonment airport station
    """.split()
)
#: A capitalised word; a full stop only after initials ("D.I."), never "Kolpur." + "The".
#: (Written with the capital first, which a scan can skip ahead to; the same as
#: ``(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][A-Za-z]*(?:...)*)``, its branches in the same order.)
_CAP_REST = (
    r"(?:\.(?:[A-Z]\.)*"
    r"|[A-Za-z]*(?:[-\u2013](?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][A-Za-z]*|e|i|ul|al|o))*)"
)
_CAP = rf"[A-Z]{_CAP_REST}"
#: ``\b{_CAP}``, the word boundary looked behind: a pattern beginning with it is searched
#: from capital to capital.
_WORD_CAP = rf"[A-Z](?<=\b[A-Z]){_CAP_REST}"


SITE_HEADS = (
    "Road|Highway|Bypass|Street|Avenue|Motorway|Chowk|Hotel|Mosque|Masjid|Imambargah|"
    "Bazaar|Bazar|Market|Top|Cantt|Cantonment|Jail|Prison|Zone|Institute|University|"
    "College|Hospital|Station|Airport|Airbase|Port|Stadium|Square|Bridge|Tunnel|Dam|"
    "Checkpost|Check Post|Plaza|Complex|Headquarters|Compound|Shrine|Church|School|"
    "Colony|Park|Mall|Gate|Terminal|Camp|Point|Junction|Mine|Mines|Colliery|"
    "Outpost|Picket|Fort|Barracks|Exchange|Hostel|Expressway|Ward|Nala|Nullah|"
    "Gasfield|Coalfield|Gas Field|Gas-field|Coal Field|Coal-field|Oil Field|"
    "Police Post|Police Lines|Police Office|Press Club|Plant"
)
#: The head nouns of sites, one word each: an unknown name that is only these is none.
_HEAD_WORDS = frozenset(w.lower() for w in re.split(r"[| ]", SITE_HEADS))
#: Words of "tomb of X" sites that are not head nouns (University and Shrine are).
_OF_SITES = ("tomb", "mausoleum", "dargah")
_SITE_MODIFIER = "(?:national|coastal|main|old|new|railway|bus|police|civil|city)"
#: Sites named by the head alone ("the Police Lines", "Police Lines Loralai").
_STANDALONE_SITES = ("Police Lines", "Press Club")
#: Sites whose kind comes first ("Imambargah Maula Karballa", "Shahrah-e-Faisal").
_PREFIX_SITES = "Imambargah|Dargah|Darbar|Masjid|Jamia|Madrassa|Madrasa|Mohalla|Muhalla"
#: Neighbourhoods named "<name> Town" ("Abbas Town", "Johar Town"): only with a capital T,
#: which makes the word part of the name ("in Turbat town" is the town).
_TOWN_SITE = rf"{_CAP}(?:[ ](?:{_CAP}|e|al|ul))*[ ]Town"
#: Every branch of ``_SITE`` begins with a capital or, case ignored, with the first letter
#: of shrine, tomb, mausoleum or dargah (which the long s also is): the lookahead turns
#: other word starts away at once, and the head nouns are a trie (``alternation``).
_SITE_FIRST = "[A-Zstmd\u017f]"
_SITE = re.compile(
    rf"\b(?={_SITE_FIRST})(?:University of {_CAP}(?:[ ]{_CAP})?"
    rf"|(?:{'|'.join(_STANDALONE_SITES)})(?:[ ](?!The\b|A\b){_CAP})?"
    rf"|(?:{_PREFIX_SITES})[ ]{_CAP}(?:[ ]{_CAP}){{0,3}}"
    rf"|Shahrah?-e-[A-Z][A-Za-z]*"
    rf"|(?i:shrine|tomb|mausoleum|dargah) of {_CAP}(?:[ ]{_CAP}){{0,3}}"
    rf"|{_CAP}(?:[ ](?:{_CAP}|e|al|ul))*(?:[ ]{_SITE_MODIFIER})?"
    rf"[ ](?i:{alternation(head.lower() for head in SITE_HEADS.split('|'))})"
    rf"|{_TOWN_SITE})\b"
)
_ROAD_HEADS = {"road", "highway", "bypass", "street", "avenue", "motorway", "expressway"}
#: What a text calls an unknown named area right after its name ("the Balgatar area",
#: "Nal tehsil", "the Jalgai sector of Kech").
AREA_WORDS = (
    "area", "areas", "tehsil", "sub-tehsil", "village", "locality", "valley", "sector",
    "union council", "mountain range", "mountains", "hills",
)  # fmt: skip
_AREA = re.compile(rf"({_WORD_CAP}(?:[ ]{_CAP}){{0,2}})[ ]({'|'.join(AREA_WORDS)})\b")
#: Sites named after the locality they stand in, their head in lower case: "the Sadda
#: bazaar", "the Pewar checkpost", "the Machka police camp", "the Gashterri coalfield",
#: "the Shah Noorani shrine". The name before the head is a place the gazetteer lacks.
#: (A capitalised head makes the whole a proper name: "Liaquat Bazaar", "Surkhab Camp".)
_LOCALITY_SITE = re.compile(
    r"(?P<lead>.+?)[ ](?:(?:police|Levies|levies|FC|railway|border|bus|main|old|new)[ ])?"
    r"(?P<head>bazaar|bazar|market|checkpost|check post|police station|police post|camp"
    r"|coalfield|coal field|gas field|bridge|shrine|interchange|crossing|railway station"
    r"|mine)"
)
#: Words naming who, not where, before a site's head ("the Afghan checkpost", "a Sufi
#: shrine").
_PEOPLES = frozenset(
    "afghan afghans pakistani iranian indian chinese american british baloch balochi "
    "pashtun pakhtun punjabi sindhi hazara sufi".split()
)


def area_name(surface: str) -> str:
    """The name an unknown area's mention gives it: "Sadda" for "Sadda bazaar"."""
    match = _LOCALITY_SITE.fullmatch(surface)
    return match.group("lead") if match else surface


#: An apposition that places the name before it by a place after it: "at Gogdan, on the
#: outskirts of Turbat", "at Hudur, a few kilometres from Chilas", "near Sultan Charhai,
#: about five kilometres outside Noshki", "in Kalaya, the main town of lower Orakzai".
_LOCATOR = (
    r", (?:on the (?:[a-z-]+ )?(?:outskirts|edge|fringes?) of"
    r"|(?:(?:a few|several|some|about|around|nearly|barely|just|only) )?(?:[a-z0-9.-]+ )?"
    r"(?:kilometres|kilometers|km|miles) (?:[a-z-]+ )?(?:from|of|outside|away)"
    r"|(?:the )?(?:main |district |tehsil )?(?:town|village|headquarters) of"
    r"|not far from|close to)\b"
)


#: Looked behind from a name after "at": "fired at Karim" names a target, not a place.
_NOT_SHOT_AT = "".join(
    f"(?<!{verb} at )" for verb in ("fired", "shot", "aimed", "hurled", "thrown", "lobbed")
)


def _named(group: str, first: str = _CAP) -> str:
    return rf"(?P<{group}>{first}(?:[ ]{_CAP}){{0,3}})"


_SETTLEMENT = (
    r"(?P<kind>towns?|villages?|city|cities|hamlets?|settlements?|localit(?:y|ies)|areas?"
    r"|tehsil|valley)"
)
#: Unknown names the text itself calls a place ("kind" says what the text calls it):
#: "the border town of Saravan", "the villages of Killi Luqman and Killi Jahangir",
#: "Surbandar, a fishing town", "at Janikhel in Bannu", "near Sultan Charhai, outside
#: Noshki", "chased to Sangani Sar, where", "between the Kolpur and Dozan stations".
_NAMED_PLACE_PATTERNS = (
    re.compile(rf"\b{_SETTLEMENT} of {_named('a')}(?: and {_named('b')})?"),
    re.compile(rf"{_named('a', _WORD_CAP)}, an? (?:[a-z-]+ ){{0,3}}{_SETTLEMENT}\b"),
    # "\b(?:in|at|near|to|outside) " written from the space before the name, looking
    # behind: the engine then skips to spaces before capitals (same matches, as the name
    # holds no lower-case preposition; about 2.5 times as fast).
    re.compile(
        r"[ ](?=[A-Z])(?:(?<=\bin )|(?<=\bat )|(?<=\bnear )|(?<=\bto )|(?<=\boutside ))"
        rf"{_NOT_SHOT_AT}{_named('a')}"
        rf"(?=,? (?:in|of|near|outside) (?:the )?[A-Z]|, where\b|{_LOCATOR})"
    ),
    re.compile(rf"\bbetween (?:the )?{_named('a')} and {_named('b')}\b"),
    # "the Washbod and Bonistan areas", "the Dadiwala and Pezo police stations": a list is
    # two places, never one site.
    re.compile(
        rf"{_named('a', _WORD_CAP)}(?:, {_named('c')})? and {_named('b')} "
        r"(?:(?P<kind>areas|villages|towns|tehsils|union councils)"
        r"|(?:(?:police|Police|Levies|levies|FC) )?(?:stations|posts|check ?posts|checkposts))\b"
    ),
    # "in Gogdan, 15km from Turbat"
    re.compile(
        r"[ ](?=[A-Z])(?:(?<=\bin )|(?<=\bat )|(?<=\bnear ))"  # as the pattern before
        rf"{_named('a')},? (?:about |some |around )?\d+ ?"
        r"(?:km|kilometres|kilometers|miles)\b"
    ),
    # "the Satellite Area of Turbat": a capitalised Area is part of the name
    re.compile(rf"(?P<a>{_WORD_CAP}(?:[ ]{_CAP}){{0,2}}[ ]Area)\b"),
)
#: A name the gazetteer lacks standing alone after "near", "at" or "in" ("ambushed near
#: Bonistan", "raided a house in Dannuk"): in reports of violence such a name is nearly
#: always a place. The whole run of capitalised words is the name; one owning something
#: ("near Ahmed's house") or joined to more by a hyphen is not, nor the target of a shot
#: ("fired at Karim").
_LONE_NAME = re.compile(
    # Written from the space before the name, as the pattern "in X, near Y" above.
    r"[ ](?=[A-Z])(?:(?<=\b[Ii]n )|(?<=\b[Aa]t )|(?<=\b[Nn]ear ))"
    rf"{_NOT_SHOT_AT}{_named('a')}(?![\w\u2019'-]|[ ][A-Z0-9])"
)
#: Words that open the name of a village or hamlet ("Killi Sardar Mengal", "Goth Allah
#: Bux", "Basti Malik"), kept in the name, and administrative units whose name follows
#: them ("Union Council Nakas", "Mouza Jhok"), left out of it.
_VILLAGE_WORDS = "Killi|Kili|Qila|Goth|Basti|Kalay|Kallay|Dhok|Chak"
_UNIT_WORDS = "Union Council|UC|Mouza|Mauza|Village"
_SETTLEMENT_PREFIX = re.compile(
    rf"\b(?:(?P<a>(?:{_VILLAGE_WORDS})[ ]{_CAP}(?:[ ]{_CAP}){{0,3}})"
    rf"|(?:{_UNIT_WORDS})[ ]{_named('b')})(?![\w\u2019'-])"
)
_POSSESSIVE = ("'s", "\u2019s")
#: "Peshawar's Hayatabad", "Lahore's Gulberg": a name the gazetteer lacks, owned by a place.
_POSSESSED = re.compile(rf"['\u2019]s[ ](?=[A-Z]){_named('a')}(?![\w\u2019'-]|[ ][A-Z0-9])")
#: What ``_SETTLEMENT_PREFIX`` cannot match without (only the lines holding it are searched).
_SETTLEMENT_CUE = re.compile(rf"(?:{_VILLAGE_WORDS}|{_UNIT_WORDS})[ ][A-Z]")
#: Capitalised words that follow "in" or "at" without naming a place: peoples
#: (``_PEOPLES``) and languages ("written in Sindhi"), titles, months of the Islamic
#: calendar, words of an event.
_NOT_PLACES = _PEOPLES | frozenset(
    """
    urdu pashto pushto baluchi saraiki seraiki brahui persian dari arabic english
    australian hazaras balochs pashtuns pakhtuns
    mr mrs ms dr sheikh haji mullah maulana syed sardar mir nawab malik
    muharram safar rabi ramadan ramazan shawwal zilhaj ashura eid
    parliament senate dawn
    bomb blast blasts attack attacks explosion firing clash clashes raid operation incident
    """.split()
)
#: Titles that open a person's name, never a place's ("Mir", "Pir", "Haji" open both).
_PERSON_TITLES = frozenset("maulana maulvi mullah mufti qari mr mrs ms dr".split())
#: Last words of personal names far more often than of places.
_SURNAMES = frozenset("khan baloch baluch ahmed ahmad hussain hussein muhammad mohammad".split())
#: Lines where most words are capitalised (headlines) break the "inside a name" test.
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


#: Each pattern above with a cheap cue it cannot match without (a site's head noun, the
#: word 'area', ', a ', 'between'), searched first: the pattern then runs only over the
#: lines that hold its cue. None of the patterns can match across a line break, so the
#: matches are exactly those of a scan of the whole text, at a fraction of the cost.
#: Searched in the spaced words of the raw text (``spaced_words(text)``), ignoring case as
#: ``_SITE`` does: the folded text would miss "Hospıtal" (dotless i), which ``(?i:...)``
#: matches, and turn symbols that bound a word ("RoadⒶ") into letters.
_SITE_CUE_WORDS = sorted(
    {
        *(w.split()[-1].split("-")[-1] for w in SITE_HEADS.lower().split("|")),
        *_OF_SITES,
        *_PREFIX_SITES.lower().split("|"),
        "shahrah",
        "shahra",
        "town",
    }
)
_SITE_CUE = re.compile(rf"[ ]{alternation(_SITE_CUE_WORDS)}(?=[ ])", re.IGNORECASE)
#: The same, searched in lower-cased text (about three times as fast as ignoring case).
_SITE_CUE_LOWER = re.compile(rf"[ ]{alternation(_SITE_CUE_WORDS)}(?=[ ])")
#: A cue is a regex, or literal strings found with ``str.find`` (faster than their
#: alternation, whose first letters are too common to skip ahead on, for rare words).
Cue = re.Pattern[str] | tuple[str, ...]
_AREA_CUE: Cue = re.compile(rf"[ ](?:{'|'.join(w for w in AREA_WORDS if w != 'areas')})")
_SETTLEMENT_WORDS = (
    "town village city cities hamlet settlement locality localities area tehsil valley".split()
)
#: None: the pattern is cheaper to run over the whole text than to gate (its cue, a
#: preposition before a capital, is in most lines).
_NAMED_PLACE_CUES: tuple[Cue | None, ...] = (
    # " of " is a literal the engine finds fast; the word before it is then looked behind.
    re.compile(
        " of (?:" + "|".join(f"(?<={w}{s} of )" for w in _SETTLEMENT_WORDS for s in ("", "s")) + ")"
    ),
    re.compile(r", an? "),
    None,
    re.compile(r"between "),
    # What ends the list ("areas", "police stations", "check posts"), rarer than " and ".
    ("areas", "villages", "towns", "tehsils", "councils", "stations", "posts"),
    ("km", "kilomet", "mile"),
    (" Area",),
)


def _cued_lines(
    text: str, cue: re.Pattern[str], cue_text: str, shift: int
) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` in which ``cue`` occurs, in order.

    The cue is searched in ``cue_text``, whose offset ``i + shift`` is ``text``'s ``i``.
    """
    lines: list[tuple[int, int]] = []
    position = 0
    while match := cue.search(cue_text, position):
        # The line of the cue's first character; a cue may begin with the line break
        # before it (a space in the spaced words), which then belongs to this line.
        first = max(0, match.start() - shift)
        start = text.rfind("\n", 0, first + 1) + 1
        end = text.find("\n", max(start, match.end() - shift - 1))
        end = len(text) if end < 0 else end
        lines.append((start, end))
        position = end + shift  # the break itself: the next cue may begin with it
    return lines


def _lines_holding(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` holding one of ``literals``, in order."""
    lines: set[tuple[int, int]] = set()
    for literal in literals:
        position = text.find(literal)
        while position >= 0:
            start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            lines.add((start, end))
            position = text.find(literal, end)
    return sorted(lines)


def _cued_finditer(
    pattern: re.Pattern[str],
    cue: Cue,
    text: str,
    cue_text: str | None = None,
    shift: int = 0,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only in the lines where ``cue`` occurs.

    ``cue_text`` (``text`` itself by default, or e.g. its spaced words, offset by
    ``shift``) is where a regex cue is looked for; literals are looked for in ``text``.
    ``pos``/``endpos`` keep word boundaries as in the whole text.
    """
    if isinstance(cue, tuple):
        lines = _lines_holding(text, cue)
    else:
        lines = _cued_lines(text, cue, text if cue_text is None else cue_text, shift)
    return _finditer_in(pattern, text, lines)


def _finditer_in(
    pattern: re.Pattern[str], text: str, lines: Iterable[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` over each of ``lines`` of ``text`` in turn."""
    for start, end in lines:
        yield from pattern.finditer(text, start, end)


def _site_matches(text: str, folded_spaced: str) -> Iterator[re.Match[str]]:
    """``_SITE.finditer(text)``, searched only in the lines holding a site's cue word.

    The cue words are looked for in the text's spaced words, lower-cased unless the text
    holds one of ``CASE_SPECIALS`` (then ``_SITE_CUE`` ignores case itself).
    ``folded_spaced`` is ``spaced_words(fold(text))``, the same for ASCII text.
    """
    if text.isascii():
        return _cued_finditer(_SITE, _SITE_CUE_LOWER, text, folded_spaced, shift=1)
    if not any(char in text for char in CASE_SPECIALS):
        return _cued_finditer(_SITE, _SITE_CUE_LOWER, text, spaced_words(text).lower(), shift=1)
    return _cued_finditer(_SITE, _SITE_CUE, text, spaced_words(text), shift=1)


def mentions_from_report(report: Report, gazetteer: IndexedGazetteer) -> list[PlaceMention]:
    """Return every place, site and area mention in ``report``, in text order.

    Parameters
    ----------
    report
        The report; offsets refer to ``report.text``.
    gazetteer
        The compiled gazetteer whose names are searched for.

    Returns
    -------
    list
        Mentions sorted by start offset; overlapping gazetteer hits are reduced to the
        leftmost-longest one.
    """
    text = report.text
    folded = fold(text)
    spaced = spaced_words(folded)
    sentences = Sentences(text)
    places = place_mentions(report, gazetteer, sentences, folded, spaced)
    capitals = capital_mentions(report, gazetteer, sentences)
    if capitals:
        places = sorted([*places, *capitals], key=lambda m: m.start)
    roads = highway_mentions(report, sentences)
    road_spans = _Spans((r.start, r.end) for r in roads)
    sites = [
        s for s in site_mentions(report, sentences, places, spaced)
        if not road_spans.covers(s.start, s.end)
    ] + roads  # fmt: skip
    if sites:
        by_span = {(m.start, m.end): m for m in reversed(sites)}  # the first wins
        site_spans = _Spans(by_span)
        places = [_inside_site(m, by_span, site_spans) for m in places]
    owners = {
        m.end
        for m in places
        if text[m.end : m.end + 2] in _POSSESSIVE
        and not m.in_name
        and any(gazetteer.entries[c].kind not in COARSE_KINDS for c in m.candidates)
    }
    areas = area_mentions(report, sentences, places, sites, owners)
    if areas:
        # "Kunri" inside the unknown "Pehro Kunri": the longer name is the mention.
        area_spans = _Spans((a.start, a.end) for a in areas)
        places = [m for m in places if not (m.in_name and area_spans.covers(m.start, m.end))]
    return sorted([*places, *sites, *areas], key=lambda m: (m.start, -m.end))


class Sentences:
    """A report's sentence spans, looked up by offset; what is asked per sentence, once."""

    __slots__ = ("_headline", "_text", "spans", "starts")

    def __init__(self, text: str) -> None:
        self._text = text
        self.spans = sentence_spans(text)
        self.starts = [start for start, _ in self.spans]
        self._headline: dict[int, bool] = {}

    def of(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset`` (an empty span there when none does)."""
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.spans[k][1]:
            return self.spans[k]
        return (offset, offset)

    def is_headline(self, span: tuple[int, int]) -> bool:
        """``_is_headline`` of a sentence, computed once per sentence."""
        known = self._headline.get(span[0])
        if known is None:
            known = self._headline[span[0]] = _is_headline(self._text, span)
        return known


def _leftmost_longest(hits: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, key in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if start >= last_end:
            chosen.append((start, end, key))
            last_end = end
    return chosen


def _is_headline(text: str, span: tuple[int, int]) -> bool:
    """A short line of its own, not ending in a full stop, with most long words capitalised."""
    start, end = span
    if (start > 0 and text[start - 1] != "\n") or (end < len(text) and text[end] != "\n"):
        return False
    if text[start:end].rstrip().endswith("."):
        return False
    words = [w for w in _WORD.findall(text[start:end]) if len(w) >= 4]
    if not 3 <= len(words) <= 16:
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.7 * len(words))


def place_mentions(
    report: Report, gazetteer: IndexedGazetteer, sentences: Sentences, folded: str, spaced: str
) -> list[PlaceMention]:
    """Gazetteer names standing as capitalised whole words (not common words)."""
    text = report.text
    mentions = []
    hijri = _Spans((m.start(), m.end()) for m in _HIJRI_DATE.finditer(text))
    for start, end, key in _leftmost_longest(gazetteer.find_names(folded, spaced)):
        surface = text[start:end]
        if not surface[:1].isupper() or hijri.covers(start, end):
            continue
        if key in COMMON_WORDS and not surface.isupper():
            continue
        if len(key) < 3 and not surface.isupper():
            continue  # two-letter names (KP, UK) only in capitals
        sentence = sentences.of(start)
        in_name = _inside_name(text, start, end, sentence, sentences)
        if not _collision_read_as_place(text, key, start, end, sentence, sentences, gazetteer):
            continue
        if in_name and (key in gazetteer.person_keys or key in gazetteer.word_keys):
            continue  # "Sanaullah Zehri", "Jinnah International Airport": not the place
        mentions.append(
            PlaceMention(
                doc_id=report.doc_id,
                surface=surface,
                start=start,
                end=end,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
                candidates=gazetteer.names[key],
                match="alias" if key in gazetteer.alias_keys else "name",
                district_hint=_district_hint(text, end),
                in_name=in_name is not None,
                note=in_name,
            )
        )
    return _with_elided_names(text, mentions, gazetteer)


#: A date of the Islamic calendar, as saved news pages print it under the headline ("27
#: Jumadi-us-Sani 1440"): its month names are no places (Sanni, Safar, Rajab).
_HIJRI_DATE = re.compile(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Muharram|Safar|"
    r"(?:Rabi|Jumad[ai]|Jamad[ai])[- ]?(?:ul|al|us|as|ath)?[- ]?"
    r"(?:Awwal|Awal|Oola|Ula|Thani|Sani|Saani|Akhir|Aakhir|Ukhra)|Rajab|Sha'?ban|"
    r"Rama[dz]an|Ramzan|Shawwal|(?:Zil|Zul|Dhul?)[- ]?(?:Qa'?dah?|Qad|Hijj?ah?|Hajj))"
    r"\s*,?\s*\d{4}(?:\s*(?:AH|A\.H\.))?\b"
)

#: "The provincial capital", "the federal capital": a city the text names by its office.
#: Not an apposition to a name ("Zahedan, the provincial capital", "the provincial
#: capital, Quetta"): the name is the mention there.
_CAPITALS = {
    "provincial": ("Quetta", "Peshawar", "Karachi", "Lahore", "Gilgit", "Muzaffarabad"),
    "federal": ("Islamabad",),
}
#: Regions whose capital a report names by the region ("the Azad Kashmir capital"), as
#: written.
_REGION_CAPITALS = {
    "Balochistan": ("Quetta",),
    "Sindh": ("Karachi",),
    "Punjab": ("Lahore",),
    "Khyber Pakhtunkhwa": ("Peshawar",),
    "KP": ("Peshawar",),
    "Azad Kashmir": ("Muzaffarabad",),
    "AJK": ("Muzaffarabad",),
    "Gilgit-Baltistan": ("Gilgit",),
    "Afghan": ("Kabul",),
    "Iranian": ("Tehran",),
    "Indian": ("New Delhi",),
}
#: "the provincial capital", "the federal capital", "the Azad Kashmir capital": the word
#: "capital" (``a``) stands for the capital of ``which`` or ``region``; not "the
#: provincial capital, Quetta", which names it.
_CAPITAL_REFERENCE = re.compile(
    rf"(?<![A-Za-z], )\b(?:[Tt]he )(?:(?P<which>{'|'.join(_CAPITALS)}) |"
    rf"(?P<region>{'|'.join(_REGION_CAPITALS)}) )(?P<a>capital)\b(?!,? [A-Z])"
)


def capital_mentions(
    report: Report, gazetteer: IndexedGazetteer, sentences: Sentences
) -> list[PlaceMention]:
    """'Hospitals in the provincial capital declared an emergency': the capital it means.

    The candidates are the capital towns; the resolver takes the one of the report's
    province, as it does for any name several places bear.
    """
    found: list[PlaceMention] = []
    if " capital" not in report.text:
        return found  # most reports: one literal search, no pattern
    for match in _CAPITAL_REFERENCE.finditer(report.text):
        which, region = match.group("which"), match.group("region")
        cities = _CAPITALS[which] if which else _REGION_CAPITALS[region]
        candidates = tuple(
            i
            for city in cities
            for i in gazetteer.names.get(fold_name(city), ())
            if gazetteer.entries[i].kind == "town"
        )
        if not candidates:
            continue
        start = match.start("a" if region else "which")
        end = match.end("a")
        sentence = sentences.of(start)
        found.append(
            PlaceMention(
                doc_id=report.doc_id,
                surface=report.text[start:end],
                start=start,
                end=end,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
                candidates=candidates,
                match="alias",
                note="a capital named by its office",
            )
        )
    return found


#: Words that set one of two places apart by where it lies ("North and South Waziristan").
_SIDES = "North|South|East|West|Upper|Lower|Central|Northern|Southern|Eastern|Western"
_SIDE_BEFORE = re.compile(rf"\b({_SIDES}) (?:and|or|&) $")
_SIDE_FIRST = re.compile(rf"(?:{_SIDES}) ")
_SIDE_WORDS = tuple(_SIDES.split("|"))


def _with_elided_names(
    text: str, mentions: list[PlaceMention], gazetteer: IndexedGazetteer
) -> list[PlaceMention]:
    """Add the first of two places that share their name's last words.

    "North and South Waziristan", "Upper and Lower Dir": the text writes "Waziristan" once,
    yet names two districts. The first is a mention of its side word alone ("North"),
    carrying the candidates of the full name, which the gazetteer must know.
    """
    added = []
    for m in mentions:
        if not m.surface.startswith(_SIDE_WORDS) or m.in_name or not _SIDE_FIRST.match(m.surface):
            continue
        before = _SIDE_BEFORE.search(text, max(0, m.start - 20), m.start)
        if before is None:
            continue
        rest = m.surface.split(" ", 1)[1]
        key = fold_name(f"{before.group(1)} {rest}")
        candidates = gazetteer.names.get(key)
        if not candidates:
            continue
        added.append(
            replace(
                m,
                surface=before.group(1),
                start=before.start(1),
                end=before.end(1),
                candidates=candidates,
                match="alias" if key in gazetteer.alias_keys else "name",
                district_hint=None,
                note=f"{before.group(1)} {rest}, written once with '{m.surface}'",
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


class _Spans:
    """Text spans sorted by start, for containment and overlap tests in ``O(log n + k)``.

    A long report holds thousands of names and sites; testing each against all others
    made extraction quadratic in the report's length.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self.longest = max((end - start for start, end in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        """Add a span."""
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def _candidates(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans that may overlap ``[start, end)``: those starting before ``end``, near it."""
        k = bisect_left(self.spans, (end, -1))
        while k > 0 and self.spans[k - 1][0] >= start - self.longest:
            k -= 1
            yield self.spans[k]

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """A span that holds all of ``[start, end)``, or None."""
        return next(
            ((s, e) for s, e in self._candidates(start, end) if s <= start and end <= e), None
        )

    def covers(self, start: int, end: int) -> bool:
        """Say whether one span holds all of ``[start, end)``."""
        return self.covering(start, end) is not None

    def overlaps(self, start: int, end: int) -> bool:
        """Say whether a span shares a character with ``[start, end)``."""
        return any(s < end and start < e for s, e in self._candidates(start, end))


#: Words before a name that put it on the map ("in Zehri", "near Tump and Mand").
_LOCATIVE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:in|at|near|from|to|outside|around|across|between|towards|into|via"
    r"|inside|off|beyond|entered|reached)[ ]+(?:the[ ]+)?"
    r"(?:[A-Z][\w'\u2019-]*(?:[ ][A-Z][\w'\u2019-]*)*(?:,[ ]*|[ ]+and[ ]+|[ ]+or[ ]+))*$"
)
#: Words after a name that make it a place ("Zehri tehsil", "Tump area", "Chaman border").
_PLACE_AFTER = re.compile(
    r"[ ]+(?:district|tehsil|sub-tehsil|division|agency|area|areas|town|city|village|valley"
    r"|region|border|bazaar|bazar|market|road|highway|bypass|chowk|cantonment|cantt|airport"
    r"|station|port|sector|crossing|pass|river|levies|police)\b",
    re.IGNORECASE,
)


#: Peoples' names that are also places' ("Baloch", a tehsil of Sudhnoti): the place only
#: where an administrative word follows ("Baloch tehsil"), not in "the Baloch areas"; so
#: are faiths' (``FAITHS``: "the Ahmadi community", not Kuwait's Al Ahmadi).
_ETHNONYMS = frozenset("baloch baluch pashtun pakhtun pukhtun brahui sindhi punjabi".split())
#: Words after a tribal or personal name that make it a people ("Baloch armed groups").
_PEOPLE_AFTER = re.compile(
    r"[ ]+(?:armed|separatist|separatists|nationalist|nationalists|militants?|insurgents?|"
    r"groups?|leaders?|people|community|communities|tribe|tribes|tribesmen|elders?|youth|"
    r"women|men|students?|activists?|families|family|rebels?|fighters?)\b",
    re.IGNORECASE,
)


def _collision_read_as_place(
    text: str,
    key: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    sentences: Sentences,
    gazetteer: IndexedGazetteer,
) -> bool:
    """Whether a name that is also a word or a personal name stands here for the place.

    ``name_collisions.csv`` lists them. A common word ("Drug", "Tump", "Gold") capitalised
    mid-sentence is the place, but at the start of a sentence or in a headline only when a
    place word follows ("Drug tehsil"). A personal or tribal name ("Hassan", "Zehri",
    "Baloch") is the place only where the text puts it on the map: after a locative word
    ("in", "near", "from", also through a list: "in Kalat, Zehri and Khuzdar") or before a
    place word ("Zehri tehsil"). Names in capitals (datelines: "ZEHRI:") are places.
    """
    is_word, is_person = key in gazetteer.word_keys, key in gazetteer.person_keys
    if not (is_word or is_person) or text[start:end].isupper():
        return True
    if key in _ETHNONYMS or key in FAITHS:  # "in the Baloch areas", "the Ahmadi community"
        return _ADMIN_AFTER.match(text, end, min(len(text), end + 20)) is not None
    if _PLACE_AFTER.match(text, end, min(len(text), end + 20)):
        return True
    if is_person:
        if _PEOPLE_AFTER.match(text, end, min(len(text), end + 30)):
            return False  # "between Baloch armed groups": a people, not a place
        return bool(_LOCATIVE_BEFORE.search(text, max(sentence[0], start - 120), start))
    sentence_start = not text[sentence[0] : start].strip(" \"'\u201c\u2018([")
    return not (sentence_start or sentences.is_headline(sentence))


def _inside_site(
    mention: PlaceMention, sites: dict[tuple[int, int], PlaceMention], spans: _Spans
) -> PlaceMention:
    """A name inside a site's name ('Kuchlak Bypass') is part of that name, not a location.

    The site itself carries the location (and is attached to this place when nothing else
    in the text says where it is).
    """
    span = None if mention.in_name else spans.covering(mention.start, mention.end)
    if span is None:
        return mention
    return replace(mention, in_name=True, note=f"inside the name '{sites[span].surface}'")


_ADMIN_AFTER = re.compile(r"[ ]+(district|tehsil|division|city|town|province)\b", re.I)
_SETTLEMENT_AFTER = re.compile(r", an? (?:[a-z-]+ ){0,3}(village|town|hamlet|city)\b")


def _district_hint(text: str, end: int) -> str | None:
    """What the text calls the place: 'Kech district', 'Nal tehsil', 'Nasirabad, a village'."""
    match = _ADMIN_AFTER.match(text, end, end + 60)
    if match:
        return match.group(1).lower()
    match = _SETTLEMENT_AFTER.match(text, end, end + 60)
    return match.group(1) if match else None


_NEXT_WORD = re.compile(r"[ ]([A-Z][A-Za-z]+)")
#: Two or three capitalised words after a name, the last of which may be a company's or a
#: body's head: "Sui Southern Gas Company", "Gwadar Port Authority".
_NAME_RUN_AFTER = re.compile(r"(?:[ ][A-Z][A-Za-z]+){2,3}")
_COMPANY = frozenset(
    {"company", "corporation", "limited", "ltd", "authority", "board", "bank", "council"}
)
#: A town's own bodies, often written in lower case: "the Sibi municipal committee",
#: "the Turbat press club".
_TOWN_BODY = re.compile(
    r"[ ](?:municipal|metropolitan|press|bar|district bar) (?:committee|corporation|club|"
    r"association|council)\b"
)
_WORD_CHARS = string.ascii_letters + "'\u2019"


def _previous_word(text: str, lo: int, end: int) -> tuple[str, str] | None:
    """The word joined to ``end`` by the space or hyphen before it, from ``lo`` on, and that mark.

    What a search of ``([A-Za-z][A-Za-z'\u2019]*)([ -])$`` in ``text[lo:end]`` finds, by
    stripping instead of trying every position of the window.
    """
    if end <= lo or text[end - 1] not in " -":
        return None
    before = text[lo : end - 1].rstrip(_WORD_CHARS)
    word = text[lo + len(before) : end - 1].lstrip("'\u2019")
    return (word, text[end - 1]) if word else None


#: The Persian and Urdu linking vowel written between hyphens ("Gulistan-e-Jauhar",
#: "Khuda-i-Abadan", "Lashkar-e-Balochistan"): the words it joins make one name.
_IZAFAT = ("-e-", "-i-", "-E-", "-I-")
_COMPOUND_CHARS = string.ascii_letters + "-"


def _izafat_compound(text: str, start: int, end: int) -> str | None:
    """The izafat compound ``text[start:end]`` is one word of, or None.

    "Abadan" in "the Khuda-i-Abadan area of Panjgur" is not the Iranian port, nor is
    "Gulistan" in Karachi's "Gulistan-e-Jauhar" the Balochistan town: the compound is the
    name, which the area patterns then read whole.
    """
    if (text[end : end + 1] != "-" or text[end : end + 3] not in _IZAFAT) and (
        text[start - 1 : start] != "-" or text[max(0, start - 3) : start] not in _IZAFAT
    ):
        return None
    lo = start
    while lo > 0 and text[lo - 1] in _COMPOUND_CHARS:
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] in _COMPOUND_CHARS:
        hi += 1
    return text[lo:hi].strip("-")


def _inside_name(
    text: str, start: int, end: int, sentence: tuple[int, int], sentences: Sentences
) -> str | None:
    """Say why a name is part of a longer proper name ('Pakistan Navy'), else None."""
    if text[end : end + 1] == "-" or text[start - 1 : start] == "-":
        compound = _izafat_compound(text, start, end)
        if compound is not None:
            return f"inside the name '{compound}'"
    after = _NEXT_WORD.match(text, end, end + 30)
    if after and after.group(1).lower() in ORG_HEADS:
        return f"inside the name '{text[start:end]} {after.group(1)}'"
    body = _TOWN_BODY.match(text, end, end + 40)
    if body:
        return f"inside the name '{text[start:end]}{body.group()}'"
    run = _NAME_RUN_AFTER.match(text, end, end + 50)
    if run and run.group().split()[-1].lower() in _COMPANY:
        return f"inside the name '{text[start:end]}{run.group()}'"  # "Sui Southern Gas Company"
    if text[end : end + 8] == " capital" and text[max(0, start - 4) : start].lower() == "the ":
        return f"naming the capital of {text[start:end]}"  # "the Azad Kashmir capital"
    if sentences.is_headline(sentence):
        return None
    if after and after.group(1).lower() not in PLACE_WORDS | COMMON_WORDS and end + 1 < sentence[1]:
        return f"part of the longer name '{text[start:end]} {after.group(1)}'"
    if start == sentence[0] or text[start - 1] not in " -":
        return None  # nothing joined to the name before it (what the search below needs)
    before = _previous_word(text, max(sentence[0], start - 40), start)
    if before and before[0][0].isupper() and before[0].lower() not in COMMON_WORDS:
        word, mark = before
        possessive = word.endswith(_POSSESSIVE)
        sentence_start = start - len(word) - 1 <= sentence[0]
        joined = mark == "-" or not (after and after.group(1).lower() in PLACE_WORDS)
        if not possessive and not sentence_start and joined:
            return f"inside the name '{word}{mark}{text[start:end]}'"
    return None


def _site_candidates(
    text: str, start: int, inside: list[PlaceMention], head: str
) -> tuple[str, ...]:
    """Where a site at ``start`` may be: the places its name holds, read by its kind.

    "Pasni Road" in Turbat leads to Pasni: a road named after one place says nothing of
    where it is, and its town comes from the text. A road named after its two ends
    ("the Kharan-Noshki highway") lies between them, from the first. A bypass goes round
    the town it is named after ("the Pishin bypass"), so it is there. A place name later
    in the site's name is part of a longer name ("Bagh" in "Jinnah Bagh Chowk") and says
    nothing of where the site is.
    """
    if head not in _ROAD_HEADS or head == "bypass":
        naming = [m for m in inside if m.start == start or text[m.start - 4 : m.start] == " of "]
        return tuple(dict.fromkeys(c for m in naming for c in m.candidates))
    return inside[0].candidates if len(inside) > 1 else ()


#: Common words that, capitalised inside a sentence before a site's head noun, are part of
#: its proper name: "the Central Jail in Bannu", "the General Headquarters", "the District
#: Jail", "the Army Public School", "the Police Training College". (At the start of a
#: sentence the capital says nothing.)
_NAMING_ADJECTIVES = frozenset(
    "central general district frontier northern southern eastern western north south "
    "east west army navy police".split()
)


def site_mentions(
    report: Report,
    sentences: Sentences,
    places: list[PlaceMention],
    folded_spaced: str | None = None,
) -> list[PlaceMention]:
    """Sites, roads and neighbourhoods named with a head noun ('Jinnah Road', 'Serena Hotel').

    A site that spans a gazetteer mention exactly is left to the gazetteer; places inside a
    road joining two places ('Quetta-Chaman national highway') become part of the road's name.
    ``folded_spaced`` is ``spaced_words(fold(report.text))`` when the caller has it.
    """
    text = report.text
    if folded_spaced is None:
        folded_spaced = spaced_words(fold(text))
    place_spans = _Spans((m.start, m.end) for m in places)
    starts = [m.start for m in places]
    sites = []
    for match in _site_matches(text, folded_spaced):
        start, end = match.span()
        surface = match.group()
        first = surface.split()[0]
        of_site = surface.startswith("University of") or " of " in surface
        named_by_head = surface.startswith((*_STANDALONE_SITES, "Shahra"))
        sentence = sentences.of(start)
        proper = first.lower() in _NAMING_ADJECTIVES and start > sentence[0]
        if first.lower() in COMMON_WORDS and not (of_site or named_by_head or proper):
            start += len(first) + 1
            surface = text[start:end]
            if " " not in surface and not surface.startswith("University"):
                continue
        if (len(surface.split()) < 2 and not named_by_head) or place_spans.covers(start, end):
            continue  # a gazetteer name already covers it ("Gwadar Port Authority complex")
        first_inside = bisect_left(starts, start)
        inside = [
            m for m in places[first_inside : bisect_left(starts, end, lo=first_inside)]
            if m.end <= end
        ]  # fmt: skip
        head = surface.rsplit(" ", 1)[-1].lower()
        locality = None if inside else _locality(surface)
        candidates: tuple[str, ...] = ()
        note: str | None = None
        if locality is not None:  # "the Sadda bazaar": Sadda, an area the gazetteer lacks
            kind, note = "area", f"{locality}, named by its {head}"
        else:
            kind, candidates = "site", _site_candidates(text, start, inside, head)
            if len(inside) > 1 and head in _ROAD_HEADS:
                note = "road between places"
        sites.append(
            PlaceMention(
                doc_id=report.doc_id,
                surface=surface,
                start=start,
                end=end,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
                candidates=candidates,
                match=kind,
                site=surface if locality is None else None,
                district_hint=head if locality is not None else None,
                note=note,
            )
        )
    return sites


def _locality(surface: str) -> str | None:
    """The unknown place a site is named after ("Sadda" for "the Sadda bazaar"), or None.

    Only names made of capitalised words that are not common words, faiths, organisations
    or acronyms ("the FC camp", "the Frontier Corps camp" name no locality).
    """
    name = area_name(surface)
    if name == surface:
        return None
    words = name.split()
    if not all(w[:1].isupper() for w in words):
        return None
    if any(w.lower() in _NO_LOCALITY or _is_acronym(w) for w in words):
        return None
    return name


#: Words that make a site's leading name no locality: common words, faiths,
#: organisations, place words and peoples ("the FC camp", "the Afghan checkpost").
_NO_LOCALITY = COMMON_WORDS | FAITHS | ORG_HEADS | PLACE_WORDS | _PEOPLES


def _is_acronym(word: str) -> bool:
    """'FC', 'BLA', 'ISPR' (not initials such as 'D.I.'): an organisation, not a place."""
    return word.isupper() and len(word) > 1 and not word.endswith(".")


def highway_mentions(report: Report, sentences: Sentences) -> list[PlaceMention]:
    """National highways by number ("on the N-25 near Khuzdar", "the M-8").

    A road this long says nothing of where on it something happened: the mention carries
    no candidates, and ``geocode.roads.highway_stretch`` gives the stretch of the town the
    text names with it.
    """
    text = report.text
    found = []
    for match in HIGHWAY_NUMBER.finditer(text):
        road = highway_of(f"{match.group(1)}-{match.group(2)}")
        if road is None:
            continue
        start, end = match.span()
        sentence = sentences.of(start)
        found.append(
            PlaceMention(
                doc_id=report.doc_id,
                surface=match.group(),
                start=start,
                end=end,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
                candidates=(),
                match="site",
                site=match.group(),
                note=f"highway {road.number}",
            )
        )
    return found


def area_mentions(
    report: Report,
    sentences: Sentences,
    places: list[PlaceMention],
    sites: list[PlaceMention],
    owners: AbstractSet[int] = frozenset(),
) -> list[PlaceMention]:
    """Named areas the gazetteer lacks ('the Balgatar area of Kech district').

    ``owners`` are the end offsets of the mentions of towns and districts, which may own
    a locality ("Peshawar's Hayatabad").
    """
    text = report.text
    # A name inside a longer unknown name ("Kunri" in "Pehro Kunri") does not block it.
    taken = _Spans(
        (m.start, m.end) for m in [*places, *sites] if not (m.in_name and m.match != "site")
    )
    areas: list[PlaceMention] = []
    for start, end, word in sorted([*_area_spans(text), *_list_mates(text, places)]):
        name = text[start:end]
        words = name.split()
        while words and words[0].lower() in COMMON_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        if all(w.lower() in _HEAD_WORDS for w in words):
            continue  # "at Chief Chowk": no name is left but the head of a site's
        parts = [part.lower() for w in words for part in w.split("-")]  # "January-March"
        if not words or any(p in COMMON_WORDS or p in FAITHS for p in parts):
            continue
        if taken.overlaps(start, end):
            continue
        if word in {"lone", "place", "owned", "listed"} and not _lone_name_is_a_place(
            words, sentences, start, word
        ):
            continue
        if word == "owned" and start - 3 not in owners:
            continue  # "Pakistan's Foreign Office": a country or province owns no locality
        if any(_is_acronym(w) for w in words) or len("".join(parts)) < 2:
            continue  # acronyms: FC, BLA, ISPR; a letter: the Levies' "B areas"
        if any(w.lower() in ORG_HEADS for w in words):
            continue  # "Frontier Corps", "Pakistan Army"
        if all(p in _PEOPLES for p in parts):
            continue  # "the Pashtun areas", "the Hazara areas of Quetta": a people's
        if parts[0] in _PERSON_TITLES:
            continue  # "the seminary town of Maulana Fazlullah": a man's, not a place's
        surface = text[start:end]
        taken.add(start, end)
        sentence = sentences.of(start)
        areas.append(
            PlaceMention(
                doc_id=report.doc_id,
                surface=surface,
                start=start,
                end=end,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
                candidates=(),
                match="area",
                site=None,
                district_hint=word,
                note=f"{fold_name(surface)} {word}",
            )
        )
    return areas


def _lone_name_is_a_place(words: list[str], sentences: Sentences, start: int, kind: str) -> bool:
    """Say whether a name after a preposition is a place, not a language, title or person.

    A lone name (``kind`` "lone", with nothing after it saying it is a place) in a
    headline says nothing, as every word of a headline is capitalised.
    """
    if any(w.lower() in _NOT_PLACES for w in words):
        return False  # organisation words are refused for every area by the caller
    if len(words) > 1 and words[-1].lower() in _SURNAMES:
        return False  # "at Naseer Baloch in Turbat"
    return kind != "lone" or not sentences.is_headline(sentences.of(start))


#: Names joined by commas and a last "and": "Khar Kallay, Balishkhel, Peiwar and Maqbal".
_NAME_RUN = rf"{_WORD_CAP}(?:[ ]{_CAP}){{0,2}}"
_NAME_LIST = re.compile(rf"{_NAME_RUN}(?:, {_NAME_RUN})+,? and {_NAME_RUN}")
_LIST_ITEM = re.compile(rf"{_CAP}(?:[ ]{_CAP}){{0,2}}")
#: How many of a list's names must be known places for the others to be places too.
_KNOWN_IN_A_LIST = 2


def _list_mates(text: str, places: list[PlaceMention]) -> list[tuple[int, int, str]]:
    """Unknown names listed with known places, as places: (start, end, "listed") each.

    "Fighting spread to Khar Kallay, Balishkhel, Peiwar, Teri Mangal and Maqbal" names
    five places, two of them known; a list needs ``_KNOWN_IN_A_LIST`` known ones.
    """
    if len(places) < _KNOWN_IN_A_LIST:
        return []
    known = _Spans((m.start, m.end) for m in places if not m.in_name and m.candidates)
    out = []
    for match in _NAME_LIST.finditer(text):
        items = [(m.start(), m.end()) for m in _LIST_ITEM.finditer(text, *match.span())]
        named = [it for it in items if known.overlaps(*it)]
        if len(named) < _KNOWN_IN_A_LIST:
            continue
        out += [(s, e, "listed") for s, e in items if (s, e) not in named]
    return out


def _area_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind word) of every candidate unknown name, in text order."""
    spans = [
        (m.start(1), m.end(1), m.group(2).lower()) for m in _cued_finditer(_AREA, _AREA_CUE, text)
    ]
    spans += [(m.start("a"), m.end("a"), "lone") for m in _LONE_NAME.finditer(text)]
    spans += [(m.start("a"), m.end("a"), "owned") for m in _POSSESSED.finditer(text)]
    for m in _cued_finditer(_SETTLEMENT_PREFIX, _SETTLEMENT_CUE, text):
        group = "a" if m.group("a") else "b"
        spans.append((m.start(group), m.end(group), "settlement"))
    for pattern, cue in zip(_NAMED_PLACE_PATTERNS, _NAMED_PLACE_CUES, strict=True):
        matches = pattern.finditer(text) if cue is None else _cued_finditer(pattern, cue, text)
        for m in matches:
            groups = m.groupdict()
            kind = (groups.get("kind") or "place").lower().rstrip("s")
            for name in ("a", "b", "c"):
                if groups.get(name):
                    spans.append((m.start(name), m.end(name), kind))
    return sorted(set(spans))
