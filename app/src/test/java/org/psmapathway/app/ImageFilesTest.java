package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.image.ImageVolume;

/** The CLI's one door to images: DICOM activity, DICOM volumes of interest with their names. */
class ImageFilesTest {

  private static Path fixture(String name) {
    Path fromModule = Path.of("..", "dosimetry", "src", "test", "resources", "dicom", name);
    return Files.exists(fromModule) ? fromModule
        : Path.of("dosimetry", "src", "test", "resources", "dicom", name);
  }

  @Test
  void aSegmentationBringsItsSegmentNames() {
    StringWriter notes = new StringWriter();
    ImageVolume pt = ImageFiles.openActivity(fixture("pt_series"), new PrintWriter(notes, true));
    ImageFiles.Labels voi = ImageFiles.openLabels(fixture("seg_two_segments.dcm"), pt);
    assertThat(voi.names()).isEqualTo(Map.of(1, "lesion 1", 2, "left kidney"));
    assertThat(voi.volume().sameGrid(pt, 1e-6)).isTrue();
    assertThat(notes.toString()).contains("PET_BQML_RESCALE");
  }

  @Test
  void aDicomImageIsNotAVolumeOfInterestAndACtMustBeNifti() {
    ImageVolume pt = ImageFiles.openActivity(fixture("pt_series"), new PrintWriter(new StringWriter()));
    assertThatThrownBy(() -> ImageFiles.openLabels(fixture("pt_implicit_admin.dcm"), pt))
        .isInstanceOf(BadInputException.class).hasMessageContaining("a DICOM PT object");
    assertThatThrownBy(() -> ImageFiles.open(fixture("pt_series"), "HU"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("give this image as NIfTI-1");
  }

  @Test
  void decayCorrectionToTheAdministrationIsUndone() {
    StringWriter notes = new StringWriter();
    ImageVolume atScan = ImageFiles.openActivity(fixture("pt_implicit_admin.dcm"),
        new PrintWriter(notes, true));
    assertThat(notes.toString()).contains("decay correction to the administration undone (factor 0.99");
    assertThat(atScan.unit()).isNotBlank();
  }
}
