package org.psmapathway.dosimetry.image.nifti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Fixtures written by nibabel 5.0.0 ({@code src/test/resources/nifti/make_fixtures.py}); the
 * expected geometry and values are what nibabel reads back ({@code expected.txt}: get_best_affine
 * in RAS, get_fdata with x fastest).
 */
class NiftiReaderTest {

  private static final Map<String, Map<String, double[]>> EXPECTED = expected();

  @ParameterizedTest
  @ValueSource(strings = {"oblique_float32.nii.gz", "scaled_int16.nii.gz", "qform_only_float64.nii.gz",
      "bigendian_int32.nii", "labels_uint8.nii.gz"})
  void readsGeometryAndValuesAsNibabelWroteThem(String name) throws Exception {
    ImageVolume v = NiftiReader.read(fixture(name), "x");
    Map<String, double[]> e = EXPECTED.get(name);
    double[] shape = e.get("shape");
    assertThat(new int[] {v.nx(), v.ny(), v.nz()})
        .containsExactly((int) shape[0], (int) shape[1], (int) shape[2]);
    double[] a = e.get("affine");
    // Every voxel centre: nibabel's RAS position A·(i, j, k, 1) with x and y negated is ours in LPS.
    for (int k = 0; k < v.nz(); k++) {
      for (int j = 0; j < v.ny(); j++) {
        for (int i = 0; i < v.nx(); i++) {
          double[] lps = centre(v, i, j, k);
          double rasX = a[0] * i + a[1] * j + a[2] * k + a[3];
          double rasY = a[4] * i + a[5] * j + a[6] * k + a[7];
          double rasZ = a[8] * i + a[9] * j + a[10] * k + a[11];
          assertThat(lps[0]).isCloseTo(-rasX, within(1e-9));
          assertThat(lps[1]).isCloseTo(-rasY, within(1e-9));
          assertThat(lps[2]).isCloseTo(rasZ, within(1e-9));
        }
      }
    }
    double[] values = e.get("values");
    assertThat(v.size()).isEqualTo(values.length);
    for (int n = 0; n < values.length; n++) {
      assertThat(v.values()[n]).as("voxel %d", n).isEqualTo((float) values[n]);
    }
  }

  @Test
  void flippedAxisIsAnLpsDirectionWithThePositiveSpacing() throws Exception {
    ImageVolume v = NiftiReader.read(fixture("scaled_int16.nii.gz"), "Bq/mL");
    // RAS column (−4.42, 0, 0): along L→… in RAS −x is +x in LPS, so the first axis points to +L.
    assertThat(v.spacing()).containsExactly(new double[] {4.42, 4.42, 4.42}, within(1e-6));
    assertThat(v.direction()).containsExactly(new double[] {1, 0, 0, 0, -1, 0, 0, 0, 1}, within(1e-12));
    assertThat(v.origin()).containsExactly(-70.0, 80.0, -50.0);
    // scaled int16: raw −300 · 0.5 − 10
    assertThat(v.values()[0]).isEqualTo(-160f);
    assertThat(v.unit()).isEqualTo("Bq/mL");
  }

  @Test
  void obliqueSpacingIsTheColumnLength() throws Exception {
    ImageVolume v = NiftiReader.read(fixture("oblique_float32.nii.gz"), "x");
    assertThat(v.spacing()).containsExactly(new double[] {2.5, 3.0, 4.0}, within(1e-6));
  }

  @Test
  void rejectsWhatItCannotRead(@TempDir Path dir) throws Exception {
    byte[] good = NiftiWriter.header(new ImageVolume(1, 1, 1, new double[] {1, 1, 1},
        new double[3], new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new float[] {1f}, "x"));
    byte[] withData = java.util.Arrays.copyOf(good, good.length + 4);

    byte[] nifti2 = withData.clone();
    java.nio.ByteBuffer.wrap(nifti2).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, 540);
    assertThatThrownBy(() -> NiftiReader.parse(nifti2, "a.nii", "x"))
        .isInstanceOf(NiftiFormatException.class).hasMessageContaining("a.nii: sizeof_hdr is 540 (NIfTI-2");

    byte[] fourD = withData.clone();
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(fourD).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.putShort(40, (short) 4);
    b.putShort(48, (short) 3);
    assertThatThrownBy(() -> NiftiReader.parse(fourD, "t.nii", "x"))
        .hasMessageContaining("t.nii: dim[4] = 3; one 3-D volume per file");

    byte[] complex = withData.clone();
    java.nio.ByteBuffer.wrap(complex).order(java.nio.ByteOrder.LITTLE_ENDIAN).putShort(70, (short) 32);
    assertThatThrownBy(() -> NiftiReader.parse(complex, "c.nii", "x"))
        .hasMessageContaining("c.nii: datatype 32 is not supported");

    assertThatThrownBy(() -> NiftiReader.parse(good, "short.nii", "x"))
        .hasMessageContaining("short.nii: 352 bytes, expected at least 356");

    Path notNifti = dir.resolve("n.nii");
    Files.write(notNifti, new byte[400]);
    assertThatThrownBy(() -> NiftiReader.read(notNifti, "x")).isInstanceOf(NiftiFormatException.class)
        .hasMessageContaining("sizeof_hdr is 0, expected 348");
  }

  static double[] centre(ImageVolume v, int i, int j, int k) {
    double[] d = v.direction();
    double[] s = v.spacing();
    double[] o = v.origin();
    double[] p = new double[3];
    for (int c = 0; c < 3; c++) {
      p[c] = o[c] + i * s[0] * d[c] + j * s[1] * d[3 + c] + k * s[2] * d[6 + c];
    }
    return p;
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(NiftiReaderTest.class.getResource("/nifti/" + name).toURI());
  }

  private static Map<String, Map<String, double[]>> expected() {
    Map<String, Map<String, double[]>> m = new HashMap<>();
    try (InputStream in = NiftiReaderTest.class.getResourceAsStream("/nifti/expected.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines) {
        String[] f = line.trim().split(" ");
        double[] numbers = new double[f.length - 2];
        for (int n = 2; n < f.length; n++) {
          numbers[n - 2] = Double.parseDouble(f[n]);
        }
        m.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], numbers);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }
}
