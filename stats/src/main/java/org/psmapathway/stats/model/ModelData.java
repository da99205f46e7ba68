package org.psmapathway.stats.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Named, equally long columns of data: numeric ({@code double[]}, {@code NaN} = missing) or categorical
 * ({@code String[]}, {@code null} = missing). The arrays are not copied; callers must not change them
 * while a model is built from them.
 */
public final class ModelData {

  /** A numeric column; {@code Double.NaN} marks a missing value. */
  public record Numeric(String name, double[] values) { }

  /**
   * A categorical column; {@code null} marks a missing value. {@code reference} is the level used as the
   * baseline in treatment coding, or {@code null} for the first level in sorted order (R's default for
   * {@code factor()} of character data).
   */
  public record Categorical(String name, String[] values, String reference) { }

  private final Map<String, Object> columns;
  private final int rows;

  private ModelData(Map<String, Object> columns, int rows) {
    this.columns = Collections.unmodifiableMap(columns);
    this.rows = rows;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int rows() {
    return rows;
  }

  public boolean has(String name) {
    return columns.containsKey(name);
  }

  /** The column as declared: a {@link Numeric} or a {@link Categorical}. */
  public Object column(String name) {
    Object c = columns.get(name);
    if (c == null) {
      throw new IllegalArgumentException("column '" + name + "': not in the data (have " + columns.keySet() + ")");
    }
    return c;
  }

  /** The values of a numeric column. */
  public double[] numeric(String name) {
    Object c = column(name);
    if (c instanceof Numeric n) {
      return n.values();
    }
    throw new IllegalArgumentException("column '" + name + "': expected a numeric column, found a categorical one");
  }

  /** True where row {@code i} of column {@code name} is missing. */
  public boolean isMissing(String name, int i) {
    Object c = column(name);
    if (c instanceof Numeric n) {
      return Double.isNaN(n.values()[i]);
    }
    return ((Categorical) c).values()[i] == null;
  }

  /** Collects columns; every column must have the same length. */
  public static final class Builder {
    private final Map<String, Object> columns = new LinkedHashMap<>();
    private int rows = -1;

    public Builder numeric(String name, double[] values) {
      Objects.requireNonNull(values, "values of column '" + name + "'");
      put(name, values.length, new Numeric(name, values));
      return this;
    }

    public Builder categorical(String name, String[] values) {
      return categorical(name, values, null);
    }

    public Builder categorical(String name, String[] values, String reference) {
      Objects.requireNonNull(values, "values of column '" + name + "'");
      put(name, values.length, new Categorical(name, values, reference));
      return this;
    }

    private void put(String name, int length, Object column) {
      if (name == null || name.isBlank() || name.contains(":") || name.contains("*") || name.contains("+")) {
        throw new IllegalArgumentException("column name '" + name + "': expected a non-blank name without ':', '*' or '+'");
      }
      if (columns.containsKey(name)) {
        throw new IllegalArgumentException("column '" + name + "': given twice");
      }
      if (rows >= 0 && length != rows) {
        throw new IllegalArgumentException("column '" + name + "': has " + length + " rows, expected " + rows);
      }
      rows = length;
      columns.put(name, column);
    }

    public ModelData build() {
      return new ModelData(new LinkedHashMap<>(columns), Math.max(rows, 0));
    }
  }
}
