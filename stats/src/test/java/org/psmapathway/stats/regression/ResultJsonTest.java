package org.psmapathway.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.stats.descriptive.CategoricalTest;
import org.psmapathway.stats.descriptive.TableOne;

/** Result records serialise with the camelCase field names the JSON output documents. */
class ResultJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] DOSE = {10, 12, 15, 18, 20, 22, 25, 30, 35, 40};
  private static final double[] NON_RESPONSE = {1, 1, 0, 1, 1, 0, 0, 1, 0, 0};

  @Test
  void logisticFit() throws Exception {
    JsonNode node = JSON.valueToTree(
        Logistic.fit(NON_RESPONSE, new double[][] {DOSE}, List.of("doseGy"), true));
    assertThat(node.get("coefficients").get(1).fieldNames()).toIterable()
        .containsExactly("term", "coef", "se", "z", "p", "oddsRatio", "lower", "upper", "aliased");
    assertThat(node.get("coefficients").get(1).get("term").asText()).isEqualTo("doseGy");
    assertThat(node.has("nullDeviance")).isTrue();
    assertThat(node.has("residualDeviance")).isTrue();
    assertThat(node.has("aic")).isTrue();
    assertThat(node.get("iterations").isInt()).isTrue();
  }

  @Test
  void roc() throws Exception {
    JsonNode node = JSON.valueToTree(Roc.analyse(DOSE, NON_RESPONSE, RocDirection.CONTROLS_HIGHER));
    for (String field : List.of("auc", "se", "lower", "upper", "threshold", "sensitivity",
        "specificity", "points")) {
      assertThat(node.has(field)).as(field).isTrue();
    }
    assertThat(node.get("points").get(1).fieldNames()).toIterable()
        .containsExactly("threshold", "sensitivity", "specificity");
  }

  @Test
  void tableOneRows() throws Exception {
    JsonNode node = JSON.valueToTree(TableOne.categorical("response",
        new String[] {"yes", "no", "yes", "no", "no", "yes"},
        new String[] {"A", "A", "A", "B", "B", "B"}, CategoricalTest.AUTO));
    assertThat(node.get("levels").get(0).get("groups").get(0).fieldNames()).toIterable()
        .containsExactly("group", "n", "percent");
    assertThat(node.get("test").get("method").asText())
        .isEqualTo("Fisher's Exact Test for Count Data");
  }
}
