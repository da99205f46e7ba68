package org.psmapathway.store.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One registry table read from its file: the header checked against the table's columns (unknown
 * column, missing required column, a column named twice), every row with its physical line number
 * and its cells stripped of surrounding blanks (an empty cell is "not recorded"). Column order is
 * free. Problems are collected, not thrown, so that an import lists all of them.
 */
final class CsvTableFile {

  /** One data row: where it starts and its cells in header order. */
  record Row(long line, String[] cells) {}

  private final RegistryTable table;
  private final String file;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  private CsvTableFile(RegistryTable table, String file, Map<String, Integer> index,
      List<Row> rows) {
    this.table = table;
    this.file = file;
    this.index = index;
    this.rows = rows;
  }

  /** A table that the import was not given: no rows. */
  static CsvTableFile absent(RegistryTable table) {
    return new CsvTableFile(table, table.fileName(), Map.of(), List.of());
  }

  static CsvTableFile read(RegistryTable table, Path path, List<CsvProblem> problems) {
    String file = path.toString();
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    int before = problems.size();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true)
        .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
        .ofCsvRecord(path, StandardCharsets.UTF_8)) {
      int width = -1;
      for (CsvRecord record : reader) {
        if (width < 0) {
          width = record.getFieldCount();
          header(table, file, record, index, problems);
          continue;
        }
        if (record.getFieldCount() != width) {
          problems.add(new CsvProblem(file, record.getStartingLineNumber(), 0,
              record.getFieldCount() + " cells, expected " + width + " as in the header row"));
          continue;
        }
        String[] cells = new String[width];
        for (int c = 0; c < width; c++) {
          cells[c] = record.getField(c).strip();
        }
        rows.add(new Row(record.getStartingLineNumber(), cells));
      }
      if (width < 0) {
        problems.add(new CsvProblem(file, 1, 0, "empty file; expected a header row naming "
            + "the columns (" + String.join(",", table.header()) + ")"));
      }
    } catch (CsvParseException e) {
      problems.add(new CsvProblem(file, 0, 0, e.getMessage()));
    } catch (UncheckedIOException e) {
      problems.add(new CsvProblem(file, 0, 0, e.getCause() instanceof CharacterCodingException
          ? "cannot read: not UTF-8 text" : "cannot read: " + e.getCause().getMessage()));
    } catch (IOException e) {
      problems.add(new CsvProblem(file, 0, 0, Files.exists(path)
          ? "cannot read: " + e.getMessage() : "cannot read: no such file"));
    }
    // a table with a broken header is not assembled: its rows would only add noise
    return problems.size() > before && index.isEmpty() ? absent(table)
        : new CsvTableFile(table, file, index, rows);
  }

  private static void header(RegistryTable table, String file, CsvRecord record,
      Map<String, Integer> index, List<CsvProblem> problems) {
    long line = record.getStartingLineNumber();
    for (int c = 0; c < record.getFieldCount(); c++) {
      String name = record.getField(c).strip();
      if (table.column(name).isEmpty()) {
        problems.add(new CsvProblem(file, line, c + 1, "unknown column \"" + name
            + "\"; expected one of " + String.join(", ", table.header())));
      } else if (index.putIfAbsent(name, c) != null) {
        problems.add(new CsvProblem(file, line, c + 1, "column \"" + name
            + "\" appears twice in the header row"));
      }
    }
    String missing = table.columns().stream()
        .filter(col -> col.required() && !index.containsKey(col.name()))
        .map(CsvColumn::name).collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      problems.add(new CsvProblem(file, line, 0, "missing required column(s): " + missing));
      index.clear(); // cannot assemble rows without their key or required values
    }
  }

  RegistryTable table() {
    return table;
  }

  String file() {
    return file;
  }

  List<Row> rows() {
    return rows;
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  /** 1-based CSV column of a column name, or 0 when the file has no such column. */
  int position(String column) {
    Integer c = index.get(column);
    return c == null ? 0 : c + 1;
  }

  /** The cell, or {@code null} when the column is absent or the cell empty. */
  String cell(Row row, String column) {
    Integer c = index.get(column);
    if (c == null) {
      return null;
    }
    String value = row.cells()[c];
    return value.isEmpty() ? null : value;
  }
}
