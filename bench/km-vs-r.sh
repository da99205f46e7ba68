#!/usr/bin/env bash
# Whole-process time of `psma km` and `psma logrank` against R (read.csv + survfit/survdiff +
# print) on the same CSV, issue §5: target psma <= 0.5 x R.
# Usage: bench/km-vs-r.sh [ROWS=1000000] [ROUNDS=3]
# The data are generated once by R (seeded; bench/out/, not versioned): exponential times in days
# with 2 decimals, about 30 % censored, two groups with hazard ratio 0.8. Runs alternate
# (psma km, R km, psma logrank, R logrank, ...) so that machine noise hits both alike; the medians
# and their ratios are printed and written to bench/out/km-vs-r.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
rounds="${2:-3}"
out="$root/bench/out"
mkdir -p "$out"
data="$out/km-$n.csv"

command -v Rscript >/dev/null || { echo "km-vs-r: Rscript not found (r-base-core, r-cran-survival)" >&2; exit 2; }
[ -f "$data" ] || Rscript -e "
  set.seed(20260101); n <- $n
  group <- sample(c('A', 'B'), n, replace = TRUE)
  event <- rexp(n, ifelse(group == 'A', 1 / 500, 0.8 / 500))
  censor <- rexp(n, 1 / 1200)
  d <- data.frame(time = round(pmin(event, censor), 2), status = as.integer(event <= censor),
                  group = group)
  write.csv(d, '$data', row.names = FALSE)"

# build once (the launcher rebuilds only when sources changed)
"$root/psma" --version >/dev/null

rkm="library(survival); d <- read.csv('$data'); f <- survfit(Surv(time, status) ~ group, data = d); print(f); print(summary(f, times = c(365, 730)))"
rlr="library(survival); d <- read.csv('$data'); print(survdiff(Surv(time, status) ~ group, data = d))"

seconds() {
  local s e
  s=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "km-vs-r: failed: $*" >&2; exit 1; }
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN {print e - s}'
}
calc() { awk "BEGIN {print $1}"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

pk=(); rk=(); pl=(); rl=()
for ((i = 1; i <= rounds; i++)); do
  pk+=("$(seconds "$root/psma" km --data "$data" --time time --event status --group group --at 365,730)")
  rk+=("$(seconds Rscript -e "$rkm")")
  pl+=("$(seconds "$root/psma" logrank --data "$data" --time time --event status --group group)")
  rl+=("$(seconds Rscript -e "$rlr")")
done
a=$(median "${pk[@]}"); b=$(median "${rk[@]}"); c=$(median "${pl[@]}"); d=$(median "${rl[@]}")
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores (shared), $(java -version 2>&1 | head -1), $(Rscript --version 2>&1 | head -1)"
  echo "rows: $n  rounds: $rounds (median, whole process: start, read CSV, fit, print)"
  printf 'psma km:       %6.2f s  (%s)\n' "$a" "${pk[*]}"
  printf 'R survfit:     %6.2f s  (%s)\n' "$b" "${rk[*]}"
  printf 'psma logrank:  %6.2f s  (%s)\n' "$c" "${pl[*]}"
  printf 'R survdiff:    %6.2f s  (%s)\n' "$d" "${rl[*]}"
  printf 'ratio km:      %6.2f   (target <= 0.5)\n' "$(calc "$a / $b")"
  printf 'ratio logrank: %6.2f   (target <= 0.5)\n' "$(calc "$c / $d")"
} | tee "$out/km-vs-r.txt"
