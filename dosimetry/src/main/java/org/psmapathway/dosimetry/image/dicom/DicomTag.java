package org.psmapathway.dosimetry.image.dicom;

import java.util.HashMap;
import java.util.Map;

/**
 * The tags this package reads (PS3.6 data dictionary), as {@code (group << 16) | element}, with
 * their VR. Implicit-VR files do not carry the VR, so it comes from here; a tag not listed is read
 * as UN (raw bytes, decoded as text on request, parsed as a sequence on request).
 */
public final class DicomTag {

  private DicomTag() {}

  private static final Map<Integer, Vr> VRS = new HashMap<>();

  private static int tag(int tag, Vr vr) {
    VRS.put(tag, vr);
    return tag;
  }

  // File meta information (PS3.10 §7.1)
  public static final int MEDIA_STORAGE_SOP_CLASS_UID = tag(0x0002_0002, Vr.UI);
  public static final int TRANSFER_SYNTAX_UID = tag(0x0002_0010, Vr.UI);

  // Identification and timing
  public static final int SPECIFIC_CHARACTER_SET = tag(0x0008_0005, Vr.CS);
  public static final int IMAGE_TYPE = tag(0x0008_0008, Vr.CS);
  public static final int SOP_CLASS_UID = tag(0x0008_0016, Vr.UI);
  public static final int SOP_INSTANCE_UID = tag(0x0008_0018, Vr.UI);
  public static final int STUDY_DATE = tag(0x0008_0020, Vr.DA);
  public static final int SERIES_DATE = tag(0x0008_0021, Vr.DA);
  public static final int ACQUISITION_DATE = tag(0x0008_0022, Vr.DA);
  public static final int CONTENT_DATE = tag(0x0008_0023, Vr.DA);
  public static final int ACQUISITION_DATE_TIME = tag(0x0008_002A, Vr.DT);
  public static final int SERIES_TIME = tag(0x0008_0031, Vr.TM);
  public static final int ACQUISITION_TIME = tag(0x0008_0032, Vr.TM);
  public static final int CONTENT_TIME = tag(0x0008_0033, Vr.TM);
  public static final int MODALITY = tag(0x0008_0060, Vr.CS);
  public static final int MANUFACTURER = tag(0x0008_0070, Vr.LO);
  public static final int CODE_VALUE = tag(0x0008_0100, Vr.SH);
  public static final int CODING_SCHEME_DESIGNATOR = tag(0x0008_0102, Vr.SH);
  public static final int CODE_MEANING = tag(0x0008_0104, Vr.LO);
  public static final int REFERENCED_SERIES_SEQUENCE = tag(0x0008_1115, Vr.SQ);
  public static final int REFERENCED_INSTANCE_SEQUENCE = tag(0x0008_114A, Vr.SQ);
  public static final int REFERENCED_SOP_INSTANCE_UID = tag(0x0008_1155, Vr.UI);

  // Acquisition
  public static final int SLICE_THICKNESS = tag(0x0018_0050, Vr.DS);
  public static final int SPACING_BETWEEN_SLICES = tag(0x0018_0088, Vr.DS);
  public static final int RADIOPHARMACEUTICAL = tag(0x0018_0031, Vr.LO);
  public static final int RADIOPHARMACEUTICAL_START_TIME = tag(0x0018_1072, Vr.TM);
  public static final int RADIONUCLIDE_TOTAL_DOSE = tag(0x0018_1074, Vr.DS);
  public static final int RADIONUCLIDE_HALF_LIFE = tag(0x0018_1075, Vr.DS);
  public static final int RADIOPHARMACEUTICAL_START_DATE_TIME = tag(0x0018_1078, Vr.DT);
  public static final int ACTUAL_FRAME_DURATION = tag(0x0018_1242, Vr.IS);

  // Geometry
  public static final int SERIES_INSTANCE_UID = tag(0x0020_000E, Vr.UI);
  public static final int INSTANCE_NUMBER = tag(0x0020_0013, Vr.IS);
  public static final int IMAGE_POSITION_PATIENT = tag(0x0020_0032, Vr.DS);
  public static final int IMAGE_ORIENTATION_PATIENT = tag(0x0020_0037, Vr.DS);
  public static final int FRAME_OF_REFERENCE_UID = tag(0x0020_0052, Vr.UI);
  public static final int PLANE_POSITION_SEQUENCE = tag(0x0020_9113, Vr.SQ);
  public static final int PLANE_ORIENTATION_SEQUENCE = tag(0x0020_9116, Vr.SQ);

  // Image pixel module (PS3.3 C.7.6.3)
  public static final int SAMPLES_PER_PIXEL = tag(0x0028_0002, Vr.US);
  public static final int NUMBER_OF_FRAMES = tag(0x0028_0008, Vr.IS);
  public static final int FRAME_INCREMENT_POINTER = tag(0x0028_0009, Vr.AT);
  public static final int ROWS = tag(0x0028_0010, Vr.US);
  public static final int COLUMNS = tag(0x0028_0011, Vr.US);
  public static final int PIXEL_SPACING = tag(0x0028_0030, Vr.DS);
  public static final int CORRECTED_IMAGE = tag(0x0028_0051, Vr.CS);
  public static final int BITS_ALLOCATED = tag(0x0028_0100, Vr.US);
  public static final int BITS_STORED = tag(0x0028_0101, Vr.US);
  public static final int HIGH_BIT = tag(0x0028_0102, Vr.US);
  public static final int PIXEL_REPRESENTATION = tag(0x0028_0103, Vr.US);
  public static final int RESCALE_INTERCEPT = tag(0x0028_1052, Vr.DS);
  public static final int RESCALE_SLOPE = tag(0x0028_1053, Vr.DS);
  public static final int RESCALE_TYPE = tag(0x0028_1054, Vr.LO);
  public static final int PIXEL_MEASURES_SEQUENCE = tag(0x0028_9110, Vr.SQ);
  public static final int PIXEL_VALUE_TRANSFORMATION_SEQUENCE = tag(0x0028_9145, Vr.SQ);

