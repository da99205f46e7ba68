package org.psmapathway.report.survival;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.report.figure.Axis;
import org.psmapathway.report.figure.Figure;
import org.psmapathway.report.figure.Fonts;
import org.psmapathway.report.figure.NiceTicks;
import org.psmapathway.report.figure.Text;
import org.psmapathway.report.figure.Text.Align;

/**
 * Kaplan–Meier and cumulative-incidence figure in the layout of clinical journals (NEJM, Lancet,
 * JCO): open L-shaped axes without gridlines, step curves in a colour-blind-safe palette, censoring
 * marks, an optional shaded confidence band, a legend in the corner the curves cannot reach (lower
 * left for survival, which starts at 1; upper left for incidence, which starts at 0) with the test
 * result under it, and the number at risk under the time axis, one row per curve, each count
 * centred on its tick.
 *
 * <p>Long curves are drawn at the figure's resolution: steps closer than a fifth of a pixel are
 * merged (the path still passes through every value), so a million-row curve stays a small SVG.
 */
public final class SurvivalPlot implements Figure {

  private static final int WIDTH = 640;
  private static final double TOP = 18;
  private static final double RIGHT = 28;
  private static final double PLOT_HEIGHT = 300;
  private static final double RISK_ROW = 17;
  private static final float CURVE_WIDTH = 1.6f;

  private final List<SurvivalCurve> curves;
  private final SurvivalPlotStyle style;
  private final double left;
  private final int height;
  private final Axis x;
  private final Axis y;
  /** Index of the first curve of each risk-table row. */
  private final List<Integer> riskRows;

  public SurvivalPlot(List<SurvivalCurve> curves, SurvivalPlotStyle style) {
    if (curves.isEmpty()) {
      throw new IllegalArgumentException("curves: expected at least one curve");
    }
    this.curves = List.copyOf(curves);
    this.style = style;
    Graphics2D m = Text.measuring();
    List<String> labels = new ArrayList<>();
    for (SurvivalCurve c : curves) {
      labels.add(c.label());
    }
    for (SurvivalCurve c : curves) {
      labels.add(c.riskGroup());
    }
    double labelWidth = Math.max(Text.maxWidth(m, Fonts.small(), labels),
        Text.width(m, Fonts.bold().deriveFont(Fonts.SMALL), "No. at risk"));
    this.left = Math.max(72, Math.ceil(labelWidth) + 22);
    this.riskRows = riskRows(this.curves);
    this.height = (int) Math.ceil(TOP + PLOT_HEIGHT + 62 + RISK_ROW * (riskRows.size() + 1) + 8);
    double xMax = style.xMax();
    if (!(xMax > 0)) {
      xMax = 0;
      for (SurvivalCurve c : curves) {
        xMax = Math.max(xMax, c.lastTime());
      }
      xMax = xMax > 0 ? xMax : 1;
    }
    this.x = stepAxis(xMax, style.xStep() > 0 ? style.xStep() : timeStep(xMax));
    double yMax = style.increasing() ? (style.yMax() > 0 ? style.yMax() : incidenceMax()) : 1;
    this.y = Axis.linear(0, yMax, TOP + PLOT_HEIGHT, TOP, 6);
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return height;
  }

  /** The tick times of the time axis (where the numbers at risk are given). */
  public List<Double> timeTicks() {
    return x.ticks();
  }

  @Override
  public void draw(Graphics2D g) {
    double bottom = TOP + PLOT_HEIGHT;
    Rectangle2D plotArea = new Rectangle2D.Double(left, TOP - 2, WIDTH - RIGHT - left + 2,
        PLOT_HEIGHT + 4);
    if (style.confidenceBand()) {
      g.setClip(plotArea);
      for (int i = 0; i < curves.size(); i++) {
        band(g, curves.get(i), colour(i));
      }
    }
    g.setClip(plotArea);
    for (int i = 0; i < curves.size(); i++) {
      curve(g, curves.get(i), colour(i), dash(i));
    }
    g.setClip(null);
    axes(g, bottom);
    legend(g);
    riskTable(g, bottom);
  }

