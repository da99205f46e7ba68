package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psmapathway.stats.meta.ReferenceCsv.column;
import static org.psmapathway.stats.meta.ReferenceCsv.num;
import static org.psmapathway.stats.meta.ReferenceCsv.strings;

import java.util.List;
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
        List<Map<String, String>> in = ReferenceCsv.read("twobytwo_input.csv");
        String[] labels = strings(in, "study");
        for (Map<String, String> row : ReferenceCsv.read("twobytwo_escalc.csv")) {
            TwoByTwo.Measure measure = TwoByTwo.Measure.valueOf(row.get("measure"));
            boolean drop = row.get("drop00").equals("TRUE");
            StudyData d = TwoByTwo.effectSizes(measure, labels, column(in, "ai"), column(in, "bi"), column(in, "ci"),
                    column(in, "di"), drop);
            int i = java.util.Arrays.asList(d.labels()).indexOf(row.get("study"));
            if (Double.isNaN(num(row, "yi"))) {
                assertThat(i).as("dropped double-zero study " + row.get("study")).isEqualTo(-1);
                continue;
            }
            assertClose(measure + " yi " + row.get("study"), d.yi()[i], num(row, "yi"), 1e-12);
            assertClose(measure + " vi " + row.get("study"), d.vi()[i], num(row, "vi"), 1e-12);
        }
    }

    @Test
    void bcgLogRiskRatiosFromCounts() {
        List<Map<String, String>> rows = ReferenceCsv.read("dat_bcg_logrr.csv");
        StudyData d = TwoByTwo.effectSizes(TwoByTwo.Measure.RR, strings(rows, "trial"), column(rows, "tpos"),
                column(rows, "tneg"), column(rows, "cpos"), column(rows, "cneg"));
        for (int i = 0; i < rows.size(); i++) {
            assertClose("yi " + i, d.yi()[i], num(rows.get(i), "yi"), 1e-12);
            assertClose("vi " + i, d.vi()[i], num(rows.get(i), "vi"), 1e-12);
        }
        assertThat(d.scale()).isEqualTo("log");
    }

    @Test
    void hazardRatioWithNinetyPercentInterval() {
        List<Map<String, String>> rows = ReferenceCsv.read("hr_90ci_conversion.csv");
        StudyData d = HazardRatios.fromConfidenceIntervals(null, column(rows, "hr"), column(rows, "lcl"),
                column(rows, "ucl"), 0.90);
        for (int i = 0; i < rows.size(); i++) {
            assertClose("yi " + i, d.yi()[i], num(rows.get(i), "yi"), 1e-12);
            assertClose("sei " + i, Math.sqrt(d.vi()[i]), num(rows.get(i), "sei"), 1e-12);
        }
    }

    @Test
    void petoObservedMinusExpected() {
        List<Map<String, String>> in = ReferenceCsv.read("peto_input.csv");
        Map<String, String> ref = ReferenceCsv.read("peto_fe.csv").get(0);
        StudyData d = PetoObservedExpected.logHazardRatios(strings(in, "study"), column(in, "oe"), column(in, "v"));
        MetaResult r = MetaAnalysis.fit(d, MetaOptions.of(Tau2Method.FE));
        assertClose("estimate", r.estimate(), num(ref, "estimate"), 1e-12);
        assertClose("se", r.se(), num(ref, "se"), 1e-12);
        assertClose("ci_lb", r.lower(), num(ref, "ci_lb"), 1e-12);
        assertClose("ci_ub", r.upper(), num(ref, "ci_ub"), 1e-12);
        assertClose("z", r.statistic(), num(ref, "z"), 1e-12);
        assertClose("pval", r.p(), num(ref, "pval"), 1e-10);
        assertClose("Q", r.Q(), num(ref, "Q"), 1e-12);
        assertClose("Qp", r.Qp(), num(ref, "Qp"), 1e-10);
        assertClose("I2", r.I2(), num(ref, "I2"), 1e-10);
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
