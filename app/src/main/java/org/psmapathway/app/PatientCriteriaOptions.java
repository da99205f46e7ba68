package org.psmapathway.app;

import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.EventType;
import org.psmapathway.store.PatientCriteria;
import picocli.CommandLine.Option;

/**
 * Which stored patients a {@code --db} command works on ({@link PatientCriteria}): conditions on
 * what the registry records, all of which must hold. None given: every stored patient.
 */
final class PatientCriteriaOptions {

  @Option(names = "--isup-min", paramLabel = "N",
      description = "Only patients with ISUP grade at diagnosis ≥ N (1-5).")
  Integer isupMin;

  @Option(names = "--isup-max", paramLabel = "N",
      description = "Only patients with ISUP grade at diagnosis ≤ N (1-5).")
  Integer isupMax;

  @Option(names = "--pn", paramLabel = "pN",
      description = "Only patients with this prostatectomy pN: pN0, pN1 or pNx.")
  String pathologyN;

  @Option(names = "--pet", paramLabel = "yes|no",
      description = "yes: only patients with a PSMA PET scan; no: only patients without one.")
  String pet;

  @Option(names = "--psa-above", paramLabel = "NG_ML",
      description = "Only patients with a detectable PSA value above NG_ML (on or after "
          + "--psa-since).")
  Double psaAbove;

  @Option(names = "--psa-since", paramLabel = "DATE",
      description = "With --psa-above: count only PSA values measured on or after DATE.")
  LocalDate psaSince;

  @Option(names = "--treated", paramLabel = "KIND",
      description = "Only patients who received a treatment of this kind: radiotherapy, adt, "
          + "arpi, chemotherapy, radioligand.")
  String treated;

  @Option(names = "--event", paramLabel = "TYPE",
      description = "Only patients with an outcome event of this type: death, "
          + "biochemical-progression, radiographic-progression, clinical-progression, "
          + "skeletal-event.")
  String event;

  @Option(names = "--diagnosed-from", paramLabel = "DATE",
      description = "Only patients diagnosed on or after DATE.")
  LocalDate diagnosedFrom;

  @Option(names = "--diagnosed-to", paramLabel = "DATE",
      description = "Only patients diagnosed on or before DATE.")
  LocalDate diagnosedTo;

  @Option(names = "--followed-up-since", paramLabel = "DATE",
      description = "Only patients whose last follow-up is on or after DATE.")
  LocalDate followedUpSince;

  /** True when at least one condition was given. */
  boolean any() {
    return isupMin != null || isupMax != null || pathologyN != null || pet != null
        || psaAbove != null || psaSince != null || treated != null || event != null
        || diagnosedFrom != null || diagnosedTo != null || followedUpSince != null;
  }

  /** The criteria; an impossible value is bad input naming its option. */
  PatientCriteria criteria() {
    Boolean hasPet = switch (pet == null ? "" : pet) {
      case "" -> null;
      case "yes" -> true;
      case "no" -> false;
      default -> throw new BadInputException(List.of(
          "--pet: expected yes or no, got \"" + pet + "\""));
    };
    EventType type = null;
    if (event != null) {
      for (EventType t : EventType.values()) {
        if (t.code().equals(event)) {
          type = t;
        }
      }
      if (type == null) {
        throw new BadInputException(List.of("--event: expected death, biochemical-progression, "
            + "radiographic-progression, clinical-progression or skeletal-event, got \"" + event
            + "\""));
      }
    }
    try {
      return new PatientCriteria(isupMin, isupMax, pathologyN, hasPet, psaAbove, psaSince,
          treated, type, diagnosedFrom, diagnosedTo, followedUpSince);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(optionNames(e.getMessage())));
    }
  }

  /** The criteria's messages name record components; the user typed options. */
  private static String optionNames(String message) {
    return message.replace("isupMin/isupMax", "--isup-min/--isup-max")
        .replace("isupMin", "--isup-min").replace("isupMax", "--isup-max")
        .replace("pathologyN", "--pn").replace("psaAboveNgMl", "--psa-above")
        .replace("psaOnOrAfter", "--psa-since").replace("treatment:", "--treated:")
        .replace("diagnosedOnOrAfter/diagnosedOnOrBefore", "--diagnosed-from/--diagnosed-to");
  }
}
