package org.psmapathway.report.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The seed-002 figures on the research/dosimetry.md 8.2 vector: valid SVG, one mark per patient,
 * the fitted curve through 0.5 at D50 in pixel space, no NaN anywhere.
 */
class DosimetryFiguresTest {

  static final double[] DOSE = {3.1, 4.8, 6.0, 7.2, 8.5, 9.1, 9.9, 10.4, 11.0, 12.3, 13.5, 14.2,
      15.8, 17.0, 19.5, 22.0, 26.4, 31.0};
  static final double[] Y = {0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1};
  static final double[] CHANGE = {48, 35, 22, -58, 5, -18, -62, -31, -71, -54, -55, -83, -66,
      -90, -77, -94, -88, -97};
  // glm(psa50 ~ dose, binomial) and its covariance at the MLE (dose_response_reference.csv)
  static final double B0 = -4.2397923453619892;
  static final double B1 = 0.41664042258341272;
  static final double V00 = 5.1418041679512267;
  static final double V01 = -0.4564469350689217;
  static final double V11 = 0.044268896470644865;

  static ResponseBand.Point band(double d) {
    double eta = B0 + B1 * d;
    double se = Math.sqrt(V00 + 2 * d * V01 + d * d * V11);
    return new ResponseBand.Point(expit(eta), expit(eta - 1.959964 * se),
        expit(eta + 1.959964 * se));
  }

  static double expit(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }

  private DoseResponsePlot doseResponse() {
    return new DoseResponsePlot(DOSE, Y, DosimetryFiguresTest::band, -B0 / B1,
        List.of(new DoseMarker("10 Gy (Violet 2019)", 10), new DoseMarker("Youden 11 Gy", 11)),
        "Whole-body tumour dose after cycle 1 (Gy)");
  }

