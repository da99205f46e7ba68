package org.psmapathway.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;

/** The example patients of examples/patients, read with the validating reader. */
final class ExamplePatients {

  private ExamplePatients() {}

  static List<PatientRecord> all() throws IOException, InvalidPatientRecordException {
    Path dir = Path.of("..", "examples", "patients");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    PatientRecordReader reader = new PatientRecordReader(null);
    List<PatientRecord> records = new ArrayList<>();
    for (Path f : files) {
      records.add(reader.read(Files.readString(f, StandardCharsets.UTF_8)));
    }
    return records;
  }
}
