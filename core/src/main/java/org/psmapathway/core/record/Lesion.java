package org.psmapathway.core.record;

/**
 * One PSMA-avid lesion on one scan. The {@code id} is kept across scans of the same patient:
 * that is how new, progressing and resolved lesions are recognised. Site-specific fields are
 * {@code null} when they do not apply or were not recorded: {@code region} and {@code side} for
 * nodes, {@code bone} for bone lesions, {@code organ} for visceral lesions, {@code extent} for
 * intraprostatic lesions.
 */
public record Lesion(
    String id,
    LesionSite site,
    NodeRegion region,
    Side side,
    String bone,
    String organ,
    LocalExtent extent,
    Double suvMax,
    Double shortAxisMm,
    Double volumeMl) {}
