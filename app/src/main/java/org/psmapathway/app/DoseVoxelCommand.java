package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psmapathway.dosimetry.Lutetium177;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.image.nifti.NiftiWriter;
import org.psmapathway.dosimetry.voxel.DoseVolumeHistogram;
import org.psmapathway.dosimetry.voxel.KernelNormalisation;
import org.psmapathway.dosimetry.voxel.RegionDose;
import org.psmapathway.dosimetry.voxel.VoiStatistics;
import org.psmapathway.dosimetry.voxel.VoxelDose;
import org.psmapathway.dosimetry.voxel.VoxelDoseMethod;
import org.psmapathway.dosimetry.voxel.VoxelTimeIntegration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code psma dose voxel}: a dose map and per-region dose statistics from serial quantitative SPECT. */
@Command(
    name = "voxel",
    mixinStandardHelpOptions = true,
    description = {"Voxel dosimetry from quantitative SPECT activity maps (Bq/mL, not decay-corrected) "
        + "at several times after injection: time-integrated activity per voxel (uptake head, "
        + "trapezoids, tail from the last two points), dose by 177Lu voxel-S-value kernel convolution "
        + "or local energy deposition, density from CT when given, and per-region mean, max, D2, D50, "
        + "D98 and a cumulative DVH from a label mask (0 = background).",
        "The dose map (Gy, float32 NIfTI) and the report appear only when the whole run succeeded."},
    footer = {"", "Example:",
        "  ./psma dose voxel --spect examples/dosimetry/spect-4h.nii.gz,examples/dosimetry/spect-24h.nii.gz,"
            + "examples/dosimetry/spect-96h.nii.gz --hours 4,24,96 --ct examples/dosimetry/ct.nii.gz "
            + "--voi examples/dosimetry/voi.nii.gz --out dose.nii.gz",
        "", "Method, kernels and their normalisation: docs/dosimetry.md, section \"Voxel dosimetry\"."})
