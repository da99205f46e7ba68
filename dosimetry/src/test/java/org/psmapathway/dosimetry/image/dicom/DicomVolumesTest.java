package org.psmapathway.dosimetry.image.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.dosimetry.image.ImageVolume;

/**
 * NM and PT volumes read through {@link DicomVolumes#read} against what pydicom/numpy computed
 * from the same files (expected.json): grid, slice order, rescaled values, timing.
 */
class DicomVolumesTest {

  @TempDir
  Path tmp;

  private static final QuantitationOptions FILE_ONLY = QuantitationOptions.fromFileOnly();

  @Test
  void multiFrameNmWithNegativeSpacingIsReversedAndMappedToBqPerMl() throws IOException {
    JsonNode e = Fixtures.expected("nm_multiframe_rwvm.dcm");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("nm_multiframe_rwvm.dcm"), FILE_ONLY);
    ImageVolume v = q.volume();
    Fixtures.assertGrid(v, e);
    Fixtures.assertSamples(v, e, 1.0);
    // frames written at IPP + f·(−4.8)·normal: the last frame is the grid's first slice
    assertThat(e.get("sliceOrder").get(0).asInt()).isEqualTo(5);
    double sum = 0;
    for (float f : v.values()) {
      sum += f;
    }
    assertThat(sum).isCloseTo(e.get("sumOfValues").asDouble(), within(1e-6 * e.get("sumOfValues").asDouble()));
    assertThat(v.unit()).isEqualTo("Bq/mL");
    assertThat(q.decoding()).isEqualTo(ValueDecoding.REAL_WORLD_VALUE_MAPPING);
    assertThat(q.modality()).isEqualTo("NM");
    assertThat(q.acquisition()).isEqualTo(LocalDateTime.parse(e.get("acquisition").asText()));
    assertThat(q.injection()).isEqualTo(LocalDateTime.parse(e.get("injection").asText()));
    assertThat(q.injectedActivityMBq()).isEqualTo(e.get("injectedMBq").asDouble(), within(1e-9));
    assertThat(q.halfLifeH()).isEqualTo(e.get("halfLifeS").asDouble() / 3600, within(1e-12));
    assertThat(q.hoursAfterInjection()).isEqualTo(25.75, within(1e-12));
    assertThat(q.decayCorrection()).isEqualTo(DecayCorrection.NOT_STATED);
    assertThat(q.decayCorrectionUndoFactor()).isNaN();
    assertThat(q.notes()).anyMatch(n -> n.contains("negative") && n.contains("reversed"));
  }

  @Test
  void ptSeriesIsSortedByPositionNotByFileNameOrInstanceNumber() throws IOException {
    JsonNode e = Fixtures.expected("pt_series");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("pt_series"), FILE_ONLY);
    ImageVolume v = q.volume();
    Fixtures.assertGrid(v, e);
    Fixtures.assertSamples(v, e, 1.0);
    assertThat(q.decoding()).isEqualTo(ValueDecoding.PET_BQML_RESCALE);
    assertThat(q.decayCorrection()).isEqualTo(DecayCorrection.START);
    assertThat(q.decayCorrectionUndoFactor()).isEqualTo(1.0);
    // PET reference time is Series Date/Time (one slice was acquired 2.5 s later)
    assertThat(q.acquisition()).isEqualTo(LocalDateTime.parse(e.get("acquisition").asText()));
    assertThat(q.injection()).isEqualTo(LocalDateTime.parse(e.get("injection").asText()));
    assertThat(q.injectedActivityMBq()).isEqualTo(250.0, within(1e-12));
    assertThat(q.notes()).anyMatch(n -> n.contains("injection date not in the file"));
  }

  @Test
  void implicitVr32BitSliceDecayCorrectedToAdministrationReportsTheUndoFactor() throws IOException {
    JsonNode e = Fixtures.expected("pt_implicit_admin.dcm");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("pt_implicit_admin.dcm"), FILE_ONLY);
    Fixtures.assertGrid(q.volume(), e);
    Fixtures.assertSamples(q.volume(), e, 1.0);
    assertThat(q.decayCorrection()).isEqualTo(DecayCorrection.ADMIN);
    assertThat(q.hoursAfterInjection()).isEqualTo(1.5);
    assertThat(q.decayCorrectionUndoFactor())
        .isCloseTo(e.get("undoFactor").asDouble(), within(1e-15));
    // values are not changed by the reader
    JsonNode first = e.get("samples").get(0);
    assertThat(q.volume().values()[0]).isEqualTo((float) first.get("value").asDouble());
  }

  @Test
  void bigEndianSlice() throws IOException {
    JsonNode e = Fixtures.expected("pt_big_endian.dcm");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("pt_big_endian.dcm"), FILE_ONLY);
    Fixtures.assertGrid(q.volume(), e);
    Fixtures.assertSamples(q.volume(), e, 1.0);
    assertThat(e.get("samples")).hasSize(12);
    assertThat(q.decayCorrection()).isEqualTo(DecayCorrection.NONE);
  }

  /**
   * Only the low Bits Stored bits hold the value (PS3.5 §8.1.1): junk above them is cleared and
   * a signed value sign-extended from bit 11. Expected values come from the standard's rule in
   * numpy; pydicom 2.3.1's pixel_array keeps the junk bits here.
   */
  @Test
  void twelveBitSignedCellsWithJunkAboveAndEightBitCells() throws IOException {
    for (String name : new String[] {"pt_12bit_signed.dcm", "pt_8bit.dcm"}) {
      JsonNode e = Fixtures.expected(name);
      QuantitativeVolume q = DicomVolumes.read(Fixtures.file(name), FILE_ONLY);
      Fixtures.assertGrid(q.volume(), e);
      Fixtures.assertSamples(q.volume(), e, 1.0);
    }
    QuantitativeVolume twelve = DicomVolumes.read(Fixtures.file("pt_12bit_signed.dcm"), FILE_ONLY);
    assertThat(twelve.volume().values()[0]).isEqualTo(2047 * 0.75f);
    assertThat(twelve.volume().values()[1]).isEqualTo(-2048 * 0.75f);
    assertThat(twelve.volume().values()[2]).isEqualTo(-0.75f);
  }

  @Test
  void nmSeriesWithThePlaneInTheDetectorSequence() throws IOException {
    JsonNode e = Fixtures.expected("nm_series");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("nm_series"), FILE_ONLY.withCalibration(1.0));
    Fixtures.assertGrid(q.volume(), e);
    Fixtures.assertSamples(q.volume(), e, 1.0);
    assertThat(q.decoding()).isEqualTo(ValueDecoding.NM_RESCALE_CALIBRATED);
  }

  @Test
  void multiFrameNmWithoutSpacingBetweenSlicesUsesSliceThicknessAndSaysSo() throws IOException {
    JsonNode e = Fixtures.expected("nm_thickness_only.dcm");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("nm_thickness_only.dcm"), FILE_ONLY.withCalibration(1.0));
    Fixtures.assertGrid(q.volume(), e);
    Fixtures.assertSamples(q.volume(), e, 1.0);
    assertThat(q.notes()).anyMatch(n -> n.contains("Spacing Between Slices (0018,0088) absent"));
  }

  @Test
  void nmCountsNeedACalibrationAndSayWhich() {
    assertThatThrownBy(() -> DicomVolumes.read(Fixtures.file("nm_counts.dcm"), FILE_ONLY))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("nm_counts.dcm")
        .hasMessageContaining("no Real World Value Mapping (0040,9096) in Bq/ml")
        .hasMessageContaining("cps/MBq");
  }

  @Test
  void nmRescaleTimesSiteCalibration() throws IOException {
    JsonNode e = Fixtures.expected("nm_counts.dcm");
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("nm_counts.dcm"), FILE_ONLY.withCalibration(2.5));
    Fixtures.assertGrid(q.volume(), e);
    Fixtures.assertSamples(q.volume(), e, 2.5);
    assertThat(q.decoding()).isEqualTo(ValueDecoding.NM_RESCALE_CALIBRATED);
    assertThat(q.injection()).isNull();
    assertThat(q.injectedActivityMBq()).isNaN();
    assertThat(q.hoursAfterInjection()).isNaN();
    assertThat(q.notes()).anyMatch(n -> n.contains("no Radiopharmaceutical Information Sequence"));
  }

  @Test
  void countsWithCameraCalibrationConserveTotalActivity() throws IOException {
    JsonNode e = Fixtures.expected("nm_counts.dcm");
    double cpsPerMBq = 9.6;
    double seconds = 1800;
    QuantitativeVolume q = DicomVolumes.read(Fixtures.file("nm_counts.dcm"),
        FILE_ONLY.withCountsCalibration(cpsPerMBq, seconds));
    assertThat(q.decoding()).isEqualTo(ValueDecoding.COUNTS_CALIBRATED);
    ImageVolume v = q.volume();
    double voxelMl = 3.3 * 3.3 * 3.3 / 1000;
    // per voxel: counts / (cps/MBq · s) MBq · 1e6 / mL
    Fixtures.assertSamples(v, e, 1e6 / (cpsPerMBq * seconds * voxelMl));
    // summed over the volume: Σ Bq/mL · mL = total counts / (CF · t) in Bq
    double totalBq = 0;
    for (float f : v.values()) {
      totalBq += f * v.voxelVolumeMl();
    }
    assertThat(totalBq).isCloseTo(e.get("sumOfRescaled").asDouble() / (cpsPerMBq * seconds) * 1e6,
        within(1e-6 * totalBq));
  }

  @Test
  void compressedFileIsRefusedNamingItsTransferSyntax() {
    assertThatThrownBy(() -> DicomVolumes.read(Fixtures.file("compressed_jpeg_lossless_header.dcm"),
        FILE_ONLY.withCalibration(1)))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("compressed_jpeg_lossless_header.dcm")
        .hasMessageContaining("1.2.840.10008.1.2.4.70")
        .hasMessageContaining("JPEG Lossless");
  }

  @Test
  void folderMixingTwoSeriesIsRefused() throws IOException {
    Path folder = copyOfSeries("mixed");
    Files.copy(Fixtures.file("pt_implicit_admin.dcm"), folder.resolve("zz.dcm"));
    assertThatThrownBy(() -> DicomVolumes.read(folder, FILE_ONLY))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("zz.dcm").hasMessageContaining("not the same series");
  }

  @Test
  void multiFrameFileAmongOthersIsRefused() throws IOException {
    Path folder = copyOfSeries("withNm");
    Files.copy(Fixtures.file("nm_multiframe_rwvm.dcm"), folder.resolve("nm.dcm"));
    assertThatThrownBy(() -> DicomVolumes.read(folder, FILE_ONLY))
        .isInstanceOf(DicomFormatException.class).hasMessageContaining("nm.dcm: multi-frame file");
  }

  @Test
  void missingSliceMakesSpacingNonUniform() throws IOException {
    JsonNode e = Fixtures.expected("pt_series");
    Path folder = copyOfSeries("gap");
    Files.delete(folder.resolve(e.get("sliceOrder").get(3).asText()));
    assertThatThrownBy(() -> DicomVolumes.read(folder, FILE_ONLY))
        .isInstanceOf(DicomFormatException.class).hasMessageContaining("slice spacing is not uniform");
  }

  @Test
  void twoFilesAtOnePositionAreRefused() throws IOException {
    Path folder = copyOfSeries("twice");
    Files.copy(folder.resolve("img03.dcm"), folder.resolve("img03-copy.dcm"));
    assertThatThrownBy(() -> DicomVolumes.read(folder, FILE_ONLY))
        .isInstanceOf(DicomFormatException.class).hasMessageContaining("same slice position");
  }

  @Test
  void nonDicomFilesInTheFolderAreSkipped() throws IOException {
    Path folder = copyOfSeries("withReadme");
    Files.writeString(folder.resolve("README.txt"), "exported from the SPECT console");
    assertThat(DicomVolumes.read(folder, FILE_ONLY).volume().nz()).isEqualTo(7);
  }

  @Test
  void otherModalitiesAreRefused() {
    assertThatThrownBy(() -> DicomVolumes.read(Fixtures.file("seg_two_segments.dcm"), FILE_ONLY))
        .isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("Modality (0008,0060) is SEG");
  }

  @Test
  void sniffsFilesAndFolders() throws IOException {
    assertThat(DicomVolumes.isDicom(Fixtures.file("pt_series"))).isTrue();
    assertThat(DicomVolumes.isDicom(Fixtures.file("nm_counts.dcm"))).isTrue();
    assertThat(DicomVolumes.isDicom(Fixtures.file("expected.json"))).isFalse();
    assertThat(DicomVolumes.isDicom(tmp)).isFalse();
    assertThat(DicomVolumes.isDicom(tmp.resolve("absent.nii.gz"))).isFalse();
    assertThatThrownBy(() -> DicomVolumes.read(tmp, FILE_ONLY))
        .isInstanceOf(DicomFormatException.class).hasMessageContaining("folder holds no DICOM");
  }

  private Path copyOfSeries(String name) throws IOException {
    Path folder = Files.createDirectory(tmp.resolve(name));
    try (Stream<Path> files = Files.list(Fixtures.file("pt_series"))) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.copy(p, folder.resolve(p.getFileName()));
      }
    }
    return folder;
  }
}
