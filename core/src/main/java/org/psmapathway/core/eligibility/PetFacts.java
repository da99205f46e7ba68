package org.psmapathway.core.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.response.LesionChange;
import org.psmapathway.core.response.LesionComparison;
import org.psmapathway.core.response.LesionStatus;
import org.psmapathway.core.response.LesionTracker;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PromiseStager;
import org.psmapathway.core.text.Decimals;

/**
 * PSMA-PET facts of the latest scan (and, for progression, the scan before it). Staging uses the
 * default PROMISE settings (V1); lesion progression uses {@link LesionTracker} with its defaults,
 * so that a lesion counted here is counted the same way in {@code psma assess}.
 */
final class PetFacts {

  private static final Fact[] SCAN_FACTS = {Fact.PET_TIME_SINCE_SCAN, Fact.PET_STAGE_N,
      Fact.PET_STAGE_M, Fact.PET_LESIONS_LOCAL, Fact.PET_LESIONS_PROSTATE, Fact.PET_LESIONS_NODE,
      Fact.PET_LESIONS_BONE, Fact.PET_LESIONS_VISCERAL, Fact.PET_LESIONS_METASTATIC,
      Fact.PET_PROGRESSING, Fact.PET_ABOVE_LIVER, Fact.PET_HIGHEST_SUV, Fact.PET_LOWEST_SUV,
      Fact.PET_PSMA_NEGATIVE};

  private PetFacts() {}

  static void fill(PatientRecord p, LocalDate asOf, FactValue[] v) {
    List<PetScan> scans = p.petScans();
    if (scans.isEmpty()) {
      FactValue none = FactValue.unknown("no PSMA PET recorded");
      for (Fact f : SCAN_FACTS) {
        v[f.ordinal()] = none;
      }
      return;
    }
    PetScan scan = scans.get(scans.size() - 1);
    LocalDate date = scan.date();
    String on = " on the PSMA PET of " + date;
    long age = FactExtractor.days(date, asOf);
    v[Fact.PET_TIME_SINCE_SCAN.ordinal()] = FactValue.number(age, date,
        () -> FactExtractor.duration(age) + " (PSMA PET of " + date + ")");
    PromiseStage stage = PromiseStager.stage(scan, p.hadProstatectomy());
    v[Fact.PET_STAGE_N.ordinal()] = FactValue.code(stage.n(), date, () -> stage.n() + on);
    v[Fact.PET_STAGE_M.ordinal()] = FactValue.code(stage.m(), date, () -> stage.m() + on);

    int local = 0;
    int prostate = 0;
    int node = 0;
    int bone = 0;
    int visceral = 0;
    double highest = Double.NEGATIVE_INFINITY;
    double lowest = Double.POSITIVE_INFINITY;
    int withoutSuv = 0;
    for (Lesion l : scan.lesions()) {
      switch (l.site()) {
        case PROSTATE -> {
          local++;
          prostate++;
        }
        case PROSTATE_BED, SEMINAL_VESICLE -> local++;
        case NODE -> node++;
        case BONE -> bone++;
        case VISCERAL -> visceral++;
        default -> throw new IllegalStateException("unhandled lesion site " + l.site());
      }
      if (l.suvMax() == null) {
        withoutSuv++;
      } else {
        highest = Math.max(highest, l.suvMax());
        lowest = Math.min(lowest, l.suvMax());
      }
    }
    v[Fact.PET_LESIONS_LOCAL.ordinal()] = count(local, false, "local lesion", on);
    v[Fact.PET_LESIONS_PROSTATE.ordinal()] = count(prostate, false, "prostate lesion", on);
    v[Fact.PET_LESIONS_NODE.ordinal()] = count(node, false, "nodal lesion", on);
    boolean dmi = scan.diffuseMarrowInvolvement();
    v[Fact.PET_LESIONS_BONE.ordinal()] = count(bone, dmi, "bone lesion", on);
    v[Fact.PET_LESIONS_VISCERAL.ordinal()] = count(visceral, false, "visceral lesion", on);
    v[Fact.PET_LESIONS_METASTATIC.ordinal()] =
        count(node + bone + visceral, dmi, "metastatic lesion", on);
    v[Fact.PET_PROGRESSING.ordinal()] = progressing(scans);
    v[Fact.PET_ABOVE_LIVER.ordinal()] = aboveLiver(scan, withoutSuv, on);
    int lesions = scan.lesions().size();
    if (lesions == 0) {
      v[Fact.PET_HIGHEST_SUV.ordinal()] = FactValue.number(0, date, () -> "no PSMA-avid lesion" + on);
      v[Fact.PET_LOWEST_SUV.ordinal()] = FactValue.unknown(() -> "no PSMA-avid lesion" + on);
    } else if (withoutSuv == lesions) {
      v[Fact.PET_HIGHEST_SUV.ordinal()] = FactValue.unknown(() -> "no lesion SUVmax recorded" + on);
      v[Fact.PET_LOWEST_SUV.ordinal()] = FactValue.unknown(() -> "no lesion SUVmax recorded" + on);
    } else {
      double high = highest;
      double low = lowest;
      int missing = withoutSuv;
      Supplier<String> gap = () -> " (" + missing + " lesion(s) without SUVmax)";
      v[Fact.PET_HIGHEST_SUV.ordinal()] = withoutSuv == 0
          ? FactValue.number(high, date, () -> Decimals.plain(high) + on)
          : FactValue.between(high, Double.POSITIVE_INFINITY, false, date,
              () -> "at least " + Decimals.plain(high) + on + gap.get());
      v[Fact.PET_LOWEST_SUV.ordinal()] = withoutSuv == 0
          ? FactValue.number(low, date, () -> Decimals.plain(low) + on)
          : FactValue.between(0, low, false, date,
              () -> "at most " + Decimals.plain(low) + on + gap.get());
    }
    v[Fact.PET_PSMA_NEGATIVE.ordinal()] = scan.psmaNegativeDisease() == null
        ? FactValue.unknown(() -> "PSMA-negative disease not reported" + on)
        : FactValue.flag(scan.psmaNegativeDisease(), date, () -> (scan.psmaNegativeDisease()
            ? "PSMA-negative disease reported" : "no PSMA-negative disease") + on);
  }