  @Test
  void doseResponseSvgHasOnePointPerPatientAndTheCurvePassesHalfAtD50() throws Exception {
    DoseResponsePlot plot = doseResponse();
    byte[] svg = FigureWriter.render(plot, FigureFormat.SVG);
    keep("dose-response.svg", svg);
    keep("dose-response.png", FigureWriter.render(plot, FigureFormat.PNG));
    String text = new String(svg, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
    Document doc = parse(svg);
    Element points = group(doc, "observations");
    assertThat(points.getElementsByTagNameNS("*", "ellipse").getLength()
        + points.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(DOSE.length);
    assertThat(texts(doc)).contains("D50 = 10.2 Gy", "10 Gy (Violet 2019)", "Youden 11 Gy",
        "Probability of PSA response", "Whole-body tumour dose after cycle 1 (Gy)");

    NodeList paths = group(doc, "fitted-curve").getElementsByTagNameNS("*", "path");
    assertThat(paths.getLength()).isEqualTo(1);
    List<double[]> vertices = vertices(((Element) paths.item(0)).getAttribute("d"));
    double px = plot.xPixel(-B0 / B1);
    double[] atD50 = vertices.stream().filter(v -> Math.abs(v[0] - px) < 0.01).findFirst()
        .orElseThrow(() -> new AssertionError("no curve vertex at D50, x = " + px));
    assertThat(atD50[1]).isCloseTo(plot.yPixel(0.5), within(0.01));
    // and the mapping itself: probability 0 at the bottom of the frame, 1 at the top
    assertThat(plot.yPixel(0)).isGreaterThan(plot.yPixel(1));
    // the curve rises: pixel y decreases along the path
    for (int i = 1; i < vertices.size(); i++) {
      assertThat(vertices.get(i)[1]).isLessThanOrEqualTo(vertices.get(i - 1)[1] + 0.011);
    }
  }

  @Test
  void stackedTiesStayInsideTheFrame() throws Exception {
    DoseResponsePlot plot = new DoseResponsePlot(new double[] {5, 5, 5, 9, 9},
        new double[] {1, 1, 0, 0, 0}, DosimetryFiguresTest::band, 12, List.of(), "Dose (Gy)");
    Document doc = parse(FigureWriter.render(plot, FigureFormat.SVG));
    Element points = group(doc, "observations");
    assertThat(points.getElementsByTagNameNS("*", "ellipse").getLength()
        + points.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(5);
  }

  @Test
  void waterfallHasOneBarPerPatientSortedDescendingAndColouredByDose() throws Exception {
    List<WaterfallBar> bars = new ArrayList<>();
    for (int i = 0; i < DOSE.length; i++) {
      bars.add(new WaterfallBar("P" + (i + 1), CHANGE[i], DOSE[i] >= 10));
    }
    bars.add(new WaterfallBar("P19", 180, false)); // beyond the +100 % cap
    PsaWaterfallPlot plot = new PsaWaterfallPlot(bars, "10 Gy");
    byte[] svg = FigureWriter.render(plot, FigureFormat.SVG);
    keep("psa-waterfall.svg", svg);
    keep("psa-waterfall.png", FigureWriter.render(plot, FigureFormat.PNG));
    assertThat(new String(svg, StandardCharsets.UTF_8)).doesNotContain("NaN");
    Document doc = parse(svg);
    NodeList rects = group(doc, "bars").getElementsByTagNameNS("*", "rect");
    assertThat(rects.getLength()).isEqualTo(19);
    assertThat(plot.bars().get(0).patient()).isEqualTo("P19");
    assertThat(plot.bars().get(18).changePercent()).isEqualTo(-97);
    for (int i = 1; i < plot.bars().size(); i++) {
      assertThat(plot.bars().get(i).changePercent())
          .isLessThanOrEqualTo(plot.bars().get(i - 1).changePercent());
    }
    // the capped bar reaches +100 %, and is labelled with its value
    Element first = (Element) rects.item(0);
    assertThat(Double.parseDouble(first.getAttribute("y")))
        .isCloseTo(plot.yPixel(100), within(0.01));
    List<String> texts = texts(doc);
    assertThat(texts).contains("+180%", "Tumour dose ≥ 10 Gy (n = 11)",
        "Tumour dose < 10 Gy (n = 8)", "−50%", "+20%");
    int high = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      String style = ((Element) rects.item(i)).getAttribute("style")
          + ((Element) rects.item(i)).getAttribute("fill");
      high += style.contains("rgb(0,114,178)") || style.contains("#0072b2") ? 1 : 0;
    }
    assertThat(high).isEqualTo(11);
  }

  @Test
  void badValuesAreRefusedWithTheirIndex() {
    assertThatThrownBy(() -> new PsaWaterfallPlot(List.of(new WaterfallBar("A", -120, true)),
        "10 Gy")).hasMessageContaining("bars[0] (A)");
    assertThatThrownBy(() -> new DoseResponsePlot(new double[] {1, Double.NaN},
        new double[] {0, 1}, DosimetryFiguresTest::band, 10, List.of(), "Dose"))
        .hasMessageContaining("doseGy[1]");
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");

  /** The vertices of an SVG path of M/L commands, as JFreeSVG writes a polyline. */
  static List<double[]> vertices(String d) {
    assertThat(d).doesNotContain("C").doesNotContain("Q");
    Matcher m = NUMBER.matcher(d);
    List<Double> nums = new ArrayList<>();
    while (m.find()) {
      nums.add(Double.parseDouble(m.group()));
    }
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < nums.size(); i += 2) {
      out.add(new double[] {nums.get(i), nums.get(i + 1)});
    }
    return out;
  }

  static Element group(Document doc, String id) {
    NodeList groups = doc.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (id.equals(g.getAttribute("id"))) {
        return g;
      }
    }
    throw new AssertionError("no SVG group with id " + id);
  }

  static Document parse(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
  }

  static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  static void keep(String name, byte[] bytes) throws Exception {
    Path dir = Path.of("target", "figures");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }
}
