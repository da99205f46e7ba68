package org.psmapathway.report.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.psmapathway.stats.survival.GroupCoding;
import org.psmapathway.stats.survival.KaplanMeier;
import org.psmapathway.stats.survival.KaplanMeierFit;
import org.psmapathway.stats.survival.KaplanMeierOptions;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The survival figure on R's lung data by sex: valid SVG with the expected text, PNG size. */
class SurvivalPlotTest {

  /** lung.csv columns time (2), status (3, 1/2), sex (5), read without the app's CSV reader. */
  private static KaplanMeierFit lungBySex() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("..", "stats", "src", "test", "resources",
        "reference", "lung.csv"), StandardCharsets.UTF_8);
    int n = lines.size() - 1;
    double[] time = new double[n];
    int[] event = new int[n];
    int[] sex = new int[n];
    for (int i = 0; i < n; i++) {
      String[] c = lines.get(i + 1).split(",", -1);
      time[i] = Double.parseDouble(c[1]);
      event[i] = Integer.parseInt(c[2]) - 1;
      sex[i] = Integer.parseInt(c[4]) - 1;
    }
    return KaplanMeier.fit(time, event, GroupCoding.ofIndex(sex, "1", "2"),
        KaplanMeierOptions.R_DEFAULT);
  }

  private static SurvivalPlot plot(boolean band) throws Exception {
    KaplanMeierFit fit = lungBySex();
    List<SurvivalCurve> curves = new ArrayList<>();
    curves.add(SurvivalCurves.kaplanMeier(fit.curves().get(0), "Male"));
    curves.add(SurvivalCurves.kaplanMeier(fit.curves().get(1), "Female"));
    return new SurvivalPlot(curves, new SurvivalPlotStyle("Time (days)", "Survival probability",
        band, true, "Log-rank " + PValueText.of(0.00131116452035549), Double.NaN, Double.NaN,
        Double.NaN, false));
  }

  @Test
  void kaplanMeierSvgHasAxesLegendAndRiskTable() throws Exception {
    SurvivalPlot plot = plot(true);
    byte[] svg = FigureWriter.render(plot, FigureFormat.SVG);
    keep("km-lung.svg", svg);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    NodeList nodes = doc.getElementsByTagNameNS("*", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    // last follow-up 1022 days: ticks every 200 up to 1200, the risk table at each tick
    assertThat(plot.timeTickLabels()).containsExactly("0", "200", "400", "600", "800", "1000",
        "1200");
    assertThat(texts).contains("Time (days)", "Survival probability", "Male", "Female",
        "Log-rank P = 0.001", "No. at risk", "0.0", "1.0", "1200");
    // R: summary(survfit(Surv(time, status) ~ sex, lung), times = seq(0, 1200, 200),
    // extend = TRUE)$n.risk is 138 78 31 13 6 2 0 and 90 66 26 11 2 0 0
    int table = texts.indexOf("No. at risk");
    List<String> rows = texts.subList(table + 1, table + 17);
    assertThat(rows).containsExactly("Male", "138", "78", "31", "13", "6", "2", "0",
        "Female", "90", "66", "26", "11", "2", "0", "0");
  }

  @Test
  void pngHasTwiceTheNominalSize() throws Exception {
    SurvivalPlot plot = plot(false);
    byte[] png = FigureWriter.render(plot, FigureFormat.PNG);
    keep("km-lung.png", png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(2 * plot.width());
    assertThat(image.getHeight()).isEqualTo(2 * plot.height());
  }

  @Test
  void numbersAtRiskAndStepValues() {
    SurvivalCurve c = new SurvivalCurve("a", "a", 1, new double[] {2, 5}, new double[] {0.8, 0.5},
        null, null, new double[0], new double[] {2, 5, 9}, new int[] {10, 7, 3});
    assertThat(c.valueAt(1)).isEqualTo(1);
    assertThat(c.valueAt(5)).isEqualTo(0.5);
    assertThat(c.atRisk(0)).isEqualTo(10);
    assertThat(c.atRisk(3)).isEqualTo(7);
    assertThat(c.atRisk(9)).isEqualTo(3);
    assertThat(c.atRisk(9.5)).isZero();
    assertThatThrownBy(() -> new SurvivalCurve("b", "b", 1, new double[] {1}, new double[0], null,
        null, new double[0], new double[0], new int[0]))
        .hasMessage("value: expected 1 values, got 0");
  }

  @Test
  void timeStepsAndPValues() {
    assertThat(SurvivalPlot.timeStep(1022)).isEqualTo(200);
    assertThat(SurvivalPlot.timeStep(424)).isEqualTo(100);
    assertThat(SurvivalPlot.timeStep(60)).isEqualTo(10);
    assertThat(SurvivalPlot.timeStep(5.3)).isEqualTo(1);
    assertThat(PValueText.of(0.00131)).isEqualTo("P = 0.001");
    assertThat(PValueText.of(0.0004)).isEqualTo("P<0.001");
    assertThat(PValueText.of(0.274)).isEqualTo("P = 0.27");
    assertThat(PValueText.of(0.995)).isEqualTo("P>0.99");
  }

  private static void keep(String name, byte[] bytes) throws Exception {
    Path d = Path.of("target", "figures");
    Files.createDirectories(d);
    Files.write(d.resolve(name), bytes);
  }
}
