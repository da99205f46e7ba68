package org.psmapathway.core.eligibility;

import java.util.List;
import java.util.Set;
import org.psmapathway.core.text.Decimals;

/**
 * A machine-readable criterion over patient facts (docs/eligibility.md, "Expressions"). Evaluation
 * is three-valued; {@link #explain} writes the patient's values that decided the result.
 */
public sealed interface Expression {

  Truth evaluate(PatientFacts facts);

  /** Appends why the expression came out as {@code result} for this patient. */
  void explain(PatientFacts facts, Truth result, StringBuilder out);

  /** Comparison operators with the words an explanation uses for them. */
  enum Operator {
    LT("<", "below"), LE("<=", "at most"), GT(">", "above"), GE(">=", "at least");

    private final String symbol;
    private final String words;

    Operator(String symbol, String words) {
      this.symbol = symbol;
      this.words = words;
    }

    public String symbol() {
      return symbol;
    }

    public String words() {
      return words;
    }

    static Operator of(String symbol) {
      for (Operator o : values()) {
        if (o.symbol.equals(symbol)) {
          return o;
        }
      }
      return null;
    }

    boolean test(double x, double threshold) {
      return switch (this) {
        case LT -> x < threshold;
        case LE -> x <= threshold;
        case GT -> x > threshold;
        case GE -> x >= threshold;
      };
    }
  }

  /**
   * {@code fact op threshold}, the threshold converted to the fact's base unit when read.
   *
   * @param thresholdBase the threshold in the fact's base unit
   * @param thresholdShown the threshold as the trial document wrote it, with its unit
   * @param label optional words for the threshold ("the castrate level"), or {@code null}
   */
  record Comparison(Fact fact, Operator op, double thresholdBase, String thresholdShown,
      String label) implements Expression {

    @Override
    public Truth evaluate(PatientFacts facts) {
      FactValue v = facts.get(fact);
      if (!v.known()) {
        return Truth.UNKNOWN;
      }
      // TRUE when every value in the interval satisfies the comparison, FALSE when none does.
      double t = thresholdBase;
      double lo = v.low();
      double hi = v.high();
      boolean belowT = hi < t || (v.highOpen() && hi <= t); // every value < t
      boolean all;
      boolean none;
      switch (op) {
        case LT -> {
          all = belowT;
          none = lo >= t;
        }
        case LE -> {
          all = hi <= t;
          none = lo > t;
        }
        case GT -> {
          all = lo > t;
          none = hi <= t;
        }
        default -> {
          all = lo >= t;
          none = belowT;
        }
      }
      return all ? Truth.TRUE : none ? Truth.FALSE : Truth.UNKNOWN;
    }

    @Override
    public void explain(PatientFacts facts, Truth result, StringBuilder out) {
      FactValue v = facts.get(fact);
      if (!v.known()) {
        Expression.unknown(fact, v, out);
        return;
      }
      out.append(fact.label()).append(' ').append(v.shown()).append(switch (result) {
        case TRUE -> " is ";
        case FALSE -> " is not ";
        case UNKNOWN -> " may or may not be ";
      }).append(op.words()).append(' ');
      if (label != null) {
        out.append(label).append(" of ");
      }
      out.append(thresholdShown);
    }
  }

  /** A boolean fact tested against the value the criterion asks for. */
  record Is(Fact fact, boolean expected) implements Expression {

    @Override
    public Truth evaluate(PatientFacts facts) {
      Boolean flag = facts.get(fact).flag();
      return flag == null ? Truth.UNKNOWN : Truth.of(flag == expected);
    }

    @Override
    public void explain(PatientFacts facts, Truth result, StringBuilder out) {
      FactValue v = facts.get(fact);
      if (!v.known()) {
        Expression.unknown(fact, v, out);
      } else if (v.flag() == null) {
        out.append(fact.label()).append(" undecided: ").append(v.shown());
      } else {
        out.append(v.shown());
      }
    }
  }

  /** A code fact that must be one of the listed codes. */
  record In(Fact fact, Set<String> codes) implements Expression {

    public In {
      codes = Set.copyOf(codes);
    }

    @Override
    public Truth evaluate(PatientFacts facts) {
      String code = facts.get(fact).code();
      return code == null ? Truth.UNKNOWN : Truth.of(codes.contains(code));
    }

    @Override
    public void explain(PatientFacts facts, Truth result, StringBuilder out) {
      FactValue v = facts.get(fact);
      if (!v.known()) {
        Expression.unknown(fact, v, out);
        return;
      }
      out.append(fact.label()).append(' ').append(v.shown())
          .append(result == Truth.TRUE ? " is one of " : " is not one of ")
          .append(String.join(", ", new java.util.TreeSet<>(codes)));
    }
  }

  /** At least {@code minimum} of the parts hold; {@code all} and {@code any} are special cases. */
  record AtLeast(int minimum, List<Expression> parts, String form) implements Expression {

    public AtLeast {
      parts = List.copyOf(parts);
    }

    static AtLeast all(List<Expression> parts) {
      return new AtLeast(parts.size(), parts, "all");
    }

    static AtLeast any(List<Expression> parts) {
      return new AtLeast(1, parts, "any");
    }

    @Override
    public Truth evaluate(PatientFacts facts) {
      int yes = 0;
      int open = 0;
      for (int i = 0; i < parts.size(); i++) {
        Truth t = parts.get(i).evaluate(facts);
        if (t == Truth.TRUE) {
          yes++;
        } else if (t == Truth.UNKNOWN) {
          open++;
        }
      }
      return yes >= minimum ? Truth.TRUE : yes + open < minimum ? Truth.FALSE : Truth.UNKNOWN;
    }

    /**
     * Names the parts that decided: the holding ones when it holds, the failing ones when it
     * fails (all of them when an alternative was needed), the open ones when it is unknown.
     */
    @Override
    public void explain(PatientFacts facts, Truth result, StringBuilder out) {
      boolean all = minimum == parts.size();
      int start = out.length();
      for (Expression part : parts) {
        Truth t = part.evaluate(facts);
        boolean show = switch (result) {
          case TRUE -> t == Truth.TRUE;
          case FALSE -> all ? t == Truth.FALSE : true;
          case UNKNOWN -> t == Truth.UNKNOWN;
        };
        if (show) {
          if (out.length() > start) {
            out.append(result == Truth.FALSE && !all ? ", and " : "; ");
          }
          part.explain(facts, t, out);
        }
      }
    }
  }

  /** The negation of a part. */
  record Not(Expression part) implements Expression {

    @Override
    public Truth evaluate(PatientFacts facts) {
      return part.evaluate(facts).not();
    }

    @Override
    public void explain(PatientFacts facts, Truth result, StringBuilder out) {
      part.explain(facts, result.not(), out);
    }
  }

  private static void unknown(Fact fact, FactValue v, StringBuilder out) {
    out.append(fact.label()).append(" unknown (").append(v.shown()).append("): needs ")
        .append(fact.decidingData());
  }

  /** The threshold as written: number and unit. */
  static String shown(double value, String unit) {
    return Decimals.trimmed(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
  }
}
