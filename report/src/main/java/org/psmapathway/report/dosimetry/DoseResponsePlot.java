package org.psmapathway.report.dosimetry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.svg.SVGHints;
import org.psmapathway.report.figure.Axis;
import org.psmapathway.report.figure.Figure;
import org.psmapathway.report.figure.Fonts;
import org.psmapathway.report.figure.Text;
import org.psmapathway.report.figure.Text.Align;

/**
 * Dose–response figure of the seed-002 analysis: observed responses as points at 0 and 1 (no
 * jitter: patients with the same dose and outcome are stacked a few pixels inwards), the fitted
 * logistic curve with its shaded pointwise confidence band, the dose cuts as dashed verticals and
 * D₅₀ as dotted guides to both axes. Open L-shaped axes, Okabe–Ito colours, as the survival plot.
 *
 * <p>SVG groups carry ids for readers and tests: {@code observations} (one circle per patient),
 * {@code band}, {@code fitted-curve}, {@code cuts}, {@code d50}.
 */
public final class DoseResponsePlot implements Figure {

  private static final int WIDTH = 600;
  private static final int HEIGHT = 420;
  private static final double LEFT = 70;
  private static final double RIGHT = 24;
  private static final double TOP = 34;
  private static final double BOTTOM = 92;
  private static final int SAMPLES = 240;
  private static final double RADIUS = 4;
  private static final Color CURVE = new Color(0x0072B2);
  private static final Color BAND = new Color(0x0072B2 & 0xFFFFFF | 0x33000000, true);
  private static final Color RESPONDER = new Color(0x009E73);
  private static final Color NON_RESPONDER = new Color(0xD55E00);
  private static final Color CUT = new Color(0x555555);

  private final double[] dose;
  private final double[] response;
  private final ResponseBand band;
  private final double d50;
  private final List<DoseMarker> cuts;
  private final String doseTitle;
  private final Axis x;
  private final Axis y;

