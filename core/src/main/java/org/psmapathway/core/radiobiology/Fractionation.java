package org.psmapathway.core.radiobiology;

/**
 * One schedule converted at one α/β: physical dose, fractions, dose per fraction, BED and EQD2
 * (all in Gy). {@code warning} is non-null when the dose per fraction is outside the range where
 * the LQ model is trusted.
 */
public record Fractionation(
    double doseGy,
    int fractions,
    double dosePerFractionGy,
    AlphaBeta alphaBeta,
    double bedGy,
    double eqd2Gy,
    String warning) {}
