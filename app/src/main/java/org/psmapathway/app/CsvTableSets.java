package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psmapathway.store.csv.RegistryTable;

/**
 * Groups the CSV inputs of {@code psma import} into sets of registry tables
 * (docs/registry-csv.md), recognised by file name: each folder is one set (every {@code .csv} in
 * it must be a registry table, so that a misspelt {@code psa_values.csv} is not silently
 * skipped), and the {@code .csv} files named on the command line form one more set.
 */
final class CsvTableSets {

  private CsvTableSets() {}

  static boolean isCsvInput(Path path) {
    return Files.isDirectory(path) || path.getFileName().toString().endsWith(".csv");
  }

  static List<Map<RegistryTable, Path>> group(List<Path> paths, List<String> problems)
      throws IOException {
    List<Map<RegistryTable, Path>> sets = new ArrayList<>();
    Map<RegistryTable, Path> loose = new EnumMap<>(RegistryTable.class);
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Map<RegistryTable, Path> set = new EnumMap<>(RegistryTable.class);
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
          files = s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
          add(f, set, problems);
        }
        if (files.isEmpty()) {
          problems.add(path + ": no .csv files in this folder; expected the registry tables ("
              + names() + ")");
        } else {
          sets.add(set);
        }
      } else {
        add(path, loose, problems);
      }
    }
    if (!loose.isEmpty()) {
      sets.add(loose);
    }
    return sets;
  }

  private static void add(Path file, Map<RegistryTable, Path> set, List<String> problems) {
    Optional<RegistryTable> table = RegistryTable.ofFileName(file.getFileName().toString());
    if (table.isEmpty()) {
      problems.add(file + ": not a registry table; expected one of " + names());
      return;
    }
    Path earlier = set.putIfAbsent(table.get(), file);
    if (earlier != null) {
      problems.add(file + ": the " + table.get().fileName() + " table is also given as "
          + earlier + "; expected each table once (import two sets as two folders)");
    }
  }

  private static String names() {
    return Arrays.stream(RegistryTable.values()).map(RegistryTable::fileName)
        .collect(Collectors.joining(", "));
  }
}
