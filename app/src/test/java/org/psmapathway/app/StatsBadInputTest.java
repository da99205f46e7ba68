package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code cox}, {@code finegray}, {@code table1}, {@code logistic} and {@code roc}: each
 * problem named by file:line:column and column, exit 1, nothing on standard output; usage errors
 * exit 2; a singular design is not an error but R's NA.
 */
class StatsBadInputTest {

  @TempDir
  Path dir;

  private String csv(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f.toString();
  }

  private static void badInput(CliRun run, String... messages) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(messages);
  }

  private static void usage(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(message);
  }

  @Test
  void everyBadCellOfACoxInputIsListed() throws IOException {
    String f = csv("bad.csv", "time,status,age\n10,1,50\n-3,0,61\n12,1,x\n15,3,70\n");
    badInput(CliRun.of("cox", "--data", f, "--time", "time", "--event", "status", "--covariates",
            "age"),
        f + ":3:1: column \"time\": expected a finite time >= 0, got -3",
        f + ":4:3: column \"age\": expected a number, got \"x\"",
        f + ":5:2: column \"status\": expected 0 (censored) or 1 (event) for 0/1 coding (1/2"
            + " coding needs a 2), got '3'");
  }

  @Test
  void eventCodesOutsideTheConventions() throws IOException {
    String mixed = csv("mixed.csv", "time,status,age\n10,2,50\n11,0,60\n12,1,55\n");
    badInput(CliRun.of("cox", "--data", mixed, "--time", "time", "--event", "status",
            "--covariates", "age"),
        mixed + ":3:2: column \"status\": expected 1 (censored) or 2 (event), got '0'");
    String word = csv("word.csv", "time,status,age\n10,TRUE,50\n11,dead,60\n12,FALSE,55\n");
    badInput(CliRun.of("cox", "--data", word, "--time", "time", "--event", "status",
            "--covariates", "age"),
        word + ":3:2: column \"status\": expected TRUE or FALSE like the rows before it, got 'dead'");
  }

  @Test
  void eventCodingsOfRAreAccepted() throws IOException {
    String a = csv("a.csv", "time,status,age\n5,1,50\n8,0,61\n9,1,55\n12,1,70\n14,0,52\n20,1,66\n");
    String b = csv("b.csv", "time,status,age\n5,2,50\n8,1,61\n9,2,55\n12,2,70\n14,1,52\n20,2,66\n");
    String c = csv("c.csv",
        "time,status,age\n5,TRUE,50\n8,FALSE,61\n9,TRUE,55\n12,TRUE,70\n14,FALSE,52\n20,TRUE,66\n");
    String[] out = new String[3];
    int k = 0;
    for (String f : new String[] {a, b, c}) {
      CliRun run = CliRun.of("cox", "--data", f, "--time", "time", "--event", "status",
          "--covariates", "age", "--format", "json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      out[k++] = run.out().replace(f, "");
    }
    assertThat(out[1]).isEqualTo(out[0]);
    assertThat(out[2]).isEqualTo(out[0]);
  }

  @Test
  void unknownColumnsAreNamedWithTheHeader() throws IOException {
    String f = csv("ok.csv", "time,status,age\n10,1,50\n11,0,60\n");
    badInput(CliRun.of("cox", "--data", f, "--time", "time", "--event", "status", "--covariates",
        "age,stage", "--strata", "site"), f + ":1: no column \"stage\"; the header has time, "
        + "status, age", f + ":1: no column \"site\"");
    badInput(CliRun.of("logistic", "--data", f, "--outcome", "y", "--covariates", "age"),
        f + ":1: no column \"y\"");
    badInput(CliRun.of("roc", "--data", f, "--outcome", "status", "--score", "suv"),
        f + ":1: no column \"suv\"");
    badInput(CliRun.of("table1", "--data", f, "--by", "arm", "--columns", "age"),
        f + ":1: no column \"arm\"");
  }

  @Test
  void singularDesignIsNaLikeR() throws IOException {
    String f = csv("constant.csv", "time,status,age,dose\n5,1,50,1\n8,0,61,2\n9,1,55,3\n"
        + "12,1,70,4\n14,0,52,5\n20,1,66,6\n");
    CliRun run = CliRun.of("cox", "--data", f, "--time", "time", "--event", "status",
        "--covariates", "age,dose,dose:dose");
    // dose:dose is dose itself (a term is a set of variables), so R fits age + dose
    assertThat(run.exitCode()).as(run.err()).isZero();
    String g = csv("collinear.csv", "y,x1,x2\n0,1,2\n1,2,4\n0,3,6\n1,4,8\n1,5,10\n0,6,12\n");
    CliRun l = CliRun.of("logistic", "--data", g, "--outcome", "y", "--covariates", "x1,x2");
    assertThat(l.exitCode()).as(l.err()).isZero();
    assertThat(l.out()).containsPattern("(?m)^x2 +NA +NA +NA +NA$");
  }

  @Test
  void logisticRocTableOneAndFineGrayBadInput() throws IOException {
    String f = csv("y.csv", "y,x,g\n0,1,a\n1,2,b\n2,3,a\n1,,b\n0,5,a\n");
    badInput(CliRun.of("logistic", "--data", f, "--outcome", "y", "--covariates", "x"),
        f + ":4:1: column \"y\": expected 0 or 1, got 2");
    badInput(CliRun.of("roc", "--data", f, "--outcome", "y", "--score", "x"),
        f + ":4:1: column \"y\": expected 0 or 1, got 2");
    String few = csv("few.csv", "y,x\n0,1\n1,2\n0,3\n");
    badInput(CliRun.of("roc", "--data", few, "--outcome", "y", "--score", "x"),
        few + ": outcome: expected at least 2 cases (1) and 2 controls (0)");
    String t1 = csv("t1.csv", "arm,age\nA,50\nA,60\nB,55\n");
    badInput(CliRun.of("table1", "--data", t1, "--by", "arm", "--columns", "age"),
        t1 + ": age: group 'B' has 1 non-missing value; expected at least 2");
    String fg = csv("fg.csv", "time,cause,age\n5,1,50\n8,0,61\n9,2,55\n-1,1,70\n");
    badInput(CliRun.of("finegray", "--data", fg, "--time", "time", "--status", "cause", "--cause",
        "1", "--covariates", "age"), fg + ":5:1: column \"time\": expected a finite time >= 0");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String f = csv("ok.csv", "time,status,age\n10,1,50\n11,0,60\n");
    String[] base = {"cox", "--data", f, "--time", "time", "--event", "status", "--covariates"};
    usage(CliRun.of(concat(base, "age", "--ties", "exact")), "--ties must be efron or breslow");
    usage(CliRun.of(concat(base, "age", "--conf-level", "95")), "--conf-level must be between");
    usage(CliRun.of(concat(base, "age*")), "--covariates: formula 'age*': empty variable name");
    usage(CliRun.of(concat(base, "age", "--categorical", "sex")),
        "--categorical sex: not a variable of --covariates");
    usage(CliRun.of("roc", "--data", f, "--outcome", "status", "--score", "age", "--direction",
        "auto"), "--direction must be < or >");
    usage(CliRun.of("table1", "--data", f, "--by", "status", "--columns", "age", "--test", "t"),
        "--test must be auto, chisq or fisher");
    usage(CliRun.of("cox", "--data", f, "--time", "time"), "Missing required option");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
