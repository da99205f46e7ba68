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
import java.util.stream.IntStream;
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
        Chunk chunk = new Chunk();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNumber++;
          if (!line.isBlank() && chunk.add(lineNumber, line)) {
            chunk.deliver(file, reader, problems, sink);
          }
        }
        chunk.deliver(file, reader, problems, sink);
      } catch (NoSuchFileException e) {
        problems.add(file + ": cannot read: no such file");
      } catch (CharacterCodingException e) {
        problems.add(file + ": cannot read: not UTF-8 text");
      } catch (UncheckedIOException e) {
        problems.add(file + ": cannot read: " + e.getCause().getMessage());
      }
    }
  }

  /**
   * Lines of a JSON Lines file read in chunks and parsed on all processors, then handed to the
   * sink one by one in line order, so that records and problems come out as a sequential reading
   * would give them.
   */
  private static final class Chunk {
    private static final int LINES = 1024;
    private final int[] numbers = new int[LINES];
    private final String[] lines = new String[LINES];
    private final Object[] parsed = new Object[LINES];
    private int size;

    /** @return true when the chunk is full */
    boolean add(int lineNumber, String line) {
      numbers[size] = lineNumber;
      lines[size++] = line;
      return size == LINES;
    }

    void deliver(Path file, PatientRecordReader reader, List<String> problems, Sink sink)
        throws IOException {
      IntStream.range(0, size).parallel().forEach(i -> {
        try {
          parsed[i] = reader.read(lines[i]);
        } catch (InvalidPatientRecordException e) {
          parsed[i] = e;
        }
      });
      for (int i = 0; i < size; i++) {
        if (parsed[i] instanceof PatientRecord record) {
          sink.accept(file + ":" + numbers[i], record);
        } else {
          for (RecordProblem p : ((InvalidPatientRecordException) parsed[i]).problems()) {
            problems.add(file + ":" + numbers[i] + ": " + p);
          }
        }
        lines[i] = null;
        parsed[i] = null;
      }
      size = 0;
    }
  }
}
