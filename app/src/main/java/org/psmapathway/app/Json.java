package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** The one JSON output path of the CLI: streaming, numbers as JSON numbers at full precision. */
final class Json {

  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** A generator that does not close the underlying writer (stdout stays open). */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

}
