package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.dosimetry.lesion.LesionDose;
import org.psmapathway.dosimetry.lesion.SphereModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "lesion",
    mixinStandardHelpOptions = true,
    description = {"Lesion mean absorbed doses by the sphere model: Lu-177 sphere S values "
        + "(PyTheranostics/IDAC spheres, 1-60 mm radius; soft tissue 0.00431-932 g) interpolated "
        + "by log-log PCHIP at the lesion mass, with the cubic fit and local energy deposition as "
        + "cross-checks, and the total-tumour-burden dose (mass-weighted mean).",
        "Input columns: lesion, tiaMBqH (MBq·h), volumeMl (mL) and optionally meanHu: a lesion "
            + "above 100 HU is a bone lesion, with the density (1.255-1.92 g/mL) and the "
            + "soft-tissue/cortical-bone mixture S table of its HU band. A mass outside the table "
            + "is an error unless --extrapolate is given."},
    footer = {"", "Example:",
        "  ./psma dose lesion --data examples/dosimetry/lesions.csv --injected-mbq 7400",
        "  ./psma dose lesion --data examples/dosimetry/lesions.csv --format json"})
final class DoseLesionCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per lesion: lesion, tiaMBqH, volumeMl [, meanHu].")
  Path data;

  @Option(names = "--injected-mbq", paramLabel = "MBQ",
      description = "Administered activity, MBq: adds Gy/GBq.")
  Double injectedMBq;

  @Option(names = "--extrapolate",
      description = "Extend the log-log interpolant beyond the table's masses (not validated).")
  boolean extrapolate;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    if (injectedMBq != null && (!(injectedMBq > 0) || injectedMBq.isInfinite())) {
      throw usage("--injected-mbq must be a positive number of MBq, got " + injectedMBq);
    }
    CsvTable table = CsvTable.read(data);
    String[] name = table.text("lesion");
    double[] tia = table.numbers("tiaMBqH");
    double[] volume = table.numbers("volumeMl");
    double[] hu = table.has("meanHu") ? table.numbers("meanHu") : null;
    table.check();
    Map<String, Integer> seen = new HashMap<>();
    SphereModel model = new SphereModel(extrapolate);
    List<LesionDose> doses = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      boolean ok = true;
      if (name[r] == null) {
        table.problem(r, "lesion", "column \"lesion\": expected a lesion name, got an empty cell");
        ok = false;
      } else {
        Integer before = seen.putIfAbsent(name[r], r);
        if (before != null) {
          table.problem(r, "lesion", "column \"lesion\": \"" + name[r]
              + "\" appears twice (also line " + table.line(before) + ")");
          ok = false;
        }
      }
      if (!(tia[r] >= 0) || Double.isInfinite(tia[r])) {
        table.problem(r, "tiaMBqH", "column \"tiaMBqH\": expected a time-integrated activity "
            + ">= 0 MBq·h, got " + cell(tia[r]));
        ok = false;
      }
      if (!(volume[r] > 0) || Double.isInfinite(volume[r])) {
        table.problem(r, "volumeMl", "column \"volumeMl\": expected a volume > 0 mL, got "
            + cell(volume[r]));
        ok = false;
      }
      double h = hu == null ? Double.NaN : hu[r];
      if (Double.isInfinite(h)) {
        table.problem(r, "meanHu", "column \"meanHu\": expected a finite mean HU or an empty cell");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      try {
        doses.add(model.dose(name[r], tia[r], volume[r], h));
      } catch (IllegalArgumentException e) {
        table.problem(r, "volumeMl", "column \"volumeMl\": " + e.getMessage() + " (--extrapolate)");
      }
    }
    table.check();
    if (doses.isEmpty()) {
      throw new BadInputException(List.of(table.file() + ": no lesion rows"));
    }
    double ttb = SphereModel.tumourBurdenGy(doses);
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(doses, ttb, out.writer());
      } else {
        out.writer().write(text(doses, ttb));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private double perGBq(double gy) {
    return injectedMBq == null ? Double.NaN : gy / (injectedMBq / 1000.0);
  }

  private static String percent(double x) {
    return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%+.2f", x);
  }

  private static String cell(double x) {
    return Double.isNaN(x) ? "an empty cell" : RFormat.signif(x, 15);
  }

  private static double totalMass(List<LesionDose> doses) {
    double m = 0;
    for (LesionDose d : doses) {
      m += d.massG();
    }
    return m;
  }

  private String text(List<LesionDose> doses, double ttb) {
    StringBuilder sb = new StringBuilder("Lesion doses, Lu-177, sphere model (S values of the "
        + "lesion's tissue, log-log PCHIP)" + (injectedMBq == null ? "" : ", "
        + RFormat.signif(injectedMBq, 6) + " MBq injected") + "\n\n");
    TextTable t = injectedMBq == null
        ? new TextTable("lesion", "volumeMl", "tissue", "massG", "tiaMBqH", "meanGy", "fit%",
            "mix%", "ledGy")
        : new TextTable("lesion", "volumeMl", "tissue", "massG", "tiaMBqH", "meanGy", "Gy/GBq",
            "fit%", "mix%", "ledGy");
    for (LesionDose d : doses) {
      List<String> c = new ArrayList<>(List.of(d.lesion() + (d.extrapolated() ? " *" : ""),
          RFormat.signif(d.volumeMl(), 6), d.tissue().composition(), RFormat.signif(d.massG(), 5),
          RFormat.signif(d.tiaMBqH(), 6), RFormat.signif(d.meanGy(), 4)));
      if (injectedMBq != null) {
        c.add(RFormat.signif(perGBq(d.meanGy()), 3));
      }
      c.add(percent(d.fitDifferencePercent()));
      c.add(percent(d.compositionEffectPercent()));
      c.add(RFormat.signif(d.ledGy(), 4));
      t.row(c.toArray(new String[0]));
    }
    sb.append(t.render()).append('\n');
    sb.append("Total tumour burden: ").append(doses.size()).append(" lesions, ")
        .append(RFormat.signif(totalMass(doses), 5)).append(" g, mass-weighted mean ")
        .append(RFormat.signif(ttb, 4)).append(" Gy")
        .append(injectedMBq == null ? "" : " (" + RFormat.signif(perGBq(ttb), 3) + " Gy/GBq)")
        .append("\n\ntissue: soft tissue/cortical bone by mean HU (density 1.03-1.92 g/mL); fit%: "
            + "cubic fit vs PCHIP (soft tissue); mix%: bone-mixture S vs soft-tissue S at the same "
            + "mass (bone lesions); ledGy: local energy deposition (electrons only).\n");
    if (doses.stream().anyMatch(LesionDose::extrapolated)) {
      sb.append("* mass outside its tissue's S-value table: extrapolated.\n");
    }
    return sb.toString();
  }

  private void json(List<LesionDose> doses, double ttb, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      if (injectedMBq == null) {
        g.writeNullField("injectedMBq");
      } else {
        g.writeNumberField("injectedMBq", injectedMBq);
      }
      g.writeArrayFieldStart("lesions");
      for (LesionDose d : doses) {
        g.writeStartObject();
        g.writeStringField("lesion", d.lesion());
        g.writeNumberField("tiaMBqH", d.tiaMBqH());
        g.writeNumberField("volumeMl", d.volumeMl());
        Json.number(g, "meanHu", d.meanHu());
        g.writeStringField("composition", d.tissue().composition());
        g.writeNumberField("densityGPerMl", d.tissue().densityGPerMl());
        g.writeNumberField("massG", d.massG());
        g.writeNumberField("sMGyPerMBqH", d.sMGyPerMBqH());
        g.writeNumberField("meanGy", d.meanGy());
        Json.number(g, "gyPerGBq", perGBq(d.meanGy()));
        Json.number(g, "cubicFitGy", d.cubicFitGy());
        Json.number(g, "fitDifferencePercent", d.fitDifferencePercent());
        Json.number(g, "softTissueGy", d.softTissueGy());
        Json.number(g, "compositionEffectPercent", d.compositionEffectPercent());
        g.writeNumberField("ledGy", d.ledGy());
        g.writeStringField("method", d.tissue().isBone() ? "sphere-bone-mixture" : "sphere");
        g.writeBooleanField("extrapolated", d.extrapolated());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("tumourBurden");
      g.writeNumberField("lesions", doses.size());
      g.writeNumberField("massG", totalMass(doses));
      g.writeNumberField("meanGy", ttb);
      Json.number(g, "gyPerGBq", perGBq(ttb));
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
