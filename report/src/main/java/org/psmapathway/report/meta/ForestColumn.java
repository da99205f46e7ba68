package org.psmapathway.report.meta;

/**
 * A descriptor column of a forest plot (design, N, follow-up, NOS score): a header and one value
 * per study in input order; null or empty values are left blank.
 */
public record ForestColumn(String header, String[] values) {
  public ForestColumn {
    values = values.clone();
  }
}
