package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Inputs against R: escalc RR / OR / RD with zero cells and a double-zero study (twobytwo_escalc.csv,
 * drop00 FALSE and TRUE), HR + 90 % CI conversion (hr_90ci_conversion.csv), the dat.bcg log RR
 * (dat_bcg_logrr.csv) and Peto O − E / V pooled with FE (peto_fe.csv). All at 1e-12 relative (closed form).
 */
class EffectSizeInputTest {

  @Test
  void escalcWithHalfCorrectionAndDoubleZeroStudies() {
    ReferenceCsv in = ReferenceCsv.read("twobytwo_input.csv");
    String[] labels = in.texts("study");
    for (Map<String, String> row : ReferenceCsv.read("twobytwo_escalc.csv").rows()) {
      TwoByTwo.Measure measure = TwoByTwo.Measure.valueOf(row.get("measure"));
      boolean drop = row.get("drop00").equals("TRUE");
      StudyData d = TwoByTwo.effectSizes(measure, labels, in.numbers("ai"), in.numbers("bi"), in.numbers("ci"),
          in.numbers("di"), drop);
      int i = java.util.Arrays.asList(d.labels()).indexOf(row.get("study"));
      if (Double.isNaN(number(row, "yi"))) {
        assertThat(i).as("dropped double-zero study " + row.get("study")).isEqualTo(-1);
        continue;
      }
      assertClose(measure + " yi " + row.get("study"), d.yi()[i], number(row, "yi"), 1e-12);
      assertClose(measure + " vi " + row.get("study"), d.vi()[i], number(row, "vi"), 1e-12);
    }
  }

  @Test
  void bcgLogRiskRatiosFromCounts() {
    ReferenceCsv rows = ReferenceCsv.read("dat_bcg_logrr.csv");
    StudyData d = TwoByTwo.effectSizes(TwoByTwo.Measure.RR, rows.texts("trial"), rows.numbers("tpos"),
        rows.numbers("tneg"), rows.numbers("cpos"), rows.numbers("cneg"));
    for (int i = 0; i < rows.rows().size(); i++) {
      assertClose("yi " + i, d.yi()[i], number(rows.rows().get(i), "yi"), 1e-12);
      assertClose("vi " + i, d.vi()[i], number(rows.rows().get(i), "vi"), 1e-12);
    }
    assertThat(d.scale()).isEqualTo("log");
  }

  @Test
  void hazardRatioWithNinetyPercentInterval() {
    ReferenceCsv rows = ReferenceCsv.read("hr_90ci_conversion.csv");
    StudyData d = HazardRatios.fromConfidenceIntervals(null, rows.numbers("hr"), rows.numbers("lcl"),
        rows.numbers("ucl"), 0.90);
    for (int i = 0; i < rows.rows().size(); i++) {
      assertClose("yi " + i, d.yi()[i], number(rows.rows().get(i), "yi"), 1e-12);
      assertClose("sei " + i, Math.sqrt(d.vi()[i]), number(rows.rows().get(i), "sei"), 1e-12);
    }
  }

  @Test
  void petoObservedMinusExpected() {
    ReferenceCsv in = ReferenceCsv.read("peto_input.csv");
    Map<String, String> ref = ReferenceCsv.read("peto_fe.csv").rows().get(0);
    StudyData d = PetoObservedExpected.logHazardRatios(in.texts("study"), in.numbers("oe"), in.numbers("v"));
    MetaResult r = MetaAnalysis.fit(d, MetaOptions.of(Tau2Method.FE));
    assertClose("estimate", r.estimate(), number(ref, "estimate"), 1e-12);
    assertClose("se", r.se(), number(ref, "se"), 1e-12);
    assertClose("ci_lb", r.lower(), number(ref, "ci_lb"), 1e-12);
    assertClose("ci_ub", r.upper(), number(ref, "ci_ub"), 1e-12);
    assertClose("z", r.statistic(), number(ref, "z"), 1e-12);
    assertClose("pval", r.p(), number(ref, "pval"), 1e-10);
    assertClose("Q", r.Q(), number(ref, "Q"), 1e-12);
    assertClose("Qp", r.Qp(), number(ref, "Qp"), 1e-10);
    assertClose("I2", r.I2(), number(ref, "I2"), 1e-10);
  }

  @Test
  void badInputNamesStudyAndField() {
    String[] l = {"A", "B"};
    assertThatThrownBy(() -> HazardRatios.fromConfidenceIntervals(l, new double[] {0.5, 0.7},
        new double[] {0.3, 0.9}, new double[] {0.8, 0.8}))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("study 1 (B)").hasMessageContaining("lower");
    assertThatThrownBy(() -> HazardRatios.fromConfidenceIntervals(l, new double[] {0.5, -0.7},
        new double[] {0.3, 0.5}, new double[] {0.8, 0.9}))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("study 1 (B)").hasMessageContaining("hr");
    assertThatThrownBy(() -> StudyData.ofVariances(l, new double[] {0.1, 0.2}, new double[] {0.0, 0.1}))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("study 0 (A)").hasMessageContaining("vi");
    assertThatThrownBy(() -> StudyData.ofVariances(l, new double[] {0.1, 0.2}, new double[] {0.1, -1}))
        .isInstanceOf(InvalidStudyException.class).hasMessageContaining("study 1 (B)");
    StudyData one = StudyData.ofVariances(new String[] {"A"}, new double[] {0.1}, new double[] {0.1});
    assertThatThrownBy(() -> MetaAnalysis.fit(one, MetaOptions.of(Tau2Method.REML)))
        .isInstanceOf(InvalidStudyException.class).hasMessageContaining("at least two studies");
    assertThat(MetaAnalysis.fit(one, MetaOptions.of(Tau2Method.FE)).estimate())
        .isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-15));
    InvalidStudyException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidStudyException.class,
        () -> PetoObservedExpected.logHazardRatios(l, new double[] {1, 2}, new double[] {3, 0}));
    assertThat(e.index()).isEqualTo(1);
    assertThat(e.label()).isEqualTo("B");
    assertThat(e.field()).isEqualTo("V");
  }
}
