package org.psmapathway.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.image.dicom.DecayCorrection;
import org.psmapathway.dosimetry.image.dicom.DicomFormatException;
import org.psmapathway.dosimetry.image.dicom.DicomTag;
import org.psmapathway.dosimetry.image.dicom.DicomVolumes;
import org.psmapathway.dosimetry.image.dicom.Part10Reader;
import org.psmapathway.dosimetry.image.dicom.QuantitationOptions;
import org.psmapathway.dosimetry.image.dicom.QuantitativeVolume;
import org.psmapathway.dosimetry.image.dicom.Segmentation;
import org.psmapathway.dosimetry.image.nifti.NiftiFormatException;
import org.psmapathway.dosimetry.image.nifti.NiftiReader;

/**
 * The one place where the CLI opens an image: a NIfTI-1 file ({@code .nii}, {@code .nii.gz}), or
 * DICOM — a quantitative NM/PT series (one file or a folder) for activity, a SEG or RT Structure
 * Set for the volumes of interest. Problems become {@link BadInputException}s that name the file.
 */
final class ImageFiles {

  private ImageFiles() {}

  /** Opens a NIfTI-1 image; {@code unit} says what its values mean (e.g. "HU"). */
  static ImageVolume open(Path path, String unit) {
    if (Files.isDirectory(path) || isDicom(path)) {
      throw new BadInputException(List.of(path + ": DICOM is read for activity maps (NM/PT) and "
          + "volumes of interest (SEG, RT Structure Set); give this image as NIfTI-1 (.nii, .nii.gz)"));
    }
    return nifti(path, unit);
  }

  /**
   * Opens an activity map in Bq/mL: NIfTI-1 as stored, or a DICOM NM/PT volume decoded as the
   * reader's order prescribes. Voxel dosimetry needs the activity present in the patient at the
   * scan, so a series decay-corrected to the administration (DecayCorrection ADMIN) is taken back
   * to the acquisition time; what was assumed is written to {@code notes}.
   */
  static ImageVolume openActivity(Path path, PrintWriter notes) {
    if (!Files.isDirectory(path) && !isDicom(path)) {
      return nifti(path, "Bq/mL");
    }
    QuantitativeVolume q;
    try {
      q = DicomVolumes.read(path, QuantitationOptions.fromFileOnly());
    } catch (DicomFormatException e) {
      throw new BadInputException(List.of(e.getMessage()));
    } catch (NoSuchFileException e) {
      throw new BadInputException(List.of(path + ": no such file or folder"));
    } catch (IOException e) {
      throw new BadInputException(List.of(path + ": " + e.getMessage()));
    }
    for (String note : q.notes()) {
      notes.println(path + ": " + note);
    }
    notes.println(path + ": values decoded by " + q.decoding() + ", decay correction "
        + q.decayCorrection());
    if (q.decayCorrection() != DecayCorrection.ADMIN) {
      return q.volume();
    }
    double undo = q.decayCorrectionUndoFactor();
    if (!Double.isFinite(undo)) {
      throw new BadInputException(List.of(path + ": decay-corrected to the administration, but the "
          + "acquisition or injection time is missing, so the activity at the scan is unknown"));
    }
    float[] v = q.volume().values();
    float[] atScan = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      atScan[i] = (float) (v[i] * undo);
    }
    notes.println(path + ": decay correction to the administration undone (factor "
        + String.format(Locale.ROOT, "%.6f", undo) + ")");
    return q.volume().withValues(atScan, q.volume().unit());
  }

  /** Volumes of interest: a label image and the names the file gives its labels (may be empty). */
  record Labels(ImageVolume volume, Map<Integer, String> names) {}

  /**
   * Opens the volumes of interest on {@code reference}'s grid: NIfTI labels, a DICOM SEG (segment
   * number = label, named by its segment label) or an RT Structure Set (ROIs numbered in file
   * order, named by ROI name).
   */
  static Labels openLabels(Path path, ImageVolume reference) {
    if (!isDicom(path)) {
      return new Labels(nifti(path, "label"), Map.of());
    }
    try {
      String modality = Part10Reader.read(path).dataset().getString(DicomTag.MODALITY, "");
      Segmentation s = switch (modality) {
        case "SEG" -> DicomVolumes.readSegmentation(path, reference);
        case "RTSTRUCT" -> DicomVolumes.readStructureSet(path, reference, Set.of());
        default -> throw new BadInputException(List.of(path + ": a DICOM " + modality
            + " object; expected volumes of interest as SEG, RTSTRUCT or NIfTI labels"));
      };
      Map<Integer, String> names = new TreeMap<>();
      for (Segmentation.Segment segment : s.segments()) {
        if (segment.label() != null && !segment.label().isBlank()) {
          names.put(segment.number(), segment.label());
        }
      }
      return new Labels(s.labels(), names);
    } catch (DicomFormatException e) {
      throw new BadInputException(List.of(e.getMessage()));
    } catch (IOException e) {
      throw new BadInputException(List.of(path + ": " + e.getMessage()));
    }
  }

  private static boolean isDicom(Path path) {
    try {
      return Files.exists(path) && DicomVolumes.isDicom(path);
    } catch (IOException e) {
      throw new BadInputException(List.of(path + ": " + e.getMessage()));
    }
  }

  private static ImageVolume nifti(Path path, String unit) {
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(List.of(path + ": no such file"));
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".nii") && !name.endsWith(".nii.gz")) {
      throw new BadInputException(List.of(path + ": expected a NIfTI-1 file (.nii or .nii.gz) or "
          + "DICOM"));
    }
    try {
      return NiftiReader.read(path, unit);
    } catch (NiftiFormatException e) {
      throw new BadInputException(List.of(e.getMessage()));
    } catch (IOException e) {
      throw new BadInputException(List.of(path + ": " + e.getMessage()));
    }
  }
}
