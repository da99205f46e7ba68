package org.psmapathway.dosimetry.image.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Part-10 parser on files written by pydicom in the three native transfer syntaxes. */
class Part10ReaderTest {

  @TempDir
  Path tmp;

  @Test
  void explicitLittleEndianWithUndefinedAndDefinedLengthSequences() throws IOException {
    DicomFile f = Part10Reader.read(Fixtures.file("nm_multiframe_rwvm.dcm"));
    assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    DicomDataset ds = f.dataset();
    assertThat(ds.getString(DicomTag.MODALITY)).isEqualTo("NM");
    assertThat(ds.getInt(DicomTag.NUMBER_OF_FRAMES, 1)).isEqualTo(6);
    assertThat(ds.getStrings(DicomTag.IMAGE_TYPE)).containsExactly("ORIGINAL", "PRIMARY", "RECON TOMO", "EMISSION");
    assertThat(ds.getInts(DicomTag.FRAME_INCREMENT_POINTER)).containsExactly(DicomTag.SLICE_VECTOR);
    assertThat(ds.getDoubles(DicomTag.SLICE_VECTOR)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(ds.getDouble(DicomTag.SPACING_BETWEEN_SLICES, 0)).isEqualTo(-4.8);
    // written with undefined length and an undefined-length item (make_fixtures.py)
    DicomDataset detector = ds.getNestedDataset(DicomTag.DETECTOR_INFORMATION_SEQUENCE);
    assertThat(detector.getDoubles(DicomTag.IMAGE_POSITION_PATIENT)).containsExactly(-100.0, -120.5, 80.25);
    assertThat(detector.getDoubles(DicomTag.IMAGE_ORIENTATION_PATIENT)).containsExactly(0.8, 0.6, 0, 0, 0, -1);
    // defined length, with FD values and a nested code sequence
    DicomDataset rwvm = ds.getNestedDataset(DicomTag.REAL_WORLD_VALUE_MAPPING_SEQUENCE);
    assertThat(rwvm.getDouble(DicomTag.REAL_WORLD_VALUE_SLOPE, 0)).isEqualTo(12.5);
    assertThat(rwvm.getDouble(DicomTag.REAL_WORLD_VALUE_INTERCEPT, 0)).isEqualTo(-3.0);
    assertThat(rwvm.getNestedDataset(DicomTag.MEASUREMENT_UNITS_CODE_SEQUENCE).getString(DicomTag.CODE_VALUE))
        .isEqualTo("Bq/ml");
    // elements after the sequences are still found
    assertThat(ds.getInt(DicomTag.ROWS, 0)).isEqualTo(10);
    assertThat(ds.element(DicomTag.PIXEL_DATA).length()).isEqualTo(6 * 10 * 12 * 2);
  }

  @Test
  void implicitLittleEndianTakesVrsFromTheDictionaryAndParsesUnknownSequencesOnRequest() throws IOException {
    DicomFile f = Part10Reader.read(Fixtures.file("pt_implicit_admin.dcm"));
    assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
    DicomDataset ds = f.dataset();
    assertThat(ds.getInt(DicomTag.BITS_ALLOCATED, 0)).isEqualTo(32);
    assertThat(ds.getString(DicomTag.DECAY_CORRECTION)).isEqualTo("ADMIN");
    DicomDataset drug = ds.getNestedDataset(DicomTag.RADIOPHARMACEUTICAL_INFORMATION_SEQUENCE);
    assertThat(drug.getDouble(DicomTag.RADIONUCLIDE_TOTAL_DOSE, 0)).isEqualTo(6.8e9);
    assertThat(drug.getNestedDataset(DicomTag.RADIONUCLIDE_CODE_SEQUENCE).getString(DicomTag.CODE_MEANING))
        .isEqualTo("^177^Lutetium");
    int patientOrientationCodeSequence = 0x0054_0410; // not in this package's dictionary
    assertThat(ds.element(patientOrientationCodeSequence).vr()).isEqualTo(Vr.UN);
    List<DicomDataset> items = ds.getSequence(patientOrientationCodeSequence);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).getString(DicomTag.CODE_VALUE)).isEqualTo("F-10450");
  }

  @Test
  void explicitBigEndian() throws IOException {
    DicomFile f = Part10Reader.read(Fixtures.file("pt_big_endian.dcm"));
    assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
    assertThat(f.dataset().getInt(DicomTag.ROWS, 0)).isEqualTo(4);
    assertThat(f.dataset().getInt(DicomTag.COLUMNS, 0)).isEqualTo(3);
    assertThat(f.meta().getString(DicomTag.TRANSFER_SYNTAX_UID)).isEqualTo("1.2.840.10008.1.2.2");
    DicomDataset drug = f.dataset().getNestedDataset(DicomTag.RADIOPHARMACEUTICAL_INFORMATION_SEQUENCE);
    assertThat(drug.getString(DicomTag.RADIOPHARMACEUTICAL_START_DATE_TIME)).isEqualTo("20260310080000");
    assertThat(drug.getNestedDataset(DicomTag.RADIONUCLIDE_CODE_SEQUENCE).getString(DicomTag.CODE_VALUE))
        .isEqualTo("C-130F9");
    assertThat(f.dataset().getDouble(DicomTag.RESCALE_SLOPE, 0)).isEqualTo(1.5);
  }

  /**
   * An explicit-VR UN element holding a sequence is implicit VR little endian inside (PS3.5
   * §6.2.2), with defined length (parsed on request) or undefined length (parsed at once).
   * Built byte by byte: pydicom writes known sequences as SQ.
   */
  @Test
  void explicitVrUnSequencesAreReadAsImplicitLittleEndian() {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.position(128);
    b.put("DICM".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putShort((short) 0x0002).putShort((short) 0x0010).put((byte) 'U').put((byte) 'I').putShort((short) 20)
        .put("1.2.840.10008.1.2.1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    byte[] item = implicitCodeItem("F-10450 ");
    b.putShort((short) 0x0054).putShort((short) 0x0410).put((byte) 'U').put((byte) 'N').putShort((short) 0)
        .putInt(item.length).put(item);
    b.putShort((short) 0x0054).putShort((short) 0x0412).put((byte) 'U').put((byte) 'N').putShort((short) 0)
        .putInt(-1).put(implicitCodeItem("T-D0050 "))
        .putShort((short) 0xFFFE).putShort((short) 0xE0DD).putInt(0);
    b.putShort((short) 0x0008).putShort((short) 0x0060).put((byte) 'C').put((byte) 'S').putShort((short) 2)
        .put((byte) 'N').put((byte) 'M');
    byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position());
    DicomDataset ds = Part10Reader.parse(Path.of("un.dcm"), bytes).dataset();
    assertThat(ds.getNestedDataset(0x0054_0410).getString(DicomTag.CODE_VALUE)).isEqualTo("F-10450");
    assertThat(ds.getNestedDataset(0x0054_0412).getString(DicomTag.CODE_VALUE)).isEqualTo("T-D0050");
    assertThat(ds.getString(DicomTag.MODALITY)).isEqualTo("NM");
  }

  /** An item (FFFE,E000) of defined length holding (0008,0100) in implicit VR LE. */
  private static byte[] implicitCodeItem(String codeValue) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 8 + codeValue.length())
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(8 + codeValue.length());
    b.putShort((short) 0x0008).putShort((short) 0x0100).putInt(codeValue.length())
        .put(codeValue.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return b.array();
  }

  @Test
  void compressedSyntaxHeaderIsReadButNamedAsEncapsulated() throws IOException {
    DicomFile f = Part10Reader.read(Fixtures.file("compressed_jpeg_lossless_header.dcm"));
    assertThat(f.transferSyntax().encapsulated()).isTrue();
    assertThat(f.transferSyntax().uid()).isEqualTo("1.2.840.10008.1.2.4.70");
    assertThat(f.dataset().getString(DicomTag.MODALITY)).isEqualTo("NM");
  }

  @Test
  void truncatedFileNamesFileElementAndOffset() {
    Path file = Fixtures.file("truncated.dcm");
    DicomFormatException e = (DicomFormatException) catchThrowable(() -> Part10Reader.read(file));
    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.getMessage()).contains("truncated.dcm").contains("truncated").contains("(7FE0,0010)")
        .contains("offset " + e.offset());
    // The pixel data header sits 12 bytes (implicit VR: tag + 32-bit length)... before its value.
    int full = Fixtures.expected("truncated.dcm").get("fullLength").asInt();
    int pixelBytes = 5 * 6 * 4;
    assertThat(e.offset()).isEqualTo(full - pixelBytes - 8);
  }

  @Test
  void notDicomAndTooShortFilesAreRefusedAtTheirOffset() throws IOException {
    Path text = tmp.resolve("notes.txt");
    Files.writeString(text, "x".repeat(400));
    assertThatThrownBy(() -> Part10Reader.read(text)).isInstanceOf(DicomFormatException.class)
        .hasMessage(text + ": offset 128: not a DICOM Part-10 file: no 'DICM' prefix after the 128-byte preamble");
    Path tiny = tmp.resolve("tiny.dcm");
    Files.write(tiny, new byte[20]);
    assertThatThrownBy(() -> Part10Reader.read(tiny)).isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("tiny.dcm").hasMessageContaining("20 bytes");
    assertThat(Part10Reader.isPart10(text)).isFalse();
    assertThat(Part10Reader.isPart10(tiny)).isFalse();
  }

  @Test
  void unknownTransferSyntaxIsNamed() throws IOException {
    byte[] b = Files.readAllBytes(Fixtures.file("nm_counts.dcm"));
    String bytes = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = bytes.indexOf("1.2.840.10008.1.2.1\0");
    assertThat(at).isPositive();
    b[at + 18] = '9'; // 1.2.840.10008.1.2.9: not a transfer syntax
    assertThatThrownBy(() -> Part10Reader.parse(Path.of("x.dcm"), b)).isInstanceOf(DicomFormatException.class)
        .hasMessageContaining("unknown transfer syntax 1.2.840.10008.1.2.9");
  }

  /**
   * Seeded damage: every prefix cut and single-byte change of every fixture either parses or is
   * refused with a DicomFormatException, never an index or arithmetic exception.
   */
  @Test
  void damagedFilesFailOnlyWithDicomFormatException() throws IOException {
    Random random = new Random(20260310);
    List<String> names = List.of("nm_multiframe_rwvm.dcm", "nm_counts.dcm", "pt_implicit_admin.dcm",
        "pt_big_endian.dcm", "seg_two_segments.dcm", "compressed_jpeg_lossless_header.dcm");
    int refused = 0;
    for (String name : names) {
      byte[] original = Files.readAllBytes(Fixtures.file(name));
      for (int cut = 0; cut < original.length; cut += 1 + random.nextInt(11)) {
        refused += tryParse(name + " cut at " + cut, java.util.Arrays.copyOf(original, cut));
      }
      for (int n = 0; n < 150; n++) {
        byte[] damaged = original.clone();
        int at = 132 + random.nextInt(original.length - 132);
        damaged[at] = (byte) random.nextInt(256);
        refused += tryParse(name + " byte " + at, damaged);
      }
    }
    assertThat(refused).isGreaterThan(300);
  }

  private static int tryParse(String what, byte[] bytes) {
    try {
      DicomFile f = Part10Reader.parse(Path.of(what), bytes);
      // reading values must not fail with anything else either
      for (int tag : f.dataset().tags()) {
        try {
          f.dataset().getStrings(tag);
          if (f.dataset().element(tag).vr() == Vr.SQ) {
            f.dataset().getSequence(tag);
          }
        } catch (DicomFormatException expected) {
          // a damaged number is reported, that is fine
        }
      }
      return 0;
    } catch (DicomFormatException e) {
      assertThat(e.getMessage()).startsWith(what + ": ");
      return 1;
    }
  }
}
