package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Subgroups by allocation (meta_bcg_subgroups_alloc.csv, DL and REML tight, 1e-6), meta-regression on
 * ablat and ablat + year (meta_bcg_metaregression.csv, REML tight, z and knha, 1e-6) and the shipped
 * dat_bcg_metareg_ablat_reml.csv (metafor default convergence; 1e-4, as REML stops at |Δτ²| < 1e-5).
 */
class SubgroupAndRegressionTest {
  private static final ReferenceCsv BCG_ROWS = ReferenceCsv.read("dat_bcg_logrr.csv");
  private static final StudyData BCG = ReferenceStudies.bcg();

  @Test
  void subgroupsAndBetweenSubgroupQ() {
    String[] alloc = BCG_ROWS.texts("alloc");
    List<Map<String, String>> ref = ReferenceCsv.read("meta_bcg_subgroups_alloc.csv").rows();
    for (String m : List.of("DL", "REML")) {
      SubgroupResult s = SubgroupAnalysis.run(BCG, alloc, MetaOptions.of(Tau2Method.valueOf(m)));
      assertThat(s.subgroups()).hasSize(3);
      for (Map<String, String> row : ref) {
        if (!row.get("method").equals(m)) {
          continue;
        }
        if (row.get("group").equals("between")) {
          assertClose(m + " Q between", s.betweenSubgroups().Q(), number(row, "Q"), 1e-6);
          assertClose(m + " Qp between", s.betweenSubgroups().Qp(), number(row, "Qp"), 1e-6);
          assertThat(s.betweenSubgroups().Qdf()).isEqualTo(2);
          continue;
        }
        MetaResult r = s.subgroups().stream().filter(g -> g.group().equals(row.get("group"))).findFirst()
            .orElseThrow().result();
        String w = m + " " + row.get("group") + " ";
        assertThat(r.k()).isEqualTo((int) number(row, "k"));
        assertClose(w + "estimate", r.estimate(), number(row, "estimate"), 1e-6);
        assertClose(w + "se", r.se(), number(row, "se"), 1e-6);
        assertClose(w + "ci_lb", r.lower(), number(row, "ci_lb"), 1e-6);
        assertClose(w + "ci_ub", r.upper(), number(row, "ci_ub"), 1e-6);
        assertClose(w + "tau2", r.tau2(), number(row, "tau2"), 1e-6);
        assertClose(w + "I2", r.I2(), number(row, "I2"), 1e-6);
        assertClose(w + "Q", r.Q(), number(row, "Q"), 1e-6);
        assertClose(w + "Qp", r.Qp(), number(row, "Qp"), 1e-6);
      }
    }
  }

  @Test
  void metaRegressionTight() {
    List<Map<String, String>> ref = ReferenceCsv.read("meta_bcg_metaregression.csv").rows();
    for (String model : List.of("~ ablat", "~ ablat + year")) {
      for (String test : List.of("z", "knha")) {
        boolean two = model.contains("year");
        String[] names = two ? new String[] {"ablat", "year"} : new String[] {"ablat"};
        double[][] mods = two ? new double[][] {BCG_ROWS.numbers("ablat"), BCG_ROWS.numbers("year")}
            : new double[][] {BCG_ROWS.numbers("ablat")};
        MetaRegressionResult r = MetaRegression.fit(BCG, names, mods,
            MetaOptions.of(Tau2Method.REML).withKnappHartung(test.equals("knha")));
        List<Map<String, String>> rows = ref.stream()
            .filter(x -> x.get("model").equals(model) && x.get("test").equals(test)).toList();
        assertThat(r.moderators()).hasSize(rows.size());
        for (int j = 0; j < rows.size(); j++) {
          Map<String, String> row = rows.get(j);
          ModeratorCoefficient c = r.moderators().get(j);
          String w = model + " " + test + " " + row.get("term") + " ";
          assertThat(c.term()).isEqualTo(row.get("term"));
          assertClose(w + "estimate", c.estimate(), number(row, "estimate"), 1e-6);
          assertClose(w + "se", c.se(), number(row, "se"), 1e-6);
          assertClose(w + "stat", c.statistic(), number(row, "stat"), 1e-6);
          assertClose(w + "pval", c.p(), number(row, "pval"), 1e-6);
          assertClose(w + "ci_lb", c.lower(), number(row, "ci_lb"), 1e-6);
          assertClose(w + "ci_ub", c.upper(), number(row, "ci_ub"), 1e-6);
          assertClose(w + "tau2", r.tau2(), number(row, "tau2"), 1e-6);
          assertClose(w + "I2", r.I2(), number(row, "I2"), 1e-6);
          assertClose(w + "H2", r.H2(), number(row, "H2"), 1e-6);
          assertClose(w + "R2", r.R2(), number(row, "R2"), 1e-6);
          assertClose(w + "QM", r.QM(), number(row, "QM"), 1e-6);
          assertClose(w + "QMp", r.QMp(), number(row, "QMp"), 1e-6);
          assertClose(w + "QE", r.QE(), number(row, "QE"), 1e-6);
          assertClose(w + "QEp", r.QEp(), number(row, "QEp"), 1e-6);
        }
      }
    }
  }

  @Test
  void shippedAblatRegressionAtMetaforDefaults() {
    MetaRegressionResult r = MetaRegression.fit(BCG, new String[] {"ablat"},
        new double[][] {BCG_ROWS.numbers("ablat")}, MetaOptions.of(Tau2Method.REML));
    List<Map<String, String>> ref = ReferenceCsv.read("dat_bcg_metareg_ablat_reml.csv").rows();
    for (int j = 0; j < 2; j++) {
      Map<String, String> row = ref.get(j);
      ModeratorCoefficient c = r.moderators().get(j);
      assertClose("estimate " + j, c.estimate(), number(row, "estimate"), 1e-4);
      assertClose("se " + j, c.se(), number(row, "se"), 1e-4);
      assertClose("ci_lb " + j, c.lower(), number(row, "ci_lb"), 1e-4);
      assertClose("ci_ub " + j, c.upper(), number(row, "ci_ub"), 1e-4);
      assertClose("tau2", r.tau2(), number(row, "tau2"), 1e-4);
      assertClose("I2", r.I2(), number(row, "I2"), 1e-4);
      assertClose("R2", r.R2(), number(row, "R2"), 1e-4);
      assertClose("QM", r.QM(), number(row, "QM"), 1e-4);
      assertClose("QE", r.QE(), number(row, "QE"), 1e-9);
    }
  }
}
