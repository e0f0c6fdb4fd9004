#!/usr/bin/env python3
"""`guidec batch` against a bare Python json.loads/json.dumps round trip of the same cohort.

    mvn -B -pl cli -am package -DskipTests          # the command-line jar
    python3 benchmarks/batch.py                          # 300,000 patients, 5 runs of each
    python3 benchmarks/batch.py --records 3000000 --runs 3 --engine compiled --csv
    python3 benchmarks/batch.py --cds                    # java as ./guidec starts it (class-data archive)

Whole processes, start-up included, as a user runs them: each run of guidec is paired with a run
of the Python round trip right after it (A B A B ...), so that the ratio of each pair holds when
the machine's speed drifts; the medians of wall time, of CPU time (user + system) and of the pair
ratios are printed. Cohorts are generated once by benchmarks/cohort.py (seeded) and kept in
--work. Every guidec run must write one record per patient, or the benchmark stops.

guidec keeps the compiled evaluator between runs (docs/batch.md): the cache is emptied first, so
the warm-up run compiles it (its time is printed: what the first run on a new guideline costs) and
the counted runs take it from the cache, as every later run of a user does. With --cds, java starts
as ./guidec starts it: from the class-data sharing archive beside the jar, made as ./guidec makes it
(a static archive of the classes that a build of the bundled guidelines and a batch of the bundled
NETLM cohort load) when it is missing or older than the jar, and
with the collector and the JIT compiler ./guidec chooses (the serial collector; C1 only up to 256 MiB).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "guidec.jar")


def timed(command):
    """Wall seconds and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(command), done.stderr.decode()))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def cohort(work, records, csv):
    path = os.path.join(work, "cohort-%d.%s" % (records, "csv" if csv else "jsonl"))
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as out:
            subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "cohort.py"), str(records)]
                           + (["--csv"] if csv else []), stdout=out, check=True)
        os.replace(path + ".tmp", path)
    return path


QUIET_CDS = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]


