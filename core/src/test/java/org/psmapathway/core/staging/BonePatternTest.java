package org.psmapathway.core.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BonePatternTest {

  @ParameterizedTest(name = "{0} bone lesions, dmi={1} -> {2}")
  @CsvSource({
    "0, false, ",
    "1, false, UNIFOCAL",
    "2, false, OLIGOMETASTATIC",
    "3, false, OLIGOMETASTATIC",
    "4, false, DISSEMINATED",
    "40, false, DISSEMINATED",
    "0, true, DIFFUSE_MARROW_INVOLVEMENT",
    "1, true, DIFFUSE_MARROW_INVOLVEMENT",
    "12, true, DIFFUSE_MARROW_INVOLVEMENT"
  })
  void patternOfCount(int lesions, boolean dmi, BonePattern expected) {
    assertThat(BonePattern.of(lesions, dmi)).isEqualTo(expected);
  }

  @Test
  void codesAreThePromiseCodes() {
    assertThat(BonePattern.values())
        .extracting(BonePattern::code)
        .containsExactly("uni", "oligo", "diss", "dmi");
  }

  @Test
  void negativeCountIsRejected() {
    assertThatThrownBy(() -> BonePattern.of(-1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("boneLesions must be ≥ 0, was -1");
  }
}
