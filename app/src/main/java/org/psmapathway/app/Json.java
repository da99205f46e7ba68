package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The one JSON output path of the CLI: streaming, numbers as JSON numbers at full precision.
 * Doubles are written with Jackson's Schubfach writer: the same shortest round-trip digits as
 * {@link Double#toString(double)}, several times faster on cohort output.
 */
final class Json {

  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private Json() {}

  /** A generator that does not close the underlying writer (stdout stays open). */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /** A number field; NaN (R's NA) and ±∞ are written as null, as JSON has no such numbers. */
  static void number(JsonGenerator g, String name, double x) throws IOException {
    if (Double.isFinite(x)) {
      g.writeNumberField(name, x);
    } else {
      g.writeNullField(name);
    }
  }

  /** An array of numbers, each non-finite one as {@code null} (R's NA). */
  static void numbers(JsonGenerator g, String name, double[] xs) throws IOException {
    g.writeArrayFieldStart(name);
    for (double x : xs) {
      if (Double.isFinite(x)) {
        g.writeNumber(x);
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
  }

  /** A UTF-8 generator straight to bytes, for cohort output that is never decoded again. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }
}
