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
import org.psmapathway.store.csv.RegistryTable;

/** psma import / export with the registry's CSV tables (docs/registry-csv.md), on H2. */
class RegistryCsvCommandsTest {

  @TempDir
  Path dir;

  private static CliRun run(List<String> head, List<String> tail) {
    List<String> args = new ArrayList<>(head);
    args.addAll(tail);
    return CliRun.of(args.toArray(String[]::new));
  }

  private String importedExamples(String name) {
    String db = dir.resolve(name).toString();
    CliRun r = run(List.of("import", "--db", db),
        Examples.all().stream().map(Path::toString).toList());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return db;
  }

  private Path exportCsv(String db, String folder) {
    Path out = dir.resolve(folder);
    CliRun r = CliRun.of("export", "--db", db, "--format", "csv", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  private byte[] exportJsonl(String db) throws IOException {
    Path out = dir.resolve(Path.of(db).getFileName() + ".jsonl");
    CliRun r = CliRun.of("export", "--db", db, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return Files.readAllBytes(out);
  }

  private static void assertSameTables(Path a, Path b) throws IOException {
    for (RegistryTable t : RegistryTable.values()) {
      assertThat(Files.readString(b.resolve(t.fileName()), StandardCharsets.UTF_8))
          .as(t.fileName())
          .isEqualTo(Files.readString(a.resolve(t.fileName()), StandardCharsets.UTF_8));
    }
  }

  @Test
  void csvExportImportExportIsByteIdenticalAndLosesNothingThatJsonLinesHolds() throws Exception {
    String fromJson = importedExamples("json");
    Path tables = exportCsv(fromJson, "tables");
    try (Stream<Path> files = Files.list(tables)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(Stream.of(RegistryTable.values())
              .map(RegistryTable::fileName).sorted().toList());
    }
    String fromCsv = dir.resolve("csv").toString();
    CliRun imported = CliRun.of("import", "--db", fromCsv, tables.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    int n = Examples.all().size();
    assertThat(imported.out()).contains("imported " + n + " patients: " + n + " new");
    assertSameTables(tables, exportCsv(fromCsv, "tables-again"));
    assertThat(exportJsonl(fromCsv)).isEqualTo(exportJsonl(fromJson));

    // re-import changes nothing; the tables may also be named one by one, in any order
    List<String> byFile = new ArrayList<>();
    for (RegistryTable t : RegistryTable.values()) {
      byFile.add(0, tables.resolve(t.fileName()).toString());
    }
    CliRun again = run(List.of("import", "--db", fromCsv), byFile);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 new, 0 replaced, " + n + " unchanged");
  }

  /**
   * The shipped examples/registry-csv are the CSV export of examples/patients. Run with
   * {@code -Dpsma.regenerate=true} to write them anew after a deliberate format change.
   */
  @Test
  void theShippedCsvExamplesAreTheExportOfTheJsonExamples() throws Exception {
    Path shipped = Examples.dir().resolveSibling("registry-csv");
    Path exported = exportCsv(importedExamples("shipped"), "shipped-tables");
    if (Boolean.getBoolean("psma.regenerate")) {
      Files.createDirectories(shipped);
      for (RegistryTable t : RegistryTable.values()) {
        Files.copy(exported.resolve(t.fileName()), shipped.resolve(t.fileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertSameTables(shipped, exported);
    CliRun imported = CliRun.of("import", "--db", dir.resolve("from-shipped").toString(),
        shipped.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void everyProblemIsListedAsFileLineColumnAndNothingIsWritten() throws Exception {
    Path tables = dir.resolve("bad");
    Files.createDirectories(tables);
    Files.writeString(tables.resolve("patients.csv"), "patient_id,birth_date,isup\n"
        + "P1,1950-01-01,3\nP2,1950-13-01,\n");
    Files.writeString(tables.resolve("psa.csv"), "patient_id,date,value_ng_ml\n"
        + "P1,2016-01-01,0.2\nP3,2016-01-01,0.2\n");
    Files.writeString(tables.resolve("psa_values.csv"), "patient_id\n");
    String db = dir.resolve("never").toString();
    CliRun r = CliRun.of("import", "--db", db, tables.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(
        tables.resolve("patients.csv") + ":1:3: unknown column \"isup\"; expected one of ",
        tables.resolve("patients.csv") + ":3:2: birth_date: expected a real calendar date as "
            + "YYYY-MM-DD (e.g. 2024-05-01), got \"1950-13-01\"",
        tables.resolve("psa.csv") + ":3:1: patient_id: orphan row: patient P3 is not in "
            + "patients.csv",
        tables.resolve("psa_values.csv") + ": not a registry table; expected one of "
            + "patients.csv, psa.csv");
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("never.mv.db")).doesNotExist();
  }

  @Test
  void aTextLongerThanItsRegistryColumnIsAProblemBeforeAnythingIsWritten() throws Exception {
    String db = importedExamples("limits");
    byte[] before = exportJsonl(db);
    String longId = "Z".repeat(65);
    Path tables = Files.createDirectories(dir.resolve("long-id"));
    Files.writeString(tables.resolve("patients.csv"), "patient_id,birth_date\nC1,1950-01-01\n"
        + longId + ",1950-01-01\n");
    Files.writeString(tables.resolve("lesions.csv"), "patient_id,scan_id,lesion_id,site,bone\n"
        + "C1,S1,B1,bone," + "x".repeat(70) + "\n");
    Files.writeString(tables.resolve("pet_scans.csv"), "patient_id,scan_id,date,tracer\n"
        + "C1,S1,2020-01-01,68Ga-PSMA-11\n");
    Path jsonl = dir.resolve("long.jsonl");
    Files.writeString(jsonl, "{\"id\":\"" + longId.replace('Z', 'Y') + "\"}\n");
    CliRun r = CliRun.of("import", "--db", db, tables.toString(), jsonl.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(
        tables.resolve("patients.csv") + ":3:1: patient_id: is 65 characters long; the registry "
            + "holds at most 64",
        tables.resolve("lesions.csv") + ":2:5: bone: is 70 characters long; the registry holds "
            + "at most 64",
        jsonl + ":1: id: is 65 characters long; the registry holds at most 64");
    assertThat(exportJsonl(db)).isEqualTo(before);
  }

  @Test
  void aDeidentifiedCsvExportHoldsTheSameRecordsAsTheDeidentifiedJsonLines() throws Exception {
    String db = importedExamples("deid");
    byte[] secret = new byte[32];
    new java.util.Random(7).nextBytes(secret);
    Path key = Files.write(dir.resolve("deid.key"), secret);
    Path jsonl = dir.resolve("deid.jsonl");
    assertThat(CliRun.of("export", "--db", db, "--deidentify", "--key-file", key.toString(),
        "--out", jsonl.toString()).exitCode()).isZero();
    Path tables = dir.resolve("deid-tables");
    CliRun csv = CliRun.of("export", "--db", db, "--deidentify", "--key-file", key.toString(),
        "--format", "csv", "--out", tables.toString());
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    String patients = Files.readString(tables.resolve("patients.csv"), StandardCharsets.UTF_8);
    assertThat(patients).doesNotContain("P001", "P009");
    String research = dir.resolve("research").toString();
    assertThat(CliRun.of("import", "--db", research, tables.toString()).exitCode()).isZero();
    // pseudonyms are the ids there, so the id order of the export is the pseudonym order
    assertThat(exportJsonl(research)).isEqualTo(Files.readAllBytes(jsonl));
  }

  @Test
  void csvExportNeedsAFolderAndAKnownFormat() {
    String db = importedExamples("usage");
    CliRun noOut = CliRun.of("export", "--db", db, "--format", "csv");
    assertThat(noOut.exitCode()).isEqualTo(1);
    assertThat(noOut.err()).contains("--format csv: needs --out FOLDER");
    CliRun xml = CliRun.of("export", "--db", db, "--format", "xml");
    assertThat(xml.exitCode()).isEqualTo(1);
    assertThat(xml.err()).contains("--format: expected jsonl or csv, got \"xml\"");
  }
}
