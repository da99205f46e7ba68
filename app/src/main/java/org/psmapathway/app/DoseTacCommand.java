package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.dosimetry.Lutetium177;
import org.psmapathway.dosimetry.kinetics.FittedParameter;
import org.psmapathway.dosimetry.kinetics.KineticsOptions;
import org.psmapathway.dosimetry.kinetics.ModelCandidate;
import org.psmapathway.dosimetry.kinetics.ModelChoice;
import org.psmapathway.dosimetry.kinetics.TiaResult;
import org.psmapathway.dosimetry.kinetics.TimeActivityCurve;
import org.psmapathway.dosimetry.kinetics.TimeActivityException;
import org.psmapathway.dosimetry.kinetics.TimeIntegratedActivity;
import org.psmapathway.dosimetry.kinetics.TrapezoidHead;
import org.psmapathway.dosimetry.kinetics.TrapezoidTail;
import org.psmapathway.dosimetry.kinetics.Weighting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "tac",
    mixinStandardHelpOptions = true,
    description = {"Time-integrated activity (MBq·h) of each region from serial activity "
        + "measurements: mono-, bi- or uptake bi-exponential fit (weighted least squares, clearance "
        + "never slower than physical decay), chosen by AICc, or the trapezoid with a tail.",
        "CSV columns: region, hours (after injection), MBq (not decay-corrected) [, massG]. "
            + "One fit per region; rows of a region in any order."},
    footer = {"", "Examples:",
        "  ./psma dose tac --data examples/dosimetry/tac.csv",
        "  ./psma dose tac --data examples/dosimetry/tac.csv --model bi-uptake --injected-mbq 7210 "
            + "--format json"})
