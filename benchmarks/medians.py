#!/usr/bin/env python3
"""Medians of a JMH sampling run (-bm sample -rf json), with an error bar.

On a shared machine the mean of a sampled benchmark is dominated by the few invocations during
which the thread lost its core; the median is not. This prints, per benchmark, the mean of the
per-iteration medians and its 99.9% confidence half-width (Student's t, as JMH computes its own
error), and each benchmark's ratio to the others.

    python3 benchmarks/medians.py results.json
"""
import json
import statistics
import sys

# Two-sided 99.9% Student t quantiles by degrees of freedom (JMH's confidence level).
T999 = {1: 636.6, 2: 31.6, 3: 12.92, 4: 8.61, 5: 6.87, 6: 5.96, 7: 5.41, 8: 5.04, 9: 4.78, 10: 4.59,
        11: 4.44, 12: 4.32, 13: 4.22, 14: 4.14, 15: 4.07, 19: 3.88, 24: 3.75, 29: 3.66, 39: 3.55, 49: 3.50}


def t999(df):
    return T999.get(df) or T999[max(k for k in T999 if k <= df)]


def median(histogram):
    """Median of one iteration's histogram: [[value, count], ...]."""
    total = sum(count for _, count in histogram)
    seen = 0
    for value, count in sorted(histogram):
        seen += count
        if seen * 2 >= total:
            return value
    raise ValueError("empty histogram")


def main(path, baseline="generated"):
    rows = []
    for result in json.load(open(path)):
        iterations = [median(it) for fork in result["primaryMetric"]["rawDataHistogram"] for it in fork]
        mean = statistics.mean(iterations)
        error = t999(len(iterations) - 1) * statistics.stdev(iterations) / len(iterations) ** 0.5
        name = result["benchmark"].rsplit(".", 1)[-1]
        rows.append((name, mean, error, len(iterations), result["primaryMetric"]["scoreUnit"]))
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median':>12}  {'± 99.9%':>10}  n   unit")
    for name, mean, error, n, unit in rows:
        print(f"{name:<{width}}  {mean:12.1f}  {error:10.1f}  {n:<3} {unit}")
    base = next((mean for name, mean, _, _, _ in rows if name == baseline), None)
    if base is not None:
        print()
        for name, mean, _, _, _ in rows:
            print(f"{name:<{width}}  {mean / base:8.2f} x the time of {baseline}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
