package org.psmapathway.report.figure;

import java.awt.Font;

/**
 * The figure fonts: the logical family {@code SansSerif}, which every JDK maps to an installed font
 * (so rendering works headless) and SVG viewers map to their sans-serif. Sizes in pixels follow
 * journal figure guidance (8–12 pt at final size).
 */
public final class Fonts {

  public static final String FAMILY = Font.SANS_SERIF;
  public static final float BODY = 12f;
  public static final float SMALL = 10.5f;

  private Fonts() {}

  public static Font body() {
    return new Font(FAMILY, Font.PLAIN, 1).deriveFont(BODY);
  }

  public static Font bold() {
    return new Font(FAMILY, Font.BOLD, 1).deriveFont(BODY);
  }

  public static Font italic() {
    return new Font(FAMILY, Font.ITALIC, 1).deriveFont(BODY);
  }

  public static Font small() {
    return new Font(FAMILY, Font.PLAIN, 1).deriveFont(SMALL);
  }
}
