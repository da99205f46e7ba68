package org.psmapathway.dosimetry.image.nifti;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * Reads a single-file NIfTI-1 image ({@code .nii} or {@code .nii.gz}) into an {@link ImageVolume}
 * in LPS millimetres.
 *
 * <p>Follows the NIfTI-1 header definition (nifti1.h, NIfTI Data Format Working Group) as nibabel
 * implements it ({@code nibabel/nifti1.py}, {@code Nifti1Header.get_best_affine}): byte order from
 * sizeof_hdr = 348; the sform when sform_code &gt; 0, else the qform when qform_code &gt; 0, else the
 * pixdim-only "method 1" affine; values scaled by scl_slope/scl_inter when scl_slope is finite and
 * non-zero (a slope of 0 means "no scaling"). NIfTI world coordinates are RAS+, DICOM's are LPS:
 * x and y change sign on the way in.
 */
public final class NiftiReader {

  static final int HEADER_SIZE = 348;

  private NiftiReader() {}

  /**
   * Reads {@code file}; {@code unit} names what the values mean (NIfTI does not say, e.g. "Bq/mL").
   *
   * @throws NiftiFormatException when the file is not a NIfTI-1 image this reader supports; the
   *     message names the file and the header field
   */
  public static ImageVolume read(Path file, String unit) throws IOException {
    byte[] bytes;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new GZIPInputStream(raw, 1 << 16) : raw;
      bytes = in.readAllBytes();
    } catch (EOFException e) {
      throw new NiftiFormatException(file + ": truncated gzip stream");
    }
    return parse(bytes, file.toString(), unit);
  }

  /** Parses the bytes of a single-file NIfTI-1 image; {@code name} is used in messages. */
  public static ImageVolume parse(byte[] bytes, String name, String unit) {
    if (bytes.length < HEADER_SIZE) {
      throw new NiftiFormatException(name + ": " + bytes.length + " bytes, shorter than the 348-byte NIfTI-1 header");
    }
    ByteBuffer h = ByteBuffer.wrap(bytes, 0, HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    if (h.getInt(0) != HEADER_SIZE) {
      h.order(ByteOrder.BIG_ENDIAN);
      if (h.getInt(0) != HEADER_SIZE) {
        int n2 = ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        throw new NiftiFormatException(name + ": sizeof_hdr is " + n2
            + (n2 == 540 ? " (NIfTI-2, not supported)" : "") + ", expected 348 (NIfTI-1)");
      }
    }
    String magic = new String(bytes, 344, 3, java.nio.charset.StandardCharsets.US_ASCII);
    if (magic.equals("ni1")) {
      throw new NiftiFormatException(name + ": magic \"ni1\" is a .hdr/.img pair; only single-file .nii is read");
    }
    if (!magic.equals("n+1")) {
      throw new NiftiFormatException(name + ": magic is not \"n+1\" (not a NIfTI-1 file)");
    }
    int rank = h.getShort(40);
    if (rank < 1 || rank > 7) {
      throw new NiftiFormatException(name + ": dim[0] = " + rank + ", expected 1..7");
    }
    int[] dim = new int[8];
    for (int a = 1; a <= 7; a++) {
      dim[a] = a <= rank ? h.getShort(40 + 2 * a) : 1;
      if (dim[a] < 1) {
        throw new NiftiFormatException(name + ": dim[" + a + "] = " + dim[a] + ", expected ≥ 1");
      }
    }
    for (int a = 4; a <= 7; a++) {
      if (dim[a] != 1) {
        throw new NiftiFormatException(name + ": dim[" + a + "] = " + dim[a]
            + "; one 3-D volume per file is expected (write each time point to its own file)");
      }
    }
    int nx = dim[1];
    int ny = dim[2];
    int nz = dim[3];
    int datatype = h.getShort(70);
    float[] pixdim = new float[8];
    for (int a = 0; a < 8; a++) {
      pixdim[a] = h.getFloat(76 + 4 * a);
    }
    long offset = (long) h.getFloat(108);
    if (offset < HEADER_SIZE) {
      throw new NiftiFormatException(name + ": vox_offset = " + h.getFloat(108) + ", expected ≥ 348");
    }
    long n = (long) nx * ny * nz;
    if (n > Integer.MAX_VALUE - 8) {
      throw new NiftiFormatException(name + ": " + n + " voxels, more than an array can hold");
    }
    DataType type = DataType.of(datatype, name);
    long needed = offset + n * type.bytes;
    if (bytes.length < needed) {
      throw new NiftiFormatException(name + ": " + bytes.length + " bytes, expected at least " + needed
          + " for " + nx + "×" + ny + "×" + nz + " " + type + " voxels at offset " + offset);
    }
    float slope = h.getFloat(112);
    float inter = h.getFloat(116);
    boolean scaled = Float.isFinite(slope) && slope != 0f;
    double s = scaled ? slope : 1.0;
    double c = scaled && Float.isFinite(inter) ? inter : 0.0;
    float[] values = readValues(bytes, (int) offset, (int) n, type, h.order(), s, c);

    double[][] affine = affine(h, pixdim, name);
    return volume(nx, ny, nz, affine, values, unit, name);
  }

  /** The 3×4 voxel-to-RAS affine that nibabel's get_best_affine returns. */
  static double[][] affine(ByteBuffer h, float[] pixdim, String name) {
    int qformCode = h.getShort(252);
    int sformCode = h.getShort(254);
    if (sformCode > 0) {
      double[][] a = new double[3][4];
      for (int r = 0; r < 3; r++) {
        for (int col = 0; col < 4; col++) {
          a[r][col] = h.getFloat(280 + 16 * r + 4 * col);
        }
      }
      return a;
    }
    if (qformCode > 0) {
      return Quaternion.affine(h.getFloat(256), h.getFloat(260), h.getFloat(264),
          h.getFloat(268), h.getFloat(272), h.getFloat(276), pixdim);
    }
    // Method 1 (ANALYZE 7.5 compatibility): voxel sizes only, origin at voxel 0.
    double[][] a = new double[3][4];
    for (int r = 0; r < 3; r++) {
      a[r][r] = pixdim[r + 1] == 0 ? 1.0 : Math.abs(pixdim[r + 1]);
    }
    return a;
  }

  /**
   * The ImageVolume of a voxel-to-RAS affine: spacing = column norms, direction = unit columns, both
   * turned from RAS to LPS by negating x and y.
   */
  static ImageVolume volume(int nx, int ny, int nz, double[][] ras, float[] values, String unit, String name) {
    double[] spacing = new double[3];
    double[] direction = new double[9];
    for (int axis = 0; axis < 3; axis++) {
      double norm = Math.sqrt(ras[0][axis] * ras[0][axis] + ras[1][axis] * ras[1][axis]
          + ras[2][axis] * ras[2][axis]);
      if (!(norm > 0) || !Double.isFinite(norm)) {
        throw new NiftiFormatException(name + ": affine column " + axis + " has zero or non-finite length");
      }
      spacing[axis] = norm;
      direction[3 * axis] = -ras[0][axis] / norm;
      direction[3 * axis + 1] = -ras[1][axis] / norm;
      direction[3 * axis + 2] = ras[2][axis] / norm;
    }
    for (int a = 0; a < 3; a++) {
      for (int b = a + 1; b < 3; b++) {
        double dot = direction[3 * a] * direction[3 * b] + direction[3 * a + 1] * direction[3 * b + 1]
            + direction[3 * a + 2] * direction[3 * b + 2];
        if (Math.abs(dot) > 1e-4) {
          throw new NiftiFormatException(name + ": affine axes " + a + " and " + b
              + " are not perpendicular (cosine " + dot + "); sheared grids are not supported");
        }
      }
    }
    double[] origin = {-ras[0][3], -ras[1][3], ras[2][3]};
    return new ImageVolume(nx, ny, nz, spacing, origin, direction, values, unit);
  }

  private static float[] readValues(byte[] bytes, int offset, int n, DataType type, ByteOrder order,
      double slope, double inter) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      int p = offset + i * type.bytes;
      double raw = switch (type) {
        case UINT8 -> bytes[p] & 0xff;
        case INT8 -> bytes[p];
        case INT16 -> b.getShort(p);
        case UINT16 -> b.getShort(p) & 0xffff;
        case INT32 -> b.getInt(p);
        case UINT32 -> b.getInt(p) & 0xffffffffL;
        case FLOAT32 -> b.getFloat(p);
        case FLOAT64 -> b.getDouble(p);
      };
      v[i] = (float) (raw * slope + inter);
    }
    return v;
  }

  /** The NIfTI-1 datatype codes read here (nifti1.h DT_*). */
  enum DataType {
    UINT8(2, 1), INT16(4, 2), INT32(8, 4), FLOAT32(16, 4), FLOAT64(64, 8), INT8(256, 1),
    UINT16(512, 2), UINT32(768, 4);

    final int code;
    final int bytes;

    DataType(int code, int bytes) {
      this.code = code;
      this.bytes = bytes;
    }

    static DataType of(int code, String name) {
      for (DataType t : values()) {
        if (t.code == code) {
          return t;
        }
      }
      throw new NiftiFormatException(name + ": datatype " + code + " is not supported (expected one of "
          + "2 uint8, 4 int16, 8 int32, 16 float32, 64 float64, 256 int8, 512 uint16, 768 uint32)");
    }
  }
}
