package org.psmapathway.app;

import java.io.BufferedWriter;
import java.io.IOException;
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
 */
final class PendingOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private final Thread cleanup;
  private boolean committed;

  /** @param target the file to produce, or {@code null} for standard output */
  PendingOutput(Path target) throws IOException {
    this.target = target;
    Path dir = target == null ? null : target.toAbsolutePath().getParent();
    this.temp = dir == null
        ? Files.createTempFile("psma-", ".out")
        : Files.createTempFile(dir, "." + target.getFileName() + "-", ".partial");
    this.writer = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
    this.cleanup = new Thread(this::deleteTemp, "psma-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  Writer writer() {
    return writer;
  }

  /** Publishes the output: moves it to the target file, or copies it to {@code stdout}. */
  void commit(Writer stdout) throws IOException {
    writer.close();
    if (target == null) {
      try (var in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
        in.transferTo(stdout);
      }
      stdout.flush();
      Files.delete(temp);
    } else {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      writer.close();
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
