package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes several output files (figures) so that none appears unless all could be written: each
 * goes to a hidden temporary file next to its target first, and only when every one is complete
 * are they moved into place (atomically each). On failure the temporary files are removed.
 */
final class PendingFiles {

  private PendingFiles() {}

  static void writeAll(Map<Path, byte[]> files) throws IOException {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
          throw new BadInputException(List.of(e.getKey() + ": the directory does not exist"));
        }
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".partial");
        staged.add(new Path[] {temp, target});
        Files.write(temp, e.getValue());
        readableByAll(temp);
      }
      for (Path[] s : staged) {
        Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      staged.clear();
    } finally {
      for (Path[] s : staged) {
        Files.deleteIfExists(s[0]);
      }
    }
  }

  /** createTempFile makes owner-only files; a figure is a normal document (rw-r--r--). */
  static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the default ACL of the directory applies
    }
  }
}
