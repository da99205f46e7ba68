package org.psmapathway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.EventType;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.Treatment;
import org.psmapathway.store.synthetic.CohortModel;
import org.psmapathway.store.synthetic.SyntheticRecords;

/**
 * Listing by {@link PatientCriteria}: the database's answer must be exactly the patients that a
 * plain Java predicate on the loaded records selects (written here independently of the SQL), for
 * every single condition and for seeded random combinations. Run on H2 and on a real PostgreSQL
 * server by the subclasses; one registry of 400 synthetic + the example patients per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CriteriaQueryContract {

  private Registry registry;
  private List<PatientRecord> records;

  /** A fresh, empty, migrated registry. */
  protected abstract Registry openEmpty() throws Exception;

  @BeforeAll
  void fill() throws Exception {
    registry = openEmpty();
    records = new ArrayList<>(ExamplePatients.all());
    CohortModel model = CohortModel.seed000();
    SyntheticRecords.forEach(model, 17, 400, new PatientRecordReader(model.dataCutoff()),
        (i, r) -> records.add(r), (i, id, problems) -> {
          throw new AssertionError(id + ": " + problems);
        });
    registry.inTransaction(repo -> repo.saveAll(records));
    records.sort(Comparator.comparing(PatientRecord::id));
  }

  @AfterAll
  void close() {
    registry.close();
  }

  /** The reference: what each condition means, on the record itself. */
  private static boolean matches(PatientRecord r, PatientCriteria c) {
    Integer isup = r.diagnosis() == null ? null : r.diagnosis().isupGrade();
    if (c.isupMin() != null && (isup == null || isup < c.isupMin())) {
      return false;
    }
    if (c.isupMax() != null && (isup == null || isup > c.isupMax())) {
      return false;
    }
    if (c.pathologyN() != null
        && (r.pathology() == null || !c.pathologyN().equals(r.pathology().pN()))) {
      return false;
    }
    if (c.hasPetScan() != null && c.hasPetScan() == r.petScans().isEmpty()) {
      return false;
    }
    if (c.psaAboveNgMl() != null) {
      boolean any = false;
      for (PsaValue v : r.psa()) {
        any |= !v.belowDetection() && v.valueNgMl() > c.psaAboveNgMl()
            && (c.psaOnOrAfter() == null || !v.date().isBefore(c.psaOnOrAfter()));
      }
      if (!any) {
        return false;
      }
    }
    if (c.treatment() != null
        && r.treatments().stream().noneMatch(t -> kind(t).equals(c.treatment()))) {
      return false;
    }
    if (c.event() != null && r.events().stream().map(ClinicalEvent::type)
        .noneMatch(c.event()::equals)) {
      return false;
    }
    LocalDate diagnosed = r.diagnosis() == null ? null : r.diagnosis().date();
    if (c.diagnosedOnOrAfter() != null
        && (diagnosed == null || diagnosed.isBefore(c.diagnosedOnOrAfter()))) {
      return false;
    }
    if (c.diagnosedOnOrBefore() != null
        && (diagnosed == null || diagnosed.isAfter(c.diagnosedOnOrBefore()))) {
      return false;
    }
    return c.lastFollowUpOnOrAfter() == null
        || (r.lastFollowUp() != null && !r.lastFollowUp().isBefore(c.lastFollowUpOnOrAfter()));
  }

  private static String kind(Treatment t) {
    if (t instanceof Radiotherapy) {
      return "radiotherapy";
    }
    if (t instanceof Radioligand) {
      return "radioligand";
    }
    return ((SystemicTherapy) t).kind().code();
  }

  private List<String> expected(PatientCriteria c) {
    return records.stream().filter(r -> matches(r, c)).map(PatientRecord::id).toList();
  }

  private List<PatientCriteria> singles() {
    return List.of(PatientCriteria.ALL.withIsup(4, null), PatientCriteria.ALL.withIsup(null, 2),
        PatientCriteria.ALL.withIsup(3, 3), PatientCriteria.ALL.withPathologyN("pN1"),
        PatientCriteria.ALL.withPetScan(true), PatientCriteria.ALL.withPetScan(false),
        PatientCriteria.ALL.withPsaAbove(1.0, null),
        PatientCriteria.ALL.withPsaAbove(0.2, LocalDate.of(2018, 1, 1)),
        PatientCriteria.ALL.withTreatment("adt"), PatientCriteria.ALL.withTreatment("radiotherapy"),
        PatientCriteria.ALL.withEvent(EventType.BIOCHEMICAL_PROGRESSION),
        PatientCriteria.ALL.withDiagnosed(LocalDate.of(2012, 1, 1), null),
        PatientCriteria.ALL.withDiagnosed(null, LocalDate.of(2012, 1, 1)),
        PatientCriteria.ALL.withLastFollowUpOnOrAfter(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void everySingleConditionSelectsExactlyThePatientsItDescribes() {
    assertThat(registry.patients().ids(PatientCriteria.ALL))
        .containsExactlyElementsOf(expected(PatientCriteria.ALL)).hasSize(records.size());
    for (PatientCriteria c : singles()) {
      List<String> want = expected(c);
      // each condition splits this registry: neither nobody nor everybody, so it is really tested
      assertThat(want).as(c.toString()).isNotEmpty().hasSizeLessThan(records.size());
      assertThat(registry.patients().ids(c)).as(c.toString()).containsExactlyElementsOf(want);
    }
  }

  @Test
  void seededCombinationsOfConditionsSelectTheIntersection() {
    Random random = new Random(20261123L);
    String[] kinds = {"radiotherapy", "adt", "arpi", "chemotherapy", "radioligand"};
    String[] pN = {"pN0", "pN1", "pNx"};
    int nonEmpty = 0;
    for (int round = 0; round < 60; round++) {
      PatientCriteria c = PatientCriteria.ALL;
      if (random.nextBoolean()) {
        int lo = 1 + random.nextInt(5);
        c = c.withIsup(lo, random.nextBoolean() ? null : lo + random.nextInt(6 - lo));
      }
      if (random.nextInt(3) == 0) {
        c = c.withPathologyN(pN[random.nextInt(3)]);
      }
      if (random.nextInt(3) == 0) {
        c = c.withPetScan(random.nextBoolean());
      }
      if (random.nextBoolean()) {
        c = c.withPsaAbove(random.nextInt(30) / 10.0, random.nextBoolean() ? null
            : LocalDate.of(2010 + random.nextInt(14), 1 + random.nextInt(12), 1));
      }
      if (random.nextInt(3) == 0) {
        c = c.withTreatment(kinds[random.nextInt(kinds.length)]);
      }
      if (random.nextInt(3) == 0) {
        c = c.withEvent(EventType.values()[random.nextInt(EventType.values().length)]);
      }
      if (random.nextInt(3) == 0) {
        LocalDate from = LocalDate.of(2000 + random.nextInt(20), 1, 1);
        c = c.withDiagnosed(from, random.nextBoolean() ? null : from.plusYears(5));
      }
      if (random.nextInt(3) == 0) {
        c = c.withLastFollowUpOnOrAfter(LocalDate.of(2015 + random.nextInt(10), 6, 1));
      }
      List<String> want = expected(c);
      nonEmpty += want.isEmpty() ? 0 : 1;
      assertThat(registry.patients().ids(c)).as(c.toString()).containsExactlyElementsOf(want);
    }
    assertThat(nonEmpty).as("combinations that select somebody").isGreaterThan(20);
  }

  @Test
  void theRecordsOfASelectionAreTheStoredRecordsInIdOrder() {
    PatientCriteria c = PatientCriteria.ALL.withIsup(4, 5).withTreatment("adt");
    List<PatientRecord> want = records.stream().filter(r -> matches(r, c)).toList();
    assertThat(want).isNotEmpty();
    assertThat(registry.patients().find(c)).containsExactlyElementsOf(want);
    List<PatientRecord> inOneTransaction = registry.inTransaction(repo -> repo.find(c));
    assertThat(inOneTransaction).containsExactlyElementsOf(want);
  }

  @Test
  void impossibleCriteriaAreRejectedByName() {
    assertThatThrownBy(() -> PatientCriteria.ALL.withIsup(0, null))
        .hasMessageContaining("isupMin");
    assertThatThrownBy(() -> PatientCriteria.ALL.withIsup(4, 2))
        .hasMessageContaining("isupMin/isupMax");
    assertThatThrownBy(() -> PatientCriteria.ALL.withPathologyN("N1"))
        .hasMessageContaining("pathologyN");
    assertThatThrownBy(() -> PatientCriteria.ALL.withPsaAbove(-0.1, null))
        .hasMessageContaining("psaAboveNgMl");
    assertThatThrownBy(() -> PatientCriteria.ALL.withPsaAbove(null, LocalDate.of(2020, 1, 1)))
        .hasMessageContaining("psaOnOrAfter");
    assertThatThrownBy(() -> PatientCriteria.ALL.withTreatment("adt' OR '1'='1"))
        .hasMessageContaining("treatment");
    assertThatThrownBy(() -> PatientCriteria.ALL.withDiagnosed(LocalDate.of(2020, 1, 2),
        LocalDate.of(2020, 1, 1))).hasMessageContaining("diagnosedOnOrAfter");
  }
}
