package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.dosimetry.response.DoseResponseAnalysis;
import org.psmapathway.dosimetry.response.DoseResponseResult;
import org.psmapathway.dosimetry.response.FittedDoseResponse;
import org.psmapathway.dosimetry.response.PsaResponse;
import org.psmapathway.report.dosimetry.DoseMarker;
import org.psmapathway.report.dosimetry.DoseResponsePlot;
import org.psmapathway.report.dosimetry.PsaWaterfallPlot;
import org.psmapathway.report.dosimetry.ResponseBand;
import org.psmapathway.report.dosimetry.WaterfallBar;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {"Tumour absorbed dose after cycle 1 as a predictor of PSA response (seed 002, "
        + "LUDO): logistic regression (OR per Gy, Wald CI, likelihood-ratio p, D50), ROC AUC "
        + "with DeLong CI, the Youden cut and a pre-specified cut with sensitivity, specificity, "
        + "PPV and NPV (exact CIs), Mann-Whitney test of dose by response.",
        "The response is a 0/1 (or true/false) column, or PCWG3 PSA50 computed from a PSA series "
            + "(--psa; an unconfirmed decline counts as no response). Rows without a dose or a "
            + "response are dropped and counted.",
        "A model output for research, not a treatment decision."},
    footer = {"", "Examples:",
        "  ./psma dose predict --data examples/dosimetry/dose_response_cohort.csv "
            + "--dose-column tumour_dose_gy --response-column psa50 --plot dose-response.svg "
            + "--waterfall waterfall.svg --psa-change-column psa_change_pct",
        "  ./psma dose predict --data examples/dosimetry/dose_response_cohort.csv "
            + "--dose-column tumour_dose_gy --psa examples/dosimetry/dose_response_psa.csv "
            + "--format json"})
