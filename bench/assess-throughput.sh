#!/usr/bin/env bash
# Whole-process throughput of `psma assess --jsonl` against merely parsing the same file.
# Usage: bench/assess-throughput.sh [PATIENTS=100000] [ROUNDS=3]
# Runs alternate (parse, assess, parse, assess, ...) so that machine noise hits both alike;
# the medians and their ratio are printed and written to bench/out/assess-throughput.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"
rounds="${2:-3}"
out="$root/bench/out"
mkdir -p "$out"
cohort="$out/cohort-$n.jsonl"

(cd "$root" && mvn -q -B -DskipTests package >/dev/null)
jar="$root/bench/target/psma-bench.jar"
[ -f "$cohort" ] || java -cp "$jar" org.psmapathway.bench.GenerateCohort "$cohort" "$n"

# the parse-only baseline runs with the JVM settings of the ./psma launcher
psma_jvm=(@"$root/psma.jvm-options")

seconds() {
  local s e
  s=$(date +%s.%N)
  "$@" >/dev/null || { echo "assess-throughput: failed: $*" >&2; exit 1; }
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN {print e - s}'
}
calc() { awk "BEGIN {print $1}"; }

parse=(); assess=()
for ((i = 1; i <= rounds; i++)); do
  parse+=("$(seconds java "${psma_jvm[@]}" -cp "$jar" org.psmapathway.bench.ParseOnly "$cohort")")
  assess+=("$(seconds "$root/psma" assess --jsonl --format json "$cohort")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "${parse[@]}"); a=$(median "${assess[@]}")
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "patients: $n  rounds: $rounds (median)"
  printf 'parse only:          %.2f s  (%s)\n' "$p" "${parse[*]}"
  printf 'assess --jsonl json: %.2f s  (%s)\n' "$a" "${assess[*]}"
  printf 'ratio assess/parse:  %.2f   (target <= 1.5)\n' "$(calc "$a / $p")"
  printf 'assessments per second (whole process): %.0f\n' "$(calc "$n / $a")"
} | tee "$out/assess-throughput.txt"
