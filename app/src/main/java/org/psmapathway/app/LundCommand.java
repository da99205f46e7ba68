package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.core.protocol.LundPlan;
import org.psmapathway.core.protocol.LundProtocol;
import org.psmapathway.core.protocol.LundSettings;
import org.psmapathway.core.protocol.ProtocolInputException;
import org.psmapathway.core.protocol.ResponderRule;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code psma protocol lund}: the adaptive salvage-RT protocol of NCT02699424 (Lund). */
@Command(
    name = "lund",
    mixinStandardHelpOptions = true,
    description = {"Adaptive salvage RT of NCT02699424 (Lund): PSA responder or non-responder",
        "after 25 fractions (50 Gy), then the protocol's plan with the EQD2 of every target and",
        "the PSA follow-up schedule. The registry states no responder threshold: it is a setting."},
    footer = {"", "Example:", "  ./psma protocol lund examples/protocol/lund-non-responder.json",
        "  ./psma protocol lund --responder-rule decay-rate --threshold 0.01 --format json "
            + "examples/protocol/lund-responder.json"})
final class LundCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "PATIENT.json", description = "One patient record.")
  Path file;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--responder-rule", defaultValue = "fraction-of-baseline",
      paramLabel = "fraction-of-baseline|decay-rate",
      description = "PSA metric at the decision point (default ${DEFAULT-VALUE}).")
  String rule;

  @Option(names = "--threshold", paramLabel = "X",
      description = "Responder threshold: ratio to the pre-RT PSA (default 1.0 = any decline) "
          + "or decay rate k per day (no default: required with decay-rate).")
  Double threshold;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Date the record is read on (default: today); later dates are rejected.")
  LocalDate asOf;

  private final Clock clock;

  LundCommand() {
    this(Clock.systemDefaultZone());
  }

  LundCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    LundSettings settings = settings();
    List<String> problems = new ArrayList<>();
    PatientRecord record = PatientFiles.read(file,
        new PatientRecordReader(asOf != null ? asOf : LocalDate.now(clock)), problems);
    if (record == null) {
      throw new BadInputException(problems);
    }
    LundPlan plan;
    try {
      plan = LundProtocol.plan(record, settings);
    } catch (ProtocolInputException e) {
      throw new BadInputException(List.of(file + ": " + e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      try (JsonGenerator g = Json.generator(out)) {
        g.useDefaultPrettyPrinter();
        LundPlanJson.write(g, plan);
      }
      out.println();
    } else {
      out.print(LundPlanText.of(plan));
    }
    return 0;
  }

  private LundSettings settings() {
    ResponderRule r = null;
    for (ResponderRule candidate : ResponderRule.values()) {
      if (candidate.code().equals(rule)) {
        r = candidate;
      }
    }
    if (r == null) {
      throw usage("--responder-rule must be fraction-of-baseline or decay-rate, got " + rule);
    }
    if (r == ResponderRule.DECAY_RATE && threshold == null) {
      throw usage("--responder-rule decay-rate needs --threshold (k per day): the protocol"
          + " publishes no value");
    }
    double t = threshold != null ? threshold : LundSettings.defaults().threshold();
    try {
      return LundSettings.defaults().withRule(r, t);
    } catch (IllegalArgumentException e) {
      throw usage("--threshold: " + e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
