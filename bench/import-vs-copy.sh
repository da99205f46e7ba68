#!/usr/bin/env bash
# Import throughput (rows per second, all tables) of `psma import` into PostgreSQL and into an H2
# file, against PostgreSQL's own COPY of the same rows (issue 6 §5; target: import >= 50 % of COPY).
# Usage: bench/import-vs-copy.sh [PATIENTS=100000] [ROUNDS=3]   (about 17 min on 2 cores)
# Throughput is a bulk-load figure: at 100,000 patients (2.5 million rows) the JVM's start and its
# compiler are a small part of each run; 20,000 (about 5 min) is a quicker look in which they are not.
# The PostgreSQL server is the embedded one of the store tests (Maven Central binaries, started by
# the Java main in a temporary directory); nothing is installed. Results: bench/out/import-vs-copy.txt
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"
rounds="${2:-3}"
out="$root/bench/out"
work="$out/import-vs-copy"
mkdir -p "$out"
rm -rf "$work"
cohort="$out/synth-$n.jsonl"

(cd "$root" && mvn -q -B -DskipTests package >/dev/null)
jar="$root/bench/target/psma-bench.jar"
[ -f "$cohort" ] || "$root/psma" synth --patients "$n" --seed 1 --out "$cohort"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  rounds: $rounds (median)"
  java -Xmx6g -XX:+UseParallelGC -cp "$jar" org.psmapathway.bench.ImportVsCopy \
    "$cohort" "$root/psma" "$work" "$rounds" 2>"$out/import-vs-copy.log"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/import-vs-copy.txt"
rm -rf "$work"
