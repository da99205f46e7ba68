package org.psmapathway.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Cross-field date checks that no single field can make: nothing happens before birth, after
 * death, or after the day the record is read; a prostatectomy does not precede the diagnosis.
 * Runs on the JSON tree so that problems name the field path the user wrote.
 */
final class ChronologyCheck {

  private static final String[][] DATED_LISTS = {
      {"psa", "date"}, {"testosterone", "date"}, {"performanceStatus", "date"},
      {"petScans", "date"}, {"treatments", "start"}, {"treatments", "end"},
      {"treatments", "date"}, {"events", "date"}, {"haemoglobin", "date"}};

  private final PatientRecord record;
  private final JsonNode root;
  private final LocalDate asOf;
  private final List<RecordProblem> problems;
  private final LocalDate death;

  ChronologyCheck(PatientRecord record, JsonNode root, LocalDate asOf,
      List<RecordProblem> problems) {
    this.record = record;
    this.root = root;
    this.asOf = asOf;
    this.problems = problems;
    this.death = record.events().stream().filter(e -> e.type() == EventType.DEATH)
        .map(ClinicalEvent::date).findFirst().orElse(null);
  }

  void run() {
    check("birthDate", record.birthDate(), false);
    if (record.diagnosis() != null) {
      check("diagnosis.date", record.diagnosis().date(), true);
    }
    if (record.prostatectomy() != null) {
      LocalDate rp = record.prostatectomy().date();
      check("prostatectomy.date", rp, true);
      if (record.diagnosis() != null && record.diagnosis().date() != null
          && rp.isBefore(record.diagnosis().date())) {
        problems.add(new RecordProblem("prostatectomy.date", "is " + rp
            + ", before the diagnosis date " + record.diagnosis().date()));
      }
    }
    check("lastFollowUp", record.lastFollowUp(), false);
    for (String[] list : DATED_LISTS) {
      JsonNode items = root.get(list[0]);
      for (int i = 0; items != null && i < items.size(); i++) {
        JsonNode value = items.get(i).get(list[1]);
        if (value != null && value.isTextual()) {
          boolean isDeath = list[0].equals("events")
              && "death".equals(items.get(i).path("type").asText());
          check(list[0] + "[" + i + "]." + list[1], IsoDate.parse(value.asText()), !isDeath);
        }
      }
    }
  }

  private void check(String path, LocalDate date, boolean mustPrecedeDeath) {
    if (date == null) {
      return;
    }
    if (record.birthDate() != null && date.isBefore(record.birthDate())) {
      problems.add(new RecordProblem(path, "is " + date + ", before the birth date "
          + record.birthDate() + "; expected a date on or after birth"));
    }
    if (asOf != null && date.isAfter(asOf)) {
      problems.add(new RecordProblem(path, "is " + date + ", in the future (today is " + asOf
          + "); expected a date that has happened"));
    }
    if (mustPrecedeDeath && death != null && date.isAfter(death)) {
      problems.add(new RecordProblem(path, "is " + date + ", after the recorded death on "
          + death));
    }
  }
}
