package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psma dose inspect} on the DICOM examples, and its refusals. */
class DoseInspectCommandTest {

  @TempDir
  Path tmp;

  private static Path example(String name) {
    Path fromModule = Path.of("..", "examples", "dosimetry", "dicom", name);
    return Files.exists(fromModule) ? fromModule : Path.of("examples", "dosimetry", "dicom", name);
  }

  @Test
  void textShowsGeometryDecodePathAndTiming() {
    CliRun run = CliRun.of("dose", "inspect", example("spect-rwvm.dcm").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("NM, 12 × 10 × 6 voxels of 4.5 × 4.0 × 4.8 mm")
        .contains("origin (LPS, mm)   -85.6 -139.7 80.25")
        .contains("axes (LPS)         i [0.8 0.6 0.0]  j [0.0 0.0 -1.0]  k [-0.6 0.8 0.0]")
        .contains("Bq/mL via REAL_WORLD_VALUE_MAPPING")
        .contains("acquisition        2026-03-10T10:15")
        .contains("injection          2026-03-09T08:30 (25.75 h before acquisition)")
        .contains("injected activity  7400 MBq")
        .contains("decay correction   NOT_STATED (factor to undo: unknown)")
        .contains("note: Spacing Between Slices is negative");
  }

  @Test
  void jsonForASeriesFolder() throws IOException {
    CliRun run = CliRun.of("dose", "inspect", example("pet-series").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertThat(j.get("modality").asText()).isEqualTo("PT");
    assertThat(j.get("nz").asInt()).isEqualTo(7);
    assertThat(j.get("spacingMm").get(2).asDouble()).isCloseTo(3.27, within(1e-12));
    assertThat(j.get("decoding").asText()).isEqualTo("PET_BQML_RESCALE");
    assertThat(j.get("decayCorrection").asText()).isEqualTo("START");
    assertThat(j.get("decayCorrectionUndoFactor").asDouble()).isEqualTo(1.0);
    assertThat(j.get("hoursAfterInjection").asDouble()).isEqualTo(1.9166666666666667, within(1e-12));
    assertThat(j.get("injectedActivityMBq").asDouble()).isEqualTo(250.0);
    assertThat(j.get("notes").size()).isPositive();
  }

  @Test
  void nonDicomAndMissingPathsAreBadInputWithoutStackTrace() throws IOException {
    Path text = tmp.resolve("spect.nii");
    Files.writeString(text, "not dicom");
    CliRun run = CliRun.of("dose", "inspect", text.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("spect.nii: not a DICOM Part-10 file").doesNotContain("at org.");
    CliRun missing = CliRun.of("dose", "inspect", tmp.resolve("absent").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("absent: no such file or folder");
  }

  @Test
  void countsNeedBothCalibrationOptions() {
    CliRun run = CliRun.of("dose", "inspect", example("spect-rwvm.dcm").toString(), "--cps-per-mbq", "9.6");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cps-per-mbq and --duration-s go together");
  }
}
