package org.psmapathway.stats.survival;

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

/**
 * A reference table written by R's {@code write.csv} (header row, quoted strings, empty cell or NA
 * = missing), read from the test resources. Test fixture only: the product reads CSV in the
 * {@code store} module.
 */
final class ReferenceCsv {

    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    private ReferenceCsv() {
    }

    static ReferenceCsv load(String name) {
        ReferenceCsv csv = new ReferenceCsv();
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8));
            String[] header = split(r.readLine());
            for (int i = 0; i < header.length; i++) {
                csv.columns.put(header[i], i);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    csv.rows.add(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv;
    }

    private static String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    int size() {
        return rows.size();
    }

    String text(int row, String column) {
        Integer c = columns.get(column);
        if (c == null) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return rows.get(row)[c];
    }

    /** NaN for an empty cell or NA. */
    double number(int row, String column) {
        String t = text(row, column);
        return t.isEmpty() || t.equals("NA") ? Double.NaN : Double.parseDouble(t);
    }

    double[] numbers(String column) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i, column);
        }
        return out;
    }

    String[] texts(String column) {
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text(i, column);
        }
        return out;
    }
}
