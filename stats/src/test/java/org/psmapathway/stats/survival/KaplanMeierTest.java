package org.psmapathway.stats.survival;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier on survival::lung by sex against R 4.2.2 / survival 3.5-3 (reference/*.csv).
 * Estimates, Greenwood se and bounds: 1e-10 relative (R wrote 15 significant digits); medians and
 * counts: exact.
 */
class KaplanMeierTest {

  private static final double REL = 1e-10;

  @Test
  void summaryByConfidenceTypeMatchesR() {
    ReferenceCsv ref = ReferenceCsv.read("lung_km_by_sex.csv");
    assertThat(ref.rows().size()).isEqualTo(6);
    for (int row = 0; row < ref.rows().size(); row++) {
      ConfidenceType type = switch (ref.rows().get(row).get("conf_type")) {
        case "log" -> ConfidenceType.LOG;
        case "log-log" -> ConfidenceType.LOG_LOG;
        case "plain" -> ConfidenceType.PLAIN;
        default -> throw new IllegalStateException(ref.rows().get(row).get("conf_type"));
      };
      KaplanMeierFit fit = KaplanMeier.fit(Lung.TIME, Lung.EVENT, Lung.BY_SEX,
          new KaplanMeierOptions(0.95, type));
      KaplanMeierSummary summary = fit.summary(new double[] {365, 730});
      String stratum = ref.rows().get(row).get("stratum");
      KaplanMeierSummary.Group g = summary.groups().stream()
          .filter(x -> ("sex=" + x.group()).equals(stratum)).findFirst().orElseThrow();
      String what = type + " " + stratum + " ";
      assertThat(g.n()).as(what + "n").isEqualTo((int) ReferenceCsv.number(ref.rows().get(row), "n"));
      assertThat(g.events()).as(what + "events").isEqualTo((int) ReferenceCsv.number(ref.rows().get(row), "events"));
      assertThat(g.median()).as(what + "median").isEqualTo(ReferenceCsv.number(ref.rows().get(row), "median"));
      assertThat(g.medianLower()).as(what + "median lcl").isEqualTo(ReferenceCsv.number(ref.rows().get(row), "median_lcl"));
      assertThat(g.medianUpper()).as(what + "median ucl").isEqualTo(ReferenceCsv.number(ref.rows().get(row), "median_ucl"));
      assertThat(g.rmeanLimit()).as("rmean = common: largest follow-up").isEqualTo(1022);
      assertClose(what + "rmean", g.rmean(), ReferenceCsv.number(ref.rows().get(row), "rmean"), REL);
      assertClose(what + "se(rmean)", g.rmeanSe(), ReferenceCsv.number(ref.rows().get(row), "rmean_se"), REL);
      for (int k = 0; k < 2; k++) {
        String p = k == 0 ? "s365" : "s730";
        SurvivalAt at = g.at().get(k);
        assertClose(what + p, at.survival(), ReferenceCsv.number(ref.rows().get(row), p), REL);
        assertClose(what + p + " se", at.se(), ReferenceCsv.number(ref.rows().get(row), p + "_se"), REL);
        assertClose(what + p + " lower", at.lower(), ReferenceCsv.number(ref.rows().get(row), p + "_lower"), REL);
        assertClose(what + p + " upper", at.upper(), ReferenceCsv.number(ref.rows().get(row), p + "_upper"), REL);
        assertThat(at.nRisk()).as(what + p + " n.risk").isEqualTo((int) ReferenceCsv.number(ref.rows().get(row), "nrisk" + p.substring(1)));
      }
    }
  }

  @Test
  void fullStepCurveMatchesR() {
    ReferenceCsv ref = ReferenceCsv.read("lung_km_curve_by_sex_logci.csv");
    KaplanMeierFit fit = KaplanMeier.fit(Lung.TIME, Lung.EVENT, Lung.BY_SEX,
        KaplanMeierOptions.R_DEFAULT);
    int row = 0;
    for (KaplanMeierCurve c : fit.curves()) {
      for (int k = 0; k < c.steps(); k++, row++) {
        String what = "sex=" + c.group() + " t=" + c.time()[k] + " ";
        assertThat(ref.rows().get(row).get("stratum")).isEqualTo("sex=" + c.group());
        assertThat(c.time()[k]).as(what + "time").isEqualTo(ReferenceCsv.number(ref.rows().get(row), "time"));
        assertThat(c.nRisk()[k]).as(what + "n.risk").isEqualTo((int) ReferenceCsv.number(ref.rows().get(row), "n_risk"));
        assertThat(c.nEvent()[k]).as(what + "n.event").isEqualTo((int) ReferenceCsv.number(ref.rows().get(row), "n_event"));
        assertThat(c.nCensor()[k]).as(what + "n.censor").isEqualTo((int) ReferenceCsv.number(ref.rows().get(row), "n_censor"));
        assertClose(what + "surv", c.survival()[k], ReferenceCsv.number(ref.rows().get(row), "surv"), REL);
        assertClose(what + "std.err", c.stdErr()[k], ReferenceCsv.number(ref.rows().get(row), "se_cumhaz_greenwood"), REL);
        assertClose(what + "lower", c.lower()[k], ReferenceCsv.number(ref.rows().get(row), "lower"), REL);
        assertClose(what + "upper", c.upper()[k], ReferenceCsv.number(ref.rows().get(row), "upper"), REL);
      }
    }
    assertThat(row).as("every reference row compared").isEqualTo(ref.rows().size());
  }

  @Test
  void reverseKaplanMeierMedianFollowUpMatchesR() {
    ReferenceCsv ref = ReferenceCsv.read("lung_reverse_km_followup.csv");
    KaplanMeierFit overall = KaplanMeier.reverse(Lung.TIME, Lung.EVENT,
        GroupCoding.single(Lung.TIME.length),
        KaplanMeierOptions.R_DEFAULT);
    KaplanMeierFit bySex = KaplanMeier.reverse(Lung.TIME, Lung.EVENT, Lung.BY_SEX,
        KaplanMeierOptions.R_DEFAULT);
    List<MedianSurvival> medians = List.of(overall.curves().get(0).median(),
        bySex.curves().get(0).median(),
        bySex.curves().get(1).median());
    assertThat(ref.texts("group")).containsExactly("overall", "sex=1", "sex=2");
    for (int row = 0; row < 3; row++) {
      MedianSurvival m = medians.get(row);
      assertThat(m.median()).as(ref.rows().get(row).get("group") + " median").isEqualTo(ReferenceCsv.number(ref.rows().get(row), "median_followup"));
      assertThat(m.lower()).as(ref.rows().get(row).get("group") + " lcl").isEqualTo(ReferenceCsv.number(ref.rows().get(row), "lcl"));
      assertClose(ref.rows().get(row).get("group") + " ucl", m.upper(), ReferenceCsv.number(ref.rows().get(row), "ucl"), 0);
    }
  }
}
