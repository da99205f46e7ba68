package org.psmapathway.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code psma dose}: Lu-177-PSMA dosimetry, one subcommand per step of the physicist's work. */
@Command(
    name = "dose",
    mixinStandardHelpOptions = true,
    description = "Lu-177-PSMA dosimetry: time-activity curves, organ, lesion and voxel doses, "
        + "doses across cycles, and tumour dose as a response predictor.",
    subcommands = {DoseTacCommand.class, DoseStpCommand.class, DoseOrganCommand.class,
        DoseLesionCommand.class, DoseCyclesCommand.class, DoseVoxelCommand.class,
        DoseInspectCommand.class, DosePredictCommand.class},
    footer = {"", "Run 'psma dose COMMAND --help' for a step's options and an example."})
final class DoseCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing dosimetry step");
  }
}
