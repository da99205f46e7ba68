package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to psma km, logrank and cif: exit 1, every problem as file:line:column with the
 * column named, nothing on standard output and no figure written; usage errors exit 2. Missing
 * values are dropped and counted, as R's na.omit.
 */
class SurvivalBadInputTest {

  @TempDir
  Path dir;

  private Path csv(String text) throws IOException {
    Path f = dir.resolve("cohort.csv");
    Files.writeString(f, text);
    return f;
  }

  private CliRun km(Path data, String... more) {
    String[] base = {"km", "--data", data.toString(), "--time", "time", "--event", "status"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  private void badInput(CliRun run, String... messages) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).contains(messages);
  }

  @Test
  void nonNumericTimesAreAllListed() throws IOException {
    Path f = csv("time,status\n5,1\nabc,0\n7,1\n1.5d,1\n");
    badInput(km(f), f + ":3:1: column \"time\": expected a number, got \"abc\"",
        f + ":5:1: column \"time\": expected a number, got \"1.5d\"");
  }

  @Test
  void negativeTimeNamesLineAndColumn() throws IOException {
    Path f = csv("id,status,time\n1,1,5\n2,0,-2\n3,1,Inf\n");
    badInput(km(f), f + ":3:3: column \"time\": expected a finite time >= 0, got -2",
        f + ":4:3: column \"time\": expected a finite time >= 0, got Inf");
  }

  @Test
  void eventCodeOutsideTheConventions() throws IOException {
    // 0/1/3: not 1/2 (largest is not 2), so 0/1 coding and 3 is out
    Path f = csv("time,status\n5,1\n6,0\n7,3\n");
    badInput(km(f), f + ":4:2: column \"status\": expected 0 (censored) or 1 (event) for 0/1 "
        + "coding (1/2 coding needs a 2), got '3'");
    // largest 2 means 1/2 coding, so 0 is out (R: Surv() would make it NA)
    Path g = csv("time,status\n5,1\n6,0\n7,2\n");
    badInput(km(g), g + ":3:2: column \"status\": expected 1 (censored) or 2 (event), got '0'");
    Path h = csv("time,status\n5,TRUE\n6,yes\n");
    badInput(km(h), h + ":3:2: column \"status\": expected TRUE or FALSE like the rows before "
        + "it, got 'yes'");
    Path i = csv("time,status\n5,1\n6,dead\n");
    badInput(km(i), i + ":3:2: column \"status\": expected 0/1, 1/2 or TRUE/FALSE, got 'dead'");
  }

  @Test
  void unknownColumns() throws IOException {
    Path f = csv("time,status,sex\n5,1,1\n");
    badInput(km(f, "--group", "arm"), f + ":1: no column \"arm\"; the header has time, status, "
        + "sex");
    CliRun run = CliRun.of("logrank", "--data", f.toString(), "--time", "tme", "--event",
        "status", "--group", "sex");
    badInput(run, f + ":1: no column \"tme\"; the header has time, status, sex");
  }

  @Test
  void missingValuesAreDroppedAndCounted() throws IOException {
    Path f = csv("time,status,arm\n5,1,A\n,0,B\n7,NA,A\n9,1,\n4,0,B\n6,1,B\n");
    CliRun run = km(f, "--group", "arm", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode out = MetaReference.json(run.out());
    assertThat(out.get("dropped").asInt()).isEqualTo(3);
    assertThat(out.get("n").asInt()).isEqualTo(3);
    assertThat(km(f, "--group", "arm").out()).contains("   3 observations deleted due to "
        + "missingness");
    Path empty = csv("time,status\nNA,1\n3,\n");
    badInput(km(empty), empty + ": no row has a value in every one of the columns time, status");
  }

  @Test
  void logRankNeedsTwoGroups() throws IOException {
    Path f = csv("time,status,arm\n5,1,A\n6,0,A\n");
    badInput(CliRun.of("logrank", "--data", f.toString(), "--time", "time", "--event", "status",
        "--group", "arm"), f + ": column \"arm\": expected at least 2 groups, got 1 (A); R: "
        + "'There is only 1 group'");
  }

  @Test
  void unknownCauseAndMissingCensorCode() throws IOException {
    Path f = csv("t,ev\n5,censor\n6,pcm\n7,death\n");
    CliRun run = CliRun.of("cif", "--data", f.toString(), "--time", "t", "--status", "ev",
        "--cause", "relapse", "--censor", "censor");
    badInput(run, f + ": column \"ev\": no cause \"relapse\"; the causes are death, pcm");
    CliRun noCensor = CliRun.of("cif", "--data", f.toString(), "--time", "t", "--status", "ev",
        "--cause", "pcm");
    badInput(noCensor, f + ": column \"ev\": no row has the censoring value \"0\" (--censor); "
        + "the values are censor, death, pcm");
  }

  @Test
  void nothingIsWrittenOnBadInput() throws IOException {
    Path f = csv("time,status\n5,1\n-1,0\n");
    Path png = dir.resolve("km.png");
    badInput(km(f, "--plot", png.toString()),
        f + ":3:1: column \"time\": expected a finite time >= 0, got -1");
    assertThat(png).doesNotExist();
    assertThat(dir.toFile().list()).containsOnly("cohort.csv");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path f = csv("time,status\n5,1\n");
    assertThat(km(f, "--conf-type", "logit").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(km(f, "--conf-level", "95").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(km(f, "--plot", dir.resolve("km.pdf").toString()).exitCode())
        .isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(CliRun.of("logrank", "--data", f.toString(), "--time", "time", "--event",
        "status").exitCode()).as("--group is required").isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(CliRun.of("cif", "--data", f.toString(), "--time", "time", "--status", "status",
        "--cause", "1", "--method", "fine-gray").exitCode()).isEqualTo(PsmaCli.EXIT_USAGE);
  }

  @Test
  void figuresFromTheCli() throws Exception {
    Path lung = MetaReference.DIR.resolve("lung.csv");
    Path svg = dir.resolve("km.svg");
    Path png = dir.resolve("km.png");
    CliRun a = CliRun.of("km", "--data", lung.toString(), "--time", "time", "--event", "status",
        "--group", "sex", "--labels", "Male,Female", "--time-unit", "days", "--plot",
        svg.toString());
    assertThat(a.exitCode()).as(a.err()).isZero();
    String text = Files.readString(svg);
    assertThat(text).contains(">Male<", ">Female<", ">No. at risk<", ">Time (days)<",
        ">Log-rank P = 0.001<", ">138<");
    CliRun b = CliRun.of("km", "--data", lung.toString(), "--time", "time", "--event", "status",
        "--plot", png.toString());
    assertThat(b.exitCode()).as(b.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    CliRun c = CliRun.of("km", "--data", lung.toString(), "--time", "time", "--event", "status",
        "--group", "sex", "--labels", "Male", "--plot", png.toString());
    badInput(c, "--labels: expected 2 labels, one per group of column \"sex\" (1, 2), got 1");
    // two causes of one group share one risk-table row
    Path cif = dir.resolve("cif.svg");
    CliRun d = CliRun.of("cif", "--data", MetaReference.DIR.resolve("mgus2_competing.csv")
        .toString(), "--time", "etime", "--status", "event", "--censor", "censor", "--cause",
        "pcm,death", "--plot", cif.toString());
    assertThat(d.exitCode()).as(d.err()).isZero();
    String svgText = Files.readString(cif);
    assertThat(svgText).contains(">pcm<", ">death<", ">All<", ">Cumulative incidence<");
    assertThat(svgText.split(">1384<", -1)).hasSize(2);
  }
}
