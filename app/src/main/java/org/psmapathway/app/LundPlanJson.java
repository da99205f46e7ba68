package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.psmapathway.core.protocol.FollowUpVisit;
import org.psmapathway.core.protocol.LundPlan;
import org.psmapathway.core.protocol.PlannedTarget;
import org.psmapathway.core.record.PsaValue;

/**
 * The Lund protocol plan as JSON: {@code patient, protocol, rtStart, decisionDate,
 * psaResponse: {rule, threshold, thresholdSource, baseline, atDecision, metric, classification,
 * rationale}, pet: {date, findings}, plan, systemicReferral, targets[]: {volume, lesionId, doseGy,
 * fractions, firstFraction, eqd2Gy: {"1.5", "3"}, source}, lastFraction, schedule[]: {date,
 * label}, notes[]}}.
 */
final class LundPlanJson {

  private LundPlanJson() {}

  static void write(JsonGenerator g, LundPlan p) throws IOException {
    g.writeStartObject();
    g.writeStringField("patient", p.patientId());
    g.writeStringField("protocol", "NCT02699424");
    g.writeStringField("rtStart", p.rtStart().toString());
    g.writeStringField("decisionDate", p.decisionDate().toString());
    g.writeNumberField("decisionFraction", p.settings().decisionFraction());
    g.writeObjectFieldStart("psaResponse");
    g.writeStringField("rule", p.settings().rule().code());
    g.writeNumberField("threshold", p.settings().threshold());
    g.writeStringField("thresholdSource", "setting: the NCT02699424 registry states no threshold");
    psa(g, "baseline", p.baseline());
    psa(g, "atDecision", p.atDecision());
    if (p.metric() == null) {
      g.writeNullField("metric");
    } else {
      g.writeNumberField("metric", p.metric());
    }
    g.writeStringField("classification", p.classification().code());
    g.writeStringField("rationale", p.classificationRationale());
    g.writeEndObject();
    g.writeObjectFieldStart("pet");
    g.writeStringField("date", p.petDate() == null ? null : p.petDate().toString());
    g.writeStringField("findings", p.petFindings());
    g.writeEndObject();
    g.writeStringField("plan", p.plan());
    g.writeBooleanField("systemicReferral", p.systemicReferral());
    g.writeArrayFieldStart("targets");
    for (PlannedTarget t : p.targets()) {
      g.writeStartObject();
      g.writeStringField("volume", t.volume());
      g.writeStringField("lesionId", t.lesionId());
      g.writeNumberField("doseGy", t.doseGy());
      g.writeNumberField("fractions", t.fractions());
      g.writeNumberField("firstFraction", t.firstFraction());
      g.writeObjectFieldStart("eqd2Gy");
      g.writeNumberField("1.5", t.eqd2Gy15());
      g.writeNumberField("3", t.eqd2Gy3());
      g.writeEndObject();
      g.writeStringField("source", t.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("lastFraction", p.lastFraction());
    g.writeArrayFieldStart("schedule");
    for (FollowUpVisit v : p.schedule()) {
      g.writeStartObject();
      g.writeStringField("date", v.date().toString());
      g.writeStringField("label", v.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (String n : p.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void psa(JsonGenerator g, String field, PsaValue v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("date", v.date().toString());
    g.writeNumberField("valueNgMl", v.valueNgMl());
    g.writeBooleanField("belowDetection", v.belowDetection());
    g.writeEndObject();
  }
}
