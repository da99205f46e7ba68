package org.psmapathway.app;

import java.util.List;
import org.psmapathway.stats.cox.Coefficient;

/**
 * The coefficient tables of {@code psma cox} and {@code psma finegray} as R prints them:
 * {@code print.coxph} (coef, exp(coef), se(coef), [robust se,] z, p) and the hazard-ratio table of
 * {@code summary.coxph} (exp(coef), exp(-coef), lower and upper confidence limit). NA coefficients
 * (collinear columns) print as NA.
 */
final class CoefficientTable {

  private CoefficientTable() {}

  /** print.coxph's table; {@code robust} adds the "robust se" column R shows after a robust fit. */
  static String estimates(List<Coefficient> coefficients, boolean robust) {
    int p = coefficients.size();
    double[] coef = new double[p];
    double[] hr = new double[p];
    double[] se = new double[p];
    double[] rse = new double[p];
    for (int j = 0; j < p; j++) {
      Coefficient c = coefficients.get(j);
      coef[j] = c.coef();
      hr[j] = c.hr();
      se[j] = c.se();
      rse[j] = c.robustSe();
    }
    // print.coxph: digits = max(1, getOption("digits") - 3) = 4; printCoefmat formats the
    // estimate and SE columns as one block, so they share their decimals
    double[] block = new double[(robust ? 4 : 3) * p];
    System.arraycopy(coef, 0, block, 0, p);
    System.arraycopy(hr, 0, block, p, p);
    System.arraycopy(se, 0, block, 2 * p, p);
    if (robust) {
      System.arraycopy(rse, 0, block, 3 * p, p);
    }
    String[] f = RFormat.column(block, 4);
    int width = 0;
    for (String x : f) {
      width = Math.max(width, x.length());
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = RFormat.right(f[i], width); // one block, one width, as format() gives
    }
    String[] fc = java.util.Arrays.copyOfRange(f, 0, p);
    String[] fh = java.util.Arrays.copyOfRange(f, p, 2 * p);
    String[] fs = java.util.Arrays.copyOfRange(f, 2 * p, 3 * p);
    String[] fr = robust ? java.util.Arrays.copyOfRange(f, 3 * p, 4 * p) : null;
    TextTable t = robust
        ? new TextTable("", "coef", "exp(coef)", "se(coef)", "robust se", "z", "p")
        : new TextTable("", "coef", "exp(coef)", "se(coef)", "z", "p");
    for (int j = 0; j < p; j++) {
      Coefficient c = coefficients.get(j);
      String z = Double.isNaN(c.z()) ? "NA" : String.format(java.util.Locale.ROOT, "%.3f", c.z());
      String pv = RFormat.pValue(c.p(), 3);
      if (robust) {
        t.row(c.term(), fc[j], fh[j], fs[j], fr[j], z, pv);
      } else {
        t.row(c.term(), fc[j], fh[j], fs[j], z, pv);
      }
    }
    return t.render();
  }

  /** summary.coxph's conf.int table at {@code level}. */
  static String hazardRatios(List<Coefficient> coefficients, double level) {
    int p = coefficients.size();
    double[] hr = new double[p];
    double[] inv = new double[p];
    double[] lo = new double[p];
    double[] hi = new double[p];
    for (int j = 0; j < p; j++) {
      Coefficient c = coefficients.get(j);
      hr[j] = c.hr();
      inv[j] = Math.exp(-c.coef());
      lo[j] = c.lower();
      hi[j] = c.upper();
    }
    String pct = RFormat.signif(100 * level, 6).replace(".", "");
    String[] a = RFormat.column(hr, 4);
    String[] b = RFormat.column(inv, 4);
    String[] l = RFormat.column(lo, 4);
    String[] u = RFormat.column(hi, 4);
    TextTable t = new TextTable("", "exp(coef)", "exp(-coef)", "lower ." + pct, "upper ." + pct);
    for (int j = 0; j < p; j++) {
      t.row(coefficients.get(j).term(), a[j], b[j], l[j], u[j]);
    }
    return t.render();
  }

  /** Writes {@code coefficients[]: {term, coef, se, robustSe, hr, lower, upper, z, p}}. */
  static void json(com.fasterxml.jackson.core.JsonGenerator g, List<Coefficient> coefficients)
      throws java.io.IOException {
    g.writeArrayFieldStart("coefficients");
    for (Coefficient c : coefficients) {
      g.writeStartObject();
      g.writeStringField("term", c.term());
      Json.number(g, "coef", c.coef());
      Json.number(g, "se", c.se());
      Json.number(g, "robustSe", c.robustSe());
      Json.number(g, "hr", c.hr());
      Json.number(g, "lower", c.lower());
      Json.number(g, "upper", c.upper());
      Json.number(g, "z", c.z());
      Json.number(g, "p", c.p());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