def archive(jar):
    """The class-data archive ./guidec makes and uses for the jar, made here as the script makes it when it is
    missing or older than the jar: the classes two training runs load (a build of the bundled guidelines; a batch
    of the bundled NETLM cohort with a freshly compiled evaluator), dumped into a static archive."""
    jsa = jar[:-len(".jar")] + ".jsa"
    if not os.path.exists(jsa) or os.path.getmtime(jsa) < os.path.getmtime(jar):
        work = os.path.join(os.environ.get("TMPDIR", "/tmp"), "guidec-cds-%d" % os.getpid())
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        guides = os.path.join(ROOT, "guidelines", "src", "main", "guide")
        build = os.path.join(work, "build.lst")
        batch = os.path.join(work, "batch.lst")
        subprocess.run(["java", "-XX:DumpLoadedClassList=" + build] + QUIET_CDS + ["-XX:TieredStopAtLevel=1", "-jar", jar,
                        "build", guides, "--java", os.path.join(work, "java"), "--html", os.path.join(work, "html")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        # The cohort holds records with errors on purpose: the batch exits 1.
        subprocess.run(["java", "-XX:DumpLoadedClassList=" + batch] + QUIET_CDS + ["-XX:TieredStopAtLevel=1", "-jar", jar,
                        "batch", guides, "-g", "netlm_classification", "-i",
                        os.path.join(ROOT, "examples", "netlm-cohort.jsonl"), "-o", os.path.join(work, "out.jsonl"),
                        "--engine", "compiled", "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        classes = os.path.join(work, "classes.lst")
        with open(classes, "w") as out:
            seen = set()
            for listed in (build, batch):
                with open(listed) as f:
                    for line in f:
                        if line not in seen:
                            seen.add(line)
                            out.write(line)
        subprocess.run(["java", "-Xshare:dump", "-XX:SharedClassListFile=" + classes,
                        "-XX:SharedArchiveFile=" + os.path.join(work, "guidec.jsa")] + QUIET_CDS + ["-cp", jar],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        os.replace(os.path.join(work, "guidec.jsa"), jsa)
        shutil.rmtree(work, ignore_errors=True)
    return jsa


def lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=300000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--engine", default="auto", help="guidec batch --engine (auto, compiled, interpreted)")
    parser.add_argument("--csv", action="store_true", help="guidec reads and writes CSV (Python still JSON Lines)")
    parser.add_argument("--guides", default=os.path.join(ROOT, "guidelines", "src", "main", "guide"))
    parser.add_argument("--cds", action="store_true",
                        help="start java as ./guidec does: its class-data archive, the serial collector, C1 only up to 256 MiB")
    parser.add_argument("--jar", default=JAR, help="the guidec jar to time (default: this checkout's), "
                        "such as a copy of an earlier build to compare with")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "guidelang-batch-bench"))
    args = parser.parse_args()
    if not os.path.exists(args.jar):
        sys.exit("no %s: build it with mvn -B -pl cli -am package -DskipTests" % args.jar)
    os.makedirs(args.work, exist_ok=True)
    jsonl = cohort(args.work, args.records, False)
    source = cohort(args.work, args.records, True) if args.csv else jsonl
    result = os.path.join(args.work, "guidec-out." + ("csv" if args.csv else "jsonl"))
    cache = os.path.join(args.work, "evaluator-cache")
    shutil.rmtree(cache, ignore_errors=True)
    java = ["java"]
    if args.cds:  # as ./guidec: its archive, the serial collector, and C1 only for a cohort of up to 256 MiB
        java += QUIET_CDS + ["-XX:SharedArchiveFile=" + archive(args.jar)]
        java += ["-XX:+UseSerialGC"] + (["-XX:TieredStopAtLevel=1"] if os.path.getsize(source) <= 256 << 20 else [])
    guidec = java + ["-jar", args.jar, "batch", args.guides, "-g", "milan_nen", "-i", source, "-o", result,
                     "--engine", args.engine, "--cache-dir", cache]
    python = [sys.executable, os.path.join(ROOT, "benchmarks", "cohort.py"), "--roundtrip", jsonl,
              os.path.join(args.work, "python-out.jsonl")]
    load_before = os.getloadavg()
    first = timed(guidec)  # a warm-up of each: the file cache, not the JIT (every run is a fresh process)
    timed(python)
    expected = args.records + (1 if args.csv else 0)
    if lines(result) != expected:
        sys.exit("guidec wrote %d lines for %d records" % (lines(result), args.records))
    runs = []
    for _ in range(args.runs):
        runs.append((timed(guidec), timed(python)))
    g_wall = statistics.median(r[0][0] for r in runs)
    p_wall = statistics.median(r[1][0] for r in runs)
    g_cpu = statistics.median(r[0][1] for r in runs)
    p_cpu = statistics.median(r[1][1] for r in runs)
    ratio = statistics.median(r[1][0] / r[0][0] for r in runs)
    print("%d patients, %s, guidec --engine %s%s, %d runs each, %d cores, load average %s before, %s after" % (
        args.records, "CSV" if args.csv else "JSON Lines", args.engine, ", CDS archive" if args.cds else "",
        args.runs, os.cpu_count(), " ".join("%.2f" % a for a in load_before),
        " ".join("%.2f" % a for a in os.getloadavg())))
    print("first guidec run (evaluator compiled and kept): %.2f s wall, %.2f s cpu" % first)
    print("%-28s %10s %10s %14s" % ("", "wall s", "cpu s", "records/s"))
    print("%-28s %10.2f %10.2f %14s" % ("guidec batch", g_wall, g_cpu, "{:,.0f}".format(args.records / g_wall)))
    print("%-28s %10.2f %10.2f %14s" % ("python json round trip", p_wall, p_cpu, "{:,.0f}".format(args.records / p_wall)))
    print("guidec is %.2fx the speed of the Python round trip (median of the pairs' wall-time ratios; "
          "pairs %s)" % (ratio, ", ".join("%.2f" % (r[1][0] / r[0][0]) for r in runs)))


if __name__ == "__main__":
    main()
