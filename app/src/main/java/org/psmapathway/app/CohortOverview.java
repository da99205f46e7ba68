package org.psmapathway.app;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmapathway.core.assessment.TumourBoardAssessment;
import org.psmapathway.core.assessment.TumourBoardAssessor;
import org.psmapathway.core.eligibility.FactExtractor;
import org.psmapathway.core.eligibility.PatientFacts;
import org.psmapathway.core.eligibility.Trial;
import org.psmapathway.core.eligibility.TrialMatcher;
import org.psmapathway.core.eligibility.TrialVerdict;
import org.psmapathway.core.guidance.GuidanceItem;
import org.psmapathway.core.guidance.GuidanceKind;
import org.psmapathway.core.psa.PsaAssessment;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.staging.StageGroup;
import org.psmapathway.stats.descriptive.SampleQuantile;

/**
 * What a clinician-researcher first wants to know about a registry, counted patient by patient
 * from the same rules as {@code psma assess} (stage group, AUA recurrence, PSA persistence,
 * guidance options) and {@code psma screen} (trial verdicts). Feed it every record with {@link
 * #add}; read the counts after.
 */
final class CohortOverview {

  /** Days per month as R's lubridate and most survival reports use: 365.25 / 12. */
  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private final TumourBoardAssessor assessor;
  private final FactExtractor extractor = new FactExtractor();
  private final List<Trial> trials;
  private final LocalDate asOf;

  private int patients;
  private final Map<StageGroup, Integer> stageGroups = new EnumMap<>(StageGroup.class);
  private int noStageGroup;
  private int auaApplicable;
  private int auaRecurrence;
  private int persistence;
  private int persistenceKnown;
  private int guidanceApplicable;
  /** Option id → patients it was offered to; its wording is in {@link #optionText}. */
  private final Map<String, Integer> optionCounts = new HashMap<>();
  private final Map<String, String> optionText = new HashMap<>();
  private final Map<Trial, int[]> verdicts = new LinkedHashMap<>();
  private double[] followUpMonths = new double[256];
  private int followUpCount;

  CohortOverview(TumourBoardAssessor assessor, List<Trial> trials, LocalDate asOf) {
    this.assessor = assessor;
    this.trials = List.copyOf(trials);
    this.asOf = asOf;
    for (Trial t : trials) {
      verdicts.put(t, new int[TrialVerdict.values().length]);
    }
  }

  void add(PatientRecord record) {
    patients++;
    TumourBoardAssessment a = assessor.assess(record, asOf);
    StageGroup group = a.stage() == null ? null : a.stage().group();
    if (group == null) {
      noStageGroup++;
    } else {
      stageGroups.merge(group, 1, Integer::sum);
    }
    PsaAssessment psa = a.psa();
    if ("AUA".equals(psa.biochemicalRecurrence().definition())
        && psa.biochemicalRecurrence().applicable()) {
      auaApplicable++;
      if (psa.biochemicalRecurrence().met()) {
        auaRecurrence++;
      }
    }
    if (psa.persistence() != null && psa.persistence().persistent() != null) {
      persistenceKnown++;
      if (psa.persistence().persistent()) {
        persistence++;
      }
    }
    if (a.guidance().applicable()) {
      guidanceApplicable++;
      for (GuidanceItem item : a.guidance().items()) {
        if (item.kind() == GuidanceKind.OPTION) {
          optionCounts.merge(item.id(), 1, Integer::sum);
          optionText.putIfAbsent(item.id(), item.option());
        }
      }
    }
    PatientFacts facts = extractor.extract(record, asOf);
    for (Trial t : trials) {
      verdicts.get(t)[TrialMatcher.screen(t, facts).verdict().ordinal()]++;
    }
    if (record.prostatectomy() != null && record.lastFollowUp() != null) {
      if (followUpCount == followUpMonths.length) {
        followUpMonths = Arrays.copyOf(followUpMonths, followUpCount * 2);
      }
      followUpMonths[followUpCount++] = ChronoUnit.DAYS.between(record.prostatectomy().date(),
          record.lastFollowUp()) / DAYS_PER_MONTH;
    }
  }

  int patients() {
    return patients;
  }

  /** Patients per stage group of their latest PSMA PET, in the group order of the enum. */
  Map<StageGroup, Integer> stageGroups() {
    Map<StageGroup, Integer> all = new EnumMap<>(StageGroup.class);
    for (StageGroup g : StageGroup.values()) {
      all.put(g, stageGroups.getOrDefault(g, 0));
    }
    return all;
  }

  /** Patients without a stage group (no PET, or prostate in situ with local disease only). */
  int noStageGroup() {
    return noStageGroup;
  }

  int auaApplicable() {
    return auaApplicable;
  }

  int auaRecurrence() {
    return auaRecurrence;
  }

  int persistence() {
    return persistence;
  }

  int persistenceKnown() {
    return persistenceKnown;
  }

  int guidanceApplicable() {
    return guidanceApplicable;
  }

  /** Guidance options by the number of patients they were offered to, most often first. */
  List<OptionCount> options() {
    return optionCounts.entrySet().stream()
        .map(e -> new OptionCount(e.getKey(), optionText.get(e.getKey()), e.getValue()))
        .sorted((x, y) -> x.patients() != y.patients() ? Integer.compare(y.patients(),
            x.patients()) : x.id().compareTo(y.id()))
        .toList();
  }

  /** Per trial of the catalogue, in catalogue order: counts indexed by {@link TrialVerdict}. */
  Map<Trial, int[]> verdicts() {
    return verdicts;
  }

  /**
   * Median months from radical prostatectomy to last follow-up (R {@code median}, i.e. quantile
   * type 7 at ½); {@code Double.NaN} when no patient has both dates.
   */
  double medianFollowUpMonths() {
    if (followUpCount == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(followUpMonths, followUpCount);
    Arrays.sort(sorted);
    return SampleQuantile.type7(sorted, 0.5);
  }

  int followUpCount() {
    return followUpCount;
  }

  record OptionCount(String id, String option, int patients) {}
}
