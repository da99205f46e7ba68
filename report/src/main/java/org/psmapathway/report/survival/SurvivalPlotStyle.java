package org.psmapathway.report.survival;

import java.awt.Color;
import java.util.List;

/**
 * The choices of a survival figure that are not data: axis titles, whether the confidence band is
 * drawn, the annotation under the legend (a test's P value), the time axis end and tick spacing
 * (NaN: chosen from the data), and the y-axis range for incidence plots (NaN: from the data).
 */
public record SurvivalPlotStyle(String xLabel, String yLabel, boolean confidenceBand,
    boolean censorMarks, String annotation, double xMax, double xStep, double yMax,
    boolean increasing) {

  /**
   * Okabe and Ito's colour-blind-safe palette (Color Universal Design, 2008), in the order that
   * keeps the first two curves distinguishable in greyscale print: blue, vermillion, bluish green,
   * reddish purple, orange, sky blue, black.
   */
  public static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00),
      new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9),
      new Color(0x000000));

  public static Color colour(int curve) {
    return PALETTE.get(curve % PALETTE.size());
  }
}