  // Real World Value Mapping (PS3.3 C.7.6.16.2.11)
  public static final int MEASUREMENT_UNITS_CODE_SEQUENCE = tag(0x0040_08EA, Vr.SQ);
  public static final int REAL_WORLD_VALUE_MAPPING_SEQUENCE = tag(0x0040_9096, Vr.SQ);
  public static final int REAL_WORLD_VALUE_LUT_DATA = tag(0x0040_9212, Vr.FD);
  public static final int REAL_WORLD_VALUE_INTERCEPT = tag(0x0040_9224, Vr.FD);
  public static final int REAL_WORLD_VALUE_SLOPE = tag(0x0040_9225, Vr.FD);

  // NM and PET (PS3.3 C.8.4, C.8.9)
  public static final int RADIOPHARMACEUTICAL_INFORMATION_SEQUENCE = tag(0x0054_0016, Vr.SQ);
  public static final int DETECTOR_INFORMATION_SEQUENCE = tag(0x0054_0022, Vr.SQ);
  public static final int SLICE_VECTOR = tag(0x0054_0080, Vr.US);
  public static final int NUMBER_OF_SLICES = tag(0x0054_0081, Vr.US);
  public static final int RADIONUCLIDE_CODE_SEQUENCE = tag(0x0054_0300, Vr.SQ);
  public static final int UNITS = tag(0x0054_1001, Vr.CS);
  public static final int DECAY_CORRECTION = tag(0x0054_1102, Vr.CS);
  public static final int DECAY_FACTOR = tag(0x0054_1321, Vr.DS);

  // Segmentation (PS3.3 C.8.20)
  public static final int SEGMENTATION_TYPE = tag(0x0062_0001, Vr.CS);
  public static final int SEGMENT_SEQUENCE = tag(0x0062_0002, Vr.SQ);
  public static final int SEGMENT_NUMBER = tag(0x0062_0004, Vr.US);
  public static final int SEGMENT_LABEL = tag(0x0062_0005, Vr.LO);
  public static final int SEGMENT_IDENTIFICATION_SEQUENCE = tag(0x0062_000A, Vr.SQ);
  public static final int REFERENCED_SEGMENT_NUMBER = tag(0x0062_000B, Vr.US);
  public static final int MAXIMUM_FRACTIONAL_VALUE = tag(0x0062_000E, Vr.US);
  public static final int SEGMENTATION_FRACTIONAL_TYPE = tag(0x0062_0010, Vr.CS);

  // RT Structure Set (PS3.3 C.8.8.5, C.8.8.6)
  public static final int STRUCTURE_SET_ROI_SEQUENCE = tag(0x3006_0020, Vr.SQ);
  public static final int ROI_NUMBER = tag(0x3006_0022, Vr.IS);
  public static final int ROI_NAME = tag(0x3006_0026, Vr.LO);
  public static final int ROI_CONTOUR_SEQUENCE = tag(0x3006_0039, Vr.SQ);
  public static final int CONTOUR_SEQUENCE = tag(0x3006_0040, Vr.SQ);
  public static final int CONTOUR_GEOMETRIC_TYPE = tag(0x3006_0042, Vr.CS);
  public static final int NUMBER_OF_CONTOUR_POINTS = tag(0x3006_0046, Vr.IS);
  public static final int CONTOUR_DATA = tag(0x3006_0050, Vr.DS);
  public static final int REFERENCED_ROI_NUMBER = tag(0x3006_0084, Vr.IS);

  // Multi-frame functional groups (PS3.3 C.7.6.16)
  public static final int SHARED_FUNCTIONAL_GROUPS_SEQUENCE = tag(0x5200_9229, Vr.SQ);
  public static final int PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE = tag(0x5200_9230, Vr.SQ);

  public static final int FLOAT_PIXEL_DATA = tag(0x7FE0_0008, Vr.OF);
  public static final int DOUBLE_FLOAT_PIXEL_DATA = tag(0x7FE0_0009, Vr.OD);
  public static final int PIXEL_DATA = tag(0x7FE0_0010, Vr.OW);

  // Item and delimitation tags (PS3.5 §7.5); they carry no VR in any syntax.
  static final int ITEM = 0xFFFE_E000;
  static final int ITEM_DELIMITATION = 0xFFFE_E00D;
  static final int SEQUENCE_DELIMITATION = 0xFFFE_E0DD;

  /** The VR of {@code tag} for implicit-VR data sets; UN when this dictionary does not know it. */
  public static Vr vrOf(int tag) {
    if ((tag & 0xFFFF) == 0) {
      return Vr.UL; // group length (gggg,0000)
    }
    return VRS.getOrDefault(tag, Vr.UN);
  }

  /** "(gggg,eeee)" as DICOM writes it. */
  public static String format(int tag) {
    return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
  }
}
