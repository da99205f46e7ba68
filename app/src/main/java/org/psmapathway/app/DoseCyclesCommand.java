package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.dosimetry.cycles.CycleDose;
import org.psmapathway.dosimetry.cycles.CycleInputException;
import org.psmapathway.dosimetry.cycles.CycleRecord;
import org.psmapathway.dosimetry.cycles.Radiobiology;
import org.psmapathway.dosimetry.cycles.RegionCourse;
import org.psmapathway.dosimetry.cycles.TreatmentCourse;
import org.psmapathway.dosimetry.organ.OrganSValueTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "cycles",
    mixinStandardHelpOptions = true,
    description = {"Doses across treatment cycles: cumulative absorbed dose per organ or lesion, "
        + "and for the kidneys the BED per cycle (linear-quadratic with the Lea-Catcheside factor "
        + "of mono-exponential clearance, alpha/beta 2.6 Gy, repair half-time 2.8 h) summed over "
        + "cycles, the margin to the BED limit and the activity of a next cycle that would use "
        + "it up (last cycle's Gy/GBq and kinetics).",
        "Input columns: cycle, region, activityMBq, doseGy, effectiveHalfLifeH and optionally "
            + "method (text) and timePointsH (e.g. 4;24;96), kept as provenance. An empty doseGy is scaled from the region's first cycle, "
            + "(D/A)_first x A; an empty effectiveHalfLifeH reuses the first cycle's. BED is "
            + "computed for regions named kidney*. The limits come from Lu-177/Y-90 PRRT "
            + "(Bodei 2008) and are not validated for PSMA therapy: a margin is not a "
            + "prescription."},
    footer = {"", "Example:",
        "  ./psma dose cycles --data examples/dosimetry/cycles.csv",
        "  ./psma dose cycles --data examples/dosimetry/cycles.csv --risk-factors --format json"})
