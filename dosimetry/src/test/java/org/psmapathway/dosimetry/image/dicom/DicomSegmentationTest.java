package org.psmapathway.dosimetry.image.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.image.ImageVolume;

/** DICOM SEG onto the PT grid it was drawn on, against the voxels pydicom/numpy unpacked. */
class DicomSegmentationTest {

  private static ImageVolume ptGrid() throws IOException {
    return DicomVolumes.read(Fixtures.file("pt_series"), QuantitationOptions.fromFileOnly()).volume();
  }

  @Test
  void twoSegmentsBecomeLabelsOneAndTwo() throws IOException {
    JsonNode e = Fixtures.expected("seg_two_segments.dcm");
    ImageVolume grid = ptGrid();
    Segmentation seg = DicomVolumes.readSegmentation(Fixtures.file("seg_two_segments.dcm"), grid);
    ImageVolume labels = seg.labels();
    assertThat(labels.sameGrid(grid, 0)).isTrue();
    assertThat(labels.unit()).isEqualTo("label");
    assertThat(seg.type()).isEqualTo("BINARY");
    long[] counts = assertLabels(labels, e);
    assertThat(seg.segments()).containsExactly(
        new Segmentation.Segment(1, "lesion 1", counts[1]), new Segmentation.Segment(2, "left kidney", counts[2]));
  }

  @Test
  void fractionalSegmentsAreLabelledFromOneHalf() throws IOException {
    JsonNode e = Fixtures.expected("seg_fractional.dcm");
    Segmentation seg = DicomVolumes.readSegmentation(Fixtures.file("seg_fractional.dcm"), ptGrid());
    assertThat(seg.type()).isEqualTo("FRACTIONAL");
    long[] counts = assertLabels(seg.labels(), e);
    assertThat(counts[1]).isPositive();
    assertThat(counts[2]).isPositive();
    // pixel (row 0, column 0..2) of the lesion frame holds 127, 128, 255 of 255
    ImageVolume v = seg.labels();
    assertThat(v.values()[v.index(0, 0, 1)]).isNotEqualTo(1f);
    assertThat(v.values()[v.index(1, 0, 1)]).isEqualTo(1f);
    assertThat(v.values()[v.index(2, 0, 1)]).isEqualTo(1f);
  }

  /** Every voxel pydicom/numpy labelled has its label and no other voxel is labelled; {0, n1, n2}. */
  private static long[] assertLabels(ImageVolume labels, JsonNode e) {
    for (JsonNode voxel : e.get("labelled")) {
      double[] p = {voxel.get(0).asDouble(), voxel.get(1).asDouble(), voxel.get(2).asDouble()};
      assertThat(labels.values()[Fixtures.voxelAt(labels, p)]).as("label at " + voxel).isEqualTo(voxel.get(3).floatValue());
    }
    long ones = 0;
    long twos = 0;
    for (float f : labels.values()) {
      ones += f == 1 ? 1 : 0;
      twos += f == 2 ? 1 : 0;
    }
    assertThat(ones + twos).isEqualTo(e.get("labelled").size());
    assertThat(ones).isEqualTo(e.get("counts").get("1").asLong());
    assertThat(twos).isEqualTo(e.get("counts").get("2").asLong());
    return new long[] {0, ones, twos};
  }

  @Test
  void frameBeyondTheLastSliceIsOutsideTheGrid() {
    assertThatThrownBy(() -> DicomVolumes.readSegmentation(Fixtures.file("seg_outside_grid.dcm"), ptGrid()))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("seg_outside_grid.dcm")
        .hasMessageContaining("frame 2 (segment 2)")
        .hasMessageContaining("outside the reference grid")
        .hasMessageContaining("9.0") // two slices past the last (index 6)
        .hasMessageContaining("0..6");
  }

  @Test
  void gridOfAnotherSizeIsRefused() throws IOException {
    ImageVolume nm = DicomVolumes.read(Fixtures.file("nm_multiframe_rwvm.dcm"),
        QuantitationOptions.fromFileOnly()).volume();
    assertThatThrownBy(() -> DicomVolumes.readSegmentation(Fixtures.file("seg_two_segments.dcm"), nm))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("SEG frames are 7 rows × 9 columns; the reference grid is 10 × 12");
  }

  @Test
  void shiftedGridPutsFramesOffItsSlices() throws IOException {
    ImageVolume grid = ptGrid();
    double[] origin = grid.origin().clone();
    origin[2] += 1.0; // a third of a slice
    ImageVolume shifted = new ImageVolume(grid.nx(), grid.ny(), grid.nz(), grid.spacing(), origin,
        grid.direction(), grid.values(), grid.unit());
    assertThatThrownBy(() -> DicomVolumes.readSegmentation(Fixtures.file("seg_two_segments.dcm"), shifted))
        .isInstanceOf(DicomFormatException.class).hasMessageContaining("frame 1 (segment 1)")
        .hasMessageContaining("outside the reference grid");
  }
}
