package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.core.eligibility.Catalogue;
import org.psmapathway.core.eligibility.Trial;

/** psma demo end to end in a temporary directory, and psma synth --db followed by export. */
class DemoCommandTest {

  private static final Pattern COUNT_ROW =
      Pattern.compile("^ +(\\d+) of (\\d+) +(\\d+\\.\\d%|–)  (.+)$", Pattern.MULTILINE);

  @TempDir
  Path dir;

  @Test
  void demoPrintsEverySectionWithCountsThatAddUp() throws Exception {
    int n = 300;
    String db = dir.resolve("demo").toString();
    CliRun run = CliRun.of("demo", "--db", db, "--patients", String.valueOf(n), "--seed", "3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = run.out();
    assertThat(out).contains("PSMA PET stage group", "Recurrence after radical prostatectomy",
        "Guidance options most often suggested", "Trial eligibility", "Median follow-up",
        "Registry: " + db + ".mv.db", "./psma assess --db " + db + " --patient ",
        "./psma export --db " + db);

    String stages = section(out, "PSMA PET stage group", "Recurrence");
    int sum = 0;
    Matcher m = COUNT_ROW.matcher(stages);
    int rows = 0;
    while (m.find()) {
      sum += Integer.parseInt(m.group(1));
      assertThat(Integer.parseInt(m.group(2))).isEqualTo(n);
      rows++;
    }
    assertThat(rows).isEqualTo(5); // four groups and "no stage group"
    assertThat(sum).isEqualTo(n);

    // every synthetic patient had a prostatectomy: AUA applies to all; some recur, not all
    Matcher aua = Pattern.compile("(\\d+) of " + n + " .+AUA biochemical recurrence").matcher(out);
    assertThat(aua.find()).isTrue();
    assertThat(Integer.parseInt(aua.group(1))).isBetween(1, n);

    List<Trial> trials = Catalogue.bundled().trials();
    String eligibility = section(out, "Trial eligibility", "Median follow-up");
    for (Trial t : trials) {
      Matcher row = Pattern.compile(Pattern.quote(t.shortName()) + " +(\\d+) +(\\d+) +(\\d+)$",
          Pattern.MULTILINE).matcher(eligibility);
      assertThat(row.find()).as(t.shortName()).isTrue();
      assertThat(Integer.parseInt(row.group(1)) + Integer.parseInt(row.group(2))
          + Integer.parseInt(row.group(3))).as(t.shortName()).isEqualTo(n);
      if (t.shortName().startsWith("Lund")) {
        // the synthetic work-up lets the record decide performance status and haemoglobin
        assertThat(Integer.parseInt(row.group(1))).as("Lund eligible").isPositive();
      }
    }
    Matcher fu = Pattern.compile("Median follow-up after prostatectomy: (\\d+\\.\\d) months \\("
        + n + " patients\\)").matcher(out);
    assertThat(fu.find()).isTrue();
    assertThat(Double.parseDouble(fu.group(1))).isBetween(6.0, 240.0);

    // the registry holds exactly the demo cohort, and a second run remakes it (not n + n)
    assertThat(CliRun.of("demo", "--db", db, "--patients", "50").exitCode()).isZero();
    Path exported = dir.resolve("demo.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--out", exported.toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(exported, StandardCharsets.UTF_8)).hasSize(50);
  }

  @Test
  void demoRefusesToOverwriteARegistryItDidNotMake() throws Exception {
    String db = dir.resolve("clinic").toString();
    CliRun imported = CliRun.of("import", "--db", db, Examples.dir().resolve("P001-negative-pet-after-prostatectomy.json")
        .toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    byte[] before = Files.readAllBytes(dir.resolve("clinic.mv.db"));
    CliRun demo = CliRun.of("demo", "--db", db, "--patients", "10");
    assertThat(demo.exitCode()).isEqualTo(1);
    assertThat(demo.err()).contains("a registry that psma demo did not make");
    assertThat(Files.readAllBytes(dir.resolve("clinic.mv.db"))).isEqualTo(before);
    assertThat(dir.resolve("clinic.psma-demo")).doesNotExist();
  }

  @Test
  void demoWritesOnlyIntoAnEmbeddedFileAndNotBeforeTheDataCutOff() {
    CliRun server = CliRun.of("demo", "--db", "jdbc:h2:mem:x", "--patients", "5");
    assertThat(server.exitCode()).isEqualTo(1);
    assertThat(server.err()).contains("jdbc:h2:mem:x: expected a file path");
    CliRun early = CliRun.of("demo", "--db", dir.resolve("early").toString(), "--patients", "5",
        "--as-of", "2025-12-30");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("--as-of must be on or after", "2025-12-31");
    assertThat(dir.resolve("early.mv.db")).doesNotExist();
    assertThat(dir.resolve("early.psma-demo")).doesNotExist();
  }

  @Test
  void synthIntoTheRegistryThenExportGivesEveryPatientOnce() throws Exception {
    int n = 1234; // more than two batches of 500, and a partial one
    String db = dir.resolve("synth").toString();
    CliRun synth = CliRun.of("synth", "--patients", String.valueOf(n), "--seed", "5", "--db", db);
    assertThat(synth.exitCode()).as(synth.err()).isZero();
    assertThat(synth.out()).contains("wrote " + n + " synthetic patients (seed 5)",
        n + " new, 0 replaced, 0 unchanged");
    Path exported = dir.resolve("synth.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--out", exported.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(n);
    assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(',')))).doesNotHaveDuplicates();

    // the same cohort again changes nothing
    CliRun again = CliRun.of("synth", "--patients", String.valueOf(n), "--seed", "5", "--db", db);
    assertThat(again.out()).contains("0 new, 0 replaced, " + n + " unchanged");
  }

  @Test
  void synthRefusesBothOutAndDb() {
    CliRun run = CliRun.of("synth", "--patients", "3", "--db", dir.resolve("x").toString(),
        "--out", dir.resolve("x.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(dir.resolve("x.mv.db")).doesNotExist();
  }

  private static String section(String out, String from, String to) {
    int start = out.indexOf(from);
    int end = out.indexOf(to, start);
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return out.substring(start, end);
  }
}
