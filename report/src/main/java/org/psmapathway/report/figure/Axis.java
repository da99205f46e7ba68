package org.psmapathway.report.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * A data range mapped onto a pixel range, linear or logarithmic, with its ticks. A log axis takes
 * and labels values on the ratio scale (0.5, 1, 2) and places them at their logarithm, as forest
 * plots of hazard or odds ratios do. Pixel ranges may run backwards (a vertical axis with 0 at
 * the top).
 */
public final class Axis {

  private final double min;
  private final double max;
  private final boolean log;
  private final double from;
  private final double to;
  private final List<Double> ticks;

  private Axis(double min, double max, boolean log, double from, double to, List<Double> ticks) {
    this.min = min;
    this.max = max;
    this.log = log;
    this.from = from;
    this.to = to;
    this.ticks = List.copyOf(ticks);
  }

  /** A linear axis widened to nice ticks around [min, max]. */
  public static Axis linear(double min, double max, double fromPx, double toPx, int targetTicks) {
    List<Double> t = NiceTicks.linear(min, max, targetTicks);
    return new Axis(t.get(0), t.get(t.size() - 1), false, fromPx, toPx, t);
  }

  /**
   * A linear axis over [min, max] with ticks every {@code step} from {@code min} (a time axis in
   * whole years or 6-month intervals, as the reader of a survival figure expects).
   */
  public static Axis withTicks(double min, double max, double fromPx, double toPx, double step) {
    if (!(step > 0) || !(max > min)) {
      throw new IllegalArgumentException("a tick step > 0 and max > min, got step " + step
          + " over [" + min + ", " + max + "]");
    }
    List<Double> t = new java.util.ArrayList<>();
    for (int i = 0; min + i * step <= max + step * 1e-9; i++) {
      t.add(min + i * step);
    }
    return new Axis(min, t.get(t.size() - 1), false, fromPx, toPx, t);
  }

  /**
   * A log axis over [min, max] (ratios, &gt; 0), widened to the enclosing ticks of the 1–2–5
   * series (or a finer one for narrow ranges) so that both ends carry a label.
   */
  public static Axis log(double min, double max, double fromPx, double toPx) {
    List<Double> t = NiceTicks.log(min, max);
    return new Axis(t.get(0), t.get(t.size() - 1), true, fromPx, toPx, t);
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  public boolean isLog() {
    return log;
  }

  public List<Double> ticks() {
    return ticks;
  }

  /** Pixel position of a data value (on the ratio scale for a log axis). */
  public double toPixel(double value) {
    double u = log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min))
        : (value - min) / (max - min);
    return from + u * (to - from);
  }

  /** Pixel position of a value, clamped to the axis ends. */
  public double toPixelClamped(double value) {
    return toPixel(Math.max(min, Math.min(max, value)));
  }

  public boolean contains(double value) {
    return value >= min * (log ? 1 - 1e-12 : 1) - (log ? 0 : 1e-12)
        && value <= max * (log ? 1 + 1e-12 : 1) + (log ? 0 : 1e-12);
  }

  /** A horizontal axis line at {@code y} with ticks below it and their labels. */
  public void drawHorizontal(Graphics2D g, double y, Font font) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Line2D.Double(from, y, to, y));
    double label = y + 6 + Text.ascent(g, font) + 3;
    for (double t : ticks) {
      double x = toPixel(t);
      g.draw(new Line2D.Double(x, y, x, y + 5));
      Text.draw(g, font, NiceTicks.label(t), x, label, Text.Align.CENTER);
    }
  }

  /** A vertical axis line at {@code x} with ticks to its left and their labels. */
  public void drawVertical(Graphics2D g, double x, Font font) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Line2D.Double(x, from, x, to));
    for (double t : ticks) {
      double y = toPixel(t);
      g.draw(new Line2D.Double(x - 5, y, x, y));
      Text.drawCentredOn(g, font, NiceTicks.label(t), x - 8, y, Text.Align.RIGHT);
    }
  }
}
