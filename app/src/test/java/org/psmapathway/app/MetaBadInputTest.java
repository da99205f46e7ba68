package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5's bad-input cases (exit 1, message naming file:line:column, study and column) and usage errors (exit 2). */
class MetaBadInputTest {

  @TempDir
  Path dir;

  private Path csv(String text) throws IOException {
    Path f = dir.resolve("studies.csv");
    Files.writeString(f, text);
    return f;
  }

  private CliRun meta(Path data, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "meta";
    args[1] = "--data";
    args[2] = data.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.of(args);
  }

  private void badInput(CliRun run, String... messages) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(messages);
  }

  @Test
  void lowerBoundAboveTheUpper() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,0.5,0.3,0.9\nB,0.8,1.2,0.6\nC,0.7,0.5,1.0\n");
    badInput(meta(f), f + ":3:3: study \"B\", column \"lower\": expected a lower bound below the "
        + "upper bound, got 1.2 > 0.6");
  }

  @Test
  void nonPositiveHazardRatiosAreAllListed() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,0,0.3,0.9\nB,-1,0.2,0.6\nC,0.7,0.5,1.0\n");
    CliRun run = meta(f);
    badInput(run, f + ":2:2: study \"A\", column \"hr\": expected a positive finite ratio, got 0.0",
        f + ":3:2: study \"B\", column \"hr\": expected a positive finite ratio, got -1.0");
  }

  @Test
  void fewerThanTwoStudiesForRandomEffects() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,0.5,0.3,0.9\n");
    badInput(meta(f, "--method", "REML"), f + ": studies: at least two studies for a "
        + "random-effects model (REML), got 1");
    assertThat(meta(f, "--method", "FE").exitCode()).isZero();
  }

  @Test
  void zeroVariance() throws IOException {
    Path f = csv("study,yi,vi\nA,0.1,0.04\nB,0.3,0\nC,0.2,0.05\n");
    badInput(meta(f, "--measure", "generic"), f + ":3:3: study \"B\", column \"vi\": expected a "
        + "positive finite variance, got 0.0");
  }

  @Test
  void nonNumericCellsUnknownColumnsAndMissingValues() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,abc,0.3,0.9\nB,0.8,,1.1\n");
    badInput(meta(f), f + ":2:2: column \"hr\": expected a number, got \"abc\"");
    Path g = csv("study,hr,lo,upper\nA,0.5,0.3,0.9\n");
    badInput(meta(g), g + ":1: no column \"lower\"; the header has study, hr, lo, upper");
    Path h = csv("study,hr,lower,upper\nA,0.5,NA,0.9\nB,0.8,0.6,1.1\n");
    badInput(meta(h), h + ":2:3: study \"A\", column \"lower\": a value is required");
  }

  @Test
  void raggedRowsAndEmptyFiles() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,0.5,0.3,0.9,7\nB,0.8,0.6\n");
    badInput(meta(f), f + ":2: 5 cells, expected 4 as in the header row",
        f + ":3: 3 cells, expected 4 as in the header row");
    Path e = csv("");
    badInput(meta(e), e + ":1: empty file: expected a header row");
    badInput(meta(dir.resolve("nowhere.csv")), dir.resolve("nowhere.csv") + ": no such file");
  }

  @Test
  void badInputWritesNoFigure() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,0.5,0.3,0.9\nB,0.8,1.2,0.6\n");
    Path forest = dir.resolve("forest.svg");
    badInput(meta(f, "--forest", forest.toString()), "column \"lower\"");
    assertThat(forest).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("studies.csv");
    }
  }

  @Test
  void figuresAreWrittenOnSuccess() throws IOException {
    Path f = csv("study,hr,lower,upper,design\nArifin 2023,0.46,0.22,0.99,cohort\n"
        + "Vogel 2021,2.22,1.08,4.58,cohort\n");
    Path forest = dir.resolve("forest.svg");
    Path funnel = dir.resolve("funnel.png");
    CliRun run = meta(f, "--forest", forest.toString(), "--funnel", funnel.toString(),
        "--columns", "design", "--favours", "Favours PSMA-guided,Favours conventional");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(forest)).contains("Arifin 2023", "cohort", "Favours PSMA-guided");
    assertThat(javax.imageio.ImageIO.read(funnel.toFile())).isNotNull();
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path f = csv("study,hr,lower,upper\nA,0.5,0.3,0.9\nB,0.8,0.6,1.1\n");
    assertThat(meta(f, "--measure", "ratio").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(meta(f, "--method", "BAYES").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(meta(f, "--level", "1.5").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(meta(f, "--forest", "plot.pdf").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(meta(f, "--method", "FE", "--hksj").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(meta(f, "--no-such-option").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(CliRun.of("meta").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
  }

  @Test
  void autoRuleIsReportedAsSuch() throws IOException {
    Path f = csv("study,hr,lower,upper\nArifin 2023,0.46,0.22,0.99\nVogel 2021,2.22,1.08,4.58\n");
    CliRun run = meta(f, "--method", "auto", "--format", "json");
    assertThat(run.exitCode()).isZero();
    var j = MetaReference.json(run.out());
    assertThat(j.get("method").asText()).isEqualTo("DL");
    assertThat(j.get("modelChoice").asText()).startsWith("auto: I2 = 88.6%");
  }
}
