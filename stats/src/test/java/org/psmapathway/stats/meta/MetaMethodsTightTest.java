package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * meta_methods_tight.csv (metafor_extra_reference.R): FE, DL, REML, ML, PM, HE, SJ × {z, knha} on dat.bcg and
 * the HR example, metafor run with threshold 1e-12 / tol 1e-13 (also for the Q-profile CI). Every column at
 * 1e-6 relative. Also hr_example_rma.csv (metafor defaults): FE and DL (closed form) at 1e-9, REML / PM /
 * REML+knha at 1e-3 (τ² within uniroot's 1.2e-4 absolute, I² 1e-2) because metafor's default convergence
 * is loose there.
 */
class MetaMethodsTightTest {

  @Test
  void everyMethodAndTestOnBothDataSets() {
    List<Map<String, String>> rows = ReferenceCsv.read("meta_methods_tight.csv").rows();
    assertThat(rows).hasSize(26);
    for (Map<String, String> row : rows) {
      StudyData data = row.get("dataset").equals("bcg") ? ReferenceStudies.bcg() : ReferenceStudies.hrExample();
      MetaOptions o = MetaOptions.of(Tau2Method.valueOf(row.get("method")))
          .withKnappHartung(row.get("test").equals("knha"));
      MetaResult r = MetaAnalysis.fit(data, o);
      MetaResult t = MetaAnalysis.fit(data, o.withPredictionInterval(PredictionIntervalType.T_K_MINUS_2));
      String m = row.get("dataset") + " " + row.get("method") + "+" + row.get("test") + " ";
      double tol = 1e-6;
      assertThat(r.k()).isEqualTo((int) number(row, "k"));
      assertClose(m + "estimate", r.estimate(), number(row, "estimate"), tol);
      assertClose(m + "se", r.se(), number(row, "se"), tol);
      assertClose(m + "stat", r.statistic(), number(row, "stat"), tol);
      assertClose(m + "pval", r.p(), number(row, "pval"), tol);
      assertClose(m + "ci_lb", r.lower(), number(row, "ci_lb"), tol);
      assertClose(m + "ci_ub", r.upper(), number(row, "ci_ub"), tol);
      assertClose(m + "tau2", r.tau2(), number(row, "tau2"), tol);
      assertClose(m + "tau2_se", r.tau2Se(), number(row, "tau2_se"), tol);
      assertClose(m + "I2", r.I2(), number(row, "I2"), tol);
      assertClose(m + "H2", r.H2(), number(row, "H2"), tol);
      assertClose(m + "Q", r.Q(), number(row, "Q"), tol);
      assertClose(m + "Qp", r.Qp(), number(row, "Qp"), tol);
      assertClose(m + "pi_lb", r.predictionLower(), number(row, "pi_lb"), tol);
      assertClose(m + "pi_ub", r.predictionUpper(), number(row, "pi_ub"), tol);
      assertClose(m + "pi_tk2_lb", t.predictionLower(), number(row, "pi_tk2_lb"), tol);
      assertClose(m + "pi_tk2_ub", t.predictionUpper(), number(row, "pi_tk2_ub"), tol);
      assertClose(m + "tau2_lb", r.tau2Lower(), number(row, "tau2_lb"), tol);
      assertClose(m + "tau2_ub", r.tau2Upper(), number(row, "tau2_ub"), tol);
      assertClose(m + "loglik", r.logLik(), number(row, "loglik"), tol);
    }
  }

  @Test
  void hazardRatioExampleAgainstMetaforDefaults() {
    StudyData hr = ReferenceStudies.hrExample();
    List<Map<String, String>> input = ReferenceCsv.read("hr_example_input.csv").rows();
    for (int i = 0; i < input.size(); i++) {
      assertClose("yi " + i, hr.yi()[i], number(input.get(i), "yi"), 1e-12);
      assertClose("vi " + i, hr.vi()[i], number(input.get(i), "vi"), 1e-12);
    }
    for (Map<String, String> row : ReferenceCsv.read("hr_example_rma.csv").rows()) {
      String model = row.get("model");
      String[] parts = model.split("\\+");
      Tau2Method method = Tau2Method.valueOf(parts[0]);
      double tol = method == Tau2Method.FE || method == Tau2Method.DL ? 1e-9 : 1e-3;
      MetaResult r = MetaAnalysis.fit(hr, MetaOptions.of(method).withKnappHartung(parts.length > 1));
      assertClose(model + " logHR", r.estimate(), number(row, "logHR"), tol);
      assertClose(model + " se", r.se(), number(row, "se"), tol);
      assertClose(model + " HR", r.exp().estimate(), number(row, "HR"), tol);
      assertClose(model + " HR_lb", r.exp().lower(), number(row, "HR_lb"), tol);
      assertClose(model + " HR_ub", r.exp().upper(), number(row, "HR_ub"), tol);
      // metafor's default PM uniroot tol is 1.2e-4 absolute in tau2 (0.0163 here): compare tau2 and I2 of the
      // iterative rows within that absolute tolerance; the tight rows above are held to 1e-6.
      double tauTol = tol == 1e-9 ? 1e-9 : 1.2e-4 / number(row, "tau2");
      assertClose(model + " tau2", r.tau2(), number(row, "tau2"), method == Tau2Method.FE ? 0 : tauTol);
      assertClose(model + " I2", r.I2(), number(row, "I2"), tol == 1e-9 ? 1e-9 : 1e-2);
      assertClose(model + " Q", r.Q(), number(row, "Q"), 1e-9);
      assertClose(model + " Qp", r.Qp(), number(row, "Qp"), 1e-9);
      assertClose(model + " pi_lb_HR", r.exp().predictionLower(), number(row, "pi_lb_HR"), tol);
      assertClose(model + " pi_ub_HR", r.exp().predictionUpper(), number(row, "pi_ub_HR"), tol);
      assertClose(model + " pval", r.p(), number(row, "pval"), method == Tau2Method.FE || method == Tau2Method.DL
          ? 1e-9 : 1e-2);
    }
  }
}
