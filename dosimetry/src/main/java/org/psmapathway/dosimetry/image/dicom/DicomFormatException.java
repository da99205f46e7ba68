package org.psmapathway.dosimetry.image.dicom;

import java.nio.file.Path;

/**
 * A file that is not DICOM, is damaged, or holds something this reader does not decode. The
 * message names the file and, where the problem sits at a place in the file, the byte offset.
 * Unchecked, like the project's other bad-input exceptions: the caller reports it, it does not
 * recover from it.
 */
public final class DicomFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long offset;

  /** A problem at byte {@code offset} of {@code file}. */
  public DicomFormatException(Path file, long offset, String problem) {
    super(file + ": offset " + offset + ": " + problem);
    this.file = file;
    this.offset = offset;
  }

  /** A problem with the content of {@code file} as a whole (a missing tag, a mixed series). */
  public DicomFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.offset = -1;
  }

  /** The file the problem is in. */
  public Path file() {
    return file;
  }

  /** Byte offset of the problem in the file, or -1 when it is not at one place. */
  public long offset() {
    return offset;
  }
}
