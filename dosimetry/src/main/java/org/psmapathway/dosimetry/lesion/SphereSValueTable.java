package org.psmapathway.dosimetry.lesion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lu-177 sphere S values, 15 spheres of 1–60 mm radius, for soft tissue (100/0, 1.03 g/mL,
 * 0.00431–932 g) and the soft-tissue/cortical-bone mixtures 75/25, 50/50, 25/75 and 0/100
 * (1.255–1.92 g/mL, up to 1740 g), shipped as the resource {@value #RESOURCE} (PyTheranostics
 * {@code data/s-values/spheres.json}, Apache-2.0; provenance in its header). Values between table
 * masses come from PCHIP on log mass → log S, as PyTheranostics interpolates.
 */
public final class SphereSValueTable {

  static final String RESOURCE = "lu177-sphere-s-values.csv";
  private static final String HEADER = "composition,radiusMm,massG,sGyPerBqS";

  /** 1 Gy/(Bq·s) = 1e3 mGy · 1e6 Bq/MBq · 3600 s/h = 3.6e12 mGy/(MBq·h). */
  static final double MGY_PER_MBQ_H_PER_GY_PER_BQ_S = 3.6e12;

  /** Tissue density of the table's soft-tissue spheres, g/mL. */
  public static final double SOFT_TISSUE_DENSITY_G_PER_ML = 1.03;

  /** Every shipped table by composition, soft tissue first. */
  private static final Map<String, SphereSValueTable> SHIPPED = load();

  private final String composition;
  private final double[] massG;
  private final double[] sGyPerBqS;
  private final Pchip logLog;

  private SphereSValueTable(String composition, double[] massG, double[] sGyPerBqS) {
    this.composition = composition;
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

  /** The shipped soft-tissue table (100/0). */
  public static SphereSValueTable softTissue() {
    return SHIPPED.get(LesionTissue.SOFT_TISSUE.composition());
  }

  /**
   * The shipped table of a composition, soft tissue % / cortical bone %: {@code 100/0},
   * {@code 75/25}, {@code 50/50}, {@code 25/75} or {@code 0/100} ({@link LesionTissue}).
   */
  public static SphereSValueTable of(String composition) {
    SphereSValueTable t = SHIPPED.get(composition);
    if (t == null) {
      throw new IllegalArgumentException("no sphere S values for composition " + composition
          + "; shipped: " + String.join(", ", SHIPPED.keySet()));
    }
    return t;
  }

  /** Soft tissue % / cortical bone %, e.g. {@code 0/100}. */
  public String composition() {
    return composition;
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
      String tissue = composition.equals(LesionTissue.SOFT_TISSUE.composition())
          ? "soft-tissue (100/0)" : "soft-tissue/cortical-bone " + composition;
      throw new IllegalArgumentException("sphere mass " + massG + " g is outside the " + tissue
          + " S-value table (" + minMassG() + "-" + maxMassG()
          + " g, spheres of 1-60 mm radius); extrapolation is available only as an explicit "
          + "option");
    }
    return Math.exp(logLog.value(Math.log(massG))) * MGY_PER_MBQ_H_PER_GY_PER_BQ_S;
  }

  /**
   * The cubic fit of research/dosimetry.md §3.3 (derived from the soft-tissue table, max |error| 0.42 % over
   * 0.0043–932 g), a cross-check of the interpolation: with L = ln(m/g),
   * S·m [mGy·g/(MBq·h)] = 83.6765 + 0.94932 L − 0.15894 L² + 0.019300 L³.
   */
  public static double cubicFitMGyPerMBqH(double massG) {
    double l = Math.log(massG);
    return (83.6765 + l * (0.94932 + l * (-0.15894 + l * 0.019300))) / massG;
  }

  private static Map<String, SphereSValueTable> load() {
    InputStream in = SphereSValueTable.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
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
        rows.computeIfAbsent(c[0], k -> new ArrayList<>())
            .add(new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3])});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, SphereSValueTable> tables = new LinkedHashMap<>();
    rows.forEach((composition, points) -> {
      double[] m = new double[points.size()];
      double[] s = new double[points.size()];
      for (int i = 0; i < m.length; i++) {
        m[i] = points.get(i)[0];
        s[i] = points.get(i)[1];
      }
      tables.put(composition, new SphereSValueTable(composition, m, s));
    });
    return tables;
  }
}
