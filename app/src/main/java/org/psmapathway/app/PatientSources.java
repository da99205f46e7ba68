package org.psmapathway.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.psmapathway.core.record.InvalidPatientRecordException;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PatientRecordReader;
import org.psmapathway.core.record.RecordProblem;

/**
 * Patient records from files: a {@code .jsonl} file holds one patient per line (blank lines
 * skipped), any other file one patient object. Records are streamed to a consumer, so that a file
 * of a million patients is never all in memory; every problem is added as
 * {@code file:line: field: expected} (JSON Lines) or {@code file: field: expected}.
 */
final class PatientSources {

  /** Receives each valid record with where it came from ({@code file:line} or {@code file}). */
  interface Sink {
    void accept(String where, PatientRecord record) throws IOException;
  }

  private PatientSources() {}

  static boolean isJsonLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  static void read(List<Path> files, PatientRecordReader reader, List<String> problems,
      Sink sink) throws IOException {
    for (Path file : files) {
      if (!isJsonLines(file)) {
        PatientRecord record = PatientFiles.read(file, reader, problems);
        if (record != null) {
          sink.accept(file.toString(), record);
        }
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          try {
            sink.accept(file + ":" + lineNumber, reader.read(line));
          } catch (InvalidPatientRecordException e) {
            for (RecordProblem p : e.problems()) {
              problems.add(file + ":" + lineNumber + ": " + p);
            }
          }
        }
      } catch (NoSuchFileException e) {
        problems.add(file + ": cannot read: no such file");
      } catch (CharacterCodingException e) {
        problems.add(file + ": cannot read: not UTF-8 text");
      } catch (UncheckedIOException e) {
        problems.add(file + ": cannot read: " + e.getCause().getMessage());
      }
    }
  }
}
