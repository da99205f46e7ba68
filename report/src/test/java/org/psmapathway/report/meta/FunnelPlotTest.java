package org.psmapathway.report.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.psmapathway.report.figure.FigureFormat;
import org.psmapathway.report.figure.FigureWriter;
import org.psmapathway.stats.meta.MetaAnalysis;
import org.psmapathway.stats.meta.MetaOptions;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.StudyData;
import org.psmapathway.stats.meta.Tau2Method;
import org.psmapathway.stats.meta.TrimAndFill;
import org.w3c.dom.Document;

class FunnelPlotTest {

  @Test
  void bcgFunnelWithTrimAndFillStudies() throws Exception {
    StudyData data = BcgFixture.logRiskRatios();
    MetaOptions fe = MetaOptions.of(Tau2Method.FE);
    MetaResult r = MetaAnalysis.fit(data, fe);
    TrimAndFill.Result tf = TrimAndFill.run(data, fe, TrimAndFill.Estimator.L0);
    FunnelPlot plot = new FunnelPlot(r, new EffectMeasure("Risk ratio", "RR", "", ""),
        tf.filledYi(), tf.filledVi());
    byte[] svg = FigureWriter.render(plot, FigureFormat.SVG);
    byte[] png = FigureWriter.render(plot, FigureFormat.PNG);
    FigureFiles.keep("funnel-bcg.svg", svg);
    FigureFiles.keep("funnel-bcg.png", png);

    Document doc = FigureFiles.parseSvg(svg);
    List<String> texts = FigureFiles.texts(doc);
    assertThat(texts).contains("Risk ratio (log scale)", "Standard error", "0", "0.2", "0.4");
    // 13 studies filled, 4 trim-and-fill studies open (metafor: k0 = 4 on the right for FE)
    assertThat(tf.k0()).isEqualTo(4);
    assertThat(doc.getElementsByTagNameNS("*", "ellipse").getLength()
        + doc.getElementsByTagNameNS("*", "circle").getLength()).isGreaterThanOrEqualTo(13 + 4);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(2 * plot.width());
    assertThat(image.getHeight()).isEqualTo(2 * plot.height());
  }
}
