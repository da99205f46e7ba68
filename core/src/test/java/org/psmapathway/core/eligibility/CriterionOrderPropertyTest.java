package org.psmapathway.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded property: a trial's verdicts do not depend on the order of its criteria, nor on the order
 * of the parts of an all/any. Patients are generated with every fact present, absent or varied,
 * so all three trial verdicts occur.
 */
class CriterionOrderPropertyTest {

  private static final long SEED = 20261123L;
  private static final int PATIENTS = 300;
  private static final int SHUFFLES = 3;
  private static final LocalDate AS_OF = LocalDate.parse("2024-09-10");

  @Test
  void verdictsDoNotDependOnCriterionOrder() throws Exception {
    Random random = new Random(SEED);
    List<PatientFacts> patients = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      patients.add(TestPatients.facts(patient(random, i), AS_OF));
    }
    Set<TrialVerdict> seen = EnumSet.noneOf(TrialVerdict.class);
    for (String file : bundledFiles()) {
      String json = resource(file);
      Trial original = TrialReader.read(json, file);
      for (int s = 0; s < SHUFFLES; s++) {
        ObjectNode tree = (ObjectNode) TestPatients.JSON.readTree(json);
        shuffleCriteria(tree, random);
        Trial reordered = TrialReader.read(tree.toString(), file);
        ObjectNode deep = (ObjectNode) TestPatients.JSON.readTree(json);
        shuffleParts(deep, random);
        Trial regrouped = TrialReader.read(deep.toString(), file);
        for (PatientFacts facts : patients) {
          TrialMatch a = TrialMatcher.match(original, facts);
          TrialMatch b = TrialMatcher.match(reordered, facts);
          TrialMatch c = TrialMatcher.match(regrouped, facts);
          seen.add(a.verdict());
          assertThat(b.verdict()).as(file + " " + facts.patientId()).isEqualTo(a.verdict());
          assertThat(c.verdict()).as(file + " " + facts.patientId()).isEqualTo(a.verdict());
          assertThat(byId(b, true)).isEqualTo(byId(a, true));
          assertThat(byId(c, false)).isEqualTo(byId(a, false));
          assertThat(TrialMatcher.screen(reordered, facts).verdict()).isEqualTo(a.verdict());
        }
      }
    }
    assertThat(seen).as("the generator reaches every verdict").containsExactlyInAnyOrder(
        TrialVerdict.values());
  }

  private static Map<String, String> byId(TrialMatch m, boolean withExplanation) {
    Map<String, String> out = new HashMap<>();
    for (CriterionResult r : m.criteria()) {
      out.put(r.criterion().id(), r.verdict() + (withExplanation ? " " + r.explanation() : ""));
    }
    return out;
  }

  private static void shuffleCriteria(ObjectNode trial, Random random) {
    ArrayNode criteria = (ArrayNode) trial.get("criteria");
    List<JsonNode> list = new ArrayList<>();
    criteria.forEach(list::add);
    Collections.shuffle(list, random);
    criteria.removeAll();
    list.forEach(criteria::add);
  }

  /** Shuffles the parts of every all/any/atLeast, and the criteria. */
  private static void shuffleParts(JsonNode node, Random random) {
    if (node.isObject()) {
      for (String group : List.of("all", "any", "of", "criteria")) {
        if (node.get(group) instanceof ArrayNode parts) {
          List<JsonNode> list = new ArrayList<>();
          parts.forEach(list::add);
          Collections.shuffle(list, random);
          parts.removeAll();
          list.forEach(parts::add);
        }
      }
      node.forEach(child -> shuffleParts(child, random));
    } else if (node.isArray()) {
      node.forEach(child -> shuffleParts(child, random));
    }
  }

  /** A random patient: each part present or missing, values around the trials' thresholds. */
  private static String patient(Random r, int i) {
    ObjectNode p = TestPatients.JSON.createObjectNode();
    p.put("id", "G" + i);
    if (r.nextInt(10) > 0) {
      p.put("birthDate", LocalDate.of(1935 + r.nextInt(40), 1 + r.nextInt(12), 1).toString());
    }
    if (r.nextInt(10) > 0) {
      ObjectNode d = p.putObject("diagnosis");
      d.put("date", "2010-01-01");
      if (r.nextInt(8) > 0) {
        d.put("histology", r.nextInt(10) > 0 ? "adenocarcinoma" : "small cell carcinoma");
      }
    }
    if (r.nextBoolean()) {
      p.putObject("prostatectomy").put("date", "2010-03-01");
      if (r.nextInt(4) > 0) {
        p.putObject("pathology").put("pN", List.of("pN0", "pN1", "pNx").get(r.nextInt(3)));
      }
    }
    ArrayNode psa = p.putArray("psa");
    int n = r.nextInt(6);
    double value = 0.05 + r.nextDouble() * 3;
    for (int k = 0; k < n; k++) {
      value *= 0.6 + r.nextDouble() * 1.2;
      psa.addObject().put("date", LocalDate.of(2023, 1, 1).plusDays(60L * k).toString())
          .put("value", Math.round(value * 100) / 100.0 + 0.01);
    }
    if (r.nextInt(5) > 0) {
      p.putArray("testosterone").addObject().put("date", "2024-08-01")
          .put("value", r.nextBoolean() ? r.nextInt(120) : r.nextDouble() * 4)
          .put("unit", r.nextBoolean() ? "ng/dL" : "nmol/L");
    }
    if (r.nextInt(5) > 0) {
      p.putArray("haemoglobin").addObject().put("date", "2024-08-01")
          .put("value", 70 + r.nextInt(90)).put("unit", "g/L");
    }
    if (r.nextInt(5) > 0) {
      p.putArray("performanceStatus").addObject().put("date", "2024-08-01")
          .put("scale", r.nextBoolean() ? "WHO" : "ECOG").put("value", r.nextInt(4));
    }
    if (r.nextInt(3) > 0) {
      ArrayNode other = p.putArray("otherMalignancies");
      if (r.nextInt(4) == 0) {
        other.addObject().put("kind", r.nextBoolean() ? "other" : "non-melanoma-skin")
            .put("active", true);
      }
    }
    ArrayNode treatments = p.putArray("treatments");
    if (r.nextBoolean()) {
      ObjectNode adt = treatments.addObject().put("type", "adt").put("agent", "leuprolide")
          .put("start", "2020-01-01");
      if (r.nextBoolean()) {
        adt.put("end", "2024-03-01");
      }
    }
    if (r.nextBoolean()) {
      treatments.addObject().put("type", "arpi").put("agent", "enzalutamide")
          .put("start", "2023-02-01");
    }
    if (r.nextInt(3) == 0) {
      treatments.addObject().put("type", "chemotherapy")
          .put("agent", r.nextBoolean() ? "docetaxel" : "cabazitaxel")
          .put("start", "2021-01-01").put("end", "2021-06-01");
    }
    if (r.nextInt(5) == 0) {
      treatments.addObject().put("type", "radioligand").put("agent", "177Lu-PSMA-617")
          .put("date", "2022-01-01");
    }
    ArrayNode scans = p.putArray("petScans");
    int scanCount = r.nextInt(3);
    for (int s = 0; s < scanCount; s++) {
      ObjectNode scan = scans.addObject().put("date", s == 0 && scanCount == 2 ? "2024-01-10"
          : "2024-08-20").put("tracer", "68Ga-PSMA-11");
      if (r.nextInt(4) > 0) {
        scan.putObject("reference").put("liverSuvMean", 5.0);
      }
      if (r.nextInt(3) > 0) {
        scan.put("psmaNegativeDisease", r.nextInt(5) == 0);
      }
      ArrayNode lesions = scan.putArray("lesions");
      int count = r.nextInt(6);
      for (int l = 0; l < count; l++) {
        ObjectNode lesion = lesions.addObject().put("id", "L" + l);
        switch (r.nextInt(3)) {
          case 0 -> lesion.put("site", "bone").put("bone", "rib");
          case 1 -> lesion.put("site", "node").put("region", "retroperitoneal");
          default -> lesion.put("site", "prostate-bed");
        }
        if (r.nextInt(6) > 0) {
          lesion.put("suvMax", 2 + r.nextInt(30));
        }
      }
    }
    return p.toString();
  }

  private static List<String> bundledFiles() throws IOException {
    List<String> files = new ArrayList<>();
    for (String line : resource("index.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        files.add(line.strip());
      }
    }
    return files;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Catalogue.class.getResourceAsStream("trials/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
