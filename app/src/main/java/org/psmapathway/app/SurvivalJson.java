package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.psmapathway.stats.survival.CumulativeIncidenceResult;
import org.psmapathway.stats.survival.GrayTestResult;
import org.psmapathway.stats.survival.KaplanMeierSummary;
import org.psmapathway.stats.survival.LogRankResult;
import org.psmapathway.stats.survival.SurvivalAt;

/**
 * The JSON of {@code psma km}, {@code logrank} and {@code cif}. Field names fixed by the issue:
 * km {@code groups[]: {group, n, events, median, medianLower, medianUpper, at[]: {time, survival,
 * se, lower, upper, nRisk}}}; logrank {@code statistic, df, p, groups[]: {group, n, observed,
 * expected}}; cif {@code groups[]: {group, cause, at[]: {time, estimate, se}}}. Others added
 * ({@code dropped}, restricted means, the test between groups). NaN and ±∞ (R's NA) are null.
 */
final class SurvivalJson {

  private SurvivalJson() {}

  static void kaplanMeier(Writer out, int n, int dropped, String confType, double level,
      boolean reverse, KaplanMeierSummary summary, LogRankResult logRank) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("n", n);
      g.writeNumberField("dropped", dropped);
      g.writeStringField("confType", confType);
      number(g, "confLevel", level);
      g.writeBooleanField("reverse", reverse);
      g.writeArrayFieldStart("groups");
      for (KaplanMeierSummary.Group s : summary.groups()) {
        g.writeStartObject();
        g.writeStringField("group", s.group());
        g.writeNumberField("n", s.n());
        g.writeNumberField("events", s.events());
        number(g, "median", s.median());
        number(g, "medianLower", s.medianLower());
        number(g, "medianUpper", s.medianUpper());
        number(g, "rmean", s.rmean());
        number(g, "rmeanSe", s.rmeanSe());
        number(g, "rmeanLimit", s.rmeanLimit());
        g.writeArrayFieldStart("at");
        for (SurvivalAt a : s.at()) {
          g.writeStartObject();
          number(g, "time", a.time());
          number(g, "survival", a.survival());
          number(g, "se", a.se());
          number(g, "lower", a.lower());
          number(g, "upper", a.upper());
          g.writeNumberField("nRisk", a.nRisk());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (logRank != null) {
        g.writeObjectFieldStart("logrank");
        number(g, "statistic", logRank.statistic());
        g.writeNumberField("df", logRank.df());
        number(g, "p", logRank.p());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  static void logRank(Writer out, int n, int dropped, LogRankResult r) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("n", n);
      g.writeNumberField("dropped", dropped);
      number(g, "rho", r.rho());
      number(g, "statistic", r.statistic());
      g.writeNumberField("df", r.df());
      number(g, "p", r.p());
      g.writeArrayFieldStart("groups");
      for (int k = 0; k < r.groups().size(); k++) {
        LogRankResult.Group x = r.groups().get(k);
        g.writeStartObject();
        g.writeStringField("group", x.group());
        g.writeNumberField("n", x.n());
        number(g, "observed", x.observed());
        number(g, "expected", x.expected());
        number(g, "variance", r.variance()[k][k]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  static void cumulativeIncidence(Writer out, int n, int dropped, CumulativeIncidenceResult r,
      GrayTestResult gray) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("n", n);
      g.writeNumberField("dropped", dropped);
      g.writeStringField("method", r.method());
      g.writeArrayFieldStart("groups");
      for (CumulativeIncidenceResult.Curve c : r.groups()) {
        g.writeStartObject();
        g.writeStringField("group", c.group());
        g.writeStringField("cause", c.cause());
        g.writeArrayFieldStart("at");
        for (CumulativeIncidenceResult.At a : c.at()) {
          g.writeStartObject();
          number(g, "time", a.time());
          number(g, "estimate", a.estimate());
          number(g, "se", a.se());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (gray != null) {
        g.writeObjectFieldStart("grayTest");
        number(g, "rho", gray.rho());
        g.writeArrayFieldStart("causes");
        for (GrayTestResult.Cause c : gray.causes()) {
          g.writeStartObject();
          g.writeStringField("cause", c.cause());
          number(g, "statistic", c.statistic());
          g.writeNumberField("df", c.df());
          number(g, "p", c.p());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  /** DESIGN.md: missing values as null, never NaN or Infinity (which are not JSON). */
  private static void number(JsonGenerator g, String name, double x) throws IOException {
    if (Double.isFinite(x)) {
      g.writeNumberField(name, x);
    } else {
      g.writeNullField(name);
    }
  }
}
