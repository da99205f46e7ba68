package org.psmapathway.report.dosimetry;

/** A dose cut marked on a figure, e.g. "10 Gy (Violet 2019)" or "Youden 11 Gy". */
public record DoseMarker(String label, double doseGy) {}
