package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.psmapathway.stats.meta.CumulativeRow;
import org.psmapathway.stats.meta.ExpScale;
import org.psmapathway.stats.meta.LeaveOneOutRow;
import org.psmapathway.stats.meta.MetaRegressionResult;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.ModeratorCoefficient;
import org.psmapathway.stats.meta.StudyWeight;
import org.psmapathway.stats.meta.Subgroup;

/**
 * The JSON of {@code psma meta}. Field names fixed by issue 5 (k, method, scale, estimate, se,
 * lower, upper, statistic, p, tau2, tau2Lower, tau2Upper, I2, H2, Q, Qdf, Qp, predictionLower,
 * predictionUpper, studies[], exp, leaveOneOut[], subgroups[], test.betweenSubgroups,
 * moderators[], QM); others added. NaN and ±∞ are written as null.
 */
final class MetaJson {

  private MetaJson() {}

  static void write(MetaReport report, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      MetaResult r = report.model();
      g.writeStartObject();
      g.writeStringField("measure", report.measure().name());
      model(g, r);
      g.writeArrayFieldStart("studies");
      for (StudyWeight s : r.studies()) {
        g.writeStartObject();
        g.writeStringField("study", s.study());
        number(g, "yi", s.yi());
        number(g, "vi", s.vi());
        number(g, "weight", s.weight());
        number(g, "lower", s.lower());
        number(g, "upper", s.upper());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!r.leaveOneOut().isEmpty()) {
        g.writeArrayFieldStart("leaveOneOut");
        for (LeaveOneOutRow l : r.leaveOneOut()) {
          g.writeStartObject();
          g.writeStringField("omitted", l.omitted());
          number(g, "estimate", l.estimate());
          number(g, "se", l.se());
          number(g, "statistic", l.statistic());
          number(g, "p", l.p());
          number(g, "lower", l.lower());
          number(g, "upper", l.upper());
          number(g, "Q", l.Q());
          number(g, "Qp", l.Qp());
          number(g, "tau2", l.tau2());
          number(g, "I2", l.I2());
          number(g, "H2", l.H2());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (report.cumulative() != null) {
        g.writeArrayFieldStart("cumulative");
        for (CumulativeRow c : report.cumulative()) {
          g.writeStartObject();
          g.writeStringField("added", c.added());
          g.writeNumberField("k", c.k());
          number(g, "estimate", c.estimate());
          number(g, "se", c.se());
          number(g, "lower", c.lower());
          number(g, "upper", c.upper());
          number(g, "p", c.p());
          number(g, "tau2", c.tau2());
          number(g, "I2", c.I2());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (report.subgroups() != null) {
        g.writeArrayFieldStart("subgroups");
        for (Subgroup s : report.subgroups().subgroups()) {
          g.writeStartObject();
          g.writeStringField("group", s.group());
          model(g, s.result());
          g.writeEndObject();
        }
        g.writeEndArray();
        var b = report.subgroups().betweenSubgroups();
        g.writeObjectFieldStart("test");
        g.writeObjectFieldStart("betweenSubgroups");
        number(g, "Q", b.Q());
        g.writeNumberField("Qdf", b.Qdf());
        number(g, "Qp", b.Qp());
        g.writeEndObject();
        g.writeEndObject();
      }
      if (report.regression() != null) {
        regression(g, report.regression());
      }
      if (report.egger() != null) {
        var e = report.egger();
        g.writeObjectFieldStart("egger");
        g.writeStringField("model", e.model());
        number(g, "statistic", e.statistic());
        number(g, "df", e.df());
        number(g, "p", e.p());
        number(g, "limitEstimate", e.limitEstimate());
        g.writeEndObject();
      }
      if (report.trimfill() != null) {
        var t = report.trimfill();
        g.writeObjectFieldStart("trimfill");
        g.writeStringField("side", t.side());
        g.writeStringField("estimator", t.estimator());
        g.writeNumberField("k0", t.k0());
        g.writeArrayFieldStart("filledYi");
        for (double y : t.filledYi()) {
          g.writeNumber(y);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("filledVi");
        for (double v : t.filledVi()) {
          g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("adjusted");
        model(g, t.adjusted());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  /** The fields of one fitted model (also used for subgroups and the trim-and-fill fit). */
  private static void model(JsonGenerator g, MetaResult r) throws IOException {
    g.writeNumberField("k", r.k());
    g.writeStringField("method", r.method());
    g.writeStringField("test", r.test());
    g.writeStringField("modelChoice", r.modelChoice());
    g.writeStringField("scale", r.scale());
    number(g, "level", r.level());
    number(g, "estimate", r.estimate());
    number(g, "se", r.se());
    number(g, "lower", r.lower());
    number(g, "upper", r.upper());
    number(g, "statistic", r.statistic());
    number(g, "p", r.p());
    number(g, "tau2", r.tau2());
    number(g, "tau2Se", r.tau2Se());
    number(g, "tau2Lower", r.tau2Lower());
    number(g, "tau2Upper", r.tau2Upper());
    number(g, "I2", r.I2());
    number(g, "H2", r.H2());
    number(g, "Q", r.Q());
    g.writeNumberField("Qdf", r.Qdf());
    number(g, "Qp", r.Qp());
    g.writeStringField("predictionInterval", r.predictionInterval());
    number(g, "predictionLower", r.predictionLower());
    number(g, "predictionUpper", r.predictionUpper());
    number(g, "logLik", r.logLik());
    ExpScale e = r.exp();
    if (e != null) {
      g.writeObjectFieldStart("exp");
      number(g, "estimate", e.estimate());
      number(g, "lower", e.lower());
      number(g, "upper", e.upper());
      number(g, "predictionLower", e.predictionLower());
      number(g, "predictionUpper", e.predictionUpper());
      g.writeEndObject();
    }
  }

  private static void regression(JsonGenerator g, MetaRegressionResult m) throws IOException {
    g.writeArrayFieldStart("moderators");
    for (ModeratorCoefficient c : m.moderators()) {
      g.writeStartObject();
      g.writeStringField("term", c.term());
      number(g, "estimate", c.estimate());
      number(g, "se", c.se());
      number(g, "statistic", c.statistic());
      number(g, "p", c.p());
      number(g, "lower", c.lower());
      number(g, "upper", c.upper());
      g.writeEndObject();
    }
    g.writeEndArray();
    number(g, "QM", m.QM());
    g.writeNumberField("QMdf", m.QMdf());
    number(g, "QMdf2", m.QMdf2());
    number(g, "QMp", m.QMp());
    g.writeObjectFieldStart("metaRegression");
    g.writeNumberField("k", m.k());
    g.writeStringField("method", m.method());
    g.writeStringField("test", m.test());
    number(g, "QE", m.QE());
    g.writeNumberField("QEdf", m.QEdf());
    number(g, "QEp", m.QEp());
    number(g, "tau2", m.tau2());
    number(g, "I2", m.I2());
    number(g, "H2", m.H2());
    number(g, "R2", m.R2());
    g.writeEndObject();
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
