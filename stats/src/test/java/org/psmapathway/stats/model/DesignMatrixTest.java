package org.psmapathway.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesignMatrixTest {

  private static final ModelData DATA = ModelData.builder()
      .numeric("age", new double[] {50, 60, Double.NaN, 70, 80})
      .categorical("stage", new String[] {"b", "a", "c", null, "c"})
      .categorical("arm", new String[] {"x", "y", "x", "y", "y"}, "y")
      .numeric("time", new double[] {1, 2, 3, 4, Double.NaN})
      .build();

  @Test
  void dropsRowsWithAMissingValueInAnyUsedColumn() {
    DesignMatrix m = DesignMatrix.build(DATA, Formula.parse("age + stage"), "time");
    assertThat(m.rows()).isEqualTo(2);
    assertThat(m.dropped()).isEqualTo(3);
    assertThat(m.sourceRows()).containsExactly(0, 1);
    // unused columns do not drop rows
    assertThat(DesignMatrix.build(DATA, Formula.parse("arm")).dropped()).isZero();
  }

  @Test
  void categoricalIsTreatmentCodedAgainstTheFirstSortedLevelOrTheGivenOne() {
    DesignMatrix m = DesignMatrix.build(DATA, Formula.parse("stage + arm"));
    // rows 0,1,2,4 kept (stage missing in row 3); levels a < b < c; arm reference y
    assertThat(m.names()).containsExactly("stage=b", "stage=c", "arm=x");
    assertThat(m.column(0)).containsExactly(1, 0, 0, 0);
    assertThat(m.column(1)).containsExactly(0, 0, 1, 1);
    assertThat(m.column(2)).containsExactly(1, 0, 1, 0);
  }

  @Test
  void starExpandsToMainEffectsAndInteractionInModelMatrixOrder() {
    DesignMatrix m = DesignMatrix.build(DATA, Formula.parse("age*stage"));
    assertThat(m.names()).containsExactly("age", "stage=b", "stage=c", "age:stage=b", "age:stage=c");
    assertThat(m.column(3)).containsExactly(50, 0, 0); // rows 0, 1, 4 (age or stage missing in 2, 3)
    assertThat(m.termColumns(2)).containsExactly(3, 4);
    assertThat(m.terms()).extracting(Formula.Term::label).containsExactly("age", "stage", "age:stage");
  }

  @Test
  void interactionWithoutItsMarginUsesIndicatorsForEveryLevelLikeR() {
    // model.matrix(~ age + age:arm): arm's margin (age:arm without arm = age) is present -> contrasts;
    // model.matrix(~ age:arm) alone: margin 'age' absent -> arm gets both indicators
    assertThat(DesignMatrix.build(DATA, Formula.parse("age + age:arm")).names()).containsExactly("age", "age:arm=x");
    assertThat(DesignMatrix.build(DATA, Formula.parse("age:arm")).names()).containsExactly("age:arm=y", "age:arm=x");
  }

  @Test
  void formulaOrdersTermsByOrderAndVariablesByFirstAppearance() {
    assertThat(Formula.parse("~ a:b + c + b*a").terms()).extracting(Formula.Term::label)
        .containsExactly("c", "b", "a", "a:b"); // R: terms(~ a:b + c + b*a)
    assertThat(Formula.parse("sex + age:sex").terms()).extracting(Formula.Term::label).containsExactly("sex", "sex:age");
  }

  @Test
  void badInputNamesTheArgument() {
    assertThatThrownBy(() -> DesignMatrix.build(DATA, Formula.parse("age + weight")))
        .hasMessageContaining("'weight'");
    assertThatThrownBy(() -> Formula.parse("age + + sex")).hasMessageContaining("empty term");
    assertThatThrownBy(() -> ModelData.builder().numeric("a", new double[2]).numeric("b", new double[3]))
        .hasMessageContaining("'b'").hasMessageContaining("expected 2");
    ModelData bad = ModelData.builder().categorical("g", new String[] {"u", "v"}, "w").build();
    assertThatThrownBy(() -> DesignMatrix.build(bad, Formula.parse("g"))).hasMessageContaining("reference level 'w'");
  }
}
