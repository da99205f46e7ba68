package org.psmapathway.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded registry {@code psma demo} fills: always made afresh, and only where it cannot
 * destroy real data. A demo registry is marked by a file beside its database ({@code NAME.mv.db}
 * and {@code NAME.psma-demo}); {@code psma demo} replaces a database only when that marker is
 * there, so it never overwrites a registry made by {@code psma import} or {@code psma synth}.
 * The marker is written BEFORE the database is created, so a demo interrupted half-way can still be
 * replaced by the next one.
 */
final class DemoRegistry {

  static final String DEFAULT = "./psma-data/demo";
  static final String MARKER_SUFFIX = ".psma-demo";

  private final Path base;

  DemoRegistry(String db) {
    if (db.startsWith("jdbc:")) {
      throw new BadInputException(List.of(db + ": expected a file path for the demo's embedded "
          + "registry; psma demo never writes into a database server (use psma synth --db)"));
    }
    this.base = Path.of(db).toAbsolutePath().normalize();
  }

  /** What to give after {@code --db} to reach this registry. */
  String path() {
    return base.toString();
  }

  Path database() {
    return sibling(".mv.db");
  }

  Path marker() {
    return sibling(MARKER_SUFFIX);
  }

  private Path sibling(String suffix) {
    return base.resolveSibling(base.getFileName() + suffix);
  }

  /**
   * Removes an earlier demo registry here and marks the place for a new one.
   *
   * @throws BadInputException when a database that is not a demo registry is already here
   */
  void prepare(long patients, long seed) throws IOException {
    if (Files.exists(database()) && !Files.exists(marker())) {
      throw new BadInputException(List.of(database() + ": a registry that psma demo did not "
          + "make is already here; expected a new path or an earlier demo registry (psma demo "
          + "replaces only its own, marked by " + marker().getFileName() + "). Give another "
          + "--db."));
    }
    Files.deleteIfExists(database());
    Files.deleteIfExists(sibling(".trace.db"));
    Files.createDirectories(base.getParent());
    Files.writeString(marker(), "Synthetic demo registry made by psma demo (" + patients
        + " patients, seed " + seed + "); psma demo deletes and remakes it on every run.\n",
        StandardCharsets.UTF_8);
  }
}
