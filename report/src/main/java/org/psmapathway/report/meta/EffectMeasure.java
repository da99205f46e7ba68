package org.psmapathway.report.meta;

/**
 * How a forest or funnel plot names its effect: {@code name} for the axis ("Hazard ratio"),
 * {@code abbreviation} for the estimate column ("HR"), the "favours" labels under the axis (left of
 * the null value, right of it; empty for none). Whether the axis is logarithmic follows the
 * result's scale.
 */
public record EffectMeasure(String name, String abbreviation, String favoursLeft,
    String favoursRight) {

  public EffectMeasure {
    favoursLeft = favoursLeft == null ? "" : favoursLeft;
    favoursRight = favoursRight == null ? "" : favoursRight;
  }
}