  private void axes(Graphics2D g, double bottom) {
    Font font = Fonts.small();
    x.drawHorizontal(g, bottom + 4, font);
    // y ticks with one decimal (0.0 … 1.0), as survival axes are usually labelled
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    double axisX = left - 4;
    g.draw(new Line2D.Double(axisX, y.toPixel(y.min()), axisX, y.toPixel(y.max())));
    double step = y.ticks().size() > 1 ? y.ticks().get(1) - y.ticks().get(0) : 1;
    int decimals = Math.max(1, (int) Math.ceil(-Math.log10(step) - 1e-9));
    for (double t : y.ticks()) {
      double py = y.toPixel(t);
      g.draw(new Line2D.Double(axisX - 5, py, axisX, py));
      Text.drawCentredOn(g, font, String.format(java.util.Locale.ROOT, "%." + decimals + "f", t),
          axisX - 8, py, Align.RIGHT);
    }
    Font title = Fonts.body();
    Text.draw(g, title, style.xLabel(), (left + WIDTH - RIGHT) / 2, bottom + 46, Align.CENTER);
    AffineTransform saved = g.getTransform();
    g.translate(18, TOP + PLOT_HEIGHT / 2);
    g.rotate(-Math.PI / 2);
    Text.draw(g, title, style.yLabel(), 0, 0, Align.CENTER);
    g.setTransform(saved);
  }

  private void curve(Graphics2D g, SurvivalCurve c, Color colour, float[] dash) {
    Path2D.Double path = new Path2D.Double();
    double cx = x.toPixel(0);
    double cy = y.toPixel(c.start());
    path.moveTo(cx, cy);
    for (int k = 0; k < c.time().length; k++) {
      double v = c.value()[k];
      if (Double.isNaN(v)) {
        break;
      }
      double px = x.toPixel(c.time()[k]);
      if (px - cx >= 0.2) {
        path.lineTo(px, cy);
        cx = px;
      }
      double py = y.toPixel(v);
      if (Math.abs(py - cy) >= 0.05) {
        path.lineTo(cx, py);
        cy = py;
      }
    }
    double end = x.toPixel(c.lastTime());
    if (end > cx) {
      path.lineTo(end, cy);
    }
    g.setColor(colour);
    g.setStroke(stroke(CURVE_WIDTH, dash));
    g.draw(path);
    if (style.censorMarks()) {
      g.setStroke(new BasicStroke(1.1f));
      double lastMark = Double.NEGATIVE_INFINITY;
      for (double t : c.censorTime()) {
        double px = x.toPixel(t);
        if (px - lastMark < 0.8) {
          continue; // marks closer than a pixel are one mark at this size
        }
        double py = y.toPixel(c.valueAt(t));
        g.draw(new Line2D.Double(px, py - 3.5, px, py + 3.5));
        lastMark = px;
      }
    }
  }

