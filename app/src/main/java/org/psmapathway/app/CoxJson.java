package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.psmapathway.stats.cox.CoxFit;
import org.psmapathway.stats.cox.CoxZph;
import org.psmapathway.stats.cox.TestStatistic;

/**
 * The JSON of {@code psma cox}. Field names fixed by the issue: {@code n, events, dropped,
 * iterations, coefficients[]: {term, coef, se, robustSe, hr, lower, upper, z, p}, loglik: [null
 * model, fitted], tests: {lr, wald, score}: {statistic, df, p}, concordance: {value, se}}, and
 * {@code zph} with {@code --zph}; others added. NaN (R's NA) and ±∞ are written as null.
 */
final class CoxJson {

  private CoxJson() {}

  static void write(CoxReport r, Writer out) throws IOException {
    CoxFit f = r.fit();
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("model", r.model());
      g.writeStringField("ties", f.ties().name().toLowerCase(java.util.Locale.ROOT));
      g.writeBooleanField("robust", r.robust());
      Json.number(g, "confLevel", r.confLevel());
      g.writeNumberField("n", f.n());
      g.writeNumberField("events", f.events());
      g.writeNumberField("dropped", f.dropped());
      g.writeNumberField("strata", f.strata());
      g.writeNumberField("iterations", f.iterations());
      g.writeBooleanField("converged", f.converged());
      CoefficientTable.json(g, f.coefficients());
      Json.numbers(g, "loglik", f.loglik());
      g.writeObjectFieldStart("tests");
      test(g, "lr", f.tests().lr());
      test(g, "wald", f.tests().wald());
      test(g, "score", f.tests().score());
      g.writeEndObject();
      g.writeObjectFieldStart("concordance");
      Json.number(g, "value", f.concordance().value());
      Json.number(g, "se", f.concordance().se());
      g.writeEndObject();
      if (r.zph() != null) {
        g.writeObjectFieldStart("zph");
        g.writeStringField("transform", r.zph().transform());
        g.writeArrayFieldStart("rows");
        for (CoxZph.Row z : r.zph().rows()) {
          g.writeStartObject();
          g.writeStringField("term", z.term());
          Json.number(g, "chisq", z.chisq());
          g.writeNumberField("df", z.df());
          Json.number(g, "p", z.p());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("warnings");
      for (String w : f.warnings()) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void test(JsonGenerator g, String name, TestStatistic t) throws IOException {
    g.writeObjectFieldStart(name);
    Json.number(g, "statistic", t.statistic());
    g.writeNumberField("df", t.df());
    Json.number(g, "p", t.p());
    g.writeEndObject();
  }
}
