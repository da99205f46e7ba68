package org.psmapathway.stats.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A model matrix without intercept column, as {@code model.matrix(~ rhs, data)[, -1]} in R, for the rows
 * with no missing value in any used column (R's {@code na.omit}).
 *
 * <p>Storage is one {@code double[]} per column ({@link #column(int)}), so a million rows by ten columns
 * take 80 MB. Numeric variables enter as they are; a categorical variable is treatment coded (one 0/1
 * column per non-reference level, named {@code column=level}) when the term without it is in the model
 * (always for a main effect, since the intercept is), and indicator coded for every level otherwise, as
 * R's {@code model.matrix} does. Interaction columns are products; the first variable varies fastest and
 * names are joined with ':' ({@code age:sex=2}).
 */
public final class DesignMatrix {

  private final List<String> names;
  private final double[][] columns;
  private final List<Formula.Term> terms;
  private final int[][] assign;
  private final int[] sourceRows;
  private final int dropped;

  private DesignMatrix(List<String> names, double[][] columns, List<Formula.Term> terms, int[][] assign,
             int[] sourceRows, int dropped) {
    this.names = List.copyOf(names);
    this.columns = columns;
    this.terms = List.copyOf(terms);
    this.assign = assign;
    this.sourceRows = sourceRows;
    this.dropped = dropped;
  }

  /**
   * Builds the matrix for {@code formula} on {@code data}. A row is dropped when any variable of the
   * formula or any column named in {@code alsoRequired} (response, strata, cluster) is missing there.
   *
   * @throws IllegalArgumentException when a variable is not a column of {@code data}, when a declared
   *                                  reference level does not occur, or when an interaction repeats a variable
   */
  public static DesignMatrix build(ModelData data, Formula formula, String... alsoRequired) {
    List<String> used = new ArrayList<>(formula.variables());
    for (String r : alsoRequired) {
      if (r != null && !used.contains(r)) {
        used.add(r);
      }
    }
    for (String v : used) {
      data.column(v); // throws naming the column when absent
    }
    int n = data.rows();
    boolean[] keep = new boolean[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      boolean ok = true;
      for (String v : used) {
        if (data.isMissing(v, i)) {
          ok = false;
          break;
        }
      }
      keep[i] = ok;
      if (ok) {
        kept++;
      }
    }
    int[] rows = new int[kept];
    for (int i = 0, k = 0; i < n; i++) {
      if (keep[i]) {
        rows[k++] = i;
      }
    }

    Set<Set<String>> termSets = new HashSet<>();
    for (Formula.Term t : formula.terms()) {
      termSets.add(new HashSet<>(t.variables()));
    }

    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    int[][] assign = new int[formula.terms().size()][];
    for (int ti = 0; ti < formula.terms().size(); ti++) {
      Formula.Term term = formula.terms().get(ti);
      // each variable contributes a block of (name, values) factors; the term is their product
      List<String> partNames = List.of("");
      List<double[]> partValues = new ArrayList<>();
      double[] ones = new double[kept];
      Arrays.fill(ones, 1.0);
      partValues.add(ones);
      boolean first = true;
      for (String v : term.variables()) {
        Set<String> margin = new HashSet<>(term.variables());
        margin.remove(v);
        boolean contrasts = margin.isEmpty() || termSets.contains(margin);
        List<String> vNames = new ArrayList<>();
        List<double[]> vValues = new ArrayList<>();
        encode(data, v, rows, contrasts, vNames, vValues);
        // product, first variable varying fastest (model.matrix column order)
        List<String> nextNames = new ArrayList<>();
        List<double[]> nextValues = new ArrayList<>();
        for (int b = 0; b < vNames.size(); b++) {
          for (int a = 0; a < partNames.size(); a++) {
            nextNames.add(first ? vNames.get(b) : partNames.get(a) + ":" + vNames.get(b));
            double[] pa = partValues.get(a);
            double[] vb = vValues.get(b);
            double[] prod = new double[kept];
            for (int i = 0; i < kept; i++) {
              prod[i] = pa[i] * vb[i];
            }
            nextValues.add(prod);
          }
        }
        partNames = nextNames;
        partValues = nextValues;
        first = false;
      }
      assign[ti] = new int[partNames.size()];
      for (int k = 0; k < partNames.size(); k++) {
        assign[ti][k] = names.size();
        names.add(partNames.get(k));
        cols.add(partValues.get(k));
      }
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("formula '" + formula + "': gives duplicate column names " + names);
    }
    return new DesignMatrix(names, cols.toArray(new double[0][]), formula.terms(), assign, rows, n - kept);
  }

  private static void encode(ModelData data, String v, int[] rows, boolean contrasts,
                List<String> outNames, List<double[]> outValues) {
    Object c = data.column(v);
    int kept = rows.length;
    if (c instanceof ModelData.Numeric num) {
      double[] src = num.values();
      double[] x = new double[kept];
      for (int i = 0; i < kept; i++) {
        x[i] = src[rows[i]];
      }
      outNames.add(v);
      outValues.add(x);
      return;
    }
    ModelData.Categorical cat = (ModelData.Categorical) c;
    String[] src = cat.values();
    // levels are those present in the used rows, in sorted order (factor() of character data)
    TreeSet<String> present = new TreeSet<>();
    for (int r : rows) {
      present.add(src[r]);
    }
    List<String> levels = new ArrayList<>(present);
    String reference = levels.isEmpty() ? null : levels.get(0);
    if (cat.reference() != null) {
      if (!present.contains(cat.reference())) {
        throw new IllegalArgumentException("column '" + v + "': reference level '" + cat.reference()
            + "' does not occur in the used rows (levels " + levels + ")");
      }
      reference = cat.reference();
      // relevel(): the reference becomes the first level, the others keep their order
      levels.remove(reference);
      levels.add(0, reference);
    }
    for (String level : levels) {
      if (contrasts && level.equals(reference)) {
        continue;
      }
      double[] x = new double[kept];
      for (int i = 0; i < kept; i++) {
        x[i] = level.equals(src[rows[i]]) ? 1.0 : 0.0;
      }
      outNames.add(v + "=" + level);
      outValues.add(x);
    }
  }

  /** Number of rows used. */
  public int rows() {
    return sourceRows.length;
  }

  /** Number of columns (coefficients). */
  public int columns() {
    return columns.length;
  }

  /** Column names, e.g. {@code age}, {@code sex=2}, {@code age:sex=2}. */
  public List<String> names() {
    return names;
  }

  /** The values of column {@code j}, one per used row (shared, do not modify). */
  public double[] column(int j) {
    return columns[j];
  }

  /** The formula terms in model order. */
  public List<Formula.Term> terms() {
    return terms;
  }

  /** For term {@code t} (index into {@link #terms()}), the indices of its columns (R's {@code assign}). */
  public int[] termColumns(int t) {
    return assign[t].clone();
  }

  /** For each used row, its index in the input data. */
  public int[] sourceRows() {
    return sourceRows.clone();
  }

  /** Number of input rows dropped because a used column was missing. */
  public int dropped() {
    return dropped;
  }
}
