package org.psmapathway.dosimetry.image.dicom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * DICOM Segmentation (PS3.3 A.51, C.8.20) → labels on a reference grid (the SPECT, PET or CT the
 * segmentation was drawn on). Each frame belongs to one segment (per-frame Segment Identification
 * Sequence > Referenced Segment Number) and lies at the per-frame Plane Position; orientation and
 * pixel size come from the shared (or per-frame) Plane Orientation and Pixel Measures. A frame must
 * coincide with a slice of the grid: SEG frames are not resampled.
 *
 * <p>BINARY frames are 1 bit per pixel, packed without padding between frames, first pixel in
 * the least significant bit (PS3.5 §8.1.1, PS3.3 C.8.20.2). FRACTIONAL frames (8 bits) are
 * labelled where the fraction is at least one half. Overlapping segments are refused: a label
 * volume holds one segment per voxel.
 */
final class SegmentationReader {

  private SegmentationReader() {}

  static Segmentation read(DicomFile file, ImageVolume grid) {
    DicomDataset ds = file.dataset();
    String modality = ds.getString(DicomTag.MODALITY);
    if (!"SEG".equals(modality)) {
      throw new DicomFormatException(file.path(), "Modality (0008,0060) is " + modality + ", expected SEG");
    }
    StoredPixels.refuseCompressed(file);
    String type = ds.getString(DicomTag.SEGMENTATION_TYPE);
    int bits = StoredPixels.required(file, DicomTag.BITS_ALLOCATED, "Bits Allocated");
    if ("BINARY".equals(type) ? bits != 1 : !"FRACTIONAL".equals(type) || bits != 8) {
      throw new DicomFormatException(file.path(), "Segmentation Type " + type + " with Bits Allocated "
          + bits + "; expected BINARY with 1 or FRACTIONAL with 8");
    }
    int rows = StoredPixels.required(file, DicomTag.ROWS, "Rows");
    int columns = StoredPixels.required(file, DicomTag.COLUMNS, "Columns");
    if (rows != grid.ny() || columns != grid.nx()) {
      throw new DicomFormatException(file.path(), "SEG frames are " + rows + " rows × " + columns
          + " columns; the reference grid is " + grid.ny() + " × " + grid.nx());
    }
    Map<Integer, String> labels = new LinkedHashMap<>();
    for (DicomDataset s : ds.getSequence(DicomTag.SEGMENT_SEQUENCE)) {
      int number = s.getInt(DicomTag.SEGMENT_NUMBER, -1);
      if (number < 1) {
        throw new DicomFormatException(file.path(), "Segment Sequence item without a Segment Number ≥ 1");
      }
      labels.put(number, s.getString(DicomTag.SEGMENT_LABEL, ""));
    }
    List<DicomDataset> perFrame = ds.getSequence(DicomTag.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE);
    int frames = ds.getInt(DicomTag.NUMBER_OF_FRAMES, 1);
    if (perFrame.size() != frames) {
      throw new DicomFormatException(file.path(), "Per-frame Functional Groups Sequence has "
          + perFrame.size() + " items for " + frames + " frames");
    }
    DicomElement pixels = ds.element(DicomTag.PIXEL_DATA);
    long pixelsPerFrame = (long) rows * columns;
    long needed = "BINARY".equals(type) ? (frames * pixelsPerFrame + 7) / 8 : frames * pixelsPerFrame;
    if (pixels == null || pixels.length() < needed) {
      throw new DicomFormatException(file.path(), "Pixel Data hold " + (pixels == null ? 0 : pixels.length())
          + " bytes, expected " + needed + " for " + frames + " " + type + " frames of " + rows + "×" + columns);
    }
    double maxFraction = ds.getDouble(DicomTag.MAXIMUM_FRACTIONAL_VALUE, 255);
    DicomDataset shared = ds.getNestedDataset(DicomTag.SHARED_FUNCTIONAL_GROUPS_SEQUENCE);
    float[] out = new float[grid.size()];
    long[] counts = new long[65536];
    byte[] b = pixels.source();
    int base = (int) pixels.valueOffset();
    for (int f = 0; f < frames; f++) {
      DicomDataset group = perFrame.get(f);
      int segment = nested(group, shared, DicomTag.SEGMENT_IDENTIFICATION_SEQUENCE)
          .getInt(DicomTag.REFERENCED_SEGMENT_NUMBER, -1);
      if (!labels.containsKey(segment)) {
        throw new DicomFormatException(file.path(), "frame " + (f + 1) + " refers to segment " + segment
            + ", which is not in the Segment Sequence " + labels.keySet());
      }
      int k = sliceOnGrid(file, grid, f, segment,
          PlaneGeometry.of(file.path(), nested(group, shared, DicomTag.PLANE_POSITION_SEQUENCE),
              nested(group, shared, DicomTag.PLANE_ORIENTATION_SEQUENCE),
              nested(group, shared, DicomTag.PIXEL_MEASURES_SEQUENCE), " in frame " + (f + 1)));
      long first = f * pixelsPerFrame;
      for (int p = 0; p < pixelsPerFrame; p++) {
        boolean in;
        if (bits == 1) {
          long bit = first + p;
          in = ((b[base + (int) (bit >>> 3)] >>> (int) (bit & 7)) & 1) != 0;
        } else {
          in = (b[base + (int) (first + p)] & 0xFF) >= 0.5 * maxFraction;
        }
        if (!in) {
          continue;
        }
        int v = k * (int) pixelsPerFrame + p;
        int previous = (int) out[v];
        if (previous != 0 && previous != segment) {
          throw new DicomFormatException(file.path(), "voxel (" + (p % columns) + ", " + (p / columns) + ", "
              + k + ") is in segment " + previous + " and segment " + segment + "; a label volume holds "
              + "one segment per voxel, so the segments must not overlap");
        }
        if (previous == 0) {
          out[v] = segment;
          counts[segment]++;
        }
      }
    }
    List<Segmentation.Segment> segments = new ArrayList<>();
    labels.forEach((n, l) -> segments.add(new Segmentation.Segment(n, l, counts[n])));
    return new Segmentation(grid.withValues(out, "label"), segments, type);
  }

