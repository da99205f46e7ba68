package org.psmapathway.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;

/** Reading one patient-record file, with every problem reported as {@code file: field: what}. */
final class PatientFiles {

  private PatientFiles() {}

  /** The file's text, or {@code null} with the reason added to {@code problems}. */
  static String readText(Path file, List<String> problems) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      problems.add(file + ": cannot read: no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      problems.add(file + ": cannot read: not UTF-8 text");
    } catch (IOException e) {
      problems.add(file + ": cannot read: " + e.getMessage());
    }
    return null;
  }

  /** The record, or {@code null} with every problem of the file added to {@code problems}. */
  static PatientRecord read(Path file, PatientRecordReader reader, List<String> problems) {
    String text = readText(file, problems);
    if (text == null) {
      return null;
    }
    try {
      return reader.read(text);
    } catch (InvalidPatientRecordException e) {
      for (RecordProblem p : e.problems()) {
        problems.add(file + ": " + p);
      }
      return null;
    }
  }
}
