package org.psmapathway.dosimetry.cycles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Doses across cycles (research/dosimetry.md §3.5): per region, the cumulative absorbed dose
 * D_cum = Σ D_c, where a cycle without its own dosimetry gets D_c = (D/A)_first × A_c; and for an
 * organ at risk with radiobiology (the kidneys) the BED per cycle with the Lea–Catcheside factor of
 * mono-exponential clearance, BED_c = D_c + D_c²/(α/β)·T_rep/(T_rep + T_eff,c), summed over cycles
 * (complete repair between cycles), the margin to the limit, and the activity of a next cycle that
 * would use up that margin: the dose D solving D + G·D²/(α/β) = margin with the last cycle's
 * kinetics, divided by the last cycle's Gy/MBq.
 */
public final class TreatmentCourse {

  private TreatmentCourse() {}

  /**
   * @param records any order; per region the cycles must be distinct, and the region's first cycle
   *     must have a measured dose (and, for a region with radiobiology, a measured half-life)
   * @param radiobiology the parameters of a region, or null for cumulative dose only
   * @throws CycleInputException naming the row of the first problem
   */
  public static List<RegionCourse> analyse(List<CycleRecord> records,
      Function<String, Radiobiology> radiobiology) {
    Map<String, List<CycleRecord>> byRegion = new LinkedHashMap<>();
    for (CycleRecord r : records) {
      check(r);
      byRegion.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r);
    }
    List<RegionCourse> out = new ArrayList<>();
    for (Map.Entry<String, List<CycleRecord>> e : byRegion.entrySet()) {
      List<CycleRecord> rs = new ArrayList<>(e.getValue());
      rs.sort((a, b) -> Integer.compare(a.cycle(), b.cycle()));
      for (int i = 1; i < rs.size(); i++) {
        if (rs.get(i).cycle() == rs.get(i - 1).cycle()) {
          throw new CycleInputException(rs.get(i).row(), "cycle "
              + rs.get(i).cycle() + " of region " + e.getKey() + " appears twice (also row "
              + rs.get(i - 1).row() + ")");
        }
      }
      out.add(course(e.getKey(), rs, radiobiology.apply(e.getKey())));
    }
    return out;
  }

  private static void check(CycleRecord r) {
    if (r.cycle() < 1) {
      throw new CycleInputException(r.row(), "cycle must be >= 1, got " + r.cycle());
    }
    if (!(r.activityMBq() > 0) || Double.isInfinite(r.activityMBq())) {
      throw new CycleInputException(r.row(),
          "administered activity must be a positive number of MBq, got " + r.activityMBq());
    }
    if (!Double.isNaN(r.doseGy()) && (!(r.doseGy() >= 0) || Double.isInfinite(r.doseGy()))) {
      throw new CycleInputException(r.row(), "dose must be a finite number >= 0 Gy, got " + r.doseGy());
    }
    if (!Double.isNaN(r.effectiveHalfLifeH())
        && (!(r.effectiveHalfLifeH() > 0) || Double.isInfinite(r.effectiveHalfLifeH()))) {
      throw new CycleInputException(r.row(),
          "effective half-life must be a positive number of h, got " + r.effectiveHalfLifeH());
    }
  }

  private static RegionCourse course(String region, List<CycleRecord> rs, Radiobiology rb) {
    CycleRecord first = rs.get(0);
    if (Double.isNaN(first.doseGy())) {
      throw new CycleInputException(first.row(), "the first cycle (" + first.cycle()
          + ") of region " + region + " needs a measured dose: later cycles are scaled from it");
    }
    if (rb != null && Double.isNaN(first.effectiveHalfLifeH())) {
      throw new CycleInputException(first.row(), "the first cycle (" + first.cycle()
          + ") of region " + region + " needs an effective half-life for its BED");
    }
    double gyPerMBqFirst = first.doseGy() / first.activityMBq();
    List<CycleDose> cycles = new ArrayList<>();
    double cumD = 0;
    double cumBed = rb == null ? Double.NaN : 0;
    CycleDose last = null;
    for (CycleRecord r : rs) {
      boolean measured = !Double.isNaN(r.doseGy());
      double d = measured ? r.doseGy() : gyPerMBqFirst * r.activityMBq();
      String dProv = measured ? "measured" : "scaled-from-cycle-" + first.cycle();
      double tEff;
      String tProv;
      if (!Double.isNaN(r.effectiveHalfLifeH())) {
        tEff = r.effectiveHalfLifeH();
        tProv = "measured";
      } else if (!Double.isNaN(first.effectiveHalfLifeH())) {
        tEff = first.effectiveHalfLifeH();
        tProv = "cycle-" + first.cycle() + "-kinetics";
      } else {
        tEff = Double.NaN;
        tProv = "none";
      }
      double g = Double.NaN;
      double bed = Double.NaN;
      if (rb != null) {
        g = rb.leaCatcheside(tEff);
        bed = rb.bed(d, g);
        cumBed += bed;
      }
      cumD += d;
      last = new CycleDose(r.cycle(), r.activityMBq(), d, dProv, tEff, tProv, r.method(),
          r.timePointsH(), d / (r.activityMBq() / 1000.0), g, bed, cumD, cumBed);
      cycles.add(last);
    }
    if (rb == null) {
      return new RegionCourse(region, List.copyOf(cycles), null, cumD, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN);
    }
    double margin = rb.bedLimitGy() - cumBed;
    double nextDose = rb.doseForBed(margin, last.leaCatcheside());
    double gyPerMBqLast = last.doseGy() / last.activityMBq();
    double nextActivity = nextDose == 0 ? 0
        : gyPerMBqLast > 0 ? nextDose / gyPerMBqLast : Double.POSITIVE_INFINITY;
    return new RegionCourse(region, List.copyOf(cycles), rb, cumD, cumBed, margin, nextDose,
        nextActivity);
  }
}
