package org.psmapathway.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.store.Registry;

/**
 * Import throughput into the registry against the physical anchor, PostgreSQL's own {@code COPY}
 * of the same rows (issue 6 §5; target: import ≥ 50 % of COPY's rows per second).
 *
 * <p>Starts a real PostgreSQL 17 server (zonky embedded binaries, a temporary data directory) and
 * measures, in each round:
 *
 * <ul>
 *   <li>{@code psma import} as a whole process (JVM start, pass 1 reading and validating every
 *       line, pass 2 reading again and writing in one transaction) into a new PostgreSQL database,
 *       with rows sent by {@code COPY FROM STDIN} (the default) and by JDBC batches of prepared
 *       INSERTs rewritten to multi-row INSERTs ({@code -Dpsma.store.copy=false}: "before");
 *   <li>the write phase alone, in this process: records already read, {@code saveAll} in one
 *       transaction (what {@code psma import}'s pass 2 does after reading), same two settings, and
 *       into an H2 file;
 *   <li>{@code psma import} into an H2 file as a whole process;
 *   <li>the anchor: every table of a registry filled by the import, exported with
 *       {@code COPY table TO STDOUT (FORMAT csv)}, then loaded with {@code COPY table FROM STDIN}
 *       into a new database of the same schema (Flyway migrations, indexes and constraints
 *       included), parents first, in one transaction. Only the load is timed.
 * </ul>
 *
 * Rows are all table rows (patients and every child row), not patients. Usage:
 * {@code ImportVsCopy COHORT.jsonl PSMA_SCRIPT WORK_DIR ROUNDS}.
 */
public final class ImportVsCopy {

  /** Parents before children, as the foreign keys require for a load. */
  private static final String[] TABLES = {"patient", "psa", "testosterone", "haemoglobin",
      "performance_status", "pet_scan", "lesion", "treatment", "rt_target", "rt_phase",
      "systemic_therapy", "radioligand", "event", "other_malignancy"};

  private static final String USER = "postgres";

  /** The store's switch between COPY and JDBC batches for PostgreSQL (TableRows.COPY_PROPERTY). */
  private static final String COPY_PROPERTY = "psma.store.copy";

  private ImportVsCopy() {}

  public static void main(String[] args) throws Exception {
    Path cohort = Path.of(args[0]);
    Path psma = Path.of(args[1]);
    Path work = Path.of(args[2]);
    int rounds = Integer.parseInt(args[3]);
    Files.createDirectories(work);
    List<PatientRecord> records = read(cohort);

    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    long rows = -1;
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      int[] databases = {0};
      java.util.function.Supplier<String> freshDb = () -> {
        String name = "bench" + (++databases[0]);
        try (Connection c = server.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
      };
      Map<String, byte[]> csv = null;
      for (int round = 1; round <= rounds; round++) {
        String url = freshDb.get();
        time(seconds, "psma import -> PostgreSQL (COPY rows)", () ->
            process(psma, url, cohort, true));
        long counted = countRows(url);
        if (rows >= 0 && counted != rows) {
          throw new IllegalStateException("rows differ between rounds: " + rows + ", " + counted);
        }
        rows = counted;
        if (csv == null) {
          csv = copyOut(url);
        }
        String before = freshDb.get();
        time(seconds, "psma import -> PostgreSQL (JDBC batches, before)", () ->
            process(psma, before, cohort, false));
        String h2 = work.resolve("h2-process-" + round).toString();
        time(seconds, "psma import -> H2 file", () -> process(psma, h2, cohort, true));

        String inAfter = freshDb.get();
        time(seconds, "write phase -> PostgreSQL (COPY rows)", () -> write(inAfter, records,
            true));
        String inBefore = freshDb.get();
        time(seconds, "write phase -> PostgreSQL (JDBC batches, before)", () ->
            write(inBefore, records, false));
        String inH2 = work.resolve("h2-write-" + round).toString();
        time(seconds, "write phase -> H2 file", () -> write(inH2, records, true));

        String anchor = freshDb.get();
        try (Registry schema = Registry.open(anchor, credentials())) {
          // the same empty schema: Flyway migrations, constraints and indexes
        }
        Map<String, byte[]> tables = csv;
        time(seconds, "COPY FROM (anchor)", () -> copyIn(anchor, tables));
        if (countRows(anchor) != rows) {
          throw new IllegalStateException("COPY loaded " + countRows(anchor) + " rows, not "
              + rows);
        }
        System.err.println("round " + round + " done");
      }
    }
    report(records.size(), rows, seconds);
  }