final class DoseTacCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "Columns region, hours, MBq [, massG]; one row per measurement.")
  Path data;

  @Option(names = "--model", defaultValue = "auto", paramLabel = "MODEL",
      description = "auto (AICc), mono, bi, bi-uptake or trapezoid (default ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--weighting", defaultValue = "relative", paramLabel = "W",
      description = "Fit weights: relative (σ ∝ A), poisson (σ ∝ √A) or absolute "
          + "(default ${DEFAULT-VALUE}).")
  String weighting;

  @Option(names = "--head", defaultValue = "zero", paramLabel = "HEAD",
      description = "Trapezoid before the first point: zero (A(0)=0), constant (A(0)=A(t1)) or "
          + "mono (back-extrapolated) (default ${DEFAULT-VALUE}).")
  String head;

  @Option(names = "--tail", defaultValue = "last-two", paramLabel = "TAIL",
      description = "Trapezoid after the last point: last-two (clearance of the last two points, "
          + "at least physical decay) or physical (default ${DEFAULT-VALUE}).")
  String tail;

  @Option(names = "--half-life-h", paramLabel = "H",
      description = "Physical half-life in hours (default Lu-177, 159.528 h).")
  Double halfLifeH;

  @Option(names = "--injected-mbq", paramLabel = "MBQ",
      description = "Injected activity; adds the residence time TIA / injected activity (h).")
  Double injectedMbq;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  private record Region(String name, List<Integer> rows, double massG) {}

  @Override
  public Integer call() throws IOException {
    ModelChoice choice = parse(() -> ModelChoice.ofLabel(model));
    KineticsOptions options;
    try {
      options = KineticsOptions.lutetium177()
          .withWeighting(Weighting.ofLabel(weighting))
          .withTrapezoid(TrapezoidHead.ofLabel(head), TrapezoidTail.ofLabel(tail))
          .withPhysicalHalfLifeH(halfLifeH == null ? Lutetium177.HALF_LIFE_HOURS : halfLifeH)
          .withInjectedMBq(injectedMbq == null ? Double.NaN : injectedMbq);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    CsvTable table = CsvTable.read(data);
    String[] region = table.text("region");
    double[] hours = table.numbers("hours");
    double[] mbq = table.numbers("MBq");
    double[] mass = table.has("massG") ? table.numbers("massG") : null;
    table.check();
    List<Region> regions = group(table, region, hours, mbq, mass);
    table.check();
    List<TiaResult> results = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Region r : regions) {
      double[] t = new double[r.rows().size()];
      double[] a = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        t[i] = hours[r.rows().get(i)];
        a[i] = mbq[r.rows().get(i)];
      }
      try {
        results.add(TimeIntegratedActivity.integrate(TimeActivityCurve.of(r.name(), t, a), choice,
            options));
      } catch (TimeActivityException e) {
        String where = e.row() >= 0
            ? table.where(r.rows().get(e.row()), "mbq".equals(e.column()) ? "MBq" : e.column())
            : table.file();
        problems.add(where + ": region \"" + r.name() + "\": " + e.problem());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(results, regions, options, out.writer());
      } else {
        out.writer().write(text(results, regions, options));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** Rows by region, in order of first appearance; a missing cell or a second mass is a problem. */
  private static List<Region> group(CsvTable table, String[] region, double[] hours, double[] mbq,
      double[] mass) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    Map<String, Double> masses = new LinkedHashMap<>();
    for (int i = 0; i < table.rowCount(); i++) {
      if (region[i] == null) {
        table.problem(i, "region", "column \"region\": missing region name");
        continue;
      }
      if (Double.isNaN(hours[i])) {
        table.problem(i, "hours", "column \"hours\": missing time");
      }
      if (Double.isNaN(mbq[i])) {
        table.problem(i, "MBq", "column \"MBq\": missing activity");
      }
      rows.computeIfAbsent(region[i], k -> new ArrayList<>()).add(i);
      if (mass != null && !Double.isNaN(mass[i])) {
        if (!(mass[i] > 0) || Double.isInfinite(mass[i])) {
          table.problem(i, "massG", "column \"massG\": expected a mass > 0 g, got " + mass[i]);
        }
        Double before = masses.putIfAbsent(region[i], mass[i]);
        if (before != null && before != mass[i]) {
          table.problem(i, "massG", "column \"massG\": region \"" + region[i] + "\" has mass "
              + before + " g on an earlier row; expected one mass per region");
        }
      }
    }
    List<Region> out = new ArrayList<>();
    rows.forEach((name, r) -> out.add(new Region(name, r, masses.getOrDefault(name, Double.NaN))));
    return out;
  }

  private String text(List<TiaResult> results, List<Region> regions, KineticsOptions o) {
    StringBuilder sb = new StringBuilder();
    sb.append("Time-integrated activity, physical half-life ")
        .append(RFormat.signif(o.physicalHalfLifeH(), 6)).append(" h, weighting ")
        .append(o.weighting().label()).append(", trapezoid head ").append(o.head().label())
        .append(" / tail ").append(o.tail().label()).append('\n');
    for (int i = 0; i < results.size(); i++) {
      TiaResult r = results.get(i);
      sb.append('\n').append(r.region()).append(": ").append(r.model())
          .append(model.equals("auto") ? " (auto)" : "").append('\n');
      TextTable params = new TextTable("  parameter", "unit", "value", "SE", "CV%");
      for (FittedParameter p : r.parameters()) {
        params.row("  " + p.name(), p.unit(), RFormat.signif(p.value(), 6),
            RFormat.signif(p.standardError(), 4), RFormat.signif(p.cvPercent(), 3));
      }
      sb.append(params.render());
      sb.append("  TIA ").append(RFormat.signif(r.tiaMBqH(), 6)).append(" MBq·h");
      if (!Double.isNaN(r.tiaStandardError())) {
        sb.append(" (SE ").append(RFormat.signif(r.tiaStandardError(), 4)).append(')');
      }
      if (r.residenceTimeH().isPresent()) {
        sb.append(", residence time ").append(RFormat.signif(r.residenceTimeH().getAsDouble(), 6))
            .append(" h");
      }
      double massG = regions.get(i).massG();
      if (!Double.isNaN(massG)) {
        sb.append(", mass ").append(RFormat.signif(massG, 6)).append(" g");
      }
      sb.append('\n');
      if (r.fit() != null) {
        sb.append("  AICc ").append(RFormat.signif(r.aicc(), 5)).append(", R² ")
            .append(RFormat.signif(r.rSquared(), 5)).append(", max |corr| ")
            .append(RFormat.signif(r.maxAbsCorrelation(), 3)).append(", ")
            .append(r.fit().points()).append(" points\n");
      }
      for (ModelCandidate c : r.candidates()) {
        sb.append("  candidate ").append(c.model().label()).append(": ")
            .append(c.note() == null ? "AICc " + RFormat.signif(c.aicc(), 5) : c.note())
            .append('\n');
      }
      for (String f : r.flags()) {
        sb.append("  flag: ").append(f).append('\n');
      }
    }
    return sb.toString();
  }

  private static void json(List<TiaResult> results, List<Region> regions, KineticsOptions o,
      Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      for (int i = 0; i < results.size(); i++) {
        TiaResult r = results.get(i);
        g.writeStartObject();
        g.writeStringField("region", r.region());
        g.writeStringField("model", r.model());
        g.writeObjectFieldStart("parameters");
        for (FittedParameter p : r.parameters()) {
          Json.number(g, p.name(), p.value());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("standardErrors");
        for (FittedParameter p : r.parameters()) {
          Json.number(g, p.name(), p.standardError());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("cvPercent");
        for (FittedParameter p : r.parameters()) {
          Json.number(g, p.name(), p.cvPercent());
        }
        g.writeEndObject();
        Json.number(g, "aicc", r.aicc());
        Json.number(g, "tiaMBqH", r.tiaMBqH());
        Json.number(g, "tiaStandardError", r.tiaStandardError());
        Json.number(g, "residenceTimeH", r.residenceTimeH().orElse(Double.NaN));
        Json.number(g, "massG", regions.get(i).massG());
        Json.number(g, "rSquared", r.rSquared());
        Json.number(g, "maxAbsCorrelation", r.maxAbsCorrelation());
        g.writeArrayFieldStart("flags");
        for (String f : r.flags()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("candidates");
        for (ModelCandidate c : r.candidates()) {
          g.writeStartObject();
          g.writeStringField("model", c.model().label());
          Json.number(g, "aicc", c.aicc());
          g.writeStringField("note", c.note());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("points", regions.get(i).rows().size());
        g.writeStringField("weighting", o.weighting().label());
        g.writeNumberField("physicalHalfLifeH", o.physicalHalfLifeH());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write(System.lineSeparator());
  }

  private <T> T parse(Supplier<T> label) {
    try {
      return label.get();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