final class DoseCyclesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per region and cycle: cycle, region, activityMBq, doseGy, "
          + "effectiveHalfLifeH [, method, timePointsH].")
  Path data;

  @Option(names = "--limit-bed", paramLabel = "GY",
      description = "Kidney BED limit over all cycles, Gy (default 40; 28 with --risk-factors).")
  Double limitBed;

  @Option(names = "--risk-factors",
      description = "Use the kidney BED limit for patients with risk factors, 28 Gy.")
  boolean riskFactors;

  @Option(names = "--alpha-beta", defaultValue = "2.6", paramLabel = "GY",
      description = "Kidney alpha/beta, Gy (default ${DEFAULT-VALUE}).")
  double alphaBeta;

  @Option(names = "--repair-half-time-h", defaultValue = "2.8", paramLabel = "H",
      description = "Kidney repair half-time, h (default ${DEFAULT-VALUE}).")
  double repairHalfTime;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    if (limitBed != null && riskFactors) {
      throw usage("--limit-bed and --risk-factors both set the limit: give one");
    }
    double limit = limitBed != null ? limitBed
        : riskFactors ? Radiobiology.KIDNEY_BED_LIMIT_RISK_FACTORS_GY
        : Radiobiology.KIDNEY_BED_LIMIT_GY;
    Radiobiology kidney;
    try {
      kidney = new Radiobiology(alphaBeta, repairHalfTime, limit);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    CsvTable table = CsvTable.read(data);
    double[] cycle = table.numbers("cycle");
    String[] region = table.text("region");
    double[] activity = table.numbers("activityMBq");
    double[] dose = table.numbers("doseGy");
    double[] tEff = table.numbers("effectiveHalfLifeH");
    String[] method = table.has("method") ? table.text("method") : null;
    String[] times = table.has("timePointsH") ? table.text("timePointsH") : null;
    table.check();
    List<CycleRecord> records = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      boolean ok = true;
      if (!(cycle[r] >= 1) || cycle[r] != Math.rint(cycle[r]) || cycle[r] > Integer.MAX_VALUE) {
        table.problem(r, "cycle", "column \"cycle\": expected a whole number >= 1, got "
            + cell(cycle[r]));
        ok = false;
      }
      if (region[r] == null) {
        table.problem(r, "region", "column \"region\": expected a region name, got an empty cell");
        ok = false;
      }
      if (!(activity[r] > 0) || Double.isInfinite(activity[r])) {
        table.problem(r, "activityMBq", "column \"activityMBq\": expected an activity > 0 MBq, "
            + "got " + cell(activity[r]));
        ok = false;
      }
      if (!Double.isNaN(dose[r]) && (!(dose[r] >= 0) || Double.isInfinite(dose[r]))) {
        table.problem(r, "doseGy", "column \"doseGy\": expected a dose >= 0 Gy or an empty cell "
            + "(scaled from the first cycle), got " + cell(dose[r]));
        ok = false;
      }
      if (!Double.isNaN(tEff[r]) && (!(tEff[r] > 0) || Double.isInfinite(tEff[r]))) {
        table.problem(r, "effectiveHalfLifeH", "column \"effectiveHalfLifeH\": expected a "
            + "half-life > 0 h or an empty cell (first cycle's kinetics), got " + cell(tEff[r]));
        ok = false;
      }
      double[] hours = times == null || times[r] == null ? new double[0] : hours(times[r]);
      if (hours == null) {
        table.problem(r, "timePointsH", "column \"timePointsH\": expected hours >= 0 separated "
            + "by ';' (e.g. 4;24;96), got \"" + times[r] + "\"");
        ok = false;
      }
      if (ok) {
        records.add(new CycleRecord((int) cycle[r], region[r], activity[r], dose[r], tEff[r],
            method == null || method[r] == null ? "" : method[r], hours, r));
      }
    }
    table.check();
    List<RegionCourse> courses;
    try {
      courses = TreatmentCourse.analyse(records,
          name -> OrganSValueTable.canonical(name).startsWith("kidney") ? kidney : null);
    } catch (CycleInputException e) {
      String d = e.detail();
      String column = d.contains("half-life") ? "effectiveHalfLifeH"
          : d.contains("dose") ? "doseGy" : "cycle";
      table.problem(e.row(), column, d);
      table.check();
      throw e; // not reached: check() throws
    }
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(courses, out.writer());
      } else {
        out.writer().write(text(courses));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** "4;24;96" → {4, 24, 96}; null if a part is not a finite number >= 0. */
  private static double[] hours(String cell) {
    String[] parts = cell.split(";", -1);
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (!CsvTable.isNumber(p)) {
        return null;
      }
      out[i] = Double.parseDouble(p);
      if (!(out[i] >= 0) || Double.isInfinite(out[i])) {
        return null;
      }
    }
    return out;
  }

  private static String cell(double x) {
    return Double.isNaN(x) ? "an empty cell" : RFormat.signif(x, 15);
  }

  private static String num(double x, int digits) {
    return Double.isNaN(x) ? "-" : Double.isInfinite(x) ? "Inf" : RFormat.signif(x, digits);
  }

  private String text(List<RegionCourse> courses) {
    StringBuilder sb = new StringBuilder("Doses across cycles, Lu-177\n");
    for (RegionCourse c : courses) {
      sb.append('\n').append(c.region()).append('\n');
      TextTable t = new TextTable("cycle", "MBq", "doseGy", "Gy/GBq", "doseFrom", "TeffH",
          "kinetics", "G", "BEDGy", "cumGy", "cumBEDGy");
      for (CycleDose d : c.cycles()) {
        t.row(String.valueOf(d.cycle()), num(d.activityMBq(), 6), num(d.doseGy(), 4),
            num(d.gyPerGBq(), 3), d.doseProvenance(), num(d.effectiveHalfLifeH(), 4),
            d.halfLifeProvenance(), num(d.leaCatcheside(), 4), num(d.bedGy(), 4),
            num(d.cumulativeDoseGy(), 4), num(d.cumulativeBedGy(), 4));
      }
      sb.append(t.render());
      for (CycleDose d : c.cycles()) {
        double[] h = d.timePointsH();
        if (!d.method().isEmpty() || h.length > 0) {
          sb.append("  cycle ").append(d.cycle()).append(": ").append(d.method());
          if (h.length > 0) {
            StringBuilder hs = new StringBuilder();
            for (double x : h) {
              hs.append(hs.length() == 0 ? "" : ", ").append(RFormat.signif(x, 6));
            }
            sb.append(d.method().isEmpty() ? "" : "; ").append("imaged at ").append(hs)
                .append(" h");
          }
          sb.append('\n');
        }
      }
      sb.append("  cumulative dose ").append(num(c.cumulativeDoseGy(), 4)).append(" Gy");
      if (c.radiobiology() != null) {
        Radiobiology rb = c.radiobiology();
        sb.append(String.format(Locale.ROOT, "; BED %s Gy of a %s Gy limit (alpha/beta %s Gy, "
                + "T_rep %s h): margin %s Gy", num(c.cumulativeBedGy(), 4),
            num(rb.bedLimitGy(), 4), num(rb.alphaBetaGy(), 4), num(rb.repairHalfTimeH(), 4),
            num(c.marginBedGy(), 4)));
        if (c.limitExceeded()) {
          sb.append(" - LIMIT EXCEEDED");
        } else {
          sb.append(String.format(Locale.ROOT, "%n  a next cycle with the last cycle's Gy/GBq "
                  + "and kinetics reaches the limit at %s Gy, i.e. %s MBq",
              num(c.nextCycleDoseGy(), 4), num(c.nextCycleActivityMBq(), 5)));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private void json(List<RegionCourse> courses, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("regions");
      for (RegionCourse c : courses) {
        g.writeStartObject();
        g.writeStringField("region", c.region());
        g.writeNumberField("cumulativeDoseGy", c.cumulativeDoseGy());
        Radiobiology rb = c.radiobiology();
        Json.number(g, "alphaBetaGy", rb == null ? Double.NaN : rb.alphaBetaGy());
        Json.number(g, "repairHalfTimeH", rb == null ? Double.NaN : rb.repairHalfTimeH());
        Json.number(g, "bedLimitGy", rb == null ? Double.NaN : rb.bedLimitGy());
        Json.number(g, "cumulativeBedGy", c.cumulativeBedGy());
        Json.number(g, "marginBedGy", c.marginBedGy());
        if (rb == null) {
          g.writeNullField("limitExceeded");
        } else {
          g.writeBooleanField("limitExceeded", c.limitExceeded());
        }
        Json.number(g, "nextCycleDoseGy", c.nextCycleDoseGy());
        Json.number(g, "nextCycleActivityMBq", c.nextCycleActivityMBq());
        g.writeArrayFieldStart("cycles");
        for (CycleDose d : c.cycles()) {
          g.writeStartObject();
          g.writeNumberField("cycle", d.cycle());
          g.writeNumberField("activityMBq", d.activityMBq());
          g.writeNumberField("doseGy", d.doseGy());
          g.writeStringField("doseProvenance", d.doseProvenance());
          Json.number(g, "gyPerGBq", d.gyPerGBq());
          Json.number(g, "effectiveHalfLifeH", d.effectiveHalfLifeH());
          g.writeStringField("halfLifeProvenance", d.halfLifeProvenance());
          g.writeStringField("method", d.method().isEmpty() ? null : d.method());
          Json.numbers(g, "timePointsH", d.timePointsH());
          Json.number(g, "leaCatcheside", d.leaCatcheside());
          Json.number(g, "bedGy", d.bedGy());
          g.writeNumberField("cumulativeDoseGy", d.cumulativeDoseGy());
          Json.number(g, "cumulativeBedGy", d.cumulativeBedGy());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
