package org.psmapathway.report.figure;

import java.awt.Graphics2D;

/**
 * A figure is one drawing on a Graphics2D of a fixed size in CSS pixels (1/96 inch). The same
 * {@link #draw} call produces the SVG and the PNG ({@link FigureWriter}), so the two never differ.
 */
public interface Figure {

  /** Width in pixels. */
  int width();

  /** Height in pixels. */
  int height();

  /** Draws on a white canvas of {@link #width()} × {@link #height()}, origin top left. */
  void draw(Graphics2D g);
}
