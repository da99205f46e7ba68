package org.psmapathway.stats.ovarian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.stats.cox.Coefficient;
import org.psmapathway.stats.cox.CoxFit;
import org.psmapathway.stats.cox.CoxModel;
import org.psmapathway.stats.cox.CoxOptions;
import org.psmapathway.stats.cox.CoxSpec;
import org.psmapathway.stats.cox.Ties;
import org.psmapathway.stats.survival.GroupCoding;
import org.psmapathway.stats.survival.KaplanMeier;
import org.psmapathway.stats.survival.KaplanMeierOptions;
import org.psmapathway.stats.survival.KaplanMeierSummary;
import org.psmapathway.stats.survival.LogRank;
import org.psmapathway.stats.survival.LogRankResult;
import org.psmapathway.stats.survival.SurvivalAt;
import org.psmapathway.stats.testing.ReferenceCsv;

/**
 * survival::ovarian (26 patients), every value of ovarian_reference.csv (ovarian_reference.R,
 * R 4.2.2, survival 3.5-3) at 1e-6 relative: Cox with both tie methods, Kaplan–Meier by treatment
 * arm at 365 and 730 days with the median, and the log-rank test.
 */
class OvarianReferenceTest {

  private static final double REL = 1e-6;
  private static final ReferenceCsv DATA = ReferenceCsv.read("ovarian.csv");
  private static final ReferenceCsv REF = ReferenceCsv.read("ovarian_reference.csv");

  private static double[] ref(String c, String quantity) {
    return REF.where("case", c).where("quantity", quantity).numbers("value");
  }

  private static int[] events() {
    double[] s = DATA.numbers("fustat");
    int[] e = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      e[i] = (int) s[i];
    }
    return e;
  }

  private static GroupCoding arms() {
    double[] rx = DATA.numbers("rx");
    int[] codes = new int[rx.length];
    for (int i = 0; i < rx.length; i++) {
      codes[i] = (int) rx[i];
    }
    return GroupCoding.ofCodes(codes);
  }

  @Test
  void coxWithEfronAndBreslowTies() {
    for (Ties ties : Ties.values()) {
      String c = "cox_" + ties.name().toLowerCase(java.util.Locale.ROOT);
      if (REF.where("case", c).rows().isEmpty()) {
        continue; // no reference for this tie method (exact)
      }
      CoxFit fit = CoxModel.fit(DATA.data(), CoxSpec.of("futime", "fustat", "age + ecog.ps"),
          CoxOptions.defaults().withTies(ties)).result();
      double[] coef = ref(c, "coef");
      double[] se = ref(c, "se");
      List<Coefficient> k = fit.coefficients();
      assertThat(k).extracting(Coefficient::term).containsExactly("age", "ecog.ps");
      for (int i = 0; i < coef.length; i++) {
        assertClose(c + " coef " + i, k.get(i).coef(), coef[i], REL);
        assertClose(c + " se " + i, k.get(i).se(), se[i], REL);
      }
      assertClose(c + " loglik null", fit.loglik()[0], ref(c, "loglik_null")[0], REL);
      assertClose(c + " loglik", fit.loglik()[1], ref(c, "loglik")[0], REL);
      assertClose(c + " lr", fit.tests().lr().statistic(), ref(c, "lr")[0], REL);
      assertClose(c + " wald", fit.tests().wald().statistic(), ref(c, "wald")[0], REL);
      assertClose(c + " score", fit.tests().score().statistic(), ref(c, "score")[0], REL);
      assertClose(c + " concordance", fit.concordance().value(), ref(c, "concordance")[0], REL);
      assertClose(c + " concordance se", fit.concordance().se(), ref(c, "concordance_se")[0],
          REL);
      assertThat(fit.iterations()).isEqualTo((int) ref(c, "iter")[0]);
    }
  }

  @Test
  void kaplanMeierByArmAtOneAndTwoYears() {
    KaplanMeierSummary s = KaplanMeier.fit(DATA.numbers("futime"), events(), arms(),
        KaplanMeierOptions.R_DEFAULT).summary(new double[] {365, 730});
    double[] surv = ref("km_rx", "survival");
    double[] se = ref("km_rx", "std_err");
    double[] lower = ref("km_rx", "lower");
    double[] upper = ref("km_rx", "upper");
    double[] risk = ref("km_rx", "n_risk");
    double[] median = ref("km_rx", "median");
    int row = 0;
    for (int g = 0; g < 2; g++) {
      KaplanMeierSummary.Group group = s.groups().get(g);
      assertClose("median " + g, group.median(), median[g], REL);
      for (SurvivalAt at : group.at()) {
        assertClose("S " + row, at.survival(), surv[row], REL);
        assertClose("se " + row, at.se(), se[row], REL);
        assertClose("lower " + row, at.lower(), lower[row], REL);
        assertClose("upper " + row, at.upper(), upper[row], REL);
        assertThat((double) at.nRisk()).isEqualTo(risk[row]);
        row++;
      }
    }
    assertThat(row).isEqualTo(surv.length);
  }

  @Test
  void logRankByArm() {
    LogRankResult r = LogRank.test(DATA.numbers("futime"), events(), arms());
    assertClose("chisq", r.statistic(), ref("logrank_rx", "chisq")[0], REL);
    double[] observed = ref("logrank_rx", "observed");
    double[] expected = ref("logrank_rx", "expected");
    for (int g = 0; g < 2; g++) {
      assertClose("observed " + g, r.groups().get(g).observed(), observed[g], REL);
      assertClose("expected " + g, r.groups().get(g).expected(), expected[g], REL);
    }
  }
}
