package org.psmapathway.dosimetry.image.dicom;

import java.nio.file.Path;

/**
 * Where an image plane lies in the patient (PS3.3 C.7.6.2.1.1): the centre of its first pixel,
 * the unit vectors along a row (increasing column index) and down a column (increasing row index),
 * and the pixel size. Pixel (r, c) is centred at position + c·columnSpacing·rowDirection +
 * r·rowSpacing·columnDirection.
 *
 * @param position Image Position (Patient) (0020,0032), mm, LPS
 * @param rowDirection first three values of Image Orientation (Patient) (0020,0037), normalised
 * @param columnDirection last three values, normalised
 * @param rowSpacing Pixel Spacing (0028,0030) value 1: distance between rows, mm
 * @param columnSpacing Pixel Spacing value 2: distance between columns, mm
 */
record PlaneGeometry(
    double[] position, double[] rowDirection, double[] columnDirection, double rowSpacing,
    double columnSpacing) {

  /** Directions agree when their cosines differ by less than this (≈0.006°). */
  static final double DIRECTION_TOLERANCE = 1e-4;

  /** The plane's normal rowDirection × columnDirection; slices are stacked along it. */
  double[] normal() {
    double[] a = rowDirection;
    double[] b = columnDirection;
    return new double[] {
        a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  /** Whether the other plane has the same orientation and pixel size. */
  boolean sameOrientationAndPixels(PlaneGeometry o, double toleranceMm) {
    for (int a = 0; a < 3; a++) {
      if (Math.abs(rowDirection[a] - o.rowDirection[a]) > DIRECTION_TOLERANCE
          || Math.abs(columnDirection[a] - o.columnDirection[a]) > DIRECTION_TOLERANCE) {
        return false;
      }
    }
    return Math.abs(rowSpacing - o.rowSpacing) <= toleranceMm
        && Math.abs(columnSpacing - o.columnSpacing) <= toleranceMm;
  }

  /**
   * The plane described by {@code positionSource} and {@code orientationSource} (which may be the
   * top level, a DetectorInformationSequence item, or functional-group items) and the pixel spacing
   * in {@code spacingSource}.
   */
  static PlaneGeometry of(Path file, DicomDataset positionSource, DicomDataset orientationSource,
      DicomDataset spacingSource, String where) {
    double[] ipp = positionSource == null ? null : positionSource.getDoubles(DicomTag.IMAGE_POSITION_PATIENT);
    double[] iop = orientationSource == null ? null : orientationSource.getDoubles(DicomTag.IMAGE_ORIENTATION_PATIENT);
    double[] ps = spacingSource == null ? null : spacingSource.getDoubles(DicomTag.PIXEL_SPACING);
    if (ipp == null || ipp.length != 3) {
      throw new DicomFormatException(file, "Image Position (Patient) (0020,0032) with 3 values is missing"
          + where);
    }
    if (iop == null || iop.length != 6) {
      throw new DicomFormatException(file, "Image Orientation (Patient) (0020,0037) with 6 values is missing"
          + where);
    }
    if (ps == null || ps.length != 2 || !(ps[0] > 0) || !(ps[1] > 0)) {
      throw new DicomFormatException(file, "Pixel Spacing (0028,0030) with 2 positive values is missing"
          + where);
    }
    double[] row = unit(file, new double[] {iop[0], iop[1], iop[2]});
    double[] col = unit(file, new double[] {iop[3], iop[4], iop[5]});
    double dot = row[0] * col[0] + row[1] * col[1] + row[2] * col[2];
    if (Math.abs(dot) > 1e-3) {
      throw new DicomFormatException(file, "Image Orientation (Patient) row and column directions are "
          + "not perpendicular (cosine " + dot + ")");
    }
    return new PlaneGeometry(ipp, row, col, ps[0], ps[1]);
  }

  private static double[] unit(Path file, double[] v) {
    double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (Math.abs(norm - 1) > 1e-2) {
      throw new DicomFormatException(file, "Image Orientation (Patient) direction has length " + norm
          + ", expected 1");
    }
    // Renormalise DS rounding (e.g. 0.707107) so the grid's direction cosines are unit vectors.
    return new double[] {v[0] / norm, v[1] / norm, v[2] / norm};
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }
}
