package org.psmapathway.dosimetry.image.nifti;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Writes an {@link ImageVolume} as a single-file NIfTI-1 image: little-endian, float32 values, no
 * scaling, both sform and qform set (code 1, scanner anatomical) to the same voxel-to-RAS affine so
 * that readers preferring either (nibabel prefers the sform, some viewers the qform) agree.
 */
public final class NiftiWriter {

  private static final int VOX_OFFSET = 352;
  private static final short DT_FLOAT32 = 16;
  private static final short NIFTI_XFORM_SCANNER_ANAT = 1;
  private static final byte NIFTI_UNITS_MM = 2;

  private NiftiWriter() {}

  /** Writes {@code image} to {@code out}, gzip-compressed when {@code gzip}. */
  public static void write(ImageVolume image, OutputStream out, boolean gzip) throws IOException {
    OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    OutputStream buffered = new BufferedOutputStream(target, 1 << 16);
    buffered.write(header(image));
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : image.values()) {
      if (!chunk.hasRemaining()) {
        buffered.write(chunk.array(), 0, chunk.position());
        chunk.clear();
      }
      chunk.putFloat(v);
    }
    buffered.write(chunk.array(), 0, chunk.position());
    buffered.flush();
    if (gzip) {
      ((GZIPOutputStream) target).finish();
    }
    out.flush();
  }

  /** Whether a file name asks for gzip compression ({@code .nii.gz}). */
  public static boolean gzipFor(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  /** The 348-byte header plus the 4-byte empty extension flag. */
  static byte[] header(ImageVolume image) {
    ByteBuffer h = ByteBuffer.allocate(VOX_OFFSET).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(0, NiftiReader.HEADER_SIZE);
    int[] dims = {image.nx(), image.ny(), image.nz()};
    for (int d : dims) {
      if (d > Short.MAX_VALUE) {
        throw new IllegalArgumentException("NIfTI-1 dimensions are at most 32767, got " + d);
      }
    }
    h.putShort(40, (short) 3);
    for (int a = 0; a < 3; a++) {
      h.putShort(42 + 2 * a, (short) dims[a]);
    }
    for (int a = 3; a < 7; a++) {
      h.putShort(42 + 2 * a, (short) 1);
    }
    h.putShort(70, DT_FLOAT32);
    h.putShort(72, (short) 32);

    // voxel-to-RAS affine: LPS direction columns with x and y negated, scaled by the spacing
    double[][] rot = new double[3][3];
    double[][] affine = new double[3][4];
    double[] dir = image.direction();
    double[] sp = image.spacing();
    double[] org = image.origin();
    for (int axis = 0; axis < 3; axis++) {
      rot[0][axis] = -dir[3 * axis];
      rot[1][axis] = -dir[3 * axis + 1];
      rot[2][axis] = dir[3 * axis + 2];
      for (int r = 0; r < 3; r++) {
        affine[r][axis] = rot[r][axis] * sp[axis];
      }
    }
    affine[0][3] = -org[0];
    affine[1][3] = -org[1];
    affine[2][3] = org[2];

    double[] q = Quaternion.fromRotation(rot);
    h.putFloat(76, (float) q[3]);
    for (int a = 0; a < 3; a++) {
      h.putFloat(80 + 4 * a, (float) sp[a]);
    }
    h.putFloat(108, VOX_OFFSET);
    h.putFloat(112, 1f);
    h.putFloat(116, 0f);
    h.put(123, NIFTI_UNITS_MM);
    h.putShort(252, NIFTI_XFORM_SCANNER_ANAT);
    h.putShort(254, NIFTI_XFORM_SCANNER_ANAT);
    h.putFloat(256, (float) q[0]);
    h.putFloat(260, (float) q[1]);
    h.putFloat(264, (float) q[2]);
    h.putFloat(268, (float) affine[0][3]);
    h.putFloat(272, (float) affine[1][3]);
    h.putFloat(276, (float) affine[2][3]);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        h.putFloat(280 + 16 * r + 4 * c, (float) affine[r][c]);
      }
    }
    byte[] magic = "n+1\0".getBytes(StandardCharsets.US_ASCII);
    h.put(344, magic);
    // bytes 348..351: extension flag 0 (no extensions), already zero
    return h.array();
  }
}
