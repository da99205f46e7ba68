package org.psmapathway.dosimetry.image.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * RT Structure Set contours drawn on the PT grid, against voxel sets computed in numpy by a
 * half-plane test of each convex polygon (outer minus inner rectangle for the ROI with a hole),
 * not by scan lines.
 */
class DicomStructureSetTest {

  private static ImageVolume ptGrid() throws IOException {
    return DicomVolumes.read(Fixtures.file("pt_series"), QuantitationOptions.fromFileOnly()).volume();
  }

  @Test
  void closedPlanarContoursWithAHoleBecomeLabels() throws IOException {
    JsonNode e = Fixtures.expected("rtstruct_on_pt_grid.dcm");
    ImageVolume grid = ptGrid();
    Segmentation s = DicomVolumes.readStructureSet(Fixtures.file("rtstruct_on_pt_grid.dcm"), grid, Set.of());
    ImageVolume labels = s.labels();
    assertThat(s.type()).isEqualTo("RTSTRUCT");
    long labelled = 0;
    for (float f : labels.values()) {
      labelled += f != 0 ? 1 : 0;
    }
    assertThat(labelled).isEqualTo(e.get("labelled").size());
    for (JsonNode voxel : e.get("labelled")) {
      double[] p = {voxel.get(0).asDouble(), voxel.get(1).asDouble(), voxel.get(2).asDouble()};
      assertThat(labels.values()[Fixtures.voxelAt(labels, p)]).as("label at " + voxel)
          .isEqualTo(voxel.get(3).floatValue());
    }
    JsonNode counts = e.get("counts");
    assertThat(s.segments()).containsExactly(
        new Segmentation.Segment(1, "lesion", counts.get("1").asLong()),
        new Segmentation.Segment(2, "kidney", counts.get("2").asLong()),
        new Segmentation.Segment(3, "triangle", counts.get("3").asLong()),
        new Segmentation.Segment(4, "marker", 0));
    assertThat(counts.get("2").asLong()).isEqualTo(24 - 4); // the hole is left out
  }

  @Test
  void roisCanBeChosenByName() throws IOException {
    Segmentation s = DicomVolumes.readStructureSet(Fixtures.file("rtstruct_on_pt_grid.dcm"), ptGrid(),
        Set.of("kidney"));
    assertThat(s.segments()).extracting(Segmentation.Segment::label).containsExactly("kidney");
    for (float f : s.labels().values()) {
      assertThat(f).isIn(0f, 2f);
    }
    assertThatThrownBy(() -> DicomVolumes.readStructureSet(Fixtures.file("rtstruct_on_pt_grid.dcm"),
        ptGrid(), Set.of("spleen")))
        .isInstanceOf(DicomFormatException.class).hasMessageContaining("no ROI named 'spleen'");
  }

  @Test
  void contourBetweenSlicesIsRefused() {
    assertThatThrownBy(() -> DicomVolumes.readStructureSet(Fixtures.file("rtstruct_off_grid.dcm"),
        ptGrid(), Set.of()))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("rtstruct_off_grid.dcm")
        .hasMessageContaining("contour 1 of ROI 1 'lesion'")
        .hasMessageContaining("slice index 2.49") // z written with 2 decimals
        .hasMessageContaining("not on a slice 0..6");
  }
}
