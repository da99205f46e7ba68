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
 * Values from cox_extra_reference.R (R 4.2.2, survival 3.5-3): unrounded Wald tests, robust SE with
 * cluster and with strata, categorical covariates and their interaction, a collinear column (NA), and
 * cox.zph. All at 1e-6 relative.
 */
class CoxExtraReferenceTest {

  static final double REL = 1e-6;
  static final ReferenceCsv REF = ReferenceCsv.read("cox_extra_reference.csv");
  static final ModelData LUNG = lung();
  static final ModelData ROSSI = ReferenceCsv.read("rossi.csv").data();
  static final String ROSSI_FORMULA = "fin + age + race + wexp + mar + paro + prio";

  private static ModelData lung() {
    ReferenceCsv csv = ReferenceCsv.read("lung.csv");
    ModelData numeric = csv.data();
    double[] ecog = numeric.numeric("ph.ecog");
    double[] sex = numeric.numeric("sex");
    double[] age = numeric.numeric("age");
    ModelData.Builder b = ModelData.builder();
    for (String c : List.of("inst", "time", "status", "age", "sex", "ph.ecog")) {
      b.numeric(c, numeric.numeric(c));
    }
    String[] ecogCat = new String[ecog.length];
    String[] sexc = new String[ecog.length];
    double[] age2 = new double[ecog.length];
    for (int i = 0; i < ecog.length; i++) {
      ecogCat[i] = Double.isNaN(ecog[i]) ? null : String.valueOf((int) ecog[i]);
      sexc[i] = sex[i] == 1 ? "M" : "F";
      age2[i] = 2 * age[i];
    }
    return b.categorical("ecog_cat", ecogCat).categorical("sexc", sexc).numeric("age2", age2).build();
  }

  private static List<Map<String, String>> rows(String c, String quantity) {
    return REF.where("case", c).where("quantity", quantity).rows();
  }

  private static double scalar(String c, String quantity) {
    List<Map<String, String>> r = rows(c, quantity);
    assertThat(r).as(c + " " + quantity).hasSize(1);
    return number(r.get(0), "value");
  }

  /** Checks coefficients by position, then the scalar quantities R stored for the case. */
  private static void checkCase(String c, CoxFit fit, boolean robust) {
    List<Map<String, String>> coef = rows(c, "coef");
    assertThat(fit.coefficients()).hasSize(coef.size());
    for (int i = 0; i < coef.size(); i++) {
      Coefficient k = fit.coefficients().get(i);
      assertClose(c + " coef " + k.term(), k.coef(), number(coef.get(i), "value"), REL);
      double se = number(rows(c, "se").get(i), "value");
      if (Double.isNaN(k.coef())) {
        assertThat(se).isZero(); // R's var has a zero row for an NA coefficient
        continue;
      }
      assertClose(c + " se " + k.term(), robust ? k.robustSe() : k.se(), se, REL);
      if (robust) {
        assertClose(c + " naive se " + k.term(), k.se(), number(rows(c, "naive_se").get(i), "value"), REL);
      }
    }
    assertClose(c + " loglik null", fit.loglik()[0], scalar(c, "loglik_null"), REL);
    assertClose(c + " loglik", fit.loglik()[1], scalar(c, "loglik"), REL);
    assertClose(c + " wald", fit.tests().wald().statistic(), scalar(c, "wald"), REL);
    assertClose(c + " score", fit.tests().score().statistic(), scalar(c, "score"), REL);
    assertClose(c + " concordance", fit.concordance().value(), scalar(c, "concordance"), REL);
    assertClose(c + " concordance se", fit.concordance().se(), scalar(c, "concordance_se"), REL);
    assertThat(fit.iterations()).as(c + " iter").isEqualTo((int) scalar(c, "iter"));
    assertThat(fit.n()).isEqualTo((int) scalar(c, "n"));
    assertThat(fit.events()).isEqualTo((int) scalar(c, "nevent"));
  }

  private static CoxFit lungFit(CoxSpec spec, CoxOptions o) {
    return CoxModel.fit(LUNG, spec, o).result();
  }

  @Test
  void unroundedWaldTests() {
    checkCase("lung_efron", lungFit(CoxSpec.of("time", "status", "age + sex + ph.ecog"), CoxOptions.defaults()), false);
    checkCase("lung_breslow", lungFit(CoxSpec.of("time", "status", "age + sex + ph.ecog"),
        CoxOptions.defaults().withTies(Ties.BRESLOW)), false);
  }

  @Test
  void robustWithClusterAndWithStrata() {
    // rows with a missing inst are dropped by R as well (cluster(inst) is part of the model frame)
    checkCase("lung_cluster_inst", lungFit(CoxSpec.of("time", "status", "age + sex + ph.ecog").withCluster("inst"),
        CoxOptions.defaults().withRobust(true)), true);
    checkCase("lung_strata_robust", lungFit(CoxSpec.of("time", "status", "age + ph.ecog").withStrata("sex"),
        CoxOptions.defaults().withRobust(true)), true);
    checkCase("rossi_robust", CoxModel.fit(ROSSI, CoxSpec.of("week", "arrest", ROSSI_FORMULA),
        CoxOptions.defaults().withRobust(true)).result(), true);
  }

