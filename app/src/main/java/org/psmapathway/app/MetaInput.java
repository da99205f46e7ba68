package org.psmapathway.app;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntFunction;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.meta.HazardRatios;
import org.psmapathway.stats.meta.InvalidStudyException;
import org.psmapathway.stats.meta.PetoObservedExpected;
import org.psmapathway.stats.meta.StudyData;
import org.psmapathway.stats.meta.TwoByTwo;

/**
 * Turns the CSV of {@code psma meta} into {@link StudyData}. Every study row is first converted on
 * its own, so that every bad row is reported (not only the first), as
 * {@code file:line:column: study "X", column "hr": expected …}; then all rows together.
 */
final class MetaInput {

  /** Engine field names → CSV column names where they differ. */
  private static final Map<String, String> COLUMN_OF_FIELD = Map.of("O-E", "oMinusE", "V", "v");

  private MetaInput() {}

  /**
   * @param ciLevel confidence level of the hr CIs in the file
   * @param logScale generic measure only: yi is on the log scale (a log ratio)
   */
  static StudyData read(CsvTable t, MetaMeasure measure, double ciLevel, boolean logScale) {
    String[] labels = t.has("study") ? t.text("study") : null;
    if (labels != null) {
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == null) {
          labels[i] = "Study " + (i + 1); // metafor's default slab
        }
      }
    }
    String[] columns = switch (measure) {
      case hr -> new String[] {"hr", "lower", "upper"};
      case generic -> new String[] {"yi", t.has("vi") || !t.has("sei") ? "vi" : "sei"};
      case rr, or, rd -> new String[] {"ai", "bi", "ci", "di"};
      case peto -> new String[] {"oMinusE", "v"};
    };
    double[][] v = new double[columns.length][];
    for (int c = 0; c < columns.length; c++) {
      v[c] = t.numbers(columns[c]);
    }
    t.check(); // unknown columns and non-numbers first: nothing else makes sense without them
    for (int c = 0; c < columns.length; c++) {
      for (int i = 0; i < t.rowCount(); i++) {
        if (Double.isNaN(v[c][i])) {
          t.problem(i, columns[c], study(labels, i) + ", column \"" + columns[c]
              + "\": a value is required");
        }
      }
    }
    t.check();
    IntFunction<StudyData> one = i -> convert(measure, pick(labels, i), pickAll(v, i), ciLevel,
        logScale, columns[1]);
    for (int i = 0; i < t.rowCount(); i++) {
      try {
        one.apply(i);
      } catch (InvalidStudyException e) {
        report(t, e, i, labels);
      }
    }
    t.check();
    try {
      return convert(measure, labels, v, ciLevel, logScale, columns[1]);
    } catch (InvalidStudyException e) {
      report(t, e, e.index(), labels);
      t.check();
      throw e; // not reached: report() recorded a problem
    }
  }

  private static StudyData convert(MetaMeasure m, String[] labels, double[][] v, double ciLevel,
      boolean logScale, String varianceColumn) {
    return switch (m) {
      case hr -> HazardRatios.fromConfidenceIntervals(labels, v[0], v[1], v[2], ciLevel);
      case generic -> "sei".equals(varianceColumn)
          ? StudyData.ofStandardErrors(labels, v[0], v[1], logScale ? "log" : "identity")
          : new StudyData(labels, v[0], v[1], logScale ? "log" : "identity");
      case rr -> TwoByTwo.effectSizes(TwoByTwo.Measure.RR, labels, v[0], v[1], v[2], v[3]);
      case or -> TwoByTwo.effectSizes(TwoByTwo.Measure.OR, labels, v[0], v[1], v[2], v[3]);
      case rd -> TwoByTwo.effectSizes(TwoByTwo.Measure.RD, labels, v[0], v[1], v[2], v[3]);
      case peto -> PetoObservedExpected.logHazardRatios(labels, v[0], v[1]);
    };
  }

  /** Maps the engine's study index and field to the CSV line and column. */
  static void report(CsvTable t, InvalidStudyException e, int row, String[] labels) {
    String expected = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    if (row < 0) {
      t.problem(-1, null, e.getMessage());
      return;
    }
    String column = COLUMN_OF_FIELD.getOrDefault(e.field(), e.field());
    if (!t.has(column)) {
      column = null; // a derived field (vi of a 2×2 table): name the line only
    }
    t.problem(row, column, study(labels, row) + ", column \"" + (column == null ? e.field() : column)
        + "\": expected " + expected);
  }

  static String study(String[] labels, int i) {
    return "study \"" + (labels == null ? "Study " + (i + 1) : labels[i]) + "\"";
  }

  private static String[] pick(String[] labels, int i) {
    return labels == null ? new String[] {"Study " + (i + 1)} : new String[] {labels[i]};
  }

  private static double[][] pickAll(double[][] v, int i) {
    double[][] out = new double[v.length][];
    for (int c = 0; c < v.length; c++) {
      out[c] = new double[] {v[c][i]};
    }
    return out;
  }

  /** Per-study values of a numeric column (moderators), every missing or bad cell reported. */
  static double[] requiredNumbers(CsvTable t, String column, String[] labels) {
    double[] x = t.numbers(column);
    if (x != null) {
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i]) || Double.isInfinite(x[i])) {
          t.problem(i, column, study(labels, i) + ", column \"" + column
              + "\": a finite number is required");
        }
      }
    }
    return x;
  }

  /** Per-study values of a text column (subgroup), every missing cell reported. */
  static String[] requiredText(CsvTable t, String column, String[] labels) {
    String[] x = t.text(column);
    if (x != null) {
      for (int i = 0; i < x.length; i++) {
        if (x[i] == null) {
          t.problem(i, column, study(labels, i) + ", column \"" + column + "\": a value is required");
        }
      }
    }
    return x == null ? null : Arrays.copyOf(x, x.length);
  }
}
