package org.psmapathway.store.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.psmapathway.store.synthetic.SyntheticPatient.Event;
import org.psmapathway.store.synthetic.SyntheticPatient.Lesion;
import org.psmapathway.store.synthetic.SyntheticPatient.Psa;
import org.psmapathway.store.synthetic.SyntheticPatient.Target;
import org.psmapathway.store.synthetic.SyntheticPatient.Treatment;

/**
 * Draws synthetic patients from a {@link CohortModel}. Patient {@code i} of seed {@code s} depends
 * on {@code (s, i)} only (its own {@link SplittableRandom}), so a cohort is identical whatever the
 * number of patients before it, and patients can be made in any order or in parallel. The model is
 * described step by step in docs/synthetic-cohorts.md.
 */
public final class CohortGenerator {

  /** Mean Gregorian month. */
  static final double DAYS_PER_MONTH = 365.2425 / 12;
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  /** Separates the work-up's random stream from the calibrated one of the same patient. */
  private static final long WORKUP_STREAM = 0x5be0cd19137e2179L;
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
  private static final TableOneStage[] STAGES = TableOneStage.values();
  private static final String[] REGIONAL = {"internal-iliac", "external-iliac", "obturator",
      "presacral"};
  private static final String[] BONES = {"ilium", "sacrum", "pubis", "ischium", "vertebra", "rib",
      "femur"};
  private static final String[] ARPI = {"enzalutamide", "apalutamide", "darolutamide",
      "abiraterone"};
  // Prostate-bed schedules in common use: 70 Gy/35 (2 Gy), 68.4 Gy/38 and 66.6 Gy/37 (1.8 Gy).
  private static final double[][] BED_SCHEDULES = {{70, 35}, {68.4, 38}, {66.6, 37}};
  private static final Categorical BED_SCHEDULE = new Categorical(0.4, 0.3, 0.3);
  // Elective pelvis: 50.4 Gy/28 or 45 Gy/25 (1.8 Gy), with PET-positive nodes boosted to 2.2 Gy per
  // fraction as a simultaneous integrated boost (61.6 Gy/28, 55 Gy/25).
  private static final double[][] PELVIS_SCHEDULES = {{50.4, 28}, {45, 25}};

  private final CohortModel model;
  private final long seed;
  private final Categorical isup;
  private final Categorical pathologicStage;
  private final Categorical margins;
  private final Categorical stage;
  private final Categorical[] lesionBins;
  private final Categorical nextTherapy;
  private final double stageNoise;

  public CohortGenerator(CohortModel model, long seed) {
    this.model = model;
    this.seed = seed;
    this.isup = new Categorical(model.isupWeights());
    this.pathologicStage = new Categorical(model.pathologicStageWeights());
    this.margins = new Categorical(model.marginWeights());
    double[] stageCounts = new double[STAGES.length];
    lesionBins = new Categorical[STAGES.length];
    for (int i = 0; i < STAGES.length; i++) {
      stageCounts[i] = STAGES[i].count();
      lesionBins[i] = STAGES[i].minimumLesions() == 0 ? null
          : new Categorical(STAGES[i].lesionBinWeights());
    }
    this.stage = new Categorical(stageCounts);
    this.nextTherapy = new Categorical(model.nextTherapyWeights());
    double rho = model.stagePrognosticCorrelation();
    this.stageNoise = Math.sqrt(1 - rho * rho);
  }

  /** Patient {@code index} (0-based) of this seed. */
  public SyntheticPatient patient(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index: expected ≥ 0, got " + index);
    }
    SplittableRandom r = new SplittableRandom(
        new SplittableRandom(seed + index * GOLDEN_GAMMA).nextLong());
    String id = String.format("SYN-%07d", index + 1);

    // Latent outcome score Z (high = early events) and a stage score correlated with it: every
    // margin stays exact, the stages are ordered by risk (TableOneStage order).
    double z = r.nextGaussian();
    double w = model.stagePrognosticCorrelation() * z + stageNoise * r.nextGaussian();
    TableOneStage st = STAGES[stage.at(STANDARD.cumulativeProbability(w))];
    double outcomeU = Math.min(Math.max(STANDARD.cumulativeProbability(z), 1e-12), 1 - 1e-12);

