package org.psmapathway.report.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.psmapathway.stats.meta.HazardRatios;
import org.psmapathway.stats.meta.MetaAnalysis;
import org.psmapathway.stats.meta.MetaOptions;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.StudyData;
import org.psmapathway.stats.meta.SubgroupAnalysis;
import org.psmapathway.stats.meta.SubgroupResult;
import org.psmapathway.stats.meta.Tau2Method;

class ForestPlotTest {

  private static final EffectMeasure RR = new EffectMeasure("Risk ratio", "RR", "Favours BCG",
      "Favours control");

  @Test
  void bcgWithSubgroupsRendersAsSvgWithEveryLabelAndAsPngOfTwiceTheSize() throws Exception {
    StudyData data = BcgFixture.logRiskRatios();
    MetaOptions dl = MetaOptions.of(Tau2Method.DL);
    MetaResult overall = MetaAnalysis.fit(data, dl);
    SubgroupResult sub = SubgroupAnalysis.run(data, BcgFixture.ALLOC, dl);
    ForestPlot plot = new ForestPlot(new ForestPlotData(overall, RR,
        List.of(new ForestColumn("Allocation", BcgFixture.ALLOC)), BcgFixture.ALLOC, sub));

    byte[] svg = FigureWriter.render(plot, FigureFormat.SVG);
    byte[] png = FigureWriter.render(plot, FigureFormat.PNG);
    FigureFiles.keep("forest-bcg-subgroups.svg", svg);
    FigureFiles.keep("forest-bcg-subgroups.png", png);

    List<String> texts = FigureFiles.texts(FigureFiles.parseSvg(svg));
    assertThat(texts).contains("Aronson, 1948", "TPT Madras, 1980", "random", "alternate",
        "systematic", "Random-effects model (DL)", "RR [95% CI]", "Weight", "Risk ratio",
        "\u2190 Favours BCG", "Favours control \u2192", "Prediction interval", "100.0%");
    // pooled RR exp(-0.7141) = 0.49 [0.34, 0.70] (metafor, dat_bcg_rma.csv DL row)
    assertThat(texts).contains("0.49 [0.34, 0.70]");
    assertThat(texts).anyMatch(t -> t.startsWith("Heterogeneity: \u03c4\u00b2 = 0.309; I\u00b2 = 92%;"
        + " Q = 152.23, df = 12 (p < 0.001)"));
    assertThat(texts).anyMatch(t -> t.startsWith("Test for subgroup differences: Q = 1.54, df = 2"));
    assertThat(texts).contains("Subtotal (k = 2)", "Subtotal (k = 7)", "Subtotal (k = 4)");
    // log axis ticks of the 1-2-5 series around the data
    assertThat(texts).contains("0.1", "0.2", "0.5", "1", "2");

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(2 * plot.width());
    assertThat(image.getHeight()).isEqualTo(2 * plot.height());
  }

  @Test
  void twoHazardRatiosWithoutSubgroups() throws Exception {
    StudyData data = HazardRatios.fromConfidenceIntervals(new String[] {"Arifin 2023", "Vogel 2021"},
        new double[] {0.46, 2.22}, new double[] {0.22, 1.08}, new double[] {0.99, 4.58});
    MetaResult r = MetaAnalysis.fit(data, MetaOptions.of(Tau2Method.DL));
    ForestPlot plot = new ForestPlot(ForestPlotData.of(r, new EffectMeasure("Hazard ratio", "HR",
        "Favours PSMA-guided", "Favours conventional")));
    byte[] svg = FigureWriter.render(plot, FigureFormat.SVG);
    FigureFiles.keep("forest-ffs.svg", svg);
    FigureFiles.keep("forest-ffs.png", FigureWriter.render(plot, FigureFormat.PNG));
    List<String> texts = FigureFiles.texts(FigureFiles.parseSvg(svg));
    // study CIs are recomputed from ln HR ± z·SE, so the published bounds come back to rounding:
    // 0.99 → 0.98 and 4.58 → 4.57 (the published intervals are not exactly symmetric in ln HR)
    assertThat(texts).contains("Arifin 2023", "Vogel 2021", "0.46 [0.22, 0.98]",
        "2.22 [1.08, 4.57]", "HR [95% CI]", "Random-effects model (DL)");
  }
}
