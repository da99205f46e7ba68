package org.psmapathway.dosimetry.image.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * The entry points the CLI calls: is this path DICOM, read a quantitative NM/PT volume from a file
 * or a folder of one series, read a DICOM SEG or an RT Structure Set onto a reference grid.
 */
public final class DicomVolumes {

  /** Media Storage SOP Class of a DICOMDIR (PS3.10): an index, not an image. */
  private static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

  private DicomVolumes() {}

  /**
   * Whether {@code path} is a DICOM Part-10 file, or a folder whose regular files include one.
   * Only the first 132 bytes of each file are read.
   */
  public static boolean isDicom(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> children = Files.list(path)) {
        for (Path p : (Iterable<Path>) children.sorted()::iterator) {
          if (Part10Reader.isPart10(p)) {
            return true;
          }
        }
      }
      return false;
    }
    return Part10Reader.isPart10(path);
  }

  /**
   * Reads a quantitative NM or PT volume: {@code fileOrFolder} is one file (a multi-frame NM or a
   * single slice) or a folder holding the files of one series (not searched recursively; files
   * without the DICOM prefix and DICOMDIR are skipped).
   *
   * @throws DicomFormatException naming the file (and offset) when a file is damaged, compressed,
   *     of another modality, or the folder mixes series
   */
  public static QuantitativeVolume read(Path fileOrFolder, QuantitationOptions options) throws IOException {
    return EmissionVolumeReader.read(files(fileOrFolder), options);
  }

  /** Reads a DICOM SEG file into labels on {@code referenceGrid}; see {@link SegmentationReader}. */
  public static Segmentation readSegmentation(Path file, ImageVolume referenceGrid) throws IOException {
    return SegmentationReader.read(Part10Reader.read(file), referenceGrid);
  }

  /**
   * Reads the ROIs of an RT Structure Set whose contours lie on slices of {@code referenceGrid};
   * see {@link StructureSetReader}. An empty {@code roiNames} reads every ROI.
   */
  public static Segmentation readStructureSet(Path file, ImageVolume referenceGrid, Set<String> roiNames)
      throws IOException {
    return StructureSetReader.read(Part10Reader.read(file), referenceGrid, roiNames);
  }

  static List<DicomFile> files(Path fileOrFolder) throws IOException {
    if (!Files.exists(fileOrFolder)) {
      throw new java.nio.file.NoSuchFileException(fileOrFolder.toString());
    }
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(Part10Reader.read(fileOrFolder));
    }
    List<DicomFile> files = new ArrayList<>();
    List<Path> paths;
    try (Stream<Path> children = Files.list(fileOrFolder)) {
      paths = children.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : paths) {
      if (!Part10Reader.isPart10(p)) {
        continue;
      }
      DicomFile f = Part10Reader.read(p);
      if (MEDIA_STORAGE_DIRECTORY.equals(f.meta().getString(DicomTag.MEDIA_STORAGE_SOP_CLASS_UID))) {
        continue;
      }
      files.add(f);
    }
    if (files.isEmpty()) {
      throw new DicomFormatException(fileOrFolder, "folder holds no DICOM Part-10 file ("
          + paths.size() + " file(s) without the 'DICM' prefix)");
    }
    return files;
  }
}
