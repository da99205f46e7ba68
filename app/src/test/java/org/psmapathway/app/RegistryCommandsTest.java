package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** psma import / export / assess --db on an embedded H2 registry, in-process. */
class RegistryCommandsTest {

  @TempDir
  Path dir;

  private static List<String> exampleFiles() throws IOException {
    try (Stream<Path> s = Files.list(Examples.dir())) {
      return s.map(Path::toString).filter(p -> p.endsWith(".json")).sorted().toList();
    }
  }

  private static CliRun run(List<String> head, List<String> tail) {
    List<String> args = new ArrayList<>(head);
    args.addAll(tail);
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void importThenReimportChangesNothingAndExportImportExportIsByteIdentical() throws Exception {
    String db = dir.resolve("a").toString();
    List<String> examples = exampleFiles();
    CliRun first = run(List.of("import", "--db", db), examples);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("imported " + examples.size() + " patients: "
        + examples.size() + " new, 0 replaced, 0 unchanged");
    CliRun again = run(List.of("import", "--db", db), examples);
    assertThat(again.out()).contains("0 new, 0 replaced, " + examples.size() + " unchanged");

    Path exported = dir.resolve("a.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--out", exported.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(examples.size());
    assertThat(lines).isSorted(); // every line starts {"id":"P00n", so line order is id order

    String empty = dir.resolve("b").toString();
    CliRun reimport = CliRun.of("import", "--db", empty, exported.toString());
    assertThat(reimport.exitCode()).as(reimport.err()).isZero();
    Path exportedAgain = dir.resolve("b.jsonl");
    assertThat(CliRun.of("export", "--db", empty, "--out", exportedAgain.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllBytes(exportedAgain)).isEqualTo(Files.readAllBytes(exported));
  }

  @Test
  void anImportTooLargeToHoldReadsItsFilesAgainAndWritesTheSameRegistry() throws Exception {
    Path exported = exportOfExamples();
    String held = dir.resolve("held").toString();
    String reread = dir.resolve("reread").toString();
    CliRun a = CliRun.of("import", "--db", held, exported.toString());
    CliRun b = CliRun.of("import", "--db", reread, "--hold-at-most", "2", exported.toString());
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(b.out()).isEqualTo(a.out());
    Path fromHeld = dir.resolve("held.jsonl");
    Path fromReread = dir.resolve("reread.jsonl");
    assertThat(CliRun.of("export", "--db", held, "--out", fromHeld.toString()).exitCode()).isZero();
    assertThat(CliRun.of("export", "--db", reread, "--out", fromReread.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllBytes(fromReread)).isEqualTo(Files.readAllBytes(fromHeld))
        .isEqualTo(Files.readAllBytes(exported));
  }

  @Test
  void oneBadRecordImportsNothingAndEveryProblemIsListedWithFileAndLine() throws Exception {
    List<String> good = Files.readAllLines(exportOfExamples(), StandardCharsets.UTF_8);
    Path input = dir.resolve("cohort.jsonl");
    Files.write(input, List.of(good.get(0), good.get(1).replaceFirst("\"value\":[0-9.]+",
        "\"value\":-1.0"), good.get(2), "{\"id\":\"X1\",\"psa\":[{\"date\":\"2020-13-01\","
        + "\"value\":1.0}]}", good.get(0)), StandardCharsets.UTF_8);
    String db = dir.resolve("bad").toString();
    CliRun run = CliRun.of("import", "--db", db, input.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(input + ":2: psa[0].value: ", input + ":4: psa[0].date: ",
        input + ":5: id: \"P001\" is also the id of the patient at " + input + ":1");
    assertThat(run.out()).isEmpty();
    // nothing written: not even an empty registry was created
    assertThat(dir.resolve("bad.mv.db")).doesNotExist();
    assertThat(CliRun.of("export", "--db", db).err()).startsWith(db + ": no registry here");
  }

  @Test
  void problemsInALongFileAreListedInLineOrderAcrossParsingChunks() throws Exception {
    // JSON Lines are parsed 1,024 lines at a time on every core; the problems still come out in
    // the order of the file, with the right line numbers (blank lines counted, not parsed)
    List<String> good = Files.readAllLines(exportOfExamples(), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 2600; i++) {
      String line = good.get(i % good.size()).replaceFirst("^\\{\"id\":\"[^\"]+\"",
          "{\"id\":\"S" + i + "\"");
      if (i == 5 || i == 1100 || i == 2600) {
        line = line.replaceFirst("\"value\":[0-9.]+", "\"value\":-1.0");
      }
      lines.add(i == 1024 ? "" : line);
    }
    Path input = dir.resolve("long.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("import", "--db", dir.resolve("long").toString(), input.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String err = run.err();
    int at5 = err.indexOf(input + ":5: ");
    int at1100 = err.indexOf(input + ":1100: ");
    int at2600 = err.indexOf(input + ":2600: ");
    assertThat(at5).isNotNegative().isLessThan(at1100);
    assertThat(at1100).isLessThan(at2600);
    assertThat(err).doesNotContain(input + ":1024:", "is also the id");
    assertThat(dir.resolve("long.mv.db")).doesNotExist();
  }

  @Test
  void assessOnAStoredPatientPrintsWhatAssessOnItsFilePrints() throws Exception {
    String db = dir.resolve("assess").toString();
    List<String> examples = exampleFiles();
    assertThat(run(List.of("import", "--db", db), examples).exitCode()).isZero();
    String file = examples.get(2);
    CliRun fromFile = CliRun.of("assess", "--as-of", "2026-01-15", "--format", "json", file);
    CliRun fromDb = CliRun.of("assess", "--as-of", "2026-01-15", "--format", "json", "--db", db,
        "--patient", "P003");
    assertThat(fromDb.exitCode()).as(fromDb.err()).isZero();
    assertThat(fromDb.out()).isEqualTo(fromFile.out());
    CliRun unknown = CliRun.of("assess", "--db", db, "--patient", "P999");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("patient P999: not in the registry");
    assertThat(CliRun.of("assess", "--db", db).exitCode()).isEqualTo(2);
  }

  private Path exportOfExamples() throws IOException {
    String db = dir.resolve("examples").toString();
    assertThat(run(List.of("import", "--db", db), exampleFiles()).exitCode()).isZero();
    Path out = dir.resolve("examples.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--out", out.toString()).exitCode()).isZero();
    return out;
  }

  @Test
  void readingARegistryThatDoesNotExistIsBadInputAndCreatesNothing() {
    String missing = dir.resolve("typo").toString();
    CliRun export = CliRun.of("export", "--db", missing);
    assertThat(export.exitCode()).isEqualTo(1);
    assertThat(export.err()).startsWith(missing + ": no registry here");
    assertThat(CliRun.of("assess", "--db", missing, "--patient", "P001").exitCode()).isEqualTo(1);
    assertThat(dir.resolve("typo.mv.db")).doesNotExist();
  }
}
