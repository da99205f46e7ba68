package org.psmapathway.dosimetry.image.dicom;

import java.util.List;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * A DICOM SEG as a label volume: each voxel holds the number of the segment it belongs to, or 0.
 *
 * @param labels segment numbers on the reference grid, unit "label"
 * @param segments the segments in SegmentSequence order
 * @param type SegmentationType (0062,0001): BINARY or FRACTIONAL
 */
public record Segmentation(ImageVolume labels, List<Segment> segments, String type) {

  public Segmentation {
    segments = List.copyOf(segments);
  }

  /**
   * One segment.
   *
   * @param number Segment Number (0062,0004), the label value
   * @param label Segment Label (0062,0005), or "" when absent
   * @param voxels voxels labelled with it
   */
  public record Segment(int number, String label, long voxels) {}
}
