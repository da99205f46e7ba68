package org.psmapathway.stats.cox;

import java.util.Arrays;
import java.util.TreeSet;
import org.psmapathway.stats.model.ModelData;

/** Integer codes 0..k-1 for the distinct values of a strata or cluster column, in sorted order. */
final class Codes {

  private Codes() {
  }

  static int[] of(ModelData data, String column, int[] rows) {
    Object c = data.column(column);
    int[] codes = new int[rows.length];
    if (c instanceof ModelData.Numeric num) {
      double[] v = num.values();
      double[] distinct = Arrays.stream(rows).mapToDouble(r -> v[r]).sorted().distinct().toArray();
      for (int i = 0; i < rows.length; i++) {
        codes[i] = Arrays.binarySearch(distinct, v[rows[i]]);
      }
    } else {
      String[] v = ((ModelData.Categorical) c).values();
      TreeSet<String> set = new TreeSet<>();
      for (int r : rows) {
        set.add(v[r]);
      }
      String[] distinct = set.toArray(new String[0]);
      for (int i = 0; i < rows.length; i++) {
        codes[i] = Arrays.binarySearch(distinct, v[rows[i]]);
      }
    }
    return codes;
  }
}