    int isupGrade = isup.sample(r) + 1;
    int pathStage = pathologicStage.sample(r);
    String pT = pathStage < 2 ? "pT2" : r.nextDouble() < model.pT3bShare() ? "pT3b" : "pT3a";
    String pN = pathStage == 1 || pathStage == 3 ? "pN1"
        : r.nextDouble() < model.pNxShare() ? "pNx" : "pN0";
    String margin = switch (margins.sample(r)) {
      case 0 -> "negative";
      case 1 -> "positive";
      default -> null;
    };
    double initialPsa = round(model.initialPsa().sample(r), 1);
    double ageYears = model.ageAtPetYears().sample(r);
    double surgeryToPet = model.surgeryToPetMonths().sample(r);
    double petToRt = model.petToSalvageRtMonths().sample(r);
    double psaAtPet = round(model.psaAtPet().sample(r), 2);
    double followUp = model.followUpMonths().sample(r);

    LocalDate rtStart = model.dataCutoff().minusDays(days(followUp));
    LocalDate pet = rtStart.minusDays(days(petToRt));
    LocalDate surgery = pet.minusDays(days(surgeryToPet));
    LocalDate diagnosis = surgery.minusDays(days(1 + 3 * r.nextDouble()));
    LocalDate birth = pet.minusDays(Math.round(ageYears * 365.2425));

    List<Psa> psa = psaHistory(r, surgery, surgeryToPet, pet, psaAtPet);
    List<Lesion> lesions = lesions(r, st);

    // Outcomes from the start of salvage RT: one uniform through each published survival curve
    // (comonotone), so progression ≤ distant metastasis, next therapy ≤ death for every patient.
    double tProgression = Math.max(model.progressionFree().monthsAtSurvival(outcomeU),
        model.earliestEventMonths());
    double tDistant = Math.max(model.distantMetastasisFree().monthsAtSurvival(outcomeU),
        tProgression);
    double tNextTherapy = Math.max(model.nextTherapyFree().monthsAtSurvival(outcomeU), tProgression);
    double tDeath = Math.max(model.overall().monthsAtSurvival(outcomeU),
        Math.max(tDistant, tNextTherapy));
    boolean died = tDeath <= followUp;
    double observedUntil = died ? tDeath : followUp;
    LocalDate lastFollowUp = rtStart.plusDays(days(observedUntil));

    List<Event> events = new ArrayList<>(3);
    if (tProgression <= observedUntil) {
      events.add(new Event("biochemical-progression", rtStart.plusDays(days(tProgression)),
          "PSA rise after salvage radiotherapy"));
    }
    if (tDistant <= observedUntil) {
      events.add(new Event("radiographic-progression", rtStart.plusDays(days(tDistant)),
          "distant metastasis on PSMA PET"));
    }
    if (died) {
      events.add(new Event("death", lastFollowUp, "prostate cancer"));
    }

