package org.psmapathway.core.archfixture;

import java.io.File;
import java.time.LocalDate;

/**
 * Test fixture, not production code: a "clinical rule" that reads the clock and touches a file,
 * which ArchitectureTest must reject.
 */
public final class ImpureRule {

  private ImpureRule() {}

  public static boolean recentScan(LocalDate scanDate) {
    return new File("/tmp/scan").exists() && scanDate.isAfter(LocalDate.now().minusYears(1));
  }
}
