package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.psmapathway.core.guidance.Guidance;
import org.psmapathway.core.guidance.GuidanceItem;
import org.psmapathway.core.guidance.Source;

/**
 * Guidance as JSON: {@code guidance: [{id, kind, option, rationale: [...], sources: [{citation,
 * year, strength}]}]} and, next to it, {@code guidanceContext: {applicable, decisionDate, note}}.
 */
final class GuidanceJson {

  private GuidanceJson() {}

  static void write(JsonGenerator g, Guidance guidance) throws IOException {
    g.writeObjectFieldStart("guidanceContext");
    g.writeBooleanField("applicable", guidance.applicable());
    g.writeStringField("decisionDate",
        guidance.decisionDate() == null ? null : guidance.decisionDate().toString());
    g.writeStringField("note", guidance.decisionNote());
    g.writeEndObject();
    g.writeArrayFieldStart("guidance");
    for (GuidanceItem item : guidance.items()) {
      g.writeStartObject();
      g.writeStringField("id", item.id());
      g.writeStringField("kind", item.kind().code());
      g.writeStringField("option", item.option());
      g.writeArrayFieldStart("rationale");
      for (String r : item.rationale()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (Source s : item.sources()) {
        g.writeStartObject();
        g.writeStringField("citation", s.citation());
        g.writeNumberField("year", s.year());
        g.writeStringField("strength", s.strength());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
