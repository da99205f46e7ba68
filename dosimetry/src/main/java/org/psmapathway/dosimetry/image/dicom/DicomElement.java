package org.psmapathway.dosimetry.image.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * One data element as it sits in the file: its tag, VR, and value bytes (a window on the file's
 * bytes, not a copy, so multi-megabyte pixel data are not duplicated), or its items when it is a
 * sequence, or its fragments when it is encapsulated pixel data.
 *
 * @param tag {@code (group << 16) | element}
 * @param vr the VR written in the file, or from {@link DicomTag#vrOf} for implicit VR
 * @param valueOffset byte offset of the value in the file (for error messages)
 * @param source the file's bytes
 * @param length value length in bytes (0 for sequences and encapsulated data)
 * @param bigEndian byte order of binary values
 * @param explicitVr whether the enclosing data set is explicit VR (for parsing UN on request)
 * @param items items of a sequence, or null when this is not (yet) a sequence
 * @param fragments byte offsets of the fragments of encapsulated pixel data, or null
 */
public record DicomElement(
    int tag, Vr vr, long valueOffset, byte[] source, int length, boolean bigEndian,
    boolean explicitVr, List<DicomDataset> items, List<Long> fragments) {

  /** The value bytes as a read-only buffer in the element's byte order. */
  public ByteBuffer value() {
    return ByteBuffer.wrap(source, (int) valueOffset, length).slice().asReadOnlyBuffer()
        .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
  }

  /** Whether the value is compressed pixel data in fragments. */
  public boolean encapsulated() {
    return fragments != null;
  }

  @Override
  public String toString() {
    return DicomTag.format(tag) + " " + vr + " #" + length;
  }
}
