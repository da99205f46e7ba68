package org.psmapathway.core.response;

import org.psmapathway.core.text.Decimals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PetScan;

/**
 * Tracks lesions across two PSMA PET scans of the same patient. Lesion ids are kept across scans
 * (patient-record convention), so matching is by id: an id only on the current scan is NEW, only
 * on the prior scan RESOLVED; on both, the lesion is PROGRESSING when SUVmax or size rose by at
 * least the thresholds of {@link TrackingSettings}, else STABLE (NOT_EVALUABLE when nothing was
 * measured on both scans).
 */
public final class LesionTracker {

  private LesionTracker() {}

  /** Compares with {@link TrackingSettings#defaults()}. */
  public static LesionComparison compare(PetScan prior, PetScan current) {
    return compare(prior, current, TrackingSettings.defaults());
  }

  /**
   * Compares a prior and a current scan.
   *
   * @throws IllegalArgumentException when a lesion has no id or an id repeats within a scan, or
   *     the current scan is dated before the prior one
   */
  public static LesionComparison compare(
      PetScan prior, PetScan current, TrackingSettings settings) {
    Objects.requireNonNull(prior, "prior");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(settings, "settings");
    if (prior.date() != null && current.date() != null && current.date().isBefore(prior.date())) {
      throw new IllegalArgumentException(
          "current.date " + current.date() + " is before prior.date " + prior.date());
    }
    Map<String, Lesion> priorById = byId(prior, "prior");
    Map<String, Lesion> currentById = byId(current, "current");

    List<LesionChange> changes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int progressingElsewhere = 0;
    boolean localProgression = false;
    int metastatic = 0;
    for (Lesion lesion : current.lesions()) {
      Lesion before = priorById.get(lesion.id());
      LesionChange change =
          before == null
              ? new LesionChange(lesion.id(), LesionStatus.NEW, "not on the prior scan")
              : measure(before, lesion, settings);
      changes.add(change);
      if (lesion.site() == null) {
        warnings.add(
            "lesion " + lesion.id() + ": site not recorded; counted as a non-local lesion");
      }
      boolean local = lesion.site() != null && lesion.site().isLocal();
      if (change.progressing()) {
        if (local) {
          localProgression = true; // OLYMPIAN: local relapse counts as one lesion
        } else {
          progressingElsewhere++;
        }
      }
      if (!local) {
        metastatic++;
      }
      if (change.status() == LesionStatus.NOT_EVALUABLE) {
        warnings.add(
            "lesion " + lesion.id() + ": not evaluable; the progressing count may be higher");
      }
    }
    for (Lesion lesion : prior.lesions()) {
      if (!currentById.containsKey(lesion.id())) {
        changes.add(
            new LesionChange(lesion.id(), LesionStatus.RESOLVED, "not on the current scan"));
      }
    }

    int progressingCount = progressingElsewhere + (localProgression ? 1 : 0);
    boolean oligoprogression =
        progressingCount >= 1 && progressingCount <= settings.oligoprogressionMax();
    boolean dmi = current.diffuseMarrowInvolvement();
    boolean oligometastatic =
        !dmi && metastatic >= 1 && metastatic <= settings.oligometastaticMax();
    return new LesionComparison(
        changes,
        progressingCount,
        oligoprogression,
        metastatic,
        dmi,
        oligometastatic,
        settings,
        warnings);
  }

  /** SUVmax (PERCIST threshold) and size (RECIST threshold) of a lesion on both scans. */
  private static LesionChange measure(Lesion before, Lesion after, TrackingSettings settings) {
    boolean suv = comparable(before.suvMax(), after.suvMax());
    boolean size = comparable(before.shortAxisMm(), after.shortAxisMm());
    boolean volume = !size && comparable(before.volumeMl(), after.volumeMl());
    if (!suv && !size && !volume) {
      return new LesionChange(
          after.id(),
          LesionStatus.NOT_EVALUABLE,
          "no suvMax, shortAxisMm or volumeMl recorded on both scans");
    }
    boolean progressing =
        suv && reached(before.suvMax(), after.suvMax(), settings.suvIncreasePercent())
            || size
                && reached(before.shortAxisMm(), after.shortAxisMm(),
                    settings.sizeIncreasePercent())
            || volume
                && reached(before.volumeMl(), after.volumeMl(), settings.volumeIncreasePercent());
    return new LesionChange(
        after.id(),
        progressing ? LesionStatus.PROGRESSING : LesionStatus.STABLE,
        () -> reasons(before, after, settings, suv, size, volume));
  }

  private static boolean reached(double before, double after, double thresholdPercent) {
    return PercentChange.atLeast(PercentChange.of(before, after), thresholdPercent);
  }

  /** The measurements compared, each with its change and threshold, and those not compared. */
  private static String reasons(Lesion before, Lesion after, TrackingSettings settings,
      boolean suv, boolean size, boolean volume) {
    List<String> reasons = new ArrayList<>();
    if (suv) {
      reasons.add(reason("SUVmax", "", before.suvMax(), after.suvMax(),
          settings.suvIncreasePercent(), "PERCIST 1.0"));
    }
    if (size) {
      reasons.add(reason("short axis", " mm", before.shortAxisMm(), after.shortAxisMm(),
          settings.sizeIncreasePercent(), "RECIST 1.1"));
    } else if (volume) {
      reasons.add(reason("volume", " mL", before.volumeMl(), after.volumeMl(),
          settings.volumeIncreasePercent(), "volume setting"));
    }
    if (!suv) {
      reasons.add("SUVmax not compared (suvMax not recorded on both scans)");
    }
    if (!size && !volume) {
      reasons.add("size not compared (shortAxisMm or volumeMl not recorded on both scans)");
    }
    return String.join("; ", reasons);
  }

  /** One measurement: before → after (change) against its threshold and source. */
  private static String reason(String what, String unit, double before, double after,
      double thresholdPercent, String source) {
    double change = PercentChange.of(before, after);
    boolean reached = PercentChange.atLeast(change, thresholdPercent);
    return what + " " + Decimals.plain(before) + unit + " → " + Decimals.plain(after) + unit
        + " (" + PercentChange.format(change) + (reached ? ") ≥ +" : ") < +")
        + PercentChange.threshold(thresholdPercent) + "% (" + source + ")";
  }

  /** Both measured, with a positive prior value to divide by. */
  private static boolean comparable(Double before, Double after) {
    return before != null && after != null && before > 0;
  }

  /** Lesions by id, in scan order; every lesion needs an id, unique within its scan. */
  static Map<String, Lesion> byId(PetScan scan, String name) {
    Map<String, Lesion> byId = new LinkedHashMap<>();
    List<Lesion> lesions = scan.lesions();
    for (int i = 0; i < lesions.size(); i++) {
      String id = lesions.get(i).id();
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(
            name + ".lesions[" + i + "].id: expected a lesion id (kept across scans), was empty");
      }
      if (byId.putIfAbsent(id, lesions.get(i)) != null) {
        throw new IllegalArgumentException(
            name + ".lesions[" + i + "].id: duplicate lesion id '" + id + "' within one scan");
      }
    }
    return byId;
  }
}
