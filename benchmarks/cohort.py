#!/usr/bin/env python3
"""A seeded Milan-NEN cohort for `guidec batch`, as JSON Lines or CSV, and the Python yardstick.

    python3 benchmarks/cohort.py 300000 > target/cohort.jsonl           # JSON Lines
    python3 benchmarks/cohort.py 300000 --csv > target/cohort.csv       # the same patients as CSV
    python3 benchmarks/cohort.py --roundtrip target/cohort.jsonl target/python.jsonl

The patients follow the peer harness's distribution (differentiation WELL 85 %, proliferation tiers
G1/G2/G3, one decimal for Ki-67 and liver involvement, whole months and years), and each field is
missing (absent in JSON, an empty cell in CSV) with probability --missing (0.10). The same seed gives
the same file, byte for byte.

--roundtrip is the yardstick of docs/benchmarks.md: a bare json.loads/json.dumps of every line, the
least any tool that reads and writes the cohort in Python must do.
"""
import argparse
import json
import random
import sys

FIELDS = ["differentiation", "ki67", "mitoticCount", "portalDrainage", "extrahepaticDiseaseCleared",
          "liverInvolvement", "stableDiseaseMonths", "age"]


def patient(rng):
    well = rng.random() < 0.85
    tier = rng.choices([1, 2, 3], [45, 40, 15])[0] if well else rng.choices([1, 2, 3], [5, 10, 85])[0]
    ki67 = {1: rng.uniform(0, 2.9), 2: rng.uniform(3, 20), 3: rng.uniform(20.1, 95)}[tier]
    mitotic_tier = tier if rng.random() >= 0.2 else max(1, min(3, tier + rng.choice([-1, 1])))
    mitoses = {1: rng.randint(0, 1), 2: rng.randint(2, 20), 3: rng.randint(21, 60)}[mitotic_tier]
    return {
        "differentiation": "WELL" if well else "POOR",
        "ki67": round(ki67, 1),
        "mitoticCount": mitoses,
        "portalDrainage": rng.random() < 0.9,
        "extrahepaticDiseaseCleared": rng.random() < 0.75,
        "liverInvolvement": round(rng.uniform(0.5, 95), 1),
        "stableDiseaseMonths": min(120, int(rng.expovariate(1 / 12))),
        "age": max(18, min(90, round(rng.gauss(58, 12)))),
    }


def csv_cell(value):
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def generate(count, seed, missing, csv):
    rng = random.Random(seed)
    out = sys.stdout
    if csv:
        out.write(",".join(FIELDS) + "\n")
    for _ in range(count):
        p = patient(rng)
        for field in FIELDS:
            if rng.random() < missing:
                p[field] = None
        if csv:
            out.write(",".join(csv_cell(p[f]) for f in FIELDS) + "\n")
        else:
            out.write(json.dumps({k: v for k, v in p.items() if v is not None}, separators=(",", ":")) + "\n")


def roundtrip(source, target):
    with open(source, encoding="utf-8") as inp, open(target, "w", encoding="utf-8") as out:
        for line in inp:
            out.write(json.dumps(json.loads(line)) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", nargs="?", type=int, default=300000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--missing", type=float, default=0.10)
    parser.add_argument("--csv", action="store_true")
    parser.add_argument("--roundtrip", nargs=2, metavar=("IN", "OUT"))
    args = parser.parse_args()
    if args.roundtrip:
        roundtrip(*args.roundtrip)
    else:
        generate(args.count, args.seed, args.missing, args.csv)


if __name__ == "__main__":
    main()
