package org.psmapathway.dosimetry.organ;

import java.util.Locale;

/** The ICRP-110 adult reference voxel phantom whose S values and organ masses are used. */
public enum Phantom {
  /** ICRP-110 adult male (AM). */
  MALE("AM"),
  /** ICRP-110 adult female (AF). */
  FEMALE("AF");

  private final String code;

  Phantom(String code) {
    this.code = code;
  }

  /** The ICRP code as in the OpenDose tables: AM or AF. */
  public String code() {
    return code;
  }

  /** {@code male} or {@code female} (any case), or the ICRP code AM / AF. */
  public static Phantom parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "male", "am", "m" -> MALE;
      case "female", "af", "f" -> FEMALE;
      default -> throw new IllegalArgumentException(
          "phantom must be male or female, got \"" + text + "\"");
    };
  }
}
