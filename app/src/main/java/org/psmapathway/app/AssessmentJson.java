package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.assessment.PetResponse;
import org.psmapathway.core.assessment.RadiotherapyDose;
import org.psmapathway.core.assessment.TargetEqd2;
import org.psmapathway.core.assessment.TumourBoardAssessment;
import org.psmapathway.core.psa.DoublingTime;
import org.psmapathway.core.psa.Pcwg3Result;
import org.psmapathway.core.psa.Persistence;
import org.psmapathway.core.psa.PsaAssessment;
import org.psmapathway.core.psa.PsaNadir;
import org.psmapathway.core.psa.PsaVelocity;
import org.psmapathway.core.psa.RecurrenceResult;
import org.psmapathway.core.radiobiology.TargetDose;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.response.LesionChange;
import org.psmapathway.core.response.LesionComparison;
import org.psmapathway.core.response.RecipResult;
import org.psmapathway.core.staging.ExpressionScore;
import org.psmapathway.core.staging.PromiseStage;
import org.psmapathway.core.staging.PsmaExpression;

/**
 * The JSON form of a tumour-board assessment (field list in docs/cli.md). Every documented field is
 * always written, {@code null} when it cannot be computed, so that consumers never have to guess
 * whether a field was forgotten or is missing.
 */
final class AssessmentJson {

  private AssessmentJson() {}

