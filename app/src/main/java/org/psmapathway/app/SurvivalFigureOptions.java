package org.psmapathway.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.psmapathway.report.figure.FigureFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Figure options shared by {@code psma km} and {@code psma cif}. */
final class SurvivalFigureOptions {

  /** --time-unit values: the axis title says the unit. */
  enum TimeUnit { days, weeks, months, years }

  @Option(names = "--plot", paramLabel = "FILE",
      description = "Figure with the number at risk under the time axis, .svg or .png.")
  Path plot;

  @Option(names = "--time-unit", paramLabel = "UNIT",
      description = "Unit of the time column for the axis title: days, weeks, months or years.")
  TimeUnit timeUnit;

  @Option(names = "--time-step", paramLabel = "T",
      description = "Time-axis tick spacing (and risk-table times), e.g. 365 or 12; default: "
          + "chosen from the data.")
  Double timeStep;

  @Option(names = "--time-max", paramLabel = "T",
      description = "End of the time axis (default: the last follow-up).")
  Double timeMax;

  @Option(names = "--x-label", paramLabel = "TEXT", description = "Time-axis title.")
  String xLabel;

  @Option(names = "--y-label", paramLabel = "TEXT", description = "Vertical-axis title.")
  String yLabel;

  @Option(names = "--labels", split = ",", paramLabel = "LABEL",
      description = "Group names for the figure, in group order (sorted values), e.g. "
          + "Male,Female for sex coded 1,2.")
  List<String> labels = new ArrayList<>();

  /** The figure format, or null without --plot; a bad extension is a usage error. */
  FigureFormat format(CommandLine cli) {
    if (plot == null) {
      return null;
    }
    if (timeStep != null && !(timeStep > 0 && Double.isFinite(timeStep))) {
      throw new CommandLine.ParameterException(cli, "--time-step must be a positive number, got "
          + timeStep);
    }
    if (timeMax != null && !(timeMax > 0 && Double.isFinite(timeMax))) {
      throw new CommandLine.ParameterException(cli, "--time-max must be a positive number, got "
          + timeMax);
    }
    try {
      return FigureFormat.ofFileName(plot.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--plot: " + e.getMessage());
    }
  }

  /** Axis title of the time axis: --x-label, or "Time (unit)". */
  String timeTitle(String column) {
    if (xLabel != null) {
      return xLabel;
    }
    return timeUnit == null ? "Time" : "Time (" + timeUnit.name() + ")";
  }

  /** The figure label of each group: --labels when given (one per group), else {@code column = value}. */
  List<String> groupLabels(List<String> groups, String column) {
    if (labels.isEmpty()) {
      return groups.stream().map(g -> column + " = " + g).toList();
    }
    if (labels.size() != groups.size()) {
      throw new BadInputException(List.of("--labels: expected " + groups.size()
          + " labels, one per group of column \"" + column + "\" (" + String.join(", ", groups)
          + "), got " + labels.size()));
    }
    return labels;
  }

  double timeStepOrNaN() {
    return timeStep == null ? Double.NaN : timeStep;
  }

  double timeMaxOrNaN() {
    return timeMax == null ? Double.NaN : timeMax;
  }
}
