#!/usr/bin/env bash
# Cox regression, psma against R side by side, whole processes (read CSV + fit + print).
#
#   bench/stats-vs-r.sh [ROUNDS=3] [--skip-r-robust]
#
# Generates the data once into bench/out/ (the simulation of ../shared/reference/speed_benchmark.R,
# written by bench/r/simulate.R), then alternates psma and Rscript (survival::coxph, data.table::fread)
# ROUNDS times and reports medians and ratios:
#   1. Cox, Efron, 1,000,000 rows x 5 covariates      target: psma <= 0.5 x R
#   2. robust SE, 100,000 rows x 5 covariates         target: psma < 1 s; R once (slow), or skipped
#   3. 1,000,000 rows x 10 covariates with -Xmx2g     target: fits (exit 0)
# Results: bench/out/stats-vs-r.txt. The machine may be shared: the load average is recorded.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
rounds=3
skip_r_robust=0
for a in "$@"; do
  case "$a" in
    --skip-r-robust) skip_r_robust=1 ;;
    ''|*[!0-9]*) echo "usage: $0 [ROUNDS] [--skip-r-robust]" >&2; exit 2 ;;
    *) rounds="$a" ;;
  esac
done
mkdir -p "$out"
cd "$root"

data() { # N P FILE
  if [ ! -f "$out/$3" ]; then
    echo "generating $3 ..." >&2
    Rscript bench/r/simulate.R "$1" "$2" "$out/$3"
  fi
}
data 1e6 5 cox-1000000x5.csv
data 1e5 5 cox-100000x5.csv
data 1e6 10 cox-1000000x10.csv

./psma --version >/dev/null # builds the jar if needed, outside the timings
jar="$root/app/target/psma.jar"
java_flags=(@"$root/psma.jvm-options") # as ./psma runs it

covs() { seq -s, -f 'x%g' 1 "$1"; }

# seconds of wall time of one command; its standard output goes to bench/out/last-<tag>.txt
elapsed() { # TAG COMMAND...
  local tag="$1"; shift
  local s e
  s=$(date +%s.%N)
  "$@" >"$out/last-$tag.txt"
  e=$(date +%s.%N)
  echo "$e - $s" | bc -l
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
fmt() { printf '%.2f' "$1"; }

report="$out/stats-vs-r.txt"
{
  echo "# psma vs R, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); R: $(Rscript -e 'cat(R.version.string, "survival", as.character(packageVersion("survival")))')"
  echo
} >"$report"

# 1. Cox Efron 1M x 5, alternating
j5=(); r5=()
for i in $(seq 1 "$rounds"); do
  j5+=("$(elapsed java5 java "${java_flags[@]}" -jar "$jar" cox --data "$out/cox-1000000x5.csv" \
      --time time --event status --covariates "$(covs 5)")")
  r5+=("$(elapsed r5 Rscript bench/r/cox.R "$out/cox-1000000x5.csv" 5)")
  echo "round $i: cox 1M x 5  psma ${j5[-1]} s, R ${r5[-1]} s" >&2
done
jm=$(median "${j5[@]}"); rm_=$(median "${r5[@]}")

# 2. robust SE on 100,000 rows
jr=()
rr=""
for i in $(seq 1 "$rounds"); do
  jr+=("$(elapsed javar java "${java_flags[@]}" -jar "$jar" cox --data "$out/cox-100000x5.csv" \
      --time time --event status --covariates "$(covs 5)" --robust)")
  if [ "$i" = 1 ] && [ "$skip_r_robust" = 0 ]; then
    rr=$(elapsed rr Rscript bench/r/cox.R "$out/cox-100000x5.csv" 5 robust)
  fi
  echo "round $i: robust 100k  psma ${jr[-1]} s${rr:+, R $rr s}" >&2
done
jrm=$(median "${jr[@]}")

# 3. 1M x 10 in a 2 GB heap
if command -v /usr/bin/time >/dev/null; then
  /usr/bin/time -f '%e %M' -o "$out/time-p10.txt" java -Xmx2g "${java_flags[@]}" -jar "$jar" cox \
      --data "$out/cox-1000000x10.csv" --time time --event status --covariates "$(covs 10)" \
      >"$out/last-java10.txt" && p10_rc=0 || p10_rc=$?
  read -r p10_s p10_kb <"$out/time-p10.txt" || true
else
  p10_s=$(elapsed java10 java -Xmx2g "${java_flags[@]}" -jar "$jar" cox \
      --data "$out/cox-1000000x10.csv" --time time --event status --covariates "$(covs 10)") \
      && p10_rc=0 || p10_rc=$?
  p10_kb=""
fi

# the two programs must agree: x1's coefficient line of both prints (6 significant digits)
jx1=$(awk '$1 == "x1" {print $2; exit}' "$out/last-java5.txt")
rx1=$(awk '$1 == "x1" {print $2; exit}' "$out/last-r5.txt")

{
  echo "| measurement | psma | R | ratio psma/R | target |"
  echo "|---|---|---|---|---|"
  echo "| Cox Efron, 1,000,000 x 5, whole process (median of $rounds) | $(fmt "$jm") s | $(fmt "$rm_") s | **$(fmt "$(echo "$jm / $rm_" | bc -l)")** | <= 0.5 |"
  if [ -n "$rr" ]; then
    echo "| robust SE, 100,000 x 5, whole process | $(fmt "$jrm") s (median of $rounds) | $(fmt "$rr") s (1 run) | **$(echo "$jrm / $rr" | bc -l | xargs printf '%.3f')** | psma < 1 s |"
  else
    echo "| robust SE, 100,000 x 5, whole process | $(fmt "$jrm") s (median of $rounds) | skipped | | psma < 1 s |"
  fi
  echo "| 1,000,000 x 10 with -Xmx2g | exit $p10_rc, $(fmt "$p10_s") s${p10_kb:+, max RSS $((p10_kb / 1024)) MB} | | | fits |"
  echo
  echo "runs: psma ${j5[*]} / R ${r5[*]}; robust psma ${jr[*]}"
  echo "x1 coefficient: psma $jx1, R $rx1"
} | tee -a "$report"
echo "written to $report" >&2
