package org.psmapathway.store.synthetic;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.psmapathway.store.synthetic.SyntheticPatient.Event;
import org.psmapathway.store.synthetic.SyntheticPatient.Lesion;
import org.psmapathway.store.synthetic.SyntheticPatient.Psa;
import org.psmapathway.store.synthetic.SyntheticPatient.Target;
import org.psmapathway.store.synthetic.SyntheticPatient.Treatment;

/**
 * Writes synthetic patients as JSON Lines in the patient-record format (docs/patient-record.md):
 * one object per line, UTF-8, streamed (nothing is kept after a line is written).
 */
public final class PatientJsonWriter implements AutoCloseable {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private final JsonGenerator g;

  /** Writes to {@code out}, which stays open when this writer is closed. */
  public PatientJsonWriter(OutputStream out) throws IOException {
    this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null); // lines are separated by the newline written after each
  }

  /** One patient as one line. */
  public void write(SyntheticPatient p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    date("birthDate", p.birthDate());
    g.writeObjectFieldStart("diagnosis");
    date("date", p.diagnosisDate());
    g.writeNumberField("isupGrade", p.isupGrade());
    g.writeNumberField("initialPsa", p.initialPsa());
    g.writeStringField("histology", "adenocarcinoma");
    g.writeEndObject();
    g.writeObjectFieldStart("pathology");
    g.writeStringField("pT", p.pT());
    g.writeStringField("pN", p.pN());
    if (p.margins() != null) {
      g.writeStringField("margins", p.margins());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("prostatectomy");
    date("date", p.prostatectomyDate());
    g.writeEndObject();
    g.writeArrayFieldStart("psa");
    for (Psa psa : p.psa()) {
      g.writeStartObject();
      date("date", psa.date());
      g.writeNumberField("value", psa.value());
      if (psa.belowDetection()) {
        g.writeBooleanField("belowDetection", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    SyntheticPatient.Workup w = p.workup();
    g.writeArrayFieldStart("testosterone");
    g.writeStartObject();
    date("date", p.petDate());
    g.writeNumberField("value", w.testosteroneNgDl());
    g.writeStringField("unit", "ng/dL");
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("performanceStatus");
    g.writeStartObject();
    date("date", p.petDate());
    g.writeStringField("scale", "ECOG");
    g.writeNumberField("value", w.ecog());
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("haemoglobin");
    g.writeStartObject();
    date("date", p.petDate());
    g.writeNumberField("value", w.haemoglobinGPerL());
    g.writeStringField("unit", "g/L");
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("otherMalignancies"); // assessed, none known
    g.writeEndArray();
    g.writeArrayFieldStart("petScans");
    g.writeStartObject();
    date("date", p.petDate());
    g.writeStringField("tracer", "68Ga-PSMA-11");
    g.writeStringField("modality", "PET/CT");
    g.writeObjectFieldStart("reference");
    g.writeNumberField("bloodPoolSuvMean", w.bloodPoolSuvMean());
    g.writeNumberField("liverSuvMean", w.liverSuvMean());
    g.writeEndObject();
    g.writeArrayFieldStart("lesions");
    for (Lesion l : p.lesions()) {
      lesion(l);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("treatments");
    for (Treatment t : p.treatments()) {
      treatment(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : p.events()) {
      g.writeStartObject();
      g.writeStringField("type", e.type());
      date("date", e.date());
      g.writeStringField("detail", e.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    date("lastFollowUp", p.lastFollowUp());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private void lesion(Lesion l) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField("site", l.site());
    optional("region", l.region());
    optional("side", l.side());
    optional("bone", l.bone());
    optional("organ", l.organ());
    g.writeNumberField("suvMax", l.suvMax());
    if (l.shortAxisMm() > 0) {
      g.writeNumberField("shortAxisMm", l.shortAxisMm());
    }
    g.writeEndObject();
  }

  private void treatment(Treatment t) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", t.type());
    optional("agent", t.agent());
    date("start", t.start());
    if (t.end() != null) {
      date("end", t.end());
    }
    optional("intent", t.intent());
    if (t.targets() != null) {
      g.writeArrayFieldStart("targets");
      for (Target target : t.targets()) {
        g.writeStartObject();
        g.writeStringField("volume", target.volume());
        optional("lesionId", target.lesionId());
        g.writeNumberField("doseGy", target.doseGy());
        g.writeNumberField("fractions", target.fractions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void optional(String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private void date(String name, LocalDate date) throws IOException {
    g.writeStringField(name, date.toString());
  }

  /** Flushes what has been written. */
  public void flush() throws IOException {
    g.flush();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
