package org.psmapathway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;

/**
 * The baseline for the whole-process run: reads and validates every record of a JSON Lines file
 * exactly as {@code psma assess --jsonl} does, and does nothing else.
 */
public final class ParseOnly {

  private ParseOnly() {}

  public static void main(String[] args) throws IOException {
    PatientRecordReader reader = new PatientRecordReader(LocalDate.now());
    long records = 0;
    long lesions = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        try {
          PatientRecord p = reader.read(line);
          records++;
          lesions += p.petScans().size();
        } catch (InvalidPatientRecordException e) {
          System.err.println("line " + (records + 1) + ": " + e.problems());
          System.exit(1);
        }
      }
    }
    System.out.println(records + " records parsed (" + lesions + " PET scans)");
  }
}
