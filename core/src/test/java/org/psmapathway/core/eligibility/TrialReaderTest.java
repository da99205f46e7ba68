package org.psmapathway.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The trial-document checker: every problem names the file and the criterion. */
class TrialReaderTest {

  private static String trial(String criteria) {
    return """
        {"id": "NCT00000001", "documentVersion": 1, "title": "T", "phase": "PHASE2",
         "status": "RECRUITING", "sites": [],
         "registry": {"name": "ClinicalTrials.gov", "version": "v1", "date": "2025-01-01",
                      "via": "test", "verbatim": true},
         "criteria": [%s]}
        """.formatted(criteria);
  }

  private static InvalidTrialException problems(String criteria) {
    try {
      TrialReader.read(trial(criteria), "t.json");
    } catch (InvalidTrialException e) {
      return e;
    }
    throw new AssertionError("expected the document to be rejected");
  }

  @Test
  void everyBundledDocumentPassesTheChecker() {
    Catalogue c = Catalogue.bundled();
    assertThat(c.trials()).extracting(Trial::id).containsExactly("NCT02699424", "NCT07038304",
        "NCT07370597", "NCT03511664", "NCT04689828", "NCT03392428", "NCT02680587",
        "NCT01558427");
    assertThat(c.trials()).allSatisfy(t -> {
      assertThat(t.source().date()).isNotNull();
      assertThat(t.criteria()).isNotEmpty();
    });
  }

  @Test
  void unknownFactIsNamedWithFileAndCriterion() {
    assertThat(problems("""
        {"id": "I1", "kind": "inclusion", "text": "PSA high",
         "expression": {"fact": "psa.highest", "op": ">", "value": 1, "unit": "ng/mL"}}""")
        .problems()).containsExactly("t.json: criterion I1: expression.fact: unknown fact "
            + "\"psa.highest\" (the facts are listed in docs/eligibility.md)");
  }

  @Test
  void unitOfAnotherDimensionIsAMismatch() {
    assertThat(problems("""
        {"id": "I2", "kind": "inclusion", "text": "castrate",
         "expression": {"fact": "testosterone.latest", "op": "<", "value": 50, "unit": "ng/mL"}},
        {"id": "I3", "kind": "inclusion", "text": "castrate",
         "expression": {"fact": "testosterone.latest", "op": "<", "value": 50, "unit": "g/L"}},
        {"id": "I4", "kind": "inclusion", "text": "castrate",
         "expression": {"fact": "testosterone.latest", "op": "<", "value": 50}}""").problems())
        .containsExactly(
            "t.json: criterion I3: expression.unit: unit mismatch: testosterone.latest is "
                + "measured in ng/dL; \"g/L\" is not one of ng/dL, ng/mL, nmol/L",
            "t.json: criterion I4: expression.unit: testosterone.latest is measured in ng/dL; "
                + "give the threshold's unit (one of ng/dL, ng/mL, nmol/L)");
  }

  @Test
  void contradictoryRangesAreRejectedAcrossUnits() {
    assertThat(problems("""
        {"id": "E1", "kind": "exclusion", "text": "odd", "expression": {"all": [
          {"fact": "testosterone.latest", "op": ">", "value": 2, "unit": "nmol/L"},
          {"fact": "testosterone.latest", "op": "<", "value": 50, "unit": "ng/dL"}]}}""")
        .problems()).containsExactly("t.json: criterion E1: contradictory range: "
            + "testosterone.latest > 2 nmol/L and testosterone.latest < 50 ng/dL can never hold "
            + "together");
    // 1.7 nmol/L = 49.03 ng/dL, so > 1.7 nmol/L and < 50 ng/dL overlap: accepted
    assertThat(problemsOrNone("""
        {"id": "E1", "kind": "exclusion", "text": "odd", "expression": {"all": [
          {"fact": "testosterone.latest", "op": ">", "value": 1.7, "unit": "nmol/L"},
          {"fact": "testosterone.latest", "op": "<", "value": 50, "unit": "ng/dL"}]}}"""))
        .isEmpty();
    assertThat(problems("""
        {"id": "I9", "kind": "inclusion", "text": "x", "expression": {"all": [
          {"fact": "adt.ongoing", "is": true}, {"fact": "adt.ongoing", "is": false}]}}""")
        .problems()).containsExactly("t.json: criterion I9: adt.ongoing must be both true and "
            + "false");
  }

  @Test
  void criterionWithoutTextOrWithoutDecisionIsRejected() {
    assertThat(problems("""
        {"id": "I1", "kind": "inclusion", "expression": {"fact": "age", "op": ">=", "value": 18,
         "unit": "years"}},
        {"id": "I2", "kind": "inclusion", "text": "consent"},
        {"id": "I2", "kind": "inclusion", "text": "again", "manual": true,
         "expression": {"fact": "adt.any", "is": true}},
        {"id": "E1", "kind": "exclude", "text": "x", "manual": true}""").problems())
        .containsExactly(
            "t.json: criterion I1: text: every criterion keeps the registry's text; none given",
            "t.json: criterion I2: has neither an expression nor \"manual\": true",
            "t.json: criterion I2: id: appears twice in this trial; criterion ids must be unique",
            "t.json: criterion I2: has both \"manual\": true and an expression; give one",
            "t.json: criterion E1: kind: expected inclusion or exclusion, got \"exclude\"");
  }

  @Test
  void wrongTestForTheFactKindIsRejected() {
    assertThat(problems("""
        {"id": "I1", "kind": "inclusion", "text": "x",
         "expression": {"fact": "adt.ongoing", "op": ">", "value": 1}},
        {"id": "I2", "kind": "inclusion", "text": "y",
         "expression": {"fact": "pathology.pN", "in": ["N0"]}}""").problems())
        .containsExactly(
            "t.json: criterion I1: unknown field \"op\" in expression; expected fact, is",
            "t.json: criterion I1: unknown field \"value\" in expression; expected fact, is",
            "t.json: criterion I1: expression: adt.ongoing is a yes/no fact; expected \"is\": true "
                + "or false",
            "t.json: criterion I2: expression.in: \"N0\" is not a code of pathology.pN; expected "
                + "one of pN0, pN1, pNx");
  }

  @Test
  void malformedJsonNamesTheFile() {
    assertThatThrownBy(() -> TrialReader.read("{\"id\": ", "bad.json"))
        .isInstanceOf(InvalidTrialException.class)
        .hasMessageContaining("bad.json: line 1");
  }

  private static java.util.List<String> problemsOrNone(String criteria) {
    try {
      TrialReader.read(trial(criteria), "t.json");
      return java.util.List.of();
    } catch (InvalidTrialException e) {
      return e.problems();
    }
  }
}
