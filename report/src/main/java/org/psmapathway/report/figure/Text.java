package org.psmapathway.report.figure;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/** Text measured and placed on a Graphics2D: left, centred or right of an x, on a baseline y. */
public final class Text {

  /** Horizontal anchor of a string. */
  public enum Align { LEFT, CENTER, RIGHT }

  private Text() {}

  /**
   * A Graphics2D for measuring text before a canvas exists (figures size themselves from their
   * longest labels). Fractional metrics on, as in {@link FigureWriter}, so measured and drawn
   * widths agree.
   */
  public static Graphics2D measuring() {
    Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
        .createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
        java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  /** Width of {@code s} in pixels with font {@code f}. */
  public static double width(Graphics2D g, Font f, String s) {
    return g.getFontMetrics(f).getStringBounds(s, g).getWidth();
  }

  /** Largest width among strings (nulls ignored). */
  public static double maxWidth(Graphics2D g, Font f, Iterable<String> strings) {
    double w = 0;
    for (String s : strings) {
      if (s != null) {
        w = Math.max(w, width(g, f, s));
      }
    }
    return w;
  }

  /** Distance from the baseline to the top of capital letters, for vertical centring. */
  public static double ascent(Graphics2D g, Font f) {
    FontMetrics m = g.getFontMetrics(f);
    return m.getAscent() * 0.72; // cap height ≈ 0.72 ascent for Latin sans-serif faces
  }

  /** Draws {@code s} with its anchor at x and its baseline at y. */
  public static void draw(Graphics2D g, Font f, String s, double x, double y, Align align) {
    if (s == null || s.isEmpty()) {
      return;
    }
    g.setFont(f);
    double w = align == Align.LEFT ? 0 : width(g, f, s);
    double left = switch (align) {
      case LEFT -> x;
      case CENTER -> x - w / 2;
      case RIGHT -> x - w;
    };
    g.drawString(s, (float) left, (float) y);
  }

  /** Draws {@code s} vertically centred on {@code yMiddle}. */
  public static void drawCentredOn(Graphics2D g, Font f, String s, double x, double yMiddle,
      Align align) {
    draw(g, f, s, x, yMiddle + ascent(g, f) / 2, align);
  }
}
