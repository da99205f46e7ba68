package org.psmapathway.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.psmapathway.app.table.CsvTable;
import org.psmapathway.stats.descriptive.CategoricalTest;
import org.psmapathway.stats.descriptive.TableOne;
import org.psmapathway.stats.descriptive.TableOneRow;
import org.psmapathway.stats.descriptive.TableOneText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "table1",
    mixinStandardHelpOptions = true,
    description = {"Table 1: each column summarised by group — median (IQR) with the Wilcoxon "
        + "rank-sum (2 groups) or Kruskal–Wallis test, n (%%) per level with the chi-squared or "
        + "Fisher's exact test — as R computes them.",
        "A column is continuous when every value is a number, categorical otherwise (or when "
            + "named in --categorical). Rows without a group are dropped and counted."},
    footer = {"", "Examples:",
        "  ./psma table1 --data cohort.csv --by arm --columns age,psa,gleason,stage",
        "  ./psma table1 --data cohort.csv --by arm --columns age,ecog --categorical ecog "
            + "--format json"})
final class TableOneCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv",
      description = "One row per subject, with a header row.")
  Path data;

  @Option(names = "--by", required = true, paramLabel = "COLUMN",
      description = "Group column (2 or more groups).")
  String by;

  @Option(names = "--columns", required = true, split = ",", paramLabel = "COLUMN",
      description = "Columns to summarise, in display order.")
  List<String> columns;

  @Option(names = "--categorical", split = ",", paramLabel = "COLUMN",
      description = "Numeric columns to summarise as categorical (n (%%) per level).")
  List<String> categorical = new ArrayList<>();

  @Option(names = "--test", defaultValue = "auto", paramLabel = "TEST",
      description = "Categorical test: auto (Fisher when an expected count is < 5, else "
          + "chi-squared), chisq or fisher (default ${DEFAULT-VALUE}).")
  String test;

  @Option(names = "--digits", defaultValue = "1", paramLabel = "N",
      description = "Decimals of medians, quartiles and percentages (default ${DEFAULT-VALUE}).")
  int digits;

  @Option(names = "--mean-sd", description = "Add a mean (SD) line under each continuous row.")
  boolean meanSd;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    CategoricalTest setting = switch (test) {
      case "auto" -> CategoricalTest.AUTO;
      case "chisq" -> CategoricalTest.CHI_SQUARE;
      case "fisher" -> CategoricalTest.FISHER;
      default -> throw usage("--test must be auto, chisq or fisher, got " + test);
    };
    if (digits < 0 || digits > 10) {
      throw usage("--digits must be between 0 and 10, got " + digits);
    }
    for (String c : categorical) {
      if (!columns.contains(c)) {
        throw usage("--categorical " + c + ": not one of --columns " + String.join(",", columns));
      }
    }
    CsvTable table = CsvTable.read(data);
    String[] groups = table.text(by);
    List<String[]> cells = new ArrayList<>();
    for (String c : columns) {
      cells.add(table.text(c));
    }
    table.check();

    int[] keep = keptRows(groups);
    String[] g = pick(groups, keep);
    List<TableOneRow> rows = new ArrayList<>();
    try {
      for (int k = 0; k < columns.size(); k++) {
        String name = columns.get(k);
        String[] v = pick(cells.get(k), keep);
        if (!categorical.contains(name) && numeric(v)) {
          double[] x = ModelInput.finiteNumbers(table, name);
          table.check();
          double[] kept = new double[keep.length];
          for (int i = 0; i < keep.length; i++) {
            kept[i] = x[keep[i]];
          }
          rows.add(TableOne.continuous(name, kept, g));
        } else {
          rows.add(TableOne.categorical(name, v, g, setting));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException(List.of(table.file() + ": " + e.getMessage()));
    }
    int dropped = groups.length - keep.length;
    try (PendingOutput out = new PendingOutput(null)) {
      if (format == OutputFormat.json) {
        TableOneJson.write(by, dropped, rows, out.writer());
      } else {
        out.writer().write(TableOneText.render(rows, digits, meanSd));
        if (dropped > 0) {
          out.writer().write("(" + dropped + (dropped == 1 ? " row" : " rows")
              + " without a value of " + by + " left out)\n");
        }
      }
      out.commit(spec.commandLine().getOut());
    }
    return 0;
  }

  private static int[] keptRows(String[] groups) {
    int n = 0;
    for (String s : groups) {
      if (s != null) {
        n++;
      }
    }
    int[] keep = new int[n];
    for (int i = 0, k = 0; i < groups.length; i++) {
      if (groups[i] != null) {
        keep[k++] = i;
      }
    }
    return keep;
  }

  private static String[] pick(String[] v, int[] rows) {
    String[] out = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = v[rows[i]];
    }
    return out;
  }

  /** Every present value is a number (an all-missing column is not numeric). */
  private static boolean numeric(String[] v) {
    boolean any = false;
    for (String s : v) {
      if (s != null) {
        if (!CsvTable.isNumber(s)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
