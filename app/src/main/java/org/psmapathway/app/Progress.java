package org.psmapathway.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work on standard error: shown only when a person is watching (a terminal), and
 * silent when output is piped or redirected (DESIGN.md "Interfaces").
 */
final class Progress {

  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final String noun;
  private final boolean enabled;
  private final long startNanos;
  private long lastNanos;

  Progress(PrintStream err, String noun, boolean enabled) {
    this.err = err;
    this.noun = noun;
    this.enabled = enabled;
    this.startNanos = System.nanoTime();
    this.lastNanos = startNanos;
  }

  static Progress onTerminal(String noun) {
    return new Progress(System.err, noun, System.console() != null);
  }

  /**
   * @param done items finished so far
   * @param fractionDone share of the input consumed (0–1), or a negative number when unknown
   */
  void update(long done, double fractionDone) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastNanos < INTERVAL_NANOS) {
      return;
    }
    lastNanos = now;
    double seconds = (now - startNanos) / 1e9;
    String left = "";
    if (fractionDone > 0 && fractionDone < 1) {
      left = String.format(Locale.ROOT, ", about %.0f s left", seconds * (1 - fractionDone) / fractionDone);
    }
    err.printf(Locale.ROOT, "\r%,d %s (%,.0f/s%s)   ", done, noun, done / seconds, left);
  }

  void finish(long done) {
    if (enabled && System.nanoTime() - startNanos >= INTERVAL_NANOS) {
      err.printf(Locale.ROOT, "\r%,d %s done%30s%n", done, noun, "");
    }
  }
}
