package org.psmapathway.report.meta;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.report.figure.Axis;
import org.psmapathway.report.figure.Figure;
import org.psmapathway.report.figure.Fonts;
import org.psmapathway.report.figure.Text;
import org.psmapathway.report.figure.Text.Align;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.StudyWeight;
import org.psmapathway.stats.meta.Subgroup;

/**
 * Forest plot in the layout reviewers know from RevMan and R's meta/metafor: study labels and
 * descriptor columns on the left; effects with CI as squares (area ∝ weight) and whiskers on a
 * log axis for ratio measures; the estimate and CI as text and the weight on the right; subgroup
 * blocks with their own diamonds and heterogeneity; the overall diamond and prediction interval;
 * "favours" labels under the axis; heterogeneity, the overall test and the test for subgroup
 * differences underneath.
 */
public final class ForestPlot implements Figure {

  private static final double ROW = 21;
  private static final double MARGIN = 18;
  private static final double GAP = 16;
  private static final double PLOT_WIDTH = 300;
  private static final Color SQUARE = new Color(0x1F4E79);
  private static final Color PREDICTION = new Color(0xB03A2E);
  private static final Color GRID = new Color(0x9A9A9A);

  private final ForestPlotData data;
  private final boolean ratio;
  private final List<ForestRow> rows;
  private final List<String> notes;
  private final double[] columnX; // left edge of label and descriptor columns
  private final double[] columnW;
  private final double plotLeft;
  private final double effectRight;
  private final double weightRight;
  private final int width;
  private final int height;
  private final Axis axis;
  private final double maxWeight;

