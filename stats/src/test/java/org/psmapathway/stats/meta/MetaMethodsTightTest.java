package org.psmapathway.stats.meta;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.psmapathway.stats.meta.ReferenceCsv.num;

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
        List<Map<String, String>> rows = ReferenceCsv.read("meta_methods_tight.csv");
        assertThat(rows).hasSize(26);
        for (Map<String, String> row : rows) {
            StudyData data = row.get("dataset").equals("bcg") ? ReferenceCsv.bcg() : ReferenceCsv.hrExample();
            MetaOptions o = MetaOptions.of(Tau2Method.valueOf(row.get("method")))
                    .withKnappHartung(row.get("test").equals("knha"));
            MetaResult r = MetaAnalysis.fit(data, o);
            MetaResult t = MetaAnalysis.fit(data, o.withPredictionInterval(PredictionIntervalType.T_K_MINUS_2));
            String m = row.get("dataset") + " " + row.get("method") + "+" + row.get("test") + " ";
            double tol = 1e-6;
            assertThat(r.k()).isEqualTo((int) num(row, "k"));
            assertClose(m + "estimate", r.estimate(), num(row, "estimate"), tol);
            assertClose(m + "se", r.se(), num(row, "se"), tol);
            assertClose(m + "stat", r.statistic(), num(row, "stat"), tol);
            assertClose(m + "pval", r.p(), num(row, "pval"), tol);
            assertClose(m + "ci_lb", r.lower(), num(row, "ci_lb"), tol);
            assertClose(m + "ci_ub", r.upper(), num(row, "ci_ub"), tol);
            assertClose(m + "tau2", r.tau2(), num(row, "tau2"), tol);
            assertClose(m + "tau2_se", r.tau2Se(), num(row, "tau2_se"), tol);
            assertClose(m + "I2", r.I2(), num(row, "I2"), tol);
            assertClose(m + "H2", r.H2(), num(row, "H2"), tol);
            assertClose(m + "Q", r.Q(), num(row, "Q"), tol);
            assertClose(m + "Qp", r.Qp(), num(row, "Qp"), tol);
            assertClose(m + "pi_lb", r.predictionLower(), num(row, "pi_lb"), tol);
            assertClose(m + "pi_ub", r.predictionUpper(), num(row, "pi_ub"), tol);
            assertClose(m + "pi_tk2_lb", t.predictionLower(), num(row, "pi_tk2_lb"), tol);
            assertClose(m + "pi_tk2_ub", t.predictionUpper(), num(row, "pi_tk2_ub"), tol);
            assertClose(m + "tau2_lb", r.tau2Lower(), num(row, "tau2_lb"), tol);
            assertClose(m + "tau2_ub", r.tau2Upper(), num(row, "tau2_ub"), tol);
            assertClose(m + "loglik", r.logLik(), num(row, "loglik"), tol);
        }
    }

    @Test
    void hazardRatioExampleAgainstMetaforDefaults() {
        StudyData hr = ReferenceCsv.hrExample();
        List<Map<String, String>> input = ReferenceCsv.read("hr_example_input.csv");
        for (int i = 0; i < input.size(); i++) {
            assertClose("yi " + i, hr.yi()[i], num(input.get(i), "yi"), 1e-12);
            assertClose("vi " + i, hr.vi()[i], num(input.get(i), "vi"), 1e-12);
        }
        for (Map<String, String> row : ReferenceCsv.read("hr_example_rma.csv")) {
            String model = row.get("model");
            String[] parts = model.split("\\+");
            Tau2Method method = Tau2Method.valueOf(parts[0]);
            double tol = method == Tau2Method.FE || method == Tau2Method.DL ? 1e-9 : 1e-3;
            MetaResult r = MetaAnalysis.fit(hr, MetaOptions.of(method).withKnappHartung(parts.length > 1));
            assertClose(model + " logHR", r.estimate(), num(row, "logHR"), tol);
            assertClose(model + " se", r.se(), num(row, "se"), tol);
            assertClose(model + " HR", r.exp().estimate(), num(row, "HR"), tol);
            assertClose(model + " HR_lb", r.exp().lower(), num(row, "HR_lb"), tol);
            assertClose(model + " HR_ub", r.exp().upper(), num(row, "HR_ub"), tol);
            // metafor's default PM uniroot tol is 1.2e-4 absolute in tau2 (0.0163 here): compare tau2 and I2 of the
            // iterative rows within that absolute tolerance; the tight rows above are held to 1e-6.
            double tauTol = tol == 1e-9 ? 1e-9 : 1.2e-4 / num(row, "tau2");
            assertClose(model + " tau2", r.tau2(), num(row, "tau2"), method == Tau2Method.FE ? 0 : tauTol);
            assertClose(model + " I2", r.I2(), num(row, "I2"), tol == 1e-9 ? 1e-9 : 1e-2);
            assertClose(model + " Q", r.Q(), num(row, "Q"), 1e-9);
            assertClose(model + " Qp", r.Qp(), num(row, "Qp"), 1e-9);
            assertClose(model + " pi_lb_HR", r.exp().predictionLower(), num(row, "pi_lb_HR"), tol);
            assertClose(model + " pi_ub_HR", r.exp().predictionUpper(), num(row, "pi_ub_HR"), tol);
            assertClose(model + " pval", r.p(), num(row, "pval"), method == Tau2Method.FE || method == Tau2Method.DL
                    ? 1e-9 : 1e-2);
        }
    }
}