final class DosePredictCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "Cohort, one row per patient, with a header row.")
  Path data;

  @Option(names = "--dose-column", required = true, paramLabel = "COLUMN",
      description = "Tumour absorbed dose after cycle 1, Gy.")
  String doseColumn;

  @Option(names = "--response-column", paramLabel = "COLUMN",
      description = "PSA response: 1/0 or true/false (empty or NA = missing).")
  String responseColumn;

  @Option(names = "--psa", paramLabel = "FILE.csv",
      description = "Instead of --response-column: PSA series, columns patient, date, psa_ng_ml "
          + "(\"<x\" below detection); PCWG3 PSA50 from the cycle-1 date.")
  Path psa;

  @Option(names = "--patient-column", defaultValue = "patient", paramLabel = "COLUMN",
      description = "Cohort column naming the patient, as in the PSA file (default "
          + "${DEFAULT-VALUE}).")
  String patientColumn;

  @Option(names = "--cycle1-column", defaultValue = "cycle1_date", paramLabel = "COLUMN",
      description = "Cohort column with the date of cycle 1, yyyy-mm-dd; the PSA baseline is the "
          + "last value on or before it (default ${DEFAULT-VALUE}).")
  String cycle1Column;

  @Option(names = "--psa-change-column", paramLabel = "COLUMN",
      description = "Best %% PSA change from baseline for the waterfall (default with --psa: "
          + "computed from the series).")
  String changeColumn;

  @Option(names = "--threshold", defaultValue = "10", paramLabel = "GY",
      description = "Pre-specified cut, dose ≥ cut predicts response (default ${DEFAULT-VALUE} "
          + "Gy, Violet et al. J Nucl Med 2019).")
  double threshold;

  @Option(names = "--plot", paramLabel = "FILE",
      description = "Dose-response figure, .svg or .png.")
  Path plot;

  @Option(names = "--waterfall", paramLabel = "FILE",
      description = "PSA waterfall coloured by dose ≥/< the threshold, .svg or .png.")
  Path waterfall;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    if ((responseColumn == null) == (psa == null)) {
      throw usage("give either --response-column or --psa, not " + (psa == null ? "neither"
          : "both"));
    }
    if (!Double.isFinite(threshold) || threshold < 0) {
      throw usage("--threshold must be a dose ≥ 0 Gy, got " + threshold);
    }
    FigureFormat plotFormat = figureFormat("--plot", plot);
    FigureFormat waterfallFormat = figureFormat("--waterfall", waterfall);
    if (waterfall != null && changeColumn == null && psa == null) {
      throw usage("--waterfall needs --psa-change-column or --psa");
    }
    Map<String, List<PsaValue>> series = psa == null ? null : PsaSeriesInput.read(psa);
    CsvTable table = CsvTable.read(data);
    int n = table.rowCount();
    double[] dose = table.numbers(doseColumn);
    double[] change = changeColumn == null ? null : table.numbers(changeColumn);
    String[] patients = table.has(patientColumn) || psa != null ? table.text(patientColumn)
        : null;
    double[] response;
    int withoutSeries = 0;
    if (psa == null) {
      response = responses(table);
    } else {
      String[] starts = table.text(cycle1Column);
      table.check();
      response = new double[n];
      double[] fromSeries = new double[n];
      for (int r = 0; r < n; r++) {
        LocalDate start = PsaSeriesInput.date(table, r, cycle1Column, starts[r]);
        List<PsaValue> values = patients[r] == null ? null : series.get(patients[r]);
        if (start == null || values == null) {
          withoutSeries += values == null ? 1 : 0;
          response[r] = Double.NaN;
          fromSeries[r] = Double.NaN;
          continue;
        }
        PsaResponse pr = PsaResponse.of(start, values);
        response[r] = pr.response();
        fromSeries[r] = pr.bestChangePercent();
      }
      change = change == null ? fromSeries : change;
    }
    if (dose != null) {
      for (int r = 0; r < n; r++) {
        if (dose[r] < 0 || Double.isInfinite(dose[r])) {
          table.problem(r, doseColumn, "column \"" + doseColumn + "\": expected a dose ≥ 0 Gy, got "
              + dose[r]);
        }
      }
    }
    table.check();
    DoseResponseResult result;
    try {
      result = DoseResponseAnalysis.analyse(dose, response, threshold);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(table.file() + ": " + e.getMessage()));
    }

    Map<Path, byte[]> figures = new LinkedHashMap<>();
    if (plot != null) {
      figures.put(plot, FigureWriter.render(doseResponsePlot(dose, response, result), plotFormat));
    }
    if (waterfall != null) {
      List<WaterfallBar> bars = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (!Double.isNaN(dose[r]) && !Double.isNaN(change[r])) {
          if (change[r] < -100) {
            throw new BadInputException(List.of(table.where(r, changeColumn) + ": a PSA change"
                + " below -100 % is impossible, got " + change[r]));
          }
          bars.add(new WaterfallBar(patients == null ? "row " + (r + 1) : patients[r],
              change[r], dose[r] >= threshold));
        }
      }
      if (bars.isEmpty()) {
        throw new BadInputException(List.of(table.file() + ": no patient has both a dose and a"
            + " PSA change for the waterfall"));
      }
      figures.put(waterfall, FigureWriter.render(
          new PsaWaterfallPlot(bars, DosePredictReport.gy(threshold) + " Gy"), waterfallFormat));
    }
    DosePredictReport report = new DosePredictReport(doseColumn,
        psa == null ? responseColumn : "PCWG3 PSA50 from " + psa.getFileName(), result,
        withoutSeries);
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        report.json(out.writer());
      } else {
        out.writer().write(report.text());
      }
      PendingFiles.writeAll(figures);
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  /** 1/0 or true/false (any case); empty or NA missing; anything else a problem at its cell. */
  private double[] responses(CsvTable table) {
    double[] y = table.numbersIfAll(responseColumn);
    if (y != null) {
      for (int r = 0; r < y.length; r++) {
        if (!Double.isNaN(y[r]) && y[r] != 0 && y[r] != 1) {
          table.problem(r, responseColumn, "column \"" + responseColumn
              + "\": expected 1/0 or true/false, got " + table.text(responseColumn)[r]);
        }
      }
      return y;
    }
    String[] cells = table.text(responseColumn);
    if (cells == null) {
      return null;
    }
    y = new double[cells.length];
    for (int r = 0; r < cells.length; r++) {
      String c = cells[r] == null ? null : cells[r].toLowerCase(Locale.ROOT);
      if (c == null) {
        y[r] = Double.NaN;
      } else if (c.equals("true") || c.equals("1")) {
        y[r] = 1;
      } else if (c.equals("false") || c.equals("0")) {
        y[r] = 0;
      } else {
        y[r] = Double.NaN;
        table.problem(r, responseColumn, "column \"" + responseColumn
            + "\": expected 1/0 or true/false, got " + cells[r]);
      }
    }
    return y;
  }

  private DoseResponsePlot doseResponsePlot(double[] dose, double[] response,
      DoseResponseResult r) {
    int m = r.observations();
    double[] d = new double[m];
    double[] y = new double[m];
    for (int i = 0, k = 0; i < dose.length; i++) {
      if (!Double.isNaN(dose[i]) && !Double.isNaN(response[i])) {
        d[k] = dose[i];
        y[k++] = response[i];
      }
    }
    FittedDoseResponse curve = r.curve();
    ResponseBand band = g -> {
      FittedDoseResponse.Point p = curve.at(g, 0.95);
      return new ResponseBand.Point(p.probability(), p.lower(), p.upper());
    };
    List<DoseMarker> cuts = new ArrayList<>();
    cuts.add(new DoseMarker("Pre-specified " + DosePredictReport.gy(threshold) + " Gy",
        threshold));
    if (Double.isFinite(r.youdenCutGy()) && r.youdenCutGy() != threshold) {
      cuts.add(new DoseMarker("Youden " + DosePredictReport.gy(r.youdenCutGy()) + " Gy",
          r.youdenCutGy()));
    }
    return new DoseResponsePlot(d, y, band, r.d50Gy(), cuts,
        "Tumour absorbed dose after cycle 1 (Gy)");
  }

  private FigureFormat figureFormat(String option, Path file) {
    if (file == null) {
      return null;
    }
    try {
      return FigureFormat.ofFileName(file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw usage(option + ": " + e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
