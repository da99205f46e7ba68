package org.psmapathway.stats.survival;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases whose R 4.2.2 / survival 3.5-3 answers are quoted in each test. */
class KaplanMeierEdgeCasesTest {

  @Test
  void medianOnAFlatAtExactlyOneHalfIsTheMidpointToTheNextDrop() {
    // R: survfit(Surv(c(1,2,3,4,5,6), c(1,1,1,0,1,1)) ~ 1): median 4, 0.95LCL 2, 0.95UCL NA,
    //    rmean 3.75, se(rmean) 0.772801541291309
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {1, 2, 3, 4, 5, 6}, new int[] {1, 1, 1, 0,
        1, 1},
        KaplanMeierOptions.R_DEFAULT);
    assertThat(c.median()).isEqualTo(new MedianSurvival(4, 2, Double.NaN));
    RestrictedMean rm = c.restrictedMean(6);
    assertClose("rmean", rm.mean(), 3.75, 1e-14);
    assertClose("se(rmean)", rm.se(), 0.772801541291309, 1e-13);
  }

  @Test
  void summaryAtTimesBeforeTheFirstEventAndBeyondTheLastFollowUp() {
    // R: summary(survfit(Surv(c(1,2,2,3,4), c(1,0,1,1,1)) ~ 1), times = c(0, .5, 2, 3.5, 5))
    //    0: 1 (se 0, CI 1-1, 5 at risk); 2: 0.6, se 0.219089023002066, lower
    // 0.2933164316383264, 4 at risk;
    //    3.5: 0.3, se 0.238746727726266, lower 0.0630544842551363, 1 at risk; 5 dropped (extend
    // = FALSE)
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {1, 2, 2, 3, 4}, new int[] {1, 0, 1, 1,
        1},
        KaplanMeierOptions.R_DEFAULT);
    List<SurvivalAt> at = c.at(new double[] {0, 0.5, 2, 3.5, 5}, false);
    assertThat(at.get(0)).isEqualTo(new SurvivalAt(0, 1, 0, 1, 1, 5));
    assertThat(at.get(1)).isEqualTo(new SurvivalAt(0.5, 1, 0, 1, 1, 5));
    assertClose("S(2)", at.get(2).survival(), 0.6, 1e-14);
    assertClose("se(2)", at.get(2).se(), 0.219089023002066, 1e-13);
    assertClose("lower(2)", at.get(2).lower(), 0.2933164316383264, 1e-13);
    assertThat(at.get(2).upper()).isEqualTo(1);
    assertThat(at.get(2).nRisk()).isEqualTo(4);
    assertClose("se(3.5)", at.get(3).se(), 0.238746727726266, 1e-13);
    assertClose("lower(3.5)", at.get(3).lower(), 0.0630544842551363, 1e-13);
    assertThat(at.get(3).nRisk()).isEqualTo(1);
    assertThat(at.get(4).survival()).isNaN();
    assertThat(at.get(4).nRisk()).isZero();
    // extend = TRUE: S(5) = 0, se NaN (0 · Inf), CI NA, 0 at risk
    SurvivalAt extended = c.at(new double[] {5}, true).get(0);
    assertThat(extended.survival()).isZero();
    assertThat(extended.se()).isNaN();
    assertThat(extended.lower()).isNaN();
    assertThat(extended.nRisk()).isZero();
    // std.err is Inf once everybody at risk has died, as in R
    assertThat(c.stdErr()[c.steps() - 1]).isInfinite();
  }

  @Test
  void groupWithoutEventsStaysAtOne() {
    // R: survfit(Surv(c(1,2,3), c(0,0,0)) ~ 1): median NA, rmean 3, se 0
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {1, 2, 3}, new int[] {0, 0, 0},
        KaplanMeierOptions.R_DEFAULT);
    assertThat(c.survival()).containsExactly(1, 1, 1);
    assertThat(c.median()).isEqualTo(new MedianSurvival(Double.NaN, Double.NaN, Double.NaN));
    assertThat(c.restrictedMean(3)).isEqualTo(new RestrictedMean(3, 3, 0));
  }

  @Test
  void groupWithoutEventsInAGroupedFitAndLogRank() {
    // R: t <- c(1,2,3,4,5,6,2.5,7); e <- c(1,1,0,1,0,0,0,0); g <-
    // c("a","a","b","a","b","b","b","a")
    //    summary(survfit(Surv(t, e) ~ g))$table: a: 3 events, rmean 3.5 (se 1.14564392373896),
    // median 3 (1, NA);
    //    b: 0 events, rmean 7 (se 0), median NA; summary(fit, times = c(2, 6.5))$surv: a 0.5,
    // 0.25; b 1 (6.5 dropped)
    //    survdiff(Surv(t, e) ~ g): chisq 3.31506849315068, E 1.42857142857143 1.57142857142857,
    // V 0.744897959183674
    double[] t = {1, 2, 3, 4, 5, 6, 2.5, 7};
    int[] e = {1, 1, 0, 1, 0, 0, 0, 0};
    GroupCoding g = GroupCoding.ofLabels(new String[] {"a", "a", "b", "a", "b", "b", "b", "a"});
    KaplanMeierSummary s = KaplanMeier.fit(t, e, g,
        KaplanMeierOptions.R_DEFAULT).summary(new double[] {2, 6.5});
    KaplanMeierSummary.Group a = s.groups().get(0);
    KaplanMeierSummary.Group b = s.groups().get(1);
    assertThat(a.events()).isEqualTo(3);
    assertThat(new double[] {a.median(), a.medianLower(), a.medianUpper()}).containsExactly(3,
        1, Double.NaN);
    assertThat(a.rmeanLimit()).isEqualTo(7);
    assertClose("rmean a", a.rmean(), 3.5, 1e-14);
    assertClose("se(rmean) a", a.rmeanSe(), 1.14564392373896, 1e-13);
    assertThat(a.at().get(0).survival()).isEqualTo(0.5);
    assertThat(a.at().get(1).survival()).isEqualTo(0.25);
    assertThat(b.events()).isZero();
    assertThat(b.median()).isNaN();
    assertThat(b.rmean()).isEqualTo(7);
    assertThat(b.rmeanSe()).isZero();
    assertThat(b.at().get(0).survival()).isEqualTo(1);
    assertThat(b.at().get(1).survival()).isNaN();
    LogRankResult lr = LogRank.test(t, e, g);
    assertClose("chisq", lr.statistic(), 3.31506849315068, 1e-13);
    assertClose("E b", lr.groups().get(1).expected(), 1.57142857142857, 1e-13);
    assertClose("V", lr.variance()[0][0], 0.744897959183674, 1e-13);
    assertThat(lr.groups().get(1).observed()).isZero();
  }

  @Test
  void logLogBoundsAreNaWhereSurvivalIsOne() {
    // R: survfit(Surv(c(1,2,2,3,4), c(0,0,1,1,0)) ~ 1, conf.type = "log-log"): lower NA at t =
    // 1,
    //    0.12794692 / 0.9605486 at t = 2
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {1, 2, 2, 3, 4}, new int[] {0, 0, 1, 1,
        0},
        new KaplanMeierOptions(0.95, ConfidenceType.LOG_LOG));
    assertThat(c.lower()[0]).isNaN();
    assertThat(c.lower()[1]).isCloseTo(0.12794692, org.assertj.core.data.Offset.offset(5e-9));
    assertThat(c.upper()[1]).isCloseTo(0.9605486, org.assertj.core.data.Offset.offset(5e-8));
  }

  @Test
  void nearlyEqualTimesAreOneTieLikeAeqSurv() {
    // R: survfit(Surv(c(0.1 + 0.2, 0.3, 1, 2), c(1, 1, 1, 0)) ~ 1)$n.event is 2 1 0
    KaplanMeierCurve c = KaplanMeier.fit(new double[] {0.1 + 0.2, 0.3, 1, 2}, new int[] {1, 1,
        1, 0},
        KaplanMeierOptions.R_DEFAULT);
    assertThat(c.nEvent()).containsExactly(2, 1, 0);
  }

  @Test
  void badInputNamesTheRow() {
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, -2}, new int[] {1, 0},
        KaplanMeierOptions.R_DEFAULT))
        .hasMessage("time[1]: expected a finite time >= 0, got -2.0");
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, Double.NaN}, new int[] {1, 0},
        KaplanMeierOptions.R_DEFAULT)).hasMessageStartingWith(
            "time[1]: expected a finite time");
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1, 2},
        KaplanMeierOptions.R_DEFAULT))
        .hasMessage("event[1]: expected 0 (censored) or 1 (event), got 2");
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1},
        KaplanMeierOptions.R_DEFAULT))
        .hasMessage("event: expected 2 values (one per time), got 1");
    assertThatThrownBy(() -> KaplanMeier.fit(new double[0], new int[0],
        KaplanMeierOptions.R_DEFAULT))
        .hasMessage("time: expected at least one row, got none");
    assertThatThrownBy(() -> new KaplanMeierOptions(1.5, ConfidenceType.LOG))
        .hasMessageContaining("confidence level");
  }

  @Test
  void statusCodingFollowsSurv() {
    assertThat(StatusCoding.toEventIndicator(new String[] {"1", "2", "2"})).containsExactly(0,
        1, 1);
    assertThat(StatusCoding.toEventIndicator(new String[] {"0", "1", "1"})).containsExactly(0,
        1, 1);
    assertThat(StatusCoding.toEventIndicator(new String[] {"TRUE", "FALSE",
        "T"})).containsExactly(1, 0, 1);
    // all 1: max is 1, so R reads them as events, not as censored
    assertThat(StatusCoding.toEventIndicator(new String[] {"1", "1"})).containsExactly(1, 1);
    assertThatThrownBy(() -> StatusCoding.toEventIndicator(new String[] {"0", "1", "2"}))
        .hasMessage("status[0]: expected 1 (censored) or 2 (event), got '0'");
    assertThatThrownBy(() -> StatusCoding.toEventIndicator(new String[] {"1", "x"}))
        .hasMessageStartingWith("status[1]:");
  }
}
