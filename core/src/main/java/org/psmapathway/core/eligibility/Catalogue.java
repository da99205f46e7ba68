package org.psmapathway.core.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trials the platform knows: the bundled documents under {@code trials/} (listed in
 * {@code trials/index.txt}), optionally together with documents a user supplies. Ids are unique.
 */
public final class Catalogue {

  private static final String DIR = "trials/";

  private final Map<String, Trial> trials;

  public Catalogue(List<Trial> trials) {
    Map<String, Trial> byId = new LinkedHashMap<>();
    for (Trial t : trials) {
      if (byId.putIfAbsent(t.id(), t) != null) {
        throw new IllegalArgumentException("trial " + t.id() + " appears twice in the catalogue");
      }
    }
    this.trials = byId;
  }

  /** The bundled trial documents, checked; a bundled document with a problem is a defect. */
  public static Catalogue bundled() {
    List<Trial> list = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : resource("index.txt").split("\n")) {
      String file = name.strip();
      if (file.isEmpty() || file.startsWith("#")) {
        continue;
      }
      try {
        list.add(TrialReader.read(resource(file), DIR + file));
      } catch (InvalidTrialException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("bundled trial documents are invalid:\n"
          + String.join("\n", problems));
    }
    return new Catalogue(list);
  }

  private static String resource(String name) {
    try (InputStream in = Catalogue.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + DIR + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This catalogue with more trials; a supplied id that is already here replaces it. */
  public Catalogue with(List<Trial> more) {
    Map<String, Trial> merged = new LinkedHashMap<>(trials);
    more.forEach(t -> merged.put(t.id(), t));
    return new Catalogue(new ArrayList<>(merged.values()));
  }

  public List<Trial> trials() {
    return List.copyOf(trials.values());
  }

  /** The trial with this NCT id or acronym (case-insensitive), or {@code null}. */
  public Trial find(String idOrAcronym) {
    for (Trial t : trials.values()) {
      if (t.id().equalsIgnoreCase(idOrAcronym)
          || (t.acronym() != null && t.acronym().equalsIgnoreCase(idOrAcronym))) {
        return t;
      }
    }
    return null;
  }
}
