package org.psmapathway.store;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RecordProblem;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.Treatment;

/**
 * The text lengths the registry's columns hold (V1__registry.sql), checked before anything is
 * written: the record format sets no length, so without this an over-long id would pass
 * validation and fail inside the import's transaction with the database's message instead of a
 * located problem. Lengths count UTF-16 units ({@link String#length()}), never fewer than the
 * characters PostgreSQL counts, so a text that passes fits both databases.
 *
 * <p>Paths index the record's lists, which are in chronological order (for CSV tables and for
 * JSON given in that order, the input's own positions).
 */
public final class RegistryLimits {

  private static final int ID = 64;
  private static final int SHORT_TEXT = 64;
  private static final int TEXT = 200;
  private static final int DETAIL = 1000;

  private RegistryLimits() {}

  /** Every text of the record that is longer than its column; empty when the record fits. */
  public static List<RecordProblem> check(PatientRecord r) {
    List<RecordProblem> problems = new ArrayList<>();
    fits(problems, "id", r.id(), ID);
    if (r.diagnosis() != null) {
      fits(problems, "diagnosis.histology", r.diagnosis().histology(), TEXT);
    }
    for (int i = 0; i < r.petScans().size(); i++) {
      PetScan s = r.petScans().get(i);
      for (int j = 0; j < s.lesions().size(); j++) {
        Lesion l = s.lesions().get(j);
        String path = "petScans[" + i + "].lesions[" + j + "].";
        fits(problems, path + "id", l.id(), ID);
        fits(problems, path + "bone", l.bone(), SHORT_TEXT);
        fits(problems, path + "organ", l.organ(), SHORT_TEXT);
      }
    }
    for (int i = 0; i < r.treatments().size(); i++) {
      Treatment t = r.treatments().get(i);
      String path = "treatments[" + i + "].";
      if (t instanceof Radiotherapy rt) {
        for (int j = 0; j < rt.targets().size(); j++) {
          RtTarget target = rt.targets().get(j);
          fits(problems, path + "targets[" + j + "].label", target.label(), TEXT);
          fits(problems, path + "targets[" + j + "].lesionId", target.lesionId(), ID);
        }
      } else if (t instanceof SystemicTherapy s) {
        fits(problems, path + "agent", s.agent(), TEXT);
      } else if (t instanceof Radioligand rl) {
        fits(problems, path + "agent", rl.agent(), TEXT);
      }
    }
    for (int i = 0; i < r.events().size(); i++) {
      ClinicalEvent e = r.events().get(i);
      fits(problems, "events[" + i + "].detail", e.detail(), DETAIL);
    }
    if (r.otherMalignancies() != null) {
      for (int i = 0; i < r.otherMalignancies().size(); i++) {
        OtherMalignancy m = r.otherMalignancies().get(i);
        fits(problems, "otherMalignancies[" + i + "].detail", m.detail(), DETAIL);
      }
    }
    return problems;
  }

  private static void fits(List<RecordProblem> problems, String path, String text, int max) {
    if (text != null && text.length() > max) {
      problems.add(new RecordProblem(path, "is " + text.length()
          + " characters long; the registry holds at most " + max));
    }
  }
}
