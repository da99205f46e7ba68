package org.psmapathway.stats.meta;

/** One subgroup's own meta-analysis. */
public record Subgroup(String group, MetaResult result) {
}
