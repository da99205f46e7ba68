package org.psmapathway.stats.cox;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psmapathway.stats.testing.ReferenceCsv.number;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psmapathway.stats.model.ModelData;
import org.psmapathway.stats.testing.ReferenceCsv;

/**
 * mgus2, Fine–Gray for pcm (and death) ~ age + male: the cmprsk::crr rows of mgus2_finegray.csv and
 * (age from mgus2_age.csv, written by cox_extra_reference.R, as mgus2_competing.csv has none)
 * the full summary.crr values of cox_extra_reference.csv, at 1e-6 relative (the same Newton iterates
 * as crr, so crr's own gtol = 1e-6 does not limit the agreement).
 */
class FineGrayTest {

  static final double REL = 1e-6;

  @Test
  void crrMatchesR() {
    ModelData data = data();
    FineGrayFit fit = FineGray.fit(data, "etime", "event", "age + male", "pcm", "censor", 0.95);
    List<Map<String, String>> rows = ReferenceCsv.read("mgus2_finegray.csv").where("method", "cmprsk::crr").rows();
    assertThat(rows).hasSize(2);
    for (Map<String, String> r : rows) {
      Coefficient c = fit.coefficient(r.get("term"));
      assertClose("crr coef " + r.get("term"), c.coef(), number(r, "coef"), REL);
      assertClose("crr se " + r.get("term"), c.se(), number(r, "se"), REL);
    }
    ReferenceCsv extra = ReferenceCsv.read("cox_extra_reference.csv");
    for (String q : List.of("coef", "se", "z", "p", "hr_lower95", "hr_upper95")) {
      List<Map<String, String>> ref = extra.where("case", "mgus2_crr_pcm").where("quantity", q).rows();
      assertThat(ref).hasSize(2);
      for (int i = 0; i < 2; i++) {
        Coefficient c = fit.coefficients().get(i);
        double actual = switch (q) {
          case "coef" -> c.coef();
          case "se" -> c.se();
          case "z" -> c.z();
          case "p" -> c.p();
          case "hr_lower95" -> c.lower();
          default -> c.upper();
        };
        assertClose("crr " + q + " " + c.term(), actual, number(ref.get(i), "value"), REL);
      }
    }
    double loglik = number(extra.where("case", "mgus2_crr_pcm").where("quantity", "loglik").rows().get(0), "value");
    double loglikNull = number(extra.where("case", "mgus2_crr_pcm").where("quantity", "loglik_null").rows().get(0), "value");
    assertClose("loglik", fit.loglik()[1], loglik, REL);
    assertClose("loglik null", fit.loglik()[0], loglikNull, REL);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.n()).isEqualTo(1384);
    assertThat(fit.events()).isEqualTo(115);
  }

  @Test
  void competingCauseAsCauseOfInterestMatchesR() {
    FineGrayFit fit = FineGray.fit(data(), "etime", "event", "age + male", "death", "censor", 0.95);
    ReferenceCsv extra = ReferenceCsv.read("cox_extra_reference.csv");
    for (String q : List.of("coef", "se")) {
      List<Map<String, String>> ref = extra.where("case", "mgus2_crr_death").where("quantity", q).rows();
      for (int i = 0; i < 2; i++) {
        Coefficient c = fit.coefficients().get(i);
        assertClose("death " + q + " " + c.term(), q.equals("coef") ? c.coef() : c.se(), number(ref.get(i), "value"), REL);
      }
    }
  }

  @Test
  void missingCauseOfInterestIsRejected() {
    assertThatThrownBy(() -> FineGray.fit(data(), "etime", "event", "age", "relapse", "censor", 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'event'").hasMessageContaining("relapse");
  }

  @Test
  void numericCauseCodesGiveTheSameFitAsLabels() {
    ModelData labelled = data();
    String[] event = ((ModelData.Categorical) labelled.column("event")).values();
    double[] code = new double[event.length];
    for (int i = 0; i < event.length; i++) {
      code[i] = switch (event[i]) {
        case "censor" -> 0;
        case "pcm" -> 1;
        default -> 2;
      };
    }
    ModelData numeric = ModelData.builder().numeric("etime", labelled.numeric("etime")).numeric("age", labelled.numeric("age"))
        .numeric("male", labelled.numeric("male")).numeric("status", code).build();
    FineGrayFit a = FineGray.fit(labelled, "etime", "event", "age + male", "pcm", "censor", 0.95);
    FineGrayFit b = FineGray.fit(numeric, "etime", "status", "age + male", "1", "0", 0.95);
    for (int j = 0; j < 2; j++) {
      assertThat(b.coefficients().get(j).coef()).isEqualTo(a.coefficients().get(j).coef());
      assertThat(b.coefficients().get(j).se()).isEqualTo(a.coefficients().get(j).se());
    }
  }

  static ModelData data() {
    List<Map<String, String>> rows = ReferenceCsv.read("mgus2_competing.csv").rows();
    Map<String, Double> ageById = new java.util.HashMap<>();
    for (Map<String, String> r : ReferenceCsv.read("mgus2_age.csv").rows()) {
      ageById.put(r.get("id"), number(r, "age"));
    }
    int n = rows.size();
    double[] etime = new double[n];
    double[] age = new double[n];
    double[] male = new double[n];
    String[] event = new String[n];
    for (int i = 0; i < n; i++) {
      Map<String, String> r = rows.get(i);
      etime[i] = number(r, "etime");
      age[i] = ageById.get(r.get("id"));
      male[i] = r.get("sex").equals("M") ? 1 : 0;
      event[i] = r.get("event");
    }
    return ModelData.builder().numeric("etime", etime).numeric("age", age).numeric("male", male)
        .categorical("event", event).build();
  }
}
