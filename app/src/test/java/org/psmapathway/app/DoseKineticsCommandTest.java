package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code psma dose tac} and {@code psma dose stp}: the CLI contract, numbers and bad input. */
class DoseKineticsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private String csv(String text) throws IOException {
    Path f = dir.resolve("tac.csv");
    Files.writeString(f, text);
    return f.toString();
  }

  private static Path example() {
    Path fromModule = Path.of("..", "examples", "dosimetry", "tac.csv");
    return Files.exists(fromModule) ? fromModule : Path.of("examples", "dosimetry", "tac.csv");
  }

  @Test
  void tacJsonPerRegion() throws IOException {
    CliRun run = CliRun.of("dose", "tac", "--data", example().toString(), "--model", "bi-uptake",
        "--weighting", "absolute", "--injected-mbq", "7210", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode regions = JSON.readTree(run.out());
    assertThat(regions).hasSize(4);
    JsonNode kidney = regions.get(0);
    assertThat(kidney.get("region").asText()).isEqualTo("Kidney_Left");
    assertThat(kidney.get("model").asText()).isEqualTo("bi-uptake");
    // research/dosimetry.md §2.5 Ex3 (inputs rounded to 5 digits here): reference 7593.75 MBq·h
    assertThat(kidney.get("tiaMBqH").asDouble()).isCloseTo(7593.75, within(0.002 * 7593.75));
    assertThat(kidney.get("parameters").get("lambdaWashout").asDouble())
        .isCloseTo(0.0140814, within(1e-3 * 0.0140814));
    assertThat(kidney.get("residenceTimeH").asDouble())
        .isCloseTo(kidney.get("tiaMBqH").asDouble() / 7210, within(1e-12));
    assertThat(kidney.get("aicc").isNull()).isTrue(); // n = 4 = k + 1
    assertThat(kidney.get("massG").asDouble()).isEqualTo(253);
  }

  @Test
  void tacAutoTextNamesModelAndCandidates() {
    CliRun run = CliRun.of("dose", "tac", "--data", example().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Kidney_Left: mono (auto)", "candidate bi-uptake: AICc "
        + "undefined: 4 points, needs at least 5", "TIA ", "lambda");
  }

  @Test
  void tacTrapezoidWithoutResidenceTime() throws IOException {
    String f = csv("region,hours,MBq\nlesion,4,10\nlesion,24,8\nlesion,96,3\n");
    CliRun run = CliRun.of("dose", "tac", "--data", f, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(run.out()).get(0);
    assertThat(r.get("model").asText()).isEqualTo("trapezoid");
    assertThat(r.get("residenceTimeH").isNull()).isTrue();
    assertThat(r.get("tiaMBqH").asDouble())
        .isCloseTo(20 + 180 + 396 + 3 / (Math.log(8.0 / 3) / 72), within(1e-9));
  }

  @Test
  void tacBadInputNamesFileLineAndColumn() throws IOException {
    String f = csv("region,hours,MBq\nkidney,4,10\nkidney,-1,8\nliver,4,5\nliver,24,-2\n"
        + "spleen,24,3\nlesion,4,1\nlesion,4,2\n");
    CliRun run = CliRun.of("dose", "tac", "--data", f);
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(
        f + ":3:2: region \"kidney\": time -1.0 h is before injection",
        f + ":5:3: region \"liver\": activity -2.0 MBq is negative",
        f + ": region \"spleen\": 1 time point; at least 2 are needed",
        f + ":8:2: region \"lesion\": time 4.0 h appears twice");
  }

  @Test
  void tacMissingCellsAndUsage() throws IOException {
    String f = csv("region,hours,MBq\nkidney,4,\n,24,8\n");
    CliRun run = CliRun.of("dose", "tac", "--data", f);
    assertThat(run.exitCode()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.err()).contains(f + ":2:3: column \"MBq\": missing activity",
        f + ":3:1: column \"region\": missing region name");
    CliRun usage = CliRun.of("dose", "tac", "--data", f, "--model", "quadratic");
    assertThat(usage.exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(usage.err()).contains("unknown model \"quadratic\"");
  }

  @Test
  void stpHaenscheidAndMadsen() throws IOException {
    double a24 = 100 * Math.exp(-Math.log(2) / 40 * 24);
    CliRun h = CliRun.of("dose", "stp", "--method", "haenscheid", "--hours", "24", "--mbq",
        Double.toString(a24), "--half-life-h", "40", "--format", "json");
    assertThat(h.exitCode()).as(h.err()).isZero();
    JsonNode hj = JSON.readTree(h.out());
    assertThat(hj.get("tiaMBqH").asDouble()).isCloseTo(4568.75, within(0.005)); // §2.5 Ex1
    assertThat(hj.get("expectedBias").asDouble()).isCloseTo(-0.2083, within(5e-5));
    CliRun m = CliRun.of("dose", "stp", "--method", "madsen", "--hours", "24", "--mbq",
        Double.toString(a24), "--half-life-h", "40", "--format", "json");
    assertThat(JSON.readTree(m.out()).get("tiaMBqH").asDouble()).isCloseTo(5770.78, within(0.005));
    CliRun text = CliRun.of("dose", "stp", "--method", "haenscheid", "--hours", "24", "--mbq",
        "120");
    assertThat(text.out()).contains("TIA 8309.92 MBq·h");
  }

  @Test
  void stpUsageErrors() {
    CliRun noHalfLife = CliRun.of("dose", "stp", "--method", "madsen", "--hours", "24", "--mbq",
        "120");
    assertThat(noHalfLife.exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(noHalfLife.err()).contains("--method madsen needs --half-life-h");
    CliRun before = CliRun.of("dose", "stp", "--method", "haenscheid", "--hours", "-3", "--mbq",
        "120");
    assertThat(before.exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(before.err()).contains("positive number of hours");
  }
}
