package org.psmapathway.stats.cox;

/**
 * Stable sorts of row indices without boxing: an LSD radix sort on 64-bit keys (O(n), used for the
 * million-row paths) and a merge sort by a primitive comparison (small inputs, composite orders).
 */
final class SortOrder {

    /** Compares rows a and b; negative when a sorts first. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private SortOrder() {
    }

    /** Row indices 0..n-1 ordered by {@code cmp}, equal rows kept in input order. O(n log n). */
    static int[] of(int n, RowComparator cmp) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                if (mid >= hi || cmp.compare(a[mid - 1], a[mid]) <= 0) {
                    System.arraycopy(a, lo, b, lo, hi - lo); // already in order
                    continue;
                }
                while (i < mid && j < hi) {
                    b[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** A long whose unsigned order is the numeric order of {@code v} (NaN last; -0.0 = 0.0). */
    static long sortableKey(double v) {
        long bits = Double.doubleToLongBits(v + 0.0);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    /** Row indices ordered by the unsigned value of {@code keys}, ties in input order. O(n) for n rows. */
    static int[] byKeys(long[] keys) {
        int n = keys.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return byKeys(keys, a);
    }

    /** Stable re-ordering of {@code order} (consumed) by the unsigned value of {@code keys[row]}. */
    static int[] byKeys(long[] keys, int[] order) {
        int n = order.length;
        int[] a = order;
        if (n < 2) {
            return a;
        }
        long or = 0;
        long and = -1L;
        for (long k : keys) {
            or |= k;
            and &= k;
        }
        long varying = or ^ and; // digits where every key agrees need no pass
        int[] b = new int[n];
        int[] count = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            if (((varying >>> shift) & 0xFFFF) == 0) {
                continue;
            }
            java.util.Arrays.fill(count, 0);
            for (long k : keys) {
                count[(int) ((k >>> shift) & 0xFFFF)]++;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int row = a[i];
                b[count[(int) ((keys[row] >>> shift) & 0xFFFF)]++] = row;
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Stable re-ordering of {@code order} by small non-negative integer codes (strata), O(n + k). */
    static int[] byCodes(int[] order, int[] codes) {
        int k = 0;
        for (int c : codes) {
            if (c < 0) {
                throw new IllegalArgumentException("stratum code: expected >= 0, got " + c);
            }
            k = Math.max(k, c + 1);
        }
        int[] count = new int[k + 1];
        for (int row : order) {
            count[codes[row] + 1]++;
        }
        for (int d = 0; d < k; d++) {
            count[d + 1] += count[d];
        }
        int[] out = new int[order.length];
        for (int row : order) {
            out[count[codes[row]]++] = row;
        }
        return out;
    }

    /** Rows ordered by time ascending, within stratum code when {@code strata} is not null. */
    static int[] byStrataThenTime(double[] time, int[] strata) {
        long[] keys = new long[time.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = sortableKey(time[i]);
        }
        int[] order = byKeys(keys);
        return strata == null ? order : byCodes(order, strata);
    }
}
