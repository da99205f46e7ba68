package org.psmapathway.store;

import java.io.IOException;
import java.util.List;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;

/** The example patients for tests in sub-packages (ExamplePatients is package-private). */
public final class ExamplePatientsAccess {

  private ExamplePatientsAccess() {}

  public static List<PatientRecord> all() throws IOException, InvalidPatientRecordException {
    return ExamplePatients.all();
  }
}
