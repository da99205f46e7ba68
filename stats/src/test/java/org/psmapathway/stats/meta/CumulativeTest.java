package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** meta_bcg_cumulative.csv: metafor cumul() in year order, DL and REML (tight), every column at 1e-6. */
class CumulativeTest {

  @Test
  void cumulativeInYearOrder() {
    StudyData bcg = ReferenceStudies.bcg();
    double[] year = ReferenceCsv.read("dat_bcg_logrr.csv").numbers("year");
    // R's order() is stable; sort indices by year keeping input order among ties.
    int[] order = IntStream.range(0, bcg.k()).boxed().sorted(Comparator.comparingDouble(i -> year[i]))
        .mapToInt(Integer::intValue).toArray();
    List<Map<String, String>> rows = ReferenceCsv.read("meta_bcg_cumulative.csv").rows();
    for (String m : List.of("DL", "REML")) {
      List<CumulativeRow> cu = MetaAnalysis.cumulative(bcg, order, MetaOptions.of(Tau2Method.valueOf(m)));
      List<Map<String, String>> ref = rows.stream().filter(r -> r.get("method").equals(m)).toList();
      assertThat(cu).hasSize(ref.size());
      for (int i = 0; i < ref.size(); i++) {
        Map<String, String> row = ref.get(i);
        CumulativeRow r = cu.get(i);
        String w = m + " +" + row.get("added_trial") + " ";
        assertThat(r.added()).isEqualTo(row.get("added_trial"));
        assertClose(w + "estimate", r.estimate(), number(row, "estimate"), 1e-6);
        assertClose(w + "se", r.se(), number(row, "se"), 1e-6);
        assertClose(w + "zval", r.statistic(), number(row, "zval"), 1e-6);
        assertClose(w + "pval", r.p(), number(row, "pvals"), 1e-6);
        assertClose(w + "ci.lb", r.lower(), number(row, "ci.lb"), 1e-6);
        assertClose(w + "ci.ub", r.upper(), number(row, "ci.ub"), 1e-6);
        assertClose(w + "Q", r.Q(), number(row, "Q"), 1e-6);
        assertClose(w + "Qp", r.Qp(), number(row, "Qp"), 1e-6);
        assertClose(w + "tau2", r.tau2(), number(row, "tau2"), 1e-6);
        assertClose(w + "I2", r.I2(), number(row, "I2"), 1e-6);
        assertClose(w + "H2", r.H2(), number(row, "H2"), 1e-6);
      }
    }
  }
}
