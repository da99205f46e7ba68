package org.psmapathway.core.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates trials against a patient's facts. The trial verdict depends only on the set of
 * criterion verdicts (any FAIL → INELIGIBLE; else any UNKNOWN → UNDETERMINED; else ELIGIBLE), so
 * it does not depend on the order of the criteria. Stateless and thread-safe.
 */
public final class TrialMatcher {

  private TrialMatcher() {}

  /** The verdict of one criterion. */
  public static CriterionVerdict verdict(Criterion c, PatientFacts facts) {
    if (c.manual()) {
      return CriterionVerdict.MANUAL;
    }
    Truth t = c.expression().evaluate(facts);
    if (t == Truth.UNKNOWN) {
      return CriterionVerdict.UNKNOWN;
    }
    boolean holds = t == Truth.TRUE;
    return holds == (c.kind() == CriterionKind.INCLUSION) ? CriterionVerdict.PASS
        : CriterionVerdict.FAIL;
  }

  /** Verdicts only: what {@code psma screen} writes for every patient × trial. */
  public static TrialScreening screen(Trial trial, PatientFacts facts) {
    List<Criterion> criteria = trial.criteria();
    CriterionVerdict[] verdicts = new CriterionVerdict[criteria.size()];
    for (int i = 0; i < verdicts.length; i++) {
      verdicts[i] = verdict(criteria.get(i), facts);
    }
    TrialVerdict verdict = combine(verdicts);
    CriterionVerdict deciding = deciding(verdict);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < verdicts.length; i++) {
      if (verdicts[i] == deciding) {
        ids.add(criteria.get(i).id());
      }
    }
    return new TrialScreening(trial, verdict, ids);
  }

  /** Verdicts with explanations: what {@code psma trials match} shows. */
  public static TrialMatch match(Trial trial, PatientFacts facts) {
    List<Criterion> criteria = trial.criteria();
    List<CriterionResult> results = new ArrayList<>(criteria.size());
    CriterionVerdict[] verdicts = new CriterionVerdict[criteria.size()];
    for (int i = 0; i < verdicts.length; i++) {
      Criterion c = criteria.get(i);
      verdicts[i] = verdict(c, facts);
      results.add(new CriterionResult(c, verdicts[i], explain(c, verdicts[i], facts)));
    }
    TrialVerdict verdict = combine(verdicts);
    return new TrialMatch(trial, verdict, results, summary(trial, verdict, results));
  }

  static TrialVerdict combine(CriterionVerdict[] verdicts) {
    boolean unknown = false;
    for (CriterionVerdict v : verdicts) {
      if (v == CriterionVerdict.FAIL) {
        return TrialVerdict.INELIGIBLE;
      }
      unknown |= v == CriterionVerdict.UNKNOWN;
    }
    return unknown ? TrialVerdict.UNDETERMINED : TrialVerdict.ELIGIBLE;
  }

  private static CriterionVerdict deciding(TrialVerdict verdict) {
    return switch (verdict) {
      case INELIGIBLE -> CriterionVerdict.FAIL;
      case UNDETERMINED -> CriterionVerdict.UNKNOWN;
      case ELIGIBLE -> CriterionVerdict.MANUAL;
    };
  }

  static String explain(Criterion c, CriterionVerdict verdict, PatientFacts facts) {
    if (verdict == CriterionVerdict.MANUAL) {
      return "to confirm by hand: the record does not hold this";
    }
    Truth t = c.expression().evaluate(facts);
    StringBuilder out = new StringBuilder(96);
    c.expression().explain(facts, t, out);
    return out.toString();
  }

  private static String summary(Trial trial, TrialVerdict verdict,
      List<CriterionResult> results) {
    CriterionVerdict deciding = deciding(verdict);
    StringBuilder out = new StringBuilder(switch (verdict) {
      case INELIGIBLE -> "Not eligible for " + trial.shortName() + ": ";
      case UNDETERMINED -> "Undetermined for " + trial.shortName() + ", data missing: ";
      case ELIGIBLE -> "Eligible for " + trial.shortName() + " on the record";
    });
    boolean first = true;
    for (CriterionResult r : results) {
      if (r.verdict() != deciding) {
        continue;
      }
      if (verdict == TrialVerdict.ELIGIBLE) {
        out.append(first ? "; confirm by hand: " : ", ").append(r.criterion().id());
      } else {
        out.append(first ? "" : "; ").append(r.criterion().id()).append(" (")
            .append(r.explanation()).append(')');
      }
      first = false;
    }
    return out.append('.').toString();
  }
}
