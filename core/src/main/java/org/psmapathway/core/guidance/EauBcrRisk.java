package org.psmapathway.core.guidance;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.psa.DoublingTime;
import org.psmapathway.core.psa.DoublingTimeStatus;
import org.psmapathway.core.record.Diagnosis;
import org.psmapathway.core.text.Decimals;

/**
 * EAU risk groups for biochemical recurrence after radical prostatectomy (EAU guidelines 2024,
 * from Van den Broeck et al., Eur Urol 2019): high risk when PSADT ≤12 months or ISUP grade 4–5;
 * low risk when PSADT &gt;12 months and ISUP grade ≤3. A rising PSA that does not fit a doubling
 * time (status NOT_RISING) counts as PSADT &gt;12 months.
 */
final class EauBcrRisk {

  /** EAU: PSADT of 1 year separates the groups. */
  static final double PSADT_MONTHS = 12.0;

  enum Group {
    HIGH("EAU high-risk BCR"),
    LOW("EAU low-risk BCR"),
    UNDETERMINED("EAU BCR risk group undetermined");

    final String label;

    Group(String label) {
      this.label = label;
    }
  }

  record Result(Group group, List<String> rationale) {}

  private EauBcrRisk() {}

  static Result of(DoublingTime psadt, Diagnosis diagnosis) {
    Integer isup = diagnosis == null ? null : diagnosis.isupGrade();
    List<String> why = new ArrayList<>(2);
    Boolean shortPsadt = null;
    if (psadt.status() == DoublingTimeStatus.OK) {
      shortPsadt = psadt.months() <= PSADT_MONTHS;
      why.add("PSADT " + Decimals.fixed(psadt.months(), 1) + " months"
          + (shortPsadt ? " (≤12)" : " (>12)"));
    } else if (psadt.status() == DoublingTimeStatus.NOT_RISING) {
      shortPsadt = false;
      why.add("PSA not rising on a log-linear fit: no PSADT ≤12 months");
    } else {
      why.add("PSADT not available: " + psadt.reason());
    }
    Boolean highGrade = null;
    if (isup != null) {
      highGrade = isup >= 4;
      why.add("ISUP grade " + isup + (highGrade ? " (4–5)" : " (≤3)"));
    } else {
      why.add("ISUP grade not recorded");
    }
    Group group;
    if (Boolean.TRUE.equals(shortPsadt) || Boolean.TRUE.equals(highGrade)) {
      group = Group.HIGH;
    } else if (Boolean.FALSE.equals(shortPsadt) && Boolean.FALSE.equals(highGrade)) {
      group = Group.LOW;
    } else {
      group = Group.UNDETERMINED;
    }
    return new Result(group, why);
  }
}
