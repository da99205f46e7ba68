package org.psmapathway.dosimetry.kinetics;

/**
 * One parameter of a time–activity result.
 *
 * @param unit MBq or 1/h
 * @param standardError NaN when not estimated (trapezoid tail rate, singular fit)
 * @param cvPercent 100·SE/|value|, NaN with the standard error
 */
public record FittedParameter(String name, String unit, double value, double standardError,
    double cvPercent) {}
