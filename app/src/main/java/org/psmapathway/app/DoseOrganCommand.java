package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.dosimetry.organ.OrganDose;
import org.psmapathway.dosimetry.organ.OrganDoseMethod;
import org.psmapathway.dosimetry.organ.OrganDosimetry;
import org.psmapathway.dosimetry.organ.OrganSValueTable;
import org.psmapathway.dosimetry.organ.Phantom;
import org.psmapathway.dosimetry.organ.PlausibleRange;
import org.psmapathway.dosimetry.organ.RedMarrow;
import org.psmapathway.dosimetry.organ.SalivaryGlands;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "organ",
    mixinStandardHelpOptions = true,
    description = {"Organ mean absorbed doses from time-integrated activities (MIRD schema, "
        + "self-irradiation): ICRP-110 phantom S values (OpenDose) scaled to the patient's organ "
        + "mass, with the local-energy-deposition dose beside them as a cross-check. Organs "
        + "without a shipped S value (salivary glands, red marrow, any other name) get the "
        + "local-deposition dose only, labelled so.",
        "Input columns: region, tiaMBqH (MBq·h), massG (g). Parotid and submandibular rows are "
            + "also summed into a salivary-glands row. With --injected-mbq, Gy/GBq is given and "
            + "values outside the ranges expected for Lu-177-PSMA-617 are flagged."},
    footer = {"", "Example:",
        "  ./psma dose organ --data examples/dosimetry/organ-tia.csv --injected-mbq 7400",
        "  ./psma dose organ --data examples/dosimetry/organ-tia.csv --phantom female "
            + "--blood-tia-mbqh-per-ml 0.9 --format json"})
