package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;

/**
 * {@code psma screen --db}: the registry's patients give the same CSV, byte for byte, as screening
 * {@code psma export}'s JSON Lines of the same registry; criteria options select the patients.
 * One H2 registry of 700 synthetic patients (two full batches of 256 and a partial one) and the
 * examples.
 */
class StoredScreenTest {

  private static final String AS_OF = Examples.AS_OF;

  @TempDir
  static Path dir;

  private static String db;
  private static Path exported;

  @BeforeAll
  static void registry() throws Exception {
    db = dir.resolve("registry").toString();
    CliRun synth = CliRun.of("synth", "--patients", "700", "--seed", "5", "--db", db);
    assertThat(synth.exitCode()).as(synth.err()).isZero();
    List<String> args = new ArrayList<>(List.of("import", "--db", db));
    for (Path p : Examples.all()) {
      args.add(p.toString());
    }
    CliRun imported = CliRun.of(args.toArray(String[]::new));
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    exported = dir.resolve("registry.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--out", exported.toString()).exitCode()).isZero();
  }

  private static byte[] screen(String... args) throws Exception {
    Path out = Files.createTempFile(dir, "screen", ".csv");
    Files.delete(out);
    List<String> all = new ArrayList<>(List.of("screen", "--as-of", AS_OF, "--out",
        out.toString()));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readAllBytes(out);
  }

  @Test
  void theRegistryScreensByteForByteLikeItsExport() throws Exception {
    byte[] fromFile = screen("--patients", exported.toString());
    byte[] fromDb = screen("--db", db);
    int patients = Files.readAllLines(exported).size();
    assertThat(patients).isEqualTo(700 + Examples.all().size());
    List<String> rows = new String(fromDb, StandardCharsets.UTF_8).lines().toList();
    assertThat(rows).hasSize(1 + patients * 8);
    assertThat(rows).anyMatch(r -> r.contains(",ELIGIBLE,") || r.contains(",UNDETERMINED,"));
    assertThat(fromDb).isEqualTo(fromFile);

    // one trial: the same again
    assertThat(screen("--db", db, "--trial", "OLYMPIAN"))
        .isEqualTo(screen("--patients", exported.toString(), "--trial", "OLYMPIAN"));
  }

  @Test
  void criteriaScreenExactlyTheStoredPatientsTheyDescribe() throws Exception {
    PatientRecordReader reader = new PatientRecordReader(null);
    Set<String> wanted = new HashSet<>();
    for (String line : Files.readAllLines(exported)) {
      PatientRecord r = reader.read(line);
      boolean highGrade = r.diagnosis() != null && r.diagnosis().isupGrade() != null
          && r.diagnosis().isupGrade() >= 4;
      boolean adt = r.treatments().stream().anyMatch(
          t -> t instanceof SystemicTherapy s && s.kind() == SystemicClass.ADT);
      if (highGrade && adt) {
        wanted.add(r.id());
      }
    }
    assertThat(wanted).isNotEmpty().hasSizeLessThan(700);
    List<String> all = new String(screen("--patients", exported.toString()),
        StandardCharsets.UTF_8).lines().toList();
    List<String> expected = new ArrayList<>();
    expected.add(all.get(0));
    for (String row : all.subList(1, all.size())) {
      if (wanted.contains(row.substring(0, row.indexOf(',')))) {
        expected.add(row);
      }
    }
    List<String> selected = new String(screen("--db", db, "--isup-min", "4", "--treated", "adt"),
        StandardCharsets.UTF_8).lines().toList();
    assertThat(selected).containsExactlyElementsOf(expected).hasSize(1 + wanted.size() * 8);
  }

  @Test
  void storedRecordsAreCheckedAgainstTheScreeningDate() throws Exception {
    Path out = dir.resolve("early.csv");
    // a day before most synthetic follow-up ends: later dates are impossible on that day
    CliRun run = CliRun.of("screen", "--as-of", "2012-01-01", "--db", db, "--out",
        out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(": patient ").contains("jdbc:h2:");
    assertThat(out).doesNotExist();
  }

  @Test
  void sourcesAndCriteriaAreCheckedBeforeAnythingIsRead() {
    assertThat(CliRun.of("screen", "--as-of", AS_OF).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("screen", "--db", db, "--patients", exported.toString()).exitCode())
        .isEqualTo(2);
    CliRun fileWithCriteria = CliRun.of("screen", "--patients", exported.toString(),
        "--isup-min", "4");
    assertThat(fileWithCriteria.exitCode()).isEqualTo(2);
    assertThat(fileWithCriteria.err()).contains("only with --db");
    CliRun badGrade = CliRun.of("screen", "--db", db, "--isup-min", "7");
    assertThat(badGrade.exitCode()).isEqualTo(1);
    assertThat(badGrade.err()).contains("--isup-min: expected an ISUP grade 1-5, got 7");
    CliRun badEvent = CliRun.of("screen", "--db", db, "--event", "relapse");
    assertThat(badEvent.exitCode()).isEqualTo(1);
    assertThat(badEvent.err()).contains("--event: expected");
    CliRun missing = CliRun.of("screen", "--db", dir.resolve("nothing").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no registry here");
  }
}
