package org.psmapathway.dosimetry.lesion;

/**
 * Mean absorbed dose of one lesion by the sphere model.
 *
 * @param meanHu mean CT number, NaN when not given (soft tissue assumed)
 * @param tissue composition band and density from the HU
 * @param massG ρ·V, g
 * @param sMGyPerMBqH sphere S value at that mass, mGy/(MBq·h)
 * @param meanGy Ã·S/1000, Gy
 * @param cubicFitGy the same dose with the cubic fit's S value (cross-check)
 * @param fitDifferencePercent 100·(fit − PCHIP)/PCHIP
 * @param ledGy local energy deposition Ã·0.08531/m, Gy (electrons only)
 * @param extrapolated true when the mass lay outside the table and extrapolation was asked for
 */
public record LesionDose(String lesion, double tiaMBqH, double volumeMl, double meanHu,
    LesionTissue tissue, double massG, double sMGyPerMBqH, double meanGy, double cubicFitGy,
    double fitDifferencePercent, double ledGy, boolean extrapolated) {}
