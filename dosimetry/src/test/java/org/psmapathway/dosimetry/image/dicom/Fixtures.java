package org.psmapathway.dosimetry.image.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * The files of src/test/resources/dicom, written by pydicom 2.3.1 (make_fixtures.py), and
 * expected.json: what pydicom and numpy say they hold.
 */
final class Fixtures {

  private Fixtures() {}

  static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/dicom/expected.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  static JsonNode expected(String name) {
    try {
      JsonNode node = new ObjectMapper().readTree(file("expected.json").toFile()).get(name);
      assertThat(node).as("expected.json entry " + name).isNotNull();
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /**
   * Index of the voxel centred at {@code lps}: the position is projected on the grid axes and must
   * fall on a voxel centre within 1e-6 voxel, inside the grid.
   */
  static int voxelAt(ImageVolume v, double[] lps) {
    int[] ijk = new int[3];
    int[] n = {v.nx(), v.ny(), v.nz()};
    for (int a = 0; a < 3; a++) {
      double along = 0;
      for (int c = 0; c < 3; c++) {
        along += (lps[c] - v.origin()[c]) * v.direction()[3 * a + c];
      }
      double index = along / v.spacing()[a];
      ijk[a] = (int) Math.round(index);
      assertThat(index).as("axis " + a + " index of " + java.util.Arrays.toString(lps)).isCloseTo(ijk[a], within(1e-6));
      assertThat(ijk[a]).as("axis " + a + " index").isBetween(0, n[a] - 1);
    }
    return v.index(ijk[0], ijk[1], ijk[2]);
  }

  /** Dimensions, spacing, origin and direction as expected.json has them. */
  static void assertGrid(ImageVolume v, JsonNode e) {
    assertThat(new int[] {v.nx(), v.ny(), v.nz()})
        .containsExactly(e.get("nx").asInt(), e.get("ny").asInt(), e.get("nz").asInt());
    assertThat(v.spacing()).containsExactly(doubles(e.get("spacing")), within(1e-12));
    assertThat(v.origin()).containsExactly(doubles(e.get("origin")), within(1e-9));
    assertThat(v.direction()).containsExactly(doubles(e.get("direction")), within(1e-12));
  }

  /** Every sample's voxel holds the real-world value pydicom/numpy computed, rounded to float. */
  static void assertSamples(ImageVolume v, JsonNode e, double factor) {
    assertThat(e.get("samples").size()).isGreaterThanOrEqualTo(4);
    for (JsonNode s : e.get("samples")) {
      int index = voxelAt(v, doubles(s.get("position")));
      assertThat(v.values()[index]).as("voxel of sample " + s)
          .isEqualTo((float) (s.get("value").asDouble() * factor));
    }
  }
}
