"""Derive ``geodata/name_collisions.csv``: one-word place names that are also words or names.

Usage::

    python geodata/scripts/build_collisions.py

Needs the ``english-words`` (2.0.2) and ``pakgender`` (0.1.61) packages, both MIT; the
``geodata`` extra installs them. Every one-word key of the compiled gazetteer is checked
against:

* ``word``: the lower-case words of the ``web2`` list (Webster's Second International, public
  domain, as shipped by ``english-words``): "Tank", "Swat", "Hub", "Drug", "Tump", "Gold";
* ``name``: the first names that ``pakgender`` marks as frequent in Pakistan ("Hassan",
  "Gul", "Wazir"), and the surnames, tribal names, titles and ethnonyms of ``SURNAMES``
  below, which are written alone in reports ("Zehri", "Jatoi", "Baloch", "Khan").

The extractor (``extract.py``) reads a ``word`` name at the start of a sentence or headline
only when a place word follows it, and a ``name`` name only where the text places it
("in Zehri", "Zehri tehsil") and no other capitalised word is joined to it.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent / "src"))

from incidentmap._text import fold_name  # noqa: E402
from incidentmap.geocode.local import build_gazetteer  # noqa: E402

#: Surnames, tribal and clan names, titles and ethnonyms that are also place names here.
SURNAMES = frozenset(
    """
    achakzai afridi baba baloch bangash bangulzai bizenjo brahui bugti buledi dashti
    domki durrani gichki hoth jamali jatoi kakar kalmati kasi khan khattak khosa kurd
    lango lehri magsi malik marri marwat mehsud mengal mir mirza nawab panhwar raisani
    rakhshani rind sanjrani sardar shah shahwani sher syed tareen wazir yousafzai zehri
    """.split()
)
#: Lower-case common words that the two lists miss or that news uses as names of things.
WORDS = frozenset("airport apex gold site".split())
#: A word that also names a country, a province or a city this large is read as the place
#: ("China", "Mobile"); so is a personal name that names a very large city ("Riyadh").
LARGE = {"word": 100_000, "name": 1_000_000}


def names_large_place(gazetteer: Any, key: str, cls: str) -> bool:
    entries = [gazetteer.entries[i] for i in gazetteer.names[key]]
    entries = [e for e in entries if fold_name(e.name) == key]  # not by an alternate name
    coarse = {"country", "province"} | ({"district"} if cls == "word" else set())
    return any(e.kind in coarse or e.population >= LARGE[cls] for e in entries)


def package_file(package: str, relative: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{package} is not installed (pip install -e '.[geodata]')")
    return Path(next(iter(spec.submodule_search_locations))) / relative


def main() -> None:
    with package_file("english_words", "data/web2.pickle").open("rb") as handle:
        words = {w for w in pickle.load(handle) if w.islower()} | WORDS  # noqa: S301
    names_file = package_file("pakgender", "data/names.json")
    first = json.loads(names_file.read_text(encoding="utf-8"))["first_names"]
    frequent = {n for n, v in first.items() if v.get("frequency") == "high"} | SURNAMES
    gazetteer = build_gazetteer()
    keys = sorted(k for k in gazetteer.names if k.isalpha())
    rows = []
    for key in keys:
        if key in frequent and not names_large_place(gazetteer, key, "name"):
            source = "surname list" if key in SURNAMES else "pakgender first names"
            rows.append({"name": key, "class": "name", "source": source})
        elif key in words and not names_large_place(gazetteer, key, "word"):
            rows.append({"name": key, "class": "word", "source": "web2 lower-case words"})
    with (HERE / "name_collisions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["name", "class", "source"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} collisions of {len(keys)} one-word names")


if __name__ == "__main__":
    main()
