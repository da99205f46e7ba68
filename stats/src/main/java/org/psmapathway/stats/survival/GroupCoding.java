package org.psmapathway.stats.survival;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Group labels and a 0-based group index per row, in the order R gives factor levels: sorted
 * values. Strings sort by {@link String#compareTo} (code-point order; R sorts character levels in
 * the locale's collation, which differs only for mixed case and accents); integer codes sort
 * numerically.
 *
 * @param labels one label per group, in level order
 * @param index  per row, the position of its group in {@code labels}
 */
public record GroupCoding(List<String> labels, int[] index) {

  public GroupCoding {
    labels = List.copyOf(labels);
    RightCensoredData.checkIndex("group", index, index.length, labels.size());
  }

  public int size() {
    return labels.size();
  }

  /** One group for all rows, labelled {@code all}. */
  public static GroupCoding single(int rows) {
    return new GroupCoding(List.of("all"), new int[rows]);
  }

  /** Levels are the sorted distinct strings. */
  public static GroupCoding ofLabels(String[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException("group[" + i + "]: expected a label, got null");
      }
    }
    String[] levels = Arrays.stream(values).distinct().sorted().toArray(String[]::new);
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < levels.length; i++) {
      pos.put(levels[i], i);
    }
    int[] index = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      index[i] = pos.get(values[i]);
    }
    return new GroupCoding(List.of(levels), index);
  }

  /** Levels are the sorted distinct integer codes, labelled by their decimal text (R: factor(sex)). */
  public static GroupCoding ofCodes(int[] values) {
    int[] levels = Arrays.stream(values).distinct().sorted().toArray();
    int[] index = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      index[i] = Arrays.binarySearch(levels, values[i]);
    }
    return new GroupCoding(Arrays.stream(levels).mapToObj(Integer::toString).toList(), index);
  }

  /** Levels given explicitly (R: factor(x, levels = ...)); {@code index[i]} points into {@code labels}. */
  public static GroupCoding ofIndex(int[] index, String... labels) {
    return new GroupCoding(List.of(labels), index.clone());
  }

  /** Row counts per group. */
  int[] counts() {
    int[] n = new int[labels.size()];
    for (int g : index) {
      n[g]++;
    }
    return n;
  }
}
