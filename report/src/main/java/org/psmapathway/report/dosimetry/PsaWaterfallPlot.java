package org.psmapathway.report.dosimetry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.svg.SVGHints;
import org.psmapathway.report.figure.Axis;
import org.psmapathway.report.figure.Figure;
import org.psmapathway.report.figure.Fonts;
import org.psmapathway.report.figure.Text;
import org.psmapathway.report.figure.Text.Align;

/**
 * PSA waterfall plot in the layout of PCWG3 reports (Scher et al. JCO 2016): one bar per patient
 * of the best PSA change from baseline, sorted from the largest rise to the deepest decline,
 * reference lines at −50 % (PSA50) and +20 %, bars coloured by tumour dose ≥ or &lt; the cut with a
 * legend giving each group's size. Rises beyond +100 % are cut at +100 % and marked with their
 * value, as waterfall plots usually do.
 *
 * <p>The bars are the {@code rect} elements of the SVG group {@code bars}, in plotted order, each
 * with the patient as its title.
 */
public final class PsaWaterfallPlot implements Figure {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;
  private static final double LEFT = 70;
  private static final double RIGHT = 48;
  private static final double TOP = 24;
  private static final double BOTTOM = 70;
  private static final double CAP_PERCENT = 100;
  static final Color HIGH_DOSE = new Color(0x0072B2);
  static final Color LOW_DOSE = new Color(0xE69F00);

  private final List<WaterfallBar> bars;
  private final String cutLabel;
  private final Axis y;

  /**
   * @param bars one per patient, any order; changes finite and ≥ −100 %
   * @param cutLabel the cut as the legend shows it, e.g. "10 Gy"
   * @throws IllegalArgumentException naming the index of a change that is NaN, infinite or below
   *     −100 %, or when there are no bars
   */
  public PsaWaterfallPlot(List<WaterfallBar> bars, String cutLabel) {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("bars: expected at least one patient, got none");
    }
    double lo = -100;
    double hi = 20;
    for (int i = 0; i < bars.size(); i++) {
      double c = bars.get(i).changePercent();
      if (!(c >= -100 && c < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("bars[" + i + "] (" + bars.get(i).patient()
            + "): expected a PSA change ≥ −100 %, got " + c);
      }
      hi = Math.max(hi, Math.min(c, CAP_PERCENT));
    }
    List<WaterfallBar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparingDouble(WaterfallBar::changePercent).reversed());
    this.bars = List.copyOf(sorted);
    this.cutLabel = cutLabel;
    this.y = Axis.linear(lo, hi, HEIGHT - BOTTOM, TOP, 7);
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return HEIGHT;
  }

  /** The bars in plotted order (descending change). */
  public List<WaterfallBar> bars() {
    return bars;
  }

  /** Vertical pixel of a % change. */
  public double yPixel(double changePercent) {
    return y.toPixel(changePercent);
  }

  @Override
  public void draw(Graphics2D g) {
    double plotWidth = WIDTH - LEFT - RIGHT;
    double slot = plotWidth / bars.size();
    double barWidth = slot * 0.8;
    double zero = y.toPixel(0);
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "bars");
    for (int i = 0; i < bars.size(); i++) {
      WaterfallBar b = bars.get(i);
      double shown = Math.min(b.changePercent(), CAP_PERCENT);
      double top = Math.min(zero, y.toPixel(shown));
      double height = Math.abs(y.toPixel(shown) - zero);
      double left = LEFT + i * slot + (slot - barWidth) / 2;
      g.setColor(b.atOrAboveCut() ? HIGH_DOSE : LOW_DOSE);
      g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, b.patient());
      g.fill(new Rectangle2D.Double(left, top, barWidth, height));
    }
    g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    for (int i = 0; i < bars.size(); i++) {
      WaterfallBar b = bars.get(i);
      if (b.changePercent() > CAP_PERCENT) {
        g.setColor(Color.BLACK);
        Text.draw(g, Fonts.small(), "+" + Math.round(b.changePercent()) + "%",
            LEFT + (i + 0.5) * slot, y.toPixel(CAP_PERCENT) - 4, Align.CENTER);
      }
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(LEFT, zero, WIDTH - RIGHT, zero));
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {5f, 4f}, 0f));
    g.setColor(new Color(0x555555));
    for (double ref : new double[] {-50, 20}) {
      double py = y.toPixel(ref);
      g.draw(new Line2D.Double(LEFT, py, WIDTH - RIGHT, py));
      // labelled in the right margin, where no bar can hide them
      Text.drawCentredOn(g, Fonts.small(), (ref > 0 ? "+" : "−") + Math.round(Math.abs(ref))
          + "%", WIDTH - RIGHT + 5, py, Align.LEFT);
    }
    y.drawVertical(g, LEFT, Fonts.small());
    g.rotate(-Math.PI / 2);
    Text.draw(g, Fonts.body(), "Best PSA change from baseline (%)", -(TOP + HEIGHT - BOTTOM) / 2,
        24, Align.CENTER);
    g.rotate(Math.PI / 2);
    legend(g);
  }

  private void legend(Graphics2D g) {
    long high = bars.stream().filter(WaterfallBar::atOrAboveCut).count();
    long low = bars.size() - high;
    double base = HEIGHT - BOTTOM + 30;
    double left = LEFT;
    g.setColor(HIGH_DOSE);
    g.fill(new Rectangle2D.Double(left, base - 10, 12, 10));
    g.setColor(Color.BLACK);
    String a = "Tumour dose ≥ " + cutLabel + " (n = " + high + ")";
    Text.draw(g, Fonts.small(), a, left + 17, base, Align.LEFT);
    left += 17 + Text.width(g, Fonts.small(), a) + 24;
    g.setColor(LOW_DOSE);
    g.fill(new Rectangle2D.Double(left, base - 10, 12, 10));
    g.setColor(Color.BLACK);
    Text.draw(g, Fonts.small(), "Tumour dose < " + cutLabel + " (n = " + low + ")", left + 17,
        base, Align.LEFT);
    Text.draw(g, Fonts.small(), "Dashed: −50% (PSA50, PCWG3) and +20%; one bar per patient.",
        LEFT, base + 20, Align.LEFT);
  }
}
