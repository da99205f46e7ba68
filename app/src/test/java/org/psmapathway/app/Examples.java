package org.psmapathway.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example patients shipped in examples/patients, found from the module directory. */
final class Examples {

  /** Fixed so that ages and "dates in the future" checks do not change with the calendar. */
  static final String AS_OF = "2026-11-01";

  private Examples() {}

  static Path dir() {
    Path fromModule = Path.of("..", "examples", "patients");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "patients");
  }

  static Path file(String idPrefix) {
    return all().stream()
        .filter(p -> p.getFileName().toString().startsWith(idPrefix + "-"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no example " + idPrefix + " in " + dir()));
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
