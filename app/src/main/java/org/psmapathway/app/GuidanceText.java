package org.psmapathway.app;

import org.psmapathway.core.guidance.Guidance;
import org.psmapathway.core.guidance.GuidanceItem;
import org.psmapathway.core.guidance.GuidanceKind;
import org.psmapathway.core.guidance.Source;

/**
 * Guidance in the tumour-board summary: findings, then options (marked "option", never orders),
 * then evidence, each with its facts and sources.
 */
final class GuidanceText {

  private static final String INDENT = "  ";

  private GuidanceText() {}

  static void write(StringBuilder s, Guidance guidance) {
    if (!guidance.applicable()) {
      s.append("Guidance: not applicable (").append(guidance.decisionNote()).append(")\n");
      return;
    }
    s.append("Guidance (").append(guidance.decisionNote()).append(")\n");
    for (GuidanceKind kind : GuidanceKind.values()) {
      for (GuidanceItem item : guidance.items()) {
        if (item.kind() != kind) {
          continue;
        }
        s.append(INDENT).append(label(kind)).append(item.option()).append('\n');
        for (String r : item.rationale()) {
          s.append(INDENT).append(INDENT).append("because ").append(r).append('\n');
        }
        for (Source source : item.sources()) {
          s.append(INDENT).append(INDENT).append("source: ").append(source.citation());
          if (source.strength() != null) {
            s.append(" [").append(source.strength()).append(']');
          }
          s.append('\n');
        }
      }
    }
  }

  private static String label(GuidanceKind kind) {
    return switch (kind) {
      case FINDING -> "";
      case OPTION -> "Option: ";
      case EVIDENCE -> "Evidence: ";
    };
  }
}
