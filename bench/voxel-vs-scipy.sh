#!/usr/bin/env bash
# Kernel dose of a 128³ and a 256³ activity map in Java (VoxelDose.kernel: 177Lu 4.8 mm kernel,
# FFT convolution, dose as float32) against SciPy's signal.fftconvolve(mode="same") with the same
# 11³ kernel on the same arrays, issue §5: target Java <= 0.5 x SciPy, memory a small multiple of
# the image.
# Usage: bench/voxel-vs-scipy.sh [REPS=5] [ROUNDS=1]
# The maps are uniform random float32 (numpy seed 20261123), written once as raw little-endian
# files to bench/out/ (not versioned) and read by both sides; the kernel is written by Java as raw
# float64 and read by SciPy. Each side runs REPS times in one process and reports the median of all
# but the first run (warm-up); SciPy is timed on the float32 arrays as read (its fastest path) and on
# float64 copies. The Java convolution is checked against SciPy's float64 result. Results go to
# bench/out/voxel-vs-scipy.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
reps="${1:-5}"
rounds="${2:-1}"
out="$root/bench/out"
mkdir -p "$out"
py=/usr/bin/python3
$py -c 'import scipy.signal, numpy' 2>/dev/null || { echo "voxel-vs-scipy: $py with scipy and numpy needed (python3-scipy)" >&2; exit 2; }

(cd "$root" && mvn -q -B -o -DskipTests -pl bench -am package >/dev/null)
cp="$root/bench/target/psma-bench.jar"
# The heap is capped at 12 × the float32 map + 64 MB, so a run that completes shows the memory bound.
run_java() { java -XX:+UseParallelGC "${heap[@]}" -cp "$cp" org.psmapathway.bench.VoxelKernelDose "$@"; }
heap=()

run_java kernel "$out/kernel-4.8mm.f64"
for n in 128 256; do
  [ -f "$out/map-$n.f32" ] || $py -c "
import numpy as np
np.random.default_rng(20261123).random(($n,) * 3, dtype=np.float32).tofile('$out/map-$n.f32')"
done

{
  echo "# voxel-vs-scipy $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, reps $reps, rounds $rounds"
  for ((round = 1; round <= rounds; round++)); do
  echo "# round $round"
  for n in 128 256; do
    heap=("-Xmx$((n * n * n * 4 * 12 / 1000000 + 64))m")
    extra=("$out/conv-$n.f64")
    [ "$n" = 128 ] && extra+=(direct)
    java_out="$(run_java dose "$out/map-$n.f32" "$n" "$reps" "${extra[@]}")"
    echo "$java_out"
    $py - "$out/map-$n.f32" "$n" "$reps" "$out/kernel-4.8mm.f64" "$out/conv-$n.f64" <<'PY'
import sys, time
import numpy as np
from scipy.signal import fftconvolve
path, n, reps, kernel_path, java_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
# raw files are x fastest: numpy C order (z, y, x)
a = np.fromfile(path, dtype='<f4').reshape(n, n, n)
k = np.fromfile(kernel_path, dtype='<f8').reshape(11, 11, 11)
def median(x):
    warm = sorted(x[1:] if len(x) > 1 else x)
    return warm[(len(warm) - 1) // 2]
for label, arr, ker in (("float32", a, k.astype(np.float32)), ("float64", a.astype(np.float64), k)):
    times, cpu = [], []
    for r in range(reps):
        c0, t0 = time.process_time(), time.perf_counter()
        res = fftconvolve(arr, ker, mode="same")
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print("scipy %d^3 %s runs: %s; median %.3f s" % (n, label, " ".join("%.3f" % t for t in times), median(times)))
    print("scipy %d^3 %s cpu median %.3f s" % (n, label, median(cpu)))
ref = res
java = np.fromfile(java_path, dtype='<f8').reshape(n, n, n)
print("max |java - scipy float64| / max |scipy| = %.2e" % (np.abs(java - ref).max() / np.abs(ref).max()))
PY
  done
  done
} | tee "$out/voxel-vs-scipy.txt"

# Ratios within each round (Java and SciPy of one size run back to back, so a change in the
# machine's speed between rounds hits both), then the median over rounds.
awk '
  /^# round / { r = $3 }
  /^java [0-9]+\^3 median/      { split($2, a, "^"); J[a[1], r] = $4 }
  /^java [0-9]+\^3 cpu median/  { split($2, a, "^"); JC[a[1], r] = $5 }
  /^scipy [0-9]+\^3 float32 runs/ { split($2, a, "^"); S32[a[1], r] = $(NF - 1) }
  /^scipy [0-9]+\^3 float64 runs/ { split($2, a, "^"); S64[a[1], r] = $(NF - 1) }
  /^scipy [0-9]+\^3 float32 cpu/  { split($2, a, "^"); C32[a[1], r] = $(NF - 1) }
  /^scipy [0-9]+\^3 float64 cpu/  { split($2, a, "^"); C64[a[1], r] = $(NF - 1) }
  function median(x, k,   i, j, t, m) {
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
    return x[int((k + 1) / 2)]
  }
  END {
    split("128 256", sizes, " ")
    for (si = 1; si <= 2; si++) {
      n = sizes[si]
      for (i = 1; i <= r; i++) {
        w32[i] = J[n, i] / S32[n, i]; w64[i] = J[n, i] / S64[n, i]
        c32[i] = JC[n, i] / C32[n, i]; c64[i] = JC[n, i] / C64[n, i]
        printf "%d^3 round %d: wall java %.3f s, scipy float32 %.3f s (ratio %.2f), float64 %.3f s (ratio %.2f); cpu ratio %.2f / %.2f\n", n, i, J[n, i], S32[n, i], w32[i], S64[n, i], w64[i], c32[i], c64[i]
      }
      printf "%d^3 median over %d rounds: wall ratio vs float32 %.2f, vs float64 %.2f; cpu ratio %.2f / %.2f (target wall <= 0.5)\n", n, r, median(w32, r), median(w64, r), median(c32, r), median(c64, r)
    }
  }' "$out/voxel-vs-scipy.txt" | tee -a "$out/voxel-vs-scipy.txt"