final class DoseVoxelCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--spect", required = true, split = ",", paramLabel = "FILE",
      description = "Activity maps in Bq/mL, one per time point, comma-separated: NIfTI (.nii, "
          + ".nii.gz) or DICOM NM/PT (a file or a series folder; decay correction to the "
          + "administration is undone, notes on standard error).")
  List<Path> spect;

  @Option(names = "--hours", required = true, split = ",", paramLabel = "H",
      description = "Hours after injection of each map, increasing.")
  List<Double> hours;

  @Option(names = "--ct", paramLabel = "FILE",
      description = "CT in HU on the SPECT grid: voxel density ρ = 1 + max(HU, 0)/1000 g/mL (≤ 1.92); "
          + "without it 1.04 g/mL.")
  Path ct;

  @Option(names = "--voi", required = true, paramLabel = "FILE",
      description = "Volumes of interest on the SPECT grid: NIfTI labels (0 = background, 1, 2, … "
          + "regions), DICOM SEG (segment number = label) or RT Structure Set (ROIs in file order).")
  Path voi;

  @Option(names = "--region-names", split = ",", paramLabel = "LABEL=NAME",
      description = "Names for the mask's labels, e.g. 1=kidney-left,2=kidney-right,3=lesion-1 "
          + "(default: the segment or ROI names of a DICOM SEG / RT Structure Set, else the label "
          + "number).")
  Map<Integer, String> regionNames;

  /** Label → name shown as "region": --region-names over the names the VOI file gives. */
  private final Map<Integer, String> labelNames = new HashMap<>();

  @Option(names = "--method", defaultValue = "kernel", paramLabel = "METHOD",
      description = "kernel (voxel-S-value convolution, default) or led (local energy deposition).")
  String method;

  @Option(names = "--normalisation", defaultValue = "published", paramLabel = "NORM",
      description = "Kernel total: published (Lanconelli 2012 as is, default) or electron-energy "
          + "(rescaled so a uniform activity gets the LED dose).")
  String normalisation;

  @Option(names = "--no-density-correction",
      description = "With --ct and the kernel method, do not scale dose by 1.04/ρ(HU).")
  boolean noDensityCorrection;

  @Option(names = "--half-life-h", defaultValue = "159.528", paramLabel = "H",
      description = "Physical half-life of 177Lu for the tail, hours (default ${DEFAULT-VALUE}).")
  double halfLifeHours;

  @Option(names = "--injected-mbq", paramLabel = "MBQ",
      description = "Administered activity; adds Gy/GBq per region.")
  Double injectedMBq;

  @Option(names = "--out", required = true, paramLabel = "FILE.nii.gz",
      description = "Dose map to write (Gy, float32 NIfTI; .nii.gz compressed).")
  Path out;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}; json includes the DVH).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    VoxelDoseMethod m = switch (method) {
      case "kernel" -> VoxelDoseMethod.KERNEL;
      case "led" -> VoxelDoseMethod.LED;
      default -> throw usage("--method must be kernel or led, got " + method);
    };
    KernelNormalisation norm;
    try {
      norm = KernelNormalisation.of(normalisation);
    } catch (IllegalArgumentException e) {
      throw usage("--normalisation must be published or electron-energy, got " + normalisation);
    }
    if (spect.size() != hours.size()) {
      throw usage(spect.size() + " --spect files but " + hours.size() + " --hours");
    }
    if (!(halfLifeHours > 0) || Double.isInfinite(halfLifeHours)) {
      throw usage("--half-life-h must be a positive number of hours, got " + halfLifeHours);
    }
    if (injectedMBq != null && !(injectedMBq > 0 && Double.isFinite(injectedMBq))) {
      throw usage("--injected-mbq must be a positive number, got " + injectedMBq);
    }
    Progress progress = Progress.onTerminal("steps");
    int steps = spect.size() + 4;
    int step = 0;
    List<ImageVolume> maps = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path p : spect) {
      maps.add(ImageFiles.openActivity(p, spec.commandLine().getErr()));
      names.add(p.toString());
      progress.update(++step, (double) step / steps);
    }
    double[] h = hours.stream().mapToDouble(Double::doubleValue).toArray();
    ImageVolume tia = dosimetry(() -> VoxelTimeIntegration.tiaMBqH(maps, h, halfLifeHours, names));
    progress.update(++step, (double) step / steps);
    ImageVolume ctHu = ct == null ? null : ImageFiles.open(ct, "HU");
    double[] rho = dosimetry(() -> VoxelDose.densities(tia, ctHu), ct);
    ImageVolume dose = dosimetry(() -> m == VoxelDoseMethod.KERNEL
        ? VoxelDose.kernel(tia, rho, norm, ctHu != null && !noDensityCorrection)
        : VoxelDose.localDeposition(tia, rho), spect.get(0));
    progress.update(++step, (double) step / steps);
    ImageFiles.Labels voiLabels = ImageFiles.openLabels(voi, dose);
    ImageVolume labels = voiLabels.volume();
    labelNames.putAll(voiLabels.names());
    if (regionNames != null) {
      labelNames.putAll(regionNames);
    }
    List<RegionDose> regions = dosimetry(() -> VoiStatistics.compute(dose, rho, labels), voi);
    progress.update(++step, (double) step / steps);

    try (PendingOutput doseFile = new PendingOutput(out); PendingOutput report = new PendingOutput(null)) {
      NiftiWriter.write(dose, doseFile.stream(), NiftiWriter.gzipFor(out));
      if (format == OutputFormat.json) {
        json(regions, m, norm, report.writer());
      } else {
        report.writer().write(text(regions, m, norm));
      }
      doseFile.commit(null);
      report.commit(spec.commandLine().getOut());
    }
    progress.finish(steps);
    return 0;
  }

  private String region(RegionDose r) {
    return labelNames.getOrDefault(r.label(), String.valueOf(r.label()));
  }

  private String text(List<RegionDose> regions, VoxelDoseMethod m, KernelNormalisation norm) {
    StringBuilder sb = new StringBuilder();
    sb.append("Voxel dosimetry, ").append(m == VoxelDoseMethod.KERNEL
        ? "voxel-S-value kernel (" + norm.label() + " normalisation"
            + (ct != null && !noDensityCorrection ? ", density-corrected" : "") + ")"
        : "local energy deposition").append("; density ")
        .append(ct == null ? "1.04 g/mL" : "from CT").append(". Dose map: ").append(out).append("\n\n");
    List<String> head = new ArrayList<>(List.of("region", "voxels", "volume mL", "mass g", "mean Gy",
        "max Gy", "D2 Gy", "D50 Gy", "D98 Gy"));
    if (injectedMBq != null) {
      head.add("Gy/GBq");
    }
    TextTable table = new TextTable(head.toArray(String[]::new));
    for (RegionDose r : regions) {
      List<String> row = new ArrayList<>(List.of(region(r), String.valueOf(r.voxels()),
          f(r.volumeMl()), f(r.massG()), f(r.meanGy()), f(r.maxGy()), f(r.d2Gy()), f(r.d50Gy()),
          f(r.d98Gy())));
      if (injectedMBq != null) {
        row.add(f(r.meanGy() / (injectedMBq / 1000.0)));
      }
      table.row(row.toArray(String[]::new));
    }
    sb.append(table.render());
    return sb.toString();
  }

  private void json(List<RegionDose> regions, VoxelDoseMethod m, KernelNormalisation norm, Writer w)
      throws IOException {
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("method", m == VoxelDoseMethod.KERNEL ? "kernel" : "led");
      if (m == VoxelDoseMethod.KERNEL) {
        g.writeStringField("normalisation", norm.label());
        g.writeBooleanField("densityCorrection", ct != null && !noDensityCorrection);
      }
      g.writeStringField("density", ct == null ? "uniform" : "ct");
      g.writeStringField("doseMap", out.toString());
      g.writeArrayFieldStart("regions");
      for (RegionDose r : regions) {
        g.writeStartObject();
        g.writeStringField("region", region(r));
        g.writeNumberField("label", r.label());
        g.writeNumberField("voxels", r.voxels());
        Json.number(g, "volumeMl", r.volumeMl());
        Json.number(g, "massG", r.massG());
        Json.number(g, "meanGy", r.meanGy());
        Json.number(g, "minGy", r.minGy());
        Json.number(g, "maxGy", r.maxGy());
        Json.number(g, "d2Gy", r.d2Gy());
        Json.number(g, "d50Gy", r.d50Gy());
        Json.number(g, "d98Gy", r.d98Gy());
        if (injectedMBq == null) {
          g.writeNullField("gyPerGBq");
        } else {
          Json.number(g, "gyPerGBq", r.meanGy() / (injectedMBq / 1000.0));
        }
        DoseVolumeHistogram dvh = r.dvh();
        double[] d = dvh.doseGy();
        double[] v = dvh.volumeFraction();
        g.writeArrayFieldStart("dvh");
        for (int b = 0; b < d.length; b++) {
          g.writeStartObject();
          Json.number(g, "doseGy", d[b]);
          Json.number(g, "volumeFraction", v[b]);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write(System.lineSeparator());
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.4g", x);
  }

  private interface Computation<T> {
    T run();
  }

  /** Runs a dosimetry step; its IllegalArgumentException (already naming the file) is bad input. */
  private static <T> T dosimetry(Computation<T> step) {
    try {
      return step.run();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(e.getMessage()));
    }
  }

  /** As {@link #dosimetry(Computation)}, with the file the step is about in front of its message. */
  private static <T> T dosimetry(Computation<T> step, Path file) {
    try {
      return step.run();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(file + ": " + e.getMessage()));
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
