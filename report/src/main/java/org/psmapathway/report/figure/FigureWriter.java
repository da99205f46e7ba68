package org.psmapathway.report.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Renders a {@link Figure} to the bytes of an SVG document (JFreeSVG, text kept as text) or a PNG
 * (BufferedImage + ImageIO). Returns bytes and writes no file, so the caller decides where and how
 * atomically they land. Needs no display: run with {@code -Djava.awt.headless=true}.
 */
public final class FigureWriter {

  /** PNGs are rendered at twice the nominal size so that text stays legible when zoomed. */
  public static final int PNG_SCALE = 2;

  private FigureWriter() {}

  public static byte[] render(Figure figure, FigureFormat format) {
    return format == FigureFormat.SVG ? svg(figure) : png(figure);
  }

  static byte[] svg(Figure figure) {
    SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
    // Text as <text> elements: searchable, editable in Inkscape/Illustrator, as journals ask.
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    prepare(g, figure);
    figure.draw(g);
    g.dispose();
    return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] png(Figure figure) {
    BufferedImage image = new BufferedImage(figure.width() * PNG_SCALE,
        figure.height() * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.scale(PNG_SCALE, PNG_SCALE);
    prepare(g, figure);
    figure.draw(g);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    return bytes.toByteArray();
  }

  private static void prepare(Graphics2D g, Figure figure) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, figure.width(), figure.height());
    g.setColor(Color.BLACK);
    g.setFont(Fonts.body());
  }
}
