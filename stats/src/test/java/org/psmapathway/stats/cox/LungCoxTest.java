package org.psmapathway.stats.cox;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psmapathway.stats.model.ModelData;
import org.psmapathway.stats.testing.ReferenceCsv;

/**
 * survival::lung, coxph(Surv(time, status) ~ age + sex + ph.ecog): every value of lung_coxph.csv for
 * ties = efron and breslow (the exact-ties rows are not implemented and skipped). Tolerance 1e-6
 * relative; the Wald test in that file is rounded by summary() to 2 decimals and is checked to ±0.005,
 * and to 1e-6 against the unrounded value in cox_extra_reference.csv.
 */
class LungCoxTest {

  static final ModelData LUNG = ReferenceCsv.read("lung.csv").data();
  static final double REL = 1e-6;

  private static CoxFit fit(Ties ties, boolean robust) {
    return CoxModel.fit(LUNG, CoxSpec.of("time", "status", "age + sex + ph.ecog"),
        CoxOptions.defaults().withTies(ties).withRobust(robust)).result();
  }

  @Test
  void efronMatchesR() {
    check("efron", fit(Ties.EFRON, false));
  }

  @Test
  void breslowMatchesR() {
    check("breslow", fit(Ties.BRESLOW, false));
  }

  private static void check(String ties, CoxFit fit) {
    List<Map<String, String>> rows = ReferenceCsv.read("lung_coxph.csv").where("ties", ties).rows();
    assertThat(rows).hasSize(3);
    assertThat(fit.coefficients()).extracting(Coefficient::term).containsExactly("age", "sex", "ph.ecog");
    for (Map<String, String> r : rows) {
      Coefficient c = fit.coefficient(r.get("term"));
      String w = ties + " " + r.get("term") + " ";
      assertClose(w + "coef", c.coef(), number(r, "coef"), REL);
      assertClose(w + "se", c.se(), number(r, "se"), REL);
      assertClose(w + "robust se", c.robustSe(), number(r, "robust_se"), REL);
      assertClose(w + "hr", c.hr(), number(r, "hr"), REL);
      assertClose(w + "lower", c.lower(), number(r, "hr_lower95"), REL);
      assertClose(w + "upper", c.upper(), number(r, "hr_upper95"), REL);
      assertClose(w + "z", c.z(), number(r, "z"), REL);
      assertClose(w + "p", c.p(), number(r, "p"), REL);
      assertClose(w + "loglik null", fit.loglik()[0], number(r, "loglik_null"), REL);
      assertClose(w + "loglik", fit.loglik()[1], number(r, "loglik"), REL);
      assertClose(w + "LR", fit.tests().lr().statistic(), number(r, "lr_test"), REL);
      assertThat(fit.tests().wald().statistic()).as(w + "Wald (rounded by R)")
          .isCloseTo(number(r, "wald_test"), org.assertj.core.data.Offset.offset(0.005));
      assertClose(w + "score", fit.tests().score().statistic(), number(r, "score_test"), REL);
      assertClose(w + "concordance", fit.concordance().value(), number(r, "concordance"), REL);
      assertClose(w + "concordance se", fit.concordance().se(), number(r, "concordance_se"), REL);
      assertThat(fit.n()).isEqualTo((int) number(r, "n"));
      assertThat(fit.events()).isEqualTo((int) number(r, "nevent"));
      assertThat(fit.iterations()).isEqualTo((int) number(r, "iter"));
    }
    assertThat(fit.dropped()).isEqualTo(1);
    assertThat(fit.tests().lr().df()).isEqualTo(3);
    assertThat(fit.warnings()).isEmpty();
    assertThat(fit.converged()).isTrue();
  }

  @Test
  void concordanceCountsMatchR() {
    // survival_reference_output.txt: concordant 12544, discordant 7117, tied.x 126
    CoxFit fit = fit(Ties.EFRON, false);
    assertThat(fit.concordance().concordant()).isEqualTo(12544);
    assertThat(fit.concordance().discordant()).isEqualTo(7117);
    assertThat(fit.concordance().tiedX()).isEqualTo(126);
  }

  @Test
  void robustOptionUsesSandwichForInference() {
    CoxFit fit = fit(Ties.EFRON, true);
    Coefficient sex = fit.coefficient("sex");
    assertThat(sex.z()).isCloseTo(sex.coef() / sex.robustSe(), org.assertj.core.data.Offset.offset(1e-12));
  }
}
