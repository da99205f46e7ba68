package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.dosimetry.Lutetium177;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.image.nifti.NiftiReader;

/** {@code psma dose voxel} on the synthetic example of examples/dosimetry. */
class DoseVoxelCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Path example(String name) {
    Path fromModule = Path.of("..", "examples", "dosimetry", name);
    return Files.exists(fromModule) ? fromModule : Path.of("examples", "dosimetry", name);
  }

  static String spect() {
    return example("spect-4h.nii.gz") + "," + example("spect-24h.nii.gz") + "," + example("spect-96h.nii.gz");
  }

  @Test
  void ledOfAUniformRegionIsTheHandComputedDose(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("dose.nii.gz");
    CliRun run = CliRun.of("dose", "voxel", "--spect", spect(), "--hours", "4,24,96", "--voi",
        example("voi.nii.gz").toString(), "--method", "led", "--out", out.toString(), "--format", "json",
        "--injected-mbq", "7400");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    JsonNode kidney = json.get("regions").get(0);
    assertThat(kidney.get("region").asText()).isEqualTo("1");
    // The example's kidney: C(e^(−λw t) − e^(−λu t)) Bq/mL, C = 2e5, T_w = 60 h (+ physical), T_u = 2 h;
    // integrate the three samples by the per-voxel rule and apply LED at 1.04 g/mL.
    double lp = Lutetium177.DECAY_CONSTANT_PER_HOUR;
    double[] t = {4, 24, 96};
    double[] a = new double[3];
    for (int n = 0; n < 3; n++) {
      a[n] = (float) (2.0e5 * (Math.exp(-(lp + Math.log(2) / 60) * t[n]) - Math.exp(-Math.log(2) / 2 * t[n])));
    }
    double tiaBqHPerMl = a[0] * 2 + (a[0] + a[1]) * 10 + (a[1] + a[2]) * 36
        + a[2] / Math.max(lp, Math.log(a[1] / a[2]) / 72);
    double expectedGy = tiaBqHPerMl * 1e-6 * Lutetium177.LOCAL_DEPOSITION_GY_G_PER_MBQ_H / 1.04;
    assertThat(kidney.get("meanGy").asDouble()).isCloseTo(expectedGy, within(expectedGy * 1e-5));
    assertThat(kidney.get("d50Gy").asDouble()).isCloseTo(expectedGy, within(expectedGy * 1e-5));
    assertThat(kidney.get("gyPerGBq").asDouble()).isCloseTo(expectedGy / 7.4, within(expectedGy * 1e-5));
    assertThat(kidney.get("dvh")).hasSize(101);
    assertThat(kidney.get("massG").asDouble())
        .isCloseTo(kidney.get("volumeMl").asDouble() * 1.04, within(1e-9));
    ImageVolume dose = NiftiReader.read(out, "Gy");
    ImageVolume voi = NiftiReader.read(example("voi.nii.gz"), "label");
    assertThat(dose.sameGrid(voi, 1e-4)).isTrue();
  }

  @Test
  void kernelDoseWithCtIsWrittenAndReported(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("dose.nii");
    CliRun run = CliRun.of("dose", "voxel", "--spect", spect(), "--hours", "4,24,96", "--ct",
        example("ct.nii.gz").toString(), "--voi", example("voi.nii.gz").toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("voxel-S-value kernel (published normalisation, density-corrected)")
        .contains("D98 Gy");
    assertThat(Files.size(out)).isEqualTo(352 + 4L * 24 * 24 * 20);
    assertThat(dir.toFile().list()).containsExactly("dose.nii");
  }

  @Test
  void badInputLeavesNothingBehind(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("dose.nii.gz");
    // a mask on another grid: exit 1, named, no dose file
    Path ct = example("ct.nii.gz");
    CliRun wrongMask = CliRun.of("dose", "voxel", "--spect", spect(), "--hours", "4,24,96", "--voi",
        NiftiReaderFixture.labels().toString(), "--out", out.toString());
    assertThat(wrongMask.exitCode()).isEqualTo(1);
    assertThat(wrongMask.err()).contains("the VOI mask is not on the grid of the dose map");
    CliRun beforeInjection = CliRun.of("dose", "voxel", "--spect", spect(), "--hours", "0,24,96", "--voi",
        ct.toString(), "--out", out.toString());
    assertThat(beforeInjection.exitCode()).isEqualTo(1);
    assertThat(beforeInjection.err()).contains("scan times must be after injection");
    CliRun counts = CliRun.of("dose", "voxel", "--spect", spect(), "--hours", "4,24", "--voi",
        ct.toString(), "--out", out.toString());
    assertThat(counts.exitCode()).isEqualTo(2);
    assertThat(counts.err()).contains("3 --spect files but 2 --hours");
    CliRun missing = CliRun.of("dose", "voxel", "--spect", dir.resolve("none.nii.gz").toString(),
        "--hours", "4", "--voi", ct.toString(), "--out", out.toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("none.nii.gz: no such file");
    assertThat(dir.toFile().list()).isEmpty();
  }

  /** A label mask on a grid other than the example's: the NIfTI reader test's fixture. */
  static final class NiftiReaderFixture {
    static Path labels() throws Exception {
      Path p = Path.of("..", "dosimetry", "src", "test", "resources", "nifti", "labels_uint8.nii.gz");
      return Files.exists(p) ? p : Path.of("dosimetry", "src", "test", "resources", "nifti", "labels_uint8.nii.gz");
    }
  }

  @Test
  void regionNamesReplaceLabelNumbers(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("dose", "voxel", "--spect", spect(), "--hours", "4,24,96", "--voi",
        example("voi.nii.gz").toString(), "--method", "led", "--region-names", "1=kidney,2=lesion",
        "--out", dir.resolve("dose.nii.gz").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode regions = MAPPER.readTree(run.out()).get("regions");
    assertThat(regions.get(0).get("region").asText()).isEqualTo("kidney");
    assertThat(regions.get(0).get("label").asInt()).isEqualTo(1);
    assertThat(regions.get(1).get("region").asText()).isEqualTo("lesion");
  }
}
