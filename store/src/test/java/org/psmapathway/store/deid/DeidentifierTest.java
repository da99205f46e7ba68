package org.psmapathway.store.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.store.PatientRecordJson;

class DeidentifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static byte[] key(int seed) {
    byte[] k = new byte[32];
    new Random(seed).nextBytes(k);
    return k;
  }

  private static Deidentifier deidentifier(int seed) {
    return new Deidentifier(PseudonymKey.of(key(seed)));
  }

  static List<PatientRecord> examples() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "examples", "patients"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    PatientRecordReader reader = new PatientRecordReader(null);
    List<PatientRecord> records = new ArrayList<>();
    for (Path f : files) {
      records.add(reader.read(Files.readString(f, StandardCharsets.UTF_8)));
    }
    return records;
  }

  /**
   * Seeded variations of the examples: a random id, every date moved back by up to 3,000 days
   * and a birth date 40 to 99 years before the first clinical date (so some are 90+).
   */
  static List<PatientRecord> variations(long seed, int n) throws Exception {
    List<PatientRecord> base = examples();
    Random random = new Random(seed);
    List<PatientRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PatientRecord r = base.get(random.nextInt(base.size()));
      int back = random.nextInt(3001);
      PatientRecord moved = RecordDates.mapClinical(r, d -> d.minusDays(back));
      LocalDate first = RecordDates.clinical(moved).stream().min(LocalDate::compareTo).get();
      LocalDate birth = first.minusYears(40 + random.nextInt(60)).minusDays(random.nextInt(366));
      String id = "MRN-" + (100000 + random.nextInt(900000)) + (random.nextBoolean() ? "" : "x");
      out.add(new PatientRecord(id, birth, moved.diagnosis(), moved.pathology(),
          moved.prostatectomy(), moved.psa(), moved.testosterone(), moved.performanceStatus(),
          moved.petScans(), moved.treatments(), moved.events(), moved.lastFollowUp(),
          moved.haemoglobin(), moved.otherMalignancies()));
    }
    return out;
  }

  private static List<PatientRecord> allInputs() throws Exception {
    List<PatientRecord> all = new ArrayList<>(examples());
    all.addAll(variations(20261123L, 300));
    return all;
  }

  @Test
  void theSameKeyGivesTheSamePseudonymsOffsetsAndRecords() throws Exception {
    Deidentifier a = deidentifier(1);
    Deidentifier b = new Deidentifier(PseudonymKey.of(key(1)));
    for (PatientRecord r : allInputs()) {
      assertThat(b.deidentify(r)).isEqualTo(a.deidentify(r));
      assertThat(PatientRecordJson.line(b.deidentify(r)))
          .isEqualTo(PatientRecordJson.line(a.deidentify(r)));
    }
  }

  @Test
  void aDifferentKeyGivesDifferentPseudonymsAndOffsets() throws Exception {
    Deidentifier a = deidentifier(1);
    Deidentifier b = deidentifier(2);
    int sameOffset = 0;
    List<PatientRecord> inputs = allInputs();
    for (PatientRecord r : inputs) {
      assertThat(b.pseudonym(r.id())).isNotEqualTo(a.pseudonym(r.id()));
      if (a.dateOffsetDays(r.id()) == b.dateOffsetDays(r.id())) {
        sameOffset++;
      }
    }
    // independent offsets agree with probability 1/365: about 0.8 of 309; 6 or more has p < 1e-4
    assertThat(sameOffset).isLessThan(6);
  }

  @Test
  void thePseudonymIsTheTruncatedHmacSha256OfTheId() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key(1), "HmacSHA256"));
    String expected = HexFormat.of()
        .formatHex(mac.doFinal("P003".getBytes(StandardCharsets.UTF_8))).substring(0, 20);
    assertThat(deidentifier(1).pseudonym("P003")).isEqualTo(expected).hasSize(20);
  }

  @Test
  void offsetsAreNeverZeroAndStayWithinAYearBack() {
    Deidentifier d = deidentifier(3);
    int[] seen = new int[Deidentifier.MAX_OFFSET_DAYS + 1];
    for (int i = 0; i < 20_000; i++) {
      int offset = d.dateOffsetDays("patient-" + i);
      assertThat(offset).isBetween(-Deidentifier.MAX_OFFSET_DAYS, -1);
      seen[-offset]++;
    }
    // every offset occurs (expected about 55 each): the derivation uses the whole range
    for (int days = 1; days <= Deidentifier.MAX_OFFSET_DAYS; days++) {
      assertThat(seen[days]).as("offset -%d", days).isPositive();
    }
  }

  /**
   * Walks the input's canonical JSON and finds every value written as a date: at the same place in
   * the output it is either gone (dropped birth date) or moved by exactly the patient's offset.
   * This does not use RecordDates, so a date field the de-identifier forgot would show here.
   */
  @Test
  void everyDateOfTheInputTextIsMovedByThePatientsOffsetOrDropped() throws Exception {
    Deidentifier d = deidentifier(1);
    for (PatientRecord r : allInputs()) {
      JsonNode in = JSON.readTree(PatientRecordJson.line(r));
      JsonNode out = JSON.readTree(PatientRecordJson.line(d.deidentify(r)));
      int offset = d.dateOffsetDays(r.id());
      int[] dates = {0};
      walk(in, out, "", offset, dates);
      assertThat(dates[0]).isEqualTo(RecordDates.clinical(r).size() + 1); // + birthDate
    }
  }

  private static void walk(JsonNode in, JsonNode out, String path, int offset, int[] dates) {
    if (in.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode o = out == null ? null : out.get(e.getKey());
        walk(e.getValue(), o, path + "." + e.getKey(), offset, dates);
      }
    } else if (in.isArray()) {
      for (int i = 0; i < in.size(); i++) {
        walk(in.get(i), out == null ? null : out.get(i), path + "[" + i + "]", offset, dates);
      }
    } else if (in.isTextual() && DATE.matcher(in.asText()).matches()) {
      dates[0]++;
      if (out != null) {
        assertThat(LocalDate.parse(out.asText())).as(path)
            .isEqualTo(LocalDate.parse(in.asText()).plusDays(offset));
      } else {
        assertThat(path).isEqualTo(".birthDate");
      }
    }
  }

  @Test
  void everyIntervalBetweenAPatientsDatesIsKeptToTheDay() throws Exception {
    Deidentifier d = deidentifier(5);
    for (PatientRecord r : allInputs()) {
      PatientRecord out = d.deidentify(r);
      List<LocalDate> before = new ArrayList<>(RecordDates.clinical(r));
      List<LocalDate> after = new ArrayList<>(RecordDates.clinical(out));
      if (out.birthDate() != null) {
        before.add(r.birthDate());
        after.add(out.birthDate());
      }
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        for (int j = 0; j < before.size(); j++) {
          assertThat(ChronoUnit.DAYS.between(after.get(i), after.get(j)))
              .isEqualTo(ChronoUnit.DAYS.between(before.get(i), before.get(j)));
        }
        assertThat(after.get(i)).isNotEqualTo(before.get(i));
      }
    }
  }

  @Test
  void noIdAndNoFreeTextReachTheOutputAndTheOutputIsAValidRecord() throws Exception {
    Deidentifier d = deidentifier(1);
    PatientRecordReader reader = new PatientRecordReader(LocalDate.now());
    for (PatientRecord r : allInputs()) {
      PatientRecord out = d.deidentify(r);
      String text = PatientRecordJson.line(out);
      assertThat(text).doesNotContain(r.id()).doesNotContain("\"detail\"");
      for (ClinicalEvent e : r.events()) {
        if (e.detail() != null) {
          assertThat(text).doesNotContain(e.detail());
        }
      }
      assertThat(reader.read(text)).isEqualTo(out);
    }
  }

  @Test
  void eventDetailAndTheNameOfAnOtherRtTargetAreWithheld() throws Exception {
    PatientRecord r = examples().stream().filter(x -> !x.radiotherapyCourses().isEmpty())
        .findFirst().orElseThrow();
    List<org.psmapathway.core.record.Treatment> treatments = new ArrayList<>();
    for (org.psmapathway.core.record.Treatment t : r.treatments()) {
      if (t instanceof Radiotherapy rt) {
        List<RtTarget> targets = new ArrayList<>(rt.targets());
        targets.add(new RtTarget(org.psmapathway.core.record.RtVolume.OTHER,
            "field drawn by Dr Jones for Mr Smith", null, rt.targets().get(0).phases()));
        treatments.add(new Radiotherapy(rt.start(), rt.end(), rt.intent(), targets));
      } else {
        treatments.add(t);
      }
    }
    List<ClinicalEvent> events = List.of(new ClinicalEvent(
        org.psmapathway.core.record.EventType.DEATH, r.lastFollowUp(), "died at home, Elm Road"));
    PatientRecord withText = new PatientRecord(r.id(), r.birthDate(), r.diagnosis(),
        r.pathology(), r.prostatectomy(), r.psa(), r.testosterone(), r.performanceStatus(),
        r.petScans(), treatments, events, r.lastFollowUp(), r.haemoglobin(),
        List.of(new org.psmapathway.core.record.OtherMalignancy(
            org.psmapathway.core.record.OtherMalignancy.Kind.OTHER, false, "bladder 2009, Leeds")));
    String text = PatientRecordJson.line(deidentifier(1).deidentify(withText));
    assertThat(text).doesNotContain("Jones").doesNotContain("Elm Road").doesNotContain("Leeds")
        .contains("\"label\":\"" + Deidentifier.WITHHELD_LABEL + "\"")
        .contains("\"type\":\"death\"").contains("\"kind\":\"other\"");
    new PatientRecordReader(LocalDate.now()).read(text); // still a valid record
  }

  @Test
  void lesionIdsAreRenumberedAndTheLinksFromRtTargetsSurvive() throws Exception {
    Deidentifier d = deidentifier(1);
    for (PatientRecord r : examples()) {
      PatientRecord out = d.deidentify(r);
      for (int s = 0; s < r.petScans().size(); s++) {
        List<Lesion> in = r.petScans().get(s).lesions();
        List<Lesion> got = out.petScans().get(s).lesions();
        for (int l = 0; l < in.size(); l++) {
          assertThat(got.get(l).id()).matches("L[1-9][0-9]*");
          assertThat(got.get(l).suvMax()).isEqualTo(in.get(l).suvMax());
        }
      }
      for (int t = 0; t < r.treatments().size(); t++) {
        if (r.treatments().get(t) instanceof Radiotherapy rt) {
          Radiotherapy o = (Radiotherapy) out.treatments().get(t);
          for (int k = 0; k < rt.targets().size(); k++) {
            RtTarget x = rt.targets().get(k);
            RtTarget y = o.targets().get(k);
            assertThat(y.phases()).isEqualTo(x.phases());
            if (x.lesionId() != null) {
              assertThat(site(out, y.lesionId())).isEqualTo(site(r, x.lesionId()));
            }
          }
        }
      }
    }
  }

  private static String site(PatientRecord r, String lesionId) {
    return r.petScans().stream().flatMap(s -> s.lesions().stream())
        .filter(l -> l.id().equals(lesionId)).findFirst().orElseThrow().site().code();
  }

  /**
   * The id enters the output only through the HMAC: the same clinical content under two ids
   * de-identifies to records that differ only in pseudonym and date offset.
   */
  @Test
  void theIdEntersTheOutputOnlyThroughTheKeyedHash() throws Exception {
    Deidentifier d = deidentifier(1);
    for (PatientRecord r : examples()) {
      PatientRecord other = withId(r, r.id() + "-other");
      PatientRecord a = d.deidentify(r);
      PatientRecord b = d.deidentify(other);
      int back = d.dateOffsetDays(other.id()) - d.dateOffsetDays(r.id());
      PatientRecord bAligned = withId(RecordDates.mapClinical(b, x -> x.minusDays(back)), a.id());
      bAligned = new PatientRecord(bAligned.id(),
          bAligned.birthDate() == null ? null : bAligned.birthDate().minusDays(back),
          bAligned.diagnosis(), bAligned.pathology(), bAligned.prostatectomy(), bAligned.psa(),
          bAligned.testosterone(), bAligned.performanceStatus(), bAligned.petScans(),
          bAligned.treatments(), bAligned.events(), bAligned.lastFollowUp(),
          bAligned.haemoglobin(), bAligned.otherMalignancies());
      assertThat(bAligned).isEqualTo(a);
    }
  }

  private static PatientRecord withId(PatientRecord r, String id) {
    return new PatientRecord(id, r.birthDate(), r.diagnosis(), r.pathology(), r.prostatectomy(),
        r.psa(), r.testosterone(), r.performanceStatus(), r.petScans(), r.treatments(),
        r.events(), r.lastFollowUp(), r.haemoglobin(), r.otherMalignancies());
  }

  @Test
  void aBirthDateShowingAnAgeOfNinetyOrMoreIsDroppedAndAYoungerOneIsShifted() throws Exception {
    Deidentifier d = deidentifier(1);
    PatientRecord r = examples().get(0);
    LocalDate latest = RecordDates.clinical(r).stream().max(LocalDate::compareTo).get();
    PatientRecord ninety = withBirth(r, latest.minusYears(90));
    PatientRecord almost = withBirth(r, latest.minusYears(90).plusDays(2));
    assertThat(d.deidentify(ninety).birthDate()).isNull();
    assertThat(d.deidentify(almost).birthDate())
        .isEqualTo(almost.birthDate().plusDays(d.dateOffsetDays(r.id())));
    int dropped = 0;
    for (PatientRecord v : variations(7L, 300)) {
      LocalDate last = RecordDates.clinical(v).stream().max(LocalDate::compareTo).get();
      boolean old = java.time.Period.between(v.birthDate(), last).getYears() >= 90;
      PatientRecord out = d.deidentify(v);
      if (old) {
        dropped++;
        assertThat(out.birthDate()).isNull();
      } else if (out.birthDate() == null) {
        // only a 29 February between the shifted dates may make 89 years and 364 days read as 90
        assertThat(java.time.Period.between(v.birthDate(), last).getYears()).isEqualTo(89);
      }
    }
    assertThat(dropped).isPositive();
  }

  private static PatientRecord withBirth(PatientRecord r, LocalDate birth) {
    return new PatientRecord(r.id(), birth, r.diagnosis(), r.pathology(), r.prostatectomy(),
        r.psa(), r.testosterone(), r.performanceStatus(), r.petScans(), r.treatments(),
        r.events(), r.lastFollowUp(), r.haemoglobin(), r.otherMalignancies());
  }

  @Test
  void daysFromIndexPutsEveryIndexDateOnDayZeroKeepsIntervalsAndDoesNotDependOnTheKey()
      throws Exception {
    Deidentifier a = new Deidentifier(PseudonymKey.of(key(1)), DateMode.DAYS_FROM_INDEX);
    Deidentifier b = new Deidentifier(PseudonymKey.of(key(2)), DateMode.DAYS_FROM_INDEX);
    PatientRecordReader reader = new PatientRecordReader(LocalDate.now());
    for (PatientRecord r : allInputs()) {
      PatientRecord out = a.deidentify(r);
      LocalDate index = r.diagnosis() != null && r.diagnosis().date() != null
          ? r.diagnosis().date()
          : RecordDates.clinical(r).stream().min(LocalDate::compareTo).orElseThrow();
      long offset = ChronoUnit.DAYS.between(index, DateMode.INDEX_DAY);
      assertThat(a.offsetDays(r)).isEqualTo(offset);
      walkDates(r, out, (int) offset);
      if (out.diagnosis() != null && out.diagnosis().date() != null) {
        assertThat(out.diagnosis().date()).isEqualTo(DateMode.INDEX_DAY);
      }
      // only the pseudonym depends on the key
      PatientRecord other = b.deidentify(r);
      assertThat(withId(other, out.id())).isEqualTo(out);
      assertThat(reader.read(PatientRecordJson.line(out))).isEqualTo(out);
    }
    PatientRecord birthOnly = new PatientRecord("B1", LocalDate.of(1950, 3, 4), null, null, null,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    assertThat(a.deidentify(birthOnly).birthDate()).isNull();
  }

  private static void walkDates(PatientRecord in, PatientRecord out, int offset)
      throws Exception {
    int[] dates = {0};
    walk(JSON.readTree(PatientRecordJson.line(in)), JSON.readTree(PatientRecordJson.line(out)), "",
        offset, dates);
    assertThat(dates[0]).isEqualTo(RecordDates.clinical(in).size() + 1);
  }

  @Test
  void aKeyShorterThan32BytesIsRefused() {
    assertThatThrownBy(() -> PseudonymKey.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key: expected at least 32 bytes, got 31");
    assertThat(PseudonymKey.of(new byte[32]).toString()).isEqualTo("PseudonymKey[32 bytes]");
  }
}
