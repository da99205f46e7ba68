package org.psmapathway.app.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of a {@link CsvTable}, row by row, packed as UTF-8 bytes in large chunks instead of
 * one {@code String} per cell: a million rows by ten columns is 13 million cells, which as strings
 * take about 1 GB of heap and most of the reading time in allocation and garbage collection. Text
 * is decoded when a column is asked for as text; numbers are parsed from the bytes directly.
 */
final class Cells {

  private static final int CHUNK = 1 << 23;

  /** 10^0 … 10^22: the powers of ten a double holds exactly (Clinger's fast path). */
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] current;
  private int used;
  private long[] start = new long[1024];
  private int[] length = new int[1024];
  private int count;

  /** Appends one cell. */
  void add(String cell) {
    add(cell.toCharArray(), 0, cell.length());
  }

  /** Appends one cell, the characters {@code buf[offset, offset + n)}. */
  void add(char[] buf, int offset, int n) {
    byte[] encoded = null;
    for (int i = 0; i < n; i++) {
      if (buf[offset + i] >= 0x80) {
        encoded = new String(buf, offset, n).getBytes(StandardCharsets.UTF_8);
        break;
      }
    }
    int len = encoded == null ? n : encoded.length;
    if (current == null || used + len > current.length) {
      current = new byte[Math.max(CHUNK, len)];
      chunks.add(current);
      used = 0;
    }
    if (encoded == null) {
      for (int i = 0; i < n; i++) {
        current[used + i] = (byte) buf[offset + i];
      }
    } else {
      System.arraycopy(encoded, 0, current, used, len);
    }
    if (count == start.length) {
      start = Arrays.copyOf(start, count * 2);
      length = Arrays.copyOf(length, count * 2);
    }
    start[count] = ((long) (chunks.size() - 1) << 32) | used;
    length[count] = len;
    count++;
    used += len;
  }

  /** Number of cells added (and not truncated). */
  int size() {
    return count;
  }

  /**
   * Forgets the cells from index {@code size} on (a header or a rejected record). Their bytes stay
   * in the current chunk until it is full; only offsets are dropped.
   */
  void truncate(int size) {
    count = size;
  }

  /** The text of cell {@code i}, as it was added. */
  String text(int i) {
    return new String(chunks.get((int) (start[i] >>> 32)), (int) start[i], length[i],
        StandardCharsets.UTF_8);
  }

  /**
   * Cell {@code i} as a number when it is a plain decimal ({@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?},
   * nothing around it) that a double multiplication or division gives exactly: at most 19
   * significant digits forming a mantissa ≤ 2^53 and a decimal exponent within ±22 (Clinger 1990).
   * Both operands are then exact and IEEE arithmetic rounds once, so the result is the correctly
   * rounded value, identical to {@link Double#parseDouble}. Anything else — missing cells, blanks,
   * Inf, long mantissas, large exponents, non-numbers — returns NaN: the caller then takes the
   * general path on the text.
   */
  double fastNumber(int i) {
    byte[] b = chunks.get((int) (start[i] >>> 32));
    int p = (int) start[i];
    int end = p + length[i];
    if (p == end) {
      return Double.NaN;
    }
    boolean negative = false;
    if (b[p] == '+' || b[p] == '-') {
      negative = b[p] == '-';
      p++;
    }
    long mantissa = 0;
    int digits = 0;
    int exponent = 0;
    boolean anyDigit = false;
    while (p < end && b[p] >= '0' && b[p] <= '9') {
      int d = b[p++] - '0';
      anyDigit = true;
      if (mantissa != 0 || d != 0) {
        if (++digits > 19) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + d;
      }
    }
    if (p < end && b[p] == '.') {
      p++;
      while (p < end && b[p] >= '0' && b[p] <= '9') {
        int d = b[p++] - '0';
        anyDigit = true;
        exponent--;
        if (mantissa != 0 || d != 0) {
          if (++digits > 19) {
            return Double.NaN;
          }
          mantissa = mantissa * 10 + d;
        }
      }
    }
    if (!anyDigit) {
      return Double.NaN;
    }
    if (p < end && (b[p] == 'e' || b[p] == 'E')) {
      p++;
      boolean negativeExponent = false;
      if (p < end && (b[p] == '+' || b[p] == '-')) {
        negativeExponent = b[p] == '-';
        p++;
      }
      if (p == end) {
        return Double.NaN;
      }
      int e = 0;
      while (p < end && b[p] >= '0' && b[p] <= '9') {
        e = e * 10 + (b[p++] - '0');
        if (e > 1000) {
          return Double.NaN;
        }
      }
      exponent += negativeExponent ? -e : e;
    }
    if (p != end) {
      return Double.NaN;
    }
    double v;
    if (mantissa == 0) {
      v = 0;
    } else if (mantissa > (1L << 53) || exponent < -22 || exponent > 22) {
      return Double.NaN;
    } else {
      v = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
    }
    return negative ? -v : v;
  }
}
