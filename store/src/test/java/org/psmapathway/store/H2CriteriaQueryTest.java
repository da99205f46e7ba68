package org.psmapathway.store;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Listing by criteria on embedded, file-based H2. */
class H2CriteriaQueryTest extends CriteriaQueryContract {

  @TempDir
  static Path dir;

  @Override
  protected Registry openEmpty() {
    return Registry.open(dir.resolve("registry").toString(), Map.of());
  }
}
