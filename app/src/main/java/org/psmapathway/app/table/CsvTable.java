package org.psmapathway.app.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.psmapathway.app.BadInputException;

/**
 * A CSV file with a header row, read whole into named columns — the input of every statistics
 * command ({@code psma meta}, later {@code km}, {@code cox}, {@code table1}).
 *
 * <p>Conventions (docs/cli.md): UTF-8 (a byte-order mark is ignored), comma-separated, RFC 4180
 * quoting, header names trimmed and case-sensitive, blank lines skipped. An empty cell or
 * {@code NA} is a missing value. A row with more or fewer cells than the header is an error, as is
 * an empty file.
 *
 * <p>Columns are typed when asked for: {@link #text} gives strings (null = missing),
 * {@link #numbers} parses every cell (NaN = missing). Problems — an unknown column, a cell that is
 * not a number — are collected, not thrown one at a time, so that the user sees all of them at
 * once; {@link #check()} throws a {@link BadInputException} listing them as
 * {@code file:line:column: message} (line and column 1-based, as editors count them).
 */
public final class CsvTable {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private final String file;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final Cells cells;
  private final int rowCount;
  private final long[] lines;
  private final List<String> problems = new ArrayList<>();

  private CsvTable(String file, List<String> header, Cells cells, int rowCount, long[] lines) {
    this.file = file;
    this.header = List.copyOf(header);
    this.index = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      index.putIfAbsent(header.get(c), c);
    }
    this.cells = cells;
    this.rowCount = rowCount;
    this.lines = lines;
  }

  /**
   * Reads the whole file.
   *
   * @throws BadInputException for a file that cannot be read, an empty file, ragged rows (all of
   *     them listed) or broken quoting
   */
  public static CsvTable read(Path path) {
    String file = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(List.of(file + ": no such file"));
    }
    Cells cells = new Cells();
    try (CsvReader<PackingCallbackHandler.Row> reader = CsvReader.builder()
        .detectBomHeader(true)
        .skipEmptyLines(true)
        .allowExtraFields(true)   // ragged rows are reported below, all of them, with line numbers
        .allowMissingFields(true)
        .build(new PackingCallbackHandler(cells), path, StandardCharsets.UTF_8)) {
      return parse(file, reader, cells);
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(List.of(file + ": cannot read: " + e.getMessage()));
    } catch (CsvParseException e) {
      throw new BadInputException(List.of(file + ": " + e.getMessage()));
    }
  }

  /** Parses CSV text; {@code name} stands in for the file name in messages. */
  public static CsvTable parse(String name, String csv) {
    Cells cells = new Cells();
    try (CsvReader<PackingCallbackHandler.Row> reader = CsvReader.builder().skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true)
        .build(new PackingCallbackHandler(cells), csv)) {
      return parse(name, reader, cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    } catch (CsvParseException e) {
      throw new BadInputException(List.of(name + ": " + e.getMessage()));
    }
  }

  private static CsvTable parse(String file, CsvReader<PackingCallbackHandler.Row> reader,
      Cells cells) {
    List<String> header = null;
    int rowCount = 0;
    long[] lines = new long[1024];
    List<String> problems = new ArrayList<>();
    for (PackingCallbackHandler.Row record : reader) {
      if (header == null) {
        header = new ArrayList<>();
        for (int c = 0; c < record.fields(); c++) {
          String name = cells.text(record.firstCell() + c).strip();
          if (name.isEmpty()) {
            problems.add(file + ":" + record.line() + ":" + (c + 1)
                + ": empty column name in the header row");
          } else if (header.contains(name)) {
            problems.add(file + ":" + record.line() + ":" + (c + 1)
                + ": column \"" + name + "\" appears twice in the header row");
          }
          header.add(name);
        }
        cells.truncate(record.firstCell());
        continue;
      }
      if (record.fields() != header.size()) {
        problems.add(file + ":" + record.line() + ": " + record.fields()
            + " cells, expected " + header.size() + " as in the header row");
        cells.truncate(record.firstCell());
        continue;
      }
      if (rowCount == lines.length) {
        lines = Arrays.copyOf(lines, 2 * rowCount);
      }
      lines[rowCount++] = record.line();
    }
    if (header == null) {
      throw new BadInputException(List.of(file + ":1: empty file: expected a header row"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new CsvTable(file, header, cells, rowCount, Arrays.copyOf(lines, rowCount));
  }

  /** The file name as used in messages. */
  public String file() {
    return file;
  }

  /** Column names in file order. */
  public List<String> columns() {
    return header;
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** Number of data rows (the header excluded). */
  public int rowCount() {
    return rowCount;
  }

  /** The 1-based line of the file where data row {@code row} (0-based) starts. */
  public long line(int row) {
    return lines[row];
  }

  /**
   * {@code file:line:column} of a cell, for messages; {@code column} may be unknown or null, then
   * only {@code file:line}.
   */
  public String where(int row, String column) {
    Integer c = column == null ? null : index.get(column);
    return file + ":" + lines[row] + (c == null ? "" : ":" + (c + 1));
  }

  /** Text cells, null where missing; records a problem and returns null if the column is absent. */
  public String[] text(String column) {
    Integer c = require(column);
    if (c == null) {
      return null;
    }
    String[] out = new String[rowCount];
    int width = header.size();
    for (int r = 0; r < out.length; r++) {
      String cell = cells.text(r * width + c).strip();
      out[r] = missing(cell) ? null : cell;
    }
    return out;
  }

  /**
   * Numeric cells, NaN where missing. Every cell that is not a number is recorded as a problem
   * ({@code file:line:column: column "x": expected a number, got "abc"}); returns null if the
   * column is absent (also recorded).
   */
  public double[] numbers(String column) {
    Integer c = require(column);
    if (c == null) {
      return null;
    }
    double[] out = new double[rowCount];
    int width = header.size();
    for (int r = 0; r < out.length; r++) {
      double fast = cells.fastNumber(r * width + c);
      if (!Double.isNaN(fast)) {
        out[r] = fast; // a plain decimal, exactly as parseNumber reads it
        continue;
      }
      String cell = cells.text(r * width + c).strip();
      if (missing(cell)) {
        out[r] = Double.NaN;
        continue;
      }
      try {
        out[r] = parseNumber(cell);
      } catch (NumberFormatException e) {
        problems.add(where(r, column) + ": column \"" + column + "\": expected a number, got \""
            + cell + "\"");
        out[r] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * Numeric cells (NaN where missing) when the column exists and every present cell is a number;
   * otherwise null, and nothing is recorded — for a caller that then reads the column as text
   * (an event column may be 0/1 or TRUE/FALSE).
   */
  public double[] numbersIfAll(String column) {
    Integer c = index.get(column);
    if (c == null) {
      return null;
    }
    double[] out = new double[rowCount];
    int width = header.size();
    for (int r = 0; r < out.length; r++) {
      double fast = cells.fastNumber(r * width + c);
      if (!Double.isNaN(fast)) {
        out[r] = fast;
        continue;
      }
      String cell = cells.text(r * width + c).strip();
      if (missing(cell)) {
        out[r] = Double.NaN;
      } else if (isNumber(cell)) {
        out[r] = parseNumber(cell);
      } else {
        return null;
      }
    }
    return out;
  }

  /** Records a problem about one cell (or, with row &lt; 0, about the file), to be thrown by {@link #check()}. */
  public void problem(int row, String column, String message) {
    problems.add((row < 0 ? file : where(row, column)) + ": " + message);
  }

  /** Throws a {@link BadInputException} with every problem recorded so far, if any. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  private Integer require(String column) {
    Integer c = index.get(column);
    if (c == null) {
      problems.add(file + ":1: no column \"" + column + "\"; the header has "
          + String.join(", ", header));
    }
    return c;
  }

  private static boolean missing(String cell) {
    return cell.isEmpty() || cell.equals("NA");
  }

  /**
   * True when {@code cell} (stripped, not missing) is a number as {@link #numbers} reads it; used to
   * tell numeric columns from categorical ones without recording problems.
   */
  public static boolean isNumber(String cell) {
    try {
      parseNumber(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Plain decimal numbers as R's read.csv writes them (1.5, -2e-3, Inf, -Inf); Java-only spellings
   * that Double.parseDouble would accept ("1.5d", "0x1p3", "NaN", "Infinity") are refused.
   */
  static double parseNumber(String cell) {
    switch (cell) {
      case "Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    if (!DECIMAL.matcher(cell).matches()) {
      throw new NumberFormatException(cell);
    }
    return Double.parseDouble(cell);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CsvTable[%s, %d rows, columns %s]", file, rowCount,
        Arrays.toString(header.toArray()));
  }
}
