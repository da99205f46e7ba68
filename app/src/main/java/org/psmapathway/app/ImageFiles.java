package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.image.nifti.NiftiFormatException;
import org.psmapathway.dosimetry.image.nifti.NiftiReader;

/**
 * The one place where the CLI opens an image: a NIfTI-1 file ({@code .nii}, {@code .nii.gz}) today;
 * a DICOM series folder is where the DICOM reader plugs in. Problems become {@link
 * BadInputException}s that name the file.
 */
final class ImageFiles {

  private ImageFiles() {}

  /** Opens {@code path}; {@code unit} says what its values mean (e.g. "Bq/mL", "HU", "label"). */
  static ImageVolume open(Path path, String unit) {
    if (Files.isDirectory(path)) {
      throw new BadInputException(List.of(path + ": a DICOM series folder; this build reads NIfTI-1 "
          + "files (.nii, .nii.gz) only"));
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(List.of(path + ": no such file"));
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".nii") && !name.endsWith(".nii.gz")) {
      throw new BadInputException(List.of(path + ": expected a NIfTI-1 file (.nii or .nii.gz)"));
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
