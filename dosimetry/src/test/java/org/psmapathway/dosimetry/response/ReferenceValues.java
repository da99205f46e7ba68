package org.psmapathway.dosimetry.response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values R wrote to reference/dose_response_reference.csv (dose_response_reference.R, R 4.2.2,
 * pROC 1.18.0), by quantity name.
 */
final class ReferenceValues {

  private final Map<String, Double> values;

  private ReferenceValues(Map<String, Double> values) {
    this.values = values;
  }

  static ReferenceValues load() {
    try (InputStream in = ReferenceValues.class.getResourceAsStream(
        "/reference/dose_response_reference.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      Map<String, Double> m = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].replace("\"", "").split(",");
        m.put(cells[0], "NA".equals(cells[1]) ? Double.NaN : Double.parseDouble(cells[1]));
      }
      return new ReferenceValues(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  double get(String quantity) {
    Double v = values.get(quantity);
    if (v == null) {
      throw new IllegalArgumentException("no reference value " + quantity);
    }
    return v;
  }
}
