package org.psmapathway.core.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecordReader;

/** Patient records for the eligibility tests, written as record JSON and edited per test. */
final class TestPatients {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate AS_OF = LocalDate.parse("2024-09-10");
  static final Catalogue CATALOGUE = Catalogue.bundled();

  private TestPatients() {}

  /**
   * Oligoprogressive mCRPC on ADT + enzalutamide (a P005-like patient), complete for OLYMPIAN:
   * one new (L4) and one progressing (L1) lesion, castrate testosterone, no PSMA-negative disease,
   * no other malignancy.
   */
  static final String OLIGOPROGRESSIVE = """
      {"id": "OLY", "birthDate": "1947-04-30",
       "diagnosis": {"date": "2011-10-17", "isupGrade": 4, "histology": "adenocarcinoma"},
       "psa": [{"date": "2021-10-18", "value": 2.6}, {"date": "2022-01-17", "value": 3.4},
               {"date": "2022-04-19", "value": 1.2}, {"date": "2022-07-18", "value": 0.7},
               {"date": "2023-01-16", "value": 0.6}, {"date": "2023-07-17", "value": 1.3},
               {"date": "2024-01-15", "value": 3.3}, {"date": "2024-08-26", "value": 7.2}],
       "testosterone": [{"date": "2024-08-26", "value": 12, "unit": "ng/dL"}],
       "haemoglobin": [{"date": "2024-08-26", "value": 12.9, "unit": "g/dL"}],
       "performanceStatus": [{"date": "2024-08-26", "scale": "WHO", "value": 1}],
       "otherMalignancies": [],
       "petScans": [
         {"date": "2024-01-22", "tracer": "68Ga-PSMA-11", "reference": {"liverSuvMean": 4.8},
          "lesions": [
            {"id": "L1", "site": "node", "region": "retroperitoneal", "suvMax": 12.4, "shortAxisMm": 11},
            {"id": "L2", "site": "bone", "bone": "vertebra", "suvMax": 9.8, "volumeMl": 3.1}]},
         {"date": "2024-09-02", "tracer": "68Ga-PSMA-11", "reference": {"liverSuvMean": 5.0},
          "psmaNegativeDisease": false,
          "lesions": [
            {"id": "L1", "site": "node", "region": "retroperitoneal", "suvMax": 18.9, "shortAxisMm": 15},
            {"id": "L2", "site": "bone", "bone": "vertebra", "suvMax": 10.1, "volumeMl": 3.2},
            {"id": "L4", "site": "bone", "bone": "ilium", "side": "left", "suvMax": 8.8}]}],
       "treatments": [
         {"type": "radiotherapy", "start": "2012-01-09", "end": "2012-03-01", "intent": "primary",
          "targets": [{"volume": "prostate", "doseGy": 78, "fractions": 39}]},
         {"type": "adt", "agent": "degarelix", "start": "2019-02-04"},
         {"type": "arpi", "agent": "enzalutamide", "start": "2022-02-07"}]}
      """;

  /** First biochemical recurrence after prostatectomy, complete for the Lund trial. */
  static final String SALVAGE = """
      {"id": "SRT", "birthDate": "1956-07-14",
       "diagnosis": {"date": "2015-09-03", "isupGrade": 3, "histology": "adenocarcinoma"},
       "pathology": {"pT": "pT3a", "pN": "pN0", "margins": "positive"},
       "prostatectomy": {"date": "2015-11-20"},
       "psa": [{"date": "2016-01-12", "value": 0.03, "belowDetection": true},
               {"date": "2018-01-18", "value": 0.09}, {"date": "2018-05-22", "value": 0.14},
               {"date": "2018-09-25", "value": 0.21}],
       "haemoglobin": [{"date": "2018-09-25", "value": 141, "unit": "g/L"}],
       "performanceStatus": [{"date": "2018-09-25", "scale": "ECOG", "value": 0}]}
      """;

  /** Polymetastatic mCRPC after docetaxel and abiraterone, complete for LUDO. */
  static final String LUTETIUM = """
      {"id": "LU", "birthDate": "1951-08-08",
       "diagnosis": {"date": "2016-03-21", "isupGrade": 5, "histology": "acinar adenocarcinoma"},
       "psa": [{"date": "2024-01-15", "value": 41.0}, {"date": "2024-03-25", "value": 58.3},
               {"date": "2024-05-20", "value": 77.6}],
       "testosterone": [{"date": "2024-05-20", "value": 0.3, "unit": "nmol/L"}],
       "performanceStatus": [{"date": "2024-05-20", "scale": "ECOG", "value": 1}],
       "petScans": [
         {"date": "2024-05-13", "tracer": "68Ga-PSMA-11", "reference": {"liverSuvMean": 5.2},
          "psmaNegativeDisease": false,
          "lesions": [
            {"id": "B1", "site": "bone", "bone": "vertebra", "suvMax": 31.6},
            {"id": "N1", "site": "node", "region": "retroperitoneal", "suvMax": 4.1}]}],
       "treatments": [
         {"type": "adt", "agent": "goserelin", "start": "2016-04-11"},
         {"type": "chemotherapy", "agent": "docetaxel", "start": "2016-05-09", "end": "2016-08-22"},
         {"type": "arpi", "agent": "abiraterone", "start": "2019-01-21", "end": "2021-05-24"}]}
      """;

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static PatientFacts facts(String json, LocalDate asOf) {
    return facts(tree(json), asOf);
  }

  static PatientFacts facts(JsonNode tree, LocalDate asOf) {
    try {
      return new FactExtractor().extract(new PatientRecordReader(asOf).read(tree), asOf);
    } catch (InvalidPatientRecordException e) {
      throw new IllegalArgumentException(e.problems().toString(), e);
    }
  }

  /** The patient with one edit applied. */
  static PatientFacts edited(String json, LocalDate asOf, Consumer<ObjectNode> edit) {
    ObjectNode tree = tree(json);
    edit.accept(tree);
    return facts(tree, asOf);
  }

  static ObjectNode latestScan(ObjectNode patient) {
    ArrayNode scans = (ArrayNode) patient.get("petScans");
    return (ObjectNode) scans.get(scans.size() - 1);
  }

  static Trial trial(String id) {
    Trial t = CATALOGUE.find(id);
    if (t == null) {
      throw new IllegalStateException("no bundled trial " + id);
    }
    return t;
  }

  static CriterionResult result(TrialMatch match, String criterionId) {
    return match.criteria().stream().filter(r -> r.criterion().id().equals(criterionId))
        .findFirst().orElseThrow(() -> new IllegalStateException("no criterion " + criterionId));
  }
}
