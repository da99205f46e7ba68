package org.psmapathway.dosimetry.image.dicom;

/**
 * DICOM value representations (PS3.5 §6.2). {@code longLength} marks the VRs whose explicit-VR
 * header has two reserved bytes and a 32-bit length (PS3.5 §7.1.2, Table 7.1-1); the others have a
 * 16-bit length.
 */
public enum Vr {
  AE(false, Kind.TEXT), AS(false, Kind.TEXT), AT(false, Kind.TAG), CS(false, Kind.TEXT),
  DA(false, Kind.TEXT), DS(false, Kind.TEXT), DT(false, Kind.TEXT), FL(false, Kind.FLOAT32),
  FD(false, Kind.FLOAT64), IS(false, Kind.TEXT), LO(false, Kind.TEXT), LT(false, Kind.TEXT),
  OB(true, Kind.BYTES), OD(true, Kind.FLOAT64), OF(true, Kind.FLOAT32), OL(true, Kind.UINT32),
  OV(true, Kind.BYTES), OW(true, Kind.UINT16), PN(false, Kind.TEXT), SH(false, Kind.TEXT),
  SL(false, Kind.INT32), SQ(true, Kind.SEQUENCE), SS(false, Kind.INT16), ST(false, Kind.TEXT),
  SV(true, Kind.BYTES), TM(false, Kind.TEXT), UC(true, Kind.TEXT), UI(false, Kind.TEXT),
  UL(false, Kind.UINT32), UN(true, Kind.BYTES), UR(true, Kind.TEXT), US(false, Kind.UINT16),
  UT(true, Kind.TEXT), UV(true, Kind.BYTES);

  /** How the value bytes are interpreted. */
  public enum Kind { TEXT, TAG, INT16, UINT16, INT32, UINT32, FLOAT32, FLOAT64, BYTES, SEQUENCE }

  private final boolean longLength;
  private final Kind kind;

  Vr(boolean longLength, Kind kind) {
    this.longLength = longLength;
    this.kind = kind;
  }

  /** Whether the explicit-VR header carries a 32-bit length after two reserved bytes. */
  public boolean longLength() {
    return longLength;
  }

  public Kind kind() {
    return kind;
  }

  /** The VR spelled by two ASCII bytes, or null when they name none. */
  static Vr of(int first, int second) {
    if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
      return null;
    }
    try {
      return valueOf(new String(new char[] {(char) first, (char) second}));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
