package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.meta.ReferenceCsv.num;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** meta_bcg_cumulative.csv: metafor cumul() in year order, DL and REML (tight), every column at 1e-6. */
class CumulativeTest {

    @Test
    void cumulativeInYearOrder() {
        StudyData bcg = ReferenceCsv.bcg();
        double[] year = ReferenceCsv.column(ReferenceCsv.read("dat_bcg_logrr.csv"), "year");
        // R's order() is stable; sort indices by year keeping input order among ties.
        int[] order = IntStream.range(0, bcg.k()).boxed().sorted(Comparator.comparingDouble(i -> year[i]))
                .mapToInt(Integer::intValue).toArray();
        List<Map<String, String>> rows = ReferenceCsv.read("meta_bcg_cumulative.csv");
        for (String m : List.of("DL", "REML")) {
            List<CumulativeRow> cu = MetaAnalysis.cumulative(bcg, order, MetaOptions.of(Tau2Method.valueOf(m)));
            List<Map<String, String>> ref = rows.stream().filter(r -> r.get("method").equals(m)).toList();
            assertThat(cu).hasSize(ref.size());
            for (int i = 0; i < ref.size(); i++) {
                Map<String, String> row = ref.get(i);
                CumulativeRow r = cu.get(i);
                String w = m + " +" + row.get("added_trial") + " ";
                assertThat(r.added()).isEqualTo(row.get("added_trial"));
                assertClose(w + "estimate", r.estimate(), num(row, "estimate"), 1e-6);
                assertClose(w + "se", r.se(), num(row, "se"), 1e-6);
                assertClose(w + "zval", r.statistic(), num(row, "zval"), 1e-6);
                assertClose(w + "pval", r.p(), num(row, "pvals"), 1e-6);
                assertClose(w + "ci.lb", r.lower(), num(row, "ci.lb"), 1e-6);
                assertClose(w + "ci.ub", r.upper(), num(row, "ci.ub"), 1e-6);
                assertClose(w + "Q", r.Q(), num(row, "Q"), 1e-6);
                assertClose(w + "Qp", r.Qp(), num(row, "Qp"), 1e-6);
                assertClose(w + "tau2", r.tau2(), num(row, "tau2"), 1e-6);
                assertClose(w + "I2", r.I2(), num(row, "I2"), 1e-6);
                assertClose(w + "H2", r.H2(), num(row, "H2"), 1e-6);
            }
        }
    }
}
