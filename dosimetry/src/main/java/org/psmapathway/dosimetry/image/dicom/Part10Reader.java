package org.psmapathway.dosimetry.image.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DICOM Part-10 file (PS3.10 §7.1): 128-byte preamble, "DICM", the file meta information
 * (group 0002) in explicit VR little endian, then the data set in the transfer syntax the meta
 * information names (PS3.5 §7 and Annex A). Sequences and items of defined and undefined length
 * are read (PS3.5 §7.5); encapsulated pixel data are recorded as fragment offsets, not decoded.
 *
 * <p>The whole file is read into memory once; element values are windows on that array. A
 * 128×128×128 16-bit SPECT is 4 MiB, so this is cheaper than seeking.
 */
public final class Part10Reader {

  private static final int PREAMBLE = 128;
  private static final long UNDEFINED = 0xFFFF_FFFFL;

  private Part10Reader() {}

  /** Whether {@code file} starts with a preamble and "DICM" (reads 132 bytes). */
  public static boolean isPart10(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(PREAMBLE + 4);
      return head.length == PREAMBLE + 4 && hasMagic(head);
    }
  }

  /** Reads and parses {@code file}. */
  public static DicomFile read(Path file) throws IOException {
    return parse(file, Files.readAllBytes(file));
  }

  /** Parses the bytes of a Part-10 file; {@code file} names it in error messages. */
  public static DicomFile parse(Path file, byte[] bytes) {
    if (bytes.length < PREAMBLE + 4) {
      throw new DicomFormatException(file, bytes.length, "not a DICOM Part-10 file: "
          + bytes.length + " bytes, shorter than the 128-byte preamble and 'DICM' prefix");
    }
    if (!hasMagic(bytes)) {
      throw new DicomFormatException(file, PREAMBLE,
          "not a DICOM Part-10 file: no 'DICM' prefix after the 128-byte preamble");
    }
    Cursor meta = new Cursor(file, bytes, PREAMBLE + 4, bytes.length, true, false);
    DicomDataset metaSet = new DicomDataset(file);
    // Group 0002 has no mandatory length we trust; read while the next tag is in group 0002.
    while (meta.pos + 2 <= meta.end && meta.u16At(meta.pos) == 0x0002) {
      metaSet.put(meta.readElement(metaSet));
    }
    String uid = metaSet.getString(DicomTag.TRANSFER_SYNTAX_UID);
    if (uid == null) {
      throw new DicomFormatException(file, PREAMBLE + 4,
          "file meta information has no Transfer Syntax UID (0002,0010)");
    }
    if (uid.equals(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)) {
      throw new DicomFormatException(file, meta.pos, "transfer syntax Deflated Explicit VR Little "
          + "Endian (" + uid + ") is not supported: the data set is zlib-compressed; convert it "
          + "to Explicit VR Little Endian first (e.g. dcmconv +te or gdcmconv --raw)");
    }
    TransferSyntax syntax = TransferSyntax.of(uid);
    if (syntax == null) {
      throw new DicomFormatException(file, meta.pos, "unknown transfer syntax " + uid
          + "; supported: 1.2.840.10008.1.2, 1.2.840.10008.1.2.1, 1.2.840.10008.1.2.2");
    }
    Cursor body = new Cursor(file, bytes, meta.pos, bytes.length, syntax.explicitVr(), syntax.bigEndian());
    DicomDataset dataset = new DicomDataset(file);
    body.readDataset(dataset, false);
    return new DicomFile(file, syntax, metaSet, dataset);
  }

  /**
   * Parses the value of a UN element as sequence items. UN content is implicit VR little endian
   * whatever the file's syntax (PS3.5 §6.2.2); in implicit-VR files UN is any tag missing from
   * {@link DicomTag}'s dictionary, encoded the same way.
   */
  static List<DicomDataset> parseSequenceValue(Path file, DicomElement e) {
    boolean un = e.vr() == Vr.UN;
    Cursor c = new Cursor(file, e.source(), (int) e.valueOffset(),
        (int) e.valueOffset() + e.length(), !un && e.explicitVr(), !un && e.bigEndian());
    return c.readItems(e.tag(), false);
  }

  private static boolean hasMagic(byte[] b) {
    return b[PREAMBLE] == 'D' && b[PREAMBLE + 1] == 'I' && b[PREAMBLE + 2] == 'C' && b[PREAMBLE + 3] == 'M';
  }

  /** A read position in the file with the encoding rules in force there. */
  private static final class Cursor {
    final Path file;
    final byte[] b;
    int pos;
    final int end;
    final boolean explicitVr;
    final boolean bigEndian;

    Cursor(Path file, byte[] b, int pos, int end, boolean explicitVr, boolean bigEndian) {
      this.file = file;
      this.b = b;
      this.pos = pos;
      this.end = end;
      this.explicitVr = explicitVr;
      this.bigEndian = bigEndian;
    }

    int u16At(int at) {
      int lo = b[at] & 0xFF;
      int hi = b[at + 1] & 0xFF;
      return bigEndian ? (lo << 8) | hi : (hi << 8) | lo;
    }

    long u32At(int at) {
      long first = u16At(at);
      long second = u16At(at + 2);
      return bigEndian ? (first << 16) | second : (second << 16) | first;
    }

    void need(int n, int headerAt, String what) {
      if (pos + n > end) {
        throw new DicomFormatException(file, headerAt, "truncated: " + what + " needs " + n
            + " bytes at offset " + pos + " but only " + (end - pos) + " remain"
            + (end < b.length ? " in the enclosing item" : " in the file"));
      }
    }

    int readTag(int headerAt) {
      need(4, headerAt, "tag");
      int tag = (u16At(pos) << 16) | u16At(pos + 2);
      pos += 4;
      return tag;
    }

    /** Reads elements until {@code end}, or until an item delimiter when {@code delimited}. */
    void readDataset(DicomDataset into, boolean delimited) {
      while (pos < end) {
        int at = pos;
        if (delimited && pos + 4 <= end && ((u16At(pos) << 16) | u16At(pos + 2)) == DicomTag.ITEM_DELIMITATION) {
          pos += 4;
          need(4, at, "item delimitation length");
          pos += 4;
          return;
        }
        into.put(readElement(into));
      }
      if (delimited) {
        throw new DicomFormatException(file, pos, "truncated: item of undefined length has no "
            + "item delimitation (FFFE,E00D) before the end of the " + (end < b.length ? "enclosing item" : "file"));
      }
    }

    DicomElement readElement(DicomDataset owner) {
      int at = pos;
      int tag = readTag(at);
      if ((tag >>> 16) == 0xFFFE) {
        throw new DicomFormatException(file, at, "unexpected " + DicomTag.format(tag)
            + " (item or delimiter) where a data element was expected");
      }
      Vr vr;
      long length;
      if (explicitVr) {
        need(2, at, "VR of " + DicomTag.format(tag));
        vr = Vr.of(b[pos] & 0xFF, b[pos + 1] & 0xFF);
        if (vr == null) {
          throw new DicomFormatException(file, pos, "element " + DicomTag.format(tag)
              + " has VR bytes " + String.format("%02X %02X", b[pos], b[pos + 1])
              + ", not a DICOM VR (is the transfer syntax right?)");
        }
        pos += 2;
        if (vr.longLength()) {
          need(6, at, "length of " + DicomTag.format(tag));
          pos += 2;
          length = u32At(pos);
          pos += 4;
        } else {
          need(2, at, "length of " + DicomTag.format(tag));
          length = u16At(pos);
          pos += 2;
        }
      } else {
        vr = DicomTag.vrOf(tag);
        need(4, at, "length of " + DicomTag.format(tag));
        length = u32At(pos);
        pos += 4;
      }
      int valueAt = pos;
      if (length == UNDEFINED) {
        if (tag == DicomTag.PIXEL_DATA) {
          return new DicomElement(tag, vr, valueAt, b, 0, bigEndian, explicitVr, null, readFragments(at));
        }
        if (vr == Vr.SQ || vr == Vr.UN) {
          // PS3.5 §6.2.2: an explicit-VR UN of undefined length is a sequence in implicit VR LE.
          Cursor items = vr == Vr.UN && explicitVr
              ? new Cursor(file, b, pos, end, false, false) : this;
          List<DicomDataset> list = items.readItems(tag, true);
          pos = items.pos;
          return new DicomElement(tag, Vr.SQ, valueAt, b, 0, bigEndian, explicitVr, list, null);
        }
        throw new DicomFormatException(file, at, "element " + DicomTag.format(tag) + " " + vr
            + " has undefined length, which only sequences and pixel data may have");
      }
      if (length > end - pos) {
        throw new DicomFormatException(file, at, "truncated: element " + DicomTag.format(tag) + " "
            + vr + " declares " + length + " bytes of value at offset " + pos + " but only "
            + (end - pos) + " remain" + (end < b.length ? " in the enclosing item" : " in the file"));
      }
      int len = (int) length;
      if (vr == Vr.SQ) {
        Cursor items = new Cursor(file, b, pos, pos + len, explicitVr, bigEndian);
        List<DicomDataset> list = items.readItems(tag, false);
        pos += len;
        return new DicomElement(tag, vr, valueAt, b, 0, bigEndian, explicitVr, list, null);
      }
      pos += len;
      return new DicomElement(tag, vr, valueAt, b, len, bigEndian, explicitVr, null, null);
    }

    /** Items of a sequence up to {@code end} or up to a sequence delimiter when {@code delimited}. */
    List<DicomDataset> readItems(int sequenceTag, boolean delimited) {
      List<DicomDataset> items = new ArrayList<>();
      while (pos < end) {
        int at = pos;
        int tag = readTag(at);
        need(4, at, "item length in " + DicomTag.format(sequenceTag));
        long length = u32At(pos);
        pos += 4;
        if (tag == DicomTag.SEQUENCE_DELIMITATION) {
          if (!delimited) {
            throw new DicomFormatException(file, at, "sequence delimiter in the defined-length sequence "
                + DicomTag.format(sequenceTag));
          }
          return items;
        }
        if (tag != DicomTag.ITEM) {
          throw new DicomFormatException(file, at, "expected an item (FFFE,E000) in sequence "
              + DicomTag.format(sequenceTag) + ", found " + DicomTag.format(tag));
        }
        DicomDataset item = new DicomDataset(file);
        if (length == UNDEFINED) {
          readDataset(item, true);
        } else {
          if (length > end - pos) {
            throw new DicomFormatException(file, at, "truncated: item of " + DicomTag.format(sequenceTag)
                + " declares " + length + " bytes but only " + (end - pos) + " remain");
          }
          Cursor inner = new Cursor(file, b, pos, pos + (int) length, explicitVr, bigEndian);
          inner.readDataset(item, false);
          pos += (int) length;
        }
        items.add(item);
      }
      if (delimited) {
        throw new DicomFormatException(file, pos, "truncated: sequence " + DicomTag.format(sequenceTag)
            + " of undefined length has no sequence delimitation (FFFE,E0DD)");
      }
      return items;
    }

    /** Encapsulated pixel data (PS3.5 A.4): items holding the offset table and fragments. */
    List<Long> readFragments(int headerAt) {
      List<Long> fragments = new ArrayList<>();
      while (true) {
        if (pos + 8 > end) {
          throw new DicomFormatException(file, headerAt, "truncated: encapsulated pixel data have no "
              + "sequence delimitation (FFFE,E0DD)");
        }
        int at = pos;
        int tag = readTag(at);
        long length = u32At(pos);
        pos += 4;
        if (tag == DicomTag.SEQUENCE_DELIMITATION) {
          return fragments;
        }
        if (tag != DicomTag.ITEM || length > end - pos) {
          throw new DicomFormatException(file, at, "damaged encapsulated pixel data: "
              + DicomTag.format(tag) + " of length " + length);
        }
        fragments.add((long) pos);
        pos += (int) length;
      }
    }
  }
}
