package org.psmapathway.dosimetry.image.nifti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Round trips through the writer and the reader, once through the sform and once through the qform
 * alone (sform_code set to 0), so both encodings of the grid are checked against the original.
 * That nibabel reads the written affine back was checked with nibabel 5.0.0 (docs/dosimetry.md).
 */
class NiftiWriterTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void sformAndQformBothGiveBackTheGrid(int seed) throws Exception {
    ImageVolume original = randomOblique(new Random(seed), seed % 2 == 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NiftiWriter.write(original, out, seed > 2);
    byte[] bytes = out.toByteArray();
    if (seed > 2) {
      bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
    }
    ImageVolume viaSform = NiftiReader.parse(bytes, "s.nii", "Gy");
    byte[] qformOnly = bytes.clone();
    ByteBuffer.wrap(qformOnly).order(ByteOrder.LITTLE_ENDIAN).putShort(254, (short) 0);
    ImageVolume viaQform = NiftiReader.parse(qformOnly, "q.nii", "Gy");
    for (ImageVolume back : new ImageVolume[] {viaSform, viaQform}) {
      assertThat(back.values()).containsExactly(original.values());
      for (int[] ijk : new int[][] {{0, 0, 0}, {6, 0, 0}, {0, 4, 0}, {0, 0, 3}, {6, 4, 3}}) {
        double[] p = NiftiReaderTest.centre(original, ijk[0], ijk[1], ijk[2]);
        double[] q = NiftiReaderTest.centre(back, ijk[0], ijk[1], ijk[2]);
        // float32 storage of the affine: ~1e-7 relative of ~100 mm coordinates
        assertThat(q).containsExactly(p, within(1e-4));
      }
    }
  }

  /** A random rotation (optionally left-handed) with random spacing and origin. */
  static ImageVolume randomOblique(Random r, boolean leftHanded) {
    double[] q = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
    double n = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
    double a = q[0] / n;
    double b = q[1] / n;
    double c = q[2] / n;
    double d = q[3] / n;
    double[][] m = {
        {a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)},
        {2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b)},
        {2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b}};
    double[] direction = new double[9];
    for (int axis = 0; axis < 3; axis++) {
      for (int comp = 0; comp < 3; comp++) {
        direction[3 * axis + comp] = m[comp][axis] * (leftHanded && axis == 2 ? -1 : 1);
      }
    }
    float[] values = new float[7 * 5 * 4];
    for (int v = 0; v < values.length; v++) {
      values[v] = (float) r.nextGaussian();
    }
    return new ImageVolume(7, 5, 4, new double[] {1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble(),
        1 + 4 * r.nextDouble()}, new double[] {200 * r.nextDouble() - 100, 200 * r.nextDouble() - 100,
        200 * r.nextDouble() - 100}, direction, values, "Gy");
  }
}