  /**
   * @param doseGy dose per patient (complete rows), ≥ 0 and finite
   * @param response 1 = responder, 0 = non-responder, as long as {@code doseGy}
   * @param band the fitted curve and its interval
   * @param d50Gy dose of 50 % predicted response; drawn when inside the axis, else named only in
   *     the caption
   * @param cuts dose cuts to mark
   * @param doseTitle title of the dose axis, e.g. "Whole-body tumour dose after cycle 1 (Gy)"
   * @throws IllegalArgumentException naming the argument and index for NaN, negative or infinite
   *     doses, responses other than 0/1, or lengths that differ
   */
  public DoseResponsePlot(double[] doseGy, double[] response, ResponseBand band, double d50Gy,
      List<DoseMarker> cuts, String doseTitle) {
    if (doseGy.length != response.length || doseGy.length == 0) {
      throw new IllegalArgumentException("doseGy: expected one dose per response ("
          + response.length + ", at least 1), got " + doseGy.length);
    }
    double max = 0;
    for (int i = 0; i < doseGy.length; i++) {
      if (!(doseGy[i] >= 0 && doseGy[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "doseGy[" + i + "]: expected a finite dose ≥ 0, got " + doseGy[i]);
      }
      if (response[i] != 0 && response[i] != 1) {
        throw new IllegalArgumentException(
            "response[" + i + "]: expected 0 or 1, got " + response[i]);
      }
      max = Math.max(max, doseGy[i]);
    }
    for (DoseMarker c : cuts) {
      if (Double.isFinite(c.doseGy())) {
        max = Math.max(max, c.doseGy());
      }
    }
    this.dose = doseGy.clone();
    this.response = response.clone();
    this.band = band;
    this.d50 = d50Gy;
    this.cuts = List.copyOf(cuts);
    this.doseTitle = doseTitle;
    this.x = Axis.linear(0, max, LEFT, WIDTH - RIGHT, 8);
    this.y = Axis.linear(0, 1, HEIGHT - BOTTOM, TOP, 6);
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return HEIGHT;
  }

  /** Horizontal pixel of a dose. */
  public double xPixel(double doseGy) {
    return x.toPixel(doseGy);
  }

  /** Vertical pixel of a probability. */
  public double yPixel(double probability) {
    return y.toPixel(probability);
  }

  /** Doses at which the curve is sampled: an even grid over the axis plus D₅₀ when inside it. */
  double[] sampleDoses() {
    List<Double> s = new ArrayList<>(SAMPLES + 2);
    for (int i = 0; i <= SAMPLES; i++) {
      s.add(x.min() + (x.max() - x.min()) * i / SAMPLES);
    }
    if (d50 > x.min() && d50 < x.max()) {
      s.add(d50);
    }
    return s.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  @Override
  public void draw(Graphics2D g) {
    double[] grid = sampleDoses();
    ResponseBand.Point[] pts = new ResponseBand.Point[grid.length];
    for (int i = 0; i < grid.length; i++) {
      pts[i] = band.at(grid[i]);
    }
    Path2D.Double area = new Path2D.Double();
    Path2D.Double curve = new Path2D.Double();
    for (int i = 0; i < grid.length; i++) {
      double px = x.toPixel(grid[i]);
      if (i == 0) {
        area.moveTo(px, y.toPixel(pts[i].upper()));
        curve.moveTo(px, y.toPixel(pts[i].probability()));
      } else {
        area.lineTo(px, y.toPixel(pts[i].upper()));
        curve.lineTo(px, y.toPixel(pts[i].probability()));
      }
    }
    for (int i = grid.length - 1; i >= 0; i--) {
      area.lineTo(x.toPixel(grid[i]), y.toPixel(pts[i].lower()));
    }
    area.closePath();
    group(g, "band");
    g.setColor(BAND);
    g.fill(area);
    endGroup(g);

    group(g, "cuts");
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {5f, 4f}, 0f));
    for (int k = 0; k < cuts.size(); k++) {
      DoseMarker c = cuts.get(k);
      if (!x.contains(c.doseGy())) {
        continue;
      }
      double px = x.toPixel(c.doseGy());
      g.setColor(CUT);
      g.draw(new Line2D.Double(px, y.toPixel(0), px, y.toPixel(1)));
      // labels alternate above the frame so that two close cuts stay readable
      Text.draw(g, Fonts.small(), c.label(), px, TOP - 6 - 12 * (k % 2), Align.CENTER);
    }
    endGroup(g);

    if (d50 > x.min() && d50 < x.max()) {
      group(g, "d50");
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {1.5f, 2.5f}, 0f));
      double px = x.toPixel(d50);
      double py = y.toPixel(0.5);
      g.draw(new Line2D.Double(x.toPixel(x.min()), py, px, py));
      g.draw(new Line2D.Double(px, py, px, y.toPixel(0)));
      // left of the point, above the guide to the axis: the curve and the cuts run to its right
      Text.draw(g, Fonts.small(), "D50 = " + format(d50) + " Gy", px - 8, py - 6, Align.RIGHT);
      endGroup(g);
    }

    group(g, "fitted-curve");
    g.setColor(CURVE);
    g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(curve);
    endGroup(g);

    group(g, "observations");
    g.setStroke(new BasicStroke(1.2f));
    Map<String, Integer> stack = new HashMap<>();
    for (int i = 0; i < dose.length; i++) {
      int k = stack.merge(dose[i] + "/" + response[i], 1, Integer::sum) - 1;
      double cx = x.toPixel(dose[i]);
      double cy = y.toPixel(response[i]) + (response[i] == 1 ? 1 : -1) * k * 2.5 * RADIUS;
      Ellipse2D.Double dot = new Ellipse2D.Double(cx - RADIUS, cy - RADIUS, 2 * RADIUS,
          2 * RADIUS);
      if (response[i] == 1) {
        g.setColor(RESPONDER);
        g.fill(dot);
      } else {
        // open circle, one element per patient
        g.setColor(NON_RESPONDER);
        g.draw(dot);
      }
    }
    endGroup(g);

    g.setColor(Color.BLACK);
    x.drawHorizontal(g, HEIGHT - BOTTOM, Fonts.small());
    y.drawVertical(g, LEFT, Fonts.small());
    Text.draw(g, Fonts.body(), doseTitle, (LEFT + WIDTH - RIGHT) / 2, HEIGHT - BOTTOM + 40,
        Align.CENTER);
    g.rotate(-Math.PI / 2);
    Text.draw(g, Fonts.body(), "Probability of PSA response", -(TOP + HEIGHT - BOTTOM) / 2, 24,
        Align.CENTER);
    g.rotate(Math.PI / 2);
    legend(g);
  }

  private void legend(Graphics2D g) {
    double top = HEIGHT - 34;
    double left = LEFT;
    g.setStroke(new BasicStroke(1.2f));
    g.setColor(RESPONDER);
    g.fill(new Ellipse2D.Double(left, top - 8, 8, 8));
    Text.draw(g, Fonts.small(), "Responder (1)", left + 13, top, Align.LEFT);
    left += 110;
    g.setColor(NON_RESPONDER);
    g.draw(new Ellipse2D.Double(left, top - 8, 8, 8));
    Text.draw(g, Fonts.small(), "Non-responder (0)", left + 13, top, Align.LEFT);
    left += 130;
    g.setColor(BAND);
    g.fill(new java.awt.geom.Rectangle2D.Double(left, top - 9, 22, 10));
    g.setColor(CURVE);
    g.setStroke(new BasicStroke(1.8f));
    g.draw(new Line2D.Double(left, top - 4, left + 22, top - 4));
    Text.draw(g, Fonts.small(), "Fitted logistic curve, pointwise 95% CI", left + 28, top,
        Align.LEFT);
    g.setColor(Color.BLACK);
    Text.draw(g, Fonts.small(), "Model output for research, not a treatment decision.", LEFT,
        HEIGHT - 12, Align.LEFT);
  }

  static String format(double v) {
    return String.format(Locale.ROOT, Math.abs(v) < 100 ? "%.1f" : "%.0f", v);
  }

  /** Opens an SVG group with an id (ignored by the PNG renderer). */
  static void group(Graphics2D g, String id) {
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
  }

  static void endGroup(Graphics2D g) {
    g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
  }
}
