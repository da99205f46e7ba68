package org.psmapathway.dosimetry.image.dicom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DICOM data set (the top level of a file or one sequence item): tag → value, in the spirit of
 * dcm4che's {@code Attributes} so that a later switch to that library stays cheap. Getters return
 * null (or the given default) for an absent or empty element, and throw
 * {@link DicomFormatException} naming the file, tag and offset when a value cannot be read as
 * asked (e.g. "abc" in a DS).
 *
 * <p>Text is decoded as ISO 8859-1: the values this package reads (numbers, dates, code strings,
 * UIDs) are ASCII whatever (0008,0005) says.
 */
public final class DicomDataset {

  private final Path file;
  private final Map<Integer, DicomElement> elements = new LinkedHashMap<>();

  DicomDataset(Path file) {
    this.file = file;
  }

  void put(DicomElement element) {
    elements.put(element.tag(), element);
  }

  /** The file this data set was read from. */
  public Path file() {
    return file;
  }

  /** Tags present, in file order. */
  public List<Integer> tags() {
    return List.copyOf(elements.keySet());
  }

  public boolean contains(int tag) {
    return elements.containsKey(tag);
  }

  /** The element with {@code tag}, or null. */
  public DicomElement element(int tag) {
    return elements.get(tag);
  }

  /** All values of a text element split at backslashes and trimmed, or null when absent or empty. */
  public String[] getStrings(int tag) {
    DicomElement e = elements.get(tag);
    if (e == null || e.length() == 0 || e.items() != null) {
      return null;
    }
    if (e.vr().kind() != Vr.Kind.TEXT && e.vr().kind() != Vr.Kind.BYTES) {
      double[] numbers = getDoubles(tag);
      String[] out = new String[numbers.length];
      for (int i = 0; i < numbers.length; i++) {
        out[i] = (numbers[i] == Math.rint(numbers[i]) && Math.abs(numbers[i]) < 1e15)
            ? Long.toString((long) numbers[i]) : Double.toString(numbers[i]);
      }
      return out;
    }
    return textValues(e);
  }

  /** The value bytes as backslash-separated text values (OB and UN included: implicit VR). */
  private static String[] textValues(DicomElement e) {
    String text = new String(e.source(), (int) e.valueOffset(), e.length(), StandardCharsets.ISO_8859_1);
    String[] parts = text.split("\\\\", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = trim(parts[i]);
    }
    return parts;
  }

  /** The first value of a text element, trimmed; null when absent or empty. */
  public String getString(int tag) {
    String[] values = getStrings(tag);
    return values == null || values[0].isEmpty() ? null : values[0];
  }

  public String getString(int tag, String defaultValue) {
    String s = getString(tag);
    return s == null ? defaultValue : s;
  }

  /**
   * All values as numbers: DS and IS are parsed from text, binary VRs (US, SS, UL, SL, FL, FD, OF,
   * OD, OW, AT) decoded in the data set's byte order. Null when absent or empty.
   */
  public double[] getDoubles(int tag) {
    DicomElement e = elements.get(tag);
    if (e == null || e.length() == 0 || e.items() != null) {
      return null;
    }
    ByteBuffer b = e.value();
    double[] out;
    switch (e.vr().kind()) {
      case INT16 -> {
        out = new double[e.length() / 2];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getShort();
        }
      }
      case UINT16 -> {
        out = new double[e.length() / 2];
        for (int i = 0; i < out.length; i++) {
          out[i] = Short.toUnsignedInt(b.getShort());
        }
      }
      case INT32 -> {
        out = new double[e.length() / 4];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getInt();
        }
      }
      case UINT32 -> {
        out = new double[e.length() / 4];
        for (int i = 0; i < out.length; i++) {
          out[i] = Integer.toUnsignedLong(b.getInt());
        }
      }
      case TAG -> {
        out = new double[e.length() / 4];
        for (int i = 0; i < out.length; i++) {
          int group = Short.toUnsignedInt(b.getShort());
          out[i] = (group << 16) | Short.toUnsignedInt(b.getShort());
        }
      }
      case FLOAT32 -> {
        out = new double[e.length() / 4];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getFloat();
        }
      }
      case FLOAT64 -> {
        out = new double[e.length() / 8];
        for (int i = 0; i < out.length; i++) {
          out[i] = b.getDouble();
        }
      }
      default -> {
        String[] parts = textValues(e);
        out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
          try {
            out[i] = Double.parseDouble(parts[i]);
          } catch (NumberFormatException ex) {
            throw new DicomFormatException(file, e.valueOffset(), DicomTag.format(tag) + " " + e.vr()
                + " value " + (i + 1) + " is '" + parts[i] + "', expected a number");
          }
        }
      }
    }
    return out;
  }

  /** The first value as a number, or {@code defaultValue} when absent or empty. */
  public double getDouble(int tag, double defaultValue) {
    double[] values = getDoubles(tag);
    return values == null || values.length == 0 ? defaultValue : values[0];
  }

  /** The first value as an integer, or {@code defaultValue}; a non-integral value is an error. */
  public int getInt(int tag, int defaultValue) {
    double v = getDouble(tag, Double.NaN);
    if (Double.isNaN(v)) {
      return defaultValue;
    }
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new DicomFormatException(file, elements.get(tag).valueOffset(),
          DicomTag.format(tag) + " is " + v + ", expected an integer");
    }
    return (int) v;
  }

  /** All values as integers (e.g. the tags of an AT element), or null when absent. */
  public int[] getInts(int tag) {
    double[] values = getDoubles(tag);
    if (values == null) {
      return null;
    }
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (int) (long) values[i];
    }
    return out;
  }

  /**
   * The items of a sequence; empty when absent. An implicit-VR element this package's dictionary
   * does not know (read as UN) is parsed as a sequence on request.
   */
  public List<DicomDataset> getSequence(int tag) {
    DicomElement e = elements.get(tag);
    if (e == null) {
      return List.of();
    }
    if (e.items() == null) {
      if (e.vr() != Vr.UN && e.vr() != Vr.SQ) {
        throw new DicomFormatException(file, e.valueOffset(),
            DicomTag.format(tag) + " has VR " + e.vr() + ", expected a sequence (SQ)");
      }
      List<DicomDataset> items = Part10Reader.parseSequenceValue(file, e);
      DicomElement parsed = new DicomElement(e.tag(), Vr.SQ, e.valueOffset(), e.source(), 0,
          e.bigEndian(), e.explicitVr(), items, null);
      elements.put(tag, parsed);
      return Collections.unmodifiableList(items);
    }
    return Collections.unmodifiableList(e.items());
  }

  /** The first item of a sequence, or null. */
  public DicomDataset getNestedDataset(int tag) {
    List<DicomDataset> items = getSequence(tag);
    return items.isEmpty() ? null : items.get(0);
  }

  /** A copy of the value bytes (in file byte order), or null when absent. */
  public byte[] getBytes(int tag) {
    DicomElement e = elements.get(tag);
    if (e == null || e.items() != null) {
      return null;
    }
    byte[] out = new byte[e.length()];
    System.arraycopy(e.source(), (int) e.valueOffset(), out, 0, e.length());
    return out;
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\0')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Items of this data set's sequences, depth first (for diagnostics). */
  List<DicomElement> elements() {
    return new ArrayList<>(elements.values());
  }
}
