package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psma screen}: one CSV row per patient × trial, all-or-nothing. */
class ScreenCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The example patients as JSON Lines. */
  private static Path cohort(Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Path p : Examples.all()) {
      lines.add(MAPPER.readTree(Files.readString(p)).toString());
    }
    Path file = dir.resolve("cohort.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void everyPatientMeetsEveryTrial(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("screen.csv");
    CliRun run = CliRun.of("screen", "--as-of", Examples.AS_OF, "--patients",
        cohort(dir).toString(), "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    List<String> rows = Files.readAllLines(out);
    assertThat(rows.get(0)).isEqualTo("patient,trial,acronym,verdict,deciding");
    assertThat(rows).hasSize(1 + Examples.all().size() * 8);
    // P006: PSA falling after 177Lu, SUVmax below 20, prior cabazitaxel and 177Lu
    assertThat(rows).contains("P006,NCT03392428,TheraP,INELIGIBLE,I4 I6 E2 E3");
  }

  @Test
  void oneTrialToStandardOutputMatchesTrialsMatch(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("screen", "--as-of", Examples.AS_OF, "--trial", "OLYMPIAN",
        "--patients", cohort(dir).toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("P005,NCT07038304,OLYMPIAN,UNDETERMINED,E3 E7\n");
  }

  @Test
  void aBadRecordLeavesNoFileAndNamesTheLine(@TempDir Path dir) throws Exception {
    Path in = cohort(dir);
    Files.writeString(in, Files.readString(in) + "{\"id\": \"Z\", \"birthDate\": \"1950-02-30\"}\n");
    Path out = dir.resolve("screen.csv");
    CliRun run = CliRun.of("screen", "--as-of", Examples.AS_OF, "--patients", in.toString(),
        "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(in + ":" + (Examples.all().size() + 1) + ": birthDate:");
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cohort.jsonl");
    }
  }
}
