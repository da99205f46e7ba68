package org.psmapathway.stats.survival;

import java.util.ArrayList;
import java.util.List;

/** Checked competing-risks columns and the cause labels (status k ↔ label k − 1). */
final class CompetingRisksData {

  private CompetingRisksData() {
  }

  /** Labels of causes 1..K: the given ones (K = their number), or "1".."max status" when null. */
  static List<String> causes(double[] time, int[] status, List<String> causeLabels,
      GroupCoding groups,
      double[] times) {
    RightCensoredData.checkCompeting(time, status);
    RightCensoredData.checkIndex("group", groups.index(), time.length, groups.size());
    if (times == null) {
      throw new IllegalArgumentException("times: expected the times to report, got null");
    }
    for (int k = 0; k < times.length; k++) {
      if (!Double.isFinite(times[k])) {
        throw new IllegalArgumentException("times[" + k
            + "]: expected a finite time, got " + times[k]);
      }
    }
    int max = 0;
    for (int s : status) {
      max = Math.max(max, s);
    }
    if (causeLabels == null) {
      List<String> labels = new ArrayList<>();
      for (int k = 1; k <= max; k++) {
        labels.add(Integer.toString(k));
      }
      return labels;
    }
    for (int i = 0; i < status.length; i++) {
      if (status[i] > causeLabels.size()) {
        throw new IllegalArgumentException("status[" + i
            + "]: expected 0 (censored) or a cause code in 1.."
            + causeLabels.size() + ", got " + status[i]);
      }
    }
    return List.copyOf(causeLabels);
  }
}
