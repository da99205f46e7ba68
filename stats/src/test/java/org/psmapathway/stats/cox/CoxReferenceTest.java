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
 * Every value of lung_coxph_strata_interaction.csv, tg_test1_coxph.csv and rossi_coxph.csv, at 1e-6
 * relative (test1 also against its closed-form β at 1e-9).
 */
class CoxReferenceTest {

  static final double REL = 1e-6;

  @Test
  void stratifiedAndInteractionModelsMatchR() {
    ModelData lung = ReferenceCsv.read("lung.csv").data();
    ReferenceCsv ref = ReferenceCsv.read("lung_coxph_strata_interaction.csv");
    CoxFit strata = CoxModel.fit(lung, CoxSpec.of("time", "status", "age + ph.ecog").withStrata("sex"),
        CoxOptions.defaults()).result();
    CoxFit inter = CoxModel.fit(lung, CoxSpec.of("time", "status", "age*sex + ph.ecog"), CoxOptions.defaults()).result();
    assertThat(strata.strata()).isEqualTo(2);
    assertThat(inter.coefficients()).extracting(Coefficient::term).containsExactly("age", "sex", "ph.ecog", "age:sex");
    for (Map<String, String> r : ref.rows()) {
      CoxFit fit = r.get("model").equals("strata_sex") ? strata : inter;
      Coefficient c = fit.coefficient(r.get("term"));
      String w = r.get("model") + " " + r.get("term") + " ";
      assertClose(w + "coef", c.coef(), number(r, "coef"), REL);
      assertClose(w + "se", c.se(), number(r, "se"), REL);
      assertClose(w + "loglik", fit.loglik()[1], number(r, "loglik"), REL);
    }
  }

  @Test
  void therneauGrambschTest1MatchesRAndClosedForm() {
    ReferenceCsv data = ReferenceCsv.read("tg_test1.csv");
    ModelData test1 = data.data();
    for (Map<String, String> r : ReferenceCsv.read("tg_test1_coxph.csv").rows()) {
      Ties ties = r.get("ties").equals("efron") ? Ties.EFRON : Ties.BRESLOW;
      CoxFit fit = CoxModel.fit(test1, CoxSpec.of("time", "status", "x"), CoxOptions.defaults().withTies(ties)).result();
      String w = r.get("ties") + " ";
      assertThat(fit.n()).isEqualTo(6);
      assertThat(fit.dropped()).isEqualTo(1); // status NA
      assertClose(w + "coef", fit.coefficients().get(0).coef(), number(r, "coef"), REL);
      assertClose(w + "closed form", fit.coefficients().get(0).coef(), number(r, "closed_form_beta"), 1e-9);
      assertClose(w + "se", fit.coefficients().get(0).se(), number(r, "se"), REL);
      assertClose(w + "loglik null", fit.loglik()[0], number(r, "loglik_null"), REL);
      assertClose(w + "loglik", fit.loglik()[1], number(r, "loglik"), REL);
      assertClose(w + "score", fit.tests().score().statistic(), number(r, "score_test"), REL);
      assertThat(fit.iterations()).as(w + "iter").isEqualTo((int) number(r, "iter"));
    }
  }

  @Test
  void rossiMatchesR() {
    ModelData rossi = ReferenceCsv.read("rossi.csv").data();
    ReferenceCsv ref = ReferenceCsv.read("rossi_coxph.csv");
    for (String ties : List.of("efron", "breslow")) {
      CoxFit fit = CoxModel.fit(rossi, CoxSpec.of("week", "arrest", "fin + age + race + wexp + mar + paro + prio"),
          CoxOptions.defaults().withTies(ties.equals("efron") ? Ties.EFRON : Ties.BRESLOW)).result();
      List<Map<String, String>> rows = ref.where("ties", ties).rows();
      assertThat(rows).hasSize(7);
      for (Map<String, String> r : rows) {
        Coefficient c = fit.coefficient(r.get("term"));
        String w = ties + " " + r.get("term") + " ";
        assertClose(w + "coef", c.coef(), number(r, "coef"), REL);
        assertClose(w + "se", c.se(), number(r, "se"), REL);
        assertClose(w + "z", c.z(), number(r, "z"), REL);
        assertClose(w + "loglik", fit.loglik()[1], number(r, "loglik"), REL);
        assertClose(w + "LR", fit.tests().lr().statistic(), number(r, "lr_test"), REL);
        assertClose(w + "concordance", fit.concordance().value(), number(r, "concordance"), REL);
      }
    }
  }
}