    List<Treatment> treatments = new ArrayList<>(6);
    LocalDate nextTherapyStart = tNextTherapy <= observedUntil
        ? rtStart.plusDays(days(tNextTherapy)) : null;
    int group = st.group().ordinal();
    if (r.nextDouble() < model.adtShareByGroup()[group]) {
      // Neoadjuvant start up to two months before RT, never before the PET that prompted it.
      LocalDate start = rtStart.minusDays(r.nextInt(61));
      if (!start.isAfter(pet)) {
        start = pet.plusDays(1);
      }
      double months = group <= 1 ? 6 : (r.nextBoolean() ? 18 : 24);
      LocalDate end = start.plusDays(days(months));
      if (nextTherapyStart != null && !end.isBefore(nextTherapyStart)) {
        end = nextTherapyStart.minusDays(1);
      }
      treatments.add(new Treatment("adt", null, "leuprolide", start,
          end.isAfter(lastFollowUp) ? null : end, null));
    }
    salvageCourses(r, st, lesions, rtStart, treatments);
    if (nextTherapyStart != null) {
      nextTherapy(r, nextTherapyStart, lastFollowUp, treatments);
    }
    return new SyntheticPatient(id, birth, diagnosis, isupGrade, initialPsa, pT, pN, margin,
        surgery, psa, pet, st, lesions, treatments, events, lastFollowUp, workup(index));
  }

  /**
   * The work-up at the PET, from its own random stream so that adding it left every calibrated
   * draw above unchanged. Assumptions for a fit, hormone-naive post-prostatectomy population (not
   * reported in seed 000): ECOG 0/1/2 = 82/16/2 %; haemoglobin normal, mean 145 g/L, SD 11,
   * within 95–180; testosterone log-normal, median 450 ng/dL, log-SD 0.35 (IQR ≈ 355–570), at least
   * 60; 68Ga-PSMA-11 reference SUVmean: blood pool 1.6 (SD 0.3, 0.8–3), liver 5.5 (SD 1.0, 3–9).
   */
  private SyntheticPatient.Workup workup(long index) {
    SplittableRandom r = new SplittableRandom(
        new SplittableRandom((seed ^ WORKUP_STREAM) + index * GOLDEN_GAMMA).nextLong());
    double u = r.nextDouble();
    int ecog = u < 0.82 ? 0 : u < 0.98 ? 1 : 2;
    double hb = Math.rint(clamp(145 + 11 * r.nextGaussian(), 95, 180));
    double testosterone = Math.rint(Math.max(60, 450 * Math.exp(0.35 * r.nextGaussian())));
    double bloodPool = round(clamp(1.6 + 0.3 * r.nextGaussian(), 0.8, 3), 2);
    double liver = round(clamp(5.5 + 1.0 * r.nextGaussian(), 3, 9), 2);
    return new SyntheticPatient.Workup(ecog, hb, testosterone, bloodPool, liver);
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  /**
   * Undetectable six weeks after surgery, then a log-linear rise that crosses the detection limit
   * at a random point of the interval and reaches the PET value in the week before the scan.
   */
  private List<Psa> psaHistory(SplittableRandom r, LocalDate surgery, double petMonths,
      LocalDate pet, double psaAtPet) {
    double limit = model.psaDetectionLimitNgMl();
    double firstCheck = 1.5;
    double crossing = firstCheck + (0.2 + 0.6 * r.nextDouble()) * (petMonths - firstCheck);
    double doublingMonths = (petMonths - crossing) * Math.log(2) / Math.log(psaAtPet / limit);
    double undetectableStep = Math.min(6, Math.max(1, (petMonths - firstCheck) / 4));
    double detectableStep = Math.min(3, Math.max(0.5, (petMonths - crossing) / 3));
    List<Psa> psa = new ArrayList<>();
    LocalDate lastDate = surgery;
    LocalDate petPsaDate = pet.minusDays(3 + r.nextInt(5));
    for (double t = firstCheck; t < petMonths - 0.25; ) {
      LocalDate date = surgery.plusDays(days(t));
      if (date.isAfter(lastDate) && date.isBefore(petPsaDate)) {
        double value = psaAtPet * Math.pow(2, (t - petMonths) / doublingMonths);
        if (t > firstCheck) {
          value *= Math.exp(0.05 * r.nextGaussian()); // assay variation, 5% CV
        }
        double rounded = round(value, 2);
        boolean below = value < limit || rounded < limit;
        psa.add(new Psa(date, below ? limit : rounded, below));
        lastDate = date;
      }
      boolean detectable = t >= crossing;
      t += (detectable ? detectableStep : undetectableStep) * (0.85 + 0.3 * r.nextDouble());
    }
    psa.add(new Psa(petPsaDate, psaAtPet, false));
    return psa;
  }

  /** Lesions placed so that PROMISE staging (after prostatectomy) gives {@code st}. */
  private List<Lesion> lesions(SplittableRandom r, TableOneStage st) {
    int minimum = st.minimumLesions();
    if (minimum == 0) {
      return List.of();
    }
    int[] bin = TableOneStage.LESION_BINS[lesionBins[st.ordinal()].sample(r)];
    int count = Math.max(minimum, bin[0] + r.nextInt(bin[1] - bin[0] + 1));
    // Categories present: 0 local, 1 regional node, 2 extrapelvic node, 3 bone, 4 visceral.
    boolean[] present = {st.local(), st.regional(), st.extrapelvic(), st.bone(), st.visceral()};
    int[] perCategory = new int[5];
    int[] available = new int[minimum];
    int a = 0;
    for (int c = 0; c < 5; c++) {
      if (present[c]) {
        perCategory[c] = 1;
        available[a++] = c;
      }
    }
    for (int extra = count - minimum; extra > 0; extra--) {
      perCategory[available[r.nextInt(minimum)]]++;
    }
    List<Lesion> lesions = new ArrayList<>(count);
    for (int c = 0; c < 5; c++) {
      for (int k = 0; k < perCategory[c]; k++) {
        String id = "L" + (lesions.size() + 1);
        double suv = Math.max(2.0, round(7 * Math.exp(0.5 * r.nextGaussian()), 1));
        String side = r.nextBoolean() ? "left" : "right";
        lesions.add(switch (c) {
          case 0 -> new Lesion(id, "prostate-bed", null, null, null, null, suv, 0);
          case 1 -> {
            String region = REGIONAL[r.nextInt(REGIONAL.length)];
            yield new Lesion(id, "node", region, region.equals("presacral") ? "midline" : side,
                null, null, suv, 5 + r.nextInt(8));
          }
          case 2 -> new Lesion(id, "node", "retroperitoneal", side, null, null, suv,
              5 + r.nextInt(10));
          case 3 -> new Lesion(id, "bone", null, side, BONES[r.nextInt(BONES.length)], null, suv, 0);
          default -> new Lesion(id, "visceral", null, side, null, "lung", suv, 0);
        });
      }
    }
    return lesions;
  }

  /**
   * Salvage RT (prostate bed ± elective pelvis, PET-positive local and nodal disease boosted), and
   * metastasis-directed SBRT when there are at most three distant lesions.
   */
  private void salvageCourses(SplittableRandom r, TableOneStage st, List<Lesion> lesions,
      LocalDate start, List<Treatment> treatments) {
    boolean beyondBed = st.regional() || st.extrapelvic() || st.bone() || st.visceral();
    boolean bed = st.local() || !beyondBed || r.nextDouble() < model.prostateBedShareExtraBed();
    boolean pelvis = st.regional()
        || r.nextDouble() < model.wholePelvisShareByGroup()[st.group().ordinal()];
    // A salvage course treats the bed, the pelvis or both; distant lesions alone are SBRT.
    bed |= !pelvis;
    List<Target> targets = new ArrayList<>();
    List<Target> distant = new ArrayList<>();
    double[] bedSchedule = BED_SCHEDULES[BED_SCHEDULE.sample(r)];
    double[] pelvisSchedule = PELVIS_SCHEDULES[r.nextInt(PELVIS_SCHEDULES.length)];
    if (bed) {
      targets.add(new Target("prostate-bed", null, bedSchedule[0], (int) bedSchedule[1]));
    }
    if (pelvis) {
      targets.add(new Target("pelvic-nodes", null, pelvisSchedule[0], (int) pelvisSchedule[1]));
    }
    for (Lesion lesion : lesions) {
      switch (lesion.site()) {
        // Boost: the bed schedule's fractions at 0.2 Gy more per fraction (e.g. 74 Gy/37).
        case "prostate-bed" -> targets.add(new Target("local-recurrence", lesion.id(),
            round(bedSchedule[1] * (bedSchedule[0] / bedSchedule[1] + 0.2), 1),
            (int) bedSchedule[1]));
        case "node" -> {
          if (lesion.region().equals("retroperitoneal")) {
            distant.add(new Target("node", lesion.id(), 30, 5));
          } else {
            targets.add(new Target("node", lesion.id(), round(pelvisSchedule[1] * 2.2, 1),
                (int) pelvisSchedule[1]));
          }
        }
        case "bone" -> distant.add(new Target("bone", lesion.id(), 27, 3));
        default -> distant.add(new Target("visceral", lesion.id(), 50, 5));
      }
    }
    treatments.add(new Treatment("radiotherapy", "salvage", null, start,
        start.plusDays(treatmentDays(targets)), targets));
    if (!distant.isEmpty() && distant.size() <= 3) {
      treatments.add(new Treatment("radiotherapy", "metastasis-directed", null, start,
          start.plusDays(treatmentDays(distant)), distant));
    }
  }

  /** Next-line systemic therapy (seed text: ADT + ARPI, ADT + two ARPIs, ARPI alone). */
  private void nextTherapy(SplittableRandom r, LocalDate start, LocalDate lastFollowUp,
      List<Treatment> treatments) {
    int kind = nextTherapy.sample(r);
    if (kind <= 1) {
      treatments.add(new Treatment("adt", null, "leuprolide", start, null, null));
    }
    String first = ARPI[r.nextInt(ARPI.length)];
    LocalDate switchDate = start.plusDays(days(12));
    if (kind == 1 && !switchDate.isAfter(lastFollowUp)) {
      String second = ARPI[(java.util.Arrays.asList(ARPI).indexOf(first) + 1 + r.nextInt(3))
          % ARPI.length];
      treatments.add(new Treatment("arpi", null, first, start, switchDate.minusDays(1), null));
      treatments.add(new Treatment("arpi", null, second, switchDate, null, null));
    } else {
      treatments.add(new Treatment("arpi", null, first, start, null, null));
    }
  }

  /** Days from the first to the last fraction, five fractions a week. */
  private static long treatmentDays(List<Target> targets) {
    int fractions = 1;
    for (Target t : targets) {
      fractions = Math.max(fractions, t.fractions());
    }
    return (fractions - 1) / 5 * 7L + (fractions - 1) % 5;
  }

  static long days(double months) {
    return Math.round(months * DAYS_PER_MONTH);
  }

  private static double round(double x, int decimals) {
    double scale = decimals == 1 ? 10 : 100;
    return Math.round(x * scale) / scale;
  }
}
