package org.psmapathway.report.dosimetry;

/**
 * One patient of a PSA waterfall.
 *
 * @param patient identifier (kept for the SVG title, not printed under the bar)
 * @param changePercent best PSA change from baseline, %, negative for a decline
 * @param atOrAboveCut tumour dose ≥ the cut
 */
public record WaterfallBar(String patient, double changePercent, boolean atOrAboveCut) {}
