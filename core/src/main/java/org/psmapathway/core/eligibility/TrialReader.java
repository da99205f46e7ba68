package org.psmapathway.core.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a trial document (docs/eligibility.md). Every problem is collected, each naming
 * the file and the criterion (or field) and what was expected: unknown facts, units that do not
 * fit the fact, contradictory ranges, criteria without text, a criterion that is both manual and
 * machine-readable or neither. A document with any problem is rejected whole.
 */
public final class TrialReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
  private static final Set<String> TRIAL_FIELDS = Set.of("id", "documentVersion", "acronym",
      "title", "phase", "status", "sites", "registry", "curationNote", "criteria");
  private static final Set<String> REGISTRY_FIELDS = Set.of("name", "version", "date", "via",
      "eligibilityText", "verbatim");
  private static final Set<String> CRITERION_FIELDS = Set.of("id", "kind", "text", "expression",
      "manual", "note");

  private TrialReader() {}

  /**
   * @param source the file name (or resource name) that problems are reported against
   * @throws InvalidTrialException listing every problem
   */
  public static Trial read(String json, String source) throws InvalidTrialException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InvalidTrialException(List.of(source + ": "
          + (at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
          + "malformed JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidTrialException(List.of(source + ": expected a trial object {...}"));
    }
    List<String> problems = new ArrayList<>();
    Trial trial = new Parse(source, problems).trial(root);
    if (!problems.isEmpty()) {
      throw new InvalidTrialException(problems);
    }
    return trial;
  }

  /** One document being read; {@code where} prefixes every problem. */
  private static final class Parse {
    private final String source;
    private final List<String> problems;
    private String where;

    Parse(String source, List<String> problems) {
      this.source = source;
      this.problems = problems;
      this.where = source;
    }

    void problem(String message) {
      problems.add(where + ": " + message);
    }

    Trial trial(JsonNode root) {
      unknownFields(root, TRIAL_FIELDS, "trial");
      String id = text(root, "id", true);
      if (id != null && !NCT.matcher(id).matches()) {
        problem("id: expected an NCT number (NCT and 8 digits), got \"" + id + "\"");
      }
      JsonNode version = root.get("documentVersion");
      int documentVersion = 0;
      if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
        problem("documentVersion: expected a whole number ≥ 1");
      } else {
        documentVersion = version.asInt();
      }
      String acronym = text(root, "acronym", false);
      String title = text(root, "title", true);
      String phase = text(root, "phase", true);
      String status = text(root, "status", true);
      List<String> sites = new ArrayList<>();
      JsonNode siteList = root.get("sites");
      if (siteList == null || !siteList.isArray()) {
        problem("sites: expected a list of site names (may be empty)");
      } else {
        siteList.forEach(s -> sites.add(s.asText()));
      }
      RegistrySource registry = registry(root.get("registry"));
      String note = text(root, "curationNote", false);
      List<Criterion> criteria = new ArrayList<>();
      JsonNode list = root.get("criteria");
      if (list == null || !list.isArray() || list.isEmpty()) {
        problem("criteria: expected a non-empty list of criteria");
      } else {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          Criterion c = criterion(list.get(i), i, ids);
          if (c != null) {
            criteria.add(c);
          }
        }
      }
      return new Trial(id, documentVersion, acronym, title, phase, status, sites, registry,
          note, criteria);
    }

    private RegistrySource registry(JsonNode node) {
      if (node == null || !node.isObject()) {
        problem("registry: expected {name, version, date, via, eligibilityText, verbatim}");
        return null;
      }
      unknownFields(node, REGISTRY_FIELDS, "registry");
      String dateText = text(node, "date", true);
      LocalDate date = null;
      if (dateText != null) {
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          problem("registry.date: expected YYYY-MM-DD, got \"" + dateText + "\"");
        }
      }
      JsonNode verbatim = node.get("verbatim");
      if (verbatim == null || !verbatim.isBoolean()) {
        problem("registry.verbatim: expected true or false (are criterion texts the registry's "
            + "exact words?)");
      }
      return new RegistrySource(text(node, "name", true), text(node, "version", true), date,
          text(node, "via", true), text(node, "eligibilityText", false),
          verbatim != null && verbatim.asBoolean());
    }

    private Criterion criterion(JsonNode node, int index, Set<String> ids) {
      where = source + ": criteria[" + index + "]";
      if (!node.isObject()) {
        problem("expected a criterion object {id, kind, text, expression | manual}");
        return null;
      }
      String id = text(node, "id", true);
      if (id != null) {
        where = source + ": criterion " + id;
        if (!ids.add(id)) {
          problem("id: appears twice in this trial; criterion ids must be unique");
        }
      }
      unknownFields(node, CRITERION_FIELDS, "criterion");
      String kindText = text(node, "kind", true);
      CriterionKind kind = null;
      if (kindText != null) {
        for (CriterionKind k : CriterionKind.values()) {
          if (k.code().equals(kindText)) {
            kind = k;
          }
        }
        if (kind == null) {
          problem("kind: expected inclusion or exclusion, got \"" + kindText + "\"");
        }
      }
      String text = text(node, "text", false);
      if (text == null) {
        problem("text: every criterion keeps the registry's text; none given");
      }
      JsonNode manual = node.get("manual");
      if (manual != null && !manual.isBoolean()) {
        problem("manual: expected true or false");
      }
      boolean isManual = manual != null && manual.asBoolean();
      JsonNode expressionNode = node.get("expression");
      Expression expression = null;
      if (isManual && expressionNode != null) {
        problem("has both \"manual\": true and an expression; give one");
      } else if (!isManual && expressionNode == null) {
        problem("has neither an expression nor \"manual\": true");
      } else if (expressionNode != null) {
        expression = expression(expressionNode, "expression");
        if (expression != null) {
          RangeCheck.contradictions(expression).forEach(this::problem);
        }
      }
      String note = text(node, "note", false);
      where = source;
      if (id == null || kind == null || text == null) {
        return null;
      }
      return new Criterion(id, kind, text, expression, note);
    }

    private Expression expression(JsonNode node, String path) {
      if (node == null || !node.isObject()) {
        problem(path + ": expected an expression object");
        return null;
      }
      if (node.has("all") || node.has("any")) {
        String form = node.has("all") ? "all" : "any";
        unknownFields(node, Set.of(form), path);
        List<Expression> parts = parts(node.get(form), path + "." + form);
        return parts == null ? null
            : form.equals("all") ? Expression.AtLeast.all(parts) : Expression.AtLeast.any(parts);
      }
      if (node.has("atLeast")) {
        unknownFields(node, Set.of("atLeast", "of"), path);
        List<Expression> parts = parts(node.get("of"), path + ".of");
        JsonNode k = node.get("atLeast");
        if (k == null || !k.isIntegralNumber() || parts != null
            && (k.asInt() < 1 || k.asInt() > parts.size())) {
          problem(path + ".atLeast: expected a whole number from 1 to the number of parts");
          return null;
        }
        return parts == null ? null : new Expression.AtLeast(k.asInt(), parts, "atLeast");
      }
      if (node.has("not")) {
        unknownFields(node, Set.of("not"), path);
        Expression part = expression(node.get("not"), path + ".not");
        return part == null ? null : new Expression.Not(part);
      }
      if (node.has("fact")) {
        return condition(node, path);
      }
      problem(path + ": expected one of {\"fact\": ...}, {\"all\": [...]}, {\"any\": [...]}, "
          + "{\"not\": {...}}, {\"atLeast\": n, \"of\": [...]}");
      return null;
    }

    private List<Expression> parts(JsonNode list, String path) {
      if (list == null || !list.isArray() || list.isEmpty()) {
        problem(path + ": expected a non-empty list of expressions");
        return null;
      }
      List<Expression> parts = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < list.size(); i++) {
        Expression e = expression(list.get(i), path + "[" + i + "]");
        ok &= e != null;
        parts.add(e);
      }
      return ok ? parts : null;
    }

    private Expression condition(JsonNode node, String path) {
      String key = node.get("fact").asText();
      Fact fact = Fact.byKey(key);
      if (fact == null) {
        problem(path + ".fact: unknown fact \"" + key + "\" (the facts are listed in "
            + "docs/eligibility.md)");
        return null;
      }
      switch (fact.kind()) {
        case BOOLEAN -> {
          unknownFields(node, Set.of("fact", "is"), path);
          JsonNode is = node.get("is");
          if (is == null || !is.isBoolean()) {
            problem(path + ": " + key + " is a yes/no fact; expected \"is\": true or false");
            return null;
          }
          return new Expression.Is(fact, is.asBoolean());
        }
        case CODE -> {
          unknownFields(node, Set.of("fact", "in"), path);
          JsonNode in = node.get("in");
          if (in == null || !in.isArray() || in.isEmpty()) {
            problem(path + ": " + key + " is a coded fact; expected \"in\": [codes]");
            return null;
          }
          Set<String> codes = new LinkedHashSet<>();
          for (JsonNode c : in) {
            if (!fact.codes().contains(c.asText())) {
              problem(path + ".in: \"" + c.asText() + "\" is not a code of " + key
                  + "; expected one of " + String.join(", ", fact.codes()));
              return null;
            }
            codes.add(c.asText());
          }
          return new Expression.In(fact, codes);
        }
        default -> {
          return comparison(fact, node, path);
        }
      }
    }

    private Expression comparison(Fact fact, JsonNode node, String path) {
      unknownFields(node, Set.of("fact", "op", "value", "unit", "label"), path);
      String key = fact.key();
      Expression.Operator op = Expression.Operator.of(node.path("op").asText());
      if (op == null) {
        problem(path + ".op: " + key + " is a number; expected \"op\" one of <, <=, >, >=");
      }
      JsonNode value = node.get("value");
      if (value == null || !value.isNumber()) {
        problem(path + ".value: expected a number to compare " + key + " with");
      }
      String unit = node.has("unit") ? node.get("unit").asText() : null;
      Dimension d = fact.dimension();
      if (d.hasUnits() && unit == null) {
        problem(path + ".unit: " + key + " is measured in " + d.baseUnit()
            + "; give the threshold's unit (one of " + String.join(", ", d.units()) + ")");
        return null;
      }
      if (!d.hasUnits() && unit != null) {
        problem(path + ".unit: unit mismatch: " + key + " has no unit, got \"" + unit + "\"");
        return null;
      }
      if (unit != null && !d.accepts(unit)) {
        problem(path + ".unit: unit mismatch: " + key + " is measured in " + d.baseUnit()
            + "; \"" + unit + "\" is not one of " + String.join(", ", d.units()));
        return null;
      }
      if (op == null || value == null || !value.isNumber()) {
        return null;
      }
      double factor = unit == null ? 1 : d.factor(unit);
      String label = node.has("label") ? node.get("label").asText() : null;
      return new Expression.Comparison(fact, op, value.asDouble() * factor,
          Expression.shown(value.asDouble(), unit), label);
    }

    private String text(JsonNode node, String field, boolean required) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problem(field + ": required");
        }
        return null;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(field + ": expected non-empty text");
        return null;
      }
      return v.asText();
    }

    private void unknownFields(JsonNode node, Set<String> known, String what) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          problem("unknown field \"" + name + "\" in " + what + "; expected "
              + String.join(", ", new java.util.TreeSet<>(known)));
        }
      }
    }
  }
}
