package org.psmapathway.dosimetry.image.dicom;

import java.util.Map;

/**
 * The transfer syntax named in (0002,0010): how the data set after the file meta information is
 * encoded (PS3.5 §10, Annex A). The reader decodes the three native syntaxes; for encapsulated
 * (compressed) syntaxes it still reads the header, which is explicit VR little endian (PS3.5
 * A.4), but refuses the pixel data.
 *
 * @param uid the transfer syntax UID
 * @param name its name in PS3.6 Annex A
 * @param explicitVr whether elements carry their VR
 * @param bigEndian whether numbers in the data set are big endian
 * @param encapsulated whether pixel data are compressed fragments this reader does not decode
 */
public record TransferSyntax(
    String uid, String name, boolean explicitVr, boolean bigEndian, boolean encapsulated) {

  public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
      new TransferSyntax("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false);
  public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
      new TransferSyntax("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false);
  public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
      new TransferSyntax("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false);

  /** Compressed syntaxes seen in practice, named so the error tells the user what they have. */
  private static final Map<String, String> ENCAPSULATED = Map.ofEntries(
      Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
      Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
      Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
      Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction"),
      Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
      Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)"),
      Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 (Lossless Only)"),
      Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000"),
      Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 (Lossless Only)"),
      Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000"),
      Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"));

  /** Deflate compresses the whole data set, not just the pixels; the header cannot be read either. */
  static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";

  /**
   * The syntax of {@code uid}, or null when it is neither native nor a known encapsulated syntax.
   * Other 1.2.840.10008.1.2.4.x UIDs (MPEG, JPEG XL, ...) are encapsulated by definition.
   */
  public static TransferSyntax of(String uid) {
    switch (uid) {
      case "1.2.840.10008.1.2":
        return IMPLICIT_VR_LITTLE_ENDIAN;
      case "1.2.840.10008.1.2.1":
        return EXPLICIT_VR_LITTLE_ENDIAN;
      case "1.2.840.10008.1.2.2":
        return EXPLICIT_VR_BIG_ENDIAN;
      default:
        String name = ENCAPSULATED.get(uid);
        if (name == null && uid.startsWith("1.2.840.10008.1.2.4.")) {
          name = "compressed (encapsulated)";
        }
        return name == null ? null : new TransferSyntax(uid, name, true, false, true);
    }
  }

  @Override
  public String toString() {
    return name + " (" + uid + ")";
  }
}
