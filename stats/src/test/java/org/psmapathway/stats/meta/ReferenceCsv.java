package org.psmapathway.stats.meta;

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


/** Reads the R-written reference CSVs in src/test/resources/reference (quoted strings, NA = missing). */
final class ReferenceCsv {
    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(String name) {
        InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource reference/" + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = split(r.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
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

    static double num(Map<String, String> row, String col) {
        String s = row.get(col);
        if (s == null) {
            throw new IllegalArgumentException("no column " + col + " in " + row.keySet());
        }
        return s.equals("NA") || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    static double[] column(List<Map<String, String>> rows, String col) {
        return rows.stream().mapToDouble(r -> num(r, col)).toArray();
    }

    static String[] strings(List<Map<String, String>> rows, String col) {
        return rows.stream().map(r -> r.get(col)).toArray(String[]::new);
    }
    static StudyData bcg() {
        List<Map<String, String>> rows = read("dat_bcg_logrr.csv");
        return new StudyData(strings(rows, "trial"), column(rows, "yi"), column(rows, "vi"), "log");
    }

    static StudyData hrExample() {
        List<Map<String, String>> rows = read("hr_example_input.csv");
        return HazardRatios.fromConfidenceIntervals(strings(rows, "study"), column(rows, "hr"), column(rows, "lcl"),
                column(rows, "ucl"));
    }
}
