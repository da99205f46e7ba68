package org.psmapathway.stats.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The right-hand side of an R model formula restricted to {@code +}, {@code :} and {@code *}:
 * {@code "age*sex + ph.ecog"}. Expanded as R's {@code terms.formula} does: {@code a*b} = {@code a + b + a:b},
 * duplicate terms removed, and terms ordered by their order (main effects, then two-way interactions, ...),
 * keeping the order of appearance within an order. So {@code age*sex + ph.ecog} gives the terms
 * {@code age, sex, ph.ecog, age:sex}, as {@code coxph} reports them.
 */
public final class Formula {

  /** One term: the variables multiplied together ({@code [age, sex]} for {@code age:sex}). */
  public record Term(List<String> variables) {
    public Term {
      variables = List.copyOf(variables);
    }

    public int order() {
      return variables.size();
    }

    /** R's label: variables joined by ':'. */
    public String label() {
      return String.join(":", variables);
    }
  }

  private final List<Term> terms;

  private Formula(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  public List<Term> terms() {
    return terms;
  }

  /** All variables used by any term, in first-use order. */
  public List<String> variables() {
    Set<String> vars = new LinkedHashSet<>();
    for (Term t : terms) {
      vars.addAll(t.variables());
    }
    return List.copyOf(vars);
  }

  /**
   * Parses {@code "a + b*c + d:e"}. Whitespace is ignored. A leading {@code "~"} is allowed.
   *
   * @throws IllegalArgumentException naming the position of an empty term or variable
   */
  public static Formula parse(String rhs) {
    if (rhs == null) {
      throw new IllegalArgumentException("formula: expected terms such as 'age + sex', got null");
    }
    String s = rhs.strip();
    if (s.startsWith("~")) {
      s = s.substring(1);
    }
    List<List<String>> raw = new ArrayList<>();
    for (String part : s.split("\\+", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("formula '" + rhs + "': empty term");
      }
      // a*b*c expands to every non-empty subset of {a, b, c}, in R's order (by order, then appearance)
      List<List<String>> product = new ArrayList<>();
      for (String star : p.split("\\*", -1)) {
        List<String> vars = new ArrayList<>();
        for (String colon : star.split(":", -1)) {
          String v = colon.strip();
          if (v.isEmpty()) {
            throw new IllegalArgumentException("formula '" + rhs + "': empty variable name in '" + p + "'");
          }
          vars.add(v);
        }
        List<List<String>> next = new ArrayList<>(product);
        next.add(vars);
        for (List<String> existing : product) {
          List<String> combined = new ArrayList<>(existing);
          combined.addAll(vars);
          next.add(combined);
        }
        product = next;
      }
      raw.addAll(product);
    }
    // R orders the variables inside a term by their first appearance in the formula (terms.formula),
    // so "sex + age:sex" gives the term "sex:age"; a term is a set, duplicates are dropped.
    List<String> appearance = new ArrayList<>(new LinkedHashSet<>(raw.stream().flatMap(List::stream).toList()));
    List<Term> unique = new ArrayList<>();
    Set<Set<String>> seen = new HashSet<>();
    for (List<String> vars : raw) {
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(vars));
      distinct.sort(Comparator.comparingInt(appearance::indexOf));
      if (seen.add(new HashSet<>(distinct))) {
        unique.add(new Term(distinct));
      }
    }
    // stable sort by order, as terms.formula(keep.order = FALSE)
    unique.sort(Comparator.comparingInt(Term::order));
    return new Formula(unique);
  }

  @Override
  public String toString() {
    return String.join(" + ", terms.stream().map(Term::label).toList());
  }
}
