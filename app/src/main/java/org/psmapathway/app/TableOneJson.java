package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.psmapathway.stats.descriptive.CategoricalVariable;
import org.psmapathway.stats.descriptive.ContinuousSummary;
import org.psmapathway.stats.descriptive.ContinuousVariable;
import org.psmapathway.stats.descriptive.GroupCount;
import org.psmapathway.stats.descriptive.HypothesisTest;
import org.psmapathway.stats.descriptive.LevelCounts;
import org.psmapathway.stats.descriptive.TableOneRow;

/**
 * The JSON of {@code psma table1}: {@code by, dropped, rows[]}, each row with the fields of its
 * record ({@link ContinuousVariable}: {@code name, groups[]: {group, n, missing, median, q1, q3,
 * mean, sd}, test}; {@link CategoricalVariable}: {@code name, groupLabels, levels[]: {level,
 * groups[]: {group, n, percent}}, missing[], setting, test, minExpected, testChoice}) and
 * {@code type}. NaN (R's NA) is written as null.
 */
final class TableOneJson {

  private TableOneJson() {}

  static void write(String by, int dropped, List<TableOneRow> rows, Writer out)
      throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("by", by);
      g.writeNumberField("dropped", dropped);
      g.writeArrayFieldStart("rows");
      for (TableOneRow row : rows) {
        g.writeStartObject();
        g.writeStringField("name", row.name());
        if (row instanceof ContinuousVariable c) {
          g.writeStringField("type", "continuous");
          g.writeArrayFieldStart("groups");
          for (ContinuousSummary s : c.groups()) {
            g.writeStartObject();
            g.writeStringField("group", s.group());
            g.writeNumberField("n", s.n());
            g.writeNumberField("missing", s.missing());
            Json.number(g, "median", s.median());
            Json.number(g, "q1", s.q1());
            Json.number(g, "q3", s.q3());
            Json.number(g, "mean", s.mean());
            Json.number(g, "sd", s.sd());
            g.writeEndObject();
          }
          g.writeEndArray();
        } else if (row instanceof CategoricalVariable c) {
          g.writeStringField("type", "categorical");
          g.writeArrayFieldStart("groupLabels");
          for (String l : c.groupLabels()) {
            g.writeString(l);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("levels");
          for (LevelCounts l : c.levels()) {
            g.writeStartObject();
            g.writeStringField("level", l.level());
            g.writeArrayFieldStart("groups");
            for (GroupCount gc : l.groups()) {
              g.writeStartObject();
              g.writeStringField("group", gc.group());
              g.writeNumberField("n", gc.n());
              Json.number(g, "percent", gc.percent());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("missing");
          for (int m : c.missing()) {
            g.writeNumber(m);
          }
          g.writeEndArray();
          g.writeStringField("setting", c.setting().name());
          Json.number(g, "minExpected", c.minExpected());
          g.writeStringField("testChoice", c.testChoice());
        }
        test(g, row.test());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void test(JsonGenerator g, HypothesisTest t) throws IOException {
    if (t == null) {
      g.writeNullField("test");
      return;
    }
    g.writeObjectFieldStart("test");
    g.writeStringField("method", t.method());
    g.writeStringField("statisticName", t.statisticName());
    Json.number(g, "statistic", t.statistic());
    Json.number(g, "df", t.df());
    Json.number(g, "p", t.p());
    g.writeEndObject();
  }
}
