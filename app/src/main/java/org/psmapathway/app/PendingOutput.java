package org.psmapathway.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output that only becomes visible when the whole run succeeded: results are written to a temporary
 * file and then either moved into place ({@code --out FILE}, atomically) or copied to standard
 * output. A run that fails on bad input, or is interrupted with Ctrl-C, leaves nothing behind, so a
 * partial result is never mistaken for a complete one.
 *
 * <p>Results are UTF-8, written either as text ({@link #writer()}) or as bytes already encoded
 * ({@link #stream()}); one command uses one of the two.
 */
final class PendingOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private final Thread cleanup;
  private Writer writer;
  private boolean committed;

  /** @param target the file to produce, or {@code null} for standard output */
  PendingOutput(Path target) throws IOException {
    this.target = target;
    Path dir = target == null ? null : target.toAbsolutePath().getParent();
    this.temp = dir == null
        ? Files.createTempFile("psma-", ".out")
        : Files.createTempFile(dir, "." + target.getFileName() + "-", ".partial");
    this.stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    this.cleanup = new Thread(this::deleteTemp, "psma-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Text output, encoded as UTF-8. */
  Writer writer() {
    if (writer == null) {
      writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }
    return writer;
  }

  /** Output already encoded as UTF-8. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Publishes the output: moves it to the target file, or copies it to {@code stdout} — as bytes
   * when {@code stdout} is the process's standard output, so a large result is not decoded and
   * encoded again on the way out.
   */
  void commit(Writer stdout) throws IOException {
    closeTemp();
    if (target == null) {
      stdout.flush();
      if (stdout instanceof StdoutWriter process) {
        Files.copy(temp, process.bytes());
        process.bytes().flush();
      } else {
        try (var in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
          in.transferTo(stdout);
        }
        stdout.flush();
      }
      Files.delete(temp);
    } else {
      PendingFiles.readableByAll(temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    committed = true;
  }

  private void closeTemp() throws IOException {
    if (writer != null) {
      writer.close();
    } else {
      stream.close();
    }
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      closeTemp();
      deleteTemp();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run; it deletes the temporary file itself
    }
  }

  private void deleteTemp() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // best effort on the way out; the file is in a temporary directory
    }
  }
}
