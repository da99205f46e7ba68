package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;

/**
 * {@code psma assess --db URL --all} and with criteria options: the same output as assessing the
 * selected patients' files (or {@code --patient} ids) in id order.
 */
class AssessSelectedTest {

  private static final String AS_OF = Examples.AS_OF;

  @Test
  void allAndCriteriaAssessTheSelectedPatientsInIdOrder(@TempDir Path dir) throws Exception {
    String db = dir.resolve("registry").toString();
    List<String> importArgs = new ArrayList<>(List.of("import", "--db", db));
    List<Path> files = Examples.all();
    files.forEach(p -> importArgs.add(p.toString()));
    assertThat(CliRun.of(importArgs.toArray(String[]::new)).exitCode()).isZero();

    // the example files are named by id (P001-..., P002-...): file order is id order
    List<String> fileArgs = new ArrayList<>(List.of("assess", "--as-of", AS_OF, "--format",
        "json"));
    files.stream().map(Path::toString).sorted().forEach(fileArgs::add);
    CliRun fromFiles = CliRun.of(fileArgs.toArray(String[]::new));
    CliRun all = CliRun.of("assess", "--as-of", AS_OF, "--format", "json", "--db", db, "--all");
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out()).isEqualTo(fromFiles.out());

    PatientRecordReader reader = new PatientRecordReader(null);
    List<String> args = new ArrayList<>(List.of("assess", "--as-of", AS_OF, "--db", db));
    for (Path p : files) {
      PatientRecord r = reader.read(Files.readString(p));
      if (!r.petScans().isEmpty() && r.diagnosis() != null && r.diagnosis().isupGrade() != null
          && r.diagnosis().isupGrade() >= 4) {
        args.add("--patient");
        args.add(r.id());
      }
    }
    int selected = (args.size() - 5) / 2;
    assertThat(selected).isBetween(1, files.size() - 1);
    CliRun byId = CliRun.of(args.toArray(String[]::new));
    CliRun byCriteria = CliRun.of("assess", "--as-of", AS_OF, "--db", db, "--isup-min", "4",
        "--pet", "yes");
    assertThat(byCriteria.exitCode()).as(byCriteria.err()).isZero();
    assertThat(byCriteria.out()).isEqualTo(byId.out()).isNotEmpty();
  }

  @Test
  void selectionsNeedTheRegistryAndExcludeEachOther(@TempDir Path dir) {
    String db = dir.resolve("none").toString();
    assertThat(CliRun.of("assess", "--all").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("assess", "--isup-min", "3", "x.json").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("assess", "--db", db, "--all", "--isup-min", "3").exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("assess", "--db", db, "--all", "--patient", "P001").exitCode())
        .isEqualTo(2);
    CliRun missing = CliRun.of("assess", "--db", db, "--all");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no registry here");
  }
}
