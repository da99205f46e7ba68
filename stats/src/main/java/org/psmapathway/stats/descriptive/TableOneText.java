package org.psmapathway.stats.descriptive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text rendering of Table 1 rows: "median (Q1, Q3)" for continuous rows, "n (%)" per level for
 * categorical rows, and the p-value with the test named in a footnote letter.
 *
 * <p>Numbers are rounded here and only here, the way R's {@code formatC}/{@code sprintf} round: the
 * exact binary value of the double, ties to even. So 0.125 shows as "0.12" with 2 digits, as in R.
 */
public final class TableOneText {
  private TableOneText() {}

  /**
   * @param rows rows sharing the same groups, in display order
   * @param digits decimals for medians, quartiles and percentages
   * @param withMeanSd add a "mean (SD)" line under each continuous row
   */
  public static String render(List<? extends TableOneRow> rows, int digits, boolean withMeanSd) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows: expected at least one row, got none");
    }
    List<String> groups = rows.get(0).groupLabels();
    List<String[]> lines = new ArrayList<>();
    List<String> methods = new ArrayList<>();
    String[] header = new String[groups.size() + 2];
    header[0] = "Variable";
    for (int g = 0; g < groups.size(); g++) {
      header[g + 1] = groups.get(g);
    }
    header[header.length - 1] = "p";
    lines.add(header);
    for (TableOneRow row : rows) {
      if (!row.groupLabels().equals(groups)) {
        throw new IllegalArgumentException("rows: '" + row.name() + "' has groups "
            + row.groupLabels() + ", expected " + groups + " like the first row");
      }
      String p = pValue(row.test(), methods);
      if (row instanceof ContinuousVariable c) {
        String[] line = line(c.name() + ", median (IQR)", groups.size(), p);
        for (int g = 0; g < groups.size(); g++) {
          ContinuousSummary s = c.groups().get(g);
          line[g + 1] = fixed(s.median(), digits) + " (" + fixed(s.q1(), digits) + ", "
              + fixed(s.q3(), digits) + ")";
        }
        lines.add(line);
        if (withMeanSd) {
          String[] extra = line("  mean (SD)", groups.size(), "");
          for (int g = 0; g < groups.size(); g++) {
            ContinuousSummary s = c.groups().get(g);
            extra[g + 1] = fixed(s.mean(), digits) + " (" + fixed(s.sd(), digits) + ")";
          }
          lines.add(extra);
        }
        addMissing(lines, groups.size(),
            c.groups().stream().mapToInt(ContinuousSummary::missing).toArray());
      } else if (row instanceof CategoricalVariable c) {
        lines.add(line(c.name() + ", n (%)", groups.size(), p));
        for (LevelCounts level : c.levels()) {
          String[] line = line("  " + level.level(), groups.size(), "");
          for (int g = 0; g < groups.size(); g++) {
            GroupCount cell = level.groups().get(g);
            line[g + 1] = cell.n() + " (" + fixed(cell.percent(), digits) + "%)";
          }
          lines.add(line);
        }
        addMissing(lines, groups.size(), c.missing().stream().mapToInt(Integer::intValue).toArray());
      }
    }
    StringBuilder out = new StringBuilder();
    int[] widths = new int[header.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (String[] line : lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        String cell = line[i];
        text.append(i == 0 ? pad(cell, widths[i]) : "  " + padLeft(cell, widths[i]));
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    for (int m = 0; m < methods.size(); m++) {
      out.append((char) ('a' + m)).append(": ").append(methods.get(m)).append('\n');
    }
    return out.toString();
  }

  private static void addMissing(List<String[]> lines, int groups, int[] missing) {
    int total = 0;
    for (int m : missing) {
      total += m;
    }
    if (total == 0) {
      return;
    }
    String[] line = line("  missing", groups, "");
    for (int g = 0; g < groups; g++) {
      line[g + 1] = Integer.toString(missing[g]);
    }
    lines.add(line);
  }

  private static String[] line(String label, int groups, String p) {
    String[] line = new String[groups + 2];
    java.util.Arrays.fill(line, "");
    line[0] = label;
    line[groups + 1] = p;
    return line;
  }

  private static String pValue(HypothesisTest test, List<String> methods) {
    if (test == null) {
      return "";
    }
    int index = methods.indexOf(test.method());
    if (index < 0) {
      methods.add(test.method());
      index = methods.size() - 1;
    }
    String mark = String.valueOf((char) ('a' + index));
    if (Double.isNaN(test.p())) {
      return "NA " + mark;
    }
    return (test.p() < 0.001 ? "<0.001" : fixed(test.p(), 3)) + " " + mark;
  }

  /** Fixed decimals, rounding the exact binary value half to even, as C's printf does. */
  static String fixed(double value, int digits) {
    if (Double.isNaN(value)) {
      return "NA";
    }
    return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }
}
