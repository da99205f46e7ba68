package org.psmapathway.report.meta;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Test helpers: parse an SVG as XML and list its text; keep a copy under target/ to look at. */
final class FigureFiles {

  private FigureFiles() {}

  static Document parseSvg(byte[] svg) throws Exception {
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

  /** Saved for inspection (mvn test leaves them in report/target/figures). */
  static void keep(String name, byte[] bytes) {
    try {
      Path dir = Path.of("target", "figures");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
