package org.psmapathway.dosimetry.image.dicom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * NM and PT emission images → a Bq/mL {@link ImageVolume}: one multi-frame NM file (reconstructed
 * SPECT, PS3.3 C.8.4) or a series of single-frame files (PET, or NM exported slice by slice).
 *
 * <p>Slices are ordered by increasing position along the normal row × column, so the grid's
 * direction matrix is right-handed whatever order the scanner wrote: a multi-frame NM with
 * negative Spacing Between Slices (C.8.4.15: frames stacked against the normal; GE) has its frames
 * reversed; a series is sorted by Image Position (Patient) · normal, never by file name or
 * Instance Number.
 */
final class EmissionVolumeReader {

  /** Frame Increment Pointer targets that do not change the slice (C.8.4.8.1.1). */
  private static final int[] VECTORS_OTHER_THAN_SLICE = {
      0x0054_0010, 0x0054_0020, 0x0054_0030, 0x0054_0050, 0x0054_0060, 0x0054_0070, 0x0054_0090};

  private EmissionVolumeReader() {}

  /** One slice of the output: a frame of a file and where its first pixel lies. */
  private record Slice(DicomFile file, int frame, double[] position, double along) {}

  static QuantitativeVolume read(List<DicomFile> files, QuantitationOptions options) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no DICOM files to read");
    }
    List<String> notes = new ArrayList<>();
    DicomFile first = files.get(0);
    String modality = modality(first);
    for (DicomFile f : files) {
      StoredPixels.refuseCompressed(f);
      int frames = f.dataset().getInt(DicomTag.NUMBER_OF_FRAMES, 1);
      if (frames > 1 && files.size() > 1) {
        throw new DicomFormatException(f.path(), "multi-frame file (" + frames + " frames) in a "
            + "folder with " + (files.size() - 1) + " other DICOM file(s); put each volume in its own folder");
      }
    }
    int rows = StoredPixels.required(first, DicomTag.ROWS, "Rows");
    int columns = StoredPixels.required(first, DicomTag.COLUMNS, "Columns");
    List<Slice> slices;
    PlaneGeometry plane;
    double step;
    if (files.size() == 1 && first.dataset().getInt(DicomTag.NUMBER_OF_FRAMES, 1) > 1) {
      plane = planeOf(first);
      checkTomographic(first, modality);
      step = signedSliceStep(first, notes);
      slices = multiFrameSlices(first, plane, step);
      step = Math.abs(step);
    } else {
      plane = planeOf(first);
      slices = seriesSlices(files, modality, plane, rows, columns);
      step = slices.size() > 1
          ? (slices.get(slices.size() - 1).along() - slices.get(0).along()) / (slices.size() - 1)
          : singleSliceThickness(first, notes);
      checkUniform(slices, step, plane);
    }
    double voxelMl = plane.columnSpacing() * plane.rowSpacing() * step / 1000.0;
    ValueDecoding decoding = decoding(first, modality, options, notes);
    float[] values = new float[Math.multiplyExact(Math.multiplyExact(rows, columns), slices.size())];
    int plane2d = rows * columns;
    DicomFile loaded = null;
    double[] stored = null;
    for (int k = 0; k < slices.size(); k++) {
      Slice s = slices.get(k);
      if (s.file() != loaded) {
        loaded = s.file();
        int frames = loaded.dataset().getInt(DicomTag.NUMBER_OF_FRAMES, 1);
        stored = StoredPixels.read(loaded, frames, rows, columns);
      }
      double[] m = mapping(loaded, decoding, options, voxelMl);
      double slope = m[0];
      double intercept = m[1];
      double factor = m[2];
      int from = s.frame() * plane2d;
      int to = k * plane2d;
      for (int n = 0; n < plane2d; n++) {
        values[to + n] = (float) ((stored[from + n] * slope + intercept) * factor);
      }
    }
    double[] normal = plane.normal();
    double[] direction = {
        plane.rowDirection()[0], plane.rowDirection()[1], plane.rowDirection()[2],
        plane.columnDirection()[0], plane.columnDirection()[1], plane.columnDirection()[2],
        normal[0], normal[1], normal[2]};
    ImageVolume volume = new ImageVolume(columns, rows, slices.size(),
        new double[] {plane.columnSpacing(), plane.rowSpacing(), step}, slices.get(0).position(),
        direction, values, "Bq/mL");
    Timing timing = Timing.of(files, modality, options, notes);
    return new QuantitativeVolume(volume, decoding, modality, timing.acquisition(), timing.injection(),
        timing.injectedMBq(), timing.halfLifeH(), decayCorrection(first, notes), notes);
  }

  private static String modality(DicomFile f) {
    String modality = f.dataset().getString(DicomTag.MODALITY);
    if (!"NM".equals(modality) && !"PT".equals(modality)) {
      throw new DicomFormatException(f.path(), "Modality (0008,0060) is " + modality
          + "; quantitative volumes are read from NM (SPECT) or PT (PET)");
    }
    return modality;
  }

  /** NM keeps the plane in DetectorInformationSequence (C.8.4.10; ClearCanvas #209). */
  private static PlaneGeometry planeOf(DicomFile f) {
    DicomDataset ds = f.dataset();
    DicomDataset source = ds;
    String where = "";
    if (!ds.contains(DicomTag.IMAGE_POSITION_PATIENT)) {
      DicomDataset detector = ds.getNestedDataset(DicomTag.DETECTOR_INFORMATION_SEQUENCE);
      if (detector != null) {
        source = detector;
      }
      where = " (looked at the top level and in Detector Information Sequence (0054,0022))";
    }
    DicomDataset orientation = ds.contains(DicomTag.IMAGE_ORIENTATION_PATIENT) ? ds : source;
    return PlaneGeometry.of(f.path(), source, orientation, ds, where);
  }

  private static void checkTomographic(DicomFile f, String modality) {
    DicomDataset ds = f.dataset();
    String[] type = ds.getStrings(DicomTag.IMAGE_TYPE);
    if ("NM".equals(modality) && type != null && type.length >= 3 && !"RECON TOMO".equals(type[2])) {
      throw new DicomFormatException(f.path(), "NM Image Type (0008,0008) value 3 is '" + type[2]
          + "'; only reconstructed tomographic volumes ('RECON TOMO') are read as 3-D images");
    }
    int[] pointers = ds.getInts(DicomTag.FRAME_INCREMENT_POINTER);
    if (pointers == null) {
      if (ds.contains(DicomTag.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE)) {
        throw new DicomFormatException(f.path(), "enhanced multi-frame image (per-frame functional "
            + "groups) is not read as an emission volume; export it as a legacy NM or a PT series");
      }
      return;
    }
    for (int pointer : pointers) {
      if (pointer == DicomTag.SLICE_VECTOR) {
        continue;
      }
      for (int other : VECTORS_OTHER_THAN_SLICE) {
        if (pointer == other) {
          double[] v = ds.getDoubles(pointer);
          if (v != null && Arrays.stream(v).distinct().count() > 1) {
            throw new DicomFormatException(f.path(), "frames vary along " + DicomTag.format(pointer)
                + " as well as the slice (Frame Increment Pointer); only one energy window, detector, "
                + "rotation, phase and time slot per volume is read");
          }
        }
      }
    }
    double[] sliceVector = ds.getDoubles(DicomTag.SLICE_VECTOR);
    if (sliceVector != null) {
      for (int n = 0; n < sliceVector.length; n++) {
        if (sliceVector[n] != n + 1) {
          throw new DicomFormatException(f.path(), "Slice Vector (0054,0080) is not 1, 2, ..., n "
              + "(frame " + (n + 1) + " is slice " + (long) sliceVector[n] + ")");
        }
      }
    }
  }

  /** Spacing Between Slices with its sign (C.8.4.15), or Slice Thickness when it is absent. */
  private static double signedSliceStep(DicomFile f, List<String> notes) {
    DicomDataset ds = f.dataset();
    double step = ds.getDouble(DicomTag.SPACING_BETWEEN_SLICES, Double.NaN);
    if (Double.isNaN(step)) {
      step = ds.getDouble(DicomTag.SLICE_THICKNESS, Double.NaN);
      if (!(step > 0)) {
        throw new DicomFormatException(f.path(), "multi-frame volume without Spacing Between Slices "
            + "(0018,0088) or a positive Slice Thickness (0018,0050): the slice positions are unknown");
      }
      notes.add("Spacing Between Slices (0018,0088) absent: slices assumed contiguous at Slice "
          + "Thickness " + step + " mm along the normal");
    }
    if (step == 0 || Double.isInfinite(step)) {
      throw new DicomFormatException(f.path(), "Spacing Between Slices (0018,0088) is " + step);
    }
    if (step < 0) {
      notes.add("Spacing Between Slices is negative (" + step + " mm): frames are stacked against the "
          + "normal and were reversed");
    }
    return step;
  }

  private static List<Slice> multiFrameSlices(DicomFile f, PlaneGeometry plane, double step) {
    int frames = f.dataset().getInt(DicomTag.NUMBER_OF_FRAMES, 1);
    double[] normal = plane.normal();
    List<Slice> slices = new ArrayList<>(frames);
    for (int n = 0; n < frames; n++) {
      double[] p = new double[3];
      for (int a = 0; a < 3; a++) {
        p[a] = plane.position()[a] + n * step * normal[a];
      }
      slices.add(new Slice(f, n, p, PlaneGeometry.dot(p, normal)));
    }
    if (step < 0) {
      java.util.Collections.reverse(slices);
    }
    return slices;
  }

  private static List<Slice> seriesSlices(List<DicomFile> files, String modality, PlaneGeometry plane,
      int rows, int columns) {
    DicomDataset head = files.get(0).dataset();
    String series = head.getString(DicomTag.SERIES_INSTANCE_UID);
    String frameOfReference = head.getString(DicomTag.FRAME_OF_REFERENCE_UID);
    String units = head.getString(DicomTag.UNITS);
    double[] normal = plane.normal();
    List<Slice> slices = new ArrayList<>(files.size());
    for (DicomFile f : files) {
      DicomDataset ds = f.dataset();
      String m = ds.getString(DicomTag.MODALITY);
      if (!modality.equals(m)) {
        throw mixed(f, files.get(0), "Modality " + m + " vs " + modality);
      }
      if (!Objects.equals(series, ds.getString(DicomTag.SERIES_INSTANCE_UID))) {
        throw mixed(f, files.get(0), "Series Instance UID " + ds.getString(DicomTag.SERIES_INSTANCE_UID)
            + " vs " + series);
      }
      if (!Objects.equals(frameOfReference, ds.getString(DicomTag.FRAME_OF_REFERENCE_UID))) {
        throw mixed(f, files.get(0), "Frame of Reference UID differs");
      }
      if (!Objects.equals(units, ds.getString(DicomTag.UNITS))) {
        throw mixed(f, files.get(0), "Units (0054,1001) " + ds.getString(DicomTag.UNITS) + " vs " + units);
      }
      if (ds.getInt(DicomTag.ROWS, -1) != rows || ds.getInt(DicomTag.COLUMNS, -1) != columns) {
        throw mixed(f, files.get(0), ds.getInt(DicomTag.ROWS, -1) + "×" + ds.getInt(DicomTag.COLUMNS, -1)
            + " pixels vs " + rows + "×" + columns);
      }
      PlaneGeometry p = planeOf(f);
      if (!p.sameOrientationAndPixels(plane, 1e-3)) {
        throw mixed(f, files.get(0), "Image Orientation (Patient) or Pixel Spacing differ");
      }
      slices.add(new Slice(f, 0, p.position(), PlaneGeometry.dot(p.position(), normal)));
    }
    slices.sort(Comparator.comparingDouble(Slice::along));
    return slices;
  }

  private static DicomFormatException mixed(DicomFile f, DicomFile first, String what) {
    return new DicomFormatException(f.path(), "not the same series as " + first.path().getFileName()
        + " (" + what + "); a folder must hold one series");
  }

  private static double singleSliceThickness(DicomFile f, List<String> notes) {
    DicomDataset ds = f.dataset();
    double t = Math.abs(ds.getDouble(DicomTag.SPACING_BETWEEN_SLICES, Double.NaN));
    if (!(t > 0)) {
      t = ds.getDouble(DicomTag.SLICE_THICKNESS, Double.NaN);
    }
    if (!(t > 0)) {
      throw new DicomFormatException(f.path(), "single slice without Slice Thickness (0018,0050): "
          + "its voxel volume is unknown");
    }
    notes.add("single slice: voxel depth is the slice thickness " + t + " mm");
    return t;
  }

  /**
   * Gaps between sorted slices equal within 0.1 % + 0.005 mm (DS rounding), and every slice on the
   * line through the first along the normal (no gantry tilt or shear).
   */
  private static void checkUniform(List<Slice> slices, double step, PlaneGeometry plane) {
    double tolerance = 1e-3 * step + 5e-3;
    double[] normal = plane.normal();
    Slice first = slices.get(0);
    for (int k = 1; k < slices.size(); k++) {
      Slice a = slices.get(k - 1);
      Slice b = slices.get(k);
      if (b.along() - a.along() < tolerance) {
        throw new DicomFormatException(b.file().path(), "same slice position as " + a.file().path().getFileName()
            + " (" + b.along() + " mm along the normal): two volumes or time points in one folder?");
      }
    }
    for (int k = 1; k < slices.size(); k++) {
      Slice a = slices.get(k - 1);
      Slice b = slices.get(k);
      double gap = b.along() - a.along();
      if (Math.abs(gap - step) > tolerance) {
        throw new DicomFormatException(b.file().path(), "slice spacing is not uniform: " + gap
            + " mm after " + a.file().path().getFileName() + " where the series average is " + step
            + " mm (missing slice?)");
      }
      double along = b.along() - first.along();
      for (int c = 0; c < 3; c++) {
        double off = b.position()[c] - first.position()[c] - along * normal[c];
        if (Math.abs(off) > tolerance + 1e-3 * Math.max(plane.rowSpacing(), plane.columnSpacing())) {
          throw new DicomFormatException(b.file().path(), "slice is shifted " + off + " mm in-plane from "
              + "the stack through " + first.file().path().getFileName() + " (gantry tilt or sheared "
              + "stack); resample to an orthogonal grid first");
        }
      }
    }
  }

  /** The decode order of research/dosimetry.md §5.2; the first rule that applies wins. */
  private static ValueDecoding decoding(DicomFile f, String modality, QuantitationOptions options,
      List<String> notes) {
    DicomDataset ds = f.dataset();
    if (realWorldMapping(f, notes) != null) {
      if (!Double.isNaN(options.calibrationBqPerMlPerUnit()) || !Double.isNaN(options.countsCalibrationCpsPerMBq())) {
        notes.add("the caller's calibration is not used: the file maps values to Bq/ml itself");
      }
      return ValueDecoding.REAL_WORLD_VALUE_MAPPING;
    }
    String units = ds.getString(DicomTag.UNITS);
    if ("PT".equals(modality) && "BQML".equals(units)) {
      return ValueDecoding.PET_BQML_RESCALE;
    }
    if (!Double.isNaN(options.calibrationBqPerMlPerUnit())) {
      return ValueDecoding.NM_RESCALE_CALIBRATED;
    }
    if (!Double.isNaN(options.countsCalibrationCpsPerMBq())) {
      return ValueDecoding.COUNTS_CALIBRATED;
    }
    throw new DicomFormatException(f.path(), "no activity concentration in the file: no Real World "
        + "Value Mapping (0040,9096) in Bq/ml" + ("PT".equals(modality) ? ", Units (0054,1001) are "
        + units + " not BQML" : "") + "; give a calibration in Bq/mL per unit, or a camera "
        + "calibration in cps/MBq with the acquisition duration");
  }

  /**
   * The top-level mapping item in Bq/ml. (Enhanced multi-frame images keep it in functional
   * groups; they are refused before this point.)
   */
  private static DicomDataset realWorldMapping(DicomFile f, List<String> notes) {
    for (DicomDataset item : f.dataset().getSequence(DicomTag.REAL_WORLD_VALUE_MAPPING_SEQUENCE)) {
      DicomDataset unit = item.getNestedDataset(DicomTag.MEASUREMENT_UNITS_CODE_SEQUENCE);
      String code = unit == null ? null : unit.getString(DicomTag.CODE_VALUE);
      // UCUM spells it Bq/mL; "Bq/ml" is what the vendors and pydicom examples write.
      if (code != null && code.toLowerCase(Locale.ROOT).equals("bq/ml")) {
        if (!item.contains(DicomTag.REAL_WORLD_VALUE_SLOPE)) {
          throw new DicomFormatException(f.path(), "Real World Value Mapping in Bq/ml is a LUT "
              + "(0040,9212), not a slope and intercept; LUT mappings are not read");
        }
        return item;
      }
      if (notes != null) {
        notes.add("Real World Value Mapping in units '" + code + "' ignored (not Bq/ml)");
      }
    }
    return null;
  }

  /** {slope, intercept, factor}: value = (stored·slope + intercept)·factor. */
  private static double[] mapping(DicomFile f, ValueDecoding decoding, QuantitationOptions options,
      double voxelMl) {
    DicomDataset ds = f.dataset();
    if (decoding == ValueDecoding.REAL_WORLD_VALUE_MAPPING) {
      DicomDataset item = realWorldMapping(f, null);
      if (item == null) {
        throw new DicomFormatException(f.path(), "no Real World Value Mapping in Bq/ml, unlike the "
            + "first file of the series");
      }
      return new double[] {item.getDouble(DicomTag.REAL_WORLD_VALUE_SLOPE, 1),
          item.getDouble(DicomTag.REAL_WORLD_VALUE_INTERCEPT, 0), 1.0};
    }
    double slope = ds.getDouble(DicomTag.RESCALE_SLOPE, 1.0);
    double intercept = ds.getDouble(DicomTag.RESCALE_INTERCEPT, 0.0);
    return switch (decoding) {
      case PET_BQML_RESCALE -> new double[] {slope, intercept, 1.0};
      case NM_RESCALE_CALIBRATED -> new double[] {slope, intercept, options.calibrationBqPerMlPerUnit()};
      // counts / (cps/MBq · s) = MBq in the voxel; × 1e6 Bq/MBq ÷ voxel volume = Bq/mL
      default -> new double[] {slope, intercept,
          1e6 / (options.countsCalibrationCpsPerMBq() * options.acquisitionDurationS() * voxelMl)};
    };
  }

  private static DecayCorrection decayCorrection(DicomFile f, List<String> notes) {
    String value = f.dataset().getString(DicomTag.DECAY_CORRECTION);
    if (value == null) {
      String[] corrected = f.dataset().getStrings(DicomTag.CORRECTED_IMAGE);
      if (corrected != null && Arrays.asList(corrected).contains("DECY")) {
        notes.add("Corrected Image (0028,0051) says DECY but Decay Correction (0054,1102) does not say to when");
      }
      return DecayCorrection.NOT_STATED;
    }
    return switch (value) {
      case "NONE" -> DecayCorrection.NONE;
      case "START" -> DecayCorrection.START;
      case "ADMIN" -> DecayCorrection.ADMIN;
      default -> {
        notes.add("Decay Correction (0054,1102) '" + value + "' is not a defined term (NONE, START, ADMIN)");
        yield DecayCorrection.NOT_STATED;
      }
    };
  }

  /** When the images were taken and the activity given (research/dosimetry.md §5.2 timing rows). */
  private record Timing(LocalDateTime acquisition, LocalDateTime injection, double injectedMBq, double halfLifeH) {

    static Timing of(List<DicomFile> files, String modality, QuantitationOptions options, List<String> notes) {
      DicomFile first = files.get(0);
      DicomDataset ds = first.dataset();
      LocalDateTime acquisition = null;
      LocalDateTime series = at(first, ds.getString(DicomTag.SERIES_DATE), ds.getString(DicomTag.SERIES_TIME));
      LocalDateTime earliest = null;
      for (DicomFile f : files) {
        LocalDateTime t = acquisitionOf(f);
        if (t != null && (earliest == null || t.isBefore(earliest))) {
          earliest = t;
        }
      }
      if ("PT".equals(modality) && series != null) {
        // PS3.3 C.8.9.1.1: Series Date/Time is the reference of all temporally related PET values.
        acquisition = series;
        if (earliest != null && !earliest.equals(series)) {
          notes.add("PET reference time is the Series Date/Time " + series + "; the earliest Acquisition "
              + "Date/Time is " + earliest);
        }
      } else if (earliest != null) {
        acquisition = earliest;
      } else if (series != null) {
        acquisition = series;
        notes.add("no Acquisition Date/Time: the Series Date/Time is used as the acquisition time");
      } else {
        acquisition = at(first, ds.getString(DicomTag.CONTENT_DATE), ds.getString(DicomTag.CONTENT_TIME));
        notes.add(acquisition == null ? "no acquisition, series or content time in the file"
            : "no Acquisition or Series Date/Time: the Content Date/Time is used as the acquisition time");
      }
      DicomDataset drug = ds.getNestedDataset(DicomTag.RADIOPHARMACEUTICAL_INFORMATION_SEQUENCE);
      LocalDateTime injection = null;
      double injectedMBq = Double.NaN;
      double halfLifeH = options.fallbackHalfLifeH();
      if (drug != null) {
        String dt = drug.getString(DicomTag.RADIOPHARMACEUTICAL_START_DATE_TIME);
        String tm = drug.getString(DicomTag.RADIOPHARMACEUTICAL_START_TIME);
        if (dt != null) {
          injection = parse(first, () -> DicomDateTime.dateTime(dt), dt);
        } else if (tm != null) {
          String date = ds.getString(DicomTag.SERIES_DATE, ds.getString(DicomTag.ACQUISITION_DATE,
              ds.getString(DicomTag.STUDY_DATE)));
          injection = at(first, date, tm);
          notes.add("injection date not in the file (only Radiopharmaceutical Start Time): assumed the "
              + "series date " + date + ", which is wrong for images taken on a later day");
        }
        double bq = drug.getDouble(DicomTag.RADIONUCLIDE_TOTAL_DOSE, Double.NaN);
        injectedMBq = bq / 1e6;
        double halfLifeS = drug.getDouble(DicomTag.RADIONUCLIDE_HALF_LIFE, Double.NaN);
        if (halfLifeS > 0) {
          halfLifeH = halfLifeS / 3600.0;
        } else {
          notes.add("no Radionuclide Half Life (0018,1075): the caller's " + halfLifeH + " h is used");
        }
      } else {
        notes.add("no Radiopharmaceutical Information Sequence (0054,0016): injection time and activity unknown");
      }
      if (injection != null && acquisition != null && injection.isAfter(acquisition)) {
        notes.add("injection time " + injection + " is after the acquisition " + acquisition);
      }
      return new Timing(acquisition, injection, injectedMBq, halfLifeH);
    }

    private static LocalDateTime acquisitionOf(DicomFile f) {
      DicomDataset ds = f.dataset();
      String dt = ds.getString(DicomTag.ACQUISITION_DATE_TIME);
      if (dt != null) {
        return parse(f, () -> DicomDateTime.dateTime(dt), dt);
      }
      String time = ds.getString(DicomTag.ACQUISITION_TIME);
      String date = ds.getString(DicomTag.ACQUISITION_DATE, ds.getString(DicomTag.SERIES_DATE));
      return at(f, date, time);
    }

    private static LocalDateTime at(DicomFile f, String date, String time) {
      if (date == null || time == null) {
        return null;
      }
      return parse(f, () -> {
        LocalDate d = DicomDateTime.date(date);
        return d.atTime(DicomDateTime.time(time));
      }, date + " " + time);
    }

    private static LocalDateTime parse(DicomFile f, java.util.function.Supplier<LocalDateTime> p, String text) {
      try {
        return p.get();
      } catch (java.time.DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
        throw new DicomFormatException(f.path(), "date/time '" + text + "' is not a DICOM DA/TM/DT value");
      }
    }
  }
}
