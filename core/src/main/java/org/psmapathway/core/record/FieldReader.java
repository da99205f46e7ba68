package org.psmapathway.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed fields from one JSON object and records a {@link RecordProblem} for every field
 * that is not what the format expects, so that a user sees all mistakes in one pass. Each method
 * returns {@code null} for a missing optional field or an invalid one (the problem is recorded).
 */
final class FieldReader {

  private final JsonNode node;
  private final String path;
  private final List<RecordProblem> problems;

  FieldReader(JsonNode node, String path, List<RecordProblem> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  void problem(String field, String message) {
    problems.add(new RecordProblem(pathOf(field), message));
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** Flags fields the format does not know: a misspelt field must not be silently ignored. */
  void rejectUnknownFields(Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(name, "unknown field; expected one of " + known.stream().sorted()
            .collect(Collectors.joining(", ")));
      }
    }
  }

  private JsonNode value(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        problem(field, "is required");
      }
      return null;
    }
    return value;
  }

  String text(String field, boolean required) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problem(field, "expected a non-empty text, got " + describe(value));
      return null;
    }
    return value.asText().strip();
  }

  LocalDate date(String field, boolean required) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    LocalDate date = value.isTextual() ? IsoDate.parse(value.asText()) : null;
    if (date != null) {
      return date;
    }
    problem(field, "expected a real calendar date as YYYY-MM-DD (e.g. 2024-05-01), got "
        + describe(value));
    return null;
  }

  /** A finite number within [min, max]; {@code minExclusive} makes the lower bound strict. */
  Double number(String field, boolean required, double min, boolean minExclusive, double max) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      problem(field, "expected a number, got " + describe(value));
      return null;
    }
    double x = value.asDouble();
    boolean belowMin = minExclusive ? x <= min : x < min;
    if (!Double.isFinite(x) || belowMin || x > max) {
      problem(field, "expected a number " + range(min, minExclusive, max) + ", got " + value);
      return null;
    }
    return x;
  }

  Integer integer(String field, boolean required, int min, int max) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
      problem(field, "expected a whole number from " + min + " to " + max + ", got "
          + describe(value));
      return null;
    }
    return value.asInt();
  }

  Boolean bool(String field) {
    JsonNode value = value(field, false);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      problem(field, "expected true or false, got " + describe(value));
      return null;
    }
    return value.asBoolean();
  }

  /** A code from a vocabulary; the message lists every accepted spelling. */
  <E extends Enum<E> & Coded> E code(String field, boolean required, Class<E> vocabulary) {
    String text = text(field, required);
    if (text == null) {
      return null;
    }
    for (E candidate : vocabulary.getEnumConstants()) {
      if (candidate.code().equals(text)) {
        return candidate;
      }
    }
    problem(field, "unknown value \"" + text + "\"; expected one of "
        + Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code)
            .collect(Collectors.joining(", ")));
    return null;
  }

  /** Reads an optional array of objects; each element gets its own path {@code field[i]}. */
  <T> List<T> objects(String field, boolean required, Function<FieldReader, T> element) {
    JsonNode value = value(field, required);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(field, "expected a list [...], got " + describe(value));
      return List.of();
    }
    List<T> out = new java.util.ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemPath = pathOf(field) + "[" + i + "]";
      if (!item.isObject()) {
        problems.add(new RecordProblem(itemPath, "expected an object {...}, got " + describe(item)));
        continue;
      }
      T parsed = element.apply(new FieldReader(item, itemPath, problems));
      if (parsed != null) {
        out.add(parsed);
      }
    }
    return out;
  }

  /** Reads an optional nested object. */
  <T> T object(String field, boolean required, Function<FieldReader, T> reader) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      problem(field, "expected an object {...}, got " + describe(value));
      return null;
    }
    return reader.apply(new FieldReader(value, pathOf(field), problems));
  }

  private static String range(double min, boolean minExclusive, double max) {
    String low = (minExclusive ? "> " : "≥ ") + format(min);
    return max == Double.MAX_VALUE ? low : low + " and ≤ " + format(max);
  }

  private static String format(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "\"" + value.asText() + "\"";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.toString();
  }
}
