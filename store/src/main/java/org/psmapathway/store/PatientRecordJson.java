package org.psmapathway.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Diagnosis;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.Pathology;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.ReferenceUptake;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;

/**
 * Writes a {@link PatientRecord} as one line of the patient-record JSON of
 * {@code docs/patient-record.md}, in a canonical form: fields in the documented order, absent
 * values omitted, lists in the record's (chronological) order, haemoglobin in g/L. The same record
 * always gives the same bytes, so the text serves both as the JSON Lines export and as the content
 * fingerprint that tells the repository a re-saved record is unchanged; and reading the text back
 * with {@code PatientRecordReader} gives a record equal to the one written.
 */
public final class PatientRecordJson {

  private static final JsonFactory JSON = new JsonFactory();

  private PatientRecordJson() {}

  /** The record as one line of JSON (no line break). */
  public static String line(PatientRecord record) {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, PatientRecord r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    date(g, "birthDate", r.birthDate());
    if (r.diagnosis() != null) {
      Diagnosis d = r.diagnosis();
      g.writeObjectFieldStart("diagnosis");
      date(g, "date", d.date());
      if (d.isupGrade() != null) {
        g.writeNumberField("isupGrade", d.isupGrade());
      }
      number(g, "initialPsa", d.initialPsa());
      text(g, "histology", d.histology());
      g.writeEndObject();
    }
    if (r.pathology() != null) {
      Pathology p = r.pathology();
      g.writeObjectFieldStart("pathology");
      text(g, "pT", p.pT());
      text(g, "pN", p.pN());
      text(g, "margins", p.margins());
      g.writeEndObject();
    }
    if (r.prostatectomy() != null) {
      g.writeObjectFieldStart("prostatectomy");
      date(g, "date", r.prostatectomy().date());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("psa");
    for (PsaValue v : r.psa()) {
      g.writeStartObject();
      date(g, "date", v.date());
      g.writeNumberField("value", v.valueNgMl());
      if (v.belowDetection()) {
        g.writeBooleanField("belowDetection", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("testosterone");
    for (TestosteroneValue v : r.testosterone()) {
      g.writeStartObject();
      date(g, "date", v.date());
      g.writeNumberField("value", v.value());
      g.writeStringField("unit", v.unit().code());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("haemoglobin");
    for (HaemoglobinValue v : r.haemoglobin()) {
      g.writeStartObject();
      date(g, "date", v.date());
      g.writeNumberField("value", v.gPerL());
      g.writeStringField("unit", "g/L");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("performanceStatus");
    for (PerformanceStatus v : r.performanceStatus()) {
      g.writeStartObject();
      date(g, "date", v.date());
      g.writeStringField("scale", v.scale().code());
      g.writeNumberField("value", v.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("petScans");
    for (PetScan s : r.petScans()) {
      petScan(g, s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("treatments");
    for (Treatment t : r.treatments()) {
      treatment(g, t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (ClinicalEvent e : r.events()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().code());
      date(g, "date", e.date());
      text(g, "detail", e.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    date(g, "lastFollowUp", r.lastFollowUp());
    if (r.otherMalignancies() != null) {
      g.writeArrayFieldStart("otherMalignancies");
      for (OtherMalignancy m : r.otherMalignancies()) {
        g.writeStartObject();
        g.writeStringField("kind", m.kind().code());
        g.writeBooleanField("active", m.active());
        text(g, "detail", m.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void petScan(JsonGenerator g, PetScan s) throws IOException {
    g.writeStartObject();
    date(g, "date", s.date());
    g.writeStringField("tracer", s.tracer().code());
    text(g, "modality", s.modality());
    ReferenceUptake u = s.reference();
    if (!u.equals(ReferenceUptake.NONE)) {
      g.writeObjectFieldStart("reference");
      number(g, "bloodPoolSuvMean", u.bloodPoolSuvMean());
      number(g, "liverSuvMean", u.liverSuvMean());
      number(g, "spleenSuvMean", u.spleenSuvMean());
      number(g, "parotidSuvMean", u.parotidSuvMean());
      g.writeEndObject();
    }
    number(g, "totalTumourVolumeMl", s.totalTumourVolumeMl());
    if (s.diffuseMarrowInvolvement()) {
      g.writeBooleanField("diffuseMarrowInvolvement", true);
    }
    if (s.psmaNegativeDisease() != null) {
      g.writeBooleanField("psmaNegativeDisease", s.psmaNegativeDisease());
    }
    g.writeArrayFieldStart("lesions");
    for (Lesion l : s.lesions()) {
      g.writeStartObject();
      g.writeStringField("id", l.id());
      g.writeStringField("site", l.site().code());
      if (l.region() != null) {
        g.writeStringField("region", l.region().code());
      }
      if (l.side() != null) {
        g.writeStringField("side", l.side().code());
      }
      text(g, "bone", l.bone());
      text(g, "organ", l.organ());
      if (l.extent() != null) {
        g.writeStringField("extent", l.extent().code());
      }
      number(g, "suvMax", l.suvMax());
      number(g, "shortAxisMm", l.shortAxisMm());
      number(g, "volumeMl", l.volumeMl());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void treatment(JsonGenerator g, Treatment t) throws IOException {
    g.writeStartObject();
    if (t instanceof Radiotherapy rt) {
      g.writeStringField("type", "radiotherapy");
      date(g, "start", rt.start());
      date(g, "end", rt.end());
      g.writeStringField("intent", rt.intent().code());
      g.writeArrayFieldStart("targets");
      for (RtTarget target : rt.targets()) {
        rtTarget(g, target);
      }
      g.writeEndArray();
    } else if (t instanceof SystemicTherapy s) {
      g.writeStringField("type", s.kind().code());
      text(g, "agent", s.agent());
      date(g, "start", s.start());
      date(g, "end", s.end());
    } else if (t instanceof Radioligand rl) {
      g.writeStringField("type", "radioligand");
      g.writeStringField("agent", rl.agent());
      date(g, "date", rl.date());
      number(g, "activityGBq", rl.activityGBq());
      if (rl.cycle() != null) {
        g.writeNumberField("cycle", rl.cycle());
      }
    }
    g.writeEndObject();
  }

  private static void rtTarget(JsonGenerator g, RtTarget target) throws IOException {
    g.writeStartObject();
    g.writeStringField("volume", target.volume().code());
    text(g, "label", target.label());
    text(g, "lesionId", target.lesionId());
    List<RtPhase> phases = target.phases();
    // one phase is written the short way (doseGy, fractions), as the reader reads it back
    if (phases.size() == 1) {
      g.writeNumberField("doseGy", phases.get(0).doseGy());
      g.writeNumberField("fractions", phases.get(0).fractions());
    } else {
      g.writeArrayFieldStart("phases");
      for (RtPhase p : phases) {
        g.writeStartObject();
        g.writeNumberField("doseGy", p.doseGy());
        g.writeNumberField("fractions", p.fractions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
    if (date != null) {
      g.writeStringField(field, date.toString());
    }
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    if (text != null) {
      g.writeStringField(field, text);
    }
  }

  private static void number(JsonGenerator g, String field, Double value) throws IOException {
    if (value != null) {
      g.writeNumberField(field, value);
    }
  }
}
