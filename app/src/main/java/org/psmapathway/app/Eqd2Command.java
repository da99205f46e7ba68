package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psmapathway.core.radiobiology.AlphaBeta;
import org.psmapathway.core.radiobiology.Fractionation;
import org.psmapathway.core.radiobiology.LinearQuadratic;
import org.psmapathway.core.text.Decimals;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eqd2",
    mixinStandardHelpOptions = true,
    description = "EQD2 and BED of a fractionation schedule (linear-quadratic model, no time factor).",
    footer = {"", "Example:", "  ./psma eqd2 --dose 70 --fractions 35 --alpha-beta 1.5",
        "  ./psma eqd2 --dose 30 --fractions 3 --alpha-beta 3 --format json"})
final class Eqd2Command implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--dose", required = true, paramLabel = "GY",
      description = "Total physical dose in Gy.")
  double doseGy;

  @Option(names = "--fractions", required = true, paramLabel = "N",
      description = "Number of fractions (≥ 1).")
  int fractions;

  @Option(names = "--alpha-beta", defaultValue = "1.5", paramLabel = "GY",
      description = "α/β in Gy (default ${DEFAULT-VALUE}: prostate cancer; 3 late rectum/bladder; "
          + "10 early-responding tissue).")
  double alphaBetaGy;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    if (fractions < 1) {
      throw usage("--fractions must be ≥ 1, got " + fractions);
    }
    if (!(doseGy > 0) || !Double.isFinite(doseGy)) {
      throw usage("--dose must be a positive number of Gy, got " + doseGy);
    }
    if (!(alphaBetaGy > 0) || !Double.isFinite(alphaBetaGy)) {
      throw usage("--alpha-beta must be a positive number of Gy, got " + alphaBetaGy);
    }
    Fractionation f = LinearQuadratic.convert(doseGy, fractions, AlphaBeta.of(alphaBetaGy));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      try (JsonGenerator json = Json.generator(out)) {
        json.writeStartObject();
        json.writeNumberField("doseGy", f.doseGy());
        json.writeNumberField("fractions", f.fractions());
        json.writeNumberField("dosePerFractionGy", f.dosePerFractionGy());
        json.writeNumberField("alphaBetaGy", f.alphaBeta().gy());
        json.writeNumberField("eqd2Gy", f.eqd2Gy());
        json.writeNumberField("bedGy", f.bedGy());
        json.writeStringField("warning", f.warning());
        json.writeEndObject();
      }
      out.println();
    } else {
      out.printf(Locale.ROOT, "%s Gy in %d fractions (%.2f Gy/fx), α/β %s Gy%n",
          Decimals.trimmed(f.doseGy()), f.fractions(), f.dosePerFractionGy(), Decimals.trimmed(alphaBetaGy));
      out.printf(Locale.ROOT, "  EQD2 %.2f Gy%n  BED  %.2f Gy%n", f.eqd2Gy(), f.bedGy());
      if (f.warning() != null) {
        out.println("  warning: " + f.warning());
      }
    }
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