  /** Shaded pointwise band, one polygon per run of steps where both bounds are defined. */
  private void band(Graphics2D g, SurvivalCurve c, Color colour) {
    if (c.lower() == null) {
      return;
    }
    g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 38));
    int n = c.time().length;
    int k = 0;
    while (k < n) {
      while (k < n && !(defined(c, k))) {
        k++;
      }
      int from = k;
      while (k < n && defined(c, k)) {
        k++;
      }
      if (k > from) {
        double endTime = k < n ? c.time()[k] : c.lastTime();
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x.toPixel(c.time()[from]), y.toPixel(c.upper()[from]));
        for (int j = from; j < k; j++) {
          double next = j + 1 < k ? c.time()[j + 1] : endTime;
          p.lineTo(x.toPixel(next), y.toPixel(c.upper()[j]));
          if (j + 1 < k) {
            p.lineTo(x.toPixel(next), y.toPixel(c.upper()[j + 1]));
          }
        }
        for (int j = k - 1; j >= from; j--) {
          double next = j + 1 < k ? c.time()[j + 1] : endTime;
          p.lineTo(x.toPixel(next), y.toPixel(c.lower()[j]));
          p.lineTo(x.toPixel(c.time()[j]), y.toPixel(c.lower()[j]));
        }
        p.closePath();
        g.fill(p);
      }
    }
  }

  private static boolean defined(SurvivalCurve c, int k) {
    return Double.isFinite(c.lower()[k]) && Double.isFinite(c.upper()[k]);
  }

  private void legend(Graphics2D g) {
    Font font = Fonts.small();
    double rowHeight = 16;
    int rows = curves.size() + (style.annotation() == null ? 0 : 1);
    double x0 = left + 14;
    double top = style.increasing() ? TOP + 8 : TOP + PLOT_HEIGHT - 10 - rows * rowHeight;
    if (curves.size() > 1 || !curves.get(0).label().isEmpty()) {
      for (int i = 0; i < curves.size(); i++) {
        double yMid = top + rowHeight * i + rowHeight / 2;
        g.setColor(colour(i));
        g.setStroke(stroke(2.2f, dash(i)));
        g.draw(new Line2D.Double(x0, yMid, x0 + 22, yMid));
        g.setColor(Color.BLACK);
        Text.drawCentredOn(g, font, curves.get(i).label(), x0 + 30, yMid, Align.LEFT);
      }
    }
    if (style.annotation() != null) {
      double yMid = top + rowHeight * curves.size() + rowHeight / 2;
      g.setColor(Color.BLACK);
      Text.drawCentredOn(g, font, style.annotation(), x0, yMid, Align.LEFT);
    }
  }

  private void riskTable(Graphics2D g, double bottom) {
    Font font = Fonts.small();
    Font bold = Fonts.bold().deriveFont(Fonts.SMALL);
    double top = bottom + 70;
    g.setColor(Color.BLACK);
    Text.draw(g, bold, "No. at risk", 8, top, Align.LEFT);
    for (int row = 0; row < riskRows.size(); row++) {
      int i = riskRows.get(row);
      SurvivalCurve c = curves.get(i);
      double base = top + RISK_ROW * (row + 1);
      g.setColor(colour(i));
      Text.draw(g, font, c.riskGroup().isEmpty() ? "All" : c.riskGroup(), 8, base, Align.LEFT);
      g.setColor(Color.BLACK);
      for (double t : x.ticks()) {
        Text.draw(g, font, Integer.toString(c.atRisk(t)), x.toPixel(t), base, Align.CENTER);
      }
    }
  }

  /**
   * Colour of a curve: one per risk-table group (the palette in group order), so the causes of
   * one group in an incidence figure share it and differ by {@link #dash}.
   */
  private Color colour(int curve) {
    String group = curves.get(curve).riskGroup();
    for (int row = 0; row < riskRows.size(); row++) {
      if (curves.get(riskRows.get(row)).riskGroup().equals(group)) {
        return SurvivalPlotStyle.colour(row);
      }
    }
    return SurvivalPlotStyle.colour(curve);
  }

  /** Solid for the first curve of a group, then dashed, dotted, dash-dot (null: solid). */
  private float[] dash(int curve) {
    int k = 0;
    for (int i = 0; i < curve; i++) {
      k += curves.get(i).riskGroup().equals(curves.get(curve).riskGroup()) ? 1 : 0;
    }
    return DASHES[k % DASHES.length];
  }

  private static final float[][] DASHES = {null, {6f, 4f}, {1.5f, 3f}, {7f, 3f, 1.5f, 3f}};

  private static BasicStroke stroke(float width, float[] dash) {
    return dash == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
  }

  private static List<Integer> riskRows(List<SurvivalCurve> curves) {
    List<Integer> rows = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < curves.size(); i++) {
      if (!seen.contains(curves.get(i).riskGroup())) {
        seen.add(curves.get(i).riskGroup());
        rows.add(i);
      }
    }
    return rows;
  }

  private double incidenceMax() {
    double max = 0;
    for (SurvivalCurve c : curves) {
      double[] top = style.confidenceBand() && c.upper() != null ? c.upper() : c.value();
      for (double v : top) {
        if (Double.isFinite(v)) {
          max = Math.max(max, v);
        }
      }
    }
    return Math.min(1, max > 0 ? max * 1.05 : 1);
  }

  /**
   * The smallest step of the 1–2–2.5–5 series that covers the follow-up in at most 7 intervals, so
   * the axis ends at the first tick at or after the last follow-up (not at the next power of ten)
   * and the risk table has 5–8 columns.
   */
  static double timeStep(double xMax) {
    double[] mantissas = {1, 2, 2.5, 5};
    double decade = Math.pow(10, Math.floor(Math.log10(xMax / 7)));
    for (int e = 0; e < 3; e++) {
      for (double m : mantissas) {
        double step = m * decade * Math.pow(10, e);
        if (Math.ceil(xMax / step - 1e-9) <= 7) {
          return step;
        }
      }
    }
    return xMax;
  }

  private Axis stepAxis(double xMax, double step) {
    // ticks 0, step, 2·step, … up to the first at or beyond the last follow-up
    double end = Math.ceil(xMax / step - 1e-9) * step;
    return Axis.withTicks(0, end, left, WIDTH - RIGHT, step);
  }

  /** Tick labels of the time axis, as drawn. */
  public List<String> timeTickLabels() {
    List<String> out = new ArrayList<>();
    for (double t : x.ticks()) {
      out.add(NiceTicks.label(t));
    }
    return out;
  }
}
