package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input ends with exit code 1, every problem on its own line as {@code file: field: expected},
 * nothing on standard output and no output file: a partial result is never shown as complete.
 */
class AssessBadInputTest {

  @TempDir Path dir;

  private Path write(String name, String json) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  private static CliRun assess(Path... files) {
    String[] args = new String[files.length + 3];
    args[0] = "assess";
    args[1] = "--as-of";
    args[2] = Examples.AS_OF;
    for (int i = 0; i < files.length; i++) {
      args[i + 3] = files[i].toString();
    }
    return CliRun.of(args);
  }

  @Test
  void everyProblemOfEveryFileIsListedAndNothingIsPrinted() throws Exception {
    Path bad = write("bad.json", """
        {"id": "X1", "birthDate": "1950-02-30",
         "psa": [{"date": "2020-01-01", "value": -0.2}],
         "testosterone": [{"date": "2020-01-01", "value": 20, "unit": "mg/L"}],
         "petScans": [{"date": "1940-01-01", "tracer": "68Ga-PSMA-11",
           "lesions": [{"id": "L1", "site": "liver"},
                       {"id": "L2", "site": "node", "region": "inguinal"}]}]}
        """);
    Path good = Examples.file("P001");
    CliRun run = assess(good, bad);
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    String[] lines = run.err().strip().split("\n");
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith(bad + ": "));
    assertThat(run.err())
        .contains("birthDate")
        .contains("psa[0].value")
        .contains("testosterone[0].unit")
        .contains("petScans[0].lesions[0].site")
        .contains("petScans[0].lesions[1].region")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void malformedJsonNamesTheFileAndPosition() throws Exception {
    Path bad = write("broken.json", "{\"id\": \"X2\", \"psa\": [");
    CliRun run = assess(bad);
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(bad + ": ").containsIgnoringCase("line 1");
  }

  @Test
  void aPetScanBeforeBirthIsRejected() throws Exception {
    Path bad = write("early.json", """
        {"id": "X3", "birthDate": "1960-05-01",
         "petScans": [{"date": "1959-01-01", "tracer": "68Ga-PSMA-11", "lesions": []}]}
        """);
    CliRun run = assess(bad);
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.err()).contains(bad + ": petScans[0].date");
  }

  @Test
  void aMissingFileIsBadInputNotACrash() {
    Path absent = dir.resolve("absent.json");
    CliRun run = assess(absent);
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.err()).isEqualTo(absent + ": cannot read: no such file" + System.lineSeparator());
  }

  @Test
  void noOutputFileAppearsWhenAnyInputIsBad() throws Exception {
    Path bad = write("bad.json", "{\"id\": \"X4\", \"psa\": [{\"date\": \"2020-13-01\", \"value\": 1}]}");
    Path out = dir.resolve("result.json");
    CliRun run = CliRun.of("assess", "--as-of", Examples.AS_OF, "--out", out.toString(),
        Examples.file("P002").toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(out).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsOnly("bad.json");
    }
  }

  @Test
  void anOutputFileAppearsWhenAllInputIsGood() throws Exception {
    Path out = dir.resolve("result.txt");
    CliRun run = CliRun.of("assess", "--as-of", Examples.AS_OF, "--out", out.toString(),
        Examples.file("P002").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).contains("Patient P002").contains("miTrN0M0");
  }

  @Test
  void anUnknownOptionValueIsAUsageError() {
    CliRun run = CliRun.of("assess", "--promise", "3", Examples.file("P001").toString());
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(run.err()).contains("--promise must be 1 or 2");
  }
}
