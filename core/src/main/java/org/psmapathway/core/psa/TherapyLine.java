package org.psmapathway.core.psa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.SystemicClass;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.Treatment;

/**
 * The current line of systemic therapy: the latest start of a systemic treatment. Radioligand
 * administrations of one agent form one line, started by the first of them, until another systemic
 * treatment starts or an administration is numbered cycle 1 (a re-challenge), so that cycle 2 of
 * 177Lu-PSMA does not restart the PCWG3 clock.
 *
 * @param start the first day of the line
 * @param name how the line is named in rationales, e.g. {@code arpi (enzalutamide)}
 */
record TherapyLine(LocalDate start, String name) {

  /**
   * @param treatments chronological, as in the patient record
   * @param withAdt whether an ADT start begins a line (PSA kinetics) or not (PCWG3 lines are the
   *     treatments given on top of ADT)
   * @param upTo only treatments started on or before this day count; {@code null} for all
   * @return the current line, or {@code null} when none started
   */
  static TherapyLine current(List<Treatment> treatments, boolean withAdt, LocalDate upTo) {
    LocalDate start = null;
    String name = null;
    Radioligand previous = null;
    LocalDate radioligandStart = null;
    for (int i = 0; i < treatments.size(); i++) {
      Treatment t = treatments.get(i);
      if (upTo != null && t.start().isAfter(upTo)) {
        continue;
      }
      if (t instanceof SystemicTherapy s && (withAdt || s.kind() != SystemicClass.ADT)) {
        previous = null;
        if (start == null || !s.start().isBefore(start)) {
          start = s.start();
          name = s.kind().code() + " (" + s.agent() + ")";
        }
      } else if (t instanceof Radioligand r) {
        boolean sameLine = previous != null && Objects.equals(previous.agent(), r.agent())
            && (r.cycle() == null || r.cycle() != 1);
        radioligandStart = sameLine ? radioligandStart : r.date();
        previous = r;
        if (start == null || !radioligandStart.isBefore(start)) {
          start = radioligandStart;
          name = "radioligand (" + r.agent() + ")";
        }
      }
    }
    return start == null ? null : new TherapyLine(start, name);
  }
}
