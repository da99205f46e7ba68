package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.store.csv.RegistryCsvWriter;

/**
 * {@code kill -9} in the middle of an import leaves the registry exactly as it was: the import
 * runs in a child JVM on a large JSON Lines file and is killed (SIGKILL, no shutdown hooks) once
 * it has started writing; the registry's export before and after must be byte-identical. The same
 * for the patients as the registry's CSV tables.
 */
class KilledImportTest {

  /** Large enough that writing takes seconds on H2, so the kill lands mid-transaction. */
  private static final int PATIENTS = 30_000;

  @TempDir
  Path dir;

  @Test
  void aKilledImportLeavesTheRegistryAsBefore() throws Exception {
    killedImportLeavesTheRegistryAsBefore(false);
  }

  /** The same patients as the registry's CSV tables: the same one transaction. */
  @Test
  void aKilledCsvImportLeavesTheRegistryAsBefore() throws Exception {
    killedImportLeavesTheRegistryAsBefore(true);
  }

  private void killedImportLeavesTheRegistryAsBefore(boolean asCsvTables) throws Exception {
    String db = dir.resolve("registry").toString();
    List<String> examples = Examples.all().stream().map(Path::toString).toList();
    String[] importExamples = new String[examples.size() + 3];
    importExamples[0] = "import";
    importExamples[1] = "--db";
    importExamples[2] = db;
    for (int i = 0; i < examples.size(); i++) {
      importExamples[3 + i] = examples.get(i);
    }
    assertThat(CliRun.of(importExamples).exitCode()).isZero();
    Path before = dir.resolve("before.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--out", before.toString()).exitCode()).isZero();

    // a big file: the examples again under new ids, plus changed copies of the stored ones
    List<String> lines = Files.readAllLines(before, StandardCharsets.UTF_8);
    Path big = dir.resolve("big.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (String line : lines) { // replacements of stored patients come first
        w.write(line.replaceFirst(
            "\"psa\":\\[\\{", "\"psa\":[{\"date\":\"1990-01-01\",\"value\":0.01},{"));
        w.newLine();
      }
      for (int i = 0; i < PATIENTS; i++) {
        String line = lines.get(i % lines.size());
        w.write(line.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"K" + i + "\""));
        w.newLine();
      }
    }

    Path input = asCsvTables ? csvTables(big) : big;

    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        PsmaCli.class.getName(), "import", "--db", db, input.toString())
        .redirectOutput(dir.resolve("child.out").toFile())
        .start();
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = err.readLine();
      } while (line != null && !line.contains("in one transaction"));
      assertThat(line).as("the child reached the writing phase").isNotNull();
      Thread.sleep(1500); // well into the transaction
      assertThat(child.isAlive()).as("the import was still writing when killed").isTrue();
      child.destroyForcibly(); // SIGKILL on Linux: no rollback, no shutdown hook runs
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(Files.readString(dir.resolve("child.out"))).doesNotContain("imported");

    Path after = dir.resolve("after.jsonl");
    CliRun export = CliRun.of("export", "--db", db, "--out", after.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
  }

  /** The records of a JSON Lines file written as the registry's CSV tables, in a new folder. */
  private Path csvTables(Path jsonl) throws Exception {
    PatientRecordReader reader = new PatientRecordReader(null);
    List<PatientRecord> records = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      records.add(reader.read(line));
    }
    records.sort(Comparator.comparing(PatientRecord::id));
    Path folder = Files.createDirectories(dir.resolve("big-tables"));
    // closing the writer closes every table's stream
    try (RegistryCsvWriter writer = new RegistryCsvWriter(t -> {
      try {
        return new BufferedOutputStream(Files.newOutputStream(folder.resolve(t.fileName())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })) {
      records.forEach(writer::write);
    }
    return folder;
  }
}
