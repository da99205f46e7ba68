package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jsonl}: one patient per line in, one result per line out, problems as file:line. */
class AssessJsonLinesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The example patients, each compacted onto one line. */
  private Path cohort(String... extraLines) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Path p : Examples.all()) {
      lines.add(MAPPER.writeValueAsString(MAPPER.readTree(p.toFile())));
    }
    lines.addAll(List.of(extraLines));
    Path file = dir.resolve("cohort.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void oneResultPerPatientInInputOrder() throws Exception {
    Path cohort = cohort();
    CliRun run = CliRun.of("assess", "--jsonl", "--format", "json", "--as-of", Examples.AS_OF,
        cohort.toString());
    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(Examples.all().size());
    for (int i = 0; i < lines.length; i++) {
      assertThat(MAPPER.readTree(lines[i]).at("/id").asText()).isEqualTo("P00" + (i + 1));
    }
  }

  @Test
  void sameResultAsWholeFileMode() throws Exception {
    Path cohort = cohort();
    CliRun lines = CliRun.of("assess", "--jsonl", "--format", "json", "--as-of", Examples.AS_OF,
        cohort.toString());
    CliRun whole = CliRun.of("assess", "--format", "json", "--as-of", Examples.AS_OF,
        Examples.file("P003").toString());
    assertThat(MAPPER.readTree(lines.out().split("\n")[2]))
        .isEqualTo(MAPPER.readTree(whole.out()));
  }

  @Test
  void badLinesAreNamedByLineNumberAndNothingIsPublished() throws Exception {
    Path cohort = cohort("{\"id\": \"X9\", \"psa\": [{\"date\": \"2020-01-01\", \"value\": \"high\"}]}",
        "not json");
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("assess", "--jsonl", "--format", "json", "--as-of", Examples.AS_OF,
        "--out", out.toString(), cohort.toString());
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
    int first = Examples.all().size() + 1;
    assertThat(run.err())
        .contains(cohort + ":" + first + ": psa[0].value")
        .contains(cohort + ":" + (first + 1) + ": ");
  }
}
