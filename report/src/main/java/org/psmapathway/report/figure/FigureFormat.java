package org.psmapathway.report.figure;

import java.util.Locale;

/** Output format of a figure, chosen by the file extension. */
public enum FigureFormat {
  /** Scalable vector graphics, for publication. */
  SVG,
  /** Raster image at {@link FigureWriter#PNG_SCALE}× the nominal size, for a quick look. */
  PNG;

  /**
   * @throws IllegalArgumentException when the name ends neither in {@code .svg} nor {@code .png}
   */
  public static FigureFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".svg")) {
      return SVG;
    }
    if (lower.endsWith(".png")) {
      return PNG;
    }
    throw new IllegalArgumentException("a file name ending in .svg or .png, got " + name);
  }
}
