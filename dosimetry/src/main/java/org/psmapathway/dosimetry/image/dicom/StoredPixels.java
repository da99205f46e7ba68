package org.psmapathway.dosimetry.image.dicom;

import java.nio.ByteBuffer;

/**
 * Stored pixel values of a native (uncompressed) grayscale image, all frames, as doubles so that
 * 32-bit values survive exactly until rescaling (PS3.3 C.7.6.3 Image Pixel module, PS3.5 §8).
 * Order: frame, then row, then column (column fastest), as in the file.
 */
final class StoredPixels {

  private StoredPixels() {}

  /** Compressed pixel data are refused before anything else is looked at. */
  static void refuseCompressed(DicomFile file) {
    if (file.transferSyntax().encapsulated()) {
      throw new DicomFormatException(file.path(), "pixel data are compressed with transfer syntax "
          + file.transferSyntax() + ", which this reader does not decode; convert the files to "
          + "Explicit VR Little Endian first (e.g. gdcmconv --raw, dcmdjpeg)");
    }
  }

  static double[] read(DicomFile file, int frames, int rows, int columns) {
    DicomDataset ds = file.dataset();
    refuseCompressed(file);
    DicomElement pixels = ds.element(DicomTag.PIXEL_DATA);
    if (pixels == null) {
      throw new DicomFormatException(file.path(), "no Pixel Data (7FE0,0010)"
          + (ds.contains(DicomTag.FLOAT_PIXEL_DATA) ? "; Float Pixel Data (7FE0,0008) is not read" : ""));
    }
    if (pixels.encapsulated()) {
      throw new DicomFormatException(file.path(), pixels.valueOffset(), "Pixel Data are encapsulated "
          + "(undefined length) although the transfer syntax " + file.transferSyntax() + " is native");
    }
    int samples = ds.getInt(DicomTag.SAMPLES_PER_PIXEL, 1);
    if (samples != 1) {
      throw new DicomFormatException(file.path(), "Samples per Pixel (0028,0002) is " + samples
          + "; a quantitative image has 1 (grayscale)");
    }
    int bitsAllocated = required(file, DicomTag.BITS_ALLOCATED, "Bits Allocated");
    int bitsStored = ds.getInt(DicomTag.BITS_STORED, bitsAllocated);
    int signed = ds.getInt(DicomTag.PIXEL_REPRESENTATION, 0);
    if (bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
      throw new DicomFormatException(file.path(), "Bits Allocated (0028,0100) is " + bitsAllocated
          + "; quantitative images are read with 8, 16 or 32");
    }
    if (bitsStored < 1 || bitsStored > bitsAllocated) {
      throw new DicomFormatException(file.path(), "Bits Stored (0028,0101) is " + bitsStored
          + ", expected 1.." + bitsAllocated);
    }
    int highBit = ds.getInt(DicomTag.HIGH_BIT, bitsStored - 1);
    if (highBit != bitsStored - 1) {
      throw new DicomFormatException(file.path(), "High Bit (0028,0102) is " + highBit
          + ", expected Bits Stored − 1 = " + (bitsStored - 1) + " (shifted pixel cells are not read)");
    }
    long count = (long) frames * rows * columns;
    int bytesPer = bitsAllocated / 8;
    if (pixels.length() < count * bytesPer) {
      throw new DicomFormatException(file.path(), pixels.valueOffset(), "Pixel Data hold "
          + pixels.length() + " bytes, expected " + count * bytesPer + " for " + frames + " frame(s) of "
          + rows + "×" + columns + " at " + bitsAllocated + " bits");
    }
    ByteBuffer b = pixels.value();
    double[] out = new double[(int) count];
    int unused = 32 - bitsStored; // bits above the stored ones, cleared or sign-extended
    boolean isSigned = signed == 1;
    for (int n = 0; n < out.length; n++) {
      int raw = switch (bytesPer) {
        case 1 -> b.get() & 0xFF;
        case 2 -> b.getShort() & 0xFFFF;
        default -> b.getInt();
      };
      if (isSigned) {
        out[n] = (raw << unused) >> unused;
      } else {
        out[n] = Integer.toUnsignedLong(raw << unused) >>> unused;
      }
    }
    return out;
  }

  static int required(DicomFile file, int tag, String name) {
    int v = file.dataset().getInt(tag, Integer.MIN_VALUE);
    if (v == Integer.MIN_VALUE) {
      throw new DicomFormatException(file.path(), name + " " + DicomTag.format(tag) + " is missing");
    }
    return v;
  }
}
