package org.psmapathway.dosimetry.image.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** DA, TM and DT values as PS3.5 §6.2 defines them, including the truncated and old forms. */
class DicomDateTimeTest {

  @Test
  void dates() {
    assertThat(DicomDateTime.date("20260310")).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(DicomDateTime.date("2026.03.10")).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThatThrownBy(() -> DicomDateTime.date("202603")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void timesWithOptionalComponentsAndFractions() {
    assertThat(DicomDateTime.time("101500.25")).isEqualTo(LocalTime.of(10, 15, 0, 250_000_000));
    assertThat(DicomDateTime.time("1015")).isEqualTo(LocalTime.of(10, 15));
    assertThat(DicomDateTime.time("10")).isEqualTo(LocalTime.of(10, 0));
    assertThat(DicomDateTime.time("10:15:30")).isEqualTo(LocalTime.of(10, 15, 30));
    assertThat(DicomDateTime.time("235960")).isEqualTo(LocalTime.of(23, 59, 59)); // leap second
    assertThatThrownBy(() -> DicomDateTime.time("101")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void dateTimesDropTheUtcOffset() {
    assertThat(DicomDateTime.dateTime("20260309083000.00")).isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 30));
    assertThat(DicomDateTime.dateTime("20260309083000+0100")).isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 30));
    assertThat(DicomDateTime.dateTime("202603090830-0500")).isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 30));
    assertThat(DicomDateTime.dateTime("20260309")).isEqualTo(LocalDateTime.of(2026, 3, 9, 0, 0));
  }

  @Test
  void optionsRefuseNonPositiveCalibrations() {
    QuantitationOptions o = QuantitationOptions.fromFileOnly();
    assertThatThrownBy(() -> o.withCalibration(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calibrationBqPerMlPerUnit");
    assertThatThrownBy(() -> o.withCountsCalibration(10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("go together");
    assertThatThrownBy(() -> o.withCountsCalibration(-1, 60))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("countsCalibrationCpsPerMBq");
  }
}
