package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Egger regtest (meta_regtest.csv: model "rma" and "lm", FE/DL/REML, both data sets) and trimfill
 * (meta_trimfill.csv: L0 and R0, FE/DL/REML, both data sets), metafor with tight control; 1e-6 relative,
 * k0 and side exact, filled yi at 1e-6.
 */
class PublicationBiasTest {

  private static StudyData data(Map<String, String> row) {
    return row.get("dataset").equals("bcg") ? ReferenceStudies.bcg() : ReferenceStudies.hrExample();
  }

  @Test
  void eggerRegressionTest() {
    for (Map<String, String> row : ReferenceCsv.read("meta_regtest.csv").rows()) {
      EggerTest.Model model = EggerTest.Model.valueOf(row.get("model").toUpperCase(java.util.Locale.ROOT));
      EggerTest.Result r = EggerTest.test(data(row), MetaOptions.of(Tau2Method.valueOf(row.get("method"))),
          model);
      String w = row.get("dataset") + " " + row.get("method") + " " + row.get("model") + " ";
      assertClose(w + "stat", r.statistic(), number(row, "stat"), 1e-6);
      assertClose(w + "pval", r.p(), number(row, "pval"), 1e-6);
      assertClose(w + "dfs", r.df(), number(row, "dfs"), 0);
      assertClose(w + "limit", r.limitEstimate(), number(row, "limit_estimate"), 1e-6);
    }
  }

  @Test
  void trimAndFill() {
    for (Map<String, String> row : ReferenceCsv.read("meta_trimfill.csv").rows()) {
      TrimAndFill.Result r = TrimAndFill.run(data(row), MetaOptions.of(Tau2Method.valueOf(row.get("method"))),
          TrimAndFill.Estimator.valueOf(row.get("estimator")));
      String w = row.get("dataset") + " " + row.get("method") + " " + row.get("estimator") + " ";
      assertThat(r.side()).as(w + "side").isEqualTo(row.get("side"));
      assertThat(r.k0()).as(w + "k0").isEqualTo((int) number(row, "k0"));
      assertThat(r.adjusted().k()).as(w + "k").isEqualTo((int) number(row, "k"));
      assertClose(w + "estimate", r.adjusted().estimate(), number(row, "estimate"), 1e-6);
      assertClose(w + "se", r.adjusted().se(), number(row, "se"), 1e-6);
      assertClose(w + "ci_lb", r.adjusted().lower(), number(row, "ci_lb"), 1e-6);
      assertClose(w + "ci_ub", r.adjusted().upper(), number(row, "ci_ub"), 1e-6);
      assertClose(w + "tau2", r.adjusted().tau2(), number(row, "tau2"), 1e-6);
      assertClose(w + "Q", r.adjusted().Q(), number(row, "Q"), 1e-6);
      String filled = row.get("filled_yi").trim();
      String[] parts = filled.isEmpty() ? new String[0] : filled.split(";");
      assertThat(r.filledYi()).hasSize(parts.length);
      for (int f = 0; f < parts.length; f++) {
        assertClose(w + "filled " + f, r.filledYi()[f], Double.parseDouble(parts[f].trim()), 1e-6);
      }
    }
  }
}