final class DoseOrganCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per region: region, tiaMBqH, massG.")
  Path data;

  @Option(names = "--phantom", defaultValue = "male", paramLabel = "SEX",
      description = "ICRP-110 reference phantom of the S values: male or female "
          + "(default ${DEFAULT-VALUE}).")
  String phantom;

  @Option(names = "--injected-mbq", paramLabel = "MBQ",
      description = "Administered activity, MBq: adds Gy/GBq and the plausibility flags.")
  Double injectedMBq;

  @Option(names = "--blood-tia-mbqh-per-ml", paramLabel = "MBQH_PER_ML",
      description = "Time-integrated activity concentration of blood, MBq·h/mL: adds a red-marrow "
          + "row by the blood-based method (EANM; cross-dose from the body and bone lesions not "
          + "included).")
  Double bloodTia;

  @Option(names = "--haematocrit", paramLabel = "FRACTION",
      description = "Haematocrit (0-1) for RMBLR = 0.19/(1 - Hct); without it RMBLR = 1 "
          + "(small molecules such as PSMA ligands).")
  Double haematocrit;

  @Option(names = "--marrow-mass-g", paramLabel = "G",
      description = "Red-marrow mass, g (default: the phantom's ICRP 89 mass, 1170 g male, "
          + "900 g female).")
  Double marrowMassG;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** One output row: the dose and, when an activity was given, its plausibility flag. */
  private record Row(OrganDose dose, String basis, String flag) {}

  @Override
  public Integer call() throws IOException {
    Phantom ph;
    try {
      ph = Phantom.parse(phantom);
    } catch (IllegalArgumentException e) {
      throw usage("--phantom " + e.getMessage());
    }
    if (injectedMBq != null && (!(injectedMBq > 0) || injectedMBq.isInfinite())) {
      throw usage("--injected-mbq must be a positive number of MBq, got " + injectedMBq);
    }
    if (haematocrit != null && !(haematocrit > 0 && haematocrit < 1)) {
      throw usage("--haematocrit must be a fraction between 0 and 1, got " + haematocrit);
    }
    if (bloodTia == null && (haematocrit != null || marrowMassG != null)) {
      throw usage("--haematocrit and --marrow-mass-g need --blood-tia-mbqh-per-ml");
    }
    if (bloodTia != null && (!(bloodTia >= 0) || bloodTia.isInfinite())) {
      throw usage("--blood-tia-mbqh-per-ml must be a finite number >= 0, got " + bloodTia);
    }
    if (marrowMassG != null && (!(marrowMassG > 0) || marrowMassG.isInfinite())) {
      throw usage("--marrow-mass-g must be a positive number of g, got " + marrowMassG);
    }
    CsvTable table = CsvTable.read(data);
    String[] region = table.text("region");
    double[] tia = table.numbers("tiaMBqH");
    double[] mass = table.numbers("massG");
    table.check();
    Map<String, Integer> seen = new HashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      if (region[r] == null) {
        table.problem(r, "region", "column \"region\": expected a region name, got an empty cell");
      } else {
        Integer before = seen.putIfAbsent(OrganSValueTable.canonical(region[r]), r);
        if (before != null) {
          table.problem(r, "region", "column \"region\": \"" + region[r]
              + "\" appears twice (also line " + table.line(before) + ")");
        }
      }
      if (!(tia[r] >= 0) || Double.isInfinite(tia[r])) {
        table.problem(r, "tiaMBqH", "column \"tiaMBqH\": expected a time-integrated activity "
            + ">= 0 MBq·h, got " + cell(tia[r]));
      }
      if (!(mass[r] > 0) || Double.isInfinite(mass[r])) {
        table.problem(r, "massG", "column \"massG\": expected a mass > 0 g, got " + cell(mass[r]));
      }
    }
    if (bloodTia != null && seen.containsKey("red-marrow")) {
      table.problem(seen.get("red-marrow"), "region", "column \"region\": a red-marrow row and "
          + "--blood-tia-mbqh-per-ml both give the red-marrow dose: give one");
    }
    table.check();
    OrganDosimetry organs = OrganDosimetry.icrp110();
    List<Row> rows = new ArrayList<>();
    List<OrganDose> glands = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      OrganDose d = organs.dose(region[r], tia[r], mass[r], ph);
      rows.add(row(d, "voi"));
      if (SalivaryGlands.isGland(region[r])) {
        glands.add(d);
      }
    }
    if (!glands.isEmpty() && !seen.containsKey(SalivaryGlands.REGION)) {
      rows.add(row(organs.sum(SalivaryGlands.REGION, glands, ph),
          "sum of " + glands.size() + " parotid/submandibular rows"));
    }
    if (bloodTia != null) {
      double m = marrowMassG != null ? marrowMassG
          : OrganSValueTable.icrp110().find(ph, "red-marrow").orElseThrow().phantomMassG();
      double rmblr = haematocrit == null ? RedMarrow.RMBLR_SMALL_MOLECULE
          : RedMarrow.rmblrFromHaematocrit(haematocrit);
      RedMarrow.RedMarrowDose rm = RedMarrow.bloodBased(bloodTia, rmblr, m);
      rows.add(row(organs.dose("red-marrow", rm.tiaMBqH(), rm.massG(), ph),
          String.format(Locale.ROOT, "blood-based, RMBLR %s%s; cross-dose not included",
              RFormat.signif(rmblr, 6), haematocrit == null ? " (small molecule)"
                  : " = 0.19/(1 - " + haematocrit + ")")));
    }
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        json(ph, rows, out.writer());
      } else {
        out.writer().write(text(ph, rows));
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private Row row(OrganDose d, String basis) {
    String flag = null;
    if (injectedMBq != null) {
      Optional<PlausibleRange> range = PlausibleRange.forRegion(d.region());
      if (range.isPresent()) {
        flag = range.get().flag(d.gyPerGBq(injectedMBq)).orElse(null);
      }
    }
    return new Row(d, basis, flag);
  }

  private static String cell(double x) {
    return Double.isNaN(x) ? "an empty cell" : RFormat.signif(x, 15);
  }

  private String text(Phantom ph, List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("Organ doses, Lu-177, self-irradiation, ICRP-110 ")
        .append(ph == Phantom.MALE ? "adult male" : "adult female").append(" S values")
        .append(injectedMBq == null ? "" : ", " + RFormat.signif(injectedMBq, 6) + " MBq injected")
        .append("\n\n");
    TextTable t = injectedMBq == null
        ? new TextTable("region", "massG", "tiaMBqH", "meanGy", "ledGy", "led%", "method")
        : new TextTable("region", "massG", "tiaMBqH", "meanGy", "Gy/GBq", "ledGy", "led%",
            "method");
    for (Row r : rows) {
      OrganDose d = r.dose();
      List<String> c = new ArrayList<>(List.of(d.region(), RFormat.signif(d.massG(), 6),
          RFormat.signif(d.tiaMBqH(), 6), RFormat.signif(d.meanGy(), 4)));
      if (injectedMBq != null) {
        c.add(RFormat.signif(d.gyPerGBq(injectedMBq), 3));
      }
      c.add(RFormat.signif(d.ledGy(), 4));
      c.add(Double.isNaN(d.ledDifferencePercent()) ? "-"
          : String.format(Locale.ROOT, "%+.1f", d.ledDifferencePercent()));
      c.add(d.method().label());
      t.row(c.toArray(new String[0]));
    }
    sb.append(t.render());
    sb.append("\nledGy: local energy deposition (electrons only); led%: (LED - S)/S.\n");
    // a note shared by several regions (the glands' sphere note) is written once, for all of them
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!r.dose().note().isEmpty()) {
        notes.computeIfAbsent(r.dose().note(), k -> new ArrayList<>()).add(r.dose().region());
      }
    }
    notes.forEach((note, regions) ->
        sb.append(String.join(", ", regions)).append(": ").append(note).append('\n'));
    for (Row r : rows) {
      if (!r.basis().equals("voi")) {
        sb.append(r.dose().region()).append(": ").append(r.basis()).append('\n');
      }
      if (r.flag() != null) {
        sb.append(r.dose().region()).append(": flag: ").append(r.flag()).append('\n');
      }
    }
    return sb.toString();
  }

  private void json(Phantom ph, List<Row> rows, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("phantom", ph.name().toLowerCase(Locale.ROOT));
      if (injectedMBq == null) {
        g.writeNullField("injectedMBq");
      } else {
        g.writeNumberField("injectedMBq", injectedMBq);
      }
      g.writeArrayFieldStart("regions");
      for (Row r : rows) {
        OrganDose d = r.dose();
        g.writeStartObject();
        g.writeStringField("region", d.region());
        g.writeNumberField("massG", d.massG());
        g.writeNumberField("tiaMBqH", d.tiaMBqH());
        Json.number(g, "meanGy", d.meanGy());
        g.writeNullField("maxGy"); // organ-level MIRD gives a mean dose only
        Json.number(g, "gyPerGBq", injectedMBq == null ? Double.NaN : d.gyPerGBq(injectedMBq));
        Json.number(g, "ledGy", d.ledGy());
        Json.number(g, "ledDifferencePercent", d.ledDifferencePercent());
        g.writeStringField("method", d.method().label());
        Json.number(g, "sMGyPerMBqS", d.sMGyPerMBqS());
        if (d.method() == OrganDoseMethod.SPHERE_S_VALUE) {
          g.writeNullField("phantomSMGyPerMBqS");
          g.writeNullField("phantomMassG");
          g.writeStringField("sValueSource",
              "PyTheranostics soft-tissue spheres (IDAC-Dose 2.1), at the region's mass");
        } else if (d.sValue() == null) {
          g.writeNullField("phantomSMGyPerMBqS");
          g.writeNullField("phantomMassG");
          g.writeNullField("sValueSource");
        } else {
          Json.number(g, "phantomSMGyPerMBqS", d.sValue().sMGyPerMBqS());
          g.writeNumberField("phantomMassG", d.sValue().phantomMassG());
          g.writeStringField("sValueSource", d.sValue().hasSValue()
              ? "OpenDose ICRP-110 " + ph.code() + " " + d.sValue().target() + " <- "
                  + d.sValue().source()
              : null);
        }
        g.writeStringField("basis", r.basis());
        g.writeStringField("note", d.note().isEmpty() ? null : d.note());
        g.writeStringField("flag", r.flag());
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