  private interface Timed {
    void run() throws Exception;
  }

  private static void time(Map<String, List<Double>> seconds, String what, Timed work)
      throws Exception {
    long start = System.nanoTime();
    work.run();
    seconds.computeIfAbsent(what, k -> new ArrayList<>())
        .add((System.nanoTime() - start) / 1e9);
  }

  private static Map<String, String> credentials() {
    return Map.of(Registry.USER_VARIABLE, USER, Registry.PASSWORD_VARIABLE, USER);
  }

  private static List<PatientRecord> read(Path cohort) throws IOException {
    PatientRecordReader reader = new PatientRecordReader(null);
    List<PatientRecord> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cohort, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          try {
            records.add(reader.read(line));
          } catch (InvalidPatientRecordException e) {
            throw new IllegalArgumentException(cohort + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return records;
  }

  private static void process(Path psma, String db, Path cohort, boolean copy)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(psma.toString(), "import", "--db", db,
        cohort.toString()).redirectErrorStream(true);
    pb.environment().putAll(credentials());
    if (!copy) {
      pb.environment().put("JAVA_TOOL_OPTIONS", "-D" + COPY_PROPERTY + "=false");
    }
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psma import failed: "
          + new String(output, StandardCharsets.UTF_8));
    }
  }

  private static void write(String db, List<PatientRecord> records, boolean copy) {
    System.setProperty(COPY_PROPERTY, String.valueOf(copy));
    try (Registry registry = Registry.open(db, credentials())) {
      registry.inTransaction(repo -> repo.saveAll(records));
    } finally {
      System.clearProperty(COPY_PROPERTY);
    }
  }

  private static Connection connect(String url) throws SQLException {
    return java.sql.DriverManager.getConnection(url, USER, USER);
  }

  private static long countRows(String url) throws SQLException {
    long rows = 0;
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          rows += rs.getLong(1);
        }
      }
    }
    return rows;
  }

  private static Map<String, byte[]> copyOut(String url) throws SQLException, IOException {
    Map<String, byte[]> tables = new LinkedHashMap<>();
    try (Connection c = connect(url)) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (String table : TABLES) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        copy.copyOut("COPY " + table + " TO STDOUT (FORMAT csv)", bytes);
        tables.put(table, bytes.toByteArray());
      }
    }
    return tables;
  }

  private static void copyIn(String url, Map<String, byte[]> tables)
      throws SQLException, IOException {
    try (Connection c = connect(url)) {
      c.setAutoCommit(false);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (Map.Entry<String, byte[]> t : tables.entrySet()) {
        copy.copyIn("COPY " + t.getKey() + " FROM STDIN (FORMAT csv)",
            new ByteArrayInputStream(t.getValue()));
      }
      c.commit();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void report(int patients, long rows, Map<String, List<Double>> seconds) {
    double copy = rows / median(seconds.get("COPY FROM (anchor)"));
    System.out.printf(Locale.ROOT, "patients: %d  rows (all tables): %d  (%.1f rows per patient)%n",
        patients, rows, (double) rows / patients);
    System.out.printf(Locale.ROOT, "%-52s %10s %12s %9s  %s%n", "measurement", "median s",
        "rows/s", "of COPY", "runs (s)");
    for (Map.Entry<String, List<Double>> e : seconds.entrySet()) {
      double s = median(e.getValue());
      StringBuilder runs = new StringBuilder();
      for (double v : e.getValue()) {
        runs.append(String.format(Locale.ROOT, "%.2f ", v));
      }
      System.out.printf(Locale.ROOT, "%-52s %10.2f %12.0f %8.1f%%  %s%n", e.getKey(), s,
          rows / s, 100 * rows / s / copy, runs.toString().trim());
    }
  }
}
