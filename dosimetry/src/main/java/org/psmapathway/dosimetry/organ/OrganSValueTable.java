package org.psmapathway.dosimetry.organ;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Lu-177 organ S values of the ICRP-110 AM/AF phantoms (OpenDose, via rpt_dosi), shipped as the
 * resource {@value #RESOURCE} with its provenance and licence in its comment header. Regions are
 * named in lower case with hyphens ({@code kidneys}, {@code kidney-left}, {@code liver},
 * {@code spleen}, {@code salivary-glands}, {@code red-marrow}).
 */
public final class OrganSValueTable {

  static final String RESOURCE = "lu177-organ-s-values-icrp110.csv";
  private static final String HEADER = "phantom,region,source,target,sMGyPerMBqS,phantomMassG,note";

  private static final OrganSValueTable SHIPPED = load();

  private final Map<String, OrganSValue> rows;

  private OrganSValueTable(Map<String, OrganSValue> rows) {
    this.rows = rows;
  }

  /** The shipped table. */
  public static OrganSValueTable icrp110() {
    return SHIPPED;
  }

  /** The row of {@code region} (case and {@code _}/space vs {@code -} ignored) for a phantom. */
  public Optional<OrganSValue> find(Phantom phantom, String region) {
    return Optional.ofNullable(rows.get(key(phantom, canonical(region))));
  }

  /** Every row, in file order. */
  public List<OrganSValue> rows() {
    return List.copyOf(rows.values());
  }

  /** Lower case, spaces and underscores as hyphens: "Kidney_Left" → "kidney-left". */
  public static String canonical(String region) {
    return region.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  private static String key(Phantom phantom, String region) {
    return phantom.code() + "/" + region;
  }

  private static OrganSValueTable load() {
    InputStream in = OrganSValueTable.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, OrganSValue> rows = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = false;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          if (!line.equals(HEADER)) {
            throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected header " + HEADER);
          }
          header = true;
          continue;
        }
        String[] c = line.split(",", -1);
        if (c.length != 7) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 7 cells");
        }
        Phantom p = Phantom.parse(c[0]);
        OrganSValue v = new OrganSValue(p, c[1], c[2], c[3],
            c[4].isEmpty() ? Double.NaN : Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[6]);
        rows.put(key(p, c[1]), v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OrganSValueTable(rows);
  }

  /** Regions with a row for the given phantom, in file order. */
  public List<String> regions(Phantom phantom) {
    List<String> out = new ArrayList<>();
    for (OrganSValue v : rows.values()) {
      if (v.phantom() == phantom) {
        out.add(v.region());
      }
    }
    return out;
  }
}