  static void write(JsonGenerator g, TumourBoardAssessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.patient().id());
    date(g, "asOf", a.asOf());
    Integer age = a.patient().ageOn(a.asOf()).orElse(null);
    number(g, "ageYears", age);
    stage(g, a);
    expression(g, a.expression());
    psa(g, a.psa());
    g.writeArrayFieldStart("radiotherapy");
    for (RadiotherapyDose course : a.radiotherapy()) {
      radiotherapy(g, course);
    }
    g.writeEndArray();
    petResponse(g, a.petResponse());
    GuidanceJson.write(g, a.guidance());
    strings(g, "missing", a.missing());
    g.writeEndObject();
  }

  private static void stage(JsonGenerator g, TumourBoardAssessment a) throws IOException {
    PromiseStage s = a.stage();
    if (s == null) {
      g.writeNullField("stage");
      return;
    }
    g.writeObjectFieldStart("stage");
    date(g, "scanDate", a.stagingScan().date());
    g.writeStringField("tracer", a.stagingScan().tracer().code());
    g.writeNumberField("promiseVersion", s.version().number());
    g.writeStringField("t", s.t());
    g.writeStringField("n", s.n());
    g.writeStringField("m", s.m());
    g.writeStringField("compact", s.compact());
    g.writeStringField("spaced", s.spaced());
    g.writeStringField("detailed", s.detailed());
    g.writeStringField("group", s.group() == null ? null : s.group().label());
    g.writeStringField("groupNote", s.groupNote());
    strings(g, "nodalRegions", s.nodalRegions());
    strings(g, "extrapelvicNodalRegions", s.extrapelvicNodalRegions());
    g.writeStringField("bonePattern", s.bonePattern() == null ? null : s.bonePattern().code());
    strings(g, "involvedBones", s.involvedBones());
    strings(g, "visceralOrgans", s.visceralOrgans());
    strings(g, "warnings", s.warnings());
    g.writeEndObject();
  }

  private static void expression(JsonGenerator g, PsmaExpression e) throws IOException {
    if (e == null) {
      g.writeNullField("expression");
      return;
    }
    g.writeObjectFieldStart("expression");
    g.writeStringField("referenceOrgan",
        e.intermediateReference() == null ? null : e.intermediateReference().label());
    number(g, "highest", e.highest());
    number(g, "lowest", e.lowest());
    bool(g, "psmaPositive", e.psmaPositive());
    g.writeArrayFieldStart("lesions");
    for (ExpressionScore score : e.lesions()) {
      g.writeStartObject();
      g.writeStringField("lesionId", score.lesionId());
      number(g, "score", score.score());
      g.writeStringField("label", score.label());
      g.writeStringField("rationale", score.rationale());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "missing", e.missing());
    g.writeEndObject();
  }

  private static void psa(JsonGenerator g, PsaAssessment p) throws IOException {
    g.writeObjectFieldStart("psa");
    psaValue(g, "latest", p.latest());
    PsaNadir nadir = p.nadir();
    psaValue(g, "nadir", nadir == null ? null : nadir.value());
    doublingTime(g, p.doublingTime());
    velocity(g, p.velocity());
    persistence(g, p.persistence());
    recurrence(g, "biochemicalRecurrence", p.biochemicalRecurrence());
    recurrence(g, "nccnRecurrence", p.nccnRecurrence());
    recurrence(g, "twoConsecutiveRises", p.twoConsecutiveRises());
    pcwg3(g, p.pcwg3());
    g.writeEndObject();
  }

  private static void doublingTime(JsonGenerator g, DoublingTime d) throws IOException {
    g.writeObjectFieldStart("doublingTime");
    g.writeStringField("status", d.status().name());
    g.writeStringField("policy", d.policy().code());
    number(g, "months", d.months());
    number(g, "slopePerDay", d.slopePerDay());
    number(g, "rSquared", d.rSquared());
    g.writeNumberField("valuesUsed", d.valuesUsed().size());
    List<PsaValue> used = d.valuesUsed();
    date(g, "from", used.isEmpty() ? null : used.get(0).date());
    date(g, "to", used.isEmpty() ? null : used.get(used.size() - 1).date());
    g.writeStringField("reason", d.reason());
    g.writeEndObject();
  }

  private static void velocity(JsonGenerator g, PsaVelocity v) throws IOException {
    if (v == null) {
      g.writeNullField("velocity");
      return;
    }
    g.writeObjectFieldStart("velocity");
    g.writeNumberField("regressionNgMlPerYear", v.regressionNgMlPerYear());
    g.writeNumberField("firstLastNgMlPerYear", v.firstLastNgMlPerYear());
    g.writeNumberField("meanOfSuccessiveRatesNgMlPerYear", v.meanOfSuccessiveRatesNgMlPerYear());
    g.writeNumberField("valuesUsed", v.valuesUsed());
    g.writeEndObject();
  }

  private static void persistence(JsonGenerator g, Persistence p) throws IOException {
    if (p == null) {
      g.writeNullField("persistence");
      return;
    }
    g.writeObjectFieldStart("persistence");
    bool(g, "persistent", p.persistent());
    psaValue(g, "valueUsed", p.valueUsed());
    g.writeStringField("reason", p.reason());
    g.writeEndObject();
  }

  private static void recurrence(JsonGenerator g, String field, RecurrenceResult r)
      throws IOException {
    if (r == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("definition", r.definition());
    g.writeBooleanField("applicable", r.applicable());
    g.writeBooleanField("met", r.met());
    date(g, "date", r.date());
    date(g, "confirmedOn", r.confirmedOn());
    g.writeStringField("rationale", r.rationale());
    g.writeEndObject();
  }

  private static void pcwg3(JsonGenerator g, Pcwg3Result r) throws IOException {
    if (r == null) {
      g.writeNullField("pcwg3");
      return;
    }
    g.writeObjectFieldStart("pcwg3");
    date(g, "therapyStart", r.therapyStart());
    psaValue(g, "baseline", r.baseline());
    number(g, "maxChangePercent", r.maxChangePercent());
    number(g, "changeAt12WeeksPercent", r.changeAt12WeeksPercent());
    g.writeBooleanField("psa50", r.psa50());
    date(g, "psa50Date", r.psa50Date());
    g.writeBooleanField("progression", r.progression());
    date(g, "progressionDate", r.progressionDate());
    g.writeStringField("progressionRule", r.progressionRule());
    g.writeBooleanField("progressionConfirmed", r.progressionConfirmed());
    date(g, "progressionConfirmedOn", r.progressionConfirmedOn());
    date(g, "pendingProgressionDate", r.pendingProgressionDate());
    g.writeStringField("rationale", r.rationale());
    g.writeEndObject();
  }

  private static void radiotherapy(JsonGenerator g, RadiotherapyDose course) throws IOException {
    g.writeStartObject();
    date(g, "start", course.course().start());
    date(g, "end", course.course().end());
    g.writeStringField("intent", course.course().intent().code());
    g.writeArrayFieldStart("targets");
    for (TargetEqd2 t : course.targets()) {
      g.writeStartObject();
      g.writeStringField("volume", t.target().volume().code());
      g.writeStringField("label", t.target().label());
      g.writeStringField("lesionId", t.target().lesionId());
      g.writeNumberField("doseGy", t.target().totalDoseGy());
      g.writeNumberField("fractions", t.target().totalFractions());
      g.writeArrayFieldStart("doses");
      List<String> warnings = List.of();
      for (TargetDose d : t.doses()) {
        g.writeStartObject();
        g.writeNumberField("alphaBetaGy", d.alphaBeta().gy());
        g.writeNumberField("eqd2Gy", d.eqd2Gy());
        g.writeNumberField("bedGy", d.bedGy());
        g.writeEndObject();
        warnings = d.warnings();
      }
      g.writeEndArray();
      strings(g, "warnings", warnings);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void petResponse(JsonGenerator g, PetResponse r) throws IOException {
    if (r == null) {
      g.writeNullField("petResponse");
      return;
    }
    g.writeObjectFieldStart("petResponse");
    date(g, "baselineDate", r.baseline().date());
    date(g, "followUpDate", r.followUp().date());
    RecipResult recip = r.recip();
    g.writeObjectFieldStart("recip");
    g.writeStringField("category", recip.category() == null ? null : recip.category().name());
    number(g, "percentChange", recip.percentChange());
    g.writeStringField("rationale", recip.rationale());
    g.writeEndObject();
    LesionComparison c = r.lesions();
    g.writeArrayFieldStart("lesions");
    for (LesionChange change : c.changes()) {
      g.writeStartObject();
      g.writeStringField("lesionId", change.lesionId());
      g.writeStringField("status", change.status().name());
      g.writeStringField("reason", change.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("progressingCount", c.progressingCount());
    g.writeBooleanField("oligoprogression", c.oligoprogression());
    g.writeNumberField("metastaticLesionCount", c.metastaticLesionCount());
    g.writeBooleanField("diffuseMarrowInvolvement", c.diffuseMarrowInvolvement());
    g.writeBooleanField("oligometastatic", c.oligometastatic());
    strings(g, "warnings", c.warnings());
    g.writeEndObject();
  }

  private static void psaValue(JsonGenerator g, String field, PsaValue v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    date(g, "date", v.date());
    g.writeNumberField("valueNgMl", v.valueNgMl());
    g.writeBooleanField("belowDetection", v.belowDetection());
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
    g.writeStringField(field, date == null ? null : date.toString());
  }

  private static void number(JsonGenerator g, String field, Number n) throws IOException {
    if (n == null) {
      g.writeNullField(field);
    } else if (n instanceof Integer i) {
      g.writeNumberField(field, i);
    } else {
      g.writeNumberField(field, n.doubleValue());
    }
  }

  private static void bool(JsonGenerator g, String field, Boolean b) throws IOException {
    if (b == null) {
      g.writeNullField(field);
    } else {
      g.writeBooleanField(field, b);
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
