package org.psmapathway.app;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as UTF-8 text that also lets output already encoded as UTF-8 bytes (a finished
 * cohort result) be copied through without decoding and re-encoding it.
 */
final class StdoutWriter extends PrintWriter {

  private final OutputStream bytes;

  StdoutWriter(OutputStream bytes) {
    super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    this.bytes = bytes;
  }

  /** The byte stream under this writer; flush the writer before writing to it. */
  OutputStream bytes() {
    return bytes;
  }
}
