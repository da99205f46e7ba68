package org.psmapathway.core.eligibility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds conditions that can never hold together: within one {@code all}, comparisons on the same
 * fact whose ranges do not overlap ({@code age >= 80} and {@code age < 18}), a boolean fact asked
 * to be both true and false, or code lists with nothing in common. Such a criterion would fail
 * every patient, which is a curation error, not a trial rule (circe-be's RangeCheck and
 * CriteriaContradictionsCheck do the same for cohort definitions).
 */
final class RangeCheck {

  private RangeCheck() {}

  /** Descriptions of every contradiction in the expression tree; empty when none. */
  static List<String> contradictions(Expression e) {
    List<String> found = new ArrayList<>();
    walk(e, found);
    return found;
  }

  private static void walk(Expression e, List<String> found) {
    if (e instanceof Expression.Not not) {
      walk(not.part(), found);
    } else if (e instanceof Expression.AtLeast group) {
      if (group.minimum() == group.parts().size()) {
        checkAll(group.parts(), found);
      }
      group.parts().forEach(part -> walk(part, found));
    }
  }

  private static final class Range {
    double low = Double.NEGATIVE_INFINITY;
    boolean lowStrict;
    double high = Double.POSITIVE_INFINITY;
    boolean highStrict;
    final List<String> written = new ArrayList<>();

    boolean empty() {
      return low > high || (low == high && (lowStrict || highStrict));
    }
  }

  private static void checkAll(List<Expression> parts, List<String> found) {
    Map<Fact, Range> ranges = new EnumMap<>(Fact.class);
    Map<Fact, Boolean> flags = new HashMap<>();
    Map<Fact, Set<String>> codes = new HashMap<>();
    for (Expression part : parts) {
      if (part instanceof Expression.Comparison c) {
        Range r = ranges.computeIfAbsent(c.fact(), f -> new Range());
        r.written.add(c.fact().key() + " " + c.op().symbol() + " " + c.thresholdShown());
        double t = c.thresholdBase();
        switch (c.op()) {
          case GT, GE -> {
            boolean strict = c.op() == Expression.Operator.GT;
            if (t > r.low || (t == r.low && strict)) {
              r.low = t;
              r.lowStrict = strict;
            }
          }
          case LT, LE -> {
            boolean strict = c.op() == Expression.Operator.LT;
            if (t < r.high || (t == r.high && strict)) {
              r.high = t;
              r.highStrict = strict;
            }
          }
        }
      } else if (part instanceof Expression.Is is) {
        Boolean before = flags.put(is.fact(), is.expected());
        if (before != null && before != is.expected()) {
          found.add(is.fact().key() + " must be both true and false");
        }
      } else if (part instanceof Expression.In in) {
        Set<String> before = codes.get(in.fact());
        Set<String> now = new HashSet<>(in.codes());
        if (before != null) {
          now.retainAll(before);
          if (now.isEmpty()) {
            found.add(in.fact().key() + " must be in code lists with nothing in common");
          }
        }
        codes.put(in.fact(), now);
      }
    }
    ranges.forEach((fact, r) -> {
      if (r.empty()) {
        found.add("contradictory range: " + String.join(" and ", r.written)
            + " can never hold together");
      }
    });
  }
}
