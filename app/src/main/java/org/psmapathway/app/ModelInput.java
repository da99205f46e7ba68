package org.psmapathway.app;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.model.Formula;
import org.psmapathway.stats.model.ModelData;

/**
 * The columns of a regression command ({@code cox}, {@code finegray}, {@code logistic}) read from
 * a {@link CsvTable} into {@link ModelData}: numeric columns parsed (every non-number and every
 * infinite value recorded as {@code file:line:column}), categorical ones kept as text. Missing
 * cells stay missing; the model drops those rows and counts them ({@code dropped}).
 */
final class ModelInput {

  private final CsvTable table;
  private final Set<String> categorical;
  private final ModelData.Builder data = ModelData.builder();
  private final Set<String> added = new HashSet<>();
  private boolean complete = true;

  /** @param categorical columns to treat as categorical (dummy coded); all others are numeric */
  ModelInput(CsvTable table, Collection<String> categorical) {
    this.table = table;
    this.categorical = new HashSet<>(categorical);
  }

  /**
   * Parses {@code --covariates a,b*c,d:e} as the right-hand side {@code a + b*c + d:e}.
   *
   * @throws IllegalArgumentException for an empty term or variable (a usage error)
   */
  static Formula formula(List<String> covariates) {
    return Formula.parse(String.join(" + ", covariates));
  }

  /** Adds a column, numeric or categorical as declared; a column used twice is read once. */
  ModelInput column(String name) {
    if (name == null || added.contains(name)) {
      return this;
    }
    if (categorical.contains(name)) {
      String[] v = table.text(name);
      put(name, v == null ? null : () -> data.categorical(name, v));
    } else {
      double[] v = finiteNumbers(table, name);
      put(name, v == null ? null : () -> data.numeric(name, v));
    }
    return this;
  }

  /** Adds a numeric column already read (time, event), NaN = missing. */
  ModelInput numeric(String name, double[] values) {
    if (!added.contains(name)) {
      put(name, values == null ? null : () -> data.numeric(name, values));
    }
    return this;
  }

  /** Adds a column always read as categorical (strata, cluster, cause). */
  ModelInput categorical(String name) {
    if (name != null && !added.contains(name)) {
      String[] v = table.text(name);
      put(name, v == null ? null : () -> data.categorical(name, v));
    }
    return this;
  }

  private void put(String name, Runnable add) {
    added.add(name);
    if (add == null) {
      complete = false; // the table recorded the unknown column
      return;
    }
    try {
      add.run();
    } catch (IllegalArgumentException e) {
      table.problem(-1, null, "column \"" + name + "\": " + e.getMessage());
      complete = false;
    }
  }

  /** The data; call after {@link CsvTable#check()} has passed. */
  ModelData build() {
    if (!complete) {
      throw new IllegalStateException("columns were missing; CsvTable.check() should have thrown");
    }
    return data.build();
  }

  /** A numeric column whose values must be finite (NaN = missing); ±Inf recorded as a problem. */
  static double[] finiteNumbers(CsvTable t, String column) {
    double[] x = t.numbers(column);
    if (x != null) {
      for (int i = 0; i < x.length; i++) {
        if (Double.isInfinite(x[i])) {
          t.problem(i, column, "column \"" + column + "\": expected a finite number, got "
              + (x[i] > 0 ? "Inf" : "-Inf"));
        }
      }
    }
    return x;
  }
}
