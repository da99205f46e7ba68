package org.psmapathway.store;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The registry contract on embedded H2, file-based as in production. */
class H2RegistryTest extends RegistryContract {

  @TempDir
  Path dir;

  @Override
  protected Registry openEmpty() {
    return Registry.open(dir.resolve("registry").toString(), Map.of());
  }
}
