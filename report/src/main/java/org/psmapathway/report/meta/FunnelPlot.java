package org.psmapathway.report.meta;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.psmapathway.report.figure.Axis;
import org.psmapathway.report.figure.Figure;
import org.psmapathway.report.figure.Fonts;
import org.psmapathway.report.figure.Text;
import org.psmapathway.report.figure.Text.Align;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.StudyWeight;

/**
 * Funnel plot as metafor's {@code funnel.rma}: effect (x, log axis for ratio measures) against
 * its standard error (y, 0 at the top), a vertical line at the pooled estimate and
 * pseudo-confidence regions estimate ± z·SE for 90 %, 95 % and 99 % (metafor's {@code level},
 * drawn as nested shades, the 95 % one outlined as in metafor's default). Studies imputed by
 * trim-and-fill, when given, are drawn as open circles (metafor {@code funnel.rma} of a trimfill
 * object).
 */
public final class FunnelPlot implements Figure {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 460;
  private static final double LEFT = 70;
  private static final double RIGHT = 24;
  private static final double TOP = 24;
  private static final double BOTTOM = 86;
  private static final double[] LEVELS = {0.99, 0.95, 0.90};
  private static final Color[] SHADES = {new Color(0xF1F1F1), new Color(0xE2E2E2),
      new Color(0xD2D2D2)};

  private final MetaResult result;
  private final EffectMeasure measure;
  private final double[] filledYi;
  private final double[] filledVi;
  private final boolean ratio;
  private final Axis x;
  private final Axis y;

  /** Without trim-and-fill studies. */
  public FunnelPlot(MetaResult result, EffectMeasure measure) {
    this(result, measure, new double[0], new double[0]);
  }

  /** With the studies imputed by trim-and-fill (analysis scale), drawn as open circles. */
  public FunnelPlot(MetaResult result, EffectMeasure measure, double[] filledYi, double[] filledVi) {
    this.result = result;
    this.measure = measure;
    this.filledYi = filledYi.clone();
    this.filledVi = filledVi.clone();
    this.ratio = "log".equals(result.scale());
    double maxSe = 0;
    double lo = result.estimate();
    double hi = result.estimate();
    for (StudyWeight s : result.studies()) {
      maxSe = Math.max(maxSe, Math.sqrt(s.vi()));
      lo = Math.min(lo, s.yi());
      hi = Math.max(hi, s.yi());
    }
    for (int i = 0; i < this.filledYi.length; i++) {
      maxSe = Math.max(maxSe, Math.sqrt(this.filledVi[i]));
      lo = Math.min(lo, this.filledYi[i]);
      hi = Math.max(hi, this.filledYi[i]);
    }
    this.y = Axis.linear(0, maxSe, TOP, HEIGHT - BOTTOM, 5);
    double z = z(LEVELS[0]);
    lo = Math.min(lo, result.estimate() - z * y.max());
    hi = Math.max(hi, result.estimate() + z * y.max());
    this.x = ratio ? Axis.log(Math.exp(lo), Math.exp(hi), LEFT, WIDTH - RIGHT)
        : Axis.linear(lo, hi, LEFT, WIDTH - RIGHT, 6);
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return HEIGHT;
  }

  @Override
  public void draw(Graphics2D g) {
    double est = result.estimate();
    double seMax = y.max();
    g.setClip(new java.awt.geom.Rectangle2D.Double(LEFT, TOP, WIDTH - LEFT - RIGHT,
        HEIGHT - TOP - BOTTOM));
    for (int l = 0; l < LEVELS.length; l++) {
      double z = z(LEVELS[l]);
      Path2D.Double funnel = new Path2D.Double();
      funnel.moveTo(px(est), y.toPixel(0));
      funnel.lineTo(px(est - z * seMax), y.toPixel(seMax));
      funnel.lineTo(px(est + z * seMax), y.toPixel(seMax));
      funnel.closePath();
      g.setColor(SHADES[l]);
      g.fill(funnel);
      if (LEVELS[l] == 0.95) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f));
        g.draw(new Line2D.Double(px(est), y.toPixel(0), px(est - z * seMax), y.toPixel(seMax)));
        g.draw(new Line2D.Double(px(est), y.toPixel(0), px(est + z * seMax), y.toPixel(seMax)));
      }
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Line2D.Double(px(est), y.toPixel(0), px(est), y.toPixel(seMax)));
    for (StudyWeight s : result.studies()) {
      double cx = px(s.yi());
      double cy = y.toPixel(Math.sqrt(s.vi()));
      g.setColor(Color.BLACK);
      g.fill(new Ellipse2D.Double(cx - 3.5, cy - 3.5, 7, 7));
    }
    g.setStroke(new BasicStroke(1.1f));
    for (int i = 0; i < filledYi.length; i++) {
      double cx = px(filledYi[i]);
      double cy = y.toPixel(Math.sqrt(filledVi[i]));
      g.setColor(Color.WHITE);
      g.fill(new Ellipse2D.Double(cx - 3.5, cy - 3.5, 7, 7));
      g.setColor(Color.BLACK);
      g.draw(new Ellipse2D.Double(cx - 3.5, cy - 3.5, 7, 7));
    }
    g.setClip(null);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new java.awt.geom.Rectangle2D.Double(LEFT, TOP, WIDTH - LEFT - RIGHT,
        HEIGHT - TOP - BOTTOM));
    x.drawHorizontal(g, HEIGHT - BOTTOM, Fonts.small());
    y.drawVertical(g, LEFT, Fonts.small());
    Text.draw(g, Fonts.body(), measure.name() + (ratio ? " (log scale)" : ""),
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - BOTTOM + 42, Align.CENTER);
    g.rotate(-Math.PI / 2);
    Text.draw(g, Fonts.body(), "Standard error", -(TOP + HEIGHT - BOTTOM) / 2, 26, Align.CENTER);
    g.rotate(Math.PI / 2);
    // short enough to fit under the plot at the figure's width
    Text.draw(g, Fonts.small(), "Shaded: 90%, 95% (dashed) and 99% pseudo-confidence regions",
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 22, Align.CENTER);
    if (filledYi.length > 0) {
      Text.draw(g, Fonts.small(), "\u25cb studies imputed by trim-and-fill (k0 = "
          + filledYi.length + ")", LEFT, HEIGHT - 8, Align.LEFT);
    }
  }

  private double px(double v) {
    return x.toPixel(ratio ? Math.exp(v) : v);
  }

  private static double z(double level) {
    return NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
  }

  /** The pseudo-confidence levels drawn, widest first. */
  public static List<Double> levels() {
    return List.of(LEVELS[0], LEVELS[1], LEVELS[2]);
  }
}
