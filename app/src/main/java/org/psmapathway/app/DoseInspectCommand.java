package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psmapathway.core.text.Decimals;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.image.dicom.DicomFormatException;
import org.psmapathway.dosimetry.image.dicom.DicomVolumes;
import org.psmapathway.dosimetry.image.dicom.QuantitationOptions;
import org.psmapathway.dosimetry.image.dicom.QuantitativeVolume;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code psma dose inspect}: what a quantitative DICOM volume holds, before dosimetry uses it. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Geometry, Bq/mL decode path, timing and decay correction of a quantitative "
        + "SPECT/PET volume in DICOM (a multi-frame NM file or a folder holding one series).",
    footer = {"", "Examples:", "  ./psma dose inspect examples/dosimetry/dicom/spect-rwvm.dcm",
        "  ./psma dose inspect examples/dosimetry/dicom/pet-series --format json",
        "  ./psma dose inspect spect.dcm --cps-per-mbq 9.6 --duration-s 1800"})
final class DoseInspectCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "DICOM file or folder of one series.")
  Path path;

  @Option(names = "--calibration", paramLabel = "BQML_PER_UNIT",
      description = "Site calibration for NM volumes not stored in Bq/mL: Bq/mL per rescaled unit.")
  Double calibration;

  @Option(names = "--cps-per-mbq", paramLabel = "CPS_PER_MBQ",
      description = "Camera sensitivity for NM volumes in counts (needs --duration-s).")
  Double cpsPerMBq;

  @Option(names = "--duration-s", paramLabel = "SECONDS",
      description = "Acquisition duration the counts were collected over (with --cps-per-mbq).")
  Double durationS;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    QuantitationOptions options = options();
    QuantitativeVolume q;
    try {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      if (!Files.isDirectory(path) && !DicomVolumes.isDicom(path)) {
        throw new BadInputException(List.of(path + ": not a DICOM Part-10 file (no 'DICM' prefix); "
            + "only DICOM volumes are inspected"));
      }
      q = DicomVolumes.read(path, options);
    } catch (DicomFormatException e) {
      throw new BadInputException(List.of(e.getMessage()));
    } catch (NoSuchFileException e) {
      throw new BadInputException(List.of(path + ": no such file or folder"));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      writeJson(out, q);
    } else {
      writeText(out, q);
    }
    return 0;
  }

  private QuantitationOptions options() {
    QuantitationOptions o = QuantitationOptions.fromFileOnly();
    if (calibration != null) {
      if (!(calibration > 0) || calibration.isInfinite()) {
        throw usage("--calibration must be a positive number of Bq/mL per unit, got " + calibration);
      }
      o = o.withCalibration(calibration);
    }
    if ((cpsPerMBq == null) != (durationS == null)) {
      throw usage("--cps-per-mbq and --duration-s go together");
    }
    if (cpsPerMBq != null) {
      if (!(cpsPerMBq > 0) || cpsPerMBq.isInfinite() || !(durationS > 0) || durationS.isInfinite()) {
        throw usage("--cps-per-mbq and --duration-s must be positive numbers, got " + cpsPerMBq
            + " and " + durationS);
      }
      o = o.withCountsCalibration(cpsPerMBq, durationS);
    }
    return o;
  }

  /** Minimum, maximum, mean of the values and their total activity in MBq. */
  private static double[] summary(ImageVolume v) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (float f : v.values()) {
      min = Math.min(min, f);
      max = Math.max(max, f);
      sum += f;
    }
    return new double[] {min, max, sum / v.size(), sum * v.voxelVolumeMl() / 1e6};
  }

  private void writeText(PrintWriter out, QuantitativeVolume q) {
    ImageVolume v = q.volume();
    double[] s = summary(v);
    double[] d = v.direction();
    out.printf(Locale.ROOT, "%s: %s, %d × %d × %d voxels of %s × %s × %s mm%n", path,
        q.modality(), v.nx(), v.ny(), v.nz(), Decimals.plain(v.spacing()[0]), Decimals.plain(v.spacing()[1]),
        Decimals.plain(v.spacing()[2]));
    out.printf(Locale.ROOT, "  origin (LPS, mm)   %s %s %s%n", Decimals.plain(v.origin()[0]),
        Decimals.plain(v.origin()[1]), Decimals.plain(v.origin()[2]));
    out.printf(Locale.ROOT, "  axes (LPS)         i [%s %s %s]  j [%s %s %s]  k [%s %s %s]%n",
        Decimals.plain(d[0]), Decimals.plain(d[1]), Decimals.plain(d[2]), Decimals.plain(d[3]),
        Decimals.plain(d[4]), Decimals.plain(d[5]), Decimals.plain(d[6]), Decimals.plain(d[7]),
        Decimals.plain(d[8]));
    out.printf(Locale.ROOT, "  values             %s via %s%n", v.unit(), q.decoding());
    out.printf(Locale.ROOT, "  min / mean / max   %.6g / %.6g / %.6g %s%n", s[0], s[2], s[1], v.unit());
    out.printf(Locale.ROOT, "  total activity     %.6g MBq%n", s[3]);
    out.printf(Locale.ROOT, "  acquisition        %s%n", q.acquisition() == null ? "unknown" : q.acquisition());
    out.printf(Locale.ROOT, "  injection          %s%s%n", q.injection() == null ? "unknown" : q.injection(),
        Double.isNaN(q.hoursAfterInjection()) ? ""
            : String.format(Locale.ROOT, " (%.4g h before acquisition)", q.hoursAfterInjection()));
    out.printf(Locale.ROOT, "  injected activity  %s%n", Double.isNaN(q.injectedActivityMBq()) ? "unknown"
        : Decimals.trimmed(q.injectedActivityMBq()) + " MBq");
    out.printf(Locale.ROOT, "  half-life          %.6g h%n", q.halfLifeH());
    double undo = q.decayCorrectionUndoFactor();
    out.printf(Locale.ROOT, "  decay correction   %s (factor to undo: %s)%n", q.decayCorrection(),
        Double.isNaN(undo) ? "unknown" : String.format(Locale.ROOT, "%.6g", undo));
    for (String note : q.notes()) {
      out.println("  note: " + note);
    }
  }

  private void writeJson(PrintWriter out, QuantitativeVolume q) throws IOException {
    ImageVolume v = q.volume();
    double[] s = summary(v);
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("path", path.toString());
      json.writeStringField("modality", q.modality());
      json.writeNumberField("nx", v.nx());
      json.writeNumberField("ny", v.ny());
      json.writeNumberField("nz", v.nz());
      Json.numbers(json, "spacingMm", v.spacing());
      Json.numbers(json, "originMm", v.origin());
      Json.numbers(json, "direction", v.direction());
      json.writeStringField("unit", v.unit());
      json.writeStringField("decoding", q.decoding().name());
      Json.number(json, "minValue", s[0]);
      Json.number(json, "meanValue", s[2]);
      Json.number(json, "maxValue", s[1]);
      Json.number(json, "totalActivityMBq", s[3]);
      json.writeStringField("acquisition", q.acquisition() == null ? null : q.acquisition().toString());
      json.writeStringField("injection", q.injection() == null ? null : q.injection().toString());
      Json.number(json, "hoursAfterInjection", q.hoursAfterInjection());
      Json.number(json, "injectedActivityMBq", q.injectedActivityMBq());
      Json.number(json, "halfLifeH", q.halfLifeH());
      json.writeStringField("decayCorrection", q.decayCorrection().name());
      Json.number(json, "decayCorrectionUndoFactor", q.decayCorrectionUndoFactor());
      json.writeArrayFieldStart("notes");
      for (String note : q.notes()) {
        json.writeString(note);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
