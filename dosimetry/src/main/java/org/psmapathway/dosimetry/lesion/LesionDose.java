package org.psmapathway.dosimetry.lesion;

/**
 * Mean absorbed dose of one lesion by the sphere model.
 *
 * @param meanHu mean CT number, NaN when not given (soft tissue assumed)
 * @param tissue composition band and density from the HU
 * @param massG ρ·V, g
 * @param sMGyPerMBqH S value of a sphere of that mass and the lesion's composition, mGy/(MBq·h)
 * @param meanGy Ã·S/1000, Gy
 * @param cubicFitGy soft tissue only: the same dose with the cubic fit's S value (a cross-check
 *     of the interpolation); NaN for a bone lesion
 * @param fitDifferencePercent 100·(fit − PCHIP)/PCHIP; NaN for a bone lesion
 * @param softTissueGy bone lesions only: the dose with the soft-tissue table at the same mass
 *     (density corrected, composition not); NaN for soft tissue, or when that mass lies outside the
 *     soft-tissue table (the comparison is never extrapolated)
 * @param compositionEffectPercent bone lesions only: 100·(S mixture − S soft tissue)/S soft tissue
 *     at the same mass; NaN otherwise
 * @param ledGy local energy deposition Ã·0.08531/m, Gy (electrons only)
 * @param extrapolated true when the mass lay outside the table and extrapolation was asked for
 */
public record LesionDose(String lesion, double tiaMBqH, double volumeMl, double meanHu,
    LesionTissue tissue, double massG, double sMGyPerMBqH, double meanGy, double cubicFitGy,
    double fitDifferencePercent, double softTissueGy, double compositionEffectPercent,
    double ledGy, boolean extrapolated) {}