  @Test
  void categoricalCovariatesAndTheirInteraction() {
    CoxFit f = lungFit(CoxSpec.of("time", "status", "age + ecog_cat"), CoxOptions.defaults());
    assertThat(f.coefficients()).extracting(Coefficient::term)
        .containsExactly("age", "ecog_cat=1", "ecog_cat=2", "ecog_cat=3");
    checkCase("lung_ecog_factor", f, false);
    CoxFit g = lungFit(CoxSpec.of("time", "status", "age + ecog_cat*sexc"), CoxOptions.defaults());
    // R: age ecog_cat1 ecog_cat2 ecog_cat3 sexcM ecog_cat1:sexcM ecog_cat2:sexcM ecog_cat3:sexcM
    assertThat(g.coefficients()).extracting(Coefficient::term).containsExactly("age", "ecog_cat=1", "ecog_cat=2",
        "ecog_cat=3", "sexc=M", "ecog_cat=1:sexc=M", "ecog_cat=2:sexc=M", "ecog_cat=3:sexc=M");
    assertThat(rows("lung_ecog_x_sex", "coef")).extracting(r -> r.get("term")).containsExactly("age", "ecog_cat1",
        "ecog_cat2", "ecog_cat3", "sexcM", "ecog_cat1:sexcM", "ecog_cat2:sexcM", "ecog_cat3:sexcM");
    checkCase("lung_ecog_x_sex", g, false);
  }

  @Test
  void collinearColumnIsNaLikeR() {
    CoxFit f = lungFit(CoxSpec.of("time", "status", "age + sex + age2"), CoxOptions.defaults());
    assertThat(f.coefficient("age2").coef()).isNaN();
    assertThat(f.coefficient("age2").p()).isNaN();
    assertThat(f.tests().lr().df()).isEqualTo(2);
    checkCase("lung_collinear", f, false);
  }

  @Test
  void coxZphMatchesR() {
    checkZph("lung_efron", CoxModel.fit(LUNG, CoxSpec.of("time", "status", "age + sex + ph.ecog"), CoxOptions.defaults()));
    checkZph("lung_breslow", CoxModel.fit(LUNG, CoxSpec.of("time", "status", "age + sex + ph.ecog"),
        CoxOptions.defaults().withTies(Ties.BRESLOW)));
    checkZph("lung_ecog_factor", CoxModel.fit(LUNG, CoxSpec.of("time", "status", "age + ecog_cat"), CoxOptions.defaults()));
    checkZph("lung_strata_sex", CoxModel.fit(LUNG, CoxSpec.of("time", "status", "age + ph.ecog").withStrata("sex"),
        CoxOptions.defaults()));
    // the NA coefficient (age2 = 2·age) is left out, as cox.zph drops it
    checkZph("lung_collinear", CoxModel.fit(LUNG, CoxSpec.of("time", "status", "age + sex + age2"), CoxOptions.defaults()));
    checkZph("rossi_efron", CoxModel.fit(ROSSI, CoxSpec.of("week", "arrest", ROSSI_FORMULA), CoxOptions.defaults()));
  }

  private static void checkZph(String c, CoxModel model) {
    CoxZph.Result zph = model.proportionalHazardsTest();
    List<Map<String, String>> chisq = rows(c, "zph_chisq");
    assertThat(zph.rows()).extracting(CoxZph.Row::term)
        .containsExactlyElementsOf(chisq.stream().map(r -> r.get("term")).toList());
    for (int i = 0; i < chisq.size(); i++) {
      CoxZph.Row row = zph.rows().get(i);
      assertClose(c + " zph chisq " + row.term(), row.chisq(), number(chisq.get(i), "value"), REL);
      assertThat(row.df()).isEqualTo((int) number(rows(c, "zph_df").get(i), "value"));
      assertClose(c + " zph p " + row.term(), row.p(), number(rows(c, "zph_p").get(i), "value"), REL);
    }
  }

  @Test
  void monotoneLikelihoodRunsOutOfIterationsLikeR() {
    // every event has x = 1: the likelihood keeps rising as beta grows (survival tests/infcox.R situation)
    ModelData d = ModelData.builder().numeric("time", new double[] {1, 2, 3, 4, 5, 6, 7, 8})
        .numeric("status", new double[] {1, 0, 1, 0, 1, 0, 1, 0})
        .numeric("x", new double[] {1, 0, 1, 0, 1, 0, 1, 0}).build();
    CoxFit fit = CoxModel.fit(d, CoxSpec.of("time", "status", "x"), CoxOptions.defaults()).result();
    assertClose("coef", fit.coefficient("x").coef(), number(rows("monotone", "coef").get(0), "value"), REL);
    assertClose("loglik", fit.loglik()[1], scalar("monotone", "loglik"), REL);
    assertThat(fit.iterations()).isEqualTo((int) scalar("monotone", "iter"));
    assertThat(fit.converged()).isFalse();
    assertThat(fit.warnings()).containsExactly("Ran out of iterations and did not converge");
  }

  @Test
  void separationWarnsOfAnInfiniteCoefficientLikeR() {
    ModelData d = ModelData.builder().numeric("time", new double[] {1, 2, 3, 4, 5, 6})
        .numeric("status", new double[] {1, 1, 1, 1, 1, 1})
        .numeric("x", new double[] {1, 1, 1, 0, 0, 0}).build();
    CoxFit fit = CoxModel.fit(d, CoxSpec.of("time", "status", "x"), CoxOptions.defaults()).result();
    assertClose("coef", fit.coefficient("x").coef(), number(rows("infinite", "coef").get(0), "value"), REL);
    assertClose("loglik", fit.loglik()[1], scalar("infinite", "loglik"), REL);
    assertThat(fit.iterations()).isEqualTo((int) scalar("infinite", "iter"));
    assertThat(fit.warnings()).containsExactly("Loglik converged before variable 1; coefficient may be infinite.");
  }
}
