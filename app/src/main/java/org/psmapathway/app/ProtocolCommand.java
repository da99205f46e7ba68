package org.psmapathway.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code psma protocol}: treatment protocols that adapt to the patient's course. */
@Command(
    name = "protocol",
    mixinStandardHelpOptions = true,
    description = "Adaptive treatment protocols: the protocol's plan for one patient.",
    subcommands = {LundCommand.class},
    footer = {"", "Example:", "  ./psma protocol lund examples/protocol/lund-non-responder.json"})
final class ProtocolCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing protocol name");
  }
}
