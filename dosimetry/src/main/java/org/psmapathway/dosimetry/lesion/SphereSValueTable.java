package org.psmapathway.dosimetry.lesion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lu-177 unit-density (1.03 g/mL) soft-tissue sphere S values, 15 spheres of 1–60 mm radius
 * (0.00431–932 g), shipped as the resource {@value #RESOURCE} (PyTheranostics
 * {@code data/s-values/spheres.json}, column 100 %/0 %, Apache-2.0; provenance in its header).
 * Values between table masses come from PCHIP on log mass → log S, as PyTheranostics interpolates.
 */
public final class SphereSValueTable {

  static final String RESOURCE = "lu177-sphere-s-values-soft-tissue.csv";
  private static final String HEADER = "radiusMm,massG,sGyPerBqS";

  /** 1 Gy/(Bq·s) = 1e3 mGy · 1e6 Bq/MBq · 3600 s/h = 3.6e12 mGy/(MBq·h). */
  static final double MGY_PER_MBQ_H_PER_GY_PER_BQ_S = 3.6e12;

  /** Tissue density of the table's soft-tissue spheres, g/mL. */
  public static final double SOFT_TISSUE_DENSITY_G_PER_ML = 1.03;

  private static final SphereSValueTable SHIPPED = load();

  private final double[] massG;
  private final double[] sGyPerBqS;
  private final Pchip logLog;

  private SphereSValueTable(double[] massG, double[] sGyPerBqS) {
    this.massG = massG;
    this.sGyPerBqS = sGyPerBqS;
    double[] lx = new double[massG.length];
    double[] ly = new double[massG.length];
    for (int i = 0; i < massG.length; i++) {
      lx[i] = Math.log(massG[i]);
      ly[i] = Math.log(sGyPerBqS[i]);
    }
    this.logLog = new Pchip(lx, ly);
  }

  /** The shipped soft-tissue table. */
  public static SphereSValueTable softTissue() {
    return SHIPPED;
  }

  public double minMassG() {
    return massG[0];
  }

  public double maxMassG() {
    return massG[massG.length - 1];
  }

  /** Table masses, g. */
  public double[] massesG() {
    return massG.clone();
  }

  /** Table S values, Gy/(Bq·s). */
  public double[] sValuesGyPerBqS() {
    return sGyPerBqS.clone();
  }

  /**
   * S in mGy/(MBq·h) at a sphere mass by log–log PCHIP.
   *
   * @param extrapolate when false, a mass outside [0.00431, 932] g is an error; when true the end
   *     cubics of the log–log interpolant are extended (a named option: not validated)
   */
  public double sMGyPerMBqH(double massG, boolean extrapolate) {
    if (!(massG > 0) || Double.isInfinite(massG)) {
      throw new IllegalArgumentException("sphere mass must be a positive number of g, got " + massG);
    }
    if (!extrapolate && (massG < minMassG() || massG > maxMassG())) {
      throw new IllegalArgumentException("sphere mass " + massG + " g is outside the S-value table ("
          + minMassG() + "-" + maxMassG() + " g, spheres of 1-60 mm radius); extrapolation is "
          + "available only as an explicit option");
    }
    return Math.exp(logLog.value(Math.log(massG))) * MGY_PER_MBQ_H_PER_GY_PER_BQ_S;
  }

  /**
   * The cubic fit of research/dosimetry.md §3.3 (derived from this table, max |error| 0.42 % over
   * 0.0043–932 g), a cross-check of the interpolation: with L = ln(m/g),
   * S·m [mGy·g/(MBq·h)] = 83.6765 + 0.94932 L − 0.15894 L² + 0.019300 L³.
   */
  public static double cubicFitMGyPerMBqH(double massG) {
    double l = Math.log(massG);
    return (83.6765 + l * (0.94932 + l * (-0.15894 + l * 0.019300))) / massG;
  }

  private static SphereSValueTable load() {
    InputStream in = SphereSValueTable.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = false;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          if (!line.equals(HEADER)) {
            throw new IllegalStateException(RESOURCE + ": expected header " + HEADER);
          }
          header = true;
          continue;
        }
        String[] c = line.split(",");
        rows.add(new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] m = new double[rows.size()];
    double[] s = new double[rows.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = rows.get(i)[0];
      s[i] = rows.get(i)[1];
    }
    return new SphereSValueTable(m, s);
  }
}
