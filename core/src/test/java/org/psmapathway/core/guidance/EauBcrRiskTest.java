package org.psmapathway.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psmapathway.core.psa.DoublingTime;
import org.psmapathway.core.psa.DoublingTimeStatus;
import org.psmapathway.core.record.Diagnosis;

/** EAU BCR risk groups at and around their boundaries (PSADT 12 months, ISUP 4). */
class EauBcrRiskTest {

  @ParameterizedTest(name = "PSADT {0} months, ISUP {1} -> {2}")
  @CsvSource(nullValues = "NA", value = {
      "12.0, 3, HIGH", "12.01, 3, LOW", "30, 4, HIGH", "30, 5, HIGH", "5, 1, HIGH",
      "NA, 3, UNDETERMINED", "NA, 4, HIGH", "30, NA, UNDETERMINED", "6, NA, HIGH"})
  void groups(Double months, Integer isup, EauBcrRisk.Group expected) {
    DoublingTime psadt = months == null
        ? new DoublingTime(DoublingTimeStatus.INSUFFICIENT_DATA, null, null, null, null,
            List.of(), "fewer than 2 detectable values")
        : new DoublingTime(DoublingTimeStatus.OK, null, months, Math.log(2) / (months * 30.4375),
            1.0, List.of(), null);
    EauBcrRisk.Result r = EauBcrRisk.of(psadt, new Diagnosis(null, isup, null, null));
    assertThat(r.group()).isEqualTo(expected);
    assertThat(r.rationale()).hasSize(2);
  }
}
