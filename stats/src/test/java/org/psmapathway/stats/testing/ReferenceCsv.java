package org.psmapathway.stats.testing;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.psmapathway.stats.model.ModelData;

/** Reads the R reference CSVs under src/test/resources/reference (R's write.csv: quoted strings, "" / NA = missing). */
public final class ReferenceCsv {

    private final List<String> header;
    private final List<Map<String, String>> rows;

    private ReferenceCsv(List<String> header, List<Map<String, String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static ReferenceCsv read(String name) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource reference/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = split(r.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return new ReferenceCsv(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public List<Map<String, String>> rows(Predicate<Map<String, String>> filter) {
        return rows.stream().filter(filter).toList();
    }

    public static double num(String s) {
        return s == null || s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    /** All columns as numeric (missing = NaN), except those listed as categorical. */
    public ModelData data(String... categorical) {
        ModelData.Builder b = ModelData.builder();
        for (String col : header) {
            if (List.of(categorical).contains(col)) {
                b.categorical(col, rows.stream().map(r -> {
                    String v = r.get(col);
                    return v.isEmpty() || v.equals("NA") ? null : v;
                }).toArray(String[]::new));
            } else {
                b.numeric(col, rows.stream().mapToDouble(r -> num(r.get(col))).toArray());
            }
        }
        return b.build();
    }
}
