package org.psmapathway.dosimetry.image.dicom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * DICOM RT Structure Set (PS3.3 A.19, C.8.8.5–6) → labels on the grid its contours were drawn on.
 * Each CLOSED_PLANAR contour must lie on one slice of the reference grid (within 1 % of a voxel):
 * contours drawn on a finer CT are not resampled onto a SPECT here (research/dosimetry.md §5.3
 * describes that step: rasterise on the CT grid, then take partial-volume fractions).
 *
 * <p>A voxel belongs to an ROI when its centre is inside the ROI's contours on its slice by the
 * even–odd rule, so a contour inside another is a hole (PS3.3 C.8.8.6.3 describes "keyhole"
 * and nested contours; even–odd handles both). On a scan line, a centre exactly on a left edge
 * is inside and on a right edge outside. POINT and OPEN contours enclose nothing and are skipped;
 * their ROI reports 0 voxels. Overlapping ROIs are refused, as in a SEG: pass the names to read.
 */
final class StructureSetReader {

  private StructureSetReader() {}

  static Segmentation read(DicomFile file, ImageVolume grid, Set<String> roiNames) {
    DicomDataset ds = file.dataset();
    String modality = ds.getString(DicomTag.MODALITY);
    if (!"RTSTRUCT".equals(modality)) {
      throw new DicomFormatException(file.path(), "Modality (0008,0060) is " + modality + ", expected RTSTRUCT");
    }
    Map<Integer, String> names = new LinkedHashMap<>();
    for (DicomDataset roi : ds.getSequence(DicomTag.STRUCTURE_SET_ROI_SEQUENCE)) {
      int number = roi.getInt(DicomTag.ROI_NUMBER, Integer.MIN_VALUE);
      String name = roi.getString(DicomTag.ROI_NAME, "");
      if (number < 1 || number > 65535) {
        throw new DicomFormatException(file.path(), "ROI '" + name + "' has ROI Number " + number
            + "; a label volume needs numbers 1..65535");
      }
      if (roiNames.isEmpty() || roiNames.contains(name)) {
        names.put(number, name);
      }
    }
    if (!roiNames.isEmpty()) {
      for (String wanted : roiNames) {
        if (!names.containsValue(wanted)) {
          throw new DicomFormatException(file.path(), "no ROI named '" + wanted + "'");
        }
      }
    }
    float[] labels = new float[grid.size()];
    Map<Integer, Long> counts = new HashMap<>();
    for (DicomDataset roiContour : ds.getSequence(DicomTag.ROI_CONTOUR_SEQUENCE)) {
      int number = roiContour.getInt(DicomTag.REFERENCED_ROI_NUMBER, Integer.MIN_VALUE);
      if (!names.containsKey(number)) {
        continue;
      }
      // polygons of this ROI per slice, in grid index coordinates (i, j)
      Map<Integer, List<double[]>> bySlice = new HashMap<>();
      int n = 0;
      for (DicomDataset contour : roiContour.getSequence(DicomTag.CONTOUR_SEQUENCE)) {
        n++;
        if (!"CLOSED_PLANAR".equals(contour.getString(DicomTag.CONTOUR_GEOMETRIC_TYPE))) {
          continue;
        }
        String which = "contour " + n + " of ROI " + number + " '" + names.get(number) + "'";
        double[] xyz = contour.getDoubles(DicomTag.CONTOUR_DATA);
        if (xyz == null || xyz.length < 9 || xyz.length % 3 != 0) {
          throw new DicomFormatException(file.path(), which + ": Contour Data (3006,0050) needs x\\y\\z "
              + "triplets of at least 3 points, got " + (xyz == null ? 0 : xyz.length) + " numbers");
        }
        double[] ij = new double[xyz.length / 3 * 2];
        int slice = -1;
        for (int p = 0; p < xyz.length / 3; p++) {
          double[] index = index(grid, xyz[3 * p], xyz[3 * p + 1], xyz[3 * p + 2]);
          int k = (int) Math.round(index[2]);
          if (Math.abs(index[2] - k) > 1e-2 || k < 0 || k >= grid.nz() || (slice >= 0 && k != slice)) {
            throw new DicomFormatException(file.path(), which + ": point " + (p + 1) + " ("
                + xyz[3 * p] + ", " + xyz[3 * p + 1] + ", " + xyz[3 * p + 2] + " mm) is at slice index "
                + index[2] + ", not on a slice 0.." + (grid.nz() - 1) + " of the reference grid"
                + (slice >= 0 && k != slice ? " of the contour's other points" : "")
                + "; contours are not resampled: give the grid of the image they were drawn on");
          }
          slice = k;
          ij[2 * p] = index[0];
          ij[2 * p + 1] = index[1];
        }
        bySlice.computeIfAbsent(slice, s -> new ArrayList<>()).add(ij);
      }
      for (Map.Entry<Integer, List<double[]>> e : bySlice.entrySet()) {
        long added = fill(file, grid, labels, e.getKey(), e.getValue(), number);
        counts.merge(number, added, Long::sum);
      }
    }
    List<Segmentation.Segment> segments = new ArrayList<>();
    names.forEach((number, name) -> segments.add(
        new Segmentation.Segment(number, name, counts.getOrDefault(number, 0L))));
    return new Segmentation(grid.withValues(labels, "label"), segments, "RTSTRUCT");
  }

  /** Continuous grid index (i, j, k) of an LPS point. */
  private static double[] index(ImageVolume grid, double x, double y, double z) {
    double[] o = grid.origin();
    double[] d = grid.direction();
    double[] out = new double[3];
    for (int a = 0; a < 3; a++) {
      out[a] = ((x - o[0]) * d[3 * a] + (y - o[1]) * d[3 * a + 1] + (z - o[2]) * d[3 * a + 2]) / grid.spacing()[a];
    }
    return out;
  }

  /** Even–odd scan-line fill of the polygons on slice k; returns voxels labelled. */
  private static long fill(DicomFile file, ImageVolume grid, float[] labels, int k, List<double[]> polygons,
      int label) {
    long added = 0;
    double[] crossings = new double[16];
    for (int j = 0; j < grid.ny(); j++) {
      int count = 0;
      for (double[] poly : polygons) {
        int points = poly.length / 2;
        for (int p = 0; p < points; p++) {
          int q = (p + 1) % points;
          double y0 = poly[2 * p + 1];
          double y1 = poly[2 * q + 1];
          if ((y0 > j) != (y1 > j)) { // half-open: a vertex on the line is counted once
            double x0 = poly[2 * p];
            double x1 = poly[2 * q];
            if (count == crossings.length) {
              crossings = java.util.Arrays.copyOf(crossings, 2 * count);
            }
            crossings[count++] = x0 + (j - y0) * (x1 - x0) / (y1 - y0);
          }
        }
      }
      java.util.Arrays.sort(crossings, 0, count);
      for (int c = 0; c + 1 < count; c += 2) {
        int from = Math.max(0, (int) Math.ceil(crossings[c]));
        int to = Math.min(grid.nx() - 1, (int) Math.ceil(crossings[c + 1]) - 1);
        for (int i = from; i <= to; i++) {
          int v = grid.index(i, j, k);
          int previous = (int) labels[v];
          if (previous != 0 && previous != label) {
            throw new DicomFormatException(file.path(), "voxel (" + i + ", " + j + ", " + k + ") is in ROI "
                + previous + " and ROI " + label + "; a label volume holds one ROI per voxel, so read "
                + "non-overlapping ROIs by name");
          }
          if (previous == 0) {
            labels[v] = label;
            added++;
          }
        }
      }
    }
    return added;
  }
}