  /** A functional-group macro from the frame's item, else from the shared item. */
  private static DicomDataset nested(DicomDataset frame, DicomDataset shared, int sequence) {
    DicomDataset item = frame.getNestedDataset(sequence);
    if (item == null && shared != null) {
      item = shared.getNestedDataset(sequence);
    }
    return item == null ? new DicomDataset(frame.file()) : item;
  }

  /** The grid slice this frame lies on, or an error saying how it misses the grid. */
  private static int sliceOnGrid(DicomFile file, ImageVolume grid, int frame, int segment, PlaneGeometry plane) {
    double[] d = grid.direction();
    double[] s = grid.spacing();
    double[] o = grid.origin();
    String which = "frame " + (frame + 1) + " (segment " + segment + ")";
    for (int a = 0; a < 3; a++) {
      if (Math.abs(plane.rowDirection()[a] - d[a]) > PlaneGeometry.DIRECTION_TOLERANCE
          || Math.abs(plane.columnDirection()[a] - d[3 + a]) > PlaneGeometry.DIRECTION_TOLERANCE) {
        throw new DicomFormatException(file.path(), which + " is not oriented like the reference grid");
      }
    }
    if (Math.abs(plane.columnSpacing() - s[0]) > 1e-3 || Math.abs(plane.rowSpacing() - s[1]) > 1e-3) {
      throw new DicomFormatException(file.path(), which + " has pixel spacing " + plane.rowSpacing() + "\\"
          + plane.columnSpacing() + " mm; the reference grid has " + s[1] + "\\" + s[0]);
    }
    double[] p = plane.position();
    double[] index = new double[3];
    for (int a = 0; a < 3; a++) {
      double along = (p[0] - o[0]) * d[3 * a] + (p[1] - o[1]) * d[3 * a + 1] + (p[2] - o[2]) * d[3 * a + 2];
      index[a] = along / s[a];
    }
    double tolerance = 1e-2; // of a voxel: DS rounding of positions, not misregistration
    int k = (int) Math.round(index[2]);
    if (Math.abs(index[0]) > tolerance || Math.abs(index[1]) > tolerance
        || Math.abs(index[2] - k) > tolerance || k < 0 || k >= grid.nz()) {
      throw new DicomFormatException(file.path(), which + " at Image Position (Patient) "
          + p[0] + "\\" + p[1] + "\\" + p[2] + " is outside the reference grid: it falls at voxel index ("
          + index[0] + ", " + index[1] + ", " + index[2] + ") of a " + grid.nx() + "×" + grid.ny() + "×"
          + grid.nz() + " grid, where a frame must start at (0, 0, k) with k an integer in 0.." + (grid.nz() - 1));
    }
    return k;
  }
}
