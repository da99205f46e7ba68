package org.psmapathway.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.psmapathway.core.eligibility.Catalogue;
import org.psmapathway.core.eligibility.InvalidTrialException;
import org.psmapathway.core.eligibility.Trial;
import org.psmapathway.core.eligibility.TrialReader;
import picocli.CommandLine.Option;

/** {@code --trials DIR}: trial documents from a folder, added to (or replacing) bundled ones. */
final class TrialCatalogueOptions {

  @Option(names = "--trials", paramLabel = "DIR",
      description = "Also load every *.json trial document in DIR (same id replaces the bundled "
          + "document).")
  Path dir;

  Catalogue catalogue() {
    Catalogue bundled = Catalogue.bundled();
    if (dir == null) {
      return bundled;
    }
    List<String> problems = new ArrayList<>();
    List<Trial> trials = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(List.of(dir + ": cannot read the trial folder: " + e));
    }
    for (Path file : files) {
      Trial t = read(file, problems);
      if (t != null) {
        trials.add(t);
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return bundled.with(trials);
  }

  /** Reads and checks one trial document; problems name the file and criterion. */
  static Trial read(Path file, List<String> problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(file + ": cannot read: " + (e instanceof java.nio.file.NoSuchFileException
          ? "no such file" : e.getMessage()));
      return null;
    }
    try {
      return TrialReader.read(text, file.toString());
    } catch (InvalidTrialException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
