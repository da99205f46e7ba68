package org.psmapathway.stats.descriptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Rows of a "Table 1": each column of a study summarised by group with a test across groups.
 *
 * <p>Continuous: n, missing, median and IQR (R's {@code quantile}, type 7), mean and SD; Wilcoxon
 * rank-sum for two groups ({@code wilcox.test} defaults), Kruskal–Wallis for more
 * ({@code kruskal.test}). Categorical: n and % of the non-missing values per level and group;
 * chi-squared ({@code chisq.test}) or Fisher ({@code fisher.test}) by {@link CategoricalTest}.
 *
 * <p>Groups and levels are ordered as Java's {@link String#compareTo}, which equals R's
 * {@code sort} in the C locale. Every row needs a group; a missing value is NaN (continuous) or null
 * (categorical), dropped and counted per group.
 */
public final class TableOne {
  private TableOne() {}

  /**
   * Summarise a continuous column by group.
   *
   * @param name variable name, used in messages and the rendered table
   * @param values one per row; NaN = missing
   * @param groups one per row, never null
   * @throws IllegalArgumentException when lengths differ, a group label is null, a value is
   *     infinite, fewer than 2 groups have values, or a group has fewer than 2 non-missing values
   */
  public static ContinuousVariable continuous(String name, double[] values, String[] groups) {
    requireSameLength(name, values.length, groups);
    TreeMap<String, Integer> groupIndex = groupIndex(name, groups);
    int k = groupIndex.size();
    int[] n = new int[k];
    int[] missing = new int[k];
    int[] group = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      group[i] = groupIndex.get(groups[i]);
      if (Double.isNaN(values[i])) {
        missing[group[i]]++;
      } else if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "]: expected a finite number or NaN for missing, got " + values[i]);
      } else {
        n[group[i]]++;
      }
    }
    double[][] samples = new double[k][];
    for (int g = 0; g < k; g++) {
      samples[g] = new double[n[g]];
    }
    int[] filled = new int[k];
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        samples[group[i]][filled[group[i]]++] = values[i];
      }
    }
    List<String> labels = new ArrayList<>(groupIndex.keySet());
    List<ContinuousSummary> summaries = new ArrayList<>(k);
    for (int g = 0; g < k; g++) {
      if (n[g] < 2) {
        throw new IllegalArgumentException(name + ": group '" + labels.get(g) + "' has " + n[g]
            + " non-missing value" + (n[g] == 1 ? "" : "s") + "; expected at least 2");
      }
      summaries.add(summarise(labels.get(g), samples[g], missing[g]));
    }
    HypothesisTest test = k == 2
        ? WilcoxonRankSum.test(samples[0], samples[1])
        : KruskalWallis.test(samples);
    return new ContinuousVariable(name, summaries, test);
  }

  /**
   * Summarise a categorical column by group.
   *
   * @param values one per row; null = missing
   * @param groups one per row, never null
   * @param setting which test to run
   * @throws IllegalArgumentException when lengths differ, a group label is null, or fewer than 2
   *     groups are present; also (FISHER or AUTO choosing Fisher) when the table is too large for
   *     exact enumeration — see {@link FisherExact#MAX_TABLES}
   */
  public static CategoricalVariable categorical(
      String name, String[] values, String[] groups, CategoricalTest setting) {
    requireSameLength(name, values.length, groups);
    TreeMap<String, Integer> groupIndex = groupIndex(name, groups);
    TreeMap<String, Integer> levelIndex = new TreeMap<>();
    for (String v : values) {
      if (v != null) {
        levelIndex.putIfAbsent(v, 0);
      }
    }
    int at = 0;
    for (var e : levelIndex.entrySet()) {
      e.setValue(at++);
    }
    int k = groupIndex.size();
    int[][] counts = new int[levelIndex.size()][k];
    int[] missing = new int[k];
    int[] present = new int[k];
    for (int i = 0; i < values.length; i++) {
      int g = groupIndex.get(groups[i]);
      if (values[i] == null) {
        missing[g]++;
      } else {
        counts[levelIndex.get(values[i])][g]++;
        present[g]++;
      }
    }
    List<String> labels = new ArrayList<>(groupIndex.keySet());
    List<LevelCounts> levels = new ArrayList<>();
    for (var e : levelIndex.entrySet()) {
      List<GroupCount> cells = new ArrayList<>(k);
      for (int g = 0; g < k; g++) {
        int c = counts[e.getValue()][g];
        cells.add(new GroupCount(labels.get(g), c, 100.0 * c / present[g]));
      }
      levels.add(new LevelCounts(e.getKey(), cells));
    }
    List<Integer> missingList = Arrays.stream(missing).boxed().toList();
    if (levelIndex.size() < 2) {
      return new CategoricalVariable(name, labels, levels, missingList, setting, null, Double.NaN,
          "not tested: " + levelIndex.size() + " level observed, a test needs at least 2");
    }
    double minExpected = new ContingencyTable(counts).minExpected();
    HypothesisTest test;
    String choice;
    switch (setting) {
      case CHI_SQUARE -> {
        test = PearsonChiSquare.test(counts);
        choice = "chi-squared test: as requested";
      }
      case FISHER -> {
        test = FisherExact.test(counts);
        choice = "Fisher's exact test: as requested";
      }
      default -> {
        if (minExpected < 5) {
          test = FisherExact.test(counts);
          choice = String.format(Locale.ROOT,
              "Fisher's exact test: smallest expected count %.3g < 5", minExpected);
        } else {
          test = PearsonChiSquare.test(counts);
          choice = String.format(Locale.ROOT,
              "chi-squared test: every expected count >= 5 (smallest %.3g)", minExpected);
        }
      }
    }
    return new CategoricalVariable(
        name, labels, levels, missingList, setting, test, minExpected, choice);
  }

  private static ContinuousSummary summarise(String group, double[] sample, int missing) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    // R's mean() refines the sum with a second pass (summary.c, real_mean); so does this.
    double mean = sum / n;
    double correction = 0;
    for (double v : sorted) {
      correction += v - mean;
    }
    mean += correction / n;
    double squares = 0;
    for (double v : sorted) {
      squares += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
    return new ContinuousSummary(group, n, missing,
        SampleQuantile.type7(sorted, 0.5),
        SampleQuantile.type7(sorted, 0.25),
        SampleQuantile.type7(sorted, 0.75),
        mean, sd);
  }

  private static void requireSameLength(String name, int length, String[] groups) {
    if (groups.length != length) {
      throw new IllegalArgumentException(name + ": groups has " + groups.length
          + " rows, expected " + length + " like the values");
    }
  }

  private static TreeMap<String, Integer> groupIndex(String name, String[] groups) {
    TreeMap<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < groups.length; i++) {
      if (groups[i] == null) {
        throw new IllegalArgumentException(
            name + ": groups[" + i + "] is missing; expected a group label for every row");
      }
      index.putIfAbsent(groups[i], 0);
    }
    if (index.size() < 2) {
      throw new IllegalArgumentException(
          name + ": expected at least 2 groups, got " + index.size());
    }
    int at = 0;
    for (var e : index.entrySet()) {
      e.setValue(at++);
    }
    return index;
  }
}