  public ForestPlot(ForestPlotData data) {
    this.data = data;
    MetaResult r = data.overall();
    this.ratio = "log".equals(r.scale());
    this.rows = rows(data);
    this.notes = notes(data);

    Graphics2D m = Text.measuring();
    int nc = 1 + data.descriptors().size();
    columnX = new double[nc];
    columnW = new double[nc];
    List<String> labels = new ArrayList<>();
    labels.add("Study");
    double noteWidth = 0;
    for (ForestRow row : rows) {
      if (row instanceof ForestRow.Study s) {
        labels.add(s.label());
      } else if (row instanceof ForestRow.Diamond d) {
        columnW[0] = Math.max(columnW[0], Text.width(m, Fonts.bold(), d.label()));
      } else if (row instanceof ForestRow.Heading h) {
        columnW[0] = Math.max(columnW[0], Text.width(m, Fonts.bold(), h.text()));
      } else if (row instanceof ForestRow.Prediction p) {
        labels.add(p.label());
      } else if (row instanceof ForestRow.Note n) {
        noteWidth = Math.max(noteWidth, Text.width(m, Fonts.small(), n.text()));
      }
    }
    columnW[0] = Math.max(columnW[0], Text.maxWidth(m, Fonts.body(), labels));
    for (int c = 1; c < nc; c++) {
      ForestColumn col = data.descriptors().get(c - 1);
      List<String> values = new ArrayList<>(List.of(col.values()));
      columnW[c] = Math.max(Text.width(m, Fonts.bold(), col.header()),
          Text.maxWidth(m, Fonts.body(), values));
    }
    double x = MARGIN;
    for (int c = 0; c < nc; c++) {
      columnX[c] = x;
      x += columnW[c] + GAP;
    }
    // subgroup heterogeneity notes run under the label columns: make room for them
    double left = Math.max(x, MARGIN + noteWidth + GAP);
    plotLeft = left;
    double plotRight = plotLeft + PLOT_WIDTH;
    String ciHeader = data.measure().abbreviation() + " [" + levelPercent(r.level()) + " CI]";
    double effectWidth = Math.max(Text.width(m, Fonts.bold(), ciHeader),
        Text.width(m, Fonts.body(), "0.00 [0.00, 00.00]"));
    for (ForestRow row : rows) {
      String t = effectText(row);
      if (t != null) {
        effectWidth = Math.max(effectWidth, Text.width(m, Fonts.bold(), t));
      }
    }
    effectRight = plotRight + GAP + effectWidth;
    weightRight = effectRight + GAP + Text.width(m, Fonts.bold(), "Weight");
    double notesWidth = Text.maxWidth(m, Fonts.small(), notes);
    width = (int) Math.ceil(Math.max(weightRight, MARGIN + notesWidth) + MARGIN);
    height = (int) Math.ceil(MARGIN + ROW * 1.4 + rows.size() * ROW + 70 + notes.size() * 16
        + MARGIN);
    axis = axis(plotLeft, plotRight);
    double w = 0;
    for (StudyWeight s : r.studies()) {
      w = Math.max(w, s.weight());
    }
    maxWeight = w;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void draw(Graphics2D g) {
    MetaResult r = data.overall();
    double y = MARGIN + ROW;
    // column headers
    Text.draw(g, Fonts.bold(), "Study", columnX[0], y, Align.LEFT);
    for (int c = 1; c < columnX.length; c++) {
      Text.draw(g, Fonts.bold(), data.descriptors().get(c - 1).header(), columnX[c], y, Align.LEFT);
    }
    Text.draw(g, Fonts.bold(), data.measure().abbreviation() + " [" + levelPercent(r.level())
        + " CI]", effectRight, y, Align.RIGHT);
    Text.draw(g, Fonts.bold(), "Weight", weightRight, y, Align.RIGHT);
    Text.draw(g, Fonts.bold(), data.measure().name(), (plotLeft + plotLeft + PLOT_WIDTH) / 2, y,
        Align.CENTER);
    double ruleY = y + 7;
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(MARGIN, ruleY, weightRight, ruleY));

    double top = ruleY + ROW * 0.4;
    double bottom = top + rows.size() * ROW;
    // reference lines behind the symbols: no effect (solid) and the pooled estimate (dotted)
    double nullX = axis.toPixel(ratio ? 1 : 0);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(nullX, top, nullX, bottom));
    double pooledX = axis.toPixelClamped(onAxis(r.estimate()));
    g.setColor(GRID);
    g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {3f, 3f}, 0f));
    g.draw(new Line2D.Double(pooledX, top, pooledX, bottom));

    for (int i = 0; i < rows.size(); i++) {
      drawRow(g, rows.get(i), top + (i + 0.5) * ROW);
    }

    double axisY = bottom + 4;
    axis.drawHorizontal(g, axisY, Fonts.small());
    double favoursY = axisY + 38;
    Text.draw(g, Fonts.small(), data.measure().favoursLeft().isEmpty() ? ""
        : "\u2190 " + data.measure().favoursLeft(), nullX - 6, favoursY, Align.RIGHT);
    Text.draw(g, Fonts.small(), data.measure().favoursRight().isEmpty() ? ""
        : data.measure().favoursRight() + " \u2192", nullX + 6, favoursY, Align.LEFT);

    double noteY = favoursY + 24;
    for (String note : notes) {
      Text.draw(g, Fonts.small(), note, MARGIN, noteY, Align.LEFT);
      noteY += 16;
    }
  }

  private void drawRow(Graphics2D g, ForestRow row, double mid) {
    g.setColor(Color.BLACK);
    if (row instanceof ForestRow.Heading h) {
      Text.drawCentredOn(g, Fonts.bold(), h.text(), columnX[0], mid, Align.LEFT);
    } else if (row instanceof ForestRow.Note n) {
      Text.drawCentredOn(g, Fonts.small(), n.text(), columnX[0], mid, Align.LEFT);
    } else if (row instanceof ForestRow.Study s) {
      Text.drawCentredOn(g, Fonts.body(), s.label(), columnX[0], mid, Align.LEFT);
      for (int c = 1; c < columnX.length; c++) {
        String v = data.descriptors().get(c - 1).values()[s.index()];
        Text.drawCentredOn(g, Fonts.body(), v, columnX[c], mid, Align.LEFT);
      }
      Text.drawCentredOn(g, Fonts.body(), effectText(row), effectRight, mid, Align.RIGHT);
      Text.drawCentredOn(g, Fonts.body(), Numbers.percent(s.weight()), weightRight, mid,
          Align.RIGHT);
      drawStudy(g, s, mid);
    } else if (row instanceof ForestRow.Diamond d) {
      Font f = d.overall() ? Fonts.bold() : Fonts.body();
      Text.drawCentredOn(g, f, d.label(), columnX[0], mid, Align.LEFT);
      Text.drawCentredOn(g, f, effectText(row), effectRight, mid, Align.RIGHT);
      Text.drawCentredOn(g, f, Numbers.percent(d.weight()), weightRight, mid, Align.RIGHT);
      drawDiamond(g, d, mid);
    } else if (row instanceof ForestRow.Prediction p) {
      Text.drawCentredOn(g, Fonts.body(), p.label(), columnX[0], mid, Align.LEFT);
      Text.drawCentredOn(g, Fonts.body(), effectText(row), effectRight, mid, Align.RIGHT);
      double x0 = axis.toPixelClamped(onAxis(p.lower()));
      double x1 = axis.toPixelClamped(onAxis(p.upper()));
      g.setColor(PREDICTION);
      g.setStroke(new BasicStroke(1.6f));
      g.draw(new Line2D.Double(x0, mid, x1, mid));
      g.draw(new Line2D.Double(x0, mid - 4, x0, mid + 4));
      g.draw(new Line2D.Double(x1, mid - 4, x1, mid + 4));
    }
  }

  private void drawStudy(Graphics2D g, ForestRow.Study s, double mid) {
    double lo = onAxis(s.lower());
    double hi = onAxis(s.upper());
    double x0 = axis.toPixelClamped(lo);
    double x1 = axis.toPixelClamped(hi);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.1f));
    g.draw(new Line2D.Double(x0, mid, x1, mid));
    if (lo < axis.min()) {
      arrow(g, x0, mid, -1);
    }
    if (hi > axis.max()) {
      arrow(g, x1, mid, 1);
    }
    // square area proportional to the weight (side ∝ √weight), as RevMan and metafor
    double side = Math.max(4, ROW * 0.8 * Math.sqrt(s.weight() / maxWeight));
    double x = axis.toPixel(onAxis(s.yi()));
    if (axis.contains(onAxis(s.yi()))) {
      g.setColor(SQUARE);
      g.fill(new Rectangle2D.Double(x - side / 2, mid - side / 2, side, side));
    }
  }

  private static void arrow(Graphics2D g, double x, double y, int direction) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x + direction * 2, y);
    p.lineTo(x - direction * 5, y - 3.5);
    p.lineTo(x - direction * 5, y + 3.5);
    p.closePath();
    g.fill(p);
  }

  private void drawDiamond(Graphics2D g, ForestRow.Diamond d, double mid) {
    double x0 = axis.toPixelClamped(onAxis(d.lower()));
    double xm = axis.toPixelClamped(onAxis(d.estimate()));
    double x1 = axis.toPixelClamped(onAxis(d.upper()));
    double h = ROW * 0.36;
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x0, mid);
    p.lineTo(xm, mid - h);
    p.lineTo(x1, mid);
    p.lineTo(xm, mid + h);
    p.closePath();
    g.setColor(d.overall() ? Color.BLACK : new Color(0x8C8C8C));
    g.fill(p);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(p);
  }

  private String effectText(ForestRow row) {
    if (row instanceof ForestRow.Study s) {
      return interval(s.yi(), s.lower(), s.upper());
    }
    if (row instanceof ForestRow.Diamond d) {
      return interval(d.estimate(), d.lower(), d.upper());
    }
    if (row instanceof ForestRow.Prediction p) {
      return "[" + Numbers.effect(onAxis(p.lower())) + ", " + Numbers.effect(onAxis(p.upper())) + "]";
    }
    return null;
  }

  private String interval(double est, double lo, double hi) {
    return Numbers.withInterval(onAxis(est), onAxis(lo), onAxis(hi));
  }

  /** Analysis scale → axis scale (exp for ratio measures). */
  private double onAxis(double v) {
    return ratio ? Math.exp(v) : v;
  }

  private Axis axis(double from, double to) {
    double lo = ratio ? 1 : 0;
    double hi = lo;
    for (ForestRow row : rows) {
      if (row instanceof ForestRow.Study s) {
        lo = Math.min(lo, onAxis(s.lower()));
        hi = Math.max(hi, onAxis(s.upper()));
      } else if (row instanceof ForestRow.Diamond d) {
        lo = Math.min(lo, onAxis(d.lower()));
        hi = Math.max(hi, onAxis(d.upper()));
      } else if (row instanceof ForestRow.Prediction p) {
        lo = Math.min(lo, onAxis(p.lower()));
        hi = Math.max(hi, onAxis(p.upper()));
      }
    }
    if (ratio) {
      // very wide single-study intervals would squash the rest: clip at 1/100 and 100 (arrows)
      return Axis.log(Math.max(lo, 0.01), Math.min(hi, 100), from, to);
    }
    return Axis.linear(lo, hi, from, to, 6);
  }

  static List<ForestRow> rows(ForestPlotData data) {
    MetaResult r = data.overall();
    List<ForestRow> rows = new ArrayList<>();
    List<StudyWeight> studies = r.studies();
    if (data.subgroups() == null) {
      for (int i = 0; i < studies.size(); i++) {
        rows.add(study(i, studies.get(i)));
      }
    } else {
      for (Subgroup sg : data.subgroups().subgroups()) {
        rows.add(new ForestRow.Heading(sg.group()));
        double weight = 0;
        for (int i = 0; i < studies.size(); i++) {
          if (sg.group().equals(data.groups()[i])) {
            rows.add(study(i, studies.get(i)));
            weight += studies.get(i).weight();
          }
        }
        MetaResult s = sg.result();
        rows.add(new ForestRow.Diamond("Subtotal (k = " + s.k() + ")", s.estimate(), s.lower(),
            s.upper(), weight, false));
        if (s.k() > 1) {
          rows.add(new ForestRow.Note(heterogeneity(s)));
        }
        rows.add(new ForestRow.Gap());
      }
    }
    rows.add(new ForestRow.Diamond(modelName(r), r.estimate(), r.lower(), r.upper(), 100, true));
    if (!Double.isNaN(r.predictionLower())) {
      rows.add(new ForestRow.Prediction("Prediction interval", r.predictionLower(),
          r.predictionUpper()));
    }
    return rows;
  }

  private static ForestRow.Study study(int i, StudyWeight s) {
    return new ForestRow.Study(i, s.study(), s.yi(), s.lower(), s.upper(), s.weight());
  }

  static List<String> notes(ForestPlotData data) {
    MetaResult r = data.overall();
    List<String> notes = new ArrayList<>();
    notes.add(heterogeneity(r));
    String stat = r.test().equals("knha") ? "t(" + (r.k() - 1) + ")" : "z";
    notes.add("Test for overall effect: " + stat + " = " + Numbers.fixed(r.statistic(), 2) + " ("
        + Numbers.p(r.p()) + ")");
    if (data.subgroups() != null) {
      var b = data.subgroups().betweenSubgroups();
      notes.add("Test for subgroup differences: Q = " + Numbers.fixed(b.Q(), 2) + ", df = " + b.Qdf()
          + " (" + Numbers.p(b.Qp()) + ")");
    }
    if (!"requested".equals(r.modelChoice())) {
      notes.add("Model choice: " + r.modelChoice().replace("I2", "I\u00b2").replace("<=", "\u2264")
          + ".");
    }
    return notes;
  }

  static String heterogeneity(MetaResult r) {
    String tau = r.method().equals("FE") ? ""
        : "\u03c4\u00b2 = " + Numbers.fixed(r.tau2(), r.tau2() < 0.01 ? 4 : 3) + "; ";
    return "Heterogeneity: " + tau + "I\u00b2 = " + Numbers.fixed(r.I2(), 0) + "%; Q = "
        + Numbers.fixed(r.Q(), 2) + ", df = " + r.Qdf() + " (" + Numbers.p(r.Qp()) + ")";
  }

  static String modelName(MetaResult r) {
    if (r.method().equals("FE")) {
      return "Common-effect model";
    }
    return "Random-effects model (" + r.method()
        + (r.test().equals("knha") ? ", Hartung\u2013Knapp" : "") + ")";
  }

  private static String levelPercent(double level) {
    double pct = level * 100;
    return (pct == Math.rint(pct) ? Integer.toString((int) pct) : Double.toString(pct)) + "%";
  }
}
