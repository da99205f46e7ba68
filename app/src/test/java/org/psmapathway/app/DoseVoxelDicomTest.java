package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.image.dicom.DicomVolumes;
import org.psmapathway.dosimetry.image.dicom.QuantitationOptions;
import org.psmapathway.dosimetry.image.nifti.NiftiWriter;

/**
 * {@code psma dose voxel} on DICOM activity maps: the same doses as on the same maps given as
 * NIfTI, and a DICOM SEG accepted as the volumes of interest on its own grid.
 */
class DoseVoxelDicomTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Path fixture(String name) {
    Path fromModule = Path.of("..", "dosimetry", "src", "test", "resources", "dicom", name);
    return Files.exists(fromModule) ? fromModule
        : Path.of("dosimetry", "src", "test", "resources", "dicom", name);
  }

  @Test
  void dicomAndNiftiOfTheSameMapsGiveTheSameDoses(@TempDir Path dir) throws Exception {
    Path nm = fixture("nm_multiframe_rwvm.dcm");
    ImageVolume activity = DicomVolumes.read(nm, QuantitationOptions.fromFileOnly()).volume();
    // two regions: voxels above and below the map's mean
    double mean = 0;
    for (float v : activity.values()) {
      mean += v / activity.size();
    }
    float[] labels = new float[activity.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = activity.values()[i] > mean ? 1 : 2;
    }
    Path voi = dir.resolve("voi.nii.gz");
    Path nifti = dir.resolve("activity.nii.gz");
    try (OutputStream out = Files.newOutputStream(voi)) {
      NiftiWriter.write(activity.withValues(labels, "label"), out, true);
    }
    try (OutputStream out = Files.newOutputStream(nifti)) {
      NiftiWriter.write(activity, out, true);
    }
    CliRun fromDicom = CliRun.of("dose", "voxel", "--spect", nm + "," + nm, "--hours", "24,96",
        "--voi", voi.toString(), "--method", "led", "--out", dir.resolve("a.nii").toString(),
        "--format", "json");
    CliRun fromNifti = CliRun.of("dose", "voxel", "--spect", nifti + "," + nifti, "--hours",
        "24,96", "--voi", voi.toString(), "--method", "led", "--out",
        dir.resolve("b.nii").toString(), "--format", "json");
    assertThat(fromDicom.exitCode()).as(fromDicom.err()).isZero();
    assertThat(fromNifti.exitCode()).as(fromNifti.err()).isZero();
    JsonNode a = MAPPER.readTree(fromDicom.out()).get("regions");
    JsonNode b = MAPPER.readTree(fromNifti.out()).get("regions");
    assertThat(a).hasSize(2);
    // NIfTI keeps the grid in float32 (4.8 mm becomes 4.7999999 mm): equal to 1e-6 relative
    for (int r = 0; r < 2; r++) {
      assertThat(a.get(r).get("voxels")).isEqualTo(b.get(r).get("voxels"));
      for (String field : new String[] {"massG", "meanGy", "maxGy", "d2Gy", "d50Gy", "d98Gy"}) {
        double expected = b.get(r).get(field).asDouble();
        assertThat(a.get(r).get(field).asDouble()).as(field)
            .isCloseTo(expected, within(Math.abs(expected) * 1e-6));
      }
    }
    assertThat(a.get(0).get("meanGy").asDouble()).isGreaterThan(a.get(1).get("meanGy").asDouble());
    assertThat(fromDicom.err()).contains("REAL_WORLD_VALUE_MAPPING").contains("reversed");
  }

  @Test
  void aSegmentationOnAnotherGridIsRefusedByName(@TempDir Path dir) {
    Path nm = fixture("nm_multiframe_rwvm.dcm");
    Path seg = fixture("seg_two_segments.dcm");
    Path out = dir.resolve("dose.nii");
    CliRun run = CliRun.of("dose", "voxel", "--spect", nm + "," + nm, "--hours", "24,96", "--voi",
        seg.toString(), "--method", "led", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("seg_two_segments.dcm").contains("reference grid")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void negativeActivityInADicomSeriesIsBadInput(@TempDir Path dir) {
    Path pt = fixture("pt_series");
    CliRun run = CliRun.of("dose", "voxel", "--spect", pt + "," + pt, "--hours", "24,96", "--voi",
        fixture("seg_two_segments.dcm").toString(), "--method", "led", "--out",
        dir.resolve("dose.nii").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("pt_series").contains("expected a finite value ≥ 0");
  }
}
