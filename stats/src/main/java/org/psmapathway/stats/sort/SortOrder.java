package org.psmapathway.stats.sort;

import java.util.Arrays;

/**
 * Stable orders of row indices without boxing: an LSD radix sort on 64-bit keys, O(n) for n rows
 * (four 16-bit passes at most; a pass where every key has the same digit is skipped), and a
 * counting sort by small integer codes (strata, groups), O(n + k).
 *
 * <p>Ties keep input order, as R's {@code order()} does (it is stable, {@code method = "radix"}).
 * Doubles are compared by value: {@code -0.0} equals {@code 0.0} (as in R) and NaN sorts last.
 */
public final class SortOrder {

  private SortOrder() {}

  /** A long whose unsigned order is the numeric order of {@code v} (NaN last; -0.0 = 0.0). */
  public static long sortableKey(double v) {
    long bits = Double.doubleToLongBits(v + 0.0);
    return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
  }

  /** Row indices ordered by {@code values} ascending, ties in row order. */
  public static int[] ascending(double[] values) {
    long[] keys = new long[values.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = sortableKey(values[i]);
    }
    return byKeys(keys);
  }

  /** Rows ordered by time ascending, within stratum code when {@code strata} is not null. */
  public static int[] byStrataThenTime(double[] time, int[] strata) {
    int[] order = ascending(time);
    return strata == null ? order : byCodes(order, strata);
  }

  /** Row indices ordered by the unsigned value of {@code keys}, ties in row order. */
  public static int[] byKeys(long[] keys) {
    int[] a = new int[keys.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    return byKeys(keys, a);
  }

  /**
   * Stable re-ordering of {@code order} (consumed: it may be returned or overwritten) by the
   * unsigned value of {@code keys[row]}; {@code keys} has one entry per row index.
   */
  public static int[] byKeys(long[] keys, int[] order) {
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
      Arrays.fill(count, 0);
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

  /**
   * Stable re-ordering of {@code order} by small non-negative integer codes (strata, groups):
   * one counting sort.
   */
  public static int[] byCodes(int[] order, int[] codes) {
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
}
