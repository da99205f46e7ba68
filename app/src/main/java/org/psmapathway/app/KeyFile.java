package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.psmapathway.store.deid.PseudonymKey;

/**
 * The de-identification key, read from a file: never from the command line, where {@code ps} and
 * the shell history would show it. All bytes of the file are the key (a trailing newline too), so
 * {@code head -c 32 /dev/urandom > deid.key} makes one.
 */
final class KeyFile {

  private KeyFile() {}

  static PseudonymKey read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw bad(file, "no such file; expected a key file of at least " + PseudonymKey.MIN_BYTES
          + " bytes (e.g. head -c 32 /dev/urandom > deid.key)");
    } catch (IOException e) {
      throw bad(file, "cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.length < PseudonymKey.MIN_BYTES) {
      throw bad(file, "key of " + bytes.length + " bytes; expected at least "
          + PseudonymKey.MIN_BYTES + " bytes (e.g. head -c 32 /dev/urandom > deid.key)");
    }
    return PseudonymKey.of(bytes);
  }

  private static BadInputException bad(Path file, String message) {
    return new BadInputException(List.of(file + ": --key-file: " + message));
  }
}
