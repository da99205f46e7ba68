package org.psmapathway.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded generator of varied patient records for throughput measurements: post-prostatectomy and
 * primary-RT histories, 4–20 PSA values, one or two PSMA PET scans with 0–10 lesions over all
 * sites, salvage and metastasis-directed RT, ADT, ARPI and radioligand courses. It exercises every
 * branch of the assessment; it is not calibrated to any cohort and is not clinical data.
 */
public final class SyntheticPatients {

  private static final JsonFactory JSON = new JsonFactory();
  private static final String[] NODE_REGIONS = {"internal-iliac", "external-iliac", "obturator",
      "common-iliac", "presacral", "other-pelvic", "retroperitoneal", "supradiaphragmatic"};
  private static final String[] SIDES = {"left", "right"};
  private static final String[] BONES = {"rib", "vertebra", "ilium", "sacrum", "femur", "scapula"};
  private static final String[] ORGANS = {"lung", "liver", "adrenal"};
  private static final String[] TRACERS = {"68Ga-PSMA-11", "18F-DCFPyL", "18F-PSMA-1007"};

  private final SplittableRandom random;

  public SyntheticPatients(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** One patient as a single line of JSON. */
  public String next(int index) {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, index);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private void write(JsonGenerator g, int index) throws IOException {
    boolean prostatectomy = random.nextInt(10) < 7;
    // Born 1930–1949, diagnosed at 55–64: with ≤ 10 years of PSA follow-up every date stays
    // before 2026, so that no record is rejected as dated in the future.
    LocalDate birth = LocalDate.of(1930 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
    LocalDate diagnosis = birth.plusYears(55 + random.nextInt(10)).plusDays(random.nextInt(365));
    LocalDate local = diagnosis.plusDays(30 + random.nextInt(120));
    g.writeStartObject();
    g.writeStringField("id", String.format("S%06d", index));
    g.writeStringField("birthDate", birth.toString());
    g.writeObjectFieldStart("diagnosis");
    g.writeStringField("date", diagnosis.toString());
    g.writeNumberField("isupGrade", 1 + random.nextInt(5));
    g.writeNumberField("initialPsa", round(3 + random.nextDouble() * 30, 1));
    g.writeEndObject();
    if (prostatectomy) {
      g.writeObjectFieldStart("pathology");
      g.writeStringField("pT", random.nextBoolean() ? "pT2" : random.nextBoolean() ? "pT3a" : "pT3b");
      g.writeStringField("pN", random.nextInt(10) == 0 ? "pN1" : "pN0");
      g.writeStringField("margins", random.nextBoolean() ? "negative" : "positive");
      g.writeEndObject();
      g.writeObjectFieldStart("prostatectomy");
      g.writeStringField("date", local.toString());
      g.writeEndObject();
    }
    // PSA: undetectable after RP (or a post-RT nadir), then an exponential rise with noise.
    int n = 4 + random.nextInt(17);
    double doublingDays = 90 + random.nextDouble() * 900;
    LocalDate date = local.plusDays(42);
    double psa = prostatectomy ? 0.03 : 0.5 + random.nextDouble();
    LocalDate rise = date.plusDays(180 + random.nextInt(1500));
    g.writeArrayFieldStart("psa");
    LocalDate lastPsa = date;
    for (int i = 0; i < n; i++) {
      boolean rising = date.isAfter(rise);
      double value = rising ? psa * Math.exp(Math.log(2) * (date.toEpochDay() - rise.toEpochDay()) / doublingDays)
          * (0.9 + 0.2 * random.nextDouble()) : psa;
      g.writeStartObject();
      g.writeStringField("date", date.toString());
      boolean below = prostatectomy && !rising;
      g.writeNumberField("value", round(below ? 0.03 : value, 3));
      if (below) {
        g.writeBooleanField("belowDetection", true);
      }
      g.writeEndObject();
      lastPsa = date;
      date = date.plusDays(60 + random.nextInt(120));
      if (value > 100) {
        break; // a rising PSA this high leads to treatment, not to more of the same series
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("performanceStatus");
    g.writeStartObject();
    g.writeStringField("date", lastPsa.toString());
    g.writeStringField("scale", "ECOG");
    g.writeNumberField("value", random.nextInt(3));
    g.writeEndObject();
    g.writeEndArray();
    // PET scans: one or two, lesions keep their ids across scans.
    int scans = 1 + random.nextInt(2);
    int lesions = random.nextInt(11);
    String[] sites = new String[lesions];
    for (int i = 0; i < lesions; i++) {
      int r = random.nextInt(10);
      sites[i] = r < 1 ? (prostatectomy ? "prostate-bed" : "prostate") : r < 5 ? "node" : r < 9 ? "bone" : "visceral";
    }
    String[] region = new String[lesions];
    for (int i = 0; i < lesions; i++) {
      region[i] = NODE_REGIONS[random.nextInt(NODE_REGIONS.length)];
    }
    g.writeArrayFieldStart("petScans");
    LocalDate scanDate = lastPsa.plusDays(7);
    String tracer = TRACERS[random.nextInt(TRACERS.length)];
    for (int s = 0; s < scans; s++) {
      g.writeStartObject();
      g.writeStringField("date", scanDate.toString());
      g.writeStringField("tracer", tracer);
      g.writeStringField("modality", "PET/CT");
      g.writeObjectFieldStart("reference");
      g.writeNumberField("bloodPoolSuvMean", round(1.4 + random.nextDouble() * 0.4, 2));
      g.writeNumberField("liverSuvMean", round(4.5 + random.nextDouble() * 2, 2));
      g.writeNumberField("spleenSuvMean", round(7 + random.nextDouble() * 4, 2));
      g.writeNumberField("parotidSuvMean", round(10 + random.nextDouble() * 4, 2));
      g.writeEndObject();
      int shown = s == 0 ? Math.max(0, lesions - 1) : lesions;
      g.writeNumberField("totalTumourVolumeMl", shown == 0 ? 0 : round(1 + random.nextDouble() * 50 * shown, 1));
      g.writeArrayFieldStart("lesions");
      for (int i = 0; i < shown; i++) {
        g.writeStartObject();
        g.writeStringField("id", "L" + (i + 1));
        g.writeStringField("site", sites[i]);
        switch (sites[i]) {
          case "node" -> {
            g.writeStringField("region", region[i]);
            g.writeStringField("side", SIDES[i % 2]);
            g.writeNumberField("shortAxisMm", 5 + random.nextInt(20));
          }
          case "bone" -> g.writeStringField("bone", BONES[random.nextInt(BONES.length)]);
          case "visceral" -> g.writeStringField("organ", ORGANS[random.nextInt(ORGANS.length)]);
          default -> { }
        }
        g.writeNumberField("suvMax", round(2 + random.nextDouble() * 30, 1));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      scanDate = scanDate.plusDays(90 + random.nextInt(200));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("treatments");
    if (!prostatectomy) {
      rt(g, local, "primary", "prostate", 78, 39);
    }
    LocalDate salvage = lastPsa.plusDays(30);
    rt(g, salvage, "salvage", prostatectomy ? "prostate-bed" : "pelvic-nodes", prostatectomy ? 70 : 50.4,
        prostatectomy ? 35 : 28);
    if (random.nextBoolean()) {
      g.writeStartObject();
      g.writeStringField("type", "adt");
      g.writeStringField("agent", "leuprolide");
      g.writeStringField("start", salvage.minusDays(14).toString());
      g.writeStringField("end", salvage.plusDays(180).toString());
      g.writeEndObject();
    }
    if (random.nextInt(4) == 0) {
      g.writeStartObject();
      g.writeStringField("type", "arpi");
      g.writeStringField("agent", "enzalutamide");
      g.writeStringField("start", lastPsa.minusDays(200).toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("lastFollowUp", scanDate.plusDays(60).toString());
    g.writeEndObject();
  }

  private static void rt(JsonGenerator g, LocalDate start, String intent, String volume,
      double dose, int fractions) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "radiotherapy");
    g.writeStringField("start", start.toString());
    g.writeStringField("end", start.plusDays(fractions * 7L / 5).toString());
    g.writeStringField("intent", intent);
    g.writeArrayFieldStart("targets");
    g.writeStartObject();
    g.writeStringField("volume", volume);
    g.writeNumberField("doseGy", dose);
    g.writeNumberField("fractions", fractions);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static double round(double x, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(x * scale) / scale;
  }
}