  private static FactValue count(int n, boolean diffuseMarrow, String noun, String on) {
    if (diffuseMarrow) {
      return FactValue.between(n, Double.POSITIVE_INFINITY, false, null,
          () -> "diffuse marrow involvement (too many " + noun + "s to count)" + on);
    }
    return FactValue.number(n, null, () -> n + " " + noun + (n == 1 ? "" : "s") + on);
  }

  /**
   * New and progressing lesions between the last two scans, as OLYMPIAN counts them (all local
   * lesions together count as one). Lesions not evaluable on both scans widen the count.
   */
  private static FactValue progressing(List<PetScan> scans) {
    if (scans.size() < 2) {
      return FactValue.unknown("only one PSMA PET recorded");
    }
    PetScan prior = scans.get(scans.size() - 2);
    PetScan current = scans.get(scans.size() - 1);
    LesionComparison c = LesionTracker.compare(prior, current);
    int unknown = 0;
    StringBuilder ids = new StringBuilder();
    for (LesionChange change : c.changes()) {
      if (change.status() == LesionStatus.NOT_EVALUABLE) {
        unknown++;
      } else if (change.progressing()) {
        ids.append(ids.length() == 0 ? "" : ", ").append(change.lesionId()).append(' ')
            .append(change.status() == LesionStatus.NEW ? "new" : "progressing");
      }
    }
    Supplier<String> shown = () -> c.progressingCount() + " new or progressing lesion"
        + (c.progressingCount() == 1 ? "" : "s") + (ids.length() == 0 ? "" : " (" + ids + ")")
        + " between the PSMA PETs of " + prior.date() + " and " + current.date();
    if (unknown > 0) {
      int notEvaluable = unknown;
      return FactValue.between(c.progressingCount(), c.progressingCount() + unknown, false,
          current.date(), () -> shown.get() + ", " + notEvaluable + " lesion(s) not evaluable");
    }
    return FactValue.number(c.progressingCount(), current.date(), shown);
  }

  /** Lesions with SUVmax above the liver SUVmean (VISION / LUDO "uptake higher than liver"). */
  private static FactValue aboveLiver(PetScan scan, int withoutSuv, String on) {
    if (scan.lesions().isEmpty()) {
      return FactValue.number(0, scan.date(), () -> "no PSMA-avid lesion" + on);
    }
    Double liver = scan.reference().liverSuvMean();
    if (liver == null) {
      return FactValue.unknown(() -> "liver SUVmean not recorded" + on);
    }
    int above = 0;
    for (Lesion l : scan.lesions()) {
      if (l.suvMax() != null && l.suvMax() > liver) {
        above++;
      }
    }
    int count = above;
    Supplier<String> shown = () -> count + " of " + scan.lesions().size()
        + " lesions above liver SUVmean " + Decimals.plain(liver) + on;
    return withoutSuv == 0 ? FactValue.number(above, scan.date(), shown)
        : FactValue.between(above, above + withoutSuv, false, scan.date(),
            () -> shown.get() + " (" + withoutSuv + " without SUVmax)");
  }
}
